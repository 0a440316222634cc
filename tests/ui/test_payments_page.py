"""The payment applications page: the list (claimed this period, certified amount, with
the currency in the headers), the review of an application — the G703 lines and the
G702 summary equal to ``queries.certificate_of``, the claim beside the evidence with the
over-claim flagged in colour and in words — a line reduced (the reason required, the
summary following), the others approved, certify refused in one line while a line is
undecided, then certified end to end with the user's name; a new application's claim is
edited in the table (a claim over 100 % refused in one line); the over-claim threshold
of the Settings page decides what is flagged; the page fits 1280×720."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from cost_ui_fixtures import CostProject, cost_project
from gui_fixtures import MakeWindow, gui_ctx, idle, make_window
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHeaderView
from pytestqt.qtbot import QtBot
from test_laptop_fit import LAPTOP, SMALL, fit, minimum, shown_whole

from executrek.app import settings as settings_mod
from executrek.app.context import AppContext
from executrek.models.records.cost import queries
from executrek.models.records.cost.evidence import evidence_of
from executrek.ui.labels import money
from executrek.ui.main_window import MainWindow
from executrek.ui.open_record import open_record
from executrek.ui.pages import registry
from executrek.ui.pages.payment_dialogs import (
    CertifyDialog,
    LineDecisionDialog,
    NewApplicationDialog,
    WithholdDialog,
)
from executrek.ui.pages.payment_review import FITTED, G702_ROWS, Col
from executrek.ui.pages.payments_page import PaymentsPage
from executrek.ui.pages.settings_page import SettingsPage

__all__ = ["cost_project", "gui_ctx", "make_window"]


def open_page(
    qtbot: QtBot, make_window: MakeWindow, ctx: AppContext, app_id: str | None = None
) -> tuple[MainWindow, PaymentsPage]:
    window = make_window(ctx, "payments")
    page = window.show_page("payments")
    assert isinstance(page, PaymentsPage)
    qtbot.waitUntil(lambda: page.controller.found is not None, timeout=20_000)
    idle(qtbot, window)
    if app_id is not None:
        with qtbot.waitSignal(page.controller.review_loaded):
            page.table.selectRow(page.model.find(app_id))
        idle(qtbot, window)
    return window, page


def cells(page: PaymentsPage, col: Col) -> list[str]:
    m = page.review.model
    return [str(m.data(m.index(r, col))) for r in range(m.rowCount())]


def line_row(page: PaymentsPage, item: str) -> int:
    m = page.review.model
    return next(r for r in range(m.rowCount()) if m.row_at(r).line.item == item)


def review_changed(qtbot: QtBot, page: PaymentsPage) -> object:
    return qtbot.waitSignal(page.controller.review_loaded, timeout=10_000)


def test_list_and_review_show_the_certificate_and_the_evidence(
    qtbot: QtBot, make_window: MakeWindow, cost_project: CostProject
) -> None:
    window, page = open_page(qtbot, make_window, cost_project.ctx)
    m = page.model
    assert m.rowCount() == 1
    assert [m.data(m.index(0, c)) for c in range(m.columnCount())] == [
        "PA-001", "SC-001", "Nordbau GmbH", "2026-10-01 – 2026-10-31", "Under review",
        "320,000.00", "",
    ]  # fmt: skip
    assert m.headerData(5, Qt.Orientation.Horizontal) == "Claimed this period"
    assert page.currency_note.text() == "Amounts in EUR"
    with qtbot.waitSignal(page.controller.review_loaded):
        page.table.selectRow(0)
    with cost_project.ctx.store.read() as s:
        cert = queries.certificate_of(s, cost_project.app)
        evidence = {e.item: e for e in evidence_of(s, cost_project.app)}
    assert cells(page, Col.ITEM) == [g.item for g in cert.lines]
    assert cells(page, Col.SCHEDULED) == [money(g.scheduled) for g in cert.lines]
    for key, _caption in G702_ROWS:
        assert page.review.summary.values[key].text() == money(getattr(cert.summary, key), "EUR")
    # claimed % beside the schedule's; item 2 over-claims: flagged in red AND in words
    steel = evidence["2"]
    assert steel.over_claim and steel.schedule_pct == Decimal("20.0")
    row = line_row(page, "2")
    rm = page.review.model
    check = rm.index(row, Col.CHECK)
    assert rm.data(check).startswith("⚠ Over-claim +14.3")
    assert rm.data(check, Qt.ItemDataRole.ForegroundRole) == QColor("#C62828")
    assert rm.data(rm.index(row, Col.CLAIMED_PCT)) == "34.3 %"
    assert rm.data(rm.index(row, Col.SCHEDULE_PCT)) == "20.0 %"
    assert rm.data(rm.index(line_row(page, "1"), Col.CHECK)) == "✓ within evidence"
    assert rm.data(rm.index(line_row(page, "3"), Col.SCHEDULE_PCT)) == "no activity"
    assert rm.data(rm.index(row, Col.DEFECTS)) == f"{steel.open_ncrs} · {steel.open_punch}"
    assert steel.open_ncrs == 1  # the honeycombing NCR
    assert "1 over-claimed line(s)" in page.review.heading.text()
    page.review.table.selectRow(row)
    assert "Over-claimed by 14.3 percentage points." in page.review.evidence.text()
    assert not window.error_messages  # type: ignore[attr-defined]


def test_the_over_claim_threshold_of_the_settings_decides_what_is_flagged(
    qtbot: QtBot, make_window: MakeWindow, cost_project: CostProject
) -> None:
    """Item 2 claims 34.3 % against the schedule's 20.0 %: +14.3 points is an over-claim
    beyond the default 10 points, not beyond 15."""
    window = make_window(cost_project.ctx, "payments", "settings")
    page = window.show_page("payments")
    assert isinstance(page, PaymentsPage)
    qtbot.waitUntil(lambda: page.controller.found is not None, timeout=20_000)
    with review_changed(qtbot, page):
        page.table.selectRow(page.model.find(cost_project.app))
    rm = page.review.model
    assert rm.data(rm.index(line_row(page, "2"), Col.CHECK)).startswith("⚠ Over-claim +14.3")
    settings = window.show_page("settings")
    assert isinstance(settings, SettingsPage)
    assert settings.over_claim.value() == 10.0
    assert "claimed % complete" in settings.over_claim.toolTip()
    settings.over_claim.setValue(15.0)
    with review_changed(qtbot, page):  # saved: the review is read again
        settings.save_button.click()
    assert cost_project.ctx.settings.thresholds.over_claim_pct == 15.0
    assert settings_mod.load(cost_project.ctx.paths.settings_file).thresholds.over_claim_pct == 15
    row = line_row(page, "2")
    assert rm.data(rm.index(row, Col.CHECK)) == "✓ within evidence"
    assert rm.data(rm.index(row, Col.CHECK), Qt.ItemDataRole.ForegroundRole) is None
    assert "over-claimed" not in page.review.heading.text()
    # and back below the claim's 14.3 points: flagged again
    settings.over_claim.setValue(14.0)
    with review_changed(qtbot, page):
        settings.save_button.click()
    assert rm.data(rm.index(line_row(page, "2"), Col.CHECK)).startswith("⚠ Over-claim +14.3")
    assert not window.error_messages  # type: ignore[attr-defined]


def test_reduce_approve_and_certify_end_to_end(
    qtbot: QtBot, make_window: MakeWindow, cost_project: CostProject
) -> None:
    window, page = open_page(qtbot, make_window, cost_project.ctx, cost_project.app)
    review = page.review
    due_before = review.summary.values["payment_due"].text()
    # reduce the over-claimed steel line: the reason is required
    review.table.selectRow(line_row(page, "2"))
    review.buttons["reduce"].click()
    dialog = page.dialog
    assert isinstance(dialog, LineDecisionDialog)
    dialog.work.setText("50,000.00")
    dialog.submit()
    reason = dialog.errors.label("reason")
    assert reason is not None
    qtbot.waitUntil(reason.isVisible)
    assert reason.text() == "Reducing a line needs a reason."
    qtbot.keyClicks(dialog.reason, "Steel frame 20 % complete on the October update")
    with review_changed(qtbot, page):
        dialog.submit()
    idle(qtbot, window)
    row = line_row(page, "2")
    rm = review.model
    assert rm.data(rm.index(row, Col.DECISION)) == "Reduced"
    assert rm.data(rm.index(row, Col.APPROVED)) == "70,000.00"  # 50,000 work + 20,000 stored
    with cost_project.ctx.store.read() as s:
        cert = queries.certificate_of(s, cost_project.app)
    due = money(cert.summary.payment_due, "EUR")
    assert review.summary.values["payment_due"].text() == due != due_before
    # certify with a line still undecided: one line on the page, no box
    review.buttons["certify"].click()
    certify = page.dialog
    assert isinstance(certify, CertifyDialog)
    certify.submit()
    qtbot.waitUntil(lambda: page.message.isVisible())
    assert "not decided yet" in page.message.text() and "\n" not in page.message.text()
    assert not certify.isVisible()
    # approve the other two by keyboard-like steps (approve moves to the next to decide)
    review.table.selectRow(line_row(page, "1"))
    with review_changed(qtbot, page):
        review.buttons["approve"].click()
    idle(qtbot, window)
    assert review.selected_line() is not None
    assert review.selected_line().line.item == "3"  # type: ignore[union-attr]
    with review_changed(qtbot, page):
        review.buttons["approve"].click()
    idle(qtbot, window)
    assert cells(page, Col.DECISION) == ["Approved", "Reduced", "Approved"]
    with cost_project.ctx.store.read() as s:
        cert = queries.certificate_of(s, cost_project.app)
    review.buttons["certify"].click()
    certify = page.dialog
    assert isinstance(certify, CertifyDialog)
    assert certify.name.text() == "Robin Rep"
    assert money(cert.summary.payment_due, "EUR") in certify.intro.text()
    assert "Nordbau GmbH" in certify.intro.text()
    with qtbot.waitSignal(page.controller.list_loaded, timeout=10_000):
        certify.submit()
    idle(qtbot, window)
    assert not page.message.isVisible()
    listed = page.model.row_at(0)
    assert listed.row.status == "certified"
    assert listed.row.certified_amount == cert.summary.payment_due
    assert listed.row.certified_by == "Robin Rep"
    assert page.model.data(page.model.index(0, 6)) == money(cert.summary.payment_due)
    assert "certified EUR" in review.heading.text()
    assert not review.buttons["certify"].isEnabled()
    assert not window.error_messages  # type: ignore[attr-defined]


def test_a_new_application_and_its_claim_edited_in_the_table(
    qtbot: QtBot, make_window: MakeWindow, cost_project: CostProject
) -> None:
    window, page = open_page(qtbot, make_window, cost_project.ctx, cost_project.app)
    page.review.buttons["void"].click()  # one open application per commitment: void it
    void = page.dialog
    assert void is not None
    qtbot.keyClicks(void.reason, "Sent again with the right period")  # type: ignore[attr-defined]
    with qtbot.waitSignal(page.controller.list_loaded):
        void.submit()  # type: ignore[attr-defined]
    idle(qtbot, window)
    dialog = page.controller.new_application()
    assert isinstance(dialog, NewApplicationDialog)
    assert dialog.commitment.currentData() == cost_project.contract
    assert dialog.start.date().toPython() == dt.date(2026, 10, 1)  # last month
    with qtbot.waitSignal(page.controller.review_loaded, timeout=10_000):
        dialog.submit()
    idle(qtbot, window)
    review = page.controller.review
    assert review is not None and review.cert.status == "draft" and review.cert.number == "PA-002"
    rm = page.review.model
    assert rm.editable
    index = rm.index(line_row(page, "3"), Col.WORK)
    assert rm.flags(index) & Qt.ItemFlag.ItemIsEditable
    with review_changed(qtbot, page):
        assert rm.setData(index, "25,000")
    idle(qtbot, window)
    assert rm.data(rm.index(line_row(page, "3"), Col.WORK)) == "25,000.00"
    rm.setData(rm.index(line_row(page, "3"), Col.WORK), "300000")  # over 100 %
    qtbot.waitUntil(lambda: page.message.isVisible())
    assert "over 100 %" in page.message.text()
    assert not window.error_messages  # type: ignore[attr-defined]


def test_open_by_id_and_fit_a_laptop(
    qtbot: QtBot, make_window: MakeWindow, cost_project: CostProject
) -> None:
    window, page = open_page(qtbot, make_window, cost_project.ctx)
    qtbot.keyClicks(page.search, "no such thing")
    idle(qtbot, window)
    with qtbot.waitSignal(page.controller.review_loaded):
        assert open_record(window, "pay_application", cost_project.app)
    spec = next(s for s in registry.PAGES if s.key == "payments")
    for size in (LAPTOP, SMALL):
        fit(qtbot, window, size)
        least = minimum(window)
        assert least.width() <= SMALL.width() and least.height() <= SMALL.height()
        for widget in registry.primary_widgets(page, spec):
            assert shown_whole(widget, window) is None


def test_withholding_takes_the_evidence_suggestion_and_needs_a_reason(
    qtbot: QtBot, make_window: MakeWindow, cost_project: CostProject
) -> None:
    window, page = open_page(qtbot, make_window, cost_project.ctx, cost_project.app)
    review = page.controller.review
    assert review is not None
    suggested = review.suggested_withholding
    assert suggested > 0  # the open NCR against the contractor
    page.review.buttons["withhold"].click()
    dialog = page.dialog
    assert isinstance(dialog, WithholdDialog)
    assert dialog.amount.text() == f"{suggested:f}"
    assert money(suggested, "EUR") in dialog.column.itemAt(0).widget().text()  # type: ignore[union-attr]
    dialog.submit()
    reason = dialog.errors.label("reason")
    assert reason is not None
    qtbot.waitUntil(reason.isVisible)
    assert reason.text() == "Withholding needs a reason."
    qtbot.keyClicks(dialog.reason, "NCR-001 honeycombing not repaired")
    with review_changed(qtbot, page):
        dialog.submit()
    idle(qtbot, window)
    summary = page.review.summary
    assert summary.values["withholding"].text() == money(suggested, "EUR")
    assert "honeycombing" in summary.withholding_reason.text()
    assert not window.error_messages  # type: ignore[attr-defined]


def test_the_review_columns_fit_their_contents_as_qt_would(
    qtbot: QtBot, make_window: MakeWindow, cost_project: CostProject
) -> None:
    """The review fits its columns itself once per review (Qt's ResizeToContents asks the
    delegate for every cell on every layout pass, the bulk of a 300-line review's first
    paint): the widths are Qt's own, with the lines and with none."""
    window, page = open_page(qtbot, make_window, cost_project.ctx, cost_project.app)
    header = page.review.table.horizontalHeader()

    def widths() -> tuple[list[int], list[int]]:
        ours = [header.sectionSize(c) for c in FITTED]
        for c in FITTED:
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        qtbot.wait(20)
        qts = [header.sectionSize(c) for c in FITTED]
        for c in FITTED:
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.Fixed)
        return ours, qts

    assert page.review.model.rowCount() > 0
    ours, qts = widths()
    assert ours == qts
    assert header.sectionSize(Col.CHECK) > header.sectionSizeHint(Col.CHECK)  # the texts
    page.table.selectionModel().clear()
    page.controller.select(None)
    ours, qts = widths()
    assert ours == qts
    assert not window.error_messages  # type: ignore[attr-defined]


def test_typed_amounts_are_read_as_imported_money_cells() -> None:
    """A dialog's amount box reads what a person types as the imports read a money cell
    (currency marks, grouping); fractions of a cent and words go on to the service, which
    says what is wrong in one line."""
    from executrek.ui.pages.cost_labels import parse_money

    assert parse_money("USD 2 500") == Decimal("2500")
    assert parse_money("1,234.50") == Decimal("1234.50")
    assert parse_money("  ") == Decimal(0)
    assert parse_money("50,000.005") == Decimal("50000.005")
    assert parse_money("abc") == "abc"
