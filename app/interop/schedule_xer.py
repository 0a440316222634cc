"""Primavera P6 XER, read as a stream: one line at a time, only the tables a programme
needs kept, so a 100 MB export (mostly resource and cost tables) is read in bounded
memory. Pure parsing: the result is a ``programme.Programme``; nothing touches the store.

XER is tab-separated text: ``ERMHDR`` first, then per table ``%T name``, ``%F`` field
names and ``%R`` rows, and ``%E`` at the very end (a file without it was cut short).
Durations and floats are hours: divided by the hours a day of the activity's calendar
(lags: of the calendar the project's scheduling options name, the predecessor's by
default). A file of several projects is read one project at a time (``read_xer(path,
project)``); relationships to the other projects' activities are left out and counted.
``docs/schedule.md`` says why this reader and not a library.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import BinaryIO

from executrek.app.i18n import translate
from executrek.app.interop.errors import InteropError
from executrek.app.interop.schedule_values import day, number, refused
from executrek.models.records.schedule.programme import (
    ParsedActivity,
    ParsedCalendar,
    ParsedLink,
    Programme,
)
from executrek.models.records.schedule.vocab import (
    ActivityKind,
    ActivityStatus,
    Constraint,
    LinkKind,
    SourceFormat,
)

MAGIC = b"ERMHDR"
# The columns kept of each table (everything else is skipped as it is read).
KEEP: dict[str, tuple[str, ...]] = {
    "PROJECT": ("proj_id", "proj_short_name", "last_recalc_date", "clndr_id"),
    "CALENDAR": ("clndr_id", "clndr_name", "day_hr_cnt", "clndr_data", "proj_id"),
    "PROJWBS": (
        "wbs_id",
        "parent_wbs_id",
        "wbs_short_name",
        "wbs_name",
        "proj_node_flag",
        "proj_id",
    ),
    "TASK": (
        "task_id",
        "proj_id",
        "wbs_id",
        "clndr_id",
        "phys_complete_pct",
        "task_type",
        "status_code",
        "task_code",
        "task_name",
        "total_float_hr_cnt",
        "free_float_hr_cnt",
        "remain_drtn_hr_cnt",
        "target_drtn_hr_cnt",
        "cstr_date",
        "cstr_type",
        "act_start_date",
        "act_end_date",
        "late_start_date",
        "late_end_date",
        "early_start_date",
        "early_end_date",
        "target_start_date",
        "target_end_date",
        "driving_path_flag",
    ),
    "TASKPRED": ("task_pred_id", "task_id", "pred_task_id", "pred_type", "lag_hr_cnt"),
    "TASKRSRC": ("task_id",),
    "SCHEDOPTIONS": ("proj_id", "sched_calendar_on_relationship_lag"),
    "TASKACTV": ("task_id", "actv_code_type_id", "actv_code_id"),
    "ACTVTYPE": ("actv_code_type_id", "actv_code_type"),
    "ACTVCODE": ("actv_code_id", "short_name"),
    "UDFTYPE": ("udf_type_id", "table_name", "udf_type_label"),
    "UDFVALUE": ("udf_type_id", "fk_id", "udf_text", "udf_number", "udf_date"),
}
KINDS = {
    "TT_Task": ActivityKind.TASK,
    "TT_Rsrc": ActivityKind.TASK,
    "TT_Mile": ActivityKind.MILESTONE,
    "TT_FinMile": ActivityKind.MILESTONE,
    "TT_LOE": ActivityKind.LOE,
    "TT_WBS": ActivityKind.SUMMARY,
}
STATUSES = {
    "TK_NotStart": ActivityStatus.NOT_STARTED,
    "TK_Active": ActivityStatus.IN_PROGRESS,
    "TK_Complete": ActivityStatus.COMPLETE,
}
LINKS = {"PR_FS": LinkKind.FS, "PR_SS": LinkKind.SS, "PR_FF": LinkKind.FF, "PR_SF": LinkKind.SF}
CONSTRAINTS = {
    "CS_ALAP": Constraint.ALAP,
    "CS_MSO": Constraint.MSO,
    "CS_MEO": Constraint.MFO,
    "CS_MSOA": Constraint.SNET,
    "CS_MEOA": Constraint.FNET,
    "CS_MSOB": Constraint.SNLT,
    "CS_MEOB": Constraint.FNLT,
    "CS_MANDSTART": Constraint.MANDATORY_START,
    "CS_MANDFIN": Constraint.MANDATORY_FINISH,
}
# clndr_data (whitespace removed): weekday blocks "(0||1()(...))" (1 = Sunday) inside
# "DaysOfWeek", exceptions "(d|41519)()" (a day off; with hours it is worked) after it.
_DAY = re.compile(r"\(0\|\|([1-7])\(\)\(")
_HOLIDAY = re.compile(r"\(d\|(\d+)\)\(\)")
_PERIOD = re.compile(r"s\|(\d+:\d+)\|f\|(\d+:\d+)|f\|(\d+:\d+)\|s\|(\d+:\d+)")
_EXCEL_EPOCH = dt.date(1899, 12, 30)
DEFAULT_HOURS = Decimal(8)  # P6's own default day, for a calendar that states none


def _lines(fh: BinaryIO) -> Iterator[str]:
    for raw in fh:
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError:
            line = raw.decode("cp1252", errors="replace")
        yield line.rstrip("\r\n")


def read_tables(path: Path) -> dict[str, list[tuple[str, ...]]]:
    """The kept columns (``KEEP``) of the kept tables, row by row, in file order; a
    column a table lacks reads as empty, rows before a table's ``%F`` line are skipped."""
    tables: dict[str, list[tuple[str, ...]]] = {}
    name = ""
    current: list[tuple[str, ...]] | None = None
    pick: Callable[[list[str]], tuple[str, ...]] = tuple
    ended = False
    with path.open("rb") as fh:
        if fh.read(len(MAGIC)) != MAGIC:
            raise refused(path, translate("Interop", "“{file}” is not a Primavera P6 XER file."))
        fh.seek(0)
        for line in _lines(fh):
            if line.startswith("%R\t"):
                if current is not None:
                    current.append(pick(line.split("\t")))
            elif line.startswith("%T\t"):
                name, current = line[3:].strip(), None  # rows count after its %F line
            elif line.startswith("%F\t"):
                if name in KEEP:
                    current = tables.setdefault(name, [])
                    pick = _picker(line.split("\t"), KEEP[name])
            elif line.startswith("%E"):
                ended = True
                break
    if not ended:
        raise refused(
            path,
            translate(
                "Interop", "“{file}” ends early (no %E line): it was cut short. Export it again."
            ),
        )
    return tables


