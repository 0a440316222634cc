"""The status and kind vocabularies of the domain, as plain ``StrEnum`` values with no
database machinery: the ORM models map them, and the start-up reader (which must not
import SQLAlchemy) filters on them in plain SQL."""

from __future__ import annotations

import enum


class Priority(enum.StrEnum):
    """How urgent a punch item or an issue is."""

    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    CRITICAL = "critical"


class PunchStatus(enum.StrEnum):
    DRAFT = "draft"
    OPEN = "open"
    READY_FOR_REVIEW = "ready_for_review"
    REJECTED = "rejected"
    CLOSED = "closed"
    VOID = "void"


class COTier(enum.StrEnum):
    CHANGE_EVENT = "change_event"  # potential change order, not yet priced/requested
    REQUEST = "request"  # change order request submitted to the owner
    CHANGE_ORDER = "change_order"  # executed change to the contract


class COStatus(enum.StrEnum):
    DRAFT = "draft"
    PENDING = "pending"  # submitted, awaiting decision
    APPROVED = "approved"
    REJECTED = "rejected"
    PROMOTED = "promoted"  # superseded by the next tier
    VOID = "void"


class IssueType(enum.StrEnum):
    OBSERVATION = "observation"
    NON_CONFORMANCE = "non_conformance"
    RFI = "rfi"
    SAFETY = "safety"
    QUALITY = "quality"
    SCHEDULE = "schedule"


ISSUE_PREFIX: dict[IssueType, str] = {
    IssueType.OBSERVATION: "OBS",
    IssueType.NON_CONFORMANCE: "NCR",
    IssueType.RFI: "RFI",
    IssueType.SAFETY: "SAF",
    IssueType.QUALITY: "QA",
    IssueType.SCHEDULE: "SCH",
}


class IssueStatus(enum.StrEnum):
    DRAFT = "draft"
    OPEN = "open"
    RESPONDED = "responded"
    CLOSED = "closed"
    VOID = "void"


class RiskStatus(enum.StrEnum):
    OPEN = "open"
    MITIGATING = "mitigating"
    OCCURRED = "occurred"
    CLOSED = "closed"


class ProjectStatus(enum.StrEnum):
    PLANNING = "planning"
    ACTIVE = "active"
    ON_HOLD = "on_hold"
    CLOSED = "closed"


class InspectionStatus(enum.StrEnum):
    DRAFT = "draft"
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"
    VOID = "void"


class InspectionResult(enum.StrEnum):
    PASS = "pass"
    FAIL = "fail"


# Punch items still to be dealt with (everything but closed and void).
LIVE = (PunchStatus.DRAFT, PunchStatus.OPEN, PunchStatus.REJECTED, PunchStatus.READY_FOR_REVIEW)
# Contractor issues still open (counted as open on lists and dashboards).
OPEN_ISSUE = (IssueStatus.DRAFT.value, IssueStatus.OPEN.value, IssueStatus.RESPONDED.value)
