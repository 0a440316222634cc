"""What the window's Help menu shows: the keyboard shortcuts in reach (for the F1
overlay) and the About box."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow, QMessageBox, QWidget

from executrek.ui import standard_keys


def shortcut_entries(window: QMainWindow, page: QWidget | None) -> list[tuple[str, str]]:
    """(keys, what they do) for every action with a shortcut on the window, its menus and
    ``page`` and its children; each key combination once."""
    seen: set[str] = set()
    out: list[tuple[str, str]] = []
    actions = list(window.actions())
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        if menu is not None:
            actions.extend(menu.actions())  # type: ignore[attr-defined]
    if page is not None:
        actions.extend(page.actions())
        for child in page.findChildren(QWidget):
            actions.extend(child.actions())
    for action in actions:
        keys = standard_keys.shown(action.shortcuts())
        what = action.text().replace("&", "").rstrip("…").strip()
        if keys and what and keys not in seen:
            seen.add(keys)
            out.append((keys, what))
    return out


def show_about(window: QWidget) -> None:
    from executrek.app.version import version

    QMessageBox.about(
        window,
        QCoreApplication.translate("MainWindow", "About Executrek Field"),
        QCoreApplication.translate(
            "MainWindow",
            "Executrek Field {version}\nSite inspections, change orders, contractor issues and punch lists "
            "for owner's representatives.",
        ).format(version=version()),
    )
