"""The demo's programmes: each demo project gets a baseline and three monthly updates of
its contractor's programme, written as P6 XER files and imported through the real reader.

One building programme (preconstruction to handover, four WBS paths, the milestones the
project's hand-typed list names) is scaled to the project's duration. At each monthly
data date the critical activity then under way runs late (a realistic slip on one path:
the completion moves a little more each month), a parallel activity eats part of its
float, and progress follows the dates. A delay event for late design information is
claimed and granted in part (an extension of time next to the change orders' days), and
a few open punch items and issues are linked to the activities under way, so the
look-ahead has field evidence. Dates come from ``models.clock``.
"""

from __future__ import annotations

import datetime as dt
import math
import random
import tempfile
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from executrek.app.interop.schedule_files import import_schedule_file
from executrek.app.interop.schedule_xer_write import write_xer
from executrek.models import clock
from executrek.models.records.schedule import service as schedule
from executrek.models.records.schedule.programme import (
    ParsedActivity,
    ParsedCalendar,
    ParsedLink,
    Programme,
)
from executrek.models.records.schedule.vocab import (
    ActivityKind,
    ActivityStatus,
    LinkKind,
    SourceFormat,
)
from executrek.models.records.schedule.workdays import MONDAY_TO_FRIDAY, Workdays
from executrek.models.services import projects
from executrek.models.store import Store

M = ActivityKind.MILESTONE
# code, name, WBS, working days (before scaling), predecessors ("code" FS, "code+N" SS lag N)
TEMPLATE: tuple[tuple[str, str, str, int, tuple[str, ...]], ...] = (
    ("MS000", "Notice to proceed", "PRE", 0, ()),
    ("A1000", "Mobilisation", "PRE", 10, ("MS000",)),
    ("A1010", "Site set-up and hoarding", "PRE", 10, ("A1000",)),
    ("A1100", "Excavation and shoring", "SUB", 20, ("A1010",)),
    ("A1110", "Foundations", "SUB", 25, ("A1100",)),
    ("A1120", "Ground-floor slab", "SUB", 15, ("A1110",)),
    ("A1200", "Frame, ground to level 2", "STR", 30, ("A1120",)),
    ("A1210", "Frame, level 3 to roof", "STR", 30, ("A1200",)),
    ("MS100", "Structure complete", "STR", 0, ("A1210",)),
    ("A1300", "Facade panels", "ENV", 40, ("A1200+10",)),
    ("A1310", "Roofing", "ENV", 20, ("A1210",)),
    ("A1320", "Windows and glazing", "ENV", 25, ("A1300",)),
    ("MS200", "Building envelope watertight", "ENV", 0, ("A1320", "A1310")),
    ("A1400", "MEP rough-in, ground to level 2", "MEP", 35, ("A1200",)),
    ("A1410", "MEP rough-in, level 3 to roof", "MEP", 35, ("A1400", "A1210")),
    ("MS300", "MEP rough-in complete", "MEP", 0, ("A1410",)),
    ("A1500", "Partitions and ceilings", "FIT", 40, ("MS200", "MS300")),
    ("A1510", "Finishes", "FIT", 35, ("A1500",)),
    ("A1520", "Fixtures and equipment", "FIT", 20, ("A1510",)),
    ("A1600", "Testing and commissioning", "COM", 20, ("A1520",)),
    ("A1610", "Snagging and defects", "COM", 15, ("A1600",)),
    ("MS400", "Substantial completion", "COM", 0, ("A1610",)),
    ("A1620", "Handover documents and training", "COM", 10, ("MS400",)),
    ("MS500", "Owner handover", "COM", 0, ("A1620",)),
)
WBS_NAMES = {
    "PRE": "Preconstruction",
    "SUB": "Substructure",
    "STR": "Superstructure",
    "ENV": "Building envelope",
    "MEP": "Mechanical, electrical and plumbing",
    "FIT": "Fit-out",
    "COM": "Commissioning and handover",
}
SLIP = (8, 6, 7)  # working days the critical activity under way loses, update by update
FLOAT_EATEN = 0.6  # the share of its float a parallel activity loses each month
CALENDAR = "5D"


@dataclass
class _Plan:
    """Working-day indices of each activity on the project calendar."""

    start: dict[str, int]
    end: dict[str, int]
    late_end: dict[str, int]


