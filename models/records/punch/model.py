"""Quality punch items and their status events."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from sqlalchemy import ForeignKey, Index, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from executrek.models.base import Base, Defect, EventRow, Numbered, StatusChange, Synced
from executrek.models.directory import enum_column
from executrek.models.records.kind import RecordKind
from executrek.models.records.punch.numbers import SERIES
from executrek.models.table_keys import owned_by, unique_number
from executrek.models.vocab import Priority as Priority
from executrek.models.vocab import PunchStatus


class PunchItem(Numbered, Defect, Synced, Base):
    __tablename__ = "punch_items"
    __table_args__ = (
        unique_number(),
        Index("ix_punch_project_status", "project_id", "status", "number"),
        Index("ix_punch_project_due", "project_id", "due_date"),
        Index("ix_punch_project_contractor", "project_id", "contractor_id"),
        Index("ix_punch_project_location", "project_id", "location_id"),
        Index("ix_punch_project_updated", "project_id", "updated_at"),
        # Covers the health/dashboard aggregate (one GROUP BY per project); migration 0006.
        Index(
            "ix_punch_health",
            "project_id",
            "status",
            "contractor_id",
            "due_date",
            "deleted_at",
            sqlite_where=text("deleted_at IS NULL"),
        ),
    )

    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str | None] = mapped_column(Text)
    location_id: Mapped[str | None] = mapped_column(ForeignKey("locations.id"))
    trade_id: Mapped[str | None] = mapped_column(ForeignKey("trades.id"))
    contractor_id: Mapped[str | None] = mapped_column(ForeignKey("organisations.id"))
    assignee_id: Mapped[str | None] = mapped_column(ForeignKey("people.id"))
    priority: Mapped[Priority] = enum_column(Priority, "priority", Priority.MEDIUM)
    status: Mapped[PunchStatus] = enum_column(PunchStatus, "punch_status", PunchStatus.OPEN)
    due_date: Mapped[dt.date | None]


class PunchStatusEvent(StatusChange, EventRow, Base):
    __tablename__ = "punch_status_events"
    __table_args__ = (Index("ix_punch_events_item", "punch_item_id", "created_at"),)

    punch_item_id: Mapped[str] = owned_by("punch_items")


P = PunchStatus
TRANSITIONS: Mapping[PunchStatus, frozenset[PunchStatus]] = {
    P.DRAFT: frozenset({P.OPEN, P.VOID}),
    P.OPEN: frozenset({P.READY_FOR_REVIEW, P.CLOSED, P.VOID}),
    P.READY_FOR_REVIEW: frozenset({P.CLOSED, P.REJECTED, P.OPEN}),
    P.REJECTED: frozenset({P.READY_FOR_REVIEW, P.OPEN, P.VOID}),
    P.CLOSED: frozenset({P.OPEN}),  # reopen
    P.VOID: frozenset(),
}

KIND = RecordKind(
    key="punch_item",
    model=PunchItem,
    series=SERIES,
    transitions=TRANSITIONS,
    search_columns=("title", "description"),
    page="punch",
)
