"""After the checklist: the result and score, signatures on the signature pad (the name
filled from the signed-in user), and the deficiencies: failed items raised as punch
items or contractor issues. A template that raises them on completion (the default)
needs no button; for the others, or failures still without a record, one press raises
them all."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from executrek.app.messages import user_message
from executrek.models.errors import DomainError
from executrek.models.human_numbers import plain
from executrek.models.records.inspection import queries as inspection_queries
from executrek.models.records.inspection import service as inspections
from executrek.models.records.inspection.completion import Deficiency
from executrek.models.records.inspection.model import InspectionResult, InspectionStatus
from executrek.models.records.inspection.queries import InspectionHeader, RaisedRecord
from executrek.models.services.common import Done
from executrek.ui.inspections.checklist_card import bigger
from executrek.ui.inspections.inspections_tasks import run_service
from executrek.ui.inspections.inspections_text import FAIL_COLOUR, PASS_COLOUR, inspection_word
from executrek.ui.widgets.dates import today_qdate
from executrek.ui.widgets.field_errors import error_label
from executrek.ui.widgets.signature_pad import SignaturePad

if TYPE_CHECKING:
    from executrek.ui.main_window import MainWindow

BIG = 56
DUE_IN_DAYS = 14


@dataclass(frozen=True)
class Signer:
    """Who signs by default: the signed-in user's name and title."""

    name: str
    role: str


@dataclass(frozen=True)
class Deficiencies:
    """The failed items of an inspection and what was raised for them."""

    linked: list[RaisedRecord]  # punch items and issues linked to its items
    failed: int  # failed items
    unraised: int  # failed items that ask for a record and have none yet
    automatic: bool  # the template raises them on completion


