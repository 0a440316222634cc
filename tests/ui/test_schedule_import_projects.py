"""Importing a P6 XER of several projects from the schedule page: the user picks the
project from a list (double-click or Import), only it is imported, and the message says
how many relationships to the other project were left out; a file of one project
imports without the question."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest
from gui_fixtures import MakeWindow, gui_ctx, idle, make_window
from pytestqt.qtbot import QtBot

from executrek.app.context import AppContext
from executrek.app.interop.schedule_xer_write import write_xer
from executrek.models.services import projects
from executrek.ui.pages.schedule_page import SchedulePage

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "app" / "interop"))
from schedule_xer_data import several_projects
from test_schedule_page import activity_rows, small_programme

__all__ = ["gui_ctx", "make_window"]


@pytest.fixture
def page_of(gui_ctx: AppContext, make_window: MakeWindow, qtbot: QtBot) -> SchedulePage:
    project = projects.create_project(
        gui_ctx.store, projects.NewProject(code="CAMPUS", name="Campus", owner_name="Owner")
    ).value
    gui_ctx.settings.last_project = project.id
    window = make_window(gui_ctx, "schedule")
    page = window.show_page("schedule")
    assert isinstance(page, SchedulePage)
    qtbot.waitUntil(lambda: page.controller.overview is not None)
    return page


def test_the_user_picks_the_project_of_a_several_project_xer(
    qtbot: QtBot, page_of: SchedulePage, tmp_path: Path
) -> None:
    page = page_of
    dialog = page.controller.import_programme()
    assert dialog is not None
    dialog.path.setText(str(several_projects(tmp_path / "campus.xer")))
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: dialog.picker is not None and dialog.picker.isVisible())
    first = dialog.picker
    assert first is not None
    first.reject()  # cancelled: nothing imported, the import form still open
    assert dialog.isVisible() and dialog.ok_button.isEnabled()
    assert page.controller.overview is not None and not page.controller.overview.updates
    dialog.buttons.accepted.emit()  # asked again
    qtbot.waitUntil(lambda: dialog.picker not in (None, first) and dialog.picker.isVisible())
    picker = dialog.picker
    assert picker is not None
    assert [picker.projects.item(i).text() for i in range(picker.projects.count())] == [
        "NORTH — North wing (5 activities)",
        "SOUTH — SOUTH (4 activities)",
    ]
    assert picker.projects.currentRow() == 0
    with qtbot.waitSignal(page.controller.view_loaded, timeout=15_000):
        picker.projects.itemActivated.emit(picker.projects.item(1))  # double-click SOUTH
    assert not dialog.isVisible() and not picker.isVisible()
    assert sorted(r.code for r in activity_rows(page)) == ["SA1", "SA2", "SM0", "SM9"]
    assert page.message.text() == (
        "SU-001 imported: 4 activities, 3 relationships, 2 milestones; data date 2026-01-12. "
        "2 relationships to activities of other projects in the file were left out."
    )
    idle(qtbot, page.window())


def test_a_single_project_file_asks_nothing(
    qtbot: QtBot, page_of: SchedulePage, tmp_path: Path
) -> None:
    page = page_of
    dialog = page.controller.import_programme()
    assert dialog is not None
    dialog.path.setText(str(write_xer(small_programme(dt.date(2026, 3, 2)), tmp_path / "s.xer")))
    with qtbot.waitSignal(page.controller.view_loaded, timeout=15_000):
        dialog.buttons.accepted.emit()
    assert dialog.picker is None
    assert [r.code for r in activity_rows(page)] == ["T100", "T200", "M900"]
    assert "left out" not in page.message.text()
