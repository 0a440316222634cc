"""Keyboard shortcuts: none is ambiguous, undo and redo answer their standard keys.

Qt does nothing for a key sequence that two active shortcuts share ("Ambiguous shortcut
overload"): Redo was bound to Ctrl+Y twice and never ran. The audit visits every page
(and every tab in it), and for each place the focus can be it collects the shortcuts
that are active there: window- and application-wide actions and ``QShortcut`` objects of
visible widgets, menu actions of the menu bar, and widget(-with-children) actions of the
focus widget and the widgets around it. A key twice is a failure."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

import pytest
from gui_fixtures import MakeWindow, demo_ctx, gui_ctx, idle, make_window
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut, QUndoCommand
from PySide6.QtWidgets import QMenu, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from executrek.app.context import AppContext
from executrek.ui import standard_keys
from executrek.ui.inspections.inspections_page import InspectionsPage
from executrek.ui.main_window import MainWindow
from executrek.ui.pages import registry

__all__ = ["demo_ctx", "gui_ctx", "make_window"]

Context = Qt.ShortcutContext
WIDE = (Context.WindowShortcut, Context.ApplicationShortcut)


def keys_of(sequences: list[QKeySequence]) -> list[str]:
    return [
        s.toString(QKeySequence.SequenceFormat.PortableText) for s in sequences if not s.isEmpty()
    ]


def _in_menu_bar(menu: QMenu, window: MainWindow) -> bool:
    bar_menus = [a.menu() for a in window.menuBar().actions()]
    return any(m is menu for m in bar_menus)


def sources(window: MainWindow) -> Iterator[tuple[str, Context, QWidget | None, str]]:
    """(key, context, the widget it belongs to (None: the whole window), what) for every
    shortcut that can be active in ``window`` now."""
    for action in window.findChildren(QAction):
        keys = keys_of(action.shortcuts())
        if not keys:
            continue
        context = action.shortcutContext()
        for owner in action.associatedObjects():
            if isinstance(owner, QMenu):
                if _in_menu_bar(owner, window):
                    for key in keys:
                        yield key, Context.WindowShortcut, None, f"menu {action.text()!r}"
            elif isinstance(owner, QWidget) and owner.isVisible() and owner.window() is window:
                where = None if context in WIDE else owner
                for key in keys:
                    yield key, context, where, f"{action.text()!r} on {type(owner).__name__}"
    for shortcut in window.findChildren(QShortcut):
        parent = shortcut.parent()
        if not shortcut.isEnabled() or not isinstance(parent, QWidget) or not parent.isVisible():
            continue
        context = shortcut.context()
        where = None if context in WIDE else parent
        for key in keys_of(shortcut.keys()):
            yield key, context, where, f"QShortcut on {type(parent).__name__}"


def ambiguous(window: MainWindow) -> list[str]:
    """Every key two active shortcuts share, wherever the focus is."""
    everywhere: dict[str, list[str]] = defaultdict(list)
    local: list[tuple[str, Context, QWidget, str]] = []
    for key, context, where, what in sources(window):
        if where is None:
            everywhere[key].append(what)
        else:
            local.append((key, context, where, what))
    found: set[str] = set()
    for key, whats in everywhere.items():
        if len(whats) > 1:
            found.add(f"{key}: {sorted(whats)}")
    focusable = [window, *[w for w in window.findChildren(QWidget) if w.isVisible()]]
    for focus in focusable:
        active: dict[str, list[str]] = defaultdict(list)
        for key, whats in everywhere.items():
            active[key].extend(whats)
        for key, context, where, what in local:
            if where is focus or (
                context == Context.WidgetWithChildrenShortcut and where.isAncestorOf(focus)
            ):
                active[key].append(what)
        for key, whats in active.items():
            if len(whats) > 1:
                found.add(f"{key}: {sorted(whats)}")
    return sorted(found)


def tab_states(page: QWidget) -> Iterator[str]:
    """Show each tab of each tab widget on ``page`` in turn (one state per tab)."""
    tabs = [t for t in page.findChildren(QTabWidget) if t.isVisible()]
    yield "first tabs"
    for widget in tabs:
        for index in range(1, widget.count()):
            widget.setCurrentIndex(index)
            yield f"tab {widget.tabText(index)!r}"
        widget.setCurrentIndex(0)


@pytest.mark.slow
def test_no_shortcut_is_ambiguous_on_any_page(
    qtbot: QtBot, demo_ctx: AppContext, make_window: MakeWindow
) -> None:
    window = make_window(demo_ctx)
    idle(qtbot, window)
    problems: list[str] = []
    for spec in registry.PAGES:
        page = window.show_page(spec.key)
        idle(qtbot, window)
        for state in tab_states(page):
            idle(qtbot, window)
            problems += [f"{spec.key} ({state}) {p}" for p in ambiguous(window)]
    inspections = window.show_page("inspections")
    assert isinstance(inspections, InspectionsPage)
    inspections.table.selectRow(0)
    with qtbot.waitSignal(inspections.runner.loaded):
        inspections.open_selected()
    idle(qtbot, window)
    problems += [f"checklist runner {p}" for p in ambiguous(window)]
    inspections.runner.close_runner()
    idle(qtbot, window)
    assert not problems, "\n".join(problems)


def test_the_audit_finds_a_key_bound_twice(
    qtbot: QtBot, demo_ctx: AppContext, make_window: MakeWindow
) -> None:
    """The audit fails on the old redo binding (Ctrl+Y twice on one action) and on a
    page action that repeats a window-wide key."""
    window = make_window(demo_ctx, "portfolio")
    idle(qtbot, window)
    assert ambiguous(window) == []
    window.redo_action.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Y")])
    assert any(p.startswith("Ctrl+Y") for p in ambiguous(window))
    window.redo_action.setShortcuts(standard_keys.redo_keys())
    page = window.page_widgets["portfolio"]
    clash = QAction("Clash", page)
    clash.setShortcut(QKeySequence("F5"))  # Sync now
    clash.setShortcutContext(Context.WidgetWithChildrenShortcut)
    page.addAction(clash)
    assert any(p.startswith("F5") for p in ambiguous(window))


class Counter(QUndoCommand):
    def __init__(self, box: list[int]) -> None:
        super().__init__("count")
        self.box = box

    def redo(self) -> None:
        self.box[0] += 1

    def undo(self) -> None:
        self.box[0] -= 1


def test_undo_and_redo_keys(qtbot: QtBot, demo_ctx: AppContext, make_window: MakeWindow) -> None:
    window = make_window(demo_ctx, "portfolio")
    idle(qtbot, window)
    keys = keys_of(window.redo_action.shortcuts())
    assert "Ctrl+Shift+Z" in keys and "Ctrl+Y" in keys
    assert len(keys) == len(set(keys))
    assert "Ctrl+Z" in keys_of(window.undo_action.shortcuts())
    box = [0]
    window.undo_stack.push(Counter(box))
    assert box == [1]
    control, shift = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
    window.nav.setFocus()
    qtbot.keyClick(window.nav, Qt.Key.Key_Z, control)
    assert box == [0]
    qtbot.keyClick(window.nav, Qt.Key.Key_Z, control | shift)
    assert box == [1]
    qtbot.keyClick(window.nav, Qt.Key.Key_Z, control)
    assert box == [0]
    qtbot.keyClick(window.nav, Qt.Key.Key_Y, control)
    assert box == [1]


def test_redo_keys_per_platform(qapp: QObject) -> None:
    mac = keys_of(standard_keys.redo_keys("darwin"))
    assert "Ctrl+Shift+Z" in mac  # ⌘⇧Z
    assert len(mac) == len(set(mac))
    other = keys_of(standard_keys.redo_keys("linux"))
    assert {"Ctrl+Shift+Z", "Ctrl+Y"} <= set(other)
    assert len(other) == len(set(other))


def test_help_lists_every_redo_key(
    qtbot: QtBot, demo_ctx: AppContext, make_window: MakeWindow
) -> None:
    window = make_window(demo_ctx, "portfolio")
    idle(qtbot, window)
    entries = {what: keys for keys, what in window.shortcut_entries()}
    redo = entries["Redo"]
    assert "Ctrl+Shift+Z" in redo and "Ctrl+Y" in redo
