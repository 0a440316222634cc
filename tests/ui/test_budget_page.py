"""The budget page: the tree by cost code shows ``figures.budget_figures``'s numbers (each
line, each code's roll-up, the totals row) with the currency in the headers, the summary
strip the hard/soft totals and the contingency; selecting a line drills down to its SOV
lines, its change orders (their weighted amounts add up to the line's pending figure;
a double-click opens one) and pay applications; a transfer is made, submitted and approved from the page
(and the figures follow), a rejection needs its reason (said in words under the box),
the charts show the contingency, the EAC trend (the issued cost reports as issued, then
today) and the cash flow, the funding tab ``funding.funding_figures``'s rows (a source
short of its lines' EAC said in words and red; a source made and its amount changed from
the page), and the page fits a 1280×720 window
with its primary action in view."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from cost_ui_fixtures import CostProject, cost_project
from gui_fixtures import MakeWindow, gui_ctx, idle, make_window
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from test_laptop_fit import LAPTOP, SMALL, fit, minimum, shown_whole

from executrek.app.context import AppContext
from executrek.app.report_kinds.common import ReportEnv, ReportKind, ReportRequest
from executrek.app.report_kinds.cost_trend import eac_trend
from executrek.app.report_kinds.issuing import issue_report
from executrek.models import clock
from executrek.models.records.change_order import service as change_orders
from executrek.models.records.change_order.service import LineInput
from executrek.models.records.cost import budget, queries
from executrek.models.records.cost.cashflow import cash_flow
from executrek.models.records.cost.figures import BudgetFigures, budget_figures
from executrek.models.records.cost.funding import FundingFigures, funding_figures
from executrek.ui.labels import RAG_COLOURS, money
from executrek.ui.main_window import MainWindow
from executrek.ui.open_record import open_record
from executrek.ui.pages import registry
from executrek.ui.pages.budget_dialogs import TransferDecision, TransferDialog
from executrek.ui.pages.budget_funding import FundingDialog
from executrek.ui.pages.budget_page import BudgetPage
from executrek.ui.pages.budget_tree import Col, figure
from executrek.ui.pages.change_orders_page import ChangeOrdersPage

__all__ = ["cost_project", "gui_ctx", "make_window"]


def open_page(
    qtbot: QtBot, make_window: MakeWindow, ctx: AppContext
) -> tuple[MainWindow, BudgetPage]:
    window = make_window(ctx, "budget")
    page = window.show_page("budget")
    assert isinstance(page, BudgetPage)
    qtbot.waitUntil(lambda: page.controller.state is not None, timeout=20_000)
    idle(qtbot, window)
    return window, page


def core(project: CostProject) -> BudgetFigures:
    with project.ctx.store.read() as s:
        return budget_figures(s, project.project_id)


def cell(page: BudgetPage, key: str, col: Col) -> str:
    index = page.model.find(key)
    assert index.isValid(), key
    return str(page.model.data(index.siblingAtColumn(col)))


def test_tree_shows_the_figures_of_the_one_source(
    qtbot: QtBot, make_window: MakeWindow, cost_project: CostProject, qtmodeltester: ModelTester
) -> None:
    window, page = open_page(qtbot, make_window, cost_project.ctx)
    qtmodeltester.check(page.model)
    f = core(cost_project)
    assert f.lines, "the fixture has a budget"
    money_cols = [c for c in Col if c is not Col.NAME]
    for line in f.lines:
        for col in money_cols:
            assert cell(page, line.line_id, col) == money(figure(line, col))
    # the roll-up of each code and the totals row
    stack = list(f.tree)
    while stack:
        node = stack.pop()
        stack.extend(node.children)
        for col in money_cols:
            assert cell(page, node.cost_code_id, col) == money(figure(node.totals, col))
    last = page.model.index(page.model.rowCount() - 1, 0)
    assert page.model.data(last) == "Total"
    for col in money_cols:
        assert page.model.data(last.siblingAtColumn(col)) == money(figure(f.total, col))
    # the concrete line got the contingency's transfer: 500,000 + 25,000
    assert cell(page, cost_project.concrete, Col.APPROVED) == "525,000.00"
    assert cell(page, cost_project.concrete, Col.TRANSFERS) == "25,000.00"
    assert page.model.headerData(int(Col.EAC), Qt.Orientation.Horizontal) == "EAC"
    assert page.currency_note.text() == "Amounts in EUR"  # said once for every table
    strip = page.strip.values
    assert strip["approved"].text() == money(f.total.approved_budget, "EUR")
    assert strip["eac"].text() == money(f.total.eac, "EUR")
    assert strip["contingency"].text() == " · ".join(
        money(v, "EUR")
        for v in (f.contingency_original, f.contingency_drawdown, f.contingency_remaining)
    )
    assert f.contingency_drawdown == Decimal("25000.00")
    assert strip["hard"].text().startswith(money(f.hard_total.approved_budget, "EUR"))
    assert not window.error_messages  # type: ignore[attr-defined]


def test_a_line_drills_down_to_its_commitments_and_payments(
    qtbot: QtBot, make_window: MakeWindow, cost_project: CostProject
) -> None:
    _window, page = open_page(qtbot, make_window, cost_project.ctx)
    with qtbot.waitSignal(page.controller.drill_loaded):
        assert page.reveal(cost_project.steel)
    sov = page.drill.sov_model.rows()
    assert sorted(s.line.item for s in sov) == ["2", "3"]
    assert {s.commitment for s in sov} == {"SC-001"}
    assert [a.number for a in page.drill.app_model.rows()] == ["PA-001"]
    assert "600,000.00" in page.drill.heading.text()  # 350,000 + 250,000
    # the concrete line is on the contract and on the (draft) purchase order
    with qtbot.waitSignal(page.controller.drill_loaded):
        page.reveal(cost_project.concrete)
    assert {s.commitment for s in page.drill.sov_model.rows()} == {"SC-001", "PO-001"}
    # a cost code is no line: the drill-down says what to pick
    code = page.model.index(0, 0)
    page.tree.setCurrentIndex(code)
    assert "select one of its budget lines" in page.drill.heading.text()
    assert page.drill.sov_model.rowCount() == 0


def changes_on_concrete(project: CostProject) -> dict[str, str]:
    """Change orders mapped to the concrete line, by cost code or through the SOV line,
    whose weighted amounts round up one by one (0.005 each) but not all together."""
    store, pid = project.ctx.store, project.project_id
    with store.read() as s:
        code = next(
            ln.cost_code_id for ln in queries.list_budget_lines(s, pid) if ln.id == project.concrete
        )
        sov = next(ln.id for ln in queries.sov_of(s, project.contract) if ln.item == "1")

    def make(title: str, tier: str, price: str, **where: str | None) -> str:
        return change_orders.create_change_order(
            store, pid, title=title, reason="owner_request", tier=tier,
            commitment_id=project.contract if where.get("sov_line_id") else None,
            lines=[LineInput("Work", 1, price, **where)],
        ).value.id  # fmt: skip

    ids = {
        "ce": make("Extra footing", "change_event", "1000.01", cost_code_id=code),
        "cor": make("Deeper piles", "request", "999.99", sov_line_id=sov),
        "small": make("Sealant", "change_event", "0.01", cost_code_id=code),
        "rejected": make("Gold taps", "change_event", "5000.00", cost_code_id=code),
        "steel": make("Steel only", "change_event", "700.00"),  # maps to no line
    }
    change_orders.submit(store, ids["cor"])
    change_orders.submit(store, ids["rejected"])
    change_orders.reject(store, ids["rejected"], "Not in the brief")
    return ids


def test_the_drill_down_change_orders_add_up_to_the_pending_figure(
    qtbot: QtBot, make_window: MakeWindow, cost_project: CostProject
) -> None:
    ids = changes_on_concrete(cost_project)
    window = make_window(cost_project.ctx, "budget", "change_orders")
    page = window.show_page("budget")
    assert isinstance(page, BudgetPage)
    qtbot.waitUntil(lambda: page.controller.state is not None, timeout=20_000)
    with qtbot.waitSignal(page.controller.drill_loaded):
        assert page.reveal(cost_project.concrete)
    m = page.drill.change_model
    rows = {
        m.row_at(r).id: [str(m.data(m.index(r, c))) for c in range(m.columnCount())]
        for r in range(m.rowCount())
    }
    assert set(rows) == {ids["ce"], ids["cor"], ids["small"], ids["rejected"]}
    assert rows[ids["cor"]][1:5] == ["Deeper piles", "Change order request", "Pending", "999.99"]
    assert rows[ids["rejected"]][3:] == ["Rejected", "5,000.00", ""]  # decided: not weighted
    shown = sum((Decimal(r[5].replace(",", "")) for r in rows.values() if r[5]), Decimal(0))
    # 50 % × 1,000.01 + 75 % × 999.99 + 50 % × 0.01 = 1,250.0025: rounded once, 1,250.00
    # (each alone rounded: 500.01 + 749.99 + 0.01 = 1,250.01)
    line = next(ln for ln in core(cost_project).lines if ln.line_id == cost_project.concrete)
    assert line.pending_weighted == Decimal("1250.00")
    assert shown == line.pending_weighted
    assert cell(page, cost_project.concrete, Col.PENDING) == "1,250.00"
    assert "4 change orders" in page.drill.heading.text()
    # a double-click opens the change order on its page
    page.drill.tabs.setCurrentWidget(page.drill.change_table)
    table = page.drill.change_table
    index = m.index(m.find(ids["cor"]), 1)
    qtbot.waitUntil(lambda: not table.visualRect(index).isEmpty())  # laid out
    orders = window.page_widgets["change_orders"]
    assert isinstance(orders, ChangeOrdersPage)
    at = table.visualRect(index).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=at)  # as a hand does
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=at)
    qtbot.waitUntil(
        lambda: orders.detail is not None and orders.detail.row.id == ids["cor"], timeout=10_000
    )
    assert window.pages.currentWidget() is orders
    assert not window.error_messages  # type: ignore[attr-defined]


def test_a_transfer_is_made_submitted_and_approved_from_the_page(
    qtbot: QtBot, make_window: MakeWindow, cost_project: CostProject
) -> None:
    window, page = open_page(qtbot, make_window, cost_project.ctx)
    page.reveal(cost_project.contingency)
    idle(qtbot, window)
    dialog = page.controller.new_transfer()
    assert isinstance(dialog, TransferDialog)
    assert dialog.from_box.currentData() == cost_project.contingency  # the line selected
    dialog.to_box.setCurrentIndex(dialog.to_box.findData(cost_project.design))
    qtbot.keyClicks(dialog.amount, "12,500.00")
    qtbot.keyClicks(dialog.title_edit, "Facade consultant")
    qtbot.keyClicks(dialog.reason, "Specialist facade engineer needed")
    with qtbot.waitSignal(page.controller.budget_loaded, timeout=10_000):
        dialog.submit()
    idle(qtbot, window)
    assert page.tabs.currentWidget() is page.transfers
    row = page.controller.transfer
    assert row is not None and row.title == "Facade consultant" and row.status == "draft"
    assert row.amount == Decimal("12500.00")
    # a draft does not count yet
    assert cell(page, cost_project.design, Col.APPROVED) == "120,000.00"
    with qtbot.waitSignal(page.controller.budget_loaded):
        qtbot.mouseClick(page.transfers.submit_button, Qt.MouseButton.LeftButton)
    idle(qtbot, window)
    assert page.controller.transfer is not None
    assert page.controller.transfer.status == "pending"
    assert "submitted" in page.message.text()
    page.transfers.approve_button.click()
    approve = page.dialog
    assert isinstance(approve, TransferDecision)
    assert approve.name.text() == "Robin Rep"  # the user's name from the settings
    with qtbot.waitSignal(page.controller.budget_loaded):
        approve.submit()
    idle(qtbot, window)
    assert page.controller.transfer is not None
    assert page.controller.transfer.status == "approved"
    assert cell(page, cost_project.design, Col.APPROVED) == "132,500.00"
    f = core(cost_project)
    assert f.contingency_drawdown == Decimal("37500.00")
    assert page.strip.values["contingency"].text().split(" · ")[1] == "EUR 37,500.00"
    events = [page.transfers.events.item(i).text() for i in range(page.transfers.events.count())]
    assert any("Robin Rep" in e for e in events)
    assert not window.error_messages  # type: ignore[attr-defined]


def test_refusals_are_said_in_words_under_their_box(
    qtbot: QtBot, make_window: MakeWindow, cost_project: CostProject
) -> None:
    window, page = open_page(qtbot, make_window, cost_project.ctx)
    dialog = page.controller.new_transfer()
    assert dialog is not None
    dialog.from_box.setCurrentIndex(dialog.from_box.findData(cost_project.design))
    dialog.to_box.setCurrentIndex(dialog.to_box.findData(cost_project.steel))
    qtbot.keyClicks(dialog.amount, "999999")
    qtbot.keyClicks(dialog.title_edit, "Too much")
    qtbot.keyClicks(dialog.reason, "Testing")
    dialog.submit()
    label = dialog.errors.label("amount")
    assert label is not None
    qtbot.waitUntil(label.isVisible)
    assert "would leave it at" in label.text() and "BL-" in label.text()
    assert dialog.isVisible()  # nothing typed is lost
    dialog.reject()
    # nothing was written
    with cost_project.ctx.store.read() as s:
        assert [t.title for t in queries.list_transfers(s, cost_project.project_id)] == [
            "Ground conditions"
        ]
    # a pending transfer rejected without a reason: said under the reason box
    store = cost_project.ctx.store
    t = budget.create_transfer(
        store, cost_project.project_id, title="Loose furniture", reason="FF&E scope grew",
        from_line_id=cost_project.contingency, to_line_id=cost_project.design, amount="5000",
    ).value  # fmt: skip
    with qtbot.waitSignal(page.controller.budget_loaded):
        window.changed.emit(budget.submit_transfer(store, t.id).changes)
    page.show_tab(page.transfers)
    with qtbot.waitSignal(page.controller.events_loaded):
        assert page.transfers.select(t.id)
    page.transfers.reject_button.click()
    reject = page.dialog
    assert isinstance(reject, TransferDecision)
    reject.submit()
    note = reject.errors.label("note")
    assert note is not None
    qtbot.waitUntil(note.isVisible)
    assert note.text() == "Rejecting a transfer needs a reason."
    qtbot.keyClicks(reject.note, "Furniture comes from the owner's own budget")
    with qtbot.waitSignal(page.controller.budget_loaded):
        reject.submit()
    idle(qtbot, window)
    assert page.controller.transfer is not None
    assert page.controller.transfer.status == "rejected"


@pytest.mark.parametrize("size", [LAPTOP, SMALL], ids=["1366x768", "1280x720"])
def test_fits_a_laptop(
    qtbot: QtBot, make_window: MakeWindow, cost_project: CostProject, size: object
) -> None:
    window, page = open_page(qtbot, make_window, cost_project.ctx)
    page.reveal(cost_project.concrete)
    for tab in range(page.tabs.count()):
        page.tabs.setCurrentIndex(tab)
        idle(qtbot, window)
        fit(qtbot, window, size)  # type: ignore[arg-type]
        least = minimum(window)
        assert least.width() <= SMALL.width() and least.height() <= SMALL.height()
        spec = next(s for s in registry.PAGES if s.key == "budget")
        for widget in registry.primary_widgets(page, spec):
            assert shown_whole(widget, window) is None


def test_charts_and_opening_a_line_by_id(
    qtbot: QtBot, make_window: MakeWindow, cost_project: CostProject
) -> None:
    window, page = open_page(qtbot, make_window, cost_project.ctx)
    with qtbot.waitSignal(page.controller.charts_loaded):
        page.show_tab(page.charts)
    f = core(cost_project)
    bars = page.charts.burn.bars
    assert [b.value for b in bars] == [
        float(f.contingency_original),
        float(f.contingency_drawdown),
        float(f.contingency_remaining),
    ]
    assert bars[2].text == "EUR 75,000"
    with cost_project.ctx.store.read() as s:
        flows = cash_flow(s, cost_project.project_id)
    assert flows and page.charts.flow.labels == [m.month.strftime("%Y-%m") for m in flows]
    assert page.charts.flow.lines[0].values[-1] == float(flows[-1].planned_cumulative)
    # no cost report issued yet: the trend is today's point, and a note says how it grows
    assert page.charts.trend.labels == ["2026-11-25"]
    assert page.charts.trend.lines[0].values == (float(f.total.eac),)
    assert not page.charts.trend_note.isHidden()
    assert "Monthly cost report" in page.charts.trend_note.text()
    with qtbot.waitSignal(page.controller.drill_loaded):
        assert open_record(window, "budget_line", cost_project.steel)
    node = page.model.node(page.tree.currentIndex())
    assert node is not None and node.key == cost_project.steel
    assert page.tabs.currentIndex() == 0
    assert isinstance(page.tree.currentIndex(), QModelIndex)


def issue_cost_report(project: CostProject, day: dt.date, out: Path) -> None:
    """The monthly cost report of ``day``'s month, issued that day (the clock pinned)."""
    ctx = project.ctx
    env = ReportEnv(ctx.store, ctx.paths, ctx.settings.branding, ctx.settings.thresholds)
    with clock.pinned(day):
        issue_report(env, ReportRequest(ReportKind.COST, project.project_id, out, day, "Robin"))


