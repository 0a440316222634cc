"""Write a programme as a P6 XER file: the tables ``schedule_xer`` reads back (project,
calendars, WBS, activities, relationships, activity codes). The demo writes its monthly
updates this way and imports them through the real reader; the benchmarks and tests
make their large and hostile programmes with it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from decimal import Decimal
from pathlib import Path

from executrek.app.interop.schedule_xer import CONSTRAINTS, KEEP, KINDS, LINKS, STATUSES
from executrek.models.records.schedule.programme import ParsedActivity, Programme

_KIND_CODES = {v: k for k, v in reversed(list(KINDS.items()))}
_STATUS_CODES = {v: k for k, v in STATUSES.items()}
_LINK_CODES = {v: k for k, v in LINKS.items()}
_CONSTRAINT_CODES = {v: k for k, v in CONSTRAINTS.items()}
_P6_DAYS = (2, 3, 4, 5, 6, 7, 1)  # Monday..Sunday as P6 numbers them (1 = Sunday)
PROJECT_ID = "1000"


def _day(value: dt.date | None, hour: str = "08:00") -> str:
    return f"{value.isoformat()} {hour}" if value is not None else ""


def _hours(days: Decimal | None, per_day: Decimal) -> str:
    return "" if days is None else f"{days * per_day:.1f}"


def _table(name: str, rows: Iterable[Iterable[str]]) -> Iterator[str]:
    yield f"%T\t{name}"
    yield "%F\t" + "\t".join(KEEP[name])
    for row in rows:
        yield "%R\t" + "\t".join(row)


def calendar_data(work_week: str, holidays: Iterable[dt.date]) -> str:
    """P6's ``clndr_data`` for a week of eight-hour days and the given days off."""
    days = "".join(
        f"(0||{number}()(" + ("(0||0(s|08:00|f|16:00)())" if work_week[i] == "1" else "") + "))"
        for i, number in sorted(enumerate(_P6_DAYS), key=lambda x: x[1])
    )
    off = "".join(
        f"(0||{i}(d|{(d - dt.date(1899, 12, 30)).days})())" for i, d in enumerate(holidays)
    )
    return f"(0||CalendarData()((0||DaysOfWeek()({days}))(0||Exceptions()({off}))))"


def _task(a: ParsedActivity, per_day: Decimal, wbs_ids: dict[str, str]) -> list[str]:
    early_start = a.early_start or (a.start if a.actual_start is None else None)
    early_finish = a.early_finish or (a.finish if a.actual_finish is None else None)
    values = {
        "task_id": a.source_id,
        "proj_id": PROJECT_ID,
        "wbs_id": wbs_ids.get(a.wbs_path or "", "1"),
        "clndr_id": a.calendar_code or "",
        "phys_complete_pct": f"{a.pct_physical or 0}",
        "task_type": _KIND_CODES[a.kind],
        "status_code": _STATUS_CODES[a.status],
        "task_code": a.code,
        "task_name": a.name,
        "total_float_hr_cnt": _hours(a.total_float, per_day),
        "free_float_hr_cnt": _hours(a.free_float, per_day),
        "remain_drtn_hr_cnt": _hours(a.remaining_duration, per_day),
        "target_drtn_hr_cnt": _hours(a.original_duration, per_day),
        "cstr_date": _day(a.constraint_date),
        "cstr_type": _CONSTRAINT_CODES.get(a.constraint_type, "") if a.constraint_type else "",
        "act_start_date": _day(a.actual_start),
        "act_end_date": _day(a.actual_finish, "16:00"),
        "late_start_date": _day(a.late_start),
        "late_end_date": _day(a.late_finish, "16:00"),
        "early_start_date": _day(early_start),
        "early_end_date": _day(early_finish, "16:00"),
        "target_start_date": _day(a.planned_start),
        "target_end_date": _day(a.planned_finish, "16:00"),
        "driving_path_flag": "Y" if a.critical else "N",
    }
    return [values[name].replace("\t", " ") for name in KEEP["TASK"]]


def xer_lines(p: Programme, *, filler_rows: int = 0) -> Iterator[str]:
    """The XER text of ``p``, line by line; ``filler_rows`` adds rows of a table the
    reader skips (a big export's resource-hour table)."""
    per_day = {c.code: c.hours_per_day for c in p.calendars}
    default = p.default_calendar or (p.calendars[0].code if p.calendars else "")
    stamp = (p.data_date or dt.date(2000, 1, 1)).isoformat()
    yield f"ERMHDR\t19.12\t{stamp}\tProject\tadmin"
    yield from _table(
        "PROJECT", [[PROJECT_ID, p.project_name or "Programme", _day(p.data_date), default]]
    )
    yield from _table(
        "CALENDAR",
        [
            [c.code, c.name, f"{c.hours_per_day}", calendar_data(c.work_week, c.holidays)]
            for c in p.calendars
        ],
    )
    paths = sorted({a.wbs_path for a in p.activities if a.wbs_path})
    wbs_ids = {path: str(10 + i) for i, path in enumerate(paths)}
    names = {a.wbs_path: a.wbs_name or "" for a in p.activities if a.wbs_path}
    yield from _table(
        "PROJWBS",
        [
            [
                wbs_ids[path],
                wbs_ids.get(path.rpartition(".")[0], ""),
                path.rpartition(".")[2],
                names.get(path, ""),
                "N",
            ]
            for path in paths
        ],
    )
    yield from _table(
        "TASK",
        (_task(a, per_day.get(a.calendar_code or "", Decimal(8)), wbs_ids) for a in p.activities),
    )
    lag_hours = per_day.get(default, Decimal(8))
    yield from _table(
        "TASKPRED",
        (
            [
                x.source_id,
                x.successor,
                x.predecessor,
                _LINK_CODES[x.kind],
                f"{x.lag_days * lag_hours:.1f}",
            ]
            for x in p.links
        ),
    )
    if filler_rows:
        yield "%T\tRSRCHOUR"
        yield "%F\trsrc_hour_id\ttask_id\twork_day\thours\tnote"
        note = "x" * 180
        for i in range(filler_rows):
            yield f"%R\t{i}\t{i % 1000}\t2026-01-01\t8.0\t{note}"
    yield "%E"


def write_xer(p: Programme, path: Path, *, filler_rows: int = 0) -> Path:
    """Write ``p`` to ``path`` as XER (UTF-8, CRLF like P6's exports)."""
    with path.open("w", encoding="utf-8", newline="\r\n") as fh:
        for line in xer_lines(p, filler_rows=filler_rows):
            fh.write(line + "\n")
    return path