def _picker(names: list[str], wanted: tuple[str, ...]) -> Callable[[list[str]], tuple[str, ...]]:
    """A function taking the ``wanted`` cells out of a row split on tabs (``""`` for a
    column the table lacks, or a row cut short)."""
    at = [names.index(n) if n in names else -1 for n in wanted]

    def pick(cells: list[str]) -> tuple[str, ...]:
        size = len(cells)
        return tuple(cells[i] if 0 <= i < size else "" for i in at)

    return pick


def _dict(rows: list[tuple[str, ...]], table: str) -> list[dict[str, str]]:
    names = KEEP[table]
    return [dict(zip(names, row, strict=True)) for row in rows]


def _days(hours: str, per_day: Decimal) -> Decimal | None:
    value = number(hours)
    return None if value is None else (value / per_day).quantize(Decimal("0.01"))


def parse_calendar(row: dict[str, str]) -> ParsedCalendar:
    """A P6 calendar: working weekdays from its ``DaysOfWeek`` blocks, holidays from its
    exceptions without hours, hours a day from ``day_hr_cnt`` (else the average working
    day of its week, else 8). A calendar whose data cannot be read works Monday–Friday
    (P6's own default)."""
    data = re.sub(r"\s+", "", row["clndr_data"])
    week = ["0"] * 7
    hours: list[Decimal] = []
    begin = data.find("DaysOfWeek()(")
    end = data.find("Exceptions()", max(begin, 0))
    days = data[begin:end] if begin >= 0 else ""
    marks = list(_DAY.finditer(days))
    for i, mark in enumerate(marks):
        block = days[mark.end() : marks[i + 1].start() if i + 1 < len(marks) else len(days)]
        works = "s|" in block
        week[(int(mark.group(1)) + 5) % 7] = "1" if works else "0"
        if works:
            hours.append(_block_hours(block))
    holidays = tuple(
        _EXCEL_EPOCH + dt.timedelta(days=int(serial))
        for serial in _HOLIDAY.findall(data[end:] if end >= 0 else "")
    )
    found = bool(marks)
    per_day = number(row["day_hr_cnt"])
    week_hours = sum(hours, Decimal(0))
    if (per_day is None or per_day <= 0) and week_hours > 0:
        per_day = (week_hours / len(hours)).quantize(Decimal("0.01"))
    return ParsedCalendar(
        code=row["clndr_id"],
        name=row["clndr_name"] or row["clndr_id"],
        hours_per_day=per_day if per_day is not None and per_day > 0 else DEFAULT_HOURS,
        work_week="".join(week) if found else "1111100",
        holidays=holidays,
    )


