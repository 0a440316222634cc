"""The payment applications page's dialogs: a new application (commitment and period),
reducing or rejecting a line (the approved amount and a reason, required), withholding
(amount and reason, the evidence's suggestion filled in), releasing retainage (what is
held proposed, more refused), a reason for the whole
application (reject, void) and certifying (the approver, the payment due and its
currency confirmed, an optional signature).

Each writes through ``payments`` off the GUI thread; a refusal about a box shows under
it, in the user's words, and nothing typed is lost. A certify refused for the
application itself (lines not decided, a negative payment due) closes the dialog and is
said on the page's message line.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton

from executrek.app.messages import user_message
from executrek.models import clock
from executrek.models.errors import DomainError
from executrek.models.records.cost import payments
from executrek.models.records.cost.queries import Certificate, CommitmentRow, PayAppLineRow
from executrek.ui.labels import money
from executrek.ui.pages.commitment_dialogs import date_box, optional_date
from executrek.ui.pages.cost_labels import parse_money
from executrek.ui.widgets.dates import qdate
from executrek.ui.widgets.form_dialog import Button, FormDialog
from executrek.ui.widgets.form_parts import hinted_edit, intro_above, short_text
from executrek.ui.widgets.signature_pad import SignaturePad

if TYPE_CHECKING:
    from executrek.models.store import Store
    from executrek.ui.main_window import MainWindow


def last_month(today: dt.date) -> tuple[dt.date, dt.date]:
    """The month before ``today``'s: the period an application usually covers."""
    end = today.replace(day=1) - dt.timedelta(days=1)
    return end.replace(day=1), end


def actor(window: MainWindow) -> str:
    return window.ctx.settings.identity.display_name


class NewApplicationDialog(FormDialog):
    """A draft application of an executed commitment for a period."""

    def __init__(
        self, window: MainWindow, commitments: Sequence[CommitmentRow], *, chosen: str | None
    ) -> None:
        super().__init__(window, self.tr("New payment application"), min_width=500, ok=Button.Save)
        self.window_ = window
        self.created: str | None = None
        self.commitment = QComboBox()
        for c in commitments:
            self.commitment.addItem(f"{c.number} · {c.title} · {c.contractor}", c.id)
        if chosen is not None:
            self.commitment.setCurrentIndex(max(0, self.commitment.findData(chosen)))
        start, end = last_month(clock.today())
        self.start = date_box(optional=False)
        self.start.setDate(qdate(start))
        self.end = date_box(optional=False)
        self.end.setDate(qdate(end))
        self.received = date_box(optional=True)
        self.title_edit = hinted_edit(self.tr("optional"))
        self.errors.add_rows(
            self.form,
            (self.tr("&Commitment"), "commitment_id", self.commitment),
            (self.tr("Period &from"), "period_start", self.start),
            (self.tr("Period &to"), "period_end", self.end),
            (self.tr("&Received on"), "received_on", self.received),
            (self.tr("T&itle"), "title", self.title_edit),
        )
        if not commitments:
            intro_above(self, self.tr("No executed commitment yet: execute a contract first."))
            self.ok_button.setEnabled(False)
        self.commitment.setFocus()

    def submit(self) -> None:
        self.errors.clear()
        cid = self.commitment.currentData()
        if cid is None:
            return
        store = self.window_.ctx.store
        values: dict[str, Any] = {
            "period_start": self.start.date().toPython(),
            "period_end": self.end.date().toPython(),
            "received_on": optional_date(self.received),
            "title": self.title_edit.text() or None,
        }

        def done(result: object) -> None:
            self.created = getattr(getattr(result, "value", None), "id", None)
            self.accept()

        self.run(self.window_, lambda: payments.create_pay_application(store, cid, **values), done)


