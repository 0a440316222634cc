"""Reads of the schedule: updates, and one update's activities, links and calendars.

Plain SQL over any ``SqlSource`` (the open ``Store``, or the start-up ``LocalFile``), into
small slotted rows: the quality check, the comparison, the forecast, the Gantt page and
the export all read the same rows, and 10,000 activities load in a few tens of
milliseconds (no ORM objects).
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, NamedTuple

from executrek.models.errors import QT_TRANSLATE_NOOP, NotFoundError
from executrek.models.human_numbers import display
from executrek.models.local_read import SqlSource, day
from executrek.models.records.schedule.programme import DATE_FIELDS
from executrek.models.records.schedule.vocab import (
    DELAY_SERIES,
    SERIES,
    WIDTH,
    ActivityKind,
    ActivityStatus,
)


def _dec(value: int | None, scale: int) -> Decimal | None:
    return None if value is None else Decimal(value).scaleb(-scale)


@dataclass(frozen=True, slots=True)
class UpdateRow:
    """One schedule update, as lists and headers show it."""

    id: str
    number: str  # "SU-003"
    title: str
    data_date: dt.date
    is_baseline: bool
    status: str  # submitted, accepted, rejected
    source_format: str
    source_name: str
    start_date: dt.date | None
    finish_date: dt.date | None
    activity_count: int
    link_count: int
    milestone_count: int
    review_note: str | None
    imported_at: str  # the ISO UTC stamp of the import


@dataclass(slots=True)
class Activity:
    """One activity of an update (durations and floats in working days)."""

    id: str
    code: str
    name: str
    wbs_path: str | None
    wbs_name: str | None
    kind: ActivityKind
    status: ActivityStatus
    calendar_code: str | None
    original_duration: Decimal | None
    remaining_duration: Decimal | None
    start: dt.date | None
    finish: dt.date | None
    planned_start: dt.date | None
    planned_finish: dt.date | None
    early_start: dt.date | None
    early_finish: dt.date | None
    late_start: dt.date | None
    late_finish: dt.date | None
    actual_start: dt.date | None
    actual_finish: dt.date | None
    pct_duration: Decimal | None
    pct_physical: Decimal | None
    total_float: Decimal | None
    free_float: Decimal | None
    critical: bool
    constraint_type: str | None
    constraint_date: dt.date | None
    resource_count: int | None
    codes: dict[str, Any] = field(default_factory=dict)

    @property
    def complete(self) -> bool:
        return self.status is ActivityStatus.COMPLETE

    @property
    def is_work(self) -> bool:
        """A task or milestone: what the DCMA counts (not summaries, not LOE)."""
        return self.kind in (ActivityKind.TASK, ActivityKind.MILESTONE)


@dataclass(frozen=True, slots=True)
class Link:
    id: str
    predecessor_id: str
    successor_id: str
    kind: str  # FS, SS, FF, SF
    lag_days: Decimal


@dataclass(frozen=True, slots=True)
class CalendarRow:
    code: str
    name: str
    hours_per_day: Decimal
    work_week: str
    holidays: tuple[dt.date, ...]


@dataclass(frozen=True)
class UpdateData:
    """Everything of one update: what the check, the comparison and the page read."""

    update: UpdateRow
    activities: list[Activity]
    links: list[Link]
    calendars: list[CalendarRow]

    def by_id(self) -> dict[str, Activity]:
        return {a.id: a for a in self.activities}

    def by_code(self) -> dict[str, Activity]:
        return {a.code: a for a in self.activities}


_UPDATE_COLUMNS = (
    "id, number, draft_number, title, data_date, is_baseline, status, source_format, "
    "source_name, start_date, finish_date, activity_count, link_count, milestone_count, "
    "review_note, created_at"
)


def _update(row: tuple[Any, ...]) -> UpdateRow:
    (uid, number, draft, title, data_date, baseline, status, fmt, name, start, finish) = row[:11]
    acts, links, miles, note, created = row[11:]
    return UpdateRow(
        id=uid,
        number=display(SERIES, number, draft, width=WIDTH),
        title=title,
        data_date=dt.date.fromisoformat(data_date),
        is_baseline=bool(baseline),
        status=status,
        source_format=fmt,
        source_name=name,
        start_date=day(start),
        finish_date=day(finish),
        activity_count=acts,
        link_count=links,
        milestone_count=miles,
        review_note=note,
        imported_at=created,
    )


def updates_in(con: sqlite3.Connection, project_id: str) -> list[UpdateRow]:
    """The project's updates, oldest data date first (imports of one day by number)."""
    order = "data_date, number, created_at"
    return [
        _update(r)
        for r in _live_in(con, _UPDATE_COLUMNS, "schedule_updates", "project_id", project_id, order)
    ]


