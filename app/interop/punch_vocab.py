"""Status and priority words used by Procore, Fieldwire, PlanGrid, BCF tools and people,
mapped to ours; and the words we write for each vendor layout."""

from __future__ import annotations

import re
from collections.abc import Mapping
from types import MappingProxyType

from executrek.app.interop.punch_fields import PunchPriority, PunchStatus

S = PunchStatus
P = PunchPriority

_STATUS_WORDS: Mapping[str, PunchStatus] = MappingProxyType({
    # ours
    "draft": S.DRAFT, "open": S.OPEN, "ready for review": S.READY_FOR_REVIEW,
    "closed": S.CLOSED, "rejected": S.REJECTED, "void": S.VOID,
    # Procore punch workflow
    "initiated": S.OPEN, "work required": S.OPEN, "in progress": S.OPEN, "pending": S.READY_FOR_REVIEW,
    "ready to close": S.READY_FOR_REVIEW, "not accepted": S.REJECTED,
    "work not accepted": S.REJECTED, "recycled": S.OPEN,
    # Fieldwire: open tasks carry their priority as status
    "priority 1": S.OPEN, "priority 2": S.OPEN, "priority 3": S.OPEN,
    "completed": S.READY_FOR_REVIEW, "verified": S.CLOSED,
    # PlanGrid / Autodesk Build, BCF tools, everyday words
    "new": S.OPEN, "active": S.OPEN, "reopened": S.OPEN, "re opened": S.OPEN, "assigned": S.OPEN,
    "outstanding": S.OPEN, "incomplete": S.OPEN, "not started": S.OPEN, "started": S.OPEN,
    "resolved": S.READY_FOR_REVIEW, "solved": S.READY_FOR_REVIEW, "fixed": S.READY_FOR_REVIEW,
    "done": S.READY_FOR_REVIEW, "complete": S.READY_FOR_REVIEW, "in review": S.READY_FOR_REVIEW,
    "under review": S.READY_FOR_REVIEW, "awaiting review": S.READY_FOR_REVIEW,
    "ready for inspection": S.READY_FOR_REVIEW, "ready for verification": S.READY_FOR_REVIEW,
    "close": S.CLOSED, "accepted": S.CLOSED, "approved": S.CLOSED, "complied": S.CLOSED,
    "finished": S.CLOSED, "signed off": S.CLOSED,
    "reject": S.REJECTED, "returned": S.REJECTED, "declined": S.REJECTED, "disputed": S.REJECTED,
    "voided": S.VOID, "cancelled": S.VOID, "canceled": S.VOID, "deleted": S.VOID,
    "withdrawn": S.VOID, "duplicate": S.VOID, "not an issue": S.VOID, "n a": S.VOID,
    "inactive": S.VOID,
})  # fmt: skip

_PRIORITY_WORDS: Mapping[str, PunchPriority] = MappingProxyType({
    "low": P.LOW, "lowest": P.LOW, "minor": P.LOW, "trivial": P.LOW, "none": P.LOW,
    "medium": P.MEDIUM, "normal": P.MEDIUM, "moderate": P.MEDIUM, "average": P.MEDIUM,
    "med": P.MEDIUM, "major": P.HIGH, "high": P.HIGH, "important": P.HIGH,
    "critical": P.CRITICAL, "urgent": P.CRITICAL, "highest": P.CRITICAL, "very high": P.CRITICAL,
    "blocker": P.CRITICAL, "emergency": P.CRITICAL, "life safety": P.CRITICAL,
    # Fieldwire and many trackers: 1 is the most urgent
    "1": P.HIGH, "2": P.MEDIUM, "3": P.LOW, "p1": P.HIGH, "p2": P.MEDIUM, "p3": P.LOW,
    "priority 1": P.HIGH, "priority 2": P.MEDIUM, "priority 3": P.LOW, "p0": P.CRITICAL,
})  # fmt: skip

_PROCORE_PRIORITY: Mapping[PunchPriority, str] = MappingProxyType({
    P.LOW: "Low", P.MEDIUM: "Medium", P.HIGH: "High", P.CRITICAL: "High",
})  # fmt: skip


def normalize_value(value: str) -> str:
    """``" Ready_for-Review "`` → ``"ready for review"``; ``"N/A"`` → ``"n a"``."""
    text = re.sub(r"[_\-/.:;,()\[\]]", " ", value.strip().lower())
    return re.sub(r"\s+", " ", text).strip()


def map_status(value: str, overrides: Mapping[str, PunchStatus]) -> PunchStatus | None:
    """Our status for a source value; None when the word is unknown."""
    key = normalize_value(value)
    return overrides.get(key) or _STATUS_WORDS.get(key)


def map_priority(value: str, overrides: Mapping[str, PunchPriority]) -> PunchPriority | None:
    key = normalize_value(value)
    return overrides.get(key) or _PRIORITY_WORDS.get(key)


def priority_from_status(value: str) -> PunchPriority | None:
    """Fieldwire keeps priority in the status of open tasks ("Priority 1")."""
    key = normalize_value(value)
    return _PRIORITY_WORDS.get(key) if key.startswith("priority ") else None


def procore_priority(priority: PunchPriority) -> str:
    """Procore knows Low, Medium and High; critical goes out as High."""
    return _PROCORE_PRIORITY[priority]
