"""Commitments: contracts and purchase orders per organisation, their schedule of values
(SOV lines mapped to cost codes and budget lines), their schedule of rates, and the
schedule activities an SOV line's progress is checked against; the commitment
``RecordKind`` (``SC-001`` contracts, ``PO-001`` purchase orders).

A commitment's *contract sum to date* is ``original_value`` plus its approved change
orders (``change_orders.commitment_id``); while it is a draft its SOV lines must sum to
``original_value`` before it can be executed. Lines a change order adds carry its id.
Retainage: ``retainage_pct`` of completed work (``materials_retainage_pct`` of stored
material), falling to ``retainage_reduced_pct`` once the work is ``reduce_at_pct``
complete (both optional).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from decimal import Decimal

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from executrek.models.base import VARIANT_ORDER, Base, InProject, Numbered, Scaled, Synced
from executrek.models.directory import enum_column
from executrek.models.records.cost.vocab import (
    COMMITMENT_PREFIX,
    WIDTH,
    CommitmentStatus,
    CommitmentType,
)
from executrek.models.records.kind import NumberSeries, RecordKind
from executrek.models.table_keys import owned_by, project_index, unique_number


class Commitment(Numbered, Synced, Base):
    __tablename__ = "commitments"
    __table_args__ = (unique_number("commitment_type"), project_index(__tablename__, "status"))

    commitment_type: Mapped[CommitmentType] = enum_column(
        CommitmentType, "commitment_type", sort_order=VARIANT_ORDER
    )
    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str | None] = mapped_column(Text)
    contractor_id: Mapped[str] = mapped_column(ForeignKey("organisations.id"))
    original_value: Mapped[Decimal] = mapped_column(default=Decimal(0))
    retainage_pct: Mapped[Decimal] = mapped_column(Scaled(2), default=Decimal(0))
    materials_retainage_pct: Mapped[Decimal] = mapped_column(Scaled(2), default=Decimal(0))
    retainage_reduced_pct: Mapped[Decimal | None] = mapped_column(Scaled(2))
    reduce_at_pct: Mapped[Decimal | None] = mapped_column(Scaled(2))
    status: Mapped[CommitmentStatus] = enum_column(
        CommitmentStatus, "commitment_status", CommitmentStatus.DRAFT
    )
    executed_on: Mapped[dt.date | None]
    start_date: Mapped[dt.date | None]  # for the cash-flow forecast when no schedule
    finish_date: Mapped[dt.date | None]


class SovLine(InProject, Synced, Base):
    """One line of a commitment's schedule of values (G703 column C)."""

    __tablename__ = "sov_lines"
    __table_args__ = (Index("ix_sov_lines_commitment", "commitment_id", "position"),)

    commitment_id: Mapped[str] = owned_by("commitments")
    position: Mapped[int]
    item: Mapped[str] = mapped_column(String(32))  # the contractor's item number ("3.2")
    description: Mapped[str] = mapped_column(String(400))
    cost_code_id: Mapped[str | None] = mapped_column(ForeignKey("cost_codes.id"))
    budget_line_id: Mapped[str | None] = mapped_column(ForeignKey("budget_lines.id"))
    location_id: Mapped[str | None] = mapped_column(ForeignKey("locations.id"))
    scheduled_value: Mapped[Decimal] = mapped_column()
    change_order_id: Mapped[str | None] = mapped_column(ForeignKey("change_orders.id"))


class SovActivity(InProject, Synced, Base):
    """An SOV line ↔ a schedule activity code (codes outlive schedule updates, so the
    latest update's % complete of that code is the evidence)."""

    __tablename__ = "sov_activities"
    __table_args__ = (UniqueConstraint("sov_line_id", "activity_code"),)

    sov_line_id: Mapped[str] = owned_by("sov_lines")
    activity_code: Mapped[str] = mapped_column(String(60))


class CommitmentRate(InProject, Synced, Base):
    """One rate of a commitment's schedule of rates (change order lines are checked
    against it)."""

    __tablename__ = "commitment_rates"
    __table_args__ = (UniqueConstraint("commitment_id", "item"),)

    commitment_id: Mapped[str] = owned_by("commitments")
    item: Mapped[str] = mapped_column(String(32))
    description: Mapped[str] = mapped_column(String(400))
    unit: Mapped[str] = mapped_column(String(16))
    rate: Mapped[Decimal] = mapped_column()
    cost_code_id: Mapped[str | None] = mapped_column(ForeignKey("cost_codes.id"))


S = CommitmentStatus
TRANSITIONS: Mapping[CommitmentStatus, frozenset[CommitmentStatus]] = {
    S.DRAFT: frozenset({S.EXECUTED, S.VOID}),
    S.EXECUTED: frozenset({S.CLOSED}),
    S.CLOSED: frozenset({S.EXECUTED}),  # reopened to settle a late claim
    S.VOID: frozenset(),
}

KIND = RecordKind(
    key="commitment",
    model=Commitment,
    series=tuple(
        NumberSeries(prefix, WIDTH, variant=kind.value)
        for kind, prefix in COMMITMENT_PREFIX.items()
    ),
    variant="commitment_type",
    transitions=TRANSITIONS,
    search_columns=("title", "description"),
)

# Records that photos, comments and links attach to without being a kind of their own.
PARTS: dict[str, str] = {"sov_line": "sov_lines"}
