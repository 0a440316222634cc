"""The budget one record at a time from the budget page (before, only an import made
them): a cost code made under the code selected and renamed, a budget line made under a
code and edited (its original budget, closed), a draft transfer edited and a pending one
taken back to draft. A refusal shows under its box in words with what was typed kept;
each change is checked in the store and in the tree's figures."""

from __future__ import annotations

from decimal import Decimal

from cost_ui_fixtures import CostProject, cost_project
from gui_fixtures import MakeWindow, gui_ctx, idle, make_window
from pytestqt.qtbot import QtBot
from test_budget_page import cell, core, open_page
from test_commitment_actions import refusal

from executrek.models.project import CostCode
from executrek.models.records.cost import budget
from executrek.models.records.cost.budget_model import BudgetLine, BudgetTransfer
from executrek.models.records.cost.code_list import code_choices
from executrek.ui.labels import money
from executrek.ui.pages.budget_dialogs import TransferDialog
from executrek.ui.pages.budget_edits import BudgetLineDialog, CostCodeDialog
from executrek.ui.pages.budget_page import BudgetPage
from executrek.ui.pages.budget_tree import Col

__all__ = ["cost_project", "gui_ctx", "make_window"]


def code_id(cp: CostProject, code: str) -> str:
    with cp.ctx.store.read() as s:
        return next(c.cost_code_id for c in code_choices(s, cp.project_id) if c.code == code)


def pick(page: BudgetPage, key: str) -> None:
    index = page.model.find(key)
    assert index.isValid(), key
    page.tree.setCurrentIndex(index)


def test_a_cost_code_and_a_budget_line_are_made_and_edited(
    qtbot: QtBot, make_window: MakeWindow, cost_project: CostProject
) -> None:
    window, page = open_page(qtbot, make_window, cost_project.ctx)
    store, total = cost_project.ctx.store, core(cost_project).total
    construction = code_id(cost_project, "A")
    pick(page, construction)
    page.new_code_button.click()
    new_code = page.dialog
    assert isinstance(new_code, CostCodeDialog)
    assert new_code.parent_box.currentData() == construction  # under the code selected
    qtbot.keyClicks(new_code.code_edit, "A03")
    qtbot.keyClicks(new_code.name, "Finishes")
    new_code.submit()
    assert refusal(qtbot, new_code, "code") == "Cost code A03 is already used."
    assert new_code.name.text() == "Finishes"
    new_code.code_edit.setText("A09")
    with qtbot.waitSignal(page.controller.budget_loaded, timeout=10_000):
        new_code.submit()
    finishes = code_id(cost_project, "A09")
    with store.read() as s:
        made = s.get(CostCode, finishes)
        assert made is not None and made.parent_id == construction
    assert "Cost code A09 is made" in page.message.text()
    assert not page.model.find(finishes).isValid()  # the tree shows codes with lines
    # a line under the new code: a negative budget refused, then made
    pick(page, construction)
    page.new_line_button.click()
    dialog = page.dialog
    assert isinstance(dialog, BudgetLineDialog)
    assert dialog.code.currentData() == construction
    dialog.code.setCurrentIndex(dialog.code.findData(finishes))
    assert dialog.code.currentText().strip() == "A09 · Finishes"
    qtbot.keyClicks(dialog.title_edit, "Flooring")
    qtbot.keyClicks(dialog.amount, "-5")
    dialog.submit()
    assert refusal(qtbot, dialog, "original_amount") == (
        "The original budget cannot be negative (got -5)."
    )
    assert dialog.title_edit.text() == "Flooring"
    dialog.amount.setText("55,000")
    with qtbot.waitSignal(page.controller.budget_loaded, timeout=10_000):
        dialog.submit()
    idle(qtbot, window)
    line_id = dialog.saved
    assert line_id is not None
    assert page.controller.line_id == line_id  # shown selected
    assert cell(page, line_id, Col.ORIGINAL) == "55,000.00"
    assert cell(page, "total", Col.ORIGINAL) == money(total.original + 55000)
    # edited: the original budget and closed
    page.edit_line_button.click()
    edit = page.dialog
    assert isinstance(edit, BudgetLineDialog)
    assert (edit.title_edit.text(), edit.amount.text()) == ("Flooring", "55000.00")
    edit.amount.setText("60000")
    edit.status.setCurrentIndex(edit.status.findData("closed"))
    with qtbot.waitSignal(page.controller.budget_loaded, timeout=10_000):
        edit.submit()
    with store.read() as s:
        line = s.get(BudgetLine, line_id)
        assert line is not None and line.original_amount == Decimal("60000.00")
        assert line.status.value == "closed"
    assert cell(page, line_id, Col.ORIGINAL) == "60,000.00"
    assert cell(page, finishes, Col.ORIGINAL) == "60,000.00"  # the code's roll-up
    # the code renamed (the line selected names its code)
    page.edit_code_button.click()
    rename = page.dialog
    assert isinstance(rename, CostCodeDialog) and rename.code_edit.text() == "A09"
    rename.name.setText("Finishes and fit-out")
    with qtbot.waitSignal(page.controller.budget_loaded, timeout=10_000):
        rename.submit()
    with store.read() as s:
        assert s.get(CostCode, finishes).name == "Finishes and fit-out"  # type: ignore[union-attr]
    node = page.model.node(page.model.find(finishes))
    assert node is not None and node.label == "A09 · Finishes and fit-out"
    assert not window.error_messages  # type: ignore[attr-defined]


