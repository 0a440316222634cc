"""Suite ``schedule``: programme import and the quality check on a 10,000-activity,
15,000-link P6 XER file.

* import (``import_schedule_file``: read and hash the file, check the programme, write
  the update, its calendar, activities and links with their outbox entries in one
  transaction) against parsing the same file with the chosen reader alone
  (``schedule_xer.read_xer``) plus a raw ``executemany`` of the same activity and link
  rows into the same tables, committed, as the store runs (foreign keys on, synchronous
  FULL): ratio ≤ 2;
* the DCMA 14-point check of that update (reading it, then ``quality.check`` with its
  two forward passes for the critical path test): ≤ 1 s.

The Gantt cases belong to the schedule page's suite.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import uuid
from decimal import Decimal
from pathlib import Path

from bench.harness import BenchContext, Record, timed
from executrek.app.interop.schedule_files import import_schedule_file
from executrek.app.interop.schedule_xer import read_xer
from executrek.app.interop.schedule_xer_write import write_xer
from executrek.models.migrate import open_store
from executrek.models.records.schedule import quality, queries
from executrek.models.records.schedule.programme import (
    ParsedActivity,
    ParsedCalendar,
    ParsedLink,
    Programme,
)
from executrek.models.records.schedule.vocab import ActivityKind, LinkKind, SourceFormat
from executrek.models.records.schedule.workdays import Workdays
from executrek.models.services import projects

SUITE = "schedule"
START = dt.date(2026, 1, 5)
CHAINS = 20


def programme(activities: int, links: int) -> Programme:
    """A programme of ``CHAINS`` parallel chains under a WBS of 50 nodes: one
    finish-to-start link per activity along its chain, and cross links (SS with a lag,
    FF) between neighbouring chains to make up ``links``."""
    cal = Workdays.around("1111100", (), START)
    acts = []
    for i in range(activities):
        day = cal.at(cal.index(START.toordinal()) + (i // CHAINS) * 3)
        duration = 1 + (i * 7) % 15
        milestone = i % 97 == 0
        acts.append(
            ParsedActivity(
                str(100000 + i),
                f"A{i:06d}",
                f"Activity {i} of chain {i % CHAINS}",
                ActivityKind.MILESTONE if milestone else ActivityKind.TASK,
                wbs_path=f"PRJ.Z{i % 5}.W{i % 50:02d}",
                wbs_name=f"Work package {i % 50}",
                calendar_code="1",
                original_duration=Decimal(0 if milestone else duration),
                remaining_duration=Decimal(0 if milestone else duration),
                start=dt.date.fromordinal(day),
                finish=dt.date.fromordinal(cal.at(cal.index(day) + max(0, duration - 1))),
                planned_start=dt.date.fromordinal(day),
                planned_finish=dt.date.fromordinal(cal.at(cal.index(day) + max(0, duration - 1))),
                total_float=Decimal((i * 13) % 60 - 5),
                free_float=Decimal(0),
                critical=i % CHAINS == 0,
            )
        )
    out = [
        ParsedLink(f"L{i}", acts[i - CHAINS].source_id, acts[i].source_id)
        for i in range(CHAINS, activities)
    ]
    i = CHAINS + 1
    while len(out) < links:
        kind = LinkKind.SS if i % 2 else LinkKind.FF
        out.append(
            ParsedLink(
                f"X{i}", acts[i - CHAINS - 1].source_id, acts[i].source_id, kind, Decimal(i % 3)
            )
        )
        i = i + 2 if i + 2 < activities else CHAINS + 2 + (i % 2)
    return Programme(
        SourceFormat.XER,
        "Bench programme",
        START,
        [ParsedCalendar("1", "5-day week", Decimal(8), "1111100")],
        acts,
        out[:links],
        default_calendar="1",
    )


def _raw_rows(path: Path, project_id: str, update_id: str) -> tuple[list[tuple], list[tuple]]:  # type: ignore[type-arg]
    """The chosen reader's programme as plain row tuples (the baseline's conversion)."""
    p = read_xer(path)
    now = "2026-01-05T00:00:00.000000Z"
    ids = {a.source_id: str(uuid.uuid4()) for a in p.activities}

    def d(value: dt.date | None) -> str | None:
        return value.isoformat() if value else None

    def n(value: Decimal | None, scale: int = 2) -> int | None:
        return None if value is None else int(value.scaleb(scale))

    acts = [
        (
            ids[a.source_id],
            project_id,
            update_id,
            a.code,
            a.name,
            a.wbs_path,
            a.wbs_name,
            a.kind.value,
            a.status.value,
            a.calendar_code,
            n(a.original_duration),
            n(a.remaining_duration),
            d(a.start),
            d(a.finish),
            d(a.planned_start),
            d(a.planned_finish),
            d(a.early_start),
            d(a.early_finish),
            d(a.late_start),
            d(a.late_finish),
            d(a.actual_start),
            d(a.actual_finish),
            n(a.pct_duration, 1),
            n(a.pct_physical, 1),
            n(a.total_float),
            n(a.free_float),
            int(a.critical),
            a.constraint_type.value if a.constraint_type else None,
            d(a.constraint_date),
            a.resource_count,
            json.dumps(a.codes),
            now,
            now,
            0,
            "{}",
        )
        for a in p.activities
    ]
    links = [
        (
            str(uuid.uuid4()),
            project_id,
            update_id,
            ids[x.predecessor],
            ids[x.successor],
            x.kind.value,
            n(x.lag_days),
            now,
            now,
            0,
            "{}",
        )
        for x in p.links
    ]
    return acts, links


_ACT_SQL = (
    "INSERT INTO schedule_activities (id, project_id, update_id, code, name, wbs_path, "
    "wbs_name, kind, status, calendar_code, original_duration, remaining_duration, start, "
    "finish, planned_start, planned_finish, early_start, early_finish, late_start, "
    "late_finish, actual_start, actual_finish, pct_duration, pct_physical, total_float, "
    "free_float, critical, constraint_type, constraint_date, resource_count, codes, "
    "created_at, updated_at, row_version, field_versions) VALUES (" + ", ".join("?" * 35) + ")"
)
_UPDATE_SQL = (
    "INSERT INTO schedule_updates (id, project_id, title, data_date, is_baseline, "
    "source_format, source_name, source_sha256, activity_count, link_count, "
    "milestone_count, status, created_at, updated_at, row_version, field_versions) VALUES "
    "(?1, ?2, 'raw', '2026-01-05', 0, 'xer', 'raw.xer', '', 0, 0, 0, 'submitted', ?3, ?3, "
    "0, '{}')"
)
_LINK_SQL = (
    "INSERT INTO schedule_links (id, project_id, update_id, predecessor_id, successor_id, "
    "kind, lag_days, created_at, updated_at, row_version, field_versions) VALUES ("
    + ", ".join("?" * 11)
    + ")"
)


def run(ctx: BenchContext) -> list[Record]:
    activities, links = (1000, 1500) if ctx.quick else (10_000, 15_000)
    path = write_xer(programme(activities, links), ctx.folder("files") / "programme.xer")
    store = open_store(ctx.folder("data"))
    projects.ensure_user(store, "bench.rep", "Bench Rep")
    made: list[str] = []

    def fresh_project() -> None:
        code = f"S{len(made):03d}"
        made.append(
            projects.create_project(
                store, projects.NewProject(code=code, name="Schedule bench", owner_name="Owner")
            ).value.id
        )

    ours = timed(lambda: import_schedule_file(store, made[-1], path), setup=fresh_project)
    con = sqlite3.connect(ctx.folder("data") / "executrek.sqlite", isolation_level=None)
    con.execute("PRAGMA foreign_keys=ON")  # as the store runs
    con.execute("PRAGMA synchronous=FULL")
    raw_update = str(uuid.uuid4())

    def clear() -> None:  # untimed: the raw rows of the previous run go
        con.execute("BEGIN")
        for table in ("schedule_links", "schedule_activities", "schedule_updates"):
            key = "id" if table == "schedule_updates" else "update_id"
            con.execute(f"DELETE FROM {table} WHERE {key} = ?", (raw_update,))
        con.execute("COMMIT")

    def raw() -> None:
        acts, rows = _raw_rows(path, made[-1], raw_update)
        con.execute("BEGIN IMMEDIATE")
        con.execute(_UPDATE_SQL, (raw_update, made[-1], "2026-01-05T00:00:00.000000Z"))
        con.executemany(_ACT_SQL, acts)
        con.executemany(_LINK_SQL, rows)
        con.execute("COMMIT")

    baseline = timed(raw, setup=clear)
    clear()
    con.close()
    data = queries.update_data(store, made[-1])
    check = timed(lambda: quality.check(queries.update_data(store, made[-1])))
    report = quality.check(data)
    store.close()
    size = f"{activities:,} activities, {links:,} links, {path.stat().st_size / 1e6:.1f} MB"
    from bench.schedule_gantt_case import gantt_cases  # the schedule page's Gantt

    return [
        Record(
            SUITE, "import XER vs reader + raw executemany", ours, baseline, "s", "ratio <= 2", size
        ),
        Record(
            SUITE,
            "DCMA 14-point check",
            check,
            1.0,
            "s",
            "value <= 1",
            f"{report.passed} passed, {report.failed} failed",
        ),
        *gantt_cases(ctx),
    ]
