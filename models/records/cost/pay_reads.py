"""Reads of a payment application the screens, exports and reports share: the list, an
application's lines (claim and decision) and events, and its certificate (G702/G703,
computed by ``certificate``); the event entries of a transfer or an application. Plain
frozen dataclasses with display numbers (``PA-001``); ``queries`` names them too."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from executrek.models.directory import Organisation
from executrek.models.project import Project
from executrek.models.records.cost.budget_model import (
    BudgetTransferEvent,
)
from executrek.models.records.cost.certificate import (
    G702,
    G703Line,
    LineAmounts,
    Terms,
    lines_of,
    summary,
    work_pct,
)
from executrek.models.records.cost.changes import approved_changes
from executrek.models.records.cost.checks import cents, summed
from executrek.models.records.cost.commitment_model import KIND as COMMITMENT_KIND
from executrek.models.records.cost.commitment_model import Commitment, SovLine
from executrek.models.records.cost.drill import RateRow as RateRow  # a commitment's rates
from executrek.models.records.cost.drill import rates_of as rates_of
from executrek.models.records.cost.figures import sql_of
from executrek.models.records.cost.payment_model import KIND as PAY_KIND
from executrek.models.records.cost.payment_model import (
    PayApplication,
    PayApplicationEvent,
    PayApplicationLine,
)
from executrek.models.records.cost.vocab import PayAppStatus
from executrek.models.records.row_fields import read_row
from executrek.models.services.common import load
from executrek.models.services.record_reads import user_names


# --- events -----------------------------------------------------------------------------
@dataclass(frozen=True)
class EventEntry:
    """One event of a transfer or a pay application: when, who (the app user and the
    approver's name), what and why."""

    id: str
    at: dt.datetime
    action: str
    from_status: str | None
    to_status: str
    user: str | None
    approver_name: str | None
    note: str | None
    amount: Decimal | None = None
    line_id: str | None = None
    item: str | None = None  # the SOV item of a line's decision
    signature_id: str | None = None


def event_entry(
    e: BudgetTransferEvent | PayApplicationEvent, names: dict[str, str], **more: Any
) -> EventEntry:
    """An event row as an ``EventEntry``, ``names`` the app users' names by id."""
    return EventEntry(
        id=e.id,
        at=e.created_at,
        action=e.action,
        from_status=e.from_status,
        to_status=e.to_status,
        user=names.get(e.created_by or ""),
        approver_name=e.approver_name,
        note=e.note,
        **more,
    )


# --- pay applications ---------------------------------------------------------------------
@dataclass(frozen=True)
class PayAppRow:
    id: str
    number: str
    application_no: int
    commitment_id: str
    commitment_number: str
    commitment_title: str
    contractor_id: str
    contractor: str
    title: str
    period_start: dt.date
    period_end: dt.date
    received_on: dt.date | None
    status: str
    withholding: Decimal
    withholding_reason: str | None
    retainage_released: Decimal
    certified_amount: Decimal | None
    certified_at: dt.datetime | None
    certified_by: str | None


def list_pay_applications(
    session: Session, project_id: str, commitment_id: str | None = None
) -> list[PayAppRow]:
    """The project's pay applications (or one commitment's), newest period first."""
    conds = [PayApplication.project_id == project_id, PayApplication.deleted_at.is_(None)]
    if commitment_id is not None:
        conds.append(PayApplication.commitment_id == commitment_id)
    rows = session.execute(
        select(PayApplication, Commitment, Organisation.name)
        .join(Commitment, Commitment.id == PayApplication.commitment_id)
        .join(Organisation, Organisation.id == PayApplication.contractor_id)
        .where(*conds)
        .order_by(PayApplication.period_end.desc(), PayApplication.number.desc())
    ).all()
    return [
        read_row(
            PayAppRow,
            a,
            number=PAY_KIND.number_of(a),
            commitment_number=COMMITMENT_KIND.number_of(c),
            commitment_title=c.title,
            contractor=contractor,
        )
        for a, c, contractor in rows
    ]


@dataclass(frozen=True)
class PayAppLineRow:
    id: str
    sov_line_id: str
    position: int
    item: str
    description: str
    scheduled: Decimal  # C
    previous: Decimal  # D
    previous_stored: Decimal  # stored at the last certificate
    claimed_work: Decimal  # E claimed
    claimed_stored: Decimal  # F claimed
    approved_work: Decimal | None
    approved_stored: Decimal | None
    decision: str
    reason: str | None
    cost_code_id: str | None
    budget_line_id: str | None
    location_id: str | None


_LINES_SQL = """
SELECT pal.id, s.id, pal.position, s.item, s.description, s.scheduled_value, pal.previous,
       pal.previous_stored, pal.claimed_work, pal.claimed_stored, pal.approved_work,
       pal.approved_stored, pal.decision, pal.reason, s.cost_code_id, s.budget_line_id,
       s.location_id
FROM pay_application_lines pal JOIN sov_lines s ON s.id = pal.sov_line_id
WHERE pal.pay_application_id = ? AND pal.deleted_at IS NULL
ORDER BY pal.position, pal.id
"""


def pay_app_lines(session: Session, pay_app_id: str) -> list[PayAppLineRow]:
    """A pay application's lines with their claim and decision, in SOV order: one plain
    statement (a review reads 300 lines and more; ORM objects cost ~10× as much to make),
    its columns in the order of ``PayAppLineRow``'s fields, amounts as the ORM gives them."""
    return [
        PayAppLineRow(
            *r[:5],
            *(cents(v) for v in r[5:10]),
            *(None if v is None else cents(v) for v in r[10:12]),
            *r[12:],
        )
        for r in sql_of(session).execute(_LINES_SQL, (pay_app_id,))
    ]


def events_of(session: Session, pay_app_id: str) -> list[EventEntry]:
    """A pay application's events in order: submit, each line's decision, withholding,
    release, certify, reject, void."""
    rows = session.execute(
        select(PayApplicationEvent, SovLine.item)
        .outerjoin(PayApplicationLine, PayApplicationLine.id == PayApplicationEvent.line_id)
        .outerjoin(SovLine, SovLine.id == PayApplicationLine.sov_line_id)
        .where(PayApplicationEvent.pay_application_id == pay_app_id)
        .order_by(PayApplicationEvent.created_at, PayApplicationEvent.id)
    ).all()
    names = user_names(session, (e.created_by for e, _item in rows))
    return [
        event_entry(
            e, names, amount=e.amount, line_id=e.line_id, item=item, signature_id=e.signature_id
        )
        for e, item in rows
    ]


# --- the certificate ---------------------------------------------------------------------
@dataclass(frozen=True)
class Certificate:
    """A pay application as its G702/G703: the header, the lines and the summary;
    ``claimed`` says whether the figures are the contractor's claim or the review's."""

    id: str
    number: str
    application_no: int
    title: str
    status: str
    project_id: str
    currency: str
    commitment_id: str
    commitment_number: str
    commitment_title: str
    contractor_id: str
    contractor: str
    period_start: dt.date
    period_end: dt.date
    received_on: dt.date | None
    withholding_reason: str | None
    certified_amount: Decimal | None
    certified_at: dt.datetime | None
    certified_by: str | None
    claimed: bool
    lines: list[G703Line]
    summary: G702
    work_pct: Decimal  # the retainage rate on work the lines apply (reduced or not)
    stored_pct: Decimal  # the rate on stored materials


def terms_of(c: Commitment) -> Terms:
    return read_row(Terms, c)


def certificate_of(session: Session, pay_app_id: str, *, claimed: bool = False) -> Certificate:
    """The G702/G703 of a pay application: with ``claimed`` the contractor's figures,
    else the review's (approved figures; the claim where a line is not decided yet).
    A certified application counts only the change orders approved by its certificate."""
    return _certificates(session, pay_app_id, pay_app_lines(session, pay_app_id), claimed)[0]


@dataclass(frozen=True)
class ReviewRead:
    """What the review of a pay application shows, its header and lines read once."""

    review: Certificate  # certificate_of(...): the review's figures
    claimed: Certificate  # certificate_of(..., claimed=True): the contractor's
    lines: list[PayAppLineRow]  # pay_app_lines(...)


def review_read(session: Session, pay_app_id: str) -> ReviewRead:
    lines = pay_app_lines(session, pay_app_id)
    review, claimed = _certificates(session, pay_app_id, lines, False, True)
    return ReviewRead(review, claimed, lines)


def _certificates(
    session: Session, pay_app_id: str, rows: list[PayAppLineRow], *claimed: bool
) -> list[Certificate]:
    """The certificate of the application with its lines ``rows``, once per ``claimed``."""
    app = load(session, PayApplication, pay_app_id, "Pay application")
    c = load(session, Commitment, app.commitment_id, "Commitment")
    contractor = load(session, Organisation, app.contractor_id, "Organisation")
    project = load(session, Project, app.project_id, "Project")
    as_of = app.certified_at if app.status is PayAppStatus.CERTIFIED else None
    net_change = approved_changes(session, c.id, as_of=as_of)
    earlier_certified, earlier_released = session.execute(
        select(
            summed(PayApplication.certified_amount), summed(PayApplication.retainage_released)
        ).where(
            PayApplication.commitment_id == c.id,
            PayApplication.status == PayAppStatus.CERTIFIED,
            PayApplication.application_no < app.application_no,
            PayApplication.deleted_at.is_(None),
        )
    ).one()
    out = []
    for as_claimed in claimed:
        amounts = []
        for line in rows:
            work, stored = line.claimed_work, line.claimed_stored
            if not as_claimed:
                work = line.approved_work if line.approved_work is not None else work
                stored = line.approved_stored if line.approved_stored is not None else stored
            amounts.append(
                LineAmounts(
                    line.item, line.description, line.scheduled, line.previous, work, stored,
                    line.id,
                )
            )  # fmt: skip
        terms = terms_of(c)
        lines = lines_of(amounts, terms, c.original_value + net_change)
        figures = summary(
            lines,
            original_sum=c.original_value,
            net_change=net_change,
            retainage_released=cents(earlier_released) + app.retainage_released,
            previous_certificates=cents(earlier_certified),
            withholding=app.withholding,
        )
        out.append(
            read_row(
                Certificate,
                app,
                number=PAY_KIND.number_of(app),
                currency=project.currency,
                commitment_number=COMMITMENT_KIND.number_of(c),
                commitment_title=c.title,
                contractor=contractor.name,
                claimed=as_claimed,
                lines=lines,
                summary=figures,
                work_pct=work_pct(terms, figures.completed_to_date, figures.contract_sum),
                stored_pct=terms.materials_retainage_pct,
            )
        )
    return out
