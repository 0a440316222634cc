"""The site diary page: open a day, enter manpower, Ctrl+D copies the previous day (and
Ctrl+Z takes it back), sign and close makes the day read-only, addenda, the delay
register's totals, bad input said under its box with nothing lost (a future date, a
word for a headcount, more than 5,000 people asked about), and the page fits a
1280×720 window with its primary actions in view."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest
from gui_fixtures import MakeWindow, gui_ctx, idle, make_window
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QComboBox, QLineEdit
from pytestqt.qtbot import QtBot
from test_laptop_fit import LAPTOP, SMALL, fit, minimum, shown_whole

from executrek.app.context import AppContext
from executrek.models.records.diary import service as diary
from executrek.models.services import projects
from executrek.ui.main_window import MainWindow
from executrek.ui.pages import registry
from executrek.ui.pages.diary_dialogs import AddendumDialog, CloseDayDialog, RaiseDialog
from executrek.ui.pages.diary_page import DiaryPage
from executrek.ui.widgets.dates import qdate
from executrek.ui.widgets.submit_text import SubmitTextEdit

__all__ = ["gui_ctx", "make_window"]

TODAY = dt.date(2026, 11, 25)  # the ``clock`` fixture's day
YESTERDAY = TODAY - dt.timedelta(days=1)
EARLIER = TODAY - dt.timedelta(days=10)


@dataclass
class DiaryProject:
    ctx: AppContext
    project_id: str
    steel: str  # contractor ids
    drywall: str
    level_1: str  # a location id
    yesterday: str  # the diary day of YESTERDAY (open)


@pytest.fixture
def diary_project(gui_ctx: AppContext, clock: dt.date) -> DiaryProject:
    store = gui_ctx.store
    project = projects.create_project(
        store, projects.NewProject(code="DIA-T", name="Diary test", owner_name="City Hospital")
    ).value
    steel = projects.add_organisation(store, project.id, "Nordstål Steel", "subcontractor").value
    drywall = projects.add_organisation(store, project.id, "Brightline Drywall", "subcontractor")
    level = projects.add_location(store, project.id, "L1", "Level 1", "floor").value
    earlier = diary.open_day(store, project.id, EARLIER).value
    diary.add_entry(
        store, earlier.id, "delay", cause="weather", responsible="neutral",
        start_time="08:00", end_time="12:00", description="Storm: crane stood down",
    )  # fmt: skip
    day = diary.open_day(store, project.id, YESTERDAY).value
    diary.update_day(store, day.id, weather_am="rain", weather_pm="overcast", temp_min=2)
    diary.add_entry(store, day.id, "manpower", organisation_id=steel.id, headcount=8, hours="64")
    diary.add_entry(
        store, day.id, "manpower", organisation_id=drywall.value.id, trade="Boarding",
        headcount=5, hours="40",
    )  # fmt: skip
    diary.add_entry(
        store, day.id, "delay", cause="late_information", responsible="design_team",
        start_time="13:00", end_time="14:30", description="Waiting for the door schedule",
    )  # fmt: skip
    gui_ctx.settings.last_project = project.id
    return DiaryProject(gui_ctx, project.id, steel.id, drywall.value.id, level.id, day.id)


def open_page(
    qtbot: QtBot, make_window: MakeWindow, ctx: AppContext
) -> tuple[MainWindow, DiaryPage]:
    window = make_window(ctx, "diary")
    page = window.show_page("diary")
    assert isinstance(page, DiaryPage)
    idle(qtbot, window)
    return window, page


def shown(page: DiaryPage) -> dt.date | None:
    detail = page.controller.detail
    return detail.day.day if detail is not None else None


def go_to(qtbot: QtBot, window: MainWindow, page: DiaryPage, day: dt.date) -> None:
    """Pick ``day`` in the date box and open it (a new diary when there is none)."""
    page.date_edit.setDate(qdate(day))
    idle(qtbot, window)
    if shown(page) != day:
        qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: shown(page) == day)
    idle(qtbot, window)


def type_line(qtbot: QtBot, page: DiaryPage, kind: str, **values: str) -> None:
    """Fill the line editor of a section: a box by its text, a choice by its label."""
    form = page.form.sections[kind].form
    for name, value in values.items():
        editor = form.editors[name]
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(editor.findText(value))
        else:
            assert isinstance(editor, QLineEdit)
            editor.clear()
            qtbot.keyClicks(editor, value)


def test_open_a_day_and_enter_manpower(
    qtbot: QtBot, make_window: MakeWindow, diary_project: DiaryProject
) -> None:
    window, page = open_page(qtbot, make_window, diary_project.ctx)
    qtbot.waitUntil(lambda: shown(page) == YESTERDAY)  # the latest day opens first
    assert page.calendar.day_of(YESTERDAY) is not None
    assert page.calendar.day_of(EARLIER).has_delays  # type: ignore[union-attr]
    go_to(qtbot, window, page, TODAY)
    new_id = page.controller.detail.day.id  # type: ignore[union-attr]
    section = page.form.sections["manpower"]
    assert section.model.rowCount() == 0
    type_line(qtbot, page, "manpower", organisation_id="Nordstål Steel", trade="Erectors")
    type_line(qtbot, page, "manpower", headcount="12", hours="96")
    qtbot.keyClick(section.form.editors["hours"], Qt.Key.Key_Return)  # Enter adds the line
    qtbot.waitUntil(lambda: section.model.rowCount() == 1)
    assert "Nordstål Steel: 12 people · 96 h" in section.totals.text()
    assert section.form.editors["headcount"].text() == ""  # ready for the next line
    # Opening a date that has a diary opens that diary: no second day.
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    idle(qtbot, window)
    assert page.controller.detail.day.id == new_id  # type: ignore[union-attr]
    days = [d for d in page.calendar.calendar.days.values() if d.day == TODAY]
    assert len(days) == 1 and days[0].headcount == 12
    # The line's photos: selecting it shows the strip of that line.
    section.table.selectRow(0)
    line = section.current_line()
    assert line is not None and section.strip.isVisible()
    assert section.strip.record == ("diary_manpower", line.id)
    # Search everywhere opens a day on this page by its id.
    assert window.open_record("diary_day", diary_project.yesterday)
    qtbot.waitUntil(lambda: shown(page) == YESTERDAY)


def test_ctrl_d_copies_the_previous_day_and_ctrl_z_takes_it_back(
    qtbot: QtBot, make_window: MakeWindow, diary_project: DiaryProject
) -> None:
    window, page = open_page(qtbot, make_window, diary_project.ctx)
    go_to(qtbot, window, page, TODAY)
    section = page.form.sections["manpower"]
    page.form.title.setFocus()
    qtbot.keyClick(page.form.title, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: section.model.rowCount() == 2)
    weather = page.form.editors["weather_am"]
    assert isinstance(weather, QComboBox)
    qtbot.waitUntil(lambda: weather.currentData() == "rain")
    assert "Copied the weather and 2 manpower lines" in page.message.text()
    assert window.undo_stack.canUndo()
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: section.model.rowCount() == 0)
    qtbot.waitUntil(lambda: weather.currentData() is None)


def test_sign_and_close_makes_the_day_read_only_and_takes_addenda(
    qtbot: QtBot, make_window: MakeWindow, diary_project: DiaryProject
) -> None:
    window, page = open_page(qtbot, make_window, diary_project.ctx)
    qtbot.waitUntil(lambda: shown(page) == YESTERDAY)
    assert not page.addendum_button.isEnabled()
    qtbot.mouseClick(page.close_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, CloseDayDialog)
    assert not dialog.ok_button.isEnabled()  # nothing drawn yet
    dialog.pad.set_strokes([[[0.1, 0.6], [0.4, 0.2], [0.8, 0.5]]])
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: page.controller.detail is not None and page.controller.detail.day.closed
    )
    idle(qtbot, window)
    section = page.form.sections["manpower"]
    assert not page.form.title.isEnabled()
    assert section.form.isHidden() and section.add_button.isHidden()
    assert section.model.rowCount() == 2  # the lines stay readable
    assert not page.close_button.isEnabled() and not page.copy_button.isEnabled()
    assert "read-only" in page.info.text()
    qtbot.mouseClick(page.addendum_button, Qt.MouseButton.LeftButton)
    add = page.dialog
    assert isinstance(add, AddendumDialog)
    qtbot.mouseClick(add.ok_button, Qt.MouseButton.LeftButton)  # nothing written: refused
    idle(qtbot, window)
    assert add.isVisible() and add.errors.label("reason").isVisible()  # type: ignore[union-attr]
    qtbot.keyClicks(add.reason, "Drywall crew miscounted")
    add.body.setPlainText("The drywall crew was 6, not 5.")
    qtbot.mouseClick(add.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(page.controller.detail and page.controller.detail.addenda))
    idle(qtbot, window)
    assert page.form.addenda_box.isVisible()
    assert "Drywall crew miscounted" in page.form.addenda.text()
    assert "not 5." in page.form.addenda.text()


def test_the_delay_register_totals_days_and_hours(
    qtbot: QtBot, make_window: MakeWindow, diary_project: DiaryProject
) -> None:
    _window, page = open_page(qtbot, make_window, diary_project.ctx)
    with qtbot.waitSignal(page.controller.register_loaded):
        page.tabs.setCurrentWidget(page.register)
    assert page.register.model.rowCount() == 2
    totals = {(t.group, t.by): (t.days, str(t.hours)) for t in page.register.totals_model.rows()}
    assert totals[("Cause", "Weather")] == (1, "4.0")
    assert totals[("Cause", "Late information")] == (1, "1.5")
    assert totals[("Responsible party", "Design team")] == (1, "1.5")
    assert totals[("All delays", "")] == (2, "5.5")
    assert page.register.summary.text() == "2 delays on 2 days, 5.5 hours in all"
    with qtbot.waitSignal(page.controller.register_loaded):
        page.register.period.setCurrentIndex(page.register.period.findData(7))
    assert page.register.model.rowCount() == 1  # only yesterday's
    page.register.table.selectRow(0)
    with qtbot.waitSignal(page.controller.day_shown):
        page.register.table.activated.emit(page.register.table.currentIndex())
    assert page.tabs.currentWidget() is page.stack and shown(page) == YESTERDAY


def test_bad_input_is_said_in_the_users_words_and_nothing_is_lost(
    qtbot: QtBot,
    make_window: MakeWindow,
    diary_project: DiaryProject,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window, page = open_page(qtbot, make_window, diary_project.ctx)
    # A future date: the page says so, no day is made.
    page.date_edit.setDate(qdate(TODAY + dt.timedelta(days=1)))
    idle(qtbot, window)
    assert "still to come" in page.empty_text.text()
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(page.message.isVisible)
    assert "cannot be in the future" in page.message.text()
    assert page.calendar.day_of(TODAY + dt.timedelta(days=1)) is None
    go_to(qtbot, window, page, TODAY)
    section = page.form.sections["manpower"]
    # A word for a headcount: under the box, in words, the text kept.
    type_line(qtbot, page, "manpower", organisation_id="Nordstål Steel", headcount="twelve")
    qtbot.mouseClick(section.add_button, Qt.MouseButton.LeftButton)
    error = section.form.errors["headcount"]
    qtbot.waitUntil(error.isVisible)
    assert error.text() == "Headcount must be a whole number (got 'twelve')."
    assert "organisation" not in error.text().lower()
    assert section.form.editors["headcount"].text() == "twelve"
    # More than 5,000 people on one line: asked first; no keeps the line in the editor.
    asked: list[int] = []
    monkeypatch.setattr(page.edits, "confirm_headcount", lambda n: asked.append(n) or False)
    type_line(qtbot, page, "manpower", headcount="6000")
    qtbot.mouseClick(section.add_button, Qt.MouseButton.LeftButton)
    idle(qtbot, window)
    assert asked == [6000] and section.model.rowCount() == 0
    assert section.form.editors["headcount"].text() == "6000"
    monkeypatch.setattr(page.edits, "confirm_headcount", lambda n: True)
    qtbot.mouseClick(section.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: section.model.rowCount() == 1)
    # A temperature out of range: under its box, the day keeps its old value.
    temp = page.form.editors["temp_max"]
    assert isinstance(temp, QLineEdit)
    temp.setFocus()
    qtbot.keyClicks(temp, "75")
    qtbot.keyClick(temp, Qt.Key.Key_Tab)
    qtbot.waitUntil(page.form.errors["temp_max"].isVisible)
    assert "Highest temperature must be between -60 and 60" in page.form.errors["temp_max"].text()
    assert temp.text() == "75"


def test_raise_a_safety_issue_from_a_line_of_the_day(
    qtbot: QtBot, make_window: MakeWindow, diary_project: DiaryProject
) -> None:
    _window, page = open_page(qtbot, make_window, diary_project.ctx)
    qtbot.waitUntil(lambda: shown(page) == YESTERDAY)
    section = page.form.sections["safety"]
    text = section.form.editors["description"]
    assert isinstance(text, SubmitTextEdit)
    text.setFocus()
    qtbot.keyClicks(text, "Open edge at the stair core")
    qtbot.keyClick(text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: section.model.rowCount() == 1)
    section.table.selectRow(0)
    safety = next(a for a in page.raise_menu.actions() if "safety" in a.text().replace("&", ""))
    safety.trigger()
    dialog = page.dialog
    assert isinstance(dialog, RaiseDialog)
    qtbot.waitUntil(lambda: "Open edge at the stair core" in dialog.description.toPlainText())
    assert "From site diary" in dialog.description.toPlainText()
    qtbot.keyClicks(dialog.title, "Edge protection missing")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: (
            section.model.rowCount() == 1
            and section.model.row_at(0).entry.names.get("issue_id") == "Edge protection missing"
        )
    )
    assert "Raised and linked" in page.message.text()
    links = [x for x in page.controller.detail.links if x.other_type == "issue"]  # type: ignore[union-attr]
    assert links and links[0].relation == "raised from"


@pytest.mark.parametrize("size", [LAPTOP, SMALL], ids=["1366x768", "1280x720"])
def test_the_page_fits_a_laptop(
    qtbot: QtBot, make_window: MakeWindow, diary_project: DiaryProject, size: QSize
) -> None:
    window, page = open_page(qtbot, make_window, diary_project.ctx)
    qtbot.waitUntil(lambda: shown(page) == YESTERDAY)
    fit(qtbot, window, size)
    least = minimum(window)
    assert least.width() <= SMALL.width() and least.height() <= SMALL.height()
    spec = next(s for s in registry.PAGES if s.key == "diary")
    for path, widget in zip(spec.primary, registry.primary_widgets(page, spec), strict=True):
        assert shown_whole(widget, window) is None, path
    assert page.tabs.currentWidget().height() > 250  # room for the day's form
