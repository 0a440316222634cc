"""The budget page's dialogs for the budget itself, one record at a time (an import loads
a whole budget): a budget line made or edited (cost code, title, category, original
amount, funding source, note; once made also active or closed) and a cost code made
(code, name, under which code) or edited (code, name).

Each writes through ``budget`` off the GUI thread; a refusal shows under the box it is
about, in the user's words, and nothing typed is lost.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QComboBox, QLineEdit

from executrek.models.records.cost import budget
from executrek.models.records.cost.code_list import CodeChoice
from executrek.models.records.cost.queries import BudgetLineRow
from executrek.models.records.cost.vocab import BudgetStatus, CostCategory
from executrek.ui.pages.cost_labels import parse_money, word
from executrek.ui.pages.record_dialog import RecordDialog, edit_or_new
from executrek.ui.widgets.form_dialog import Button
from executrek.ui.widgets.form_parts import short_text

if TYPE_CHECKING:
    from executrek.ui.main_window import MainWindow


def code_box(codes: Sequence[CodeChoice], chosen: str | None, *, none: str | None) -> QComboBox:
    """A choice of cost code (indented under its parent); ``none`` the text of no code."""
    box = QComboBox()
    if none is not None:
        box.addItem(none, None)
    for node in codes:
        box.addItem("    " * node.depth + node.label, node.cost_code_id)
    box.setCurrentIndex(max(0, box.findData(chosen)))
    box.setMinimumContentsLength(24)
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    return box


class BudgetLineDialog(RecordDialog):
    """A new budget line, or (``line`` given) one edited."""

    def __init__(
        self,
        window: MainWindow,
        project_id: str,
        codes: Sequence[CodeChoice],
        sources: Sequence[tuple[str, str]],
        currency: str,
        *,
        line: BudgetLineRow | None = None,
        code_id: str | None = None,
    ) -> None:
        title = edit_or_new(line, self.tr("Edit {number}"), self.tr("New budget line"))
        super().__init__(window, project_id, title, min_width=500, ok=Button.Save)
        self.line = line
        self.saved: str | None = None  # the line's id once saved
        self.code = code_box(codes, line.cost_code_id if line else code_id, none=None)
        self.title_edit = QLineEdit(line.title if line else "")
        self.category = QComboBox()
        for category in CostCategory:
            self.category.addItem(word(category.value), category.value)
        if line is not None:
            self.category.setCurrentIndex(max(0, self.category.findData(line.category)))
        self.amount = QLineEdit(f"{line.original_amount:f}" if line else "")
        self.amount.setPlaceholderText(currency)
        self.funding = QComboBox()
        self.funding.addItem(self.tr("— none"), None)
        for source_id, name in sources:
            self.funding.addItem(name, source_id)
        if line is not None:
            self.funding.setCurrentIndex(max(0, self.funding.findData(line.funding_source_id)))
        self.status = QComboBox()
        for status in BudgetStatus:
            self.status.addItem(word(status.value), status.value)
        self.note = short_text(70, (line.note or "") if line else "", tab_leaves=True)
        rows: list[tuple[str, str, Any]] = [
            (self.tr("Cost &code"), "cost_code_id", self.code),
            (self.tr("T&itle"), "title", self.title_edit),
            (self.tr("C&ategory"), "category", self.category),
            (self.tr("&Original budget ({currency})").format(currency=currency),
             "original_amount", self.amount),
            (self.tr("&Funding source"), "funding_source_id", self.funding),
        ]  # fmt: skip
        if line is not None:
            self.status.setCurrentIndex(max(0, self.status.findData(line.status)))
            self.status.setToolTip(self.tr("A closed line takes no transfers in"))
            rows.append((self.tr("&Status"), "status", self.status))
        rows.append((self.tr("&Note"), "note", self.note))
        self.errors.add_rows(self.form, *rows)
        (self.amount if line is not None else self.title_edit).setFocus()

    def submit(self) -> None:
        self.errors.clear()
        store, pid, line = self.window_.ctx.store, self.project_id, self.line
        values: dict[str, Any] = {
            "cost_code_id": self.code.currentData(),
            "title": self.title_edit.text(),
            "category": str(self.category.currentData()),
            "original_amount": parse_money(self.amount.text()),
            "funding_source_id": self.funding.currentData(),
            "note": self.note.toPlainText() or None,
        }

        def done(result: object) -> None:
            self.saved = getattr(getattr(result, "value", None), "id", None)
            self.accept()

        if line is None:
            self.run(self.window_, lambda: budget.create_budget_line(store, pid, **values), done)
            return
        values["status"] = str(self.status.currentData())
        line_id = line.id
        self.run(self.window_, lambda: budget.update_budget_line(store, line_id, **values), done)


class CostCodeDialog(RecordDialog):
    """A new cost code under another (or at the top), or (``code`` given) its code and
    name changed."""

    def __init__(
        self,
        window: MainWindow,
        project_id: str,
        codes: Sequence[CodeChoice],
        *,
        code: CodeChoice | None = None,
        parent_id: str | None = None,
    ) -> None:
        title = (
            self.tr("Edit cost code {code}").format(code=code.code)
            if code is not None
            else self.tr("New cost code")
        )
        super().__init__(window, project_id, title, min_width=440, ok=Button.Save)
        self.node = code
        self.codes = {c.cost_code_id: c.code for c in codes}
        self.saved: str | None = None
        self.code_edit = QLineEdit(code.code if code else "")
        self.code_edit.setPlaceholderText(self.tr("e.g. 03 30 00"))
        self.name = QLineEdit(code.name if code else "")
        rows: list[tuple[str, str, Any]] = [
            (self.tr("&Code"), "code", self.code_edit),
            (self.tr("&Name"), "name", self.name),
        ]
        self.parent_box = code_box(codes, parent_id, none=self.tr("— none (a top-level code)"))
        if code is None:
            rows.append((self.tr("&Under"), "parent_code", self.parent_box))
        self.errors.add_rows(self.form, *rows)
        (self.name if code is not None else self.code_edit).setFocus()

    def submit(self) -> None:
        self.errors.clear()
        store, pid = self.window_.ctx.store, self.project_id
        code, name = self.code_edit.text(), self.name.text()

        def done(result: object) -> None:
            self.saved = getattr(getattr(result, "value", None), "id", None)
            self.accept()

        if self.node is not None:
            code_id = self.node.cost_code_id
            self.run(
                self.window_,
                lambda: budget.update_cost_code(store, code_id, code=code, name=name),
                done,
            )
            return
        parent = self.codes.get(self.parent_box.currentData() or "")
        self.run(
            self.window_,
            lambda: budget.create_cost_code(store, pid, code=code, name=name, parent_code=parent),
            done,
        )
