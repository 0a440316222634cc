"""A programme as the file readers hand it over (``app/interop/schedule_*.py``), and the
checks every programme passes before anything of it is written.

The readers know the formats; this module knows what a programme must be: activities
with unique ids and codes, relationships between activities of the file, calendars that
have working days, dates inside the years a programme can mean. Each failure is one
``ProgrammeRefused`` line naming the activity, relationship or calendar.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from executrek.models.errors import QT_TRANSLATE_NOOP, ValidationError
from executrek.models.records.schedule.vocab import (
    ActivityKind,
    ActivityStatus,
    Constraint,
    LinkKind,
    SourceFormat,
)
from executrek.models.records.schedule.workdays import working_weekdays

# Dates a real programme can hold; 1900-01-01 and 9999-12-31 are placeholders of broken
# exports, refused rather than drawn a century wide.
EARLIEST = dt.date(1950, 1, 1)
LATEST = dt.date(2199, 12, 31)
MAX_ACTIVITIES = 250_000
DATE_FIELDS = (
    "start",
    "finish",
    "planned_start",
    "planned_finish",
    "early_start",
    "early_finish",
    "late_start",
    "late_finish",
    "actual_start",
    "actual_finish",
    "constraint_date",
)


class ProgrammeRefused(ValidationError):
    """A file that is not a programme we can keep, in one line (the field is ``file``)."""

    def __init__(self, template: str, **params: Any) -> None:
        super().__init__("file", template, **params)


@dataclass(slots=True)
class ParsedCalendar:
    code: str
    name: str
    hours_per_day: Decimal
    work_week: str  # Monday..Sunday, "1111100"
    holidays: tuple[dt.date, ...] = ()


@dataclass(slots=True)
class ParsedActivity:
    """One activity as read; durations and floats already in working days."""

    source_id: str  # the file's own id (P6 task_id, MS Project UID)
    code: str
    name: str
    kind: ActivityKind
    status: ActivityStatus = ActivityStatus.NOT_STARTED
    wbs_path: str | None = None
    wbs_name: str | None = None
    calendar_code: str | None = None
    original_duration: Decimal | None = None
    remaining_duration: Decimal | None = None
    start: dt.date | None = None
    finish: dt.date | None = None
    planned_start: dt.date | None = None
    planned_finish: dt.date | None = None
    early_start: dt.date | None = None
    early_finish: dt.date | None = None
    late_start: dt.date | None = None
    late_finish: dt.date | None = None
    actual_start: dt.date | None = None
    actual_finish: dt.date | None = None
    pct_duration: Decimal | None = None
    pct_physical: Decimal | None = None
    total_float: Decimal | None = None
    free_float: Decimal | None = None
    critical: bool = False
    constraint_type: Constraint | None = None
    constraint_date: dt.date | None = None
    resource_count: int | None = None
    codes: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class ParsedLink:
    source_id: str  # the relationship's id in the file (for messages)
    predecessor: str  # source ids of the activities
    successor: str
    kind: LinkKind = LinkKind.FS
    lag_days: Decimal = Decimal(0)


@dataclass
class Programme:
    """Everything an update keeps of one file."""

    format: SourceFormat
    project_name: str | None
    data_date: dt.date | None  # as the file states it (P6 data date, MS Project status date)
    calendars: list[ParsedCalendar]
    activities: list[ParsedActivity]
    links: list[ParsedLink]
    default_calendar: str | None = None
    warnings: list[str] = field(default_factory=list)
    other_project_links: int = 0  # relationships to another project's activities, left out

    @property
    def milestone_count(self) -> int:
        return sum(1 for a in self.activities if a.kind is ActivityKind.MILESTONE)

    def span(self) -> tuple[dt.date | None, dt.date | None]:
        """The earliest start and latest finish of the activities."""
        starts = [a.start for a in self.activities if a.start is not None]
        finishes = [a.finish for a in self.activities if a.finish is not None]
        return (min(starts) if starts else None, max(finishes) if finishes else None)


def check(programme: Programme) -> None:
    """Refuse a programme that cannot be kept, naming the first fault; nothing is
    changed. Called by the importer before its transaction writes anything."""
    acts = programme.activities
    if not acts:
        raise ProgrammeRefused(
            QT_TRANSLATE_NOOP("Errors", "The file holds no activities: nothing to import.")
        )
    if len(acts) > MAX_ACTIVITIES:
        raise ProgrammeRefused(
            QT_TRANSLATE_NOOP(
                "Errors", "The file holds {count} activities; at most {limit} can be imported."
            ),
            count=len(acts),
            limit=MAX_ACTIVITIES,
        )
    by_id: dict[str, ParsedActivity] = {}
    by_code: dict[str, ParsedActivity] = {}
    for a in acts:
        _once(by_id, a, "id", a.source_id, "code", _ID_TWICE)
        _once(by_code, a, "code", a.code, "name", _CODE_TWICE)
        _check_dates(a)
    for link in programme.links:
        for end in (link.predecessor, link.successor):
            if end not in by_id:
                raise ProgrammeRefused(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "Relationship {link} refers to activity {id}, which is not in the file.",
                    ),
                    link=link.source_id,
                    id=end,
                )
        if link.predecessor == link.successor:
            raise ProgrammeRefused(
                QT_TRANSLATE_NOOP("Errors", "Relationship {link} links activity {code} to itself."),
                link=link.source_id,
                code=by_id[link.predecessor].code,
            )
    used = {a.calendar_code for a in acts if a.calendar_code is not None}
    for cal in programme.calendars:
        if cal.code in used and not working_weekdays(cal.work_week):
            raise ProgrammeRefused(
                QT_TRANSLATE_NOOP(
                    "Errors", "Calendar {name} has no working days, and activities use it."
                ),
                name=cal.name,
            )
        if cal.hours_per_day <= 0 or cal.hours_per_day > 24:
            raise ProgrammeRefused(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Calendar {name} works {hours} hours a day; it must be more than 0 and at most 24.",
                ),
                name=cal.name,
                hours=cal.hours_per_day,
            )


_ID_TWICE = QT_TRANSLATE_NOOP(
    "Errors", "Activity id {id} appears twice in the file ({first} and {second})."
)
_CODE_TWICE = QT_TRANSLATE_NOOP(
    "Errors", "Activity {code} appears twice in the file ({first} and {second})."
)


def _once(
    seen: dict[str, ParsedActivity],
    a: ParsedActivity,
    key_name: str,
    key: str,
    shown: str,
    refusal: str,
) -> None:
    """Keep ``a`` in ``seen`` under ``key``; refuse (naming the key as ``key_name`` and
    both activities by their ``shown`` field) when an activity is there already."""
    first = seen.get(key)
    if first is not None:
        raise ProgrammeRefused(
            refusal, **{key_name: key}, first=getattr(first, shown), second=getattr(a, shown)
        )
    seen[key] = a


def _check_dates(a: ParsedActivity) -> None:
    for name in DATE_FIELDS:
        value = getattr(a, name)
        if value is not None and not (EARLIEST <= value <= LATEST):
            raise ProgrammeRefused(
                QT_TRANSLATE_NOOP(
                    "Errors", "Activity {code} has {what} {date}, outside the years {first}–{last}."
                ),
                code=a.code,
                what=name.replace("_", " "),
                date=value.isoformat(),
                first=EARLIEST.year,
                last=LATEST.year,
            )
