"""Rows of the cost room written straight through the ORM (inside one
``store.transaction()``), so the figure tests do not depend on the write services."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from executrek.models.directory import Organisation, OrgKind
from executrek.models.ids import new_id
from executrek.models.project import CostCode
from executrek.models.records.change_order.model import ChangeOrder, ChangeOrderLine, COReason
from executrek.models.records.cost.budget_model import BudgetLine, BudgetTransfer
from executrek.models.records.cost.commitment_model import Commitment, SovActivity, SovLine
from executrek.models.records.cost.payment_model import PayApplication, PayApplicationLine
from executrek.models.records.cost.vocab import (
    BudgetStatus,
    CommitmentStatus,
    CommitmentType,
    CostCategory,
    LineDecision,
    PayAppStatus,
    TransferStatus,
)
from executrek.models.vocab import COStatus, COTier

T = TypeVar("T")


def D(text: str) -> Decimal:
    return Decimal(text)


def put(s: Session, model: type[T], **values: Any) -> T:
    row = model(id=new_id(), **values)
    s.add(row)
    s.flush()  # rows go in the order they are made (no relationships to order them)
    return row


def org(s: Session, pid: str, name: str) -> Organisation:
    return put(s, Organisation, project_id=pid, name=name, kind=OrgKind.SUBCONTRACTOR)


def code(s: Session, pid: str, text: str, name: str, parent: CostCode | None = None) -> CostCode:
    return put(
        s, CostCode, project_id=pid, code=text, name=name, parent_id=parent.id if parent else None
    )


def line(
    s: Session,
    pid: str,
    number: int,
    cost_code: CostCode,
    title: str,
    category: CostCategory,
    original: str,
    status: BudgetStatus = BudgetStatus.ACTIVE,
) -> BudgetLine:
    return put(
        s,
        BudgetLine,
        project_id=pid,
        number=number,
        cost_code_id=cost_code.id,
        title=title,
        category=category,
        original_amount=D(original),
        status=status,
    )


def transfer(
    s: Session,
    pid: str,
    source: BudgetLine | None,
    target: BudgetLine | None,
    amount: str,
    status: TransferStatus = TransferStatus.APPROVED,
) -> BudgetTransfer:
    return put(
        s,
        BudgetTransfer,
        project_id=pid,
        title="Transfer",
        reason="Because",
        from_line_id=source.id if source else None,
        to_line_id=target.id if target else None,
        amount=D(amount),
        status=status,
    )


def commitment(
    s: Session,
    pid: str,
    number: int,
    contractor: Organisation,
    title: str,
    original: str,
    status: CommitmentStatus = CommitmentStatus.EXECUTED,
    kind: CommitmentType = CommitmentType.CONTRACT,
    **extra: Any,
) -> Commitment:
    return put(
        s,
        Commitment,
        project_id=pid,
        commitment_type=kind,
        number=number,
        title=title,
        contractor_id=contractor.id,
        original_value=D(original),
        status=status,
        **{"retainage_pct": D(10), "materials_retainage_pct": D(10), **extra},
    )


def sov(
    s: Session,
    c: Commitment,
    position: int,
    value: str,
    *,
    budget: BudgetLine | None = None,
    change_order: ChangeOrder | None = None,
    location: str | None = None,
    description: str | None = None,
    activities: tuple[str, ...] = (),
) -> SovLine:
    row = put(
        s,
        SovLine,
        project_id=c.project_id,
        commitment_id=c.id,
        position=position,
        item=str(position),
        description=description or f"Item {position}",
        budget_line_id=budget.id if budget else None,
        change_order_id=change_order.id if change_order else None,
        location_id=location,
        scheduled_value=D(value),
    )
    for text in activities:
        put(s, SovActivity, project_id=c.project_id, sov_line_id=row.id, activity_code=text)
    return row


def change_order(
    s: Session,
    pid: str,
    number: int,
    tier: COTier,
    status: COStatus,
    *,
    commitment: Commitment | None = None,
    amount: str = "0",
) -> ChangeOrder:
    return put(
        s,
        ChangeOrder,
        project_id=pid,
        tier=tier,
        number=number,
        title=f"{tier.value} {number}",
        reason=COReason.OWNER_REQUEST,
        status=status,
        commitment_id=commitment.id if commitment else None,
        amount=D(amount),
    )


def co_line(
    s: Session,
    co: ChangeOrder,
    position: int,
    amount: str,
    *,
    sov_line: SovLine | None = None,
    cost_code: CostCode | None = None,
    description: str = "Work",
    unit: str = "ea",
    quantity: str = "1",
    unit_price: str | None = None,
) -> ChangeOrderLine:
    return put(
        s,
        ChangeOrderLine,
        project_id=co.project_id,
        change_order_id=co.id,
        position=position,
        description=description,
        cost_code_id=cost_code.id if cost_code else None,
        sov_line_id=sov_line.id if sov_line else None,
        quantity=D(quantity),
        unit=unit,
        unit_price=D(unit_price if unit_price is not None else amount),
        amount=D(amount),
    )


def pay_app(
    s: Session,
    c: Commitment,
    number: int,
    application_no: int,
    start: dt.date,
    end: dt.date,
    status: PayAppStatus = PayAppStatus.CERTIFIED,
    *,
    certified: str | None = None,
    withholding: str = "0",
) -> PayApplication:
    return put(
        s,
        PayApplication,
        project_id=c.project_id,
        number=number,
        commitment_id=c.id,
        contractor_id=c.contractor_id,
        application_no=application_no,
        title=f"Application {application_no}",
        period_start=start,
        period_end=end,
        status=status,
        withholding=D(withholding),
        certified_amount=D(certified) if certified is not None else None,
    )


def app_line(
    s: Session,
    app: PayApplication,
    sov_line: SovLine,
    *,
    previous: str = "0",
    work: str = "0",
    stored: str = "0",
    approved: bool = True,
) -> PayApplicationLine:
    """A line claiming ``work`` and ``stored``; approved as claimed when ``approved``."""
    return put(
        s,
        PayApplicationLine,
        project_id=app.project_id,
        pay_application_id=app.id,
        sov_line_id=sov_line.id,
        position=sov_line.position,
        previous=D(previous),
        claimed_work=D(work),
        claimed_stored=D(stored),
        approved_work=D(work) if approved else None,
        approved_stored=D(stored) if approved else None,
        decision=LineDecision.APPROVED if approved else LineDecision.PENDING,
    )
