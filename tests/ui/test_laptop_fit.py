"""Every screen fits a laptop: with the demo portfolio, visiting each page in the registry
never pushes the window's minimum size past 1280×720 (a 1366×768 screen at 100 %, or a
1920×1080 one at 150 %), and each page's primary actions (``PageSpec.primary``) are
shown whole inside a 1366×768 and a 1280×720 window, not cut off by the window edge or
scrolled out of a scroll area. The checklist runner's "Complete inspection" too."""

from __future__ import annotations

import pytest
from gui_fixtures import MakeWindow, demo_ctx, gui_ctx, idle, make_window
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QRect, QSize
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from executrek.app.context import AppContext
from executrek.ui.inspections.inspections_page import InspectionsPage
from executrek.ui.main_window import MainWindow
from executrek.ui.pages import registry

__all__ = ["demo_ctx", "gui_ctx", "make_window"]

LAPTOP = QSize(1366, 768)
SMALL = QSize(1280, 720)  # also 1920×1080 at 150 %


def shown_whole(widget: QWidget, window: QWidget) -> str | None:
    """None when ``widget`` is visible and lies whole inside the window and inside every
    widget around it (a scroll area's viewport clips); else what hides it."""
    if not widget.isVisible():
        return "hidden"
    rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        clip = QRect(parent.mapTo(window, QPoint(0, 0)), parent.size())
        if not clip.contains(rect):
            return f"clipped by {type(parent).__name__} at {clip.getRect()}: {rect.getRect()}"
        parent = parent.parentWidget()
    if not window.rect().contains(rect):
        return f"outside the window {window.size().toTuple()}: {rect.getRect()}"
    return None


def fit(qtbot: QtBot, window: MainWindow, size: QSize) -> None:
    """Resize and let every layout settle (and any load the resize started)."""
    window.resize(size)
    # A window whose minimum is larger keeps its minimum (the test then says so).
    qtbot.waitUntil(lambda: window.size() == size.expandedTo(minimum(window)))
    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        idle(qtbot, window)


def minimum(window: MainWindow) -> QSize:
    return window.minimumSizeHint().expandedTo(window.minimumSize())


@pytest.mark.slow
def test_every_page_fits_a_laptop_with_its_primary_actions_in_view(
    qtbot: QtBot, demo_ctx: AppContext, make_window: MakeWindow
) -> None:
    window = make_window(demo_ctx)
    idle(qtbot, window)
    problems: list[str] = []
    for spec in registry.PAGES:
        page = window.show_page(spec.key)
        idle(qtbot, window)
        table = getattr(page, "table", None)
        if table is not None and table.model() is not None and table.model().rowCount():
            table.selectRow(0)  # detail panes show a record, as in use
        for size in (LAPTOP, SMALL):
            fit(qtbot, window, size)
            least = minimum(window)
            if least.width() > SMALL.width() or least.height() > SMALL.height():
                problems.append(f"{spec.key}: window minimum {least.toTuple()}")
            for path, widget in zip(
                spec.primary, registry.primary_widgets(page, spec), strict=True
            ):
                why = shown_whole(widget, window)
                if why is not None:
                    problems.append(f"{spec.key} at {size.toTuple()}: {path} {why}")
    assert not problems, "\n".join(problems)
    # The pages stay built: together they must not push the window's minimum up either.
    least = minimum(window)
    assert least.width() <= SMALL.width() and least.height() <= SMALL.height()


def test_primary_actions_are_named_for_every_page_with_actions(
    qtbot: QtBot, demo_ctx: AppContext, make_window: MakeWindow
) -> None:
    """The registry names real widgets (a renamed button fails here, not silently)."""
    window = make_window(demo_ctx)
    idle(qtbot, window)
    for spec in registry.PAGES:
        page = window.page_widgets[spec.key]
        assert len(registry.primary_widgets(page, spec)) == len(spec.primary)
    idle(qtbot, window)


@pytest.mark.parametrize("size", [LAPTOP, SMALL], ids=["1366x768", "1280x720"])
def test_complete_inspection_stays_in_view(
    qtbot: QtBot, demo_ctx: AppContext, make_window: MakeWindow, size: QSize
) -> None:
    window = make_window(demo_ctx, "inspections")
    page = window.show_page("inspections")
    assert isinstance(page, InspectionsPage)
    idle(qtbot, window)
    page.table.selectRow(0)  # the demo's latest inspection is in progress
    with qtbot.waitSignal(page.runner.loaded):
        page.open_selected()
    idle(qtbot, window)
    fit(qtbot, window, size)
    least = minimum(window)
    assert least.width() <= SMALL.width() and least.height() <= SMALL.height()
    for button in (page.runner.card.complete_button, page.runner.card.next_button):
        assert shown_whole(button, window) is None
    page.runner.close_runner()
    idle(qtbot, window)


def test_every_screen_is_in_the_navigation_without_scrolling(
    qtbot: QtBot, gui_ctx: AppContext, make_window: MakeWindow
) -> None:
    """At 1280x720 every screen's row is in view: Reports and Sync are never scrolled
    out of reach as screens are added."""
    window = make_window(gui_ctx)
    idle(qtbot, window)
    fit(qtbot, window, SMALL)
    nav = window.nav
    assert nav.count() == len(registry.PAGES)
    assert nav.verticalScrollBar().maximum() == 0
    last = nav.visualItemRect(nav.item(nav.count() - 1))
    assert nav.viewport().rect().contains(last)
