"""Contractor issues: observations, non-conformances, RFIs and the like."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Mapping

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from executrek.models.base import (
    VARIANT_ORDER,
    Base,
    Defect,
    EventRow,
    Numbered,
    StatusChange,
    Synced,
)
from executrek.models.directory import enum_column
from executrek.models.records.issue.numbers import SERIES
from executrek.models.records.kind import RecordKind
from executrek.models.table_keys import owned_by, unique_number
from executrek.models.vocab import ISSUE_PREFIX as ISSUE_PREFIX
from executrek.models.vocab import IssueStatus, IssueType, Priority


class BallInCourt(enum.StrEnum):
    CONTRACTOR = "contractor"
    OWNERS_REP = "owners_rep"
    DESIGNER = "designer"
    OWNER = "owner"


class ContractorIssue(Numbered, Defect, Synced, Base):
    __tablename__ = "contractor_issues"
    __table_args__ = (
        unique_number("issue_type"),
        Index("ix_issues_project_status", "project_id", "status", "due_date"),
    )

    issue_type: Mapped[IssueType] = enum_column(IssueType, "issue_type", sort_order=VARIANT_ORDER)
    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str | None] = mapped_column(Text)
    severity: Mapped[Priority] = enum_column(Priority, "severity", Priority.MEDIUM)
    spec_reference: Mapped[str | None] = mapped_column(String(200))
    contractor_id: Mapped[str | None] = mapped_column(ForeignKey("organisations.id"))
    location_id: Mapped[str | None] = mapped_column(ForeignKey("locations.id"))
    due_date: Mapped[dt.date | None]
    status: Mapped[IssueStatus] = enum_column(IssueStatus, "issue_status", IssueStatus.OPEN)
    ball_in_court: Mapped[BallInCourt] = enum_column(
        BallInCourt, "ball_in_court", BallInCourt.CONTRACTOR
    )


class IssueStatusEvent(StatusChange, EventRow, Base):
    __tablename__ = "issue_status_events"
    __table_args__ = (Index("ix_issue_events_issue", "issue_id", "created_at"),)

    issue_id: Mapped[str] = owned_by("contractor_issues")


IS = IssueStatus
TRANSITIONS: Mapping[IssueStatus, frozenset[IssueStatus]] = {
    IS.DRAFT: frozenset({IS.OPEN, IS.VOID}),
    IS.OPEN: frozenset({IS.RESPONDED, IS.CLOSED, IS.VOID}),
    IS.RESPONDED: frozenset({IS.OPEN, IS.CLOSED, IS.VOID}),
    IS.CLOSED: frozenset({IS.OPEN}),
    IS.VOID: frozenset(),
}

KIND = RecordKind(
    key="issue",
    model=ContractorIssue,
    series=SERIES,
    variant="issue_type",
    transitions=TRANSITIONS,
    search_columns=("title", "description", "spec_reference"),
    page="issues",
)
