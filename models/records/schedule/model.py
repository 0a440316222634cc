"""The schedule tables — updates, their calendars, activities and links — the review
workflow of an update and the schedule update ``RecordKind``.

Every import is one ``ScheduleUpdate`` (``SU-003``) with its data date; its calendars,
activities and links belong to it and never change afterwards (a later programme is a
new update, so a project keeps its whole history). Only the owner's review of an update
(accepted or rejected, with a note) is written after the import. Durations and floats
are working days of the activity's calendar; dates are days.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from sqlalchemy import JSON, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from executrek.models.base import Base, InProject, Numbered, Scaled, Synced
from executrek.models.directory import enum_column
from executrek.models.records.kind import NumberSeries, RecordKind
from executrek.models.records.schedule.vocab import (
    SERIES,
    WIDTH,
    ActivityKind,
    ActivityStatus,
    Constraint,
    LinkKind,
    SourceFormat,
    UpdateStatus,
)
from executrek.models.table_keys import owned_by, project_index, unique_number

__all__ = [
    "ActivityKind",
    "ActivityStatus",
    "Constraint",
    "LinkKind",
    "SourceFormat",
    "UpdateStatus",
]


class ScheduleUpdate(Numbered, Synced, Base):
    """One imported programme: the baseline or a monthly update, never overwritten."""

    __tablename__ = "schedule_updates"
    __table_args__ = (unique_number(), project_index(__tablename__, "date", "data_date"))

    title: Mapped[str] = mapped_column(String(300))
    data_date: Mapped[dt.date]
    is_baseline: Mapped[bool] = mapped_column(default=False)
    source_format: Mapped[SourceFormat] = enum_column(SourceFormat, "schedule_source_format")
    source_name: Mapped[str] = mapped_column(String(300))  # the file's name
    source_sha256: Mapped[str] = mapped_column(String(64))
    source_project: Mapped[str | None] = mapped_column(String(300))  # its name in the file
    start_date: Mapped[dt.date | None]  # earliest activity start
    finish_date: Mapped[dt.date | None]  # latest activity finish: the programme's completion
    activity_count: Mapped[int] = mapped_column(default=0)
    link_count: Mapped[int] = mapped_column(default=0)
    milestone_count: Mapped[int] = mapped_column(default=0)
    status: Mapped[UpdateStatus] = enum_column(
        UpdateStatus, "schedule_update_status", UpdateStatus.SUBMITTED
    )
    review_note: Mapped[str | None] = mapped_column(Text)


class ScheduleCalendar(InProject, Synced, Base):
    """A work calendar of an update: the working weekdays, hours a day and holidays."""

    __tablename__ = "schedule_calendars"
    __table_args__ = (Index("ix_schedule_calendars_update", "update_id", "code"),)

    update_id: Mapped[str] = owned_by("schedule_updates")
    code: Mapped[str] = mapped_column(String(60))  # its id in the file
    name: Mapped[str] = mapped_column(String(300))
    hours_per_day: Mapped[Decimal] = mapped_column(Scaled(2))
    work_week: Mapped[str] = mapped_column(String(7))  # Monday..Sunday, "1111100"
    holidays: Mapped[list[Any]] = mapped_column(JSON, default=list)  # ISO dates off


class ScheduleActivity(InProject, Synced, Base):
    """One activity of one update (its code is the contractor's, stable across updates)."""

    __tablename__ = "schedule_activities"
    __table_args__ = (
        UniqueConstraint("update_id", "code"),
        Index("ix_schedule_activities_project", "project_id", "update_id"),
    )

    update_id: Mapped[str] = owned_by("schedule_updates")
    code: Mapped[str] = mapped_column(String(60))
    name: Mapped[str] = mapped_column(String(500))
    wbs_path: Mapped[str | None] = mapped_column(String(1000))  # "PRJ.B1.L2"
    wbs_name: Mapped[str | None] = mapped_column(String(300))  # the WBS node's name
    kind: Mapped[ActivityKind] = enum_column(ActivityKind, "schedule_activity_kind")
    status: Mapped[ActivityStatus] = enum_column(ActivityStatus, "schedule_activity_status")
    calendar_code: Mapped[str | None] = mapped_column(String(60))
    original_duration: Mapped[Decimal | None] = mapped_column(Scaled(2))  # working days
    remaining_duration: Mapped[Decimal | None] = mapped_column(Scaled(2))
    start: Mapped[dt.date | None]  # current: actual, else forecast
    finish: Mapped[dt.date | None]
    planned_start: Mapped[dt.date | None]  # the baseline (target) dates carried in the file
    planned_finish: Mapped[dt.date | None]
    early_start: Mapped[dt.date | None]
    early_finish: Mapped[dt.date | None]
    late_start: Mapped[dt.date | None]
    late_finish: Mapped[dt.date | None]
    actual_start: Mapped[dt.date | None]
    actual_finish: Mapped[dt.date | None]
    pct_duration: Mapped[Decimal | None] = mapped_column(Scaled(1))  # % complete, duration
    pct_physical: Mapped[Decimal | None] = mapped_column(Scaled(1))  # % complete, physical
    total_float: Mapped[Decimal | None] = mapped_column(Scaled(2))  # working days
    free_float: Mapped[Decimal | None] = mapped_column(Scaled(2))
    critical: Mapped[bool] = mapped_column(default=False)
    constraint_type: Mapped[Constraint | None] = enum_column(Constraint, "schedule_constraint")
    constraint_date: Mapped[dt.date | None]
    resource_count: Mapped[int | None]  # None: the file carries no resources
    codes: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)  # codes, custom fields


class ScheduleLink(InProject, Synced, Base):
    """A relationship of an update: predecessor → successor, its type and lag."""

    __tablename__ = "schedule_links"
    __table_args__ = (
        Index("ix_schedule_links_update", "update_id"),
        # The activities' foreign keys: a delete or check of an activity finds its links.
        Index("ix_schedule_links_predecessor", "predecessor_id"),
        Index("ix_schedule_links_successor", "successor_id"),
    )

    update_id: Mapped[str] = owned_by("schedule_updates")
    predecessor_id: Mapped[str] = owned_by("schedule_activities")
    successor_id: Mapped[str] = owned_by("schedule_activities")
    kind: Mapped[LinkKind] = enum_column(LinkKind, "schedule_link_kind")
    lag_days: Mapped[Decimal] = mapped_column(Scaled(2), default=Decimal(0))  # working days


U = UpdateStatus
TRANSITIONS: Mapping[UpdateStatus, frozenset[UpdateStatus]] = {
    U.SUBMITTED: frozenset({U.ACCEPTED, U.REJECTED}),
    U.ACCEPTED: frozenset(),  # a reviewed update stays as reviewed: the next one is new
    U.REJECTED: frozenset(),
}
# The fields of an update the review may write after the import (the central database
# refuses every other change: sync migration 0007_schedule).
REVIEW_FIELDS = ("status", "review_note")
CONTENT_TABLES = ("schedule_calendars", "schedule_activities", "schedule_links")

KIND = RecordKind(
    key="schedule_update",
    model=ScheduleUpdate,
    series=(NumberSeries(SERIES, WIDTH),),
    transitions=TRANSITIONS,
    search_columns=("title", "source_name", "review_note"),
    page="schedule",
)

# Records that photos, comments and links attach to (field evidence on an activity).
PARTS: dict[str, str] = {"schedule_activity": "schedule_activities"}
