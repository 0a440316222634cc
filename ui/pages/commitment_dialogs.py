"""The commitments page's dialogs: a new commitment (contract or purchase order, its
contractor, value, retainage terms and dates) or its header edited, a line of its
schedule of values added or removed, a rate of its schedule of rates, executing it (the
day it was signed), and closing, reopening or voiding it (what that means for the
figures said first).

Each writes through the cost room's services off the GUI thread; a refusal shows under
the box it is about (or under the form), in the user's words, and nothing typed is lost.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QLineEdit,
    QWidget,
)

from executrek.app.interop.cost_sheets import activity_codes
from executrek.models import clock
from executrek.models.records.cost import commitments
from executrek.models.records.cost.queries import BudgetLineRow, CommitmentRow, SovLineRow
from executrek.models.records.cost.vocab import CommitmentType
from executrek.models.services.listings import Choice
from executrek.ui.labels import money
from executrek.ui.pages.cost_labels import parse_money, word
from executrek.ui.pages.record_dialog import RecordDialog, edit_or_new
from executrek.ui.widgets.dates import qdate, today_qdate
from executrek.ui.widgets.form_dialog import Button, FormDialog
from executrek.ui.widgets.form_parts import hinted_edit, intro_above, short_text

if TYPE_CHECKING:
    from executrek.models.store import Store
    from executrek.ui.main_window import MainWindow

NO_DATE = QDate(2000, 1, 1)  # a date box at this value means "no date"


def optional_date(box: QDateEdit) -> dt.date | None:
    value = box.date()
    if value == box.minimumDate():
        return None
    day: dt.date = value.toPython()  # type: ignore[assignment]
    return day


def date_box(*, optional: bool) -> QDateEdit:
    box = QDateEdit()
    box.setCalendarPopup(True)
    box.setDisplayFormat("yyyy-MM-dd")
    if optional:
        box.setMinimumDate(NO_DATE)
        box.setSpecialValueText("—")
        box.setDate(NO_DATE)
    else:
        box.setDate(today_qdate())
    return box


def percent_text(text: str) -> str | None:
    """A percentage box: empty is no value (the service's default)."""
    cleaned = text.replace("%", "").strip()
    return cleaned or None


def pct_text(value: Decimal | None) -> str:
    return "" if value is None else f"{value.normalize():f}"


class CommitmentDialog(RecordDialog):
    """A new draft commitment, or (``commitment`` given) its header edited: the title,
    description and dates at any time; the contractor, value and retainage terms while
    it is a draft (afterwards they change by change order)."""

    def __init__(
        self,
        window: MainWindow,
        project_id: str,
        contractors: Sequence[Choice],
        currency: str,
        commitment: CommitmentRow | None = None,
    ) -> None:
        title = edit_or_new(commitment, self.tr("Edit {number}"), self.tr("New commitment"))
        super().__init__(window, project_id, title, min_width=520, ok=Button.Save)
        self.commitment = commitment
        self.created: str | None = None
        self.kind = QComboBox()
        for kind in CommitmentType:
            self.kind.addItem(word(kind.value), kind.value)
        self.title_edit = QLineEdit()
        self.contractor = QComboBox()
        self.contractor.addItem(self.tr("— choose"), None)
        for c in contractors:
            self.contractor.addItem(c.label, c.id)
        self.value = hinted_edit(currency)
        self.retainage = QLineEdit("10")
        self.materials = hinted_edit(self.tr("as for work"))
        self.reduced = hinted_edit(self.tr("no reduction"))
        self.reduce_at = hinted_edit(self.tr("e.g. 50"))
        self.start = date_box(optional=True)
        self.finish = date_box(optional=True)
        self.description = short_text(70, tab_leaves=True)
        self.errors.add_rows(
            self.form,
            (self.tr("&Type"), "commitment_type", self.kind),
            (self.tr("T&itle"), "title", self.title_edit),
            (self.tr("&Contractor"), "contractor_id", self.contractor),
            (self.tr("Contract &value ({currency})").format(currency=currency), "original_value",
             self.value),
            (self.tr("&Retainage %"), "retainage_pct", self.retainage),
            (self.tr("Retainage on stored &materials %"), "materials_retainage_pct",
             self.materials),
            (self.tr("Re&duced retainage %"), "retainage_reduced_pct", self.reduced),
            (self.tr("… once &complete %"), "reduce_at_pct", self.reduce_at),
            (self.tr("&Start"), "start_date", self.start),
            (self.tr("&Finish"), "finish_date", self.finish),
            (self.tr("D&escription"), "description", self.description),
        )  # fmt: skip
        if commitment is not None:
            self._fill(commitment)
        self.title_edit.setFocus()

    def _draft_only(self) -> tuple[QWidget, ...]:
        return (self.contractor, self.value, self.retainage, self.materials, self.reduced,
                self.reduce_at)  # fmt: skip

    def _fill(self, c: CommitmentRow) -> None:
        """The commitment's header as it is; what only a draft may change is read-only."""
        self.kind.setCurrentIndex(max(0, self.kind.findData(c.commitment_type)))
        self.kind.setEnabled(False)
        self.title_edit.setText(c.title)
        if self.contractor.findData(c.contractor_id) < 0:
            self.contractor.addItem(c.contractor, c.contractor_id)
        self.contractor.setCurrentIndex(self.contractor.findData(c.contractor_id))
        self.value.setText(f"{c.original_value:f}")
        self.retainage.setText(pct_text(c.retainage_pct))
        if c.materials_retainage_pct != c.retainage_pct:
            self.materials.setText(pct_text(c.materials_retainage_pct))
        self.reduced.setText(pct_text(c.retainage_reduced_pct))
        self.reduce_at.setText(pct_text(c.reduce_at_pct))
        for box, day in ((self.start, c.start_date), (self.finish, c.finish_date)):
            if day is not None:
                box.setDate(qdate(day))
        self.description.setPlainText(c.description or "")
        if c.status != "draft":
            tip = self.tr("Executed: this changes by change order only.")
            for widget in self._draft_only():
                widget.setEnabled(False)
                widget.setToolTip(tip)

    def submit(self) -> None:
        self.errors.clear()
        if self.contractor.currentData() is None:
            self._say("contractor_id", self.tr("Choose the contractor or supplier."))
            return
        store, pid, c = self.window_.ctx.store, self.project_id, self.commitment
        values: dict[str, Any] = {
            "title": self.title_edit.text(),
            "start_date": optional_date(self.start),
            "finish_date": optional_date(self.finish),
            "description": self.description.toPlainText() or None,
        }
        if c is None or c.status == "draft":
            values |= {
                "contractor_id": str(self.contractor.currentData()),
                "original_value": parse_money(self.value.text()),
                "retainage_pct": percent_text(self.retainage.text()) or "0",
                "materials_retainage_pct": percent_text(self.materials.text()),
                "retainage_reduced_pct": percent_text(self.reduced.text()),
                "reduce_at_pct": percent_text(self.reduce_at.text()),
            }

        def done(result: object) -> None:
            self.created = getattr(getattr(result, "value", None), "id", None)
            self.accept()

        if c is not None:
            cid = c.id
            self.run(
                self.window_, lambda: commitments.update_commitment(store, cid, **values), done
            )
            return
        values["commitment_type"] = str(self.kind.currentData())
        self.run(self.window_, lambda: commitments.create_commitment(store, pid, **values), done)

    def _say(self, field: str, text: str) -> None:
        label = self.errors.label(field)
        if label is not None:
            label.setText(text)
            label.show()


class _AddToCommitment(FormDialog):
    """A form that adds one entry (an SOV line, a rate) to a commitment: ``values`` read
    from the form go to the write ``add`` (a refusal shows under the form)."""

    def __init__(
        self, window: MainWindow, commitment: CommitmentRow, title: str, width: int
    ) -> None:
        super().__init__(window, title, min_width=width)
        self.window_ = window
        self.commitment_id = commitment.id

    def values(self) -> dict[str, Any]:
        raise NotImplementedError

    def add(self, store: Store, commitment_id: str, values: dict[str, Any]) -> object:
        raise NotImplementedError

    def submit(self) -> None:
        self.errors.clear()
        store, cid, values = self.window_.ctx.store, self.commitment_id, self.values()
        self.run(self.window_, lambda: self.add(store, cid, values), lambda _r: self.accept())


class SovLineDialog(_AddToCommitment):
    """A line of a draft commitment's schedule of values."""

    def __init__(
        self,
        window: MainWindow,
        commitment: CommitmentRow,
        budget_lines: Sequence[BudgetLineRow],
        currency: str,
        next_item: str,
    ) -> None:
        title = self.tr("Add a line to {number}").format(number=commitment.number)
        super().__init__(window, commitment, title, 520)
        self.item = QLineEdit(next_item)
        self.description = QLineEdit()
        self.value = hinted_edit(currency)
        self.budget_line = QComboBox()
        self.budget_line.addItem(self.tr("— none"), None)
        for b in budget_lines:
            self.budget_line.addItem(f"{b.number} · {b.cost_code} · {b.title}", b.id)
        self.budget_line.setMinimumContentsLength(24)
        self.budget_line.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.activities = hinted_edit(self.tr("schedule activity codes, separated by commas"))
        self.errors.add_rows(
            self.form,
            (self.tr("&Item"), "item", self.item),
            (self.tr("&Description"), "description", self.description),
            (self.tr("Scheduled &value ({currency})").format(currency=currency),
             "scheduled_value", self.value),
            (self.tr("&Budget line"), "budget_line_id", self.budget_line),
            (self.tr("&Activities"), "activity_codes", self.activities),
        )  # fmt: skip
        self.description.setFocus()

    def values(self) -> dict[str, Any]:
        return {
            "item": self.item.text(),
            "description": self.description.text(),
            "scheduled_value": parse_money(self.value.text()),
            "budget_line_id": self.budget_line.currentData(),
            "activity_codes": activity_codes(self.activities.text()),
        }

    def add(self, store: Store, commitment_id: str, values: dict[str, Any]) -> object:
        return commitments.add_sov_line(store, commitment_id, **values)


class RateDialog(_AddToCommitment):
    """A rate of the commitment's schedule of rates."""

    def __init__(self, window: MainWindow, commitment: CommitmentRow, currency: str) -> None:
        title = self.tr("Add a rate to {number}").format(number=commitment.number)
        super().__init__(window, commitment, title, 460)
        self.item = QLineEdit()
        self.description = QLineEdit()
        self.unit = hinted_edit(self.tr("m3, m2, t, h…"))
        self.rate = hinted_edit(currency)
        self.errors.add_rows(
            self.form,
            (self.tr("&Item"), "item", self.item),
            (self.tr("&Description"), "description", self.description),
            (self.tr("&Unit"), "unit", self.unit),
            (self.tr("&Rate ({currency})").format(currency=currency), "rate", self.rate),
        )
        self.item.setFocus()

    def values(self) -> dict[str, Any]:
        return {
            "item": self.item.text(),
            "description": self.description.text(),
            "unit": self.unit.text(),
            "rate": parse_money(self.rate.text()),
        }

    def add(self, store: Store, commitment_id: str, values: dict[str, Any]) -> object:
        return commitments.add_rate(store, commitment_id, **values)


class ExecuteDialog(FormDialog):
    """Execute (signed): the day it was signed; the schedule of values must add up to
    the contract value (the service's refusal is shown under the form)."""

    def __init__(
        self, window: MainWindow, commitment: CommitmentRow, sov_total: Any, currency: str
    ) -> None:
        super().__init__(
            window,
            self.tr("Execute {number}").format(number=commitment.number),
            min_width=460,
            ok_text=self.tr("Execute"),
        )
        self.window_ = window
        self.commitment_id = commitment.id
        intro_above(
            self,
            self.tr(
                "Once executed, the schedule of values of {number} is fixed: it changes by "
                "change order only. It adds up to {sov} of the contract value {value}."
            ).format(
                number=commitment.number,
                sov=money(sov_total, currency),
                value=money(commitment.original_value, currency),
            ),
        )
        self.signed = date_box(optional=False)
        self.signed.setMaximumDate(qdate(clock.today()))
        self.errors.add_rows(self.form, (self.tr("&Signed on"), "on", self.signed))
        self.signed.setFocus()

    def submit(self) -> None:
        self.errors.clear()
        store, cid = self.window_.ctx.store, self.commitment_id
        day: dt.date = self.signed.date().toPython()  # type: ignore[assignment]
        self.run(
            self.window_,
            lambda: commitments.execute_commitment(store, cid, on=day),
            lambda _r: self.accept(),
        )


class CommitmentStepDialog(FormDialog):
    """Close, reopen or void a commitment: what the step means for the figures first,
    then the step (a refusal, such as an application still open, shows under the form)."""

    def __init__(
        self, window: MainWindow, commitment: CommitmentRow, action: str, currency: str
    ) -> None:
        number, total = commitment.number, money(commitment.contract_sum, currency)
        titles = {
            "close": self.tr("Close {number}"),
            "reopen": self.tr("Reopen {number}"),
            "void": self.tr("Void {number}"),
        }
        oks = {"close": self.tr("Close"), "reopen": self.tr("Reopen"), "void": self.tr("Void")}
        super().__init__(
            window, titles[action].format(number=number), min_width=460, ok_text=oks[action]
        )
        intros = {
            "close": self.tr(
                "Closing {number} records its final account: its contract sum {amount} stays "
                "committed against the budget and what was certified stays the cost to date, "
                "but it takes no new pay application until it is reopened."
            ),
            "reopen": self.tr(
                "Reopening {number} makes it executed again, so a late claim can be made and "
                "certified; its contract sum {amount} and the budget's figures do not change."
            ),
            "void": self.tr(
                "Voiding {number} is final: a draft that will not be signed. It was never "
                "committed, so the budget's figures do not change; its schedule of values is "
                "kept for the record but can no longer be executed."
            ),
        }
        intro_above(self, intros[action].format(number=number, amount=total))
        self.window_ = window
        self.commitment_id = commitment.id
        self.action = action
        self.ok_button.setFocus()

    def submit(self) -> None:
        self.errors.clear()
        store, cid = self.window_.ctx.store, self.commitment_id
        step = {
            "close": commitments.close_commitment,
            "reopen": commitments.reopen_commitment,
            "void": commitments.void_commitment,
        }[self.action]
        self.run(self.window_, lambda: step(store, cid), lambda _r: self.accept())


class RemoveLineDialog(FormDialog):
    """Take a line off a draft commitment's schedule of values, once confirmed; a line
    with claims (or of an executed commitment) is refused in words under the form."""

    def __init__(
        self,
        window: MainWindow,
        commitment: CommitmentRow,
        line: SovLineRow,
        sov_total: Decimal,
        currency: str,
    ) -> None:
        super().__init__(
            window,
            self.tr("Remove item {item} from {number}").format(
                item=line.item, number=commitment.number
            ),
            min_width=460,
            ok_text=self.tr("Remove"),
        )
        counted = line.change_order_id is None
        after = sov_total - line.scheduled_value if counted else sov_total
        intro_above(
            self,
            self.tr(
                "Remove item {item} “{description}” ({amount})? The schedule of values then "
                "adds up to {sov} of the contract value {value}."
            ).format(
                item=line.item,
                description=line.description,
                amount=money(line.scheduled_value, currency),
                sov=money(after, currency),
                value=money(commitment.original_value, currency),
            ),
        )
        self.window_ = window
        self.line_id = line.id
        self.ok_button.setFocus()

    def submit(self) -> None:
        self.errors.clear()
        store, line_id = self.window_.ctx.store, self.line_id
        self.run(
            self.window_,
            lambda: commitments.remove_sov_line(store, line_id),
            lambda _r: self.accept(),
        )