def test_the_eac_trend_chart_shows_the_issued_reports_then_today(
    qtbot: QtBot, make_window: MakeWindow, cost_project: CostProject, tmp_path: Path
) -> None:
    store, pid = cost_project.ctx.store, cost_project.project_id
    issue_cost_report(cost_project, dt.date(2026, 9, 30), tmp_path / "sep.pdf")
    september = core(cost_project).total
    t = budget.create_transfer(
        store, pid, title="Owner scope", reason="Owner adds a canopy",
        from_line_id=None, to_line_id=cost_project.steel, amount="40000.00",
    ).value  # fmt: skip
    budget.submit_transfer(store, t.id)
    budget.approve_transfer(store, t.id, approver="Pat Owner")
    window, page = open_page(qtbot, make_window, cost_project.ctx)
    with qtbot.waitSignal(page.controller.charts_loaded):
        page.show_tab(page.charts)
    now = core(cost_project).total
    assert now.approved_budget == september.approved_budget + Decimal("40000.00")
    chart = page.charts.trend
    assert chart.labels == ["2026-09-30", "2026-11-25"]
    eac, approved = chart.lines
    assert approved.values == (float(september.approved_budget), float(now.approved_budget))
    assert eac.values == (float(september.eac), float(now.eac))
    assert page.controller.trend == eac_trend(store, pid)
    assert page.charts.trend_note.isHidden()  # two points: no need to say how it grows
    # a report issued meanwhile (on the Reports page) is there when the charts show again
    page.show_tab(page.by_code)
    issue_cost_report(cost_project, dt.date(2026, 10, 31), tmp_path / "oct.pdf")
    with qtbot.waitSignal(page.controller.charts_loaded):
        page.show_tab(page.charts)
    assert chart.labels == ["2026-09-30", "2026-10-31", "2026-11-25"]
    assert chart.lines[0].values[1] == float(now.eac)
    fit(qtbot, window, LAPTOP)  # the three charts fit the laptop's window whole
    for shown in (page.charts.burn, page.charts.trend, page.charts.flow):
        assert shown_whole(shown, window) is None
    assert not window.error_messages  # type: ignore[attr-defined]


