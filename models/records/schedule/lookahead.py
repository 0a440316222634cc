"""Field evidence meets the programme: what was recorded on site against each activity,
and the three-week look-ahead for site walks.

Evidence is found by activity code, whichever update's row a record was linked to:
``record_links`` to or from a ``schedule_activity`` (punch items, contractor issues,
diary entries, delay events, photos…), diary work entries whose ``activity_ref`` names
the code, and delay events whose ``activity_code`` does. Plain SQL over the spanning
tables (other kinds' rooms are never imported).
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections import defaultdict
from dataclasses import dataclass, field

from executrek.models.local_read import SqlSource
from executrek.models.records.schedule.queries import Activity, activities_in, pick, updates_in
from executrek.models.records.schedule.vocab import ActivityStatus, DelayStatus
from executrek.models.vocab import LIVE, OPEN_ISSUE

WINDOW_DAYS = 21
ACTIVITY = "schedule_activity"
_LIVE_PUNCH = tuple(s.value for s in LIVE)


@dataclass
class Evidence:
    """What the site recorded against one activity code."""

    punch_ids: list[str] = field(default_factory=list)
    issue_ids: list[str] = field(default_factory=list)
    delay_ids: list[str] = field(default_factory=list)
    diary_work: int = 0  # diary work entries naming the activity
    last_worked: dt.date | None = None  # the latest diary day with such an entry
    other: list[tuple[str, str]] = field(default_factory=list)  # (record type, id)


@dataclass(frozen=True)
class LookaheadRow:
    """An activity of the look-ahead with its open issues and punch items by location."""

    activity: Activity
    starting: bool  # not started yet, starting within the window
    open_issues: int
    open_punch: int
    punch_by_location: tuple[tuple[str, int], ...]  # (location name, open items); "" none
    diary_work: int
    last_worked: dt.date | None


def _chunks(ids: list[str], size: int = 500) -> list[list[str]]:
    return [ids[i : i + size] for i in range(0, len(ids), size)]


def evidence_in(con: sqlite3.Connection, project_id: str) -> dict[str, Evidence]:
    """Activity code → its evidence, for every code something was recorded against."""
    codes = dict(
        con.execute(
            "SELECT id, code FROM schedule_activities WHERE project_id = ? AND id IN ("
            " SELECT to_id FROM record_links WHERE project_id = ? AND to_type = ?"
            "  AND deleted_at IS NULL UNION"
            " SELECT from_id FROM record_links WHERE project_id = ? AND from_type = ?"
            "  AND deleted_at IS NULL)",
            (project_id, project_id, ACTIVITY, project_id, ACTIVITY),
        )
    )
    out: dict[str, Evidence] = defaultdict(Evidence)
    for ftype, fid, ttype, tid in con.execute(
        "SELECT from_type, from_id, to_type, to_id FROM record_links WHERE project_id = ?"
        " AND deleted_at IS NULL AND (to_type = ? OR from_type = ?)",
        (project_id, ACTIVITY, ACTIVITY),
    ):
        act, (other_type, other_id) = (
            (tid, (ftype, fid)) if ttype == ACTIVITY else (fid, (ttype, tid))
        )
        code = codes.get(act)
        if code is None:
            continue
        ev = out[code]
        if other_type == "punch_item":
            ev.punch_ids.append(other_id)
        elif other_type == "issue":
            ev.issue_ids.append(other_id)
        elif other_type == "delay_event":
            ev.delay_ids.append(other_id)
        else:
            ev.other.append((other_type, other_id))
    for code, count, last in con.execute(
        "SELECT w.activity_ref, count(*), max(d.day) FROM diary_work w"
        " JOIN diary_days d ON d.id = w.day_id WHERE w.project_id = ? AND w.deleted_at IS NULL"
        " AND d.deleted_at IS NULL AND coalesce(w.activity_ref, '') <> '' GROUP BY w.activity_ref",
        (project_id,),
    ):
        ev = out[code.strip()]
        ev.diary_work += count
        ev.last_worked = max(filter(None, (ev.last_worked, dt.date.fromisoformat(last))))
    for event_id, code in con.execute(
        "SELECT id, activity_code FROM schedule_delay_events WHERE project_id = ?"
        " AND deleted_at IS NULL AND coalesce(activity_code, '') <> '' AND status <> ?",
        (project_id, DelayStatus.WITHDRAWN.value),
    ):
        if event_id not in out[code].delay_ids:
            out[code].delay_ids.append(event_id)
    return dict(out)


def evidence(source: SqlSource, project_id: str) -> dict[str, Evidence]:
    """Activity code → what the site recorded against it (``evidence_in``)."""
    with source.sql() as con:
        return evidence_in(con, project_id)


def _open_punch(con: sqlite3.Connection, ids: list[str]) -> dict[str, str]:
    """Open punch item id → its location's name ("" without one)."""
    out: dict[str, str] = {}
    for part in _chunks(ids):
        marks = ", ".join("?" * len(part))
        live = ", ".join("?" * len(_LIVE_PUNCH))
        for pid, loc in con.execute(
            f"SELECT p.id, coalesce(l.name, '') FROM punch_items p"
            f" LEFT JOIN locations l ON l.id = p.location_id WHERE p.id IN ({marks})"
            f" AND p.deleted_at IS NULL AND p.status IN ({live})",
            (*part, *_LIVE_PUNCH),
        ):
            out[pid] = loc
    return out


