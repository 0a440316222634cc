"""Inspection templates, inspections, checklist items and responses, the status
workflow, and the inspection ``RecordKind``.

A template is a versioned JSON document (sections → items). Starting an inspection
copies the template's items into ``inspection_items`` so later template edits never
change a past inspection. Responses are insert-only events; the latest response per
item is the current answer. Signatures are shared by every kind (``models/common.py``).
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from executrek.models.base import Base, EventRow, InProject, Numbered, Scaled, Synced
from executrek.models.directory import enum_column
from executrek.models.records.kind import NumberSeries, RecordKind
from executrek.models.table_keys import owned_by, project_index, unique_number
from executrek.models.vocab import InspectionResult, InspectionStatus


class ResponseType(enum.StrEnum):
    PASS_FAIL_NA = "pass_fail_na"
    YES_NO = "yes_no"
    NUMBER = "number"
    TEXT = "text"
    CHOICE = "choice"


class FailureAction(enum.StrEnum):
    NONE = "none"
    PUNCH_ITEM = "punch_item"
    ISSUE = "issue"


class Outcome(enum.StrEnum):
    """What a response means for scoring."""

    PASS = "pass"
    FAIL = "fail"
    NA = "na"
    INFO = "info"  # answered, not scored (text, unscored choice)


class InspectionTemplate(Synced, Base):
    """``project_id`` NULL: a PMO library template available to every project."""

    __tablename__ = "inspection_templates"

    project_id: Mapped[str | None] = owned_by("projects")
    name: Mapped[str] = mapped_column(String(200))
    category: Mapped[str] = mapped_column(String(80), default="General")
    version: Mapped[int] = mapped_column(default=1)
    pass_mark: Mapped[Decimal] = mapped_column(Scaled(2), default=Decimal(80))
    definition: Mapped[dict[str, Any]] = mapped_column(JSON)
    archived: Mapped[bool] = mapped_column(default=False)


class Inspection(Numbered, Synced, Base):
    __tablename__ = "inspections"
    __table_args__ = (unique_number(), project_index(__tablename__, "date", "inspection_date"))

    template_id: Mapped[str | None] = mapped_column(ForeignKey("inspection_templates.id"))
    template_version: Mapped[int] = mapped_column(default=1)
    title: Mapped[str] = mapped_column(String(300))
    location_id: Mapped[str | None] = mapped_column(ForeignKey("locations.id"))
    contractor_id: Mapped[str | None] = mapped_column(ForeignKey("organisations.id"))
    inspector_id: Mapped[str | None] = mapped_column(ForeignKey("users.id"))
    inspection_date: Mapped[dt.date]
    weather: Mapped[str | None] = mapped_column(String(200))
    attendees: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)
    pass_mark: Mapped[Decimal] = mapped_column(Scaled(2), default=Decimal(80))
    status: Mapped[InspectionStatus] = enum_column(
        InspectionStatus, "inspection_status", InspectionStatus.DRAFT
    )
    result: Mapped[InspectionResult | None] = enum_column(InspectionResult, "inspection_result")
    score: Mapped[Decimal | None] = mapped_column(Scaled(2))
    completed_at: Mapped[dt.datetime | None]


class InspectionItem(InProject, Synced, Base):
    __tablename__ = "inspection_items"
    __table_args__ = (Index("ix_inspection_items_inspection", "inspection_id", "position"),)

    inspection_id: Mapped[str] = owned_by("inspections")
    position: Mapped[int]
    section: Mapped[str] = mapped_column(String(200))
    prompt: Mapped[str] = mapped_column(String(500))
    response_type: Mapped[ResponseType] = enum_column(ResponseType, "response_type")
    choices: Mapped[list[Any]] = mapped_column(JSON, default=list)
    failing_choices: Mapped[list[Any]] = mapped_column(JSON, default=list)
    expected_yes: Mapped[bool] = mapped_column(default=True)
    target: Mapped[Decimal | None] = mapped_column(Scaled(4))
    tolerance: Mapped[Decimal | None] = mapped_column(Scaled(4))
    unit: Mapped[str | None] = mapped_column(String(16))
    photo_required: Mapped[bool] = mapped_column(default=False)
    critical: Mapped[bool] = mapped_column(default=False)
    weight: Mapped[Decimal] = mapped_column(Scaled(2), default=Decimal(1))
    failure_action: Mapped[FailureAction] = enum_column(
        FailureAction, "failure_action", FailureAction.PUNCH_ITEM
    )


class InspectionResponse(InProject, EventRow, Base):
    __tablename__ = "inspection_responses"
    __table_args__ = (Index("ix_responses_item", "inspection_item_id", "created_at"),)

    inspection_id: Mapped[str] = owned_by("inspections")
    inspection_item_id: Mapped[str] = owned_by("inspection_items")
    value: Mapped[str | None] = mapped_column(Text)
    outcome: Mapped[Outcome] = enum_column(Outcome, "outcome")
    note: Mapped[str | None] = mapped_column(Text)


S = InspectionStatus
TRANSITIONS: Mapping[InspectionStatus, frozenset[InspectionStatus]] = {
    S.DRAFT: frozenset({S.IN_PROGRESS, S.VOID}),
    S.IN_PROGRESS: frozenset({S.COMPLETED, S.VOID}),
    S.COMPLETED: frozenset({S.VOID}),
    S.VOID: frozenset(),
}

KIND = RecordKind(
    key="inspection",
    model=Inspection,
    series=(NumberSeries("INS", 3),),
    transitions=TRANSITIONS,
    search_columns=("title", "notes"),
)


def inspection_number(ins: Inspection) -> str:
    """``INS-007`` (or the draft number before the first sync)."""
    return KIND.number_of(ins)
