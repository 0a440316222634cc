"""The schedule page: the demo's programme shows (updates, WBS, Gantt with baseline bars
and the data date), picking an update, the critical-path and float filters, the quality
tab's counts equal the core's check, the compare and look-ahead tabs equal the core's,
an offending activity opens on the programme tab, delay events are recorded and
granted, a programme is imported from the page (and a file that is no programme is
refused in one line), the Gantt paints only the rows on screen, and the page fits a
1280×720 window with its primary actions in view."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from gui_fixtures import MakeWindow, demo_ctx, gui_ctx, idle, make_window
from PySide6.QtCore import QSize
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from test_laptop_fit import LAPTOP, SMALL, fit, minimum, shown_whole

from executrek.app.context import AppContext
from executrek.app.interop.schedule_xer_write import write_xer
from executrek.models.records.schedule import compare, quality, queries
from executrek.models.records.schedule.lookahead import lookahead
from executrek.models.records.schedule.programme import (
    ParsedActivity,
    ParsedCalendar,
    ParsedLink,
    Programme,
)
from executrek.models.records.schedule.vocab import ActivityKind, SourceFormat
from executrek.models.services import projects
from executrek.ui.main_window import MainWindow
from executrek.ui.pages import registry
from executrek.ui.pages.schedule_page import SchedulePage
from executrek.ui.widgets.gantt_model import Col
from executrek.ui.widgets.gantt_rows import RowKind

__all__ = ["demo_ctx", "gui_ctx", "make_window"]


def open_page(
    qtbot: QtBot, make_window: MakeWindow, ctx: AppContext
) -> tuple[MainWindow, SchedulePage]:
    window = make_window(ctx, "schedule")
    page = window.show_page("schedule")
    assert isinstance(page, SchedulePage)
    qtbot.waitUntil(lambda: page.controller.loaded is not None, timeout=20_000)
    idle(qtbot, window)
    return window, page


def core(
    ctx: AppContext, number: int | None = None
) -> tuple[queries.UpdateData, queries.UpdateData | None, queries.UpdateData | None]:
    """The update, its previous update and its baseline, read as the CLI reads them."""
    pid = projects.find_project(ctx.store, "HOSP-EW").id
    with ctx.store.sql() as con:
        rows = queries.updates_in(con, pid)
        update = queries.pick(rows, number)
        prev, base = queries.previous_of(rows, update), queries.baseline_of(rows, update)
        return (
            queries.update_data_in(con, update),
            queries.update_data_in(con, prev) if prev else None,
            queries.update_data_in(con, base) if base and base.id != update.id else None,
        )


def activity_rows(page: SchedulePage) -> list:  # type: ignore[type-arg]
    return [r for r in page.programme.gantt.model.rows() if not r.is_group]


def test_demo_programme_shows_and_an_update_is_picked(
    qtbot: QtBot, demo_ctx: AppContext, make_window: MakeWindow, qtmodeltester: ModelTester
) -> None:
    window, page = open_page(qtbot, make_window, demo_ctx)
    data, prev, base = core(demo_ctx)
    assert base is not None and prev is not None
    # the current update is shown, the latest first in the picker, the baseline flagged
    assert page.update_box.count() == 4
    assert page.update_box.currentText().startswith(data.update.number)
    assert "baseline" in page.update_box.itemText(page.update_box.count() - 1)
    assert data.update.number in page.info.text() and "Forecast completion" in page.info.text()
    # every activity is a row, under a heading per WBS group; bars under from the baseline
    shown = activity_rows(page)
    assert sorted(r.code for r in shown) == sorted(a.code for a in data.activities)
    groups = {r.wbs for r in page.programme.gantt.model.rows() if r.is_group}
    assert groups == {a.wbs_path for a in data.activities}
    base_finish = {a.code: a.finish for a in base.activities}
    for r in shown:
        last = r.base_end if r.kind is RowKind.MILESTONE else r.base_end - 1
        assert dt.date.fromordinal(last) == base_finish[r.code], r.code
    assert page.programme.gantt.state.data_date == data.update.data_date.toordinal()
    assert any(r.kind is RowKind.MILESTONE for r in shown)
    qtmodeltester.check(page.programme.gantt.model)
    qtmodeltester.check(page.programme.tree_model)

    # an earlier update: its own rows and data date; the WBS tree narrows the chart
    earlier = page.update_box.itemData(2)
    with qtbot.waitSignal(page.controller.view_loaded, timeout=15_000):
        page.update_box.setCurrentIndex(2)
    update = page.controller.loaded.view.data.update  # type: ignore[union-attr]
    assert update.id == earlier and update.number in page.info.text()
    assert page.programme.gantt.state.data_date == update.data_date.toordinal()
    tree = page.programme.tree
    fit_out = next(
        tree.model().index(i, 0, tree.model().index(0, 0))
        for i in range(tree.model().rowCount(tree.model().index(0, 0)))
        if tree.model().index(i, 0, tree.model().index(0, 0)).data().startswith("Fit-out")
    )
    tree.setCurrentIndex(fit_out)
    assert {r.wbs for r in activity_rows(page)} == {
        a.wbs_path for a in data.activities if a.wbs_name == "Fit-out"
    }
    assert "3 of 24" in page.programme.count_label.text()
    idle(qtbot, window)


def test_critical_and_float_filters(
    qtbot: QtBot, demo_ctx: AppContext, make_window: MakeWindow
) -> None:
    _window, page = open_page(qtbot, make_window, demo_ctx)
    data, _prev, _base = core(demo_ctx)
    critical = {a.code for a in data.activities if a.critical}
    assert critical and len(critical) < len(data.activities)
    page.programme.critical_check.setChecked(True)
    assert {r.code for r in activity_rows(page)} == critical
    groups = [r for r in page.programme.gantt.model.rows() if r.is_group]
    assert all(g.critical for g in groups)  # headings only for groups that keep activities
    page.programme.critical_check.setChecked(False)
    page.programme.float_box.setCurrentIndex(page.programme.float_box.findData("negative"))
    negative = {a.code for a in data.activities if a.total_float is not None and a.total_float < 0}
    assert {r.code for r in activity_rows(page)} == negative
    page.programme.float_box.setCurrentIndex(0)
    page.programme.search.setText("MS5")
    assert [r.code for r in activity_rows(page)] == ["MS500"]
    page.programme.clear_filters()
    assert len(activity_rows(page)) == len(data.activities)
    # a location the site recorded evidence at narrows to its activities
    places = page.controller.loaded.view.locations  # type: ignore[union-attr]
    assert places, "the demo links punch items at locations to an activity"
    code, paths = next(iter(places.items()))
    page.programme.location_box.setCurrentIndex(page.programme.location_box.findData(paths[0]))
    assert code in {r.code for r in activity_rows(page)}
    assert len(activity_rows(page)) < len(data.activities)


def test_quality_compare_and_lookahead_tabs_equal_the_core(
    qtbot: QtBot, demo_ctx: AppContext, make_window: MakeWindow, qtmodeltester: ModelTester
) -> None:
    window, page = open_page(qtbot, make_window, demo_ctx)
    data, prev, base = core(demo_ctx)
    expected = quality.check(data, base)
    with qtbot.waitSignal(page.controller.quality_loaded, timeout=15_000):
        page.tabs.setCurrentWidget(page.quality)
    points = page.quality.points.rows()
    assert [(p.number, p.count, p.population, p.passed) for p in points] == [
        (p.number, p.count, p.population, p.passed) for p in expected.points
    ]
    assert (
        f"{expected.passed} checks passed, {expected.failed} failed" in page.quality.heading.text()
    )
    qtmodeltester.check(page.quality.points)
    # the first failed point is selected with its offending activities; one opens
    failed = next(p for p in expected.points if p.passed is False)
    offenders = page.quality.offenders.rows()
    assert sorted(o.code for o in offenders) == sorted(o.code for o in failed.offenders)
    table = page.quality.offenders_table
    code = page.quality.offenders.row_at(0).code
    table.activated.emit(page.quality.offenders.index(0, 0))
    assert page.tabs.currentWidget() is page.programme
    current = page.programme.gantt.current_row()
    assert current is not None and current.code == code
    assert code in page.programme.detail.text()

    # compare: against the baseline by default, then the previous update
    assert base is not None and prev is not None
    with qtbot.waitSignal(page.controller.compare_loaded, timeout=15_000):
        page.tabs.setCurrentWidget(page.compare)
    against = compare.compare(base, data)
    counts = {s.section.key: s.section.total for s in page.compare.sections.rows()}
    assert counts["milestones"] == len(against.milestones)
    assert counts["slipped"] == len(against.slipped)
    assert counts["float_consumed"] == len(against.float_consumed)
    assert counts["progress"] == len(against.progress)
    assert f"{against.finish_movement_days:+d} days" in page.compare.heading.text()
    with qtbot.waitSignal(page.controller.compare_loaded, timeout=15_000):
        page.against_box.setCurrentIndex(page.against_box.findData("previous"))
    since = compare.compare(prev, data)
    counts = {s.section.key: s.section.total for s in page.compare.sections.rows()}
    assert counts["durations_changed"] == len(since.durations_changed)
    assert prev.update.number in page.compare.heading.text()
    milestones = next(s for s in page.compare.sections.rows() if s.key == "milestones")
    page.compare.sections_table.selectRow(page.compare.sections.rows().index(milestones))
    assert page.compare.lines.rowCount() == len(since.milestones)

    # look-ahead: the core's rows, with their open punch items by location
    pid = projects.find_project(demo_ctx.store, "HOSP-EW").id
    _when, rows = lookahead(demo_ctx.store, pid)
    with qtbot.waitSignal(page.controller.lookahead_loaded, timeout=15_000):
        page.tabs.setCurrentWidget(page.lookahead)
    shown = page.lookahead.model.rows()
    assert sorted(r.activity.code for r in shown) == sorted(r.activity.code for r in rows)
    assert sum(r.open_punch for r in shown) == sum(r.open_punch for r in rows)
    with qtbot.waitSignal(page.controller.lookahead_loaded, timeout=15_000):
        page.lookahead.days.setValue(120)
    assert page.lookahead.model.rowCount() >= len(rows)
    idle(qtbot, window)


def small_programme(data_date: dt.date) -> Programme:
    day = dt.date(2026, 3, 2)
    acts = [
        ParsedActivity("1", "T100", "Set out", ActivityKind.TASK, wbs_path="P.A", wbs_name="Works",
                       calendar_code="1", original_duration=Decimal(5), remaining_duration=Decimal(5),
                       start=day, finish=day + dt.timedelta(days=4), total_float=Decimal(0),
                       critical=True),
        ParsedActivity("2", "T200", "Build", ActivityKind.TASK, wbs_path="P.A", wbs_name="Works",
                       calendar_code="1", original_duration=Decimal(10), remaining_duration=Decimal(10),
                       start=day + dt.timedelta(days=7), finish=day + dt.timedelta(days=18),
                       total_float=Decimal(0), critical=True),
        ParsedActivity("3", "M900", "Done", ActivityKind.MILESTONE, wbs_path="P.A", wbs_name="Works",
                       calendar_code="1", original_duration=Decimal(0), remaining_duration=Decimal(0),
                       start=day + dt.timedelta(days=18), finish=day + dt.timedelta(days=18),
                       total_float=Decimal(0), critical=True),
    ]  # fmt: skip
    links = [ParsedLink("L1", "1", "2"), ParsedLink("L2", "2", "3")]
    calendar = ParsedCalendar("1", "5-day week", Decimal(8), "1111100")
    return Programme(
        SourceFormat.XER, "Small", data_date, [calendar], acts, links, default_calendar="1"
    )


@pytest.fixture
def empty_project(gui_ctx: AppContext) -> AppContext:
    project = projects.create_project(
        gui_ctx.store, projects.NewProject(code="SCH-T", name="Schedule test", owner_name="Owner")
    ).value
    gui_ctx.settings.last_project = project.id
    return gui_ctx


def test_import_a_programme_then_record_and_grant_a_delay(
    qtbot: QtBot, empty_project: AppContext, make_window: MakeWindow, tmp_path: Path
) -> None:
    window = make_window(empty_project, "schedule")
    page = window.show_page("schedule")
    assert isinstance(page, SchedulePage)
    qtbot.waitUntil(lambda: page.controller.overview is not None)
    assert page.stack.currentWidget() is page.empty  # no programme yet: says how to start

    # a file that is no programme: one line under the form, nothing kept
    junk = tmp_path / "minutes.txt"
    junk.write_text("Minutes of the site meeting\n", encoding="utf-8")
    dialog = page.controller.import_programme()
    assert dialog is not None
    dialog.path.setText(str(junk))
    dialog.buttons.accepted.emit()
    errors = dialog.errors.general
    assert errors is not None
    qtbot.waitUntil(lambda: errors.isVisible())
    assert "is not a schedule" in errors.text() and "\n" not in errors.text()
    assert dialog.ok_button.isEnabled()

    # a real one: kept as the baseline update and shown
    xer = write_xer(small_programme(dt.date(2026, 3, 2)), tmp_path / "small.xer")
    dialog.path.setText(str(xer))
    with qtbot.waitSignal(page.controller.view_loaded, timeout=15_000):
        dialog.buttons.accepted.emit()
    assert not dialog.isVisible()
    assert page.stack.currentWidget() is page.tabs
    assert "SU-001 imported: 3 activities, 2 relationships, 1 milestones" in page.message.text()
    assert [r.code for r in activity_rows(page)] == ["T100", "T200", "M900"]
    assert page.update_box.currentText().endswith("baseline")

    # the owner's review: a submitted update is accepted with a note, once
    assert page.review_button.isEnabled()
    review = page.controller.review("accepted")
    assert review is not None
    review.note.setText("Logic reviewed at the kick-off")
    with qtbot.waitSignal(page.controller.view_loaded, timeout=15_000):
        review.buttons.accepted.emit()
    loaded = page.controller.loaded
    assert loaded is not None and loaded.view.data.update.status == "accepted"
    assert not page.review_button.isEnabled() and "Accepted" in page.info.text()

    # a delay event: notified, claimed, granted in part
    page.tabs.setCurrentWidget(page.delays)
    editor = page.controller.new_delay()
    assert editor is not None
    editor.title.setText("Late access to the site")
    editor.activity.setCurrentText("T200")
    with qtbot.waitSignal(page.controller.overview_loaded, timeout=15_000):
        editor.buttons.accepted.emit()
    assert page.delays.model.rowCount() == 1
    page.delays.table.selectRow(0)
    assert page.delays.buttons["claimed"].isEnabled()
    assert not page.delays.buttons["granted"].isEnabled()
    claim = page.controller.decide_delay(page.delays.model.row_at(0), "claimed")
    claim.days.setValue(6)
    with qtbot.waitSignal(page.controller.overview_loaded, timeout=15_000):
        claim.buttons.accepted.emit()
    grant = page.controller.decide_delay(page.delays.model.row_at(0), "granted")
    assert grant.days.maximum() == 6
    grant.days.setValue(4)
    with qtbot.waitSignal(page.controller.overview_loaded, timeout=15_000):
        grant.buttons.accepted.emit()
    row = page.delays.model.row_at(0)
    assert (row.status, row.days_claimed, row.days_granted) == ("granted", 6, 4)
    assert "days granted: 4" in page.delays.totals.text()

    # search everywhere opens a delay event on its tab and an update in the picker
    page.tabs.setCurrentWidget(page.programme)
    page.delays.table.clearSelection()
    assert window.open_record("delay_event", row.id)
    assert page.tabs.currentWidget() is page.delays and page.delays.selected() == row
    first = page.update_box.currentData()
    again = page.controller.import_programme()
    assert again is not None
    again.path.setText(str(write_xer(small_programme(dt.date(2026, 3, 16)), tmp_path / "u2.xer")))
    with qtbot.waitSignal(page.controller.view_loaded, timeout=15_000):
        again.buttons.accepted.emit()
    assert page.update_box.currentText().startswith("SU-002")  # the new update is shown
    with qtbot.waitSignal(page.controller.view_loaded, timeout=15_000):
        assert window.open_record("schedule_update", first)
    assert page.tabs.currentWidget() is page.programme
    assert page.update_box.currentData() == first
    idle(qtbot, window)


def test_the_gantt_paints_only_the_rows_on_screen(
    qtbot: QtBot, demo_ctx: AppContext, make_window: MakeWindow
) -> None:
    from executrek.ui.widgets.gantt_rows import GanttRow

    _window, page = open_page(qtbot, make_window, demo_ctx)
    gantt = page.programme.gantt
    template = activity_rows(page)[1]
    many = [
        GanttRow(template.kind, f"X{i:05d}", f"Activity {i}", "P", template.start, template.end,
                 template.base_start, template.base_end)
        for i in range(5000)
    ]  # fmt: skip
    gantt.set_rows(many, span=(template.start - 30, template.end + 30), data_date=template.start)
    painted: list[int] = []
    original = gantt.delegate.paint
    gantt.delegate.paint = lambda painter, option, index: (  # type: ignore[method-assign]
        painted.append(index.row()),
        original(painter, option, index),
    )[1]
    gantt.chart.viewport().repaint()
    shown = gantt.chart.viewport().height() // gantt.chart.rowHeight(0) + 2
    assert 0 < len(painted) <= shown
    painted.clear()
    gantt.chart.verticalScrollBar().setValue(gantt.chart.verticalScrollBar().maximum())
    gantt.chart.viewport().repaint()
    assert painted and min(painted) > 4900 and len(painted) <= shown
    assert gantt.table.verticalScrollBar().value() == gantt.chart.verticalScrollBar().value()
    assert gantt.table.isColumnHidden(Col.BAR) and not gantt.chart.isColumnHidden(Col.BAR)


@pytest.mark.parametrize("size", [LAPTOP, SMALL], ids=["1366x768", "1280x720"])
def test_the_page_fits_a_laptop(
    qtbot: QtBot, demo_ctx: AppContext, make_window: MakeWindow, size: QSize
) -> None:
    window, page = open_page(qtbot, make_window, demo_ctx)
    fit(qtbot, window, size)
    least = minimum(window)
    assert least.width() <= SMALL.width() and least.height() <= SMALL.height()
    spec = next(s for s in registry.PAGES if s.key == "schedule")
    for path, widget in zip(spec.primary, registry.primary_widgets(page, spec), strict=True):
        assert shown_whole(widget, window) is None, path
    gantt = page.programme.gantt
    assert gantt.chart.viewport().width() > 300 and gantt.chart.viewport().height() > 250
    for tab in (page.quality, page.compare, page.lookahead, page.delays):
        page.tabs.setCurrentWidget(tab)
        idle(qtbot, window)
        assert minimum(window).width() <= SMALL.width()
    delays = page.delays
    assert shown_whole(delays.new_button, window) is None
