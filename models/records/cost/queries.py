"""Reads of the cost room the screens, exports and reports share: budget lines,
transfers, commitments, schedules of values, pay applications with their lines and
events, and a pay application's certificate (G702/G703, computed by ``certificate``);
a commitment's schedule of rates (``rates_of``, read in ``drill``). Everything returned
is a plain frozen dataclass with display numbers (``PA-001``)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from executrek.models.directory import Organisation
from executrek.models.project import CostCode, Project
from executrek.models.records.change_order.model import KIND as CO_KIND
from executrek.models.records.change_order.model import ChangeOrder
from executrek.models.records.cost.budget_model import (
    BUDGET_KIND,
    TRANSFER_KIND,
    BudgetLine,
    BudgetTransfer,
    BudgetTransferEvent,
    FundingSource,
)
from executrek.models.records.cost.certificate import (
    G702,
    G703Line,
    LineAmounts,
    Terms,
    lines_of,
    summary,
)
from executrek.models.records.cost.checks import cents, summed
from executrek.models.records.cost.commitment_model import KIND as COMMITMENT_KIND
from executrek.models.records.cost.commitment_model import Commitment, SovActivity, SovLine
from executrek.models.records.cost.commitments import approved_changes
from executrek.models.records.cost.drill import RateRow as RateRow  # a commitment's rates
from executrek.models.records.cost.drill import rates_of as rates_of
from executrek.models.records.cost.figures import money, sql_of
from executrek.models.records.cost.payment_model import KIND as PAY_KIND
from executrek.models.records.cost.payment_model import (
    PayApplication,
    PayApplicationEvent,
    PayApplicationLine,
)
from executrek.models.records.cost.vocab import CommitmentStatus, PayAppStatus
from executrek.models.services.common import load
from executrek.models.services.record_reads import logged, user_names
from executrek.models.vocab import COStatus, COTier


# --- budget ------------------------------------------------------------------------------
@dataclass(frozen=True)
class BudgetLineRow:
    id: str
    number: str
    cost_code_id: str
    cost_code: str
    cost_code_name: str
    title: str
    category: str
    original_amount: Decimal
    funding_source_id: str | None
    funding_source: str | None
    status: str
    note: str | None


def list_budget_lines(session: Session, project_id: str) -> list[BudgetLineRow]:
    """The project's budget lines by cost code, then number."""
    rows = session.execute(
        select(BudgetLine, CostCode.code, CostCode.name, FundingSource.name)
        .join(CostCode, CostCode.id == BudgetLine.cost_code_id)
        .outerjoin(FundingSource, FundingSource.id == BudgetLine.funding_source_id)
        .where(BudgetLine.project_id == project_id, BudgetLine.deleted_at.is_(None))
        .order_by(CostCode.code, BudgetLine.number, BudgetLine.draft_number)
    ).all()
    return [
        BudgetLineRow(
            id=b.id,
            number=BUDGET_KIND.number_of(b),
            cost_code_id=b.cost_code_id,
            cost_code=code,
            cost_code_name=code_name,
            title=b.title,
            category=b.category.value,
            original_amount=b.original_amount,
            funding_source_id=b.funding_source_id,
            funding_source=source,
            status=b.status.value,
            note=b.note,
        )
        for b, code, code_name, source in rows
    ]


@dataclass(frozen=True)
class TransferRow:
    id: str
    number: str
    title: str
    reason: str
    from_line_id: str | None
    from_line: str | None  # "BL-004 · Contingency"; None: an owner budget increase
    to_line_id: str | None
    to_line: str | None  # None: a budget decrease
    amount: Decimal
    status: str
    submitted_at: dt.datetime | None
    decided_at: dt.datetime | None


