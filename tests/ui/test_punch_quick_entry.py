"""Quick entry on the punch list, keyboard only: Ctrl+E, a title, Tab, part of the room's
name, Enter; the item added is selected and scrolled to in the SQL-paged list (further
pages are read to reach it), or the status bar says why the list does not show it."""

from __future__ import annotations

import pytest
from gui_fixtures import MakeWindow, gui_ctx, idle, make_window
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from executrek.app.context import AppContext
from executrek.models.records.punch import list_page as punch_list
from executrek.models.records.punch import service as punch
from executrek.models.services import projects
from executrek.ui.pages import punch_reveal
from executrek.ui.pages.punch_page import PunchPage
from executrek.ui.widgets.columns import IdRole
from executrek.ui.widgets.location_box import LocationBox

__all__ = ["gui_ctx", "make_window"]

# Typing in the location box opens its completion popup, which the offscreen platform
# can neither raise nor give the keyboard to (it says so as a warning).
pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support grabbing the keyboard"
)

ROOMS = {"Level 1": ("Room 101", "Room 102"), "Level 2": ("Room 201", "Room 204")}


def site(ctx: AppContext, existing: int) -> str:
    """A project with Block A › Level n › Room nnn and ``existing`` punch items."""
    store = ctx.store
    project = projects.create_project(
        store, projects.NewProject(code="T1", name="Test", owner_name="Owner")
    ).value
    block = projects.add_location(store, project.id, "A", "Block A", "building").value
    for level, rooms in ROOMS.items():
        floor = projects.add_location(
            store, project.id, level[-1], level, "floor", parent_id=block.id
        ).value
        for room in rooms:
            projects.add_location(store, project.id, room[-3:], room, "room", parent_id=floor.id)
    for n in range(existing):
        punch.create_punch_item(store, project.id, punch.NewPunchItem(title=f"Existing {n}"))
    ctx.settings.last_project = project.id
    return project.id


def open_page(qtbot: QtBot, window: object, page_size: int) -> PunchPage:
    page = window.page_widgets["punch"]  # type: ignore[attr-defined]
    assert isinstance(page, PunchPage)
    idle(qtbot, window)  # type: ignore[arg-type]
    page.model.page_size = page_size  # a short first page: the new item lies beyond it
    with qtbot.waitSignal(page.model.page_shown):
        page.reload()
    qtbot.waitUntil(lambda: page.quick_location.count() > 1)
    return page


def type_entry(qtbot: QtBot, page: PunchPage, title: str, room: str) -> None:
    """Ctrl+E, the title, Tab to the location, part of its name, Enter."""
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is page.quick_title
    qtbot.keyClicks(page.quick_title, title)
    qtbot.keyClick(page.quick_title, Qt.Key.Key_Tab)
    box = QApplication.focusWidget()
    assert box is page.quick_location
    qtbot.keyClicks(box, room)
    qtbot.keyClick(box, Qt.Key.Key_Return)


def selected_id(page: PunchPage) -> str | None:
    index = page.table.currentIndex()
    return str(index.data(IdRole)) if index.isValid() else None


def test_keyboard_entry_ends_with_the_item_selected_and_in_view(
    qtbot: QtBot, gui_ctx: AppContext, make_window: MakeWindow
) -> None:
    project_id = site(gui_ctx, existing=7)
    window = make_window(gui_ctx, "punch")
    page = open_page(qtbot, window, page_size=3)
    assert page.model.rowCount() == 3 and page.model.has_more()

    type_entry(qtbot, page, "Cracked floor tile", "204")
    qtbot.waitUntil(lambda: len(punch_list.page(gui_ctx.store, project_id, limit=50).rows) == 8)
    rows = punch_list.page(gui_ctx.store, project_id, limit=50).rows
    added = next(r for r in rows if r.title == "Cracked floor tile")
    assert added.location == "Block A › Level 2 › Room 204"  # found by part of its name
    qtbot.waitUntil(lambda: selected_id(page) == added.id)
    index = page.table.currentIndex()
    assert index.row() == 7  # the last by number: two more pages were read to reach it
    assert page.table.viewport().rect().intersects(page.table.visualRect(index))
    assert page.table.selectionModel().selectedRows()[0].row() == 7
    qtbot.waitUntil(lambda: page.detail.current_id() == added.id)
    assert QApplication.focusWidget() is page.quick_title  # ready for the next one
    assert page.quick_title.text() == ""
    assert page.quick_location.currentText() == "Block A › Level 2 › Room 204"  # kept
    assert page.quick_message.text() == "Added PI-0008: Cracked floor tile"
    idle(qtbot, window)