def _block_hours(block: str) -> Decimal:
    """The hours of one weekday's work periods (``s|08:00|f|12:00``; a finish at or
    before the start runs to the next midnight: ``s|00:00|f|00:00`` is 24 hours)."""
    total = 0
    for m in _PERIOD.finditer(block):
        start, finish = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
        a, b = _minute(start), _minute(finish)
        total += b - a if b > a else b + 1440 - a
    return Decimal(total) / 60


def _minute(text: str) -> int:
    hour, _, minute = text.partition(":")
    return int(hour) * 60 + int(minute or 0)


@dataclass(frozen=True)
class XerProject:
    """One project of an XER file, as the import lists it to pick from."""

    id: str  # proj_id
    short_name: str  # proj_short_name (the project's ID in P6)
    name: str  # the name of its project WBS node (else the short name)
    activities: int


class SeveralProjects(InteropError):
    """An XER holding several projects, imported without saying which: ``projects``
    lists them (the CLI names ``--xer-project``, the page asks)."""

    def __init__(self, path: Path, projects: list[XerProject]) -> None:
        super().__init__(
            translate("Interop", "“{file}” holds {count} projects: {names}.").format(
                file=path.name, count=len(projects), names=project_choices(projects)
            )
        )
        self.projects = projects


def project_choices(projects: list[XerProject]) -> str:
    """``NORTH “North wing” (12 activities), …`` — the projects to pick from."""
    return ", ".join(
        translate("Interop", "{short} “{name}” ({count} activities)").format(
            short=p.short_name, name=p.name, count=p.activities
        )
        for p in projects
    )


def projects_in(tables: dict[str, list[tuple[str, ...]]]) -> list[XerProject]:
    """The projects of a read file, in file order, with their activity counts."""
    counts: dict[str, int] = {}
    at = KEEP["TASK"].index("proj_id")
    for row in tables.get("TASK", []):
        counts[row[at]] = counts.get(row[at], 0) + 1
    names = {
        r["proj_id"]: r["wbs_name"]
        for r in _dict(tables.get("PROJWBS", []), "PROJWBS")
        if r["proj_node_flag"] == "Y" and r["wbs_name"]
    }
    return [
        XerProject(
            r["proj_id"],
            r["proj_short_name"] or r["proj_id"],
            names.get(r["proj_id"]) or r["proj_short_name"] or r["proj_id"],
            counts.get(r["proj_id"], 0),
        )
        for r in _dict(tables.get("PROJECT", []), "PROJECT")
    ]


def _chosen(path: Path, projects: list[XerProject], wanted: str | None) -> XerProject | None:
    """The project ``wanted`` names (its id, else its short name, any case); the only
    one when not named. None: a file without a PROJECT table."""
    if wanted is None:
        if len(projects) > 1:
            raise SeveralProjects(path, projects)
        return projects[0] if projects else None
    for match in (
        lambda p: p.id == wanted,
        lambda p: p.short_name == wanted,
        lambda p: p.short_name.casefold() == wanted.casefold(),
    ):
        found = [p for p in projects if match(p)]
        if len(found) == 1:
            return found[0]
    raise refused(
        path,
        translate("Interop", "“{file}” holds no project {wanted}; its projects: {names}."),
        wanted=wanted,
        names=project_choices(projects) or "—",
    )


