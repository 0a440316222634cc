"""The commitment services a user reaches from the screens: a commitment's header edited
(what only a draft may change is read-only once executed; a bad value refused under its
box with what was typed kept), an SOV line removed once confirmed (a line with claims
refused in words), a commitment closed (refused while an application is open), reopened
and voided, each saying what it means for the figures; and on the payments page
retainage released with what is held proposed and more than that refused. Each is
checked in the store and in the screen's figures."""

from __future__ import annotations

from decimal import Decimal

from cost_ui_fixtures import CostProject, cost_project
from gui_fixtures import MakeWindow, gui_ctx, idle, make_window
from pytestqt.qtbot import QtBot
from test_commitments_page import open_page, select, shown
from test_payments_page import open_page as open_payments
from test_payments_page import review_changed

from executrek.models.records.cost import payments, queries
from executrek.models.records.cost.figures import budget_figures
from executrek.models.records.cost.payment_model import PayApplication
from executrek.ui.labels import money
from executrek.ui.pages.commitment_dialogs import (
    CommitmentDialog,
    CommitmentStepDialog,
    RemoveLineDialog,
)
from executrek.ui.pages.commitments_page import CommitmentsPage
from executrek.ui.pages.payment_dialogs import ReleaseDialog

__all__ = ["cost_project", "gui_ctx", "make_window"]


def row_of(cp: CostProject, commitment_id: str) -> queries.CommitmentRow:
    with cp.ctx.store.read() as s:
        return next(r for r in queries.list_commitments(s, cp.project_id) if r.id == commitment_id)


def committed(cp: CostProject) -> Decimal:
    with cp.ctx.store.read() as s:
        return budget_figures(s, cp.project_id).total.committed


def refusal(qtbot: QtBot, dialog: object, field: str | None = None) -> str:
    errors = dialog.errors  # type: ignore[attr-defined]
    label = errors.general if field is None else errors.label(field)
    assert label is not None
    qtbot.waitUntil(label.isVisible)
    text: str = label.text()
    assert "\n" not in text
    return text


def test_the_header_is_edited_and_a_bad_value_keeps_what_was_typed(
    qtbot: QtBot, make_window: MakeWindow, cost_project: CostProject
) -> None:
    window, page = open_page(qtbot, make_window, cost_project.ctx)
    select(qtbot, page, cost_project.contract)
    page.pane.edit_button.click()
    dialog = page.dialog
    assert isinstance(dialog, CommitmentDialog)
    assert dialog.title_edit.text() == "Main works"
    assert not dialog.value.isEnabled() and not dialog.retainage.isEnabled()  # executed
    dialog.title_edit.clear()
    dialog.submit()
    assert refusal(qtbot, dialog, "title") == "Title is required."
    assert dialog.isVisible()
    qtbot.keyClicks(dialog.title_edit, "Main works, phase 1")
    with qtbot.waitSignal(page.controller.list_loaded, timeout=10_000):
        dialog.submit()
    assert row_of(cost_project, cost_project.contract).title == "Main works, phase 1"
    assert shown(page)["SC-001"][0] == "SC-001 · Main works, phase 1"
    # a draft's retainage terms: 120 % refused under its box, the rest typed kept
    select(qtbot, page, cost_project.order)
    page.pane.edit_button.click()
    draft = page.dialog
    assert isinstance(draft, CommitmentDialog) and draft.retainage.isEnabled()
    draft.retainage.setText("120")
    draft.title_edit.end(False)  # the title is selected on opening: type after it
    qtbot.keyClicks(draft.title_edit, " (B500)")
    draft.submit()
    assert refusal(qtbot, draft, "retainage_pct") == (
        "Retainage must be between 0 and 100 % (got 120 %)."
    )
    assert draft.isVisible() and draft.title_edit.text() == "Rebar supply (B500)"
    draft.retainage.setText("5")
    with qtbot.waitSignal(page.controller.detail_loaded, timeout=10_000):
        draft.submit()
    row = row_of(cost_project, cost_project.order)
    assert (row.title, row.retainage_pct) == ("Rebar supply (B500)", Decimal("5.00"))
    assert "retainage 5 %" in page.pane.side.info.text()
    assert not window.error_messages  # type: ignore[attr-defined]


def pick_line(page: CommitmentsPage, item: str) -> None:
    m = page.pane.sov_model
    row = next(r for r in range(m.rowCount()) if m.row_at(r).item == item)
    page.pane.sov_table.selectRow(row)


