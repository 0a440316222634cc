"""Write a programme as a P6 XER file: the tables ``schedule_xer`` reads back (project,
calendars, WBS, activities, relationships, activity codes). The demo writes its monthly
updates this way and imports them through the real reader; the benchmarks and tests
make their large and hostile programmes with it, and files of several projects
(``write_xer_projects``). Hours are written with each calendar's hours a day, lags with
the predecessor's calendar (what the reader assumes without scheduling options).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from decimal import Decimal
from pathlib import Path

from executrek.app.interop.schedule_xer import CONSTRAINTS, KEEP, KINDS, LINKS, STATUSES
from executrek.models.records.schedule.programme import ParsedActivity, ParsedLink, Programme

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


def calendar_data(work_week: str, holidays: Iterable[dt.date], hours: Decimal = Decimal(8)) -> str:
    """P6's ``clndr_data`` for a week of days of ``hours`` (from 08:00, or from midnight
    for a day longer than 16 hours) and the given days off."""
    begin = 8 * 60 if hours <= 16 else 0
    finish = (begin + int(hours * 60)) % 1440
    period = (
        f"(0||0(s|{begin // 60:02d}:{begin % 60:02d}|f|{finish // 60:02d}:{finish % 60:02d})())"
    )
    days = "".join(
        f"(0||{number}()(" + (period if work_week[i] == "1" else "") + "))"
        for i, number in sorted(enumerate(_P6_DAYS), key=lambda x: x[1])
    )
    off = "".join(
        f"(0||{i}(d|{(d - dt.date(1899, 12, 30)).days})())" for i, d in enumerate(holidays)
    )
    return f"(0||CalendarData()((0||DaysOfWeek()({days}))(0||Exceptions()({off}))))"


def _task(a: ParsedActivity, per_day: Decimal, wbs_ids: dict[str, str], proj_id: str) -> list[str]:
    early_start = a.early_start or (a.start if a.actual_start is None else None)
    early_finish = a.early_finish or (a.finish if a.actual_finish is None else None)
    values = {
        "task_id": a.source_id,
        "proj_id": proj_id,
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
    return projects_lines([p], filler_rows=filler_rows)


def projects_lines(
    programmes: Sequence[Programme],
    *,
    cross_links: Iterable[ParsedLink] = (),
    filler_rows: int = 0,
) -> Iterator[str]:
    """The XER text of several projects in one file (project ids 1000, 1001, …; their
    activity ids, calendar codes and WBS paths must differ), with ``cross_links``
    between activities of different projects. One programme writes as before, without
    a project WBS node."""
    several = len(programmes) > 1
    ids = [str(int(PROJECT_ID) + i) for i in range(len(programmes))]
    stamp = (programmes[0].data_date or dt.date(2000, 1, 1)).isoformat()
    yield f"ERMHDR\t19.12\t{stamp}\tProject\tadmin"
    defaults = [
        p.default_calendar or (p.calendars[0].code if p.calendars else "") for p in programmes
    ]
    yield from _table(
        "PROJECT",
        [
            [pid, p.project_name or "Programme", _day(p.data_date), default]
            for pid, p, default in zip(ids, programmes, defaults, strict=True)
        ],
    )
    yield from _table(
        "CALENDAR",
        [
            [
                c.code,
                c.name,
                f"{c.hours_per_day}",
                calendar_data(c.work_week, c.holidays, c.hours_per_day),
                pid if several else "",
            ]
            for pid, p in zip(ids, programmes, strict=True)
            for c in p.calendars
        ],
    )
    wbs_rows: list[list[str]] = []
    wbs_ids: dict[str, str] = {}
    for n, (pid, p) in enumerate(zip(ids, programmes, strict=True)):
        if several:  # the project node, which names the project
            wbs_rows.append([f"9{pid}", "", p.project_name or pid, p.project_name or "", "Y", pid])
        paths = sorted({a.wbs_path for a in p.activities if a.wbs_path})
        names = {a.wbs_path: a.wbs_name or "" for a in p.activities if a.wbs_path}
        for i, path in enumerate(paths):
            wbs_ids[path] = str(10 + n * 100_000 + i)
        for path in paths:
            parent, _, short = path.rpartition(".")
            top = f"9{pid}" if several else ""
            wbs_rows.append([wbs_ids[path], wbs_ids.get(parent, top), short, names[path], "N", pid])
    yield from _table("PROJWBS", wbs_rows)
    per_day = {c.code: c.hours_per_day for p in programmes for c in p.calendars}
    hours: dict[str, Decimal] = {}
    tasks: list[list[str]] = []
    for pid, p, default in zip(ids, programmes, defaults, strict=True):
        for a in p.activities:
            hours[a.source_id] = per_day.get(a.calendar_code or default, Decimal(8))
            tasks.append(_task(a, hours[a.source_id], wbs_ids, pid))
    yield from _table("TASK", tasks)
    links = [x for p in programmes for x in p.links] + list(cross_links)
    yield from _table(
        "TASKPRED",
        (
            [
                x.source_id,
                x.successor,
                x.predecessor,
                _LINK_CODES[x.kind],
                f"{x.lag_days * hours.get(x.predecessor, Decimal(8)):.1f}",
            ]
            for x in links
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
    return _write(xer_lines(p, filler_rows=filler_rows), path)


def write_xer_projects(
    programmes: Sequence[Programme], path: Path, *, cross_links: Iterable[ParsedLink] = ()
) -> Path:
    """Write several projects to one XER file (``projects_lines``)."""
    return _write(projects_lines(programmes, cross_links=cross_links), path)


def _write(lines: Iterable[str], path: Path) -> Path:
    with path.open("w", encoding="utf-8", newline="\r\n") as fh:
        for line in lines:
            fh.write(line + "\n")
    return path