def list_transfers(session: Session, project_id: str) -> list[TransferRow]:
    """The project's budget transfers, newest number first."""
    src, dst = aliased(BudgetLine), aliased(BudgetLine)
    rows = session.execute(
        select(BudgetTransfer, src, dst)
        .outerjoin(src, src.id == BudgetTransfer.from_line_id)
        .outerjoin(dst, dst.id == BudgetTransfer.to_line_id)
        .where(BudgetTransfer.project_id == project_id, BudgetTransfer.deleted_at.is_(None))
        .order_by(BudgetTransfer.number.desc(), BudgetTransfer.created_at.desc())
    ).all()
    return [
        TransferRow(
            id=t.id,
            number=TRANSFER_KIND.number_of(t),
            title=t.title,
            reason=t.reason,
            from_line_id=t.from_line_id,
            from_line=BUDGET_KIND.label(a) if a is not None else None,
            to_line_id=t.to_line_id,
            to_line=BUDGET_KIND.label(b) if b is not None else None,
            amount=t.amount,
            status=t.status.value,
            submitted_at=t.submitted_at,
            decided_at=t.decided_at,
        )
        for t, a, b in rows
    ]


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


def transfer_events(session: Session, transfer_id: str) -> list[EventEntry]:
    rows = logged(session, BudgetTransferEvent.transfer_id, transfer_id)
    names = user_names(session, (e.created_by for e in rows))
    return [_entry(e, names) for e in rows]


# --- commitments ---------------------------------------------------------------------------
@dataclass(frozen=True)
class CommitmentRow:
    id: str
    number: str
    commitment_type: str
    title: str
    description: str | None
    contractor_id: str
    contractor: str
    original_value: Decimal
    approved_changes: Decimal
    contract_sum: Decimal  # to date: original + approved change orders
    status: str
    executed_on: dt.date | None
    start_date: dt.date | None
    finish_date: dt.date | None
    retainage_pct: Decimal
    materials_retainage_pct: Decimal
    retainage_reduced_pct: Decimal | None
    reduce_at_pct: Decimal | None


def list_commitments(session: Session, project_id: str) -> list[CommitmentRow]:
    """The project's commitments (contracts, then purchase orders, by number)."""
    changes = {
        cid: cents(total)
        for cid, total in session.execute(
            select(ChangeOrder.commitment_id, summed(ChangeOrder.amount))
            .where(
                ChangeOrder.project_id == project_id,
                ChangeOrder.commitment_id.is_not(None),
                ChangeOrder.tier == COTier.CHANGE_ORDER,
                ChangeOrder.status == COStatus.APPROVED,
                ChangeOrder.deleted_at.is_(None),
            )
            .group_by(ChangeOrder.commitment_id)
        )
    }
    rows = session.execute(
        select(Commitment, Organisation.name)
        .join(Organisation, Organisation.id == Commitment.contractor_id)
        .where(Commitment.project_id == project_id, Commitment.deleted_at.is_(None))
        .order_by(Commitment.commitment_type, Commitment.number, Commitment.draft_number)
    ).all()
    out = []
    for c, contractor in rows:
        approved = changes.get(c.id, Decimal("0.00"))
        out.append(
            CommitmentRow(
                id=c.id,
                number=COMMITMENT_KIND.number_of(c),
                commitment_type=c.commitment_type.value,
                title=c.title,
                description=c.description,
                contractor_id=c.contractor_id,
                contractor=contractor,
                original_value=c.original_value,
                approved_changes=approved,
                contract_sum=c.original_value + approved,
                status=c.status.value,
                executed_on=c.executed_on,
                start_date=c.start_date,
                finish_date=c.finish_date,
                retainage_pct=c.retainage_pct,
                materials_retainage_pct=c.materials_retainage_pct,
                retainage_reduced_pct=c.retainage_reduced_pct,
                reduce_at_pct=c.reduce_at_pct,
            )
        )
    return out


@dataclass(frozen=True)
class SovLineRow:
    id: str
    position: int
    item: str
    description: str
    scheduled_value: Decimal
    cost_code_id: str | None
    cost_code: str | None
    budget_line_id: str | None
    budget_line: str | None  # "BL-003"
    location_id: str | None
    change_order_id: str | None
    change_order: str | None  # "CO-002" for a line a change order added
    activity_codes: tuple[str, ...]