def _preds(spec: tuple[str, ...]) -> list[tuple[str, int, bool]]:
    """("A1200+10",) → [("A1200", 10, True)]: code, lag, start-to-start."""
    out = []
    for p in spec:
        code, _, lag = p.partition("+")
        out.append((code, int(lag or 0), bool(lag)))
    return out


def _plan(durations: dict[str, int], first: int, finish_by: int) -> _Plan:
    """Forward and backward pass (the template is in logical order); floats against
    ``finish_by`` (negative when the programme runs past it), else its own finish."""
    start: dict[str, int] = {}
    end: dict[str, int] = {}
    for code, _name, _wbs, _d, preds in TEMPLATE:
        s = first
        for p, lag, ss in _preds(preds):
            s = max(s, start[p] + lag if ss else end[p])
        start[code], end[code] = s, s + durations[code]
    late_end = dict.fromkeys(start, finish_by or max(end.values()))
    for code, _name, _wbs, _d, preds in reversed(TEMPLATE):
        late_start = late_end[code] - durations[code]
        for p, lag, ss in _preds(preds):
            bound = late_start - lag + durations[p] if ss else late_start
            late_end[p] = min(late_end[p], bound)
    return _Plan(start, end, late_end)


def _durations(total: int) -> dict[str, int]:
    """The template's durations scaled so the programme lasts ``total`` working days."""
    raw = {code: d for code, _n, _w, d, _p in TEMPLATE}
    length = max(_plan(raw, 0, 0).end.values())
    return {c: (0 if d == 0 else max(1, math.floor(d * total / length))) for c, d in raw.items()}


