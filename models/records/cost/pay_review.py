"""The review and the decisions of a payment application: each line approved, reduced or
rejected (with a reason), the withholding, the retainage released, then certify (the
approver's signature, the certified amount from the G702), reject, revise or void. Every
step is an event with who, when and why; a certified application never changes."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from executrek.models import validation, workflow
from executrek.models.base import utcnow
from executrek.models.errors import QT_TRANSLATE_NOOP, ValidationError
from executrek.models.records.cost import checks
from executrek.models.records.cost.checks import money, person, reason
from executrek.models.records.cost.commitment_model import SovLine
from executrek.models.records.cost.pay_reads import certificate_of
from executrek.models.records.cost.pay_steps import (
    REVIEWABLE,
    move_to,
    no_overlap,
    pay_event,
    require_status,
    step_to,
)
from executrek.models.records.cost.payment_model import (
    KIND,
    PayApplication,
    PayApplicationLine,
)
from executrek.models.records.cost.vocab import LineDecision, PayAppStatus
from executrek.models.services.common import Done, add_signature, load, valid_strokes
from executrek.models.store import Store

P = PayAppStatus
D = LineDecision


# --- the review -------------------------------------------------------------------------
def decide_line(
    store: Store,
    line_id: str,
    decision: LineDecision | str,
    *,
    approved_work: Decimal | str | int | None = None,
    approved_stored: Decimal | str | int | None = None,
    reason: str | None = None,
    actor_name: str,
) -> Done[PayApplicationLine]:
    """Approve a line as claimed, reduce it (less than claimed, with a reason), reject
    it (nothing, with a reason), or put it back to pending; each an event."""
    choice = validation.choice("decision", LineDecision, decision)
    name = person("actor_name", actor_name, QT_TRANSLATE_NOOP("Errors", "A decision"))
    with store.transaction() as (s, changes):
        line = load(s, PayApplicationLine, line_id, "Pay application line")
        app = load(s, PayApplication, line.pay_application_id, "Pay application")
        require_status(
            app,
            (P.UNDER_REVIEW,),
            QT_TRANSLATE_NOOP("Errors", "lines are decided while it is under review"),
        )
        why, work, stored = _decision(line, choice, approved_work, approved_stored, reason)
        line.decision, line.approved_work, line.approved_stored, line.reason = (
            choice,
            work,
            stored,
            why,
        )
        amount = None if work is None or stored is None else work + stored
        pay_event(
            s,
            app,
            choice.value if choice is not D.PENDING else "undo",
            line_id=line.id,
            amount=amount,
            approver=name,
            note=why,
        )
    return Done(line, changes)


def _decision(
    line: PayApplicationLine,
    choice: LineDecision,
    approved_work: object,
    approved_stored: object,
    why: str | None,
) -> tuple[str | None, Decimal | None, Decimal | None]:
    if choice is D.PENDING:
        return None, None, None
    if choice is D.APPROVED:
        for given, claimed in (
            (approved_work, line.claimed_work),
            (approved_stored, line.claimed_stored),
        ):
            if (
                given is not None
                and money(
                    "approved_work", given, QT_TRANSLATE_NOOP("Errors", "The approved amount")
                )
                != claimed
            ):
                raise ValidationError(
                    "approved_work",
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "An approval takes the claim as it is; reduce the line to approve less.",
                    ),
                )
        text = validation.text("reason", why, max_len=4000, required=False)
        return text, line.claimed_work, line.claimed_stored
    if choice is D.REJECTED:
        return (
            reason("reason", why, QT_TRANSLATE_NOOP("Errors", "Rejecting a line")),
            Decimal("0.00"),
            Decimal("0.00"),
        )
    text = reason("reason", why, QT_TRANSLATE_NOOP("Errors", "Reducing a line"))
    work = (
        line.claimed_work
        if approved_work is None
        else money("approved_work", approved_work, QT_TRANSLATE_NOOP("Errors", "The approved work"))
    )
    stored = (
        line.claimed_stored
        if approved_stored is None
        else money(
            "approved_stored",
            approved_stored,
            QT_TRANSLATE_NOOP("Errors", "The approved stored materials"),
        )
    )
    if work > line.claimed_work or stored > line.claimed_stored:
        raise ValidationError(
            "approved_work",
            QT_TRANSLATE_NOOP(
                "Errors", "A reduction cannot approve more than the claim ({work} and {stored})."
            ),
            work=checks.amount_text(line.claimed_work),
            stored=checks.amount_text(line.claimed_stored),
        )
    if (work, stored) == (line.claimed_work, line.claimed_stored):
        raise ValidationError(
            "approved_work",
            QT_TRANSLATE_NOOP("Errors", "That is the claim as it is; approve the line instead."),
        )
    return text, work, stored


def set_withholding(
    store: Store,
    pay_app_id: str,
    *,
    amount: Decimal | str | int,
    reason: str | None,
    actor_name: str | None = None,
) -> Done[PayApplication]:
    """Withhold an amount from this application (defects); 0 clears it."""
    value = money("withholding", amount, QT_TRANSLATE_NOOP("Errors", "The withholding"))
    why = _why(reason, QT_TRANSLATE_NOOP("Errors", "Withholding")) if value else None
    name = validation.text("actor_name", actor_name, max_len=200, required=False)
    with store.transaction() as (s, changes):
        app = load(s, PayApplication, pay_app_id, "Pay application")
        require_status(
            app, REVIEWABLE, QT_TRANSLATE_NOOP("Errors", "its withholding can no longer change")
        )
        app.withholding, app.withholding_reason = value, why
        pay_event(s, app, "withhold", amount=value, approver=name, note=why)
    return Done(app, changes)


def _why(value: str | None, action: str) -> str:
    return reason("reason", value, action)


def set_retainage_release(
    store: Store,
    pay_app_id: str,
    amount: Decimal | str | int,
    *,
    note: str | None = None,
    actor_name: str | None = None,
) -> Done[PayApplication]:
    """Retainage this application releases (at most what is held)."""
    value = money(
        "retainage_released", amount, QT_TRANSLATE_NOOP("Errors", "The retainage released")
    )
    text, name = checks.note_by(note, actor_name)
    with store.transaction() as (s, changes):
        app = load(s, PayApplication, pay_app_id, "Pay application")
        require_status(
            app,
            REVIEWABLE,
            QT_TRANSLATE_NOOP("Errors", "its retainage release can no longer change"),
        )
        app.retainage_released = value
        s.flush()
        held = certificate_of(s, app.id).summary
        if held.retainage_total < 0:
            raise ValidationError(
                "retainage_released",
                QT_TRANSLATE_NOOP(
                    "Errors", "Releasing {amount} is more than the retainage held ({held})."
                ),
                amount=checks.amount_text(value),
                held=checks.amount_text(held.retainage_total + value),
            )
        pay_event(s, app, "release", amount=value, approver=name, note=text)
    return Done(app, changes)


# --- decisions on the whole application ----------------------------------------------------
def certify(
    store: Store,
    pay_app_id: str,
    *,
    approver: str,
    approver_role: str | None = None,
    signature_strokes: list[Any] | None = None,
) -> Done[PayApplication]:
    """Issue the payment certificate: every line decided, the payment due (G702 line 8)
    not negative. Sets ``certified_amount``, ``certified_at`` and ``certified_by``; with
    strokes the approver's signature is kept. Whether the approver may certify (manager
    role, approval limit) is the central database's check when it syncs."""
    name = person("approver", approver, QT_TRANSLATE_NOOP("Errors", "Certifying a payment"))
    strokes = valid_strokes(signature_strokes) if signature_strokes else None
    with store.transaction() as (s, changes):
        app = load(s, PayApplication, pay_app_id, "Pay application")
        workflow.check(KIND.transitions, KIND.number_of(app), app.status, P.CERTIFIED)
        _all_decided(s, app)
        no_overlap(s, app.commitment_id, app.period_start, app.period_end, own=app.id)
        figures = certificate_of(s, app.id).summary
        if figures.payment_due < 0:
            raise ValidationError(
                "withholding",
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The payment due would be negative ({amount}); lower the withholding or the "
                    "retainage release.",
                ),
                amount=checks.amount_text(figures.payment_due),
            )
        if figures.retainage_total < 0:
            raise ValidationError(
                "retainage_released",
                QT_TRANSLATE_NOOP("Errors", "More retainage is released than is held ({held})."),
                held=checks.amount_text(figures.retainage_total),
            )
        signature_id = None
        now = utcnow()
        if strokes is not None:
            signature_id = add_signature(s, KIND.key, app, name, approver_role, strokes, at=now).id
        move_to(
            s,
            app,
            P.CERTIFIED,
            "certify",
            amount=figures.payment_due,
            approver=name,
            signature_id=signature_id,
        )
        app.certified_amount = figures.payment_due
        app.certified_at = now
        app.certified_by = name
    return Done(app, changes)