def funding_core(project: CostProject) -> list[FundingFigures]:
    with project.ctx.store.read() as s:
        return funding_figures(s, project.project_id)


def funding_shown(page: BudgetPage) -> list[list[str]]:
    m = page.funding.model
    return [
        [str(m.data(m.index(r, c))) for c in range(m.columnCount())] for r in range(m.rowCount())
    ]


def test_funding_sources_against_the_lines_they_pay_for(
    qtbot: QtBot, make_window: MakeWindow, cost_project: CostProject
) -> None:
    store, pid = cost_project.ctx.store, cost_project.project_id
    loan = budget.create_funding_source(
        store, pid, name="Construction loan", amount="1000000.00"
    ).value.id
    for line in (cost_project.concrete, cost_project.steel):
        budget.update_budget_line(store, line, funding_source_id=loan)
    window, page = open_page(qtbot, make_window, cost_project.ctx)
    page.show_tab(page.funding)
    # the rows are funding_figures' to the cent: the loan pays for the concrete (EAC
    # 400,000 committed + 125,000 uncommitted) and the steel (600,000 + 100,000)
    rows = funding_core(cost_project)
    assert [(f.name, f.eac, f.headroom) for f in rows] == [
        ("Construction loan", Decimal("1225000.00"), Decimal("-225000.00")),
        ("", Decimal("195000.00"), Decimal("-195000.00")),  # design and contingency
    ]
    assert funding_shown(page) == [
        ["Construction loan", "2", "1,000,000.00", "1,225,000.00", "1,225,000.00",
         "short by 225,000.00"],
        ["Unfunded (no source)", "2", "—", "195,000.00", "195,000.00", "short by 195,000.00"],
    ]  # fmt: skip
    m = page.funding.model
    red = m.data(m.index(0, 5), Qt.ItemDataRole.ForegroundRole)
    assert red is not None and red.name().lower() == RAG_COLOURS["red"].lower()
    assert "EUR 1,000,000.00" in page.funding.summary.text()
    assert "short by EUR 420,000.00" in page.funding.summary.text()
    assert not page.funding.edit_button.isEnabled()  # nothing selected yet

    # a new source: bad input is one line under its box, nothing is written
    page.funding.new_button.click()
    dialog = page.dialog
    assert isinstance(dialog, FundingDialog)
    qtbot.keyClicks(dialog.name, "Capital grant")
    qtbot.keyClicks(dialog.amount, "50,000.005")
    dialog.submit()
    label = dialog.errors.label("amount")
    assert label is not None
    qtbot.waitUntil(label.isVisible)
    assert "more than 2 decimals" in label.text() and "\n" not in label.text()
    assert len(funding_core(cost_project)) == 2
    dialog.amount.clear()
    qtbot.keyClicks(dialog.amount, "50,000.00")
    qtbot.keyClicks(dialog.note, "Regional development fund")
    with qtbot.waitSignal(page.controller.budget_loaded, timeout=10_000):
        dialog.submit()
    idle(qtbot, window)
    grant = page.funding.current()
    assert grant is not None and grant.name == "Capital grant"  # selected once made
    assert (grant.amount, grant.lines, grant.headroom) == (
        Decimal("50000.00"),
        0,
        Decimal("50000.00"),
    )
    assert grant.note == "Regional development fund"

    # the loan's amount changed: the headroom follows, no longer short
    page.funding.select(loan)
    assert page.funding.edit_button.isEnabled()
    page.funding.edit_button.click()
    edit = page.dialog
    assert isinstance(edit, FundingDialog) and edit.source is not None
    assert edit.amount.text() == "1,000,000.00"  # what it provides today
    edit.amount.clear()
    qtbot.keyClicks(edit.amount, "1,300,000.00")
    with qtbot.waitSignal(page.controller.budget_loaded, timeout=10_000):
        edit.submit()
    idle(qtbot, window)
    shown = funding_shown(page)
    assert shown == [
        [f.name or "Unfunded (no source)", str(f.lines),
         money(f.amount) if f.source_id else "—", money(f.approved_budget), money(f.eac),
         money(f.headroom) if f.headroom >= 0 else f"short by {money(-f.headroom)}"]
        for f in funding_core(cost_project)
    ]  # fmt: skip
    assert shown[1][0] == "Construction loan" and shown[1][5] == "75,000.00"
    assert m.data(m.index(1, 5), Qt.ItemDataRole.ForegroundRole) is None
    current = page.funding.current()
    assert current is not None and current.source_id == loan  # still selected
    assert not window.error_messages  # type: ignore[attr-defined]
