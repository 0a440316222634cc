"""The schedule's vocabularies as plain ``StrEnum`` values, with no database machinery:
the tables map them, and the plain-SQL reads (the forecast the start-up screen shows)
filter on them without importing SQLAlchemy."""

from __future__ import annotations

import enum

SERIES = "SU"  # schedule update numbers: SU-003
DELAY_SERIES = "EOT"  # delay events: EOT-004
WIDTH = 3


class UpdateStatus(enum.StrEnum):
    """The owner's review of a programme update."""

    SUBMITTED = "submitted"
    ACCEPTED = "accepted"
    REJECTED = "rejected"


class SourceFormat(enum.StrEnum):
    XER = "xer"  # Primavera P6
    MSPDI = "mspdi"  # Microsoft Project XML


class ActivityKind(enum.StrEnum):
    TASK = "task"
    MILESTONE = "milestone"
    LOE = "loe"  # level of effort (hammock)
    SUMMARY = "summary"  # a WBS summary (P6 WBS summary activity, MS Project summary task)


class ActivityStatus(enum.StrEnum):
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    COMPLETE = "complete"


class LinkKind(enum.StrEnum):
    FS = "FS"
    SS = "SS"
    FF = "FF"
    SF = "SF"


class Constraint(enum.StrEnum):
    """Date constraints, by their usual abbreviations (P6 and MS Project alike)."""

    ASAP = "asap"
    ALAP = "alap"
    SNET = "snet"  # start no earlier than
    SNLT = "snlt"  # start no later than
    FNET = "fnet"  # finish no earlier than
    FNLT = "fnlt"  # finish no later than
    MSO = "mso"  # must start on
    MFO = "mfo"  # must finish on
    MANDATORY_START = "mandatory_start"  # P6
    MANDATORY_FINISH = "mandatory_finish"  # P6


# The DCMA's hard constraints: they stop the logic from moving an activity.
HARD_CONSTRAINTS = frozenset(
    {
        Constraint.MSO,
        Constraint.MFO,
        Constraint.SNLT,
        Constraint.FNLT,
        Constraint.MANDATORY_START,
        Constraint.MANDATORY_FINISH,
    }
)


class DelayStatus(enum.StrEnum):
    NOTIFIED = "notified"  # the event is on record; no time asked for yet
    CLAIMED = "claimed"  # an extension of time is asked for (days_claimed)
    GRANTED = "granted"  # days_granted (may be fewer than claimed) extend the contract
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"


class DelayResponsibility(enum.StrEnum):
    """Who carries the delay: owner's and neutral events earn time, the contractor's not."""

    OWNER = "owner"
    CONTRACTOR = "contractor"
    NEUTRAL = "neutral"  # weather, force majeure
    UNDETERMINED = "undetermined"
