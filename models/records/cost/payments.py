"""Writes of payment applications (``PA-001``): create one per commitment and period
(a line for every SOV line, ``previous`` from the certified applications), enter the
contractor's claim (line by line or loaded at once), review each line (approve, reduce
or reject, with a reason), withhold, release retainage, certify, reject, void.
Every step is an event with who, when and why; a certified application never changes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from executrek.models import validation, workflow
from executrek.models.base import utcnow
from executrek.models.common import Signature
from executrek.models.errors import ValidationError, WorkflowError
from executrek.models.local_read import local_today
from executrek.models.records.cost import checks
from executrek.models.records.cost.checks import at_row, money, person, reason, row_no, summed
from executrek.models.records.cost.checks import cents as as_cents
from executrek.models.records.cost.commitment_model import KIND as COMMITMENT_KIND
from executrek.models.records.cost.commitment_model import Commitment, SovLine
from executrek.models.records.cost.payment_model import (
    KIND,
    PayApplication,
    PayApplicationEvent,
    PayApplicationLine,
)
from executrek.models.records.cost.queries import certificate_of
from executrek.models.records.cost.rows import ClaimRow
from executrek.models.records.cost.vocab import CommitmentStatus, LineDecision, PayAppStatus
from executrek.models.services.common import Done, action_event, add_numbered, load, valid_strokes
from executrek.models.store import Store

P = PayAppStatus
D = LineDecision
OPEN = (P.DRAFT, P.UNDER_REVIEW, P.REJECTED)
REVIEWABLE = (P.DRAFT, P.UNDER_REVIEW)


def pay_app_number(app: PayApplication) -> str:
    return KIND.number_of(app)


def _event(
    s: Session,
    app: PayApplication,
    action: str,
    *,
    to_status: PayAppStatus | None = None,
    line_id: str | None = None,
    amount: Decimal | None = None,
    approver: str | None = None,
    note: str | None = None,
    signature_id: str | None = None,
) -> None:
    s.add(
        action_event(
            PayApplicationEvent.pay_application_id,
            app,
            action,
            to_status,
            line_id=line_id,
            amount=amount,
            approver_name=approver,
            signature_id=signature_id,
            note=note,
        )
    )


def _move(s: Session, app: PayApplication, target: PayAppStatus, action: str, **kw: Any) -> None:
    workflow.check(KIND.transitions, pay_app_number(app), app.status, target)
    _event(s, app, action, to_status=target, **kw)
    app.status = target


def _certified(s: Session, commitment_id: str) -> list[PayApplication]:
    return list(
        s.scalars(
            select(PayApplication)
            .where(
                PayApplication.commitment_id == commitment_id,
                PayApplication.status == P.CERTIFIED,
                PayApplication.deleted_at.is_(None),
            )
            .order_by(PayApplication.application_no)
        )
    )


def _no_overlap(
    s: Session, commitment_id: str, start: dt.date, end: dt.date, own: str | None = None
) -> None:
    for other in _certified(s, commitment_id):
        if other.id != own and other.period_start <= end and start <= other.period_end:
            raise ValidationError(
                "period_start",
                "The period {start} to {end} overlaps {number} ({other_start} to "
                "{other_end}), which is already certified.",
                start=start.isoformat(),
                end=end.isoformat(),
                number=pay_app_number(other),
                other_start=other.period_start.isoformat(),
                other_end=other.period_end.isoformat(),
            )


def create_pay_application(
    store: Store,
    commitment_id: str,
    *,
    period_start: dt.date,
    period_end: dt.date,
    received_on: dt.date | None = None,
    title: str | None = None,
) -> Done[PayApplication]:
    """A draft application with a line for every SOV line of the commitment; each line's
    ``previous`` (D) is the work certified by the commitment's certified applications.
    One application of a commitment is open at a time."""
    if period_end < period_start:
        raise ValidationError(
            "period_end",
            "The period ends ({end}) before it starts ({start}).",
            end=period_end.isoformat(),
            start=period_start.isoformat(),
        )
    validation.not_after("received_on", received_on, local_today())
    clean_title = validation.text("title", title, max_len=300, required=False)
    with store.transaction() as (s, changes):
        c = load(s, Commitment, commitment_id, "Commitment")
        if c.status is not CommitmentStatus.EXECUTED:
            raise WorkflowError(
                "{number} is {status}; pay applications are made against an executed commitment.",
                number=COMMITMENT_KIND.number_of(c),
                status=c.status.value,
            )
        still = s.scalar(
            select(PayApplication).where(
                PayApplication.commitment_id == c.id,
                PayApplication.status.in_(OPEN),
                PayApplication.deleted_at.is_(None),
            )
        )
        if still is not None:
            raise WorkflowError(
                "{number} is still {status}; certify or void it before the next application "
                "of {commitment}.",
                number=pay_app_number(still),
                status=still.status.value,
                commitment=COMMITMENT_KIND.number_of(c),
            )
        _no_overlap(s, c.id, period_start, period_end)
        last_no = s.scalar(
            select(func.max(PayApplication.application_no)).where(
                PayApplication.commitment_id == c.id
            )
        )
        no = int(last_no or 0) + 1
        app = add_numbered(
            s,
            PayApplication,
            c.project_id,
            KIND.prefix(),
            commitment_id=c.id,
            contractor_id=c.contractor_id,
            application_no=no,
            title=clean_title or f"Application {no} to {period_end.isoformat()}",
            period_start=period_start,
            period_end=period_end,
            received_on=received_on,
            status=P.DRAFT,
        )
        s.flush()
        _add_lines(s, c, app)
    return Done(app, changes)


def _add_lines(s: Session, c: Commitment, app: PayApplication) -> None:
    certified = [a.id for a in _certified(s, c.id)]
    previous: dict[str, Decimal] = {}
    stored: dict[str, Decimal] = {}
    if certified:
        previous = {
            sov_id: as_cents(total)
            for sov_id, total in s.execute(
                select(PayApplicationLine.sov_line_id, summed(PayApplicationLine.approved_work))
                .where(
                    PayApplicationLine.pay_application_id.in_(certified),
                    PayApplicationLine.deleted_at.is_(None),
                )
                .group_by(PayApplicationLine.sov_line_id)
            )
        }
        for line in s.scalars(
            select(PayApplicationLine).where(
                PayApplicationLine.pay_application_id == certified[-1],
                PayApplicationLine.deleted_at.is_(None),
            )
        ):
            stored[line.sov_line_id] = line.approved_stored or Decimal("0.00")
    for sov in s.scalars(
        select(SovLine)
        .where(SovLine.commitment_id == c.id, SovLine.deleted_at.is_(None))
        .order_by(SovLine.position)
    ):
        s.add(
            PayApplicationLine(
                project_id=c.project_id,
                pay_application_id=app.id,
                sov_line_id=sov.id,
                position=sov.position,
                previous=previous.get(sov.id, Decimal("0.00")),
                previous_stored=stored.get(sov.id, Decimal("0.00")),
                claimed_work=Decimal("0.00"),
                claimed_stored=Decimal("0.00"),
                decision=D.PENDING,
            )
        )


# --- the claim ------------------------------------------------------------------------
def _require(app: PayApplication, allowed: tuple[PayAppStatus, ...], what: str) -> None:
    if app.status not in allowed:
        raise WorkflowError(
            "{number} is {status}; {what}.",
            number=pay_app_number(app),
            status=app.status.value,
            what=what,
        )


def _claim(line: PayApplicationLine, sov: SovLine, work: object, stored: object) -> bool:
    e = money("work", work, "Work completed this period")
    f = money("stored", stored, "Materials presently stored")
    g = line.previous + e + f
    if g > sov.scheduled_value:
        raise ValidationError(
            "work",
            "Item {item}: {completed} completed and stored to date is more than its "
            "scheduled value {scheduled} (over 100 %).",
            item=sov.item,
            completed=checks.amount_text(g),
            scheduled=checks.amount_text(sov.scheduled_value),
        )
    if (e, f) == (line.claimed_work, line.claimed_stored):
        return False
    line.claimed_work, line.claimed_stored = e, f
    line.decision, line.approved_work, line.approved_stored, line.reason = (
        D.PENDING,
        None,
        None,
        None,
    )
    return True


def claim_line(
    store: Store, line_id: str, *, work: Decimal | str | int, stored: Decimal | str | int
) -> Done[PayApplicationLine]:
    """The contractor's claim for one line: work this period (E) and materials presently
    stored (F); G = D + E + F may not exceed the scheduled value. A changed claim needs a
    new decision."""
    with store.transaction() as (s, changes):
        line = load(s, PayApplicationLine, line_id, "Pay application line")
        app = load(s, PayApplication, line.pay_application_id, "Pay application")
        _require(app, (P.DRAFT,), "the claim is entered while it is a draft")
        _claim(line, load(s, SovLine, line.sov_line_id, "Schedule-of-values line"), work, stored)
    return Done(line, changes)


def load_claim(store: Store, pay_app_id: str, rows: Sequence[ClaimRow]) -> Done[int]:
    """The contractor's claim loaded at once, matched by item, in one transaction: any
    bad row refuses the whole load and names the row. The value is the number of rows."""
    with store.transaction() as (s, changes):
        app = load(s, PayApplication, pay_app_id, "Pay application")
        _require(app, (P.DRAFT,), "the claim is entered while it is a draft")
        by_item = {
            sov.item: (line, sov)
            for line, sov in s.execute(
                select(PayApplicationLine, SovLine)
                .join(SovLine, SovLine.id == PayApplicationLine.sov_line_id)
                .where(
                    PayApplicationLine.pay_application_id == app.id,
                    PayApplicationLine.deleted_at.is_(None),
                )
            ).all()
        }
        seen: dict[str, int] = {}
        for index, row in enumerate(rows, start=1):
            n = row_no(row.row, index)
            with at_row(n):
                item = (row.item or "").strip()
                if item not in by_item:
                    raise ValidationError(
                        "item",
                        "item {item} is not on the schedule of values of {number}.",
                        item=item,
                        number=pay_app_number(app),
                    )
                if item in seen:
                    raise ValidationError(
                        "item", "item {item} is also on row {other}.", item=item, other=seen[item]
                    )
                seen[item] = n
                line, sov = by_item[item]
                _claim(line, sov, row.work, row.stored)
    return Done(len(rows), changes)


def submit_for_review(
    store: Store, pay_app_id: str, *, note: str | None = None, actor_name: str | None = None
) -> Done[PayApplication]:
    """The claim is entered: the review starts."""
    text, name = checks.note_by(note, actor_name)
    return _step(store, pay_app_id, P.UNDER_REVIEW, "submit", approver=name, note=text)


def _step(
    store: Store,
    pay_app_id: str,
    target: PayAppStatus,
    action: str,
    *,
    approver: str | None,
    note: str | None,
) -> Done[PayApplication]:
    """Move the application to ``target`` as one event (who, why)."""
    with store.transaction() as (s, changes):
        app = load(s, PayApplication, pay_app_id, "Pay application")
        _move(s, app, target, action, approver=approver, note=note)
    return Done(app, changes)


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
    name = person("actor_name", actor_name, "A decision")
    with store.transaction() as (s, changes):
        line = load(s, PayApplicationLine, line_id, "Pay application line")
        app = load(s, PayApplication, line.pay_application_id, "Pay application")
        _require(app, (P.UNDER_REVIEW,), "lines are decided while it is under review")
        why, work, stored = _decision(line, choice, approved_work, approved_stored, reason)
        line.decision, line.approved_work, line.approved_stored, line.reason = (
            choice,
            work,
            stored,
            why,
        )
        amount = None if work is None or stored is None else work + stored
        _event(
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
                and money("approved_work", given, "The approved amount") != claimed
            ):
                raise ValidationError(
                    "approved_work",
                    "An approval takes the claim as it is; reduce the line to approve less.",
                )
        text = validation.text("reason", why, max_len=4000, required=False)
        return text, line.claimed_work, line.claimed_stored
    if choice is D.REJECTED:
        return reason("reason", why, "Rejecting a line"), Decimal("0.00"), Decimal("0.00")
    text = reason("reason", why, "Reducing a line")
    work = (
        line.claimed_work
        if approved_work is None
        else money("approved_work", approved_work, "The approved work")
    )
    stored = (
        line.claimed_stored
        if approved_stored is None
        else money("approved_stored", approved_stored, "The approved stored materials")
    )
    if work > line.claimed_work or stored > line.claimed_stored:
        raise ValidationError(
            "approved_work",
            "A reduction cannot approve more than the claim ({work} and {stored}).",
            work=checks.amount_text(line.claimed_work),
            stored=checks.amount_text(line.claimed_stored),
        )
    if (work, stored) == (line.claimed_work, line.claimed_stored):
        raise ValidationError(
            "approved_work", "That is the claim as it is; approve the line instead."
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
    value = money("withholding", amount, "The withholding")
    why = _why(reason, "Withholding") if value else None
    name = validation.text("actor_name", actor_name, max_len=200, required=False)
    with store.transaction() as (s, changes):
        app = load(s, PayApplication, pay_app_id, "Pay application")
        _require(app, REVIEWABLE, "its withholding can no longer change")
        app.withholding, app.withholding_reason = value, why
        _event(s, app, "withhold", amount=value, approver=name, note=why)
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
    value = money("retainage_released", amount, "The retainage released")
    text, name = checks.note_by(note, actor_name)
    with store.transaction() as (s, changes):
        app = load(s, PayApplication, pay_app_id, "Pay application")
        _require(app, REVIEWABLE, "its retainage release can no longer change")
        app.retainage_released = value
        s.flush()
        held = certificate_of(s, app.id).summary
        if held.retainage_total < 0:
            raise ValidationError(
                "retainage_released",
                "Releasing {amount} is more than the retainage held ({held}).",
                amount=checks.amount_text(value),
                held=checks.amount_text(held.retainage_total + value),
            )
        _event(s, app, "release", amount=value, approver=name, note=text)
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
    name = person("approver", approver, "Certifying a payment")
    strokes = valid_strokes(signature_strokes) if signature_strokes else None
    with store.transaction() as (s, changes):
        app = load(s, PayApplication, pay_app_id, "Pay application")
        workflow.check(KIND.transitions, pay_app_number(app), app.status, P.CERTIFIED)
        _all_decided(s, app)
        _no_overlap(s, app.commitment_id, app.period_start, app.period_end, own=app.id)
        figures = certificate_of(s, app.id).summary
        if figures.payment_due < 0:
            raise ValidationError(
                "withholding",
                "The payment due would be negative ({amount}); lower the withholding or the "
                "retainage release.",
                amount=checks.amount_text(figures.payment_due),
            )
        if figures.retainage_total < 0:
            raise ValidationError(
                "retainage_released",
                "More retainage is released than is held ({held}).",
                held=checks.amount_text(figures.retainage_total),
            )
        signature_id = None
        now = utcnow()
        if strokes is not None:
            sig = Signature(
                project_id=app.project_id,
                record_type=KIND.key,
                record_id=app.id,
                signer_name=name,
                signer_role=approver_role,
                signed_at=now,
                strokes=strokes,
            )
            s.add(sig)
            s.flush()
            signature_id = sig.id
        _move(
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
            "{count} line(s) of {number} are not decided yet (items {items}).",
            count=len(pending),
            number=pay_app_number(app),
            items=shown,
        )


def reject_application(
    store: Store, pay_app_id: str, *, approver: str, reason: str
) -> Done[PayApplication]:
    """Return the application to the contractor as a whole."""
    name = person("approver", approver, "Rejecting an application")
    why = _why(reason, "Rejecting an application")
    return _step(store, pay_app_id, P.REJECTED, "reject", approver=name, note=why)


def revise_application(
    store: Store, pay_app_id: str, *, note: str | None = None, actor_name: str | None = None
) -> Done[PayApplication]:
    """Back to draft (under review or rejected) to correct the claim."""
    text, name = checks.note_by(note, actor_name)
    return _step(store, pay_app_id, P.DRAFT, "revise", approver=name, note=text)


def void_application(
    store: Store, pay_app_id: str, *, approver: str, reason: str
) -> Done[PayApplication]:
    name = person("approver", approver, "Voiding an application")
    why = _why(reason, "Voiding an application")
    return _step(store, pay_app_id, P.VOID, "void", approver=name, note=why)