class LineDecisionDialog(FormDialog):
    """Reduce a line (the approved work and stored materials, and why) or reject it
    (why): the reason is required."""

    def __init__(
        self, window: MainWindow, line: PayAppLineRow, decision: str, currency: str
    ) -> None:
        reduce = decision == "reduced"
        super().__init__(
            window,
            (self.tr("Reduce item {item}") if reduce else self.tr("Reject item {item}")).format(
                item=line.item
            ),
            min_width=480,
            ok_text=self.tr("Reduce") if reduce else self.tr("Reject"),
        )
        self.window_ = window
        self.line = line
        self.decision = decision
        intro_above(
            self,
            self.tr(
                "{item} · {description}: claimed {work} of work this period and {stored} "
                "of stored materials."
            ).format(
                item=line.item,
                description=line.description,
                work=money(line.claimed_work, currency),
                stored=money(line.claimed_stored, currency),
            ),
        )
        self.work = QLineEdit(f"{line.claimed_work:f}")
        self.stored = QLineEdit(f"{line.claimed_stored:f}")
        self.reason = short_text(80, tab_leaves=True)
        rows: list[tuple[str, str | None, Any]] = []
        if reduce:
            rows += [
                (self.tr("Approved &work ({currency})").format(currency=currency),
                 "approved_work", self.work),
                (self.tr("Approved &stored ({currency})").format(currency=currency),
                 "approved_stored", self.stored),
            ]  # fmt: skip
        rows.append((self.tr("&Reason"), "reason", self.reason))
        self.errors.add_rows(self.form, *rows)
        (self.work if reduce else self.reason).setFocus()

    def submit(self) -> None:
        self.errors.clear()
        store, line_id, decision = self.window_.ctx.store, self.line.id, self.decision
        why, name = self.reason.toPlainText(), actor(self.window_)
        values: dict[str, Any] = {}
        if decision == "reduced":
            values = {
                "approved_work": parse_money(self.work.text()),
                "approved_stored": parse_money(self.stored.text()),
            }
        self.run(
            self.window_,
            lambda: payments.decide_line(
                store, line_id, decision, reason=why, actor_name=name, **values
            ),
            lambda _r: self.accept(),
        )


class AmountDialog(FormDialog):
    """An amount of the application with a text beside it (a withholding and its reason,
    a retainage release and its note): what it means first, the two boxes, then ``save``
    off the GUI thread."""

    def __init__(
        self,
        window: MainWindow,
        app_id: str,
        title: str,
        intro: str,
        *,
        amount: tuple[str, str, Decimal],  # the box's label, its field, what it proposes
        text: tuple[str, str, str],  # the same for the text
        ok_text: str | None = None,
    ) -> None:
        super().__init__(window, title, min_width=480, ok_text=ok_text)
        self.window_ = window
        self.app_id = app_id
        intro_above(self, intro)
        self.amount = QLineEdit(f"{amount[2]:f}")
        self.text = short_text(80, text[2], tab_leaves=True)
        self.errors.add_rows(self.form, (amount[0], amount[1], self.amount), (*text[:2], self.text))
        self.amount.setFocus()

    def save(self, store: Store, amount: Decimal | str, text: str | None, name: str) -> object:
        raise NotImplementedError

    def submit(self) -> None:
        self.errors.clear()
        store = self.window_.ctx.store
        amount, text, name = (
            parse_money(self.amount.text()),
            self.text.toPlainText() or None,
            actor(self.window_),
        )
        self.run(
            self.window_, lambda: self.save(store, amount, text, name), lambda _r: self.accept()
        )


class WithholdDialog(AmountDialog):
    """Withhold an amount (for defects) with its reason; 0 clears it."""

    def __init__(
        self,
        window: MainWindow,
        cert: Certificate,
        *,
        current: Decimal,
        reason: str | None,
        suggested: Decimal,
    ) -> None:
        app_id, number, currency = cert.id, cert.number, cert.currency
        text = self.tr("Withheld from this payment until the defects are put right.")
        if suggested:
            text += " " + self.tr(
                "The evidence suggests {amount} (open non-conformances on claimed lines)."
            ).format(amount=money(suggested, currency))
        super().__init__(
            window, app_id, self.tr("Withhold from {number}").format(number=number), text,
            amount=(self.tr("&Amount ({currency})").format(currency=currency), "withholding",
                    current or suggested),
            text=(self.tr("&Reason"), "reason", reason or ""),
        )  # fmt: skip
        self.reason = self.text

    def save(self, store: Store, amount: Decimal | str, text: str | None, name: str) -> object:
        return payments.set_withholding(
            store, self.app_id, amount=amount, reason=text, actor_name=name
        )