def _open_issues(con: sqlite3.Connection, ids: list[str]) -> set[str]:
    out: set[str] = set()
    for part in _chunks(ids):
        marks = ", ".join("?" * len(part))
        states = ", ".join("?" * len(OPEN_ISSUE))
        out |= {
            i
            for (i,) in con.execute(
                f"SELECT id FROM contractor_issues WHERE id IN ({marks})"
                f" AND deleted_at IS NULL AND status IN ({states})",
                (*part, *OPEN_ISSUE),
            )
        }
    return out


def lookahead(
    source: SqlSource,
    project_id: str,
    *,
    number: int | None = None,
    days: int = WINDOW_DAYS,
) -> tuple[dt.date, list[LookaheadRow]]:
    """The look-ahead of update ``SU-<number>`` (the current one when None): its data
    date and the activities in progress or starting within ``days`` of it (tasks and
    milestones, by start), each with its open issues and open punch items by location."""
    with source.sql() as con:
        update = pick(updates_in(con, project_id), number)
        until = update.data_date + dt.timedelta(days=days)
        acts = [
            a
            for a in activities_in(con, update.id)
            if a.is_work
            and (
                a.status is ActivityStatus.IN_PROGRESS
                or (
                    a.status is ActivityStatus.NOT_STARTED
                    and a.start is not None
                    and a.start <= until
                )
            )
        ]
        found = evidence_in(con, project_id)
        wanted = [found[a.code] for a in acts if a.code in found]
        punch = _open_punch(con, sorted({i for e in wanted for i in e.punch_ids}))
        issues = _open_issues(con, sorted({i for e in wanted for i in e.issue_ids}))
    rows = []
    for a in sorted(acts, key=lambda a: (a.start or dt.date.max, a.code)):
        ev = found.get(a.code, Evidence())
        by_loc: dict[str, int] = defaultdict(int)
        for pid in dict.fromkeys(ev.punch_ids):
            if pid in punch:
                by_loc[punch[pid]] += 1
        rows.append(
            LookaheadRow(
                activity=a,
                starting=a.status is ActivityStatus.NOT_STARTED,
                open_issues=len({i for i in ev.issue_ids if i in issues}),
                open_punch=sum(by_loc.values()),
                punch_by_location=tuple(sorted(by_loc.items())),
                diary_work=ev.diary_work,
                last_worked=ev.last_worked,
            )
        )
    return update.data_date, rows