def read_xer(path: Path, project: str | None = None) -> Programme:
    """The programme in the P6 XER file ``path`` — of its project ``project`` (id or
    short name) when it holds several (``SeveralProjects`` when it does and none is
    named; ``InteropError`` for a file that is not one)."""
    tables = read_tables(path)
    listed = projects_in(tables)
    if not listed and not tables.get("TASK"):
        raise refused(path, translate("Interop", "“{file}” holds no P6 project."))
    chosen = _chosen(path, listed, project)
    several = len(listed) > 1
    projects = {r["proj_id"]: r for r in _dict(tables.get("PROJECT", []), "PROJECT")}
    proj = projects.get(chosen.id) if chosen is not None else None
    default_cal = proj["clndr_id"] if proj else None
    tasks = _dict(tables.get("TASK", []), "TASK")
    home = {r["task_id"]: r["proj_id"] for r in tasks} if several else {}
    if several and chosen is not None:
        tasks = [r for r in tasks if r["proj_id"] == chosen.id]
    rows = _dict(tables.get("CALENDAR", []), "CALENDAR")
    if several and chosen is not None:
        used = {r["clndr_id"] for r in tasks} | {default_cal}
        rows = [r for r in rows if r["clndr_id"] in used or r["proj_id"] == chosen.id]
    calendars = [parse_calendar(r) for r in rows]
    warnings = [
        translate(
            "Interop", "Calendar {name}: its working week cannot be read; Monday to Friday is used."
        ).format(name=r["clndr_name"] or r["clndr_id"])
        for r in rows
        if "DaysOfWeek()(" not in re.sub(r"\s+", "", r["clndr_data"])
    ]
    per_day = {c.code: c.hours_per_day for c in calendars}
    fallback = per_day.get(default_cal or "", DEFAULT_HOURS)
    wbs = {r["wbs_id"]: r for r in _dict(tables.get("PROJWBS", []), "PROJWBS")}
    codes = _activity_codes(tables)
    rsrc: dict[str, int] | None = None
    if "TASKRSRC" in tables:
        rsrc = {}
        for (task_id,) in tables["TASKRSRC"]:
            rsrc[task_id] = rsrc.get(task_id, 0) + 1
    activities = [_activity(r, per_day, fallback, default_cal, wbs, codes, rsrc) for r in tasks]
    hours_of = {a.source_id: per_day.get(a.calendar_code or "", fallback) for a in activities}
    lag_on = _lag_calendar(tables, chosen.id if chosen else None)
    links, other = [], 0
    for r in _dict(tables.get("TASKPRED", []), "TASKPRED"):
        pred, succ = r["pred_task_id"], r["task_id"]
        if several and (pred not in hours_of or succ not in hours_of):
            ends = [e for e in (pred, succ) if e not in hours_of]
            if len(ends) == 2:
                continue  # a relationship of another project
            if ends[0] in home:
                other += 1  # to an activity of another project of the file
                continue
        hours = {
            "rcal_Successor": hours_of.get(succ, fallback),
            "rcal_ProjDefault": fallback,
            "rcal_24Hour": Decimal(24),
        }.get(lag_on, hours_of.get(pred, fallback))
        links.append(
            ParsedLink(
                source_id=r["task_pred_id"],
                predecessor=pred,
                successor=succ,
                kind=LINKS.get(r["pred_type"], LinkKind.FS),
                lag_days=_days(r["lag_hr_cnt"], hours) or Decimal(0),
            )
        )
    return Programme(
        format=SourceFormat.XER,
        project_name=proj["proj_short_name"] if proj else None,
        data_date=day(proj["last_recalc_date"]) if proj else None,
        calendars=calendars,
        activities=activities,
        links=links,
        default_calendar=default_cal,
        warnings=warnings,
        other_project_links=other,
    )


def _lag_calendar(tables: dict[str, list[tuple[str, ...]]], proj_id: str | None) -> str:
    """The project's "calendar for scheduling relationship lag" (P6's default: the
    predecessor's)."""
    for pid, setting in tables.get("SCHEDOPTIONS", []):
        if pid == proj_id or proj_id is None:
            return setting
    return "rcal_Predecessor"


