"""Change orders in tiers, their line items and approval events."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Mapping
from decimal import Decimal

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from executrek.models.base import VARIANT_ORDER, Base, EventRow, InProject, Numbered, Scaled, Synced
from executrek.models.directory import enum_column
from executrek.models.records.kind import NumberSeries, RecordKind
from executrek.models.table_keys import owned_by, unique_number
from executrek.models.vocab import COStatus, COTier

TIER_PREFIX: dict[COTier, str] = {
    COTier.CHANGE_EVENT: "CE",
    COTier.REQUEST: "COR",
    COTier.CHANGE_ORDER: "CO",
}

NEXT_TIER: dict[COTier, COTier] = {
    COTier.CHANGE_EVENT: COTier.REQUEST,
    COTier.REQUEST: COTier.CHANGE_ORDER,
}


class COReason(enum.StrEnum):
    OWNER_REQUEST = "owner_request"
    DESIGN_ERROR = "design_error"
    UNFORESEEN_CONDITION = "unforeseen_condition"
    REGULATORY = "regulatory"
    VALUE_ENGINEERING = "value_engineering"
    CONTRACTOR_CLAIM = "contractor_claim"
    SCHEDULE_ACCELERATION = "schedule_acceleration"
    OTHER = "other"


class ChangeOrder(Numbered, Synced, Base):
    __tablename__ = "change_orders"
    __table_args__ = (
        unique_number("tier"),
        Index("ix_co_project_status", "project_id", "tier", "status"),
    )

    tier: Mapped[COTier] = enum_column(COTier, "co_tier", sort_order=VARIANT_ORDER)
    parent_id: Mapped[str | None] = mapped_column(ForeignKey("change_orders.id"))
    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str | None] = mapped_column(Text)
    reason: Mapped[COReason] = enum_column(COReason, "co_reason")
    status: Mapped[COStatus] = enum_column(COStatus, "co_status", COStatus.DRAFT)
    revision: Mapped[int] = mapped_column(default=0)
    contractor_id: Mapped[str | None] = mapped_column(ForeignKey("organisations.id"))
    # The commitment the change modifies (its contract sum to date includes it once approved).
    commitment_id: Mapped[str | None] = mapped_column(ForeignKey("commitments.id"))
    schedule_impact_days: Mapped[int] = mapped_column(default=0)
    # Kept equal to the sum of the line items by the service, so lists and the roll-up
    # need no aggregation.
    amount: Mapped[Decimal] = mapped_column(default=Decimal(0))
    funded_from_contingency: Mapped[bool] = mapped_column(default=True)
    submitted_at: Mapped[dt.datetime | None]
    decided_at: Mapped[dt.datetime | None]


class ChangeOrderLine(InProject, Synced, Base):
    __tablename__ = "change_order_lines"
    __table_args__ = (Index("ix_co_lines_co", "change_order_id", "position"),)

    change_order_id: Mapped[str] = owned_by("change_orders")
    position: Mapped[int]
    description: Mapped[str] = mapped_column(String(400))
    cost_code_id: Mapped[str | None] = mapped_column(ForeignKey("cost_codes.id"))
    sov_line_id: Mapped[str | None] = mapped_column(ForeignKey("sov_lines.id"))
    quantity: Mapped[Decimal] = mapped_column(Scaled(3))
    unit: Mapped[str] = mapped_column(String(16), default="ea")
    unit_price: Mapped[Decimal] = mapped_column()
    markup_pct: Mapped[Decimal] = mapped_column(Scaled(2), default=Decimal(0))
    amount: Mapped[Decimal] = mapped_column()


class ChangeOrderEvent(InProject, EventRow, Base):
    """Submit, approve, reject, revise, promote, void: who, when, and for approvals the
    approver and their signature."""

    __tablename__ = "change_order_events"
    __table_args__ = (Index("ix_co_events_co", "change_order_id", "created_at"),)

    change_order_id: Mapped[str] = owned_by("change_orders")
    action: Mapped[str] = mapped_column(String(24))
    from_status: Mapped[str | None] = mapped_column(String(24))
    to_status: Mapped[str] = mapped_column(String(24))
    approver_name: Mapped[str | None] = mapped_column(String(200))
    signature_id: Mapped[str | None] = mapped_column(ForeignKey("signatures.id"))
    amount: Mapped[Decimal | None] = mapped_column()
    note: Mapped[str | None] = mapped_column(Text)


C = COStatus
TRANSITIONS: Mapping[COStatus, frozenset[COStatus]] = {
    C.DRAFT: frozenset({C.PENDING, C.VOID}),
    C.PENDING: frozenset({C.APPROVED, C.REJECTED, C.DRAFT, C.VOID}),  # DRAFT = revise
    C.APPROVED: frozenset({C.PROMOTED, C.VOID}),
    C.REJECTED: frozenset({C.DRAFT, C.VOID}),  # revise and resubmit
    C.PROMOTED: frozenset(),
    C.VOID: frozenset(),
}

KIND = RecordKind(
    key="change_order",
    model=ChangeOrder,
    series=tuple(
        NumberSeries(prefix, 3, variant=tier.value) for tier, prefix in TIER_PREFIX.items()
    ),
    variant="tier",
    transitions=TRANSITIONS,
    search_columns=("title", "description"),
    export="change-orders",
)