def updates(source: SqlSource, project_id: str) -> list[UpdateRow]:
    """The project's updates, oldest data date first (``updates_in``)."""
    with source.sql() as con:
        return updates_in(con, project_id)


def current(rows: list[UpdateRow]) -> UpdateRow | None:
    """The update the forecast reads: the latest by data date that was not rejected."""
    alive = [u for u in rows if u.status != "rejected"]
    return alive[-1] if alive else None


def baseline_of(rows: list[UpdateRow], before: UpdateRow | None = None) -> UpdateRow | None:
    """The baseline in force for ``before`` (the latest baseline not after it; the
    latest of all without ``before``)."""
    candidates = [u for u in rows if u.is_baseline and u.status != "rejected"]
    if before is not None:
        candidates = [u for u in candidates if u.data_date <= before.data_date]
    return candidates[-1] if candidates else None


def previous_of(rows: list[UpdateRow], update: UpdateRow) -> UpdateRow | None:
    """The update before ``update`` (by data date), rejected ones skipped."""
    index = [u.id for u in rows].index(update.id)
    earlier = [u for u in rows[:index] if u.status != "rejected"]
    return earlier[-1] if earlier else None


def pick(rows: list[UpdateRow], number: int | None) -> UpdateRow:
    """Update ``SU-<number>``, or the current one when ``number`` is None;
    ``NotFoundError`` when there is none."""
    if number is None:
        found = current(rows)
    else:
        wanted = display(SERIES, number, None, width=WIDTH)
        found = next((u for u in rows if u.number == wanted), None)
    if found is None:
        if number is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP(
                    "Errors", "The project has no schedule update yet: import a programme."
                )
            )
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Errors", "There is no schedule update {number}."),
            number=number,
        )
    return found


_ACTIVITY_COLUMNS = (
    "id, code, name, wbs_path, wbs_name, kind, status, calendar_code, original_duration, "
    "remaining_duration, start, finish, planned_start, planned_finish, early_start, "
    "early_finish, late_start, late_finish, actual_start, actual_finish, pct_duration, "
    "pct_physical, total_float, free_float, critical, constraint_type, constraint_date, "
    "resource_count, codes"
)


def _kept(value: Any) -> Any:
    return value


def _hundredths(value: int | None) -> Decimal | None:
    return _dec(value, 2)


def _tenths(value: int | None) -> Decimal | None:
    return _dec(value, 1)


def _code_values(value: str | None) -> dict[str, Any]:
    return json.loads(value) if value else {}


# How a column of ``_ACTIVITY_COLUMNS`` becomes the ``Activity`` field of its name (the
# columns are the fields, in their order); a column not named here is kept as read.
_ACTIVITY_READS: dict[str, Callable[[Any], Any]] = {
    "kind": ActivityKind,
    "status": ActivityStatus,
    "original_duration": _hundredths,
    "remaining_duration": _hundredths,
    "total_float": _hundredths,
    "free_float": _hundredths,
    "pct_duration": _tenths,
    "pct_physical": _tenths,
    "critical": bool,
    "codes": _code_values,
    **dict.fromkeys(DATE_FIELDS, day),
}
_ACTIVITY_READERS = tuple(_ACTIVITY_READS.get(c, _kept) for c in _ACTIVITY_COLUMNS.split(", "))


def _activity(r: tuple[Any, ...]) -> Activity:
    return Activity(*[read(value) for read, value in zip(_ACTIVITY_READERS, r, strict=True)])


def _live_in(
    con: sqlite3.Connection, columns: str, table: str, key: str, value: str, order: str = ""
) -> list[Any]:
    """``columns`` of the live rows of ``table`` whose ``key`` is ``value``, ordered by
    ``order`` (when given)."""
    return con.execute(
        f"SELECT {columns} FROM {table} WHERE {key} = ? AND deleted_at IS NULL"
        + (f" ORDER BY {order}" if order else ""),
        (value,),
    ).fetchall()