def _wbs_path(wbs: dict[str, dict[str, str]], wbs_id: str) -> tuple[str | None, str | None]:
    node = wbs.get(wbs_id)
    if node is None:
        return None, None
    parts: list[str] = []
    seen: set[str] = set()
    current: dict[str, str] | None = node
    while current is not None and current["wbs_id"] not in seen:
        seen.add(current["wbs_id"])
        parts.append(current["wbs_short_name"])
        current = wbs.get(current["parent_wbs_id"])
    return ".".join(reversed(parts)), node["wbs_name"] or None


def _activity_codes(tables: dict[str, list[tuple[str, ...]]]) -> dict[str, dict[str, str]]:
    """task_id → {code type or custom field label: value}."""
    out: dict[str, dict[str, str]] = {}
    types: dict[str, str] = {r[0]: r[1] for r in tables.get("ACTVTYPE", [])}
    values: dict[str, str] = {r[0]: r[1] for r in tables.get("ACTVCODE", [])}
    for task_id, type_id, code_id in tables.get("TASKACTV", []):
        out.setdefault(task_id, {})[types.get(type_id, type_id)] = values.get(code_id, code_id)
    labels = {tid: label for tid, table, label in tables.get("UDFTYPE", []) if table == "TASK"}
    for type_id, fk_id, text, amount, date in tables.get("UDFVALUE", []):
        if type_id in labels:
            out.setdefault(fk_id, {})[labels[type_id]] = text or amount or date
    return out


def _activity(
    r: dict[str, str],
    per_day: dict[str, Decimal],
    fallback: Decimal,
    default_cal: str | None,
    wbs: dict[str, dict[str, str]],
    codes: dict[str, dict[str, str]],
    rsrc: dict[str, int] | None,
) -> ParsedActivity:
    cal = r["clndr_id"] or default_cal
    hours = per_day.get(cal or "", fallback)
    kind = KINDS.get(r["task_type"], ActivityKind.TASK)
    status = STATUSES.get(r["status_code"], ActivityStatus.NOT_STARTED)
    target = _days(r["target_drtn_hr_cnt"], hours)
    remaining = _days(r["remain_drtn_hr_cnt"], hours)
    pct = None
    if target is not None and remaining is not None and target > 0:
        pct = max(Decimal(0), min(Decimal(100), (target - remaining) / target * 100)).quantize(
            Decimal("0.1")
        )
    elif status is ActivityStatus.COMPLETE:
        pct = Decimal(100)
    total_float = _days(r["total_float_hr_cnt"], hours)
    path, wbs_name = _wbs_path(wbs, r["wbs_id"])
    actual_start, actual_finish = day(r["act_start_date"]), day(r["act_end_date"])
    early_start, early_finish = day(r["early_start_date"]), day(r["early_end_date"])
    planned_start, planned_finish = day(r["target_start_date"]), day(r["target_end_date"])
    return ParsedActivity(
        source_id=r["task_id"],
        code=r["task_code"] or r["task_id"],
        name=r["task_name"] or r["task_code"],
        kind=kind,
        status=status,
        wbs_path=path,
        wbs_name=wbs_name,
        calendar_code=cal,
        original_duration=target,
        remaining_duration=remaining,
        start=actual_start or early_start or planned_start,
        finish=actual_finish or early_finish or planned_finish,
        planned_start=planned_start,
        planned_finish=planned_finish,
        early_start=early_start,
        early_finish=early_finish,
        late_start=day(r["late_start_date"]),
        late_finish=day(r["late_end_date"]),
        actual_start=actual_start,
        actual_finish=actual_finish,
        pct_duration=pct,
        pct_physical=number(r["phys_complete_pct"]),
        total_float=total_float,
        free_float=_days(r["free_float_hr_cnt"], hours),
        critical=status is not ActivityStatus.COMPLETE
        and (r["driving_path_flag"] == "Y" or (total_float is not None and total_float <= 0)),
        constraint_type=CONSTRAINTS.get(r["cstr_type"]),
        constraint_date=day(r["cstr_date"]),
        resource_count=None if rsrc is None else rsrc.get(r["task_id"], 0),
        codes=codes.get(r["task_id"], {}),
    )