def sov_of(session: Session, commitment_id: str) -> list[SovLineRow]:
    """A commitment's schedule of values in order."""
    rows = session.execute(
        select(SovLine, CostCode.code, BudgetLine, ChangeOrder)
        .outerjoin(CostCode, CostCode.id == SovLine.cost_code_id)
        .outerjoin(BudgetLine, BudgetLine.id == SovLine.budget_line_id)
        .outerjoin(ChangeOrder, ChangeOrder.id == SovLine.change_order_id)
        .where(SovLine.commitment_id == commitment_id, SovLine.deleted_at.is_(None))
        .order_by(SovLine.position)
    ).all()
    activities: dict[str, list[str]] = {}
    for line_id, code in session.execute(
        select(SovActivity.sov_line_id, SovActivity.activity_code)
        .join(SovLine, SovLine.id == SovActivity.sov_line_id)
        .where(SovLine.commitment_id == commitment_id, SovActivity.deleted_at.is_(None))
        .order_by(SovActivity.activity_code)
    ):
        activities.setdefault(line_id, []).append(code)
    return [
        SovLineRow(
            id=line.id,
            position=line.position,
            item=line.item,
            description=line.description,
            scheduled_value=line.scheduled_value,
            cost_code_id=line.cost_code_id,
            cost_code=code,
            budget_line_id=line.budget_line_id,
            budget_line=BUDGET_KIND.number_of(budget) if budget is not None else None,
            location_id=line.location_id,
            change_order_id=line.change_order_id,
            change_order=CO_KIND.number_of(co) if co is not None else None,
            activity_codes=tuple(activities.get(line.id, ())),
        )
        for line, code, budget, co in rows
    ]


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
        PayAppRow(
            id=a.id,
            number=PAY_KIND.number_of(a),
            application_no=a.application_no,
            commitment_id=c.id,
            commitment_number=COMMITMENT_KIND.number_of(c),
            commitment_title=c.title,
            contractor_id=a.contractor_id,
            contractor=contractor,
            title=a.title,
            period_start=a.period_start,
            period_end=a.period_end,
            received_on=a.received_on,
            status=a.status.value,
            withholding=a.withholding,
            withholding_reason=a.withholding_reason,
            retainage_released=a.retainage_released,
            certified_amount=a.certified_amount,
            certified_at=a.certified_at,
            certified_by=a.certified_by,
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
            *(money(v) for v in r[5:10]),
            *(None if v is None else money(v) for v in r[10:12]),
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
        _entry(e, names, amount=e.amount, line_id=e.line_id, item=item, signature_id=e.signature_id)
        for e, item in rows
    ]


def _entry(
    e: BudgetTransferEvent | PayApplicationEvent, names: dict[str, str], **more: Any
) -> EventEntry:
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


def terms_of(c: Commitment) -> Terms:
    return Terms(
        retainage_pct=c.retainage_pct,
        materials_retainage_pct=c.materials_retainage_pct,
        retainage_reduced_pct=c.retainage_reduced_pct,
        reduce_at_pct=c.reduce_at_pct,
    )


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
        lines = lines_of(amounts, terms_of(c), c.original_value + net_change)
        figures = summary(
            lines,
            original_sum=c.original_value,
            net_change=net_change,
            retainage_released=cents(earlier_released) + app.retainage_released,
            previous_certificates=cents(earlier_certified),
            withholding=app.withholding,
        )
        out.append(
            Certificate(
                id=app.id,
                number=PAY_KIND.number_of(app),
                application_no=app.application_no,
                title=app.title,
                status=app.status.value,
                project_id=app.project_id,
                currency=project.currency,
                commitment_id=c.id,
                commitment_number=COMMITMENT_KIND.number_of(c),
                commitment_title=c.title,
                contractor_id=contractor.id,
                contractor=contractor.name,
                period_start=app.period_start,
                period_end=app.period_end,
                received_on=app.received_on,
                withholding_reason=app.withholding_reason,
                certified_amount=app.certified_amount,
                certified_at=app.certified_at,
                certified_by=app.certified_by,
                claimed=as_claimed,
                lines=lines,
                summary=figures,
            )
        )
    return out


def executed_commitments(session: Session, project_id: str) -> list[CommitmentRow]:
    """The commitments a pay application or a change order can name (executed ones)."""
    return [
        r
        for r in list_commitments(session, project_id)
        if r.status == CommitmentStatus.EXECUTED.value
    ]