def _all_decided(s: Session, app: PayApplication) -> None:
    pending = list(
        s.scalars(
            select(SovLine.item)
            .join(PayApplicationLine, PayApplicationLine.sov_line_id == SovLine.id)
            .where(
                PayApplicationLine.pay_application_id == app.id,
                PayApplicationLine.deleted_at.is_(None),
                PayApplicationLine.decision == D.PENDING,
            )
            .order_by(PayApplicationLine.position)
        )
    )
    if pending:
        shown = ", ".join(pending[:5]) + (", …" if len(pending) > 5 else "")
        raise ValidationError(
            "decision",
            QT_TRANSLATE_NOOP(
                "Errors", "{count} line(s) of {number} are not decided yet (items {items})."
            ),
            count=len(pending),
            number=KIND.number_of(app),
            items=shown,
        )


def reject_application(
    store: Store, pay_app_id: str, *, approver: str, reason: str
) -> Done[PayApplication]:
    """Return the application to the contractor as a whole."""
    return _ended(store, pay_app_id, P.REJECTED, "reject", approver, reason)


def revise_application(
    store: Store, pay_app_id: str, *, note: str | None = None, actor_name: str | None = None
) -> Done[PayApplication]:
    """Back to draft (under review or rejected) to correct the claim."""
    text, name = checks.note_by(note, actor_name)
    return step_to(store, pay_app_id, P.DRAFT, "revise", approver=name, note=text)


def void_application(
    store: Store, pay_app_id: str, *, approver: str, reason: str
) -> Done[PayApplication]:
    return _ended(store, pay_app_id, P.VOID, "void", approver, reason)


def _ended(
    store: Store, pay_app_id: str, target: PayAppStatus, action: str, approver: str, reason: str
) -> Done[PayApplication]:
    """Reject or void: the approver named and a reason given, one event."""
    doing = (
        QT_TRANSLATE_NOOP("Errors", "Rejecting an application")
        if target is P.REJECTED
        else QT_TRANSLATE_NOOP("Errors", "Voiding an application")
    )
    name = person("approver", approver, doing)
    return step_to(store, pay_app_id, target, action, approver=name, note=_why(reason, doing))