def test_an_item_the_filters_hide_is_named_in_the_status_bar(
    qtbot: QtBot, gui_ctx: AppContext, make_window: MakeWindow
) -> None:
    site(gui_ctx, existing=2)
    window = make_window(gui_ctx, "punch")
    page = open_page(qtbot, window, page_size=200)
    bar = page.filter_bar
    with qtbot.waitSignal(page.model.page_shown):
        bar.status.setCurrentIndex(bar.status.findData("closed"))
    assert page.model.rowCount() == 0
    assert page.empty_state.isHidden()  # a filter matching nothing is not an empty project

    type_entry(qtbot, page, "Missing skirting", "101")
    qtbot.waitUntil(lambda: "filters hide it" in window.statusBar().currentMessage())
    assert window.statusBar().currentMessage().startswith("PI-0003 was added")
    assert selected_id(page) is None
    idle(qtbot, window)


def test_an_item_beyond_the_pages_read_is_named_in_the_status_bar(
    qtbot: QtBot,
    gui_ctx: AppContext,
    make_window: MakeWindow,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(punch_reveal, "REVEAL_PAGES", 1)
    site(gui_ctx, existing=6)
    window = make_window(gui_ctx, "punch")
    page = open_page(qtbot, window, page_size=2)
    type_entry(qtbot, page, "Door stop missing", "Room 102")
    qtbot.waitUntil(lambda: "further down the list" in window.statusBar().currentMessage())
    assert window.statusBar().currentMessage().startswith("PI-0007 was added")
    idle(qtbot, window)


def test_the_location_box_finds_a_location_by_any_level_of_its_path(qtbot: QtBot) -> None:
    box = LocationBox()
    qtbot.addWidget(box)
    paths = ["Block A"] + [f"Block A › {lv}" for lv in ROOMS]
    paths += [f"Block A › {lv} › {room}" for lv, rooms in ROOMS.items() for room in rooms]
    box.addItem("(no location)", None)
    for n, path in enumerate(sorted(paths)):
        box.addItem(path, f"id-{n}")
    box.show()
    box.activateWindow()
    qtbot.waitUntil(box.isActiveWindow)  # polls: no blocking wait while a worker runs
    # no location chosen: an empty field saying how to find one
    assert box.currentIndex() == 0 and box.edit.text() == ""
    assert box.edit.placeholderText() == "No location: type to find one"
    box.setFocus()

    def offered() -> list[str]:
        model = box.finder.completionModel()
        return [str(model.index(r, 0).data()) for r in range(model.rowCount())]

    qtbot.keyClicks(box, "level 2")  # a middle level, any case
    assert offered() == [p for p in sorted(paths) if "Level 2" in p]
    assert len(offered()) == 3
    box.edit.clear()
    qtbot.keyClicks(box, "204")  # the room's own name
    assert offered() == ["Block A › Level 2 › Room 204"]
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert box.currentText() == "Block A › Level 2 › Room 204"
    chosen = box.currentData()
    assert chosen is not None

    box.clearFocus()
    box.setFocus(Qt.FocusReason.MouseFocusReason)  # as a click gives it: typing searches anew
    qtbot.waitUntil(lambda: box.edit.selectedText() == "Block A › Level 2 › Room 204")
    qtbot.keyClicks(box, "basement")  # matches nothing: the choice stays
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert box.currentData() == chosen and box.currentText() == "Block A › Level 2 › Room 204"
    box.edit.clear()
    qtbot.keyClick(box, Qt.Key.Key_Return)  # emptied: no location
    assert box.currentIndex() == 0 and box.currentData() is None
