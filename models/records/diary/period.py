"""Reads of the site diary over a period: the delay register with its totals, manpower
per contractor per day, the days weather stopped work, and the tables an export writes.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from executrek.models.records.diary.queries import (
    DAY_COLUMNS,
    DayView,
    day_view,
    decimal_of,
    delay_hours,
    number_of,
    period_sql,
)
from executrek.models.store import Store

_ORGS = "SELECT id, name FROM organisations WHERE project_id = ?"
_PLACES = "SELECT id, coalesce(nullif(path, ''), name) FROM locations WHERE project_id = ?"


@dataclass(frozen=True)
class _Period:
    """The project's diary days from ``start`` to ``end`` (either open), as the period's
    queries read them."""

    project_id: str
    start: dt.date | None
    end: dt.date | None

    def rows(self, con: sqlite3.Connection, where: str, rest: str) -> list[Any]:
        """The rows of ``where`` (up to its conditions, its one parameter the project),
        the period's conditions on ``d.day``, then ``rest`` (grouping, order)."""
        period, params = period_sql(self.start, self.end)
        return con.execute(where + period + rest, [self.project_id, *params]).fetchall()

    def read(self, store: Store, where: str, rest: str) -> list[Any]:
        """``rows`` in a connection of its own."""
        with store.sql() as con:
            return self.rows(con, where, rest)


@dataclass(frozen=True)
class DelayRow:
    """One delay in the register, with its day."""

    delay_id: str
    day_id: str
    day: dt.date
    day_number: str
    cause: str
    responsible: str
    start_time: str | None
    end_time: str | None
    hours: Decimal
    description: str
    locations: str  # names, comma separated
    contractors: str
    linked: tuple[tuple[str, str], ...]  # (record type, record id) of linked issues/COs


@dataclass(frozen=True)
class Totals:
    days: int  # distinct diary dates with such a delay
    hours: Decimal


@dataclass(frozen=True)
class DelayRegister:
    rows: tuple[DelayRow, ...]
    by_cause: dict[str, Totals]
    by_responsible: dict[str, Totals]
    total: Totals


def _totals(rows: Sequence[DelayRow], key: str) -> dict[str, Totals]:
    days: dict[str, set[dt.date]] = defaultdict(set)
    hours: dict[str, Decimal] = defaultdict(Decimal)
    for r in rows:
        days[getattr(r, key)].add(r.day)
        hours[getattr(r, key)] += r.hours
    return {k: Totals(len(days[k]), hours[k]) for k in sorted(days)}


def delay_register(
    store: Store, project_id: str, start: dt.date | None = None, end: dt.date | None = None
) -> DelayRegister:
    """Every delay of the period across days and authors, oldest first, with totals of
    days and hours by cause and by responsible party."""
    with store.sql() as con:
        found = _Period(project_id, start, end).rows(
            con,
            "SELECT x.id, d.id, d.day, d.number, d.draft_number, x.cause, x.responsible, "
            "x.start_time, x.end_time, x.description, x.location_ids, x.organisation_ids "
            "FROM diary_delays x JOIN diary_days d ON d.id = x.day_id "
            "WHERE d.project_id = ? AND d.deleted_at IS NULL AND x.deleted_at IS NULL",
            " ORDER BY d.day, x.start_time, x.id",
        )
        orgs = dict(con.execute(_ORGS, (project_id,)).fetchall())
        places = dict(con.execute(_PLACES, (project_id,)).fetchall())
        links: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for f_id, t_type, t_id in con.execute(
            "SELECT from_id, to_type, to_id FROM record_links WHERE project_id = ? "
            "AND from_type = 'diary_delay' AND deleted_at IS NULL ORDER BY created_at, id",
            (project_id,),
        ):
            links[f_id].append((t_type, t_id))
    rows = tuple(
        DelayRow(
            delay_id=r[0],
            day_id=r[1],
            day=dt.date.fromisoformat(r[2]),
            day_number=number_of(r[3], r[4]),
            cause=r[5],
            responsible=r[6],
            start_time=r[7],
            end_time=r[8],
            hours=delay_hours(r[7], r[8]),
            description=r[9],
            locations=", ".join(places.get(i, i) for i in json.loads(r[10] or "[]")),
            contractors=", ".join(orgs.get(i, i) for i in json.loads(r[11] or "[]")),
            linked=tuple(links.get(r[0], ())),
        )
        for r in found
    )
    total = Totals(len({r.day for r in rows}), sum((r.hours for r in rows), Decimal(0)))
    return DelayRegister(rows, _totals(rows, "cause"), _totals(rows, "responsible"), total)