def _programme(
    name: str,
    cal: Workdays,
    plan: _Plan,
    durations: dict[str, int],
    data_index: int | None,
    data_date: dt.date,
    baseline: _Plan | None,
) -> Programme:
    day = dt.date.fromordinal
    acts: list[ParsedActivity] = []
    for code, title, wbs, _d, _p in TEMPLATE:
        s, e, d = plan.start[code], plan.end[code], durations[code]
        status = ActivityStatus.NOT_STARTED
        if data_index is not None and e <= data_index and (d > 0 or s < data_index):
            status = ActivityStatus.COMPLETE
        elif data_index is not None and s < data_index:
            status = ActivityStatus.IN_PROGRESS
        done = (
            min(d, max(0, (data_index or 0) - s)) if status is not ActivityStatus.NOT_STARTED else 0
        )
        finish_day = day(cal.at(max(s, e - 1)))
        total_float = Decimal(plan.late_end[code] - e)
        acts.append(
            ParsedActivity(
                source_id=str(1000 + len(acts)),
                code=code,
                name=title,
                kind=M if d == 0 else ActivityKind.TASK,
                status=status,
                wbs_path=f"PRJ.{wbs}",
                wbs_name=WBS_NAMES[wbs],
                calendar_code=CALENDAR,
                original_duration=Decimal(d),
                remaining_duration=Decimal(d - done),
                start=day(cal.at(s)),
                finish=finish_day,
                planned_start=day(cal.at(baseline.start[code])) if baseline else day(cal.at(s)),
                planned_finish=day(cal.at(max(baseline.start[code], baseline.end[code] - 1)))
                if baseline
                else finish_day,
                actual_start=day(cal.at(s)) if status is not ActivityStatus.NOT_STARTED else None,
                actual_finish=finish_day if status is ActivityStatus.COMPLETE else None,
                pct_duration=Decimal(100 * done // d if d else (100 if done else 0)),
                pct_physical=Decimal(100 * done // d if d else 0),
                total_float=Decimal(0) if status is ActivityStatus.COMPLETE else total_float,
                free_float=Decimal(0),
                critical=status is not ActivityStatus.COMPLETE and total_float <= 0,
            )
        )
    links = [
        ParsedLink(
            f"{p}-{code}", ids[p], ids[code], LinkKind.SS if ss else LinkKind.FS, Decimal(lag)
        )
        for ids in [{a.code: a.source_id for a in acts}]
        for code, _n, _w, _d, preds in TEMPLATE
        for p, lag, ss in _preds(preds)
    ]
    return Programme(
        format=SourceFormat.XER,
        project_name=name,
        data_date=data_date,
        calendars=[ParsedCalendar(CALENDAR, "5-day week", Decimal(8), MONDAY_TO_FRIDAY)],
        activities=acts,
        links=links,
        default_calendar=CALENDAR,
    )


def month_ends(day: dt.date, count: int) -> list[dt.date]:
    """The last days of the ``count`` months before ``day``'s month, oldest first (the
    data dates of the demo programme's monthly updates, and of the pay applications)."""
    out = []
    end = day.replace(day=1) - dt.timedelta(days=1)
    for _ in range(count):
        out.append(end)
        end = end.replace(day=1) - dt.timedelta(days=1)
    return list(reversed(out))


def add_schedule(store: Store, code: str) -> None:
    """A baseline and three monthly updates of ``code``'s programme, a granted
    extension of time, and field evidence on the activities under way."""
    project = projects.find_project(store, code)
    start = project.baseline_start or clock.today()
    finish = project.baseline_finish or start + dt.timedelta(days=365)
    rng = random.Random(f"schedule-{code}")
    cal = Workdays.around(MONDAY_TO_FRIDAY, (), clock.today())
    first = cal.index(start.toordinal())
    durations = _durations(max(30, cal.count(start, finish)))
    base = _plan(durations, first, 0)
    contract_end = max(base.end.values())
    updates: list[tuple[dt.date, int | None, _Plan, dict[str, int]]] = [
        (start, None, base, dict(durations))
    ]
    current = dict(durations)
    for month, when in enumerate(month_ends(clock.today(), 3)):
        data_index = cal.index(when.toordinal() + 1)
        plan = _plan(current, first, contract_end)
        running = [
            c for c, *_ in TEMPLATE if plan.start[c] < data_index < plan.end[c] and current[c]
        ] or [c for c, *_ in TEMPLATE if plan.start[c] >= data_index and current[c]][:1]
        critical = [c for c in running if plan.late_end[c] <= plan.end[c]]
        for c in critical[:1] or running[:1]:
            current[c] += SLIP[month]
        for c in running:
            spare = plan.late_end[c] - plan.end[c]
            if spare > 0:
                current[c] += int(spare * FLOAT_EATEN)
        updates.append((when, data_index, _plan(current, first, contract_end), dict(current)))
    with tempfile.TemporaryDirectory(prefix="executrek-demo-schedule-") as folder:
        for n, (when, at, made, spans) in enumerate(updates):
            programme = _programme(project.name, cal, made, spans, at, when, base if n else None)
            path = write_xer(programme, Path(folder) / f"{code}-programme-{n:02d}.xer")
            done = import_schedule_file(store, project.id, path, data_date=when).value
            schedule.review_update(store, done.id, "accepted", "Reviewed at the monthly meeting.")
    _extension(store, project.id, updates[-1][0], rng)
    _evidence(store, project.id, rng)


def _extension(store: Store, project_id: str, when: dt.date, rng: random.Random) -> None:
    event = schedule.create_delay_event(
        store,
        project_id,
        title="Late design information for the fit-out ceilings",
        start_date=when - dt.timedelta(days=40),
        end_date=when - dt.timedelta(days=19),
        responsibility="owner",
        description="Ceiling set-out drawings issued three weeks after the date in the "
        "information release schedule (RFI log).",
        activity_code="A1500",
    ).value
    schedule.change_delay_status(store, event.id, "claimed", days=15)
    granted = rng.choice([8, 10, 12])
    schedule.change_delay_status(
        store, event.id, "granted", days=granted, note="Granted in part: concurrent delay."
    )


def _evidence(store: Store, project_id: str, rng: random.Random) -> None:
    """Link a few open punch items and issues to the activities under way."""
    from executrek.models.records.schedule.lookahead import lookahead

    _when, rows = lookahead(store, project_id)
    with store.sql() as con:
        punch = [
            r[0]
            for r in con.execute(
                "SELECT id FROM punch_items WHERE project_id = ? AND status IN ('open', 'rejected')"
                " AND deleted_at IS NULL ORDER BY number LIMIT 40",
                (project_id,),
            )
        ]
        issues = [
            r[0]
            for r in con.execute(
                "SELECT id FROM contractor_issues WHERE project_id = ? AND status = 'open'"
                " AND deleted_at IS NULL ORDER BY number LIMIT 10",
                (project_id,),
            )
        ]
    for row in rows[:4]:
        for item in rng.sample(punch, min(len(punch), 3)):
            schedule.link_evidence(store, row.activity.id, "punch_item", item)
        if issues:
            schedule.link_evidence(store, row.activity.id, "issue", rng.choice(issues))
