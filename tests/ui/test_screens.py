"""Flows across the other screens: a project from the dialog, a reply in an issue
thread, undo and redo of an edit, thresholds, risks, the directory, the dashboard and
the shortcut overlay."""

from __future__ import annotations

import datetime as dt

from gui_fixtures import MakeWindow, demo_ctx, gui_ctx, idle, make_window
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from executrek.app import settings as settings_mod
from executrek.app.context import AppContext
from executrek.models.records.issue import service as issues
from executrek.models.records.punch import queries as punch_queries
from executrek.models.records.punch import service as punch
from executrek.models.records.risk import queries as risk_queries
from executrek.models.services import listings, projects
from executrek.ui.pages.dashboard_page import DashboardPage
from executrek.ui.pages.directory_page import DirectoryPage
from executrek.ui.pages.issues_page import IssuesPage
from executrek.ui.pages.portfolio_page import Col, PortfolioPage
from executrek.ui.pages.project_dialog import ProjectDialog
from executrek.ui.pages.punch_page import PunchPage
from executrek.ui.pages.risks_page import RisksPage
from executrek.ui.pages.settings_page import SettingsPage

__all__ = ["demo_ctx", "gui_ctx", "make_window"]


def test_create_a_project_from_the_dialog(
    qtbot: QtBot, gui_ctx: AppContext, make_window: MakeWindow
) -> None:
    window = make_window(gui_ctx, "portfolio")
    idle(qtbot, window)
    window.new_project_action.trigger()
    dialog = QApplication.activeModalWidget() or next(
        w for w in QApplication.topLevelWidgets() if isinstance(w, ProjectDialog) and w.isVisible()
    )
    assert isinstance(dialog, ProjectDialog)
    # the service refuses a bad currency: the message sits under that field
    qtbot.keyClicks(dialog.code, "lib-01")
    qtbot.keyClicks(dialog.name, "Library extension")
    qtbot.keyClicks(dialog.owner, "City of Brook")
    dialog.contract.setText("2,500,000")
    dialog.currency.setText("E1")
    dialog.buttons.accepted.emit()
    idle(qtbot, window)
    label = dialog.errors.label("currency")
    assert label is not None
    qtbot.waitUntil(label.isVisible)
    assert "Currency" in label.text()
    dialog.currency.setText("EUR")
    dialog.buttons.accepted.emit()
    idle(qtbot, window)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    qtbot.waitUntil(lambda: window.project_box.count() == 1)
    assert window.project_box.currentText() == "LIB-01 — Library extension"
    created = projects.find_project(gui_ctx.store, "LIB-01")
    assert window.current_project_id == created.id
    assert str(created.contract_value) == "2500000.00"
    portfolio = window.page_widgets["portfolio"]
    assert isinstance(portfolio, PortfolioPage)
    qtbot.waitUntil(lambda: portfolio.model.rowCount() == 1)
    assert portfolio.model.index(0, Col.CONTRACT).data() == "EUR 2,500,000"