def test_a_draft_transfer_is_edited_and_a_pending_one_goes_back_to_draft(
    qtbot: QtBot, make_window: MakeWindow, cost_project: CostProject
) -> None:
    store = cost_project.ctx.store
    draft = budget.create_transfer(
        store, cost_project.project_id, title="Facade consultant", reason="Specialist needed",
        from_line_id=cost_project.contingency, to_line_id=cost_project.design,
        amount=Decimal("12500.00"),
    ).value  # fmt: skip
    window, page = open_page(qtbot, make_window, cost_project.ctx)
    page.show_tab(page.transfers)
    with qtbot.waitSignal(page.controller.events_loaded):
        assert page.transfers.select(draft.id)
    assert page.transfers.edit_button.isEnabled()
    assert not page.transfers.revise_button.isEnabled()
    page.transfers.edit_button.click()
    dialog = page.dialog
    assert isinstance(dialog, TransferDialog)
    assert dialog.from_box.currentData() == cost_project.contingency
    assert dialog.to_box.currentData() == cost_project.design
    assert dialog.amount.text() == "12500.00"
    dialog.amount.setText("0")
    dialog.submit()
    assert refusal(qtbot, dialog, "amount") == "A transfer needs an amount above zero."
    assert dialog.reason.toPlainText() == "Specialist needed"
    dialog.amount.setText("7,500")
    with qtbot.waitSignal(page.controller.budget_loaded, timeout=10_000):
        dialog.submit()
    idle(qtbot, window)
    with store.read() as s:
        assert s.get(BudgetTransfer, draft.id).amount == Decimal("7500.00")  # type: ignore[union-attr]
    m = page.transfers.model
    assert m.data(m.index(m.find(draft.id), 4)) == "7,500.00"
    assert cell(page, cost_project.design, Col.APPROVED) == "120,000.00"  # a draft: not yet
    with qtbot.waitSignal(page.controller.budget_loaded):
        page.transfers.submit_button.click()
    idle(qtbot, window)
    assert page.transfers.revise_button.isEnabled() and not page.transfers.edit_button.isEnabled()
    with qtbot.waitSignal(page.controller.budget_loaded):
        page.transfers.revise_button.click()
    idle(qtbot, window)
    with store.read() as s:
        assert s.get(BudgetTransfer, draft.id).status.value == "draft"  # type: ignore[union-attr]
    assert "is a draft again" in page.message.text()
    assert page.transfers.edit_button.isEnabled()
    assert not window.error_messages  # type: ignore[attr-defined]