class ReleaseDialog(AmountDialog):
    """Release retainage with this application: what is held is said and proposed (the
    whole of it, or the release already set); more than is held is refused under the
    amount; 0 releases nothing."""

    def __init__(
        self, window: MainWindow, cert: Certificate, *, held: Decimal, current: Decimal
    ) -> None:
        app_id, number, currency = cert.id, cert.number, cert.currency
        intro = self.tr(
            "{held} of retainage is held on this contract (work and stored materials, "
            "less what earlier certificates released). What is released is paid with "
            "this application: it lowers line 5 and raises the payment due."
        ).format(held=money(held, currency))
        super().__init__(
            window, app_id, self.tr("Release retainage with {number}").format(number=number),
            intro,
            amount=(self.tr("&Amount ({currency})").format(currency=currency),
                    "retainage_released", current or held),
            text=(self.tr("&Note"), "note", ""),
            ok_text=self.tr("Release"),
        )  # fmt: skip
        self.held = held
        self.note = self.text
        self.amount.selectAll()

    def save(self, store: Store, amount: Decimal | str, text: str | None, name: str) -> object:
        return payments.set_retainage_release(
            store, self.app_id, amount, note=text, actor_name=name
        )


class ApplicationReasonDialog(FormDialog):
    """Reject (back to the contractor) or void the whole application, with a reason."""

    def __init__(self, window: MainWindow, app_id: str, number: str, action: str) -> None:
        title = self.tr("Reject {number}") if action == "reject" else self.tr("Void {number}")
        super().__init__(
            window,
            title.format(number=number),
            min_width=440,
            ok_text=self.tr("Reject") if action == "reject" else self.tr("Void"),
        )
        self.window_ = window
        self.app_id = app_id
        self.action = action
        self.reason = short_text(90, tab_leaves=True)
        self.errors.add_rows(self.form, (self.tr("&Reason"), "reason", self.reason))
        self.reason.setFocus()

    def submit(self) -> None:
        self.errors.clear()
        store, app_id = self.window_.ctx.store, self.app_id
        why, name = self.reason.toPlainText(), actor(self.window_)
        call = payments.reject_application if self.action == "reject" else payments.void_application
        self.run(
            self.window_,
            lambda: call(store, app_id, approver=name, reason=why),
            lambda _r: self.accept(),
        )


class CertifyDialog(FormDialog):
    """Certify: the approver's name (the user's by default), the payment due with its
    currency, and an optional signature kept with the certificate."""

    def __init__(
        self,
        window: MainWindow,
        app_id: str,
        number: str,
        contractor: str,
        payment_due: Decimal,
        currency: str,
        refused_elsewhere: Callable[[str], None],
    ) -> None:
        super().__init__(
            window,
            self.tr("Certify {number}").format(number=number),
            min_width=520,
            ok_text=self.tr("Certify"),
        )
        self.window_ = window
        self.app_id = app_id
        self.refused_elsewhere = refused_elsewhere
        self.intro = intro_above(
            self,
            self.tr(
                "Certify {number}: the payment due to {contractor} is {amount}. A certified "
                "application never changes again."
            ).format(number=number, contractor=contractor, amount=money(payment_due, currency)),
        )
        self.intro.setObjectName("sectionTitle")
        ident = window.ctx.settings.identity
        self.name = QLineEdit(ident.display_name)
        self.role = QLineEdit(ident.title)
        self.errors.add_rows(
            self.form,
            (self.tr("Approver &name"), "approver", self.name),
            (self.tr("&Role"), "approver_role", self.role),
        )
        self.pad = SignaturePad()
        self.column.insertWidget(2, QLabel(self.tr("Signature (optional)")))
        self.column.insertWidget(3, self.errors.wrap("signature_strokes", self.pad), 1)
        clear = QPushButton(self.tr("C&lear signature"))
        clear.clicked.connect(self.pad.clear)
        self.column.insertWidget(4, clear)
        (self.pad if self.name.text() else self.name).setFocus()

    def submit(self) -> None:
        self.errors.clear()
        store, app_id = self.window_.ctx.store, self.app_id
        name, role = self.name.text(), self.role.text() or None
        strokes = None if self.pad.is_empty() else self.pad.strokes()
        self.run(
            self.window_,
            lambda: payments.certify(
                store, app_id, approver=name, approver_role=role, signature_strokes=strokes
            ),
            lambda _r: self.accept(),
        )

    def refused(self, error: DomainError) -> None:
        """A refusal about the approver stays here; one about the application closes
        the dialog and is said on the page."""
        if getattr(error, "field", None) in ("approver", "approver_role", "signature_strokes"):
            super().refused(error)
            return
        self.buttons.setEnabled(True)
        self.reject()
        self.refused_elsewhere(user_message(error))
