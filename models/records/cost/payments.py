"""Writes of payment applications (``PA-001``): create one per commitment and period
(a line for every SOV line, ``previous`` from the certified applications), enter the
contractor's claim (line by line or loaded at once) and submit it for review. The
review and the decisions (certify, reject, revise, void) are ``pay_review``'s; they are
named here too, so ``payments.certify`` keeps working."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from executrek.models import validation
from executrek.models.errors import QT_TRANSLATE_NOOP, ValidationError, WorkflowError
from executrek.models.local_read import local_today
from executrek.models.records.cost import checks
from executrek.models.records.cost.checks import cents as as_cents
from executrek.models.records.cost.checks import money, row_no, summed
from executrek.models.records.cost.commitment_model import KIND as COMMITMENT_KIND
from executrek.models.records.cost.commitment_model import Commitment, SovLine
from executrek.models.records.cost.pay_review import certify as certify
from executrek.models.records.cost.pay_review import decide_line as decide_line
from executrek.models.records.cost.pay_review import reject_application as reject_application
from executrek.models.records.cost.pay_review import revise_application as revise_application
from executrek.models.records.cost.pay_review import set_retainage_release as set_retainage_release
from executrek.models.records.cost.pay_review import set_withholding as set_withholding
from executrek.models.records.cost.pay_review import void_application as void_application
from executrek.models.records.cost.pay_steps import (
    OPEN,
    P,
    certified_apps,
    no_overlap,
    require_status,
    step_to,
)
from executrek.models.records.cost.payment_model import (
    KIND,
    PayApplication,
    PayApplicationLine,
)
from executrek.models.records.cost.rows import ClaimRow
from executrek.models.records.cost.vocab import CommitmentStatus, LineDecision
from executrek.models.services.common import Done, add_numbered, load
from executrek.models.services.record_reads import live_children
from executrek.models.store import Store

D = LineDecision


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
            QT_TRANSLATE_NOOP("Errors", "The period ends ({end}) before it starts ({start})."),
            end=period_end.isoformat(),
            start=period_start.isoformat(),
        )
    validation.not_after("received_on", received_on, local_today())
    clean_title = validation.text("title", title, max_len=300, required=False)
    with store.transaction() as (s, changes):
        c = load(s, Commitment, commitment_id, "Commitment")
        COMMITMENT_KIND.require_status(
            c,
            CommitmentStatus.EXECUTED,
            QT_TRANSLATE_NOOP(
                "Errors",
                "{number} is {status}; pay applications are made against an executed commitment.",
            ),
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
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{number} is still {status}; certify or void it before the next application "
                    "of {commitment}.",
                ),
                number=KIND.number_of(still),
                status=still.status.value,
                commitment=COMMITMENT_KIND.number_of(c),
            )
        no_overlap(s, c.id, period_start, period_end)
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
    certified = [a.id for a in certified_apps(s, c.id)]
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
    for sov in live_children(s, SovLine.commitment_id, c.id, SovLine.position):
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
def _claim(line: PayApplicationLine, sov: SovLine, work: object, stored: object) -> bool:
    e = money("work", work, QT_TRANSLATE_NOOP("Errors", "Work completed this period"))
    f = money("stored", stored, QT_TRANSLATE_NOOP("Errors", "Materials presently stored"))
    g = line.previous + e + f
    if g > sov.scheduled_value:
        raise ValidationError(
            "work",
            QT_TRANSLATE_NOOP(
                "Errors",
                "Item {item}: {completed} completed and stored to date is more than its "
                "scheduled value {scheduled} (over 100 %).",
            ),
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
        require_status(
            app, (P.DRAFT,), QT_TRANSLATE_NOOP("Errors", "the claim is entered while it is a draft")
        )
        _claim(line, load(s, SovLine, line.sov_line_id, "Schedule-of-values line"), work, stored)
    return Done(line, changes)


def load_claim(store: Store, pay_app_id: str, rows: Sequence[ClaimRow]) -> Done[int]:
    """The contractor's claim loaded at once, matched by item, in one transaction: any
    bad row refuses the whole load and names the row. The value is the number of rows."""
    with store.transaction() as (s, changes):
        app = load(s, PayApplication, pay_app_id, "Pay application")
        require_status(
            app, (P.DRAFT,), QT_TRANSLATE_NOOP("Errors", "the claim is entered while it is a draft")
        )
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
            with validation.at_row(n):
                item = (row.item or "").strip()
                if item not in by_item:
                    raise ValidationError(
                        "item",
                        QT_TRANSLATE_NOOP(
                            "Errors", "item {item} is not on the schedule of values of {number}."
                        ),
                        item=item,
                        number=KIND.number_of(app),
                    )
                checks.first_on_sheet(seen, item, n)
                line, sov = by_item[item]
                _claim(line, sov, row.work, row.stored)
    return Done(len(rows), changes)


def submit_for_review(
    store: Store, pay_app_id: str, *, note: str | None = None, actor_name: str | None = None
) -> Done[PayApplication]:
    """The claim is entered: the review starts."""
    text, name = checks.note_by(note, actor_name)
    return step_to(store, pay_app_id, P.UNDER_REVIEW, "submit", approver=name, note=text)
