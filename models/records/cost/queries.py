"""Reads of the cost room the screens, exports and reports share: budget lines,
transfers, commitments, schedules of values; pay applications with their lines, events
and certificate (G702/G703) are ``pay_reads``'s, named here too; a commitment's schedule
of rates (``rates_of``, read in ``drill``). Everything returned is a plain frozen
dataclass with display numbers (``PA-001``)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from executrek.models.directory import Organisation
from executrek.models.project import CostCode
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
from executrek.models.records.cost.changes import approved_change_sums
from executrek.models.records.cost.checks import ZERO_AMOUNT
from executrek.models.records.cost.commitment_model import KIND as COMMITMENT_KIND
from executrek.models.records.cost.commitment_model import Commitment, SovActivity, SovLine
from executrek.models.records.cost.drill import RateRow as RateRow  # a commitment's rates
from executrek.models.records.cost.drill import rates_of as rates_of
from executrek.models.records.cost.pay_reads import Certificate as Certificate
from executrek.models.records.cost.pay_reads import EventEntry as EventEntry
from executrek.models.records.cost.pay_reads import PayAppLineRow as PayAppLineRow
from executrek.models.records.cost.pay_reads import PayAppRow as PayAppRow
from executrek.models.records.cost.pay_reads import ReviewRead as ReviewRead
from executrek.models.records.cost.pay_reads import certificate_of as certificate_of
from executrek.models.records.cost.pay_reads import event_entry
from executrek.models.records.cost.pay_reads import events_of as events_of
from executrek.models.records.cost.pay_reads import list_pay_applications as list_pay_applications
from executrek.models.records.cost.pay_reads import pay_app_lines as pay_app_lines
from executrek.models.records.cost.pay_reads import review_read as review_read
from executrek.models.records.cost.pay_reads import terms_of as terms_of
from executrek.models.records.cost.vocab import CommitmentStatus
from executrek.models.records.row_fields import read_row
from executrek.models.services.record_reads import logged, user_names


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
        read_row(
            BudgetLineRow,
            b,
            number=BUDGET_KIND.number_of(b),
            cost_code=code,
            cost_code_name=code_name,
            funding_source=source,
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
        read_row(
            TransferRow,
            t,
            number=TRANSFER_KIND.number_of(t),
            from_line=BUDGET_KIND.label(a) if a is not None else None,
            to_line=BUDGET_KIND.label(b) if b is not None else None,
        )
        for t, a, b in rows
    ]


def transfer_events(session: Session, transfer_id: str) -> list[EventEntry]:
    rows = logged(session, BudgetTransferEvent.transfer_id, transfer_id)
    names = user_names(session, (e.created_by for e in rows))
    return [event_entry(e, names) for e in rows]


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
    changes = approved_change_sums(session, project_id=project_id)
    rows = session.execute(
        select(Commitment, Organisation.name)
        .join(Organisation, Organisation.id == Commitment.contractor_id)
        .where(Commitment.project_id == project_id, Commitment.deleted_at.is_(None))
        .order_by(Commitment.commitment_type, Commitment.number, Commitment.draft_number)
    ).all()
    out = []
    for c, contractor in rows:
        approved = changes.get(c.id, ZERO_AMOUNT)
        out.append(
            read_row(
                CommitmentRow,
                c,
                number=COMMITMENT_KIND.number_of(c),
                contractor=contractor,
                approved_changes=approved,
                contract_sum=c.original_value + approved,
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
        read_row(
            SovLineRow,
            line,
            cost_code=code,
            budget_line=BUDGET_KIND.number_of(budget) if budget is not None else None,
            change_order=CO_KIND.number_of(co) if co is not None else None,
            activity_codes=tuple(activities.get(line.id, ())),
        )
        for line, code, budget, co in rows
    ]


def executed_commitments(session: Session, project_id: str) -> list[CommitmentRow]:
    """The commitments a pay application or a change order can name (executed ones)."""
    return [
        r
        for r in list_commitments(session, project_id)
        if r.status == CommitmentStatus.EXECUTED.value
    ]