def activities_in(con: sqlite3.Connection, update_id: str) -> list[Activity]:
    """An update's activities in programme order: by WBS, then start, then code."""
    order = "coalesce(wbs_path, ''), start, code"
    return [
        _activity(r)
        for r in _live_in(
            con, _ACTIVITY_COLUMNS, "schedule_activities", "update_id", update_id, order
        )
    ]


def links_in(con: sqlite3.Connection, update_id: str) -> list[Link]:
    columns = "id, predecessor_id, successor_id, kind, lag_days"
    return [
        Link(i, p, s, k, Decimal(lag).scaleb(-2))
        for i, p, s, k, lag in _live_in(con, columns, "schedule_links", "update_id", update_id)
    ]


def calendars_in(con: sqlite3.Connection, update_id: str) -> list[CalendarRow]:
    return [
        CalendarRow(
            code,
            name,
            Decimal(hours).scaleb(-2),
            week,
            tuple(dt.date.fromisoformat(d) for d in json.loads(holidays or "[]")),
        )
        for code, name, hours, week, holidays in _live_in(
            con,
            "code, name, hours_per_day, work_week, holidays",
            "schedule_calendars",
            "update_id",
            update_id,
            "code",
        )
    ]


def update_data_in(con: sqlite3.Connection, update: UpdateRow) -> UpdateData:
    return UpdateData(
        update,
        activities_in(con, update.id),
        links_in(con, update.id),
        calendars_in(con, update.id),
    )


def update_data(source: SqlSource, project_id: str, number: int | None = None) -> UpdateData:
    """Update ``SU-<number>`` (the current one when None) with its activities, links and
    calendars, read in one snapshot."""
    with source.sql() as con:
        return update_data_in(con, pick(updates_in(con, project_id), number))


class Reviewed(NamedTuple):
    """An update with the one before it and the baseline in force for it, each with its
    data; ``baseline_data`` is None too when the update is its own baseline."""

    update: UpdateRow
    data: UpdateData
    previous: UpdateRow | None
    previous_data: UpdateData | None
    baseline: UpdateRow | None
    baseline_data: UpdateData | None


def reviewed_in(con: sqlite3.Connection, rows: list[UpdateRow], number: int | None) -> Reviewed:
    """Update ``SU-<number>`` (the current one when None) of ``rows`` as a review reads it."""
    update = pick(rows, number)
    prev = previous_of(rows, update)
    base = baseline_of(rows, update)
    return Reviewed(
        update,
        update_data_in(con, update),
        prev,
        update_data_in(con, prev) if prev is not None else None,
        base,
        update_data_in(con, base) if base is not None and base.id != update.id else None,
    )


def activities(source: SqlSource, update_id: str) -> list[Activity]:
    """An update's activities in programme order (the export and the page's rows)."""
    with source.sql() as con:
        return activities_in(con, update_id)


def activity_by_code(source: SqlSource, update_id: str, code: str) -> Activity:
    with source.sql() as con:
        row = con.execute(
            f"SELECT {_ACTIVITY_COLUMNS} FROM schedule_activities WHERE update_id = ? "
            "AND code = ? AND deleted_at IS NULL",
            (update_id, code),
        ).fetchone()
    if row is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Errors", "There is no activity {code} in this update."),
            code=code,
        )
    return _activity(row)


@dataclass(frozen=True, slots=True)
class DelayRow:
    """A delay event as the register lists it."""

    id: str
    number: str  # "EOT-004"
    title: str
    status: str
    responsibility: str
    start_date: dt.date
    end_date: dt.date | None
    activity_code: str | None
    days_claimed: int
    days_granted: int
    description: str | None
    decision_note: str | None


def delay_events(source: SqlSource, project_id: str) -> list[DelayRow]:
    """The project's delay events, oldest first."""
    with source.sql() as con:
        return [
            DelayRow(
                id=r[0],
                number=display(DELAY_SERIES, r[1], r[2], width=WIDTH),
                title=r[3],
                status=r[4],
                responsibility=r[5],
                start_date=dt.date.fromisoformat(r[6]),
                end_date=day(r[7]),
                activity_code=r[8],
                days_claimed=r[9],
                days_granted=r[10],
                description=r[11],
                decision_note=r[12],
            )
            for r in con.execute(
                "SELECT id, number, draft_number, title, status, responsibility, start_date,"
                " end_date, activity_code, days_claimed, days_granted, description,"
                " decision_note FROM schedule_delay_events WHERE project_id = ?"
                " AND deleted_at IS NULL ORDER BY start_date, number",
                (project_id,),
            )
        ]