@dataclass(frozen=True)
class ManpowerTotal:
    """Headcount and hours of one contractor on one day (all authors' lines summed)."""

    day: dt.date
    organisation_id: str
    contractor: str
    headcount: int
    hours: Decimal


def manpower_totals(
    store: Store, project_id: str, start: dt.date | None = None, end: dt.date | None = None
) -> list[ManpowerTotal]:
    """Manpower per contractor per day over a period (the histogram of the summary)."""
    rows = _Period(project_id, start, end).read(
        store,
        "SELECT d.day, m.organisation_id, coalesce(o.name, m.organisation_id), "
        "sum(m.headcount), sum(coalesce(m.hours, 0)) FROM diary_manpower m "
        "JOIN diary_days d ON d.id = m.day_id LEFT JOIN organisations o ON o.id = m.organisation_id "
        "WHERE d.project_id = ? AND d.deleted_at IS NULL AND m.deleted_at IS NULL",
        " GROUP BY d.day, m.organisation_id ORDER BY d.day, 3",
    )
    return [
        ManpowerTotal(
            dt.date.fromisoformat(r[0]), r[1], r[2], int(r[3]), decimal_of(r[4]) or Decimal(0)
        )
        for r in rows
    ]


@dataclass(frozen=True)
class WeatherDay:
    day: dt.date
    hours: Decimal  # hours weather stopped work
    weather_am: str | None
    weather_pm: str | None
    precipitation_mm: Decimal | None


@dataclass(frozen=True)
class WeatherLost:
    """Days on which weather stopped work (the largest stoppage of the day's diaries)."""

    days: tuple[WeatherDay, ...]

    @property
    def count(self) -> int:
        return len(self.days)

    @property
    def hours(self) -> Decimal:
        return sum((d.hours for d in self.days), Decimal(0))


def weather_days_lost(
    store: Store, project_id: str, start: dt.date | None = None, end: dt.date | None = None
) -> WeatherLost:
    """The days of a period on which weather stopped work, with how long."""
    rows = _Period(project_id, start, end).read(
        store,
        "SELECT d.day, max(d.weather_stopped_hours), d.weather_am, d.weather_pm, "
        "d.precipitation_mm FROM diary_days d "
        "WHERE d.project_id = ? AND d.deleted_at IS NULL AND d.weather_stopped_hours > 0",
        " GROUP BY d.day ORDER BY d.day",
    )
    return WeatherLost(
        tuple(
            WeatherDay(
                dt.date.fromisoformat(r[0]),
                decimal_of(r[1]) or Decimal(0),
                r[2],
                r[3],
                decimal_of(r[4]),
            )
            for r in rows
        )
    )


# --- export -----------------------------------------------------------------------------


@dataclass(frozen=True)
class ManpowerLine:
    """One manpower line with its day, as exported."""

    day_number: str
    day: dt.date
    contractor: str
    trade: str | None
    headcount: int
    hours: Decimal | None


@dataclass(frozen=True)
class DiaryExport:
    """What ``executrek export diary`` writes: the days, their manpower lines, the delays."""

    days: tuple[DayView, ...]
    manpower: tuple[ManpowerLine, ...]
    delays: tuple[DelayRow, ...]


def export_tables(
    store: Store, project_id: str, start: dt.date | None = None, end: dt.date | None = None
) -> DiaryExport:
    """The days, manpower lines and delays of a period (every author's), oldest first."""
    period = _Period(project_id, start, end)
    with store.sql() as con:
        days = period.rows(
            con,
            f"SELECT {DAY_COLUMNS} FROM diary_days d LEFT JOIN users u ON u.id = d.author_id "
            "WHERE d.project_id = ? AND d.deleted_at IS NULL",
            " ORDER BY d.day, d.created_at",
        )
        manpower = period.rows(
            con,
            "SELECT d.number, d.draft_number, d.day, coalesce(o.name, ''), m.trade, m.headcount, "
            "m.hours FROM diary_manpower m JOIN diary_days d ON d.id = m.day_id "
            "LEFT JOIN organisations o ON o.id = m.organisation_id "
            "WHERE d.project_id = ? AND d.deleted_at IS NULL AND m.deleted_at IS NULL",
            " ORDER BY d.day, d.created_at, m.id",
        )
    return DiaryExport(
        tuple(day_view(r) for r in days),
        tuple(
            ManpowerLine(
                number_of(r[0], r[1]),
                dt.date.fromisoformat(r[2]),
                r[3],
                r[4],
                r[5],
                decimal_of(r[6]),
            )
            for r in manpower
        ),
        delay_register(store, project_id, start, end).rows,
    )
