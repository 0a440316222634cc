"""The budget page's dialogs: a new budget transfer (from a line, to a line, amount, title,
reason; no source line is an owner budget increase, no destination a decrease) or a
draft one edited, and the decision on a submitted transfer (approve, reject or void,
with the approver's name and a note, required to reject or void).

Each writes through its service off the GUI thread; a refusal shows under the box it is
about, in the user's words, and nothing typed is lost.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QComboBox, QLineEdit

from executrek.models.records.cost import budget
from executrek.models.records.cost.figures import LineFigures
from executrek.models.records.cost.queries import TransferRow
from executrek.ui.labels import money
from executrek.ui.pages.cost_labels import parse_money
from executrek.ui.pages.record_dialog import RecordDialog, edit_or_new
from executrek.ui.widgets.form_dialog import FormDialog
from executrek.ui.widgets.form_parts import hinted_edit, intro_above, short_text

if TYPE_CHECKING:
    from executrek.ui.main_window import MainWindow


def line_text(line: LineFigures, currency: str) -> str:
    return f"{line.number} · {line.title} ({money(line.approved_budget, currency)})"


class TransferDialog(RecordDialog):
    """A new draft transfer between two budget lines (or to/from the owner), or (with
    ``transfer``) a draft one edited."""

    def __init__(
        self,
        window: MainWindow,
        project_id: str,
        lines: Sequence[LineFigures],
        currency: str,
        *,
        from_line: str | None = None,
        transfer: TransferRow | None = None,
    ) -> None:
        title = edit_or_new(transfer, self.tr("Edit {number}"), self.tr("New budget transfer"))
        super().__init__(window, project_id, title, min_width=520)
        self.transfer = transfer
        self.created: str | None = None  # the new (or edited) transfer's id
        intro_above(
            self,
            self.tr(
                "A transfer moves approved budget from one line to another; it counts once "
                "approved. Leave the source empty for an owner budget increase, the "
                "destination empty for a decrease."
            ),
        )
        self.from_box = QComboBox()
        self.from_box.addItem(self.tr("— none (owner budget increase)"), None)
        self.to_box = QComboBox()
        self.to_box.addItem(self.tr("— none (owner budget decrease)"), None)
        for line in lines:
            self.from_box.addItem(line_text(line, currency), line.line_id)
            if line.status.value != "closed":
                self.to_box.addItem(line_text(line, currency), line.line_id)
        for box in (self.from_box, self.to_box):
            box.setMinimumContentsLength(24)
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
        if from_line is not None:
            self.from_box.setCurrentIndex(max(0, self.from_box.findData(from_line)))
        self.amount = hinted_edit(currency)
        self.title_edit = QLineEdit()
        self.reason = short_text(90, tab_leaves=True)
        self.errors.add_rows(
            self.form,
            (self.tr("&From line"), "from_line_id", self.from_box),
            (self.tr("&To line"), "to_line_id", self.to_box),
            (self.tr("&Amount ({currency})").format(currency=currency), "amount", self.amount),
            (self.tr("T&itle"), "title", self.title_edit),
            (self.tr("&Reason"), "reason", self.reason),
        )
        if transfer is not None:
            self._fill(transfer)
        self.from_box.setFocus()

    def _fill(self, t: TransferRow) -> None:
        for box, line_id in ((self.from_box, t.from_line_id), (self.to_box, t.to_line_id)):
            box.setCurrentIndex(max(0, box.findData(line_id)))
        self.amount.setText(f"{t.amount:f}")
        self.title_edit.setText(t.title)
        self.reason.setPlainText(t.reason)

    def submit(self) -> None:
        self.errors.clear()
        store = self.window_.ctx.store
        pid, t = self.project_id, self.transfer
        values = {
            "title": self.title_edit.text(),
            "reason": self.reason.toPlainText(),
            "from_line_id": self.from_box.currentData(),
            "to_line_id": self.to_box.currentData(),
            "amount": parse_money(self.amount.text()),
        }

        def done(result: object) -> None:
            value = getattr(result, "value", None)
            self.created = getattr(value, "id", None)
            self.accept()

        if t is not None:
            tid = t.id
            self.run(self.window_, lambda: budget.update_transfer(store, tid, **values), done)
            return
        self.run(self.window_, lambda: budget.create_transfer(store, pid, **values), done)


class TransferDecision(FormDialog):
    """Approve, reject or void a transfer: the approver's name (the user's by default)
    and a note (the reason, required to reject or void)."""

    def __init__(
        self, window: MainWindow, transfer_id: str, number: str, amount: str, action: str
    ) -> None:
        titles = {
            "approve": self.tr("Approve {number}"),
            "reject": self.tr("Reject {number}"),
            "void": self.tr("Void {number}"),
        }
        oks = {"approve": self.tr("Approve"), "reject": self.tr("Reject"), "void": self.tr("Void")}
        super().__init__(
            window, titles[action].format(number=number), min_width=480, ok_text=oks[action]
        )
        self.window_ = window
        self.transfer_id = transfer_id
        self.action = action
        intros = {
            "approve": self.tr("Approving {number} moves {amount} of approved budget."),
            "reject": self.tr("Rejecting {number} ({amount}): say why."),
            "void": self.tr("Voiding {number} ({amount}) is final: say why."),
        }
        intro_above(self, intros[action].format(number=number, amount=amount))
        self.name = QLineEdit(window.ctx.settings.identity.display_name)
        self.note = QLineEdit()
        self.errors.add_rows(
            self.form,
            (self.tr("Approver &name"), "approver", self.name),
            (
                self.tr("&Note") if action == "approve" else self.tr("&Reason"),
                "note",
                self.note,
            ),
        )
        (self.note if self.name.text() else self.name).setFocus()

    def submit(self) -> None:
        self.errors.clear()
        store = self.window_.ctx.store
        tid, name, note = self.transfer_id, self.name.text(), self.note.text()
        if self.action == "approve":
            self.run(
                self.window_,
                lambda: budget.approve_transfer(store, tid, approver=name, note=note or None),
                lambda _r: self.accept(),
            )
        elif self.action == "reject":
            self.run(
                self.window_,
                lambda: budget.reject_transfer(store, tid, approver=name, note=note),
                lambda _r: self.accept(),
            )
        else:
            self.run(
                self.window_,
                lambda: budget.void_transfer(store, tid, approver=name, note=note),
                lambda _r: self.accept(),
            )