def test_a_line_is_removed_once_confirmed_and_a_claimed_line_never(
    qtbot: QtBot, make_window: MakeWindow, cost_project: CostProject
) -> None:
    window, page = open_page(qtbot, make_window, cost_project.ctx)
    select(qtbot, page, cost_project.contract)
    assert not page.pane.remove_line_button.isEnabled()  # no line selected
    pick_line(page, "1")
    assert page.pane.remove_line_button.isEnabled()
    page.pane.remove_line_button.click()
    dialog = page.dialog
    assert isinstance(dialog, RemoveLineDialog)
    dialog.submit()
    assert refusal(qtbot, dialog) == (
        "Item 1 is claimed in PA-001; a line with claims cannot be removed."
    )
    dialog.reject()
    with cost_project.ctx.store.read() as s:
        assert len(queries.sov_of(s, cost_project.contract)) == 3
    select(qtbot, page, cost_project.order)
    pick_line(page, "1")
    page.pane.remove_line_button.click()
    confirm = page.dialog
    assert isinstance(confirm, RemoveLineDialog)
    intro = confirm.column.itemAt(0).widget().text()  # type: ignore[union-attr]
    assert "Rebar B500" in intro and "adds up to EUR 0.00 of the contract value" in intro
    with qtbot.waitSignal(page.controller.detail_loaded, timeout=10_000):
        confirm.submit()
    with cost_project.ctx.store.read() as s:
        assert queries.sov_of(s, cost_project.order) == []
    assert page.pane.sov_model.rowCount() == 0
    assert "adds up to EUR 0.00 of the contract value EUR 80,000.00" in (page.pane.side.info.text())
    assert "Item 1 is removed from PO-001." in page.message.text()
    assert not window.error_messages  # type: ignore[attr-defined]


def test_close_reopen_and_void_say_what_they_mean_for_the_figures(
    qtbot: QtBot, make_window: MakeWindow, cost_project: CostProject
) -> None:
    window, page = open_page(qtbot, make_window, cost_project.ctx)
    before = committed(cost_project)
    select(qtbot, page, cost_project.contract)
    assert not page.pane.reopen_button.isEnabled() and not page.pane.void_button.isEnabled()
    page.pane.close_button.click()
    dialog = page.dialog
    assert isinstance(dialog, CommitmentStepDialog)
    assert "stays committed" in dialog.column.itemAt(0).widget().text()  # type: ignore[union-attr]
    dialog.submit()
    assert refusal(qtbot, dialog) == (
        "SC-001 still has an open pay application (PA-001); certify or void it first."
    )
    dialog.reject()
    payments.void_application(
        cost_project.ctx.store, cost_project.app, approver="Robin Rep", reason="Wrong period"
    )
    idle(qtbot, window)
    page.pane.close_button.click()
    close = page.dialog
    assert isinstance(close, CommitmentStepDialog)
    with qtbot.waitSignal(page.controller.detail_loaded, timeout=10_000):
        close.submit()
    assert row_of(cost_project, cost_project.contract).status == "closed"
    assert shown(page)["SC-001"][2] == "Closed"
    assert committed(cost_project) == before  # still committed
    assert page.pane.reopen_button.isEnabled() and not page.pane.close_button.isEnabled()
    page.pane.reopen_button.click()
    reopen = page.dialog
    assert isinstance(reopen, CommitmentStepDialog)
    with qtbot.waitSignal(page.controller.detail_loaded, timeout=10_000):
        reopen.submit()
    assert row_of(cost_project, cost_project.contract).status == "executed"
    assert "SC-001 is executed again." in page.message.text()
    select(qtbot, page, cost_project.order)
    page.pane.void_button.click()
    void = page.dialog
    assert isinstance(void, CommitmentStepDialog)
    assert "is final" in void.column.itemAt(0).widget().text()  # type: ignore[union-attr]
    with qtbot.waitSignal(page.controller.detail_loaded, timeout=10_000):
        void.submit()
    assert row_of(cost_project, cost_project.order).status == "void"
    assert shown(page)["PO-001"][2] == "Void"
    assert committed(cost_project) == before
    assert not page.pane.edit_button.isEnabled()
    assert not window.error_messages  # type: ignore[attr-defined]


def test_retainage_is_released_up_to_what_is_held(
    qtbot: QtBot, make_window: MakeWindow, cost_project: CostProject
) -> None:
    window, page = open_payments(qtbot, make_window, cost_project.ctx, cost_project.app)
    review = page.controller.review
    assert review is not None
    held = review.cert.summary.retainage_total
    assert held == Decimal("32000.00")  # 10 % of 300,000 work and of 20,000 stored
    assert page.review.release_button.isEnabled()
    page.review.release_button.click()
    dialog = page.dialog
    assert isinstance(dialog, ReleaseDialog)
    assert dialog.amount.text() == "32000.00"
    assert money(held, "EUR") in dialog.column.itemAt(0).widget().text()  # type: ignore[union-attr]
    dialog.amount.setText("40,000")
    qtbot.keyClicks(dialog.note, "Half of the retainage at practical completion")
    dialog.submit()
    assert refusal(qtbot, dialog, "retainage_released") == (
        "Releasing 40,000.00 is more than the retainage held (32,000.00)."
    )
    assert dialog.note.toPlainText() == "Half of the retainage at practical completion"
    dialog.amount.setText("16000")
    with review_changed(qtbot, page):
        dialog.submit()
    idle(qtbot, window)
    with cost_project.ctx.store.read() as s:
        app = s.get(PayApplication, cost_project.app)
        assert app is not None and app.retainage_released == Decimal("16000.00")
    summary = page.review.summary
    assert summary.values["retainage_released"].text() == money(Decimal(16000), "EUR")
    assert summary.values["retainage_total"].text() == money(Decimal(16000), "EUR")
    # asked again, the release set is proposed
    page.review.release_button.click()
    again = page.dialog
    assert isinstance(again, ReleaseDialog) and again.amount.text() == "16000.00"
    again.reject()
    assert not window.error_messages  # type: ignore[attr-defined]