def test_reply_in_an_issue_thread(
    qtbot: QtBot, demo_ctx: AppContext, make_window: MakeWindow
) -> None:
    window = make_window(demo_ctx, "issues")
    page = window.page_widgets["issues"]
    assert isinstance(page, IssuesPage)
    idle(qtbot, window)
    ModelTester(None).check(page.model)  # type: ignore[arg-type]
    row = next(r for r in range(page.model.rowCount()) if page.model.row_at(r).status == "open")
    issue = page.model.row_at(row)
    page.table.selectRow(row)
    idle(qtbot, window)
    assert page.detail is not None and page.detail.row.id == issue.id
    before = page.thread_list.count()
    page.from_contractor.setChecked(True)
    qtbot.keyClicks(page.reply, "We will fix it by Friday.")
    assert page.has_unsaved()
    qtbot.keyClick(page.reply, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    idle(qtbot, window)
    qtbot.waitUntil(lambda: page.thread_list.count() == before + 1)
    assert "We will fix it by Friday." in page.thread_list.item(before).text()
    assert page.reply.toPlainText() == ""
    assert page.detail.row.status == "responded"
    assert page.detail.row.ball_in_court == "owners_rep"
    thread = issues.thread(demo_ctx.store, issue.id)
    assert thread[-1].body == "We will fix it by Friday." and thread[-1].is_response


def test_undo_and_redo_an_edit(qtbot: QtBot, demo_ctx: AppContext, make_window: MakeWindow) -> None:
    window = make_window(demo_ctx, "punch")
    page = window.page_widgets["punch"]
    assert isinstance(page, PunchPage)
    idle(qtbot, window)
    live = next(
        r for r in range(page.model.rowCount()) if page.model.row_at(r).status.value == "open"
    )
    item = page.model.row_at(live)
    page.select_row(live)
    idle(qtbot, window)
    detail = page.detail
    assert detail.current_id() == item.id
    assert not window.undo_action.isEnabled()
    detail.title.setFocus()
    detail.title.selectAll()
    qtbot.keyClicks(detail.title, "Renamed on site")
    assert detail.has_unsaved() and window.unsaved_pages() == [page]
    qtbot.keyClick(detail.title, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    idle(qtbot, window)
    qtbot.waitUntil(
        lambda: punch_queries.punch_detail(demo_ctx.store, item.id).title == "Renamed on site"
    )
    qtbot.waitUntil(lambda: not detail.has_unsaved())
    assert window.undo_stack.count() == 1
    assert window.undo_action.isEnabled()

    window.undo_action.trigger()
    idle(qtbot, window)
    assert punch_queries.punch_detail(demo_ctx.store, item.id).title == item.title
    qtbot.waitUntil(lambda: detail.title.text() == item.title)
    qtbot.waitUntil(lambda: page.model.row_at(page.model.find(item.id)).title == item.title)

    window.redo_action.trigger()
    idle(qtbot, window)
    assert punch_queries.punch_detail(demo_ctx.store, item.id).title == "Renamed on site"
    qtbot.waitUntil(lambda: detail.title.text() == "Renamed on site")


def test_refused_edit_is_shown_inline_and_not_undoable(
    qtbot: QtBot, demo_ctx: AppContext, make_window: MakeWindow
) -> None:
    window = make_window(demo_ctx, "punch")
    page = window.page_widgets["punch"]
    assert isinstance(page, PunchPage)
    idle(qtbot, window)
    live = next(
        r for r in range(page.model.rowCount()) if page.model.row_at(r).status.value == "open"
    )
    page.select_row(live)
    idle(qtbot, window)
    page.detail.title.setText("   ")
    page.detail.save()
    idle(qtbot, window)
    label = page.detail.errors.label("title")
    assert label is not None
    qtbot.waitUntil(label.isVisible)
    assert "Title" in label.text()
    assert window.undo_stack.count() == 0


def test_thresholds_are_saved_and_recolour_the_portfolio(
    qtbot: QtBot, demo_ctx: AppContext, make_window: MakeWindow
) -> None:
    window = make_window(demo_ctx, "portfolio", "settings")
    page = window.page_widgets["settings"]
    portfolio = window.page_widgets["portfolio"]
    assert isinstance(page, SettingsPage) and isinstance(portfolio, PortfolioPage)
    idle(qtbot, window)
    page.overdue_amber.setValue(50)
    page.overdue_red.setValue(10)
    page.save()
    assert not page.threshold_error.isHidden()  # red below amber is refused inline
    page.overdue_red.setValue(500)
    page.overdue_amber.setValue(400)
    page.pass_amber.setValue(10)
    page.pass_red.setValue(5)
    page.identity.display_name.setText("Robin Site")
    assert not page.cover_page.isChecked()
    page.cover_page.setChecked(True)
    with qtbot.waitSignal(window.settings_changed):
        page.save()
    assert page.threshold_error.isHidden()
    stored = settings_mod.load(demo_ctx.paths.settings_file)
    assert stored.thresholds.overdue_punch_red == 500
    assert stored.identity.display_name == "Robin Site"
    assert stored.branding.cover_page
    idle(qtbot, window)
    overdue = portfolio.model.index(0, Col.OVERDUE)
    assert overdue.data(Qt.ItemDataRole.ForegroundRole).name().upper() == "#2E8540"


def test_risk_edit_and_matrix_filter(
    qtbot: QtBot, demo_ctx: AppContext, make_window: MakeWindow
) -> None:
    window = make_window(demo_ctx, "risks")
    page = window.page_widgets["risks"]
    assert isinstance(page, RisksPage)
    idle(qtbot, window)
    ModelTester(None).check(page.model)  # type: ignore[arg-type]
    total = page.model.rowCount()
    page._cell_picked((4, 5))
    assert page.model.rowCount() == 1
    page.table.selectRow(0)
    idle(qtbot, window)
    assert page.current is not None
    risk_id = page.current.id
    page.mitigation.setPlainText("Second supplier qualified")
    page.impact.setValue(3)
    page.save()
    idle(qtbot, window)
    row = next(
        r for r in risk_queries.risk_list(demo_ctx.store, page.project_id or "") if r.id == risk_id
    )
    assert row.mitigation == "Second supplier qualified" and row.impact == 3
    page._cell_picked(None)
    idle(qtbot, window)
    assert page.model.rowCount() == total
    window.undo_action.trigger()
    idle(qtbot, window)
    row = next(
        r for r in risk_queries.risk_list(demo_ctx.store, page.project_id or "") if r.id == risk_id
    )
    assert row.impact == 5


def test_directory_adds_contractor_location_and_milestone(
    qtbot: QtBot, demo_ctx: AppContext, make_window: MakeWindow
) -> None:
    window = make_window(demo_ctx, "directory")
    page = window.page_widgets["directory"]
    assert isinstance(page, DirectoryPage)
    idle(qtbot, window)
    for model in (page.orgs, page.people, page.milestones):
        ModelTester(None).check(model)  # type: ignore[arg-type]
    orgs = page.orgs.rowCount()
    page.org_name.setText("Apex Roofing")
    page.add_org()
    idle(qtbot, window)
    qtbot.waitUntil(lambda: page.orgs.rowCount() == orgs + 1)
    page.org_name.setText("Apex Roofing")
    page.add_org()
    idle(qtbot, window)
    label = page.org_errors.label("name")
    assert label is not None and label.isVisible() and "already" in label.text()
    page.loc_code.setText("R-99")
    page.loc_name.setText("Plant deck")
    page.add_location()
    idle(qtbot, window)
    names = {
        loc.name
        for loc in listings.directory_listing(demo_ctx.store, page.project_id or "").locations
    }
    assert "Plant deck" in names
    page.ms_name.setText("Roof watertight")
    page.add_milestone()
    idle(qtbot, window)
    qtbot.waitUntil(lambda: any(m.name == "Roof watertight" for m in page.milestones.rows()))


def test_dashboard_draws_charts_and_overdue(
    qtbot: QtBot, demo_ctx: AppContext, make_window: MakeWindow
) -> None:
    window = make_window(demo_ctx, "dashboard", "punch")
    page = window.page_widgets["dashboard"]
    assert isinstance(page, DashboardPage)
    idle(qtbot, window)
    assert page.data is not None
    ModelTester(None).check(page.overdue_model)  # type: ignore[arg-type]
    assert page.overdue_model.rowCount() > 0
    assert page.status_chart.bars and page.contractor_chart.bars
    assert page.risk_chart.cells
    assert page.inspection_chart.stacks
    for chart in (page.budget_chart, page.status_chart, page.inspection_chart, page.risk_chart):
        assert not chart.grab().isNull()
    open_before = page.data.health.punch_open
    project_id = window.current_project_id or ""
    punch.create_punch_item(
        demo_ctx.store, project_id, punch.NewPunchItem(title="New snag", due_date=dt.date.today())
    )
    punch_page = window.page_widgets["punch"]
    assert isinstance(punch_page, PunchPage)
    punch_page.quick_title.setText("Another snag")
    punch_page.quick_enter()
    idle(qtbot, window)
    qtbot.waitUntil(
        lambda: page.data is not None and page.data.health.punch_open == open_before + 2
    )


def test_help_overlay_lists_shortcuts(
    qtbot: QtBot, demo_ctx: AppContext, make_window: MakeWindow
) -> None:
    window = make_window(demo_ctx, "portfolio", "punch")
    idle(qtbot, window)
    window.show_page("punch")
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert window.help_overlay.isVisible()
    text = window.help_overlay.text()
    for expected in ("Quick entry", "Close the selected items", "Undo", "Go to Punch list"):
        assert expected in text
    qtbot.keyClick(window.help_overlay, Qt.Key.Key_Escape)
    assert not window.help_overlay.isVisible()
