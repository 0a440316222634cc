"""The steps every write of a payment application shares: its number, an event row (who,
when, why), a checked move between statuses, the refusal of a write its status does not
allow, and a commitment's certified applications (whose periods may not overlap)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from executrek.models import workflow
from executrek.models.errors import QT_TRANSLATE_NOOP, ValidationError, WorkflowError
from executrek.models.records.cost.payment_model import (
    KIND,
    PayApplication,
    PayApplicationEvent,
)
from executrek.models.records.cost.vocab import LineDecision, PayAppStatus
from executrek.models.services.common import Done, action_event, load
from executrek.models.store import Store

P = PayAppStatus
D = LineDecision
OPEN = (P.DRAFT, P.UNDER_REVIEW, P.REJECTED)
REVIEWABLE = (P.DRAFT, P.UNDER_REVIEW)


def pay_event(
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


def move_to(s: Session, app: PayApplication, target: PayAppStatus, action: str, **kw: Any) -> None:
    workflow.check(KIND.transitions, KIND.number_of(app), app.status, target)
    pay_event(s, app, action, to_status=target, **kw)
    app.status = target


def require_status(app: PayApplication, allowed: tuple[PayAppStatus, ...], what: str) -> None:
    if app.status not in allowed:
        raise WorkflowError(
            QT_TRANSLATE_NOOP("Errors", "{number} is {status}; {what}."),
            number=KIND.number_of(app),
            status=app.status.value,
            what=what,
        )


def step_to(
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
        move_to(s, app, target, action, approver=approver, note=note)
    return Done(app, changes)


def certified_apps(s: Session, commitment_id: str) -> list[PayApplication]:
    """The commitment's certified applications, in order."""
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


def no_overlap(
    s: Session, commitment_id: str, start: dt.date, end: dt.date, own: str | None = None
) -> None:
    for other in certified_apps(s, commitment_id):
        if other.id != own and other.period_start <= end and start <= other.period_end:
            raise ValidationError(
                "period_start",
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The period {start} to {end} overlaps {number} ({other_start} to "
                    "{other_end}), which is already certified.",
                ),
                start=start.isoformat(),
                end=end.isoformat(),
                number=KIND.number_of(other),
                other_start=other.period_start.isoformat(),
                other_end=other.period_end.isoformat(),
            )
