"""The owner's budget: lines by cost code (hard and soft costs), the funding sources
that pay for them, and budget transfers between lines; the budget line and budget
transfer ``RecordKind``s (``BL-001``, ``BT-001``).

A line's *approved budget* is its ``original_amount`` plus the approved transfers into
it less those out of it; a transfer with no source line is an owner-approved budget
increase, one with no destination line a decrease. Cost codes (``models.project.CostCode``)
form a tree through ``parent_id``; the budget rolls up along it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from decimal import Decimal

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from executrek.models.base import Base, EventRow, InProject, Numbered, Synced
from executrek.models.directory import enum_column
from executrek.models.records.cost.vocab import (
    BUDGET_SERIES,
    TRANSFER_SERIES,
    WIDTH,
    BudgetStatus,
    CostCategory,
    TransferStatus,
)
from executrek.models.records.kind import NumberSeries, RecordKind
from executrek.models.table_keys import owned_by, project_index, unique_number


class FundingSource(InProject, Synced, Base):
    """Where the owner's money comes from (equity, a loan facility, a grant)."""

    __tablename__ = "funding_sources"
    __table_args__ = (UniqueConstraint("project_id", "name"),)

    name: Mapped[str] = mapped_column(String(200))
    amount: Mapped[Decimal] = mapped_column(default=Decimal(0))
    note: Mapped[str | None] = mapped_column(Text)


class BudgetLine(Numbered, Synced, Base):
    __tablename__ = "budget_lines"
    __table_args__ = (unique_number(), project_index(__tablename__, "code", "cost_code_id"))

    cost_code_id: Mapped[str] = mapped_column(ForeignKey("cost_codes.id"))
    title: Mapped[str] = mapped_column(String(300))
    category: Mapped[CostCategory] = enum_column(CostCategory, "cost_category")
    original_amount: Mapped[Decimal] = mapped_column(default=Decimal(0))
    funding_source_id: Mapped[str | None] = mapped_column(ForeignKey("funding_sources.id"))
    status: Mapped[BudgetStatus] = enum_column(BudgetStatus, "budget_status", BudgetStatus.ACTIVE)
    note: Mapped[str | None] = mapped_column(Text)


class BudgetTransfer(Numbered, Synced, Base):
    __tablename__ = "budget_transfers"
    __table_args__ = (unique_number(), project_index(__tablename__, "status"))

    title: Mapped[str] = mapped_column(String(300))
    reason: Mapped[str] = mapped_column(Text)
    from_line_id: Mapped[str | None] = mapped_column(ForeignKey("budget_lines.id"))
    to_line_id: Mapped[str | None] = mapped_column(ForeignKey("budget_lines.id"))
    amount: Mapped[Decimal] = mapped_column()  # > 0
    status: Mapped[TransferStatus] = enum_column(
        TransferStatus, "transfer_status", TransferStatus.DRAFT
    )
    submitted_at: Mapped[dt.datetime | None]
    decided_at: Mapped[dt.datetime | None]


class BudgetTransferEvent(InProject, EventRow, Base):
    """Submit, approve, reject, void of a transfer: who, when and why."""

    __tablename__ = "budget_transfer_events"
    __table_args__ = (Index("ix_budget_transfer_events_transfer", "transfer_id", "created_at"),)

    transfer_id: Mapped[str] = owned_by("budget_transfers")
    action: Mapped[str] = mapped_column(String(24))
    from_status: Mapped[str | None] = mapped_column(String(24))
    to_status: Mapped[str] = mapped_column(String(24))
    approver_name: Mapped[str | None] = mapped_column(String(200))
    note: Mapped[str | None] = mapped_column(Text)


B = BudgetStatus
BUDGET_TRANSITIONS: Mapping[BudgetStatus, frozenset[BudgetStatus]] = {
    B.ACTIVE: frozenset({B.CLOSED}),
    B.CLOSED: frozenset({B.ACTIVE}),
}

T = TransferStatus
TRANSFER_TRANSITIONS: Mapping[TransferStatus, frozenset[TransferStatus]] = {
    T.DRAFT: frozenset({T.PENDING, T.VOID}),
    T.PENDING: frozenset({T.APPROVED, T.REJECTED, T.DRAFT, T.VOID}),  # DRAFT = revise
    T.APPROVED: frozenset(),  # an approved transfer is reversed by another transfer
    T.REJECTED: frozenset({T.DRAFT, T.VOID}),
    T.VOID: frozenset(),
}

BUDGET_KIND = RecordKind(
    key="budget_line",
    model=BudgetLine,
    series=(NumberSeries(BUDGET_SERIES, WIDTH),),
    transitions=BUDGET_TRANSITIONS,
    search_columns=("title", "note"),
    page="budget",
)

TRANSFER_KIND = RecordKind(
    key="budget_transfer",
    model=BudgetTransfer,
    series=(NumberSeries(TRANSFER_SERIES, WIDTH),),
    transitions=TRANSFER_TRANSITIONS,
    search_columns=("title", "reason"),
    page="budget",
    export="budget-transfers",
)