class InspectionFinish(QWidget):
    """Result, signatures and deficiencies of a completed inspection."""

    signed = Signal()
    raised = Signal(object)  # list[RaisedRecord]: everything linked to the inspection now

    def __init__(self, window: MainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.window_ = window
        self.header: InspectionHeader | None = None
        layout = QVBoxLayout(self)
        self.result_label = QLabel()
        self.result_label.setObjectName("inspectionResult")
        bigger(self.result_label, 2)
        self.detail_label = QLabel()
        self.detail_label.setWordWrap(True)
        layout.addWidget(self.result_label)
        layout.addWidget(self.detail_label)
        layout.addWidget(self._signature_box())
        layout.addWidget(self._deficiency_box())
        layout.addStretch(1)

    def _signature_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Signature"))
        sign_layout = QVBoxLayout(box)
        form = QFormLayout()
        identity = self.window_.ctx.settings.identity
        self.signer_name = QLineEdit(identity.display_name or identity.username)
        self.signer_name.setMinimumHeight(40)
        self.signer_role = QLineEdit(self.tr("Owner's representative"))
        self.signer_role.setMinimumHeight(40)
        form.addRow(self.tr("&Name"), self.signer_name)
        form.addRow(self.tr("&Role"), self.signer_role)
        sign_layout.addLayout(form)
        self.pad = SignaturePad()
        self.pad.setMinimumHeight(160)
        sign_layout.addWidget(self.pad)
        buttons = QHBoxLayout()
        self.clear_button = QPushButton(self.tr("C&lear"))
        self.clear_button.setMinimumHeight(BIG)
        self.clear_button.clicked.connect(self.pad.clear)
        self.sign_button = QPushButton(self.tr("&Sign"))
        self.sign_button.setMinimumHeight(BIG)
        self.sign_button.setEnabled(False)
        self.sign_button.clicked.connect(self.sign)
        self.pad.changed.connect(lambda: self.sign_button.setEnabled(not self.pad.is_empty()))
        buttons.addWidget(self.clear_button)
        buttons.addWidget(self.sign_button, 1)
        sign_layout.addLayout(buttons)
        self.signatures_label = QLabel()
        self.signatures_label.setWordWrap(True)
        sign_layout.addWidget(self.signatures_label)
        self.sign_message = error_label()
        self.sign_message.setObjectName("signMessage")
        sign_layout.addWidget(self.sign_message)
        return box

    def _deficiency_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Deficiencies"))
        raise_layout = QVBoxLayout(box)
        self.raise_row = QWidget()
        row = QHBoxLayout(self.raise_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.due_date = QDateEdit(today_qdate(days=DUE_IN_DAYS))
        self.due_date.setCalendarPopup(True)
        self.due_date.setDisplayFormat("yyyy-MM-dd")
        self.due_date.setMinimumHeight(40)
        due_label = QLabel(self.tr("&Due"))
        due_label.setBuddy(self.due_date)
        row.addWidget(due_label)
        row.addWidget(self.due_date)
        self.raise_button = QPushButton(self.tr("&Raise punch items and issues for failed items"))
        self.raise_button.setMinimumHeight(BIG)
        self.raise_button.clicked.connect(self.raise_deficiencies)
        row.addWidget(self.raise_button, 1)
        raise_layout.addWidget(self.raise_row)
        self.raised_label = QLabel()
        self.raised_label.setObjectName("raisedSummary")
        self.raised_label.setWordWrap(True)
        self.raised_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        raise_layout.addWidget(self.raised_label)
        return box

    # --- showing ---------------------------------------------------------------------
    def show_inspection(
        self, header: InspectionHeader, deficiencies: Deficiencies, signer: Signer | None = None
    ) -> None:
        if signer is not None and (self.header is None or self.header.id != header.id):
            self.signer_name.setText(signer.name)  # another inspection: its signer by default
            self.signer_role.setText(signer.role or self.tr("Owner's representative"))
            self.sign_message.hide()
        self.header = header
        completed = header.status is InspectionStatus.COMPLETED
        colour = PASS_COLOUR if header.result is InspectionResult.PASS else FAIL_COLOUR
        self.result_label.setStyleSheet(f"color: {colour};" if completed else "")
        if completed:
            score = "—" if header.score is None else f"{header.score}%"
            self.result_label.setText(
                self.tr("{result} · {score}").format(
                    result=inspection_word(header.result), score=score
                )
            )
            self.detail_label.setText(
                self.tr("Pass mark {mark}%. {failed} item(s) failed.").format(
                    mark=plain(header.pass_mark), failed=deficiencies.failed
                )
            )
        else:
            self.result_label.setText(self.tr("Not completed yet"))
            self.detail_label.setText(
                self.tr("Answer every item, then complete the inspection (Ctrl+Enter).")
            )
        self.sign_button.setEnabled(completed and not self.pad.is_empty())
        self.pad.setEnabled(completed)
        # The button is for what is left to raise by hand: a template that raises on
        # completion needs it only for failures without a record (older inspections);
        # after a completion without failures there is nothing to raise.
        nothing_failed = completed and not deficiencies.failed
        by_hand = deficiencies.unraised > 0 or not (deficiencies.automatic or nothing_failed)
        self.raise_row.setVisible(by_hand)
        self.raise_button.setEnabled(completed and deficiencies.unraised > 0)
        self._show_signatures(header)
        if not completed and deficiencies.automatic:
            self.raised_label.setText(
                self.tr(
                    "Failed items become punch items or contractor issues when the inspection "
                    "is completed."
                )
            )
        elif completed and not deficiencies.failed and not deficiencies.linked:
            self.raised_label.setText(self.tr("No item failed: nothing to raise."))
        else:
            self._show_raised(deficiencies.linked, created=None)

    def show_created(self, created: list[Deficiency], linked: list[RaisedRecord]) -> None:
        """What completing the inspection raised (the template's option is on)."""
        self._show_raised(linked, created, automatic=True)
        if created:
            self.raised.emit(linked)

    def due_day(self) -> dt.date:
        """The due date for raised items (14 days from today unless changed)."""
        qd = self.due_date.date()
        return dt.date(qd.year(), qd.month(), qd.day())

    def _show_signatures(self, header: InspectionHeader) -> None:
        if not header.signatures:
            self.signatures_label.setText(self.tr("Not signed yet."))
            return
        lines = [
            self.tr("Signed by {name}{role} on {when}").format(
                name=name,
                role=f" ({role})" if role else "",
                when=when.astimezone().strftime("%Y-%m-%d %H:%M"),
            )
            for name, role, when in header.signatures
        ]
        self.signatures_label.setText("\n".join(lines))

    def _show_raised(
        self,
        raised: list[RaisedRecord],
        created: list[Deficiency] | None,
        *,
        automatic: bool = False,
    ) -> None:
        parts: list[str] = []
        if created is not None and created:
            punch = [d.number for d in created if d.record_type == "punch_item"]
            issues = [d.number for d in created if d.record_type == "issue"]
            made = []
            if punch:
                made.append(
                    self.tr("{count} punch item(s): {numbers}").format(
                        count=len(punch), numbers=", ".join(punch)
                    )
                )
            if issues:
                made.append(
                    self.tr("{count} contractor issue(s): {numbers}").format(
                        count=len(issues), numbers=", ".join(issues)
                    )
                )
            what = "; ".join(made)
            due = self.due_day().isoformat()
            parts.append(
                self.tr("Raised on completion, due {due}: {what}.").format(due=due, what=what)
                if automatic
                else self.tr("Created {what}.").format(what=what)
            )
        elif created is not None and not automatic:
            parts.append(self.tr("Nothing new to raise: every failed item is already linked."))
        if raised:
            parts.append(self.tr("Linked to this inspection:"))
            parts.extend(f"  {r.number} — {r.title}" for r in raised)
        elif not parts:
            parts.append(self.tr("No punch items or issues raised from this inspection yet."))
        self.raised_label.setText("\n".join(parts))

    # --- actions ---------------------------------------------------------------------
    def sign(self) -> None:
        if self.header is None:
            return
        name, role = self.signer_name.text().strip(), self.signer_role.text().strip()
        if not name:
            self._sign_error(self.tr("Type the name of the person signing, then sign again."))
            self.signer_name.setFocus()
            return
        if self.pad.is_empty():
            self._sign_error(self.tr("Sign on the pad first."))
            return
        store = self.window_.ctx.store
        iid = self.header.id
        strokes = self.pad.strokes()
        self.sign_button.setEnabled(False)

        def work() -> Done[InspectionHeader]:
            done = inspections.sign(
                store, iid, signer_name=name, signer_role=role or None, strokes=strokes
            )
            return Done(inspection_queries.header(store, iid), done.changes)

        def finished(result: Done[InspectionHeader]) -> None:
            self.sign_message.hide()
            self.header = result.value
            self.pad.clear()
            self._show_signatures(result.value)
            self.signed.emit()

        def refused(error: DomainError) -> None:
            self.sign_button.setEnabled(not self.pad.is_empty())
            labels = {
                "signer_name": self.tr("Name"),
                "signer_role": self.tr("Role"),
                "strokes": self.tr("Signature"),
            }
            field = getattr(error, "field", None)
            self._sign_error(user_message(error, labels.get(str(field), self.tr("Signature"))))
            if field == "signer_name":
                self.signer_name.setFocus()
            elif field == "signer_role":
                self.signer_role.setFocus()

        def failed(message: str) -> None:
            self.sign_button.setEnabled(not self.pad.is_empty())
            self._sign_error(message)

        self.window_.call_form(work, finished, refused, on_error=failed)

    def _sign_error(self, message: str) -> None:
        self.sign_message.setText(message)
        self.sign_message.show()

    def raise_deficiencies(self) -> None:
        if self.header is None:
            return
        store = self.window_.ctx.store
        iid = self.header.id
        due = self.due_day()
        self.raise_button.setEnabled(False)

        def work() -> Done[tuple[list[Deficiency], list[RaisedRecord]]]:
            done = inspections.raise_deficiencies(store, iid, due_date=due)
            return Done((done.value, inspection_queries.raised_from(store, iid)), done.changes)

        def finished(result: Done[tuple[list[Deficiency], list[RaisedRecord]]]) -> None:
            created, linked = result.value
            self.raise_button.setEnabled(True)
            self._show_raised(linked, created)
            self.raised.emit(linked)

        def failed(message: str) -> None:
            self.raise_button.setEnabled(True)
            self.raised_label.setText(message)

        run_service(self.window_, work, finished, failed)
