"""What the schedule report prints, gathered in plain frozen dataclasses (kept in the
issued report's snapshot, so it rebuilds byte for byte).

The forecast, the contractual dates and the rating are the core's one computation
(``forecast.schedule_forecast``, ``health_rag.schedule``), as on the status report; the
milestones of the update reported add its baseline (the baseline in force, by code),
the previous update's date and the movement since. The quality check is
``quality.check``, the changes ``compare.compare`` against the previous update, the
S-curve ``schedule_lines.s_curve`` over every update up to the one reported.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from executrek.app import health_rag
from executrek.app.report_kinds.common import ReportEnv, ReportRequest
from executrek.app.report_kinds.schedule_labels import measure
from executrek.app.report_kinds.schedule_lines import (
    ChangeSection,
    CurvePoint,
    change_sections,
    s_curve,
)
from executrek.models.records.schedule import queries
from executrek.models.records.schedule.compare import Comparison, compare
from executrek.models.records.schedule.forecast import ScheduleForecast, schedule_forecast
from executrek.models.records.schedule.quality import check
from executrek.models.records.schedule.queries import Activity, UpdateData
from executrek.models.services import health
from executrek.models.services import report_queries as q

OFFENDERS = 12  # offending activities printed per quality point
CHANGES = 15  # lines printed per heading of the changes
CRITICAL = 120  # critical activities printed


@dataclass(frozen=True)
class MilestoneLine:
    code: str
    name: str
    baseline: dt.date | None
    previous: dt.date | None  # its date in the previous update (actual or forecast)
    forecast: dt.date | None  # this update's forecast (None once achieved)
    actual: dt.date | None
    contractual: dt.date | None
    movement: int | None  # days since the previous update (positive: later)
    variance: int | None  # days against the contractual date (positive: late)
    critical: bool
    total_float: Decimal | None


@dataclass(frozen=True)
class CriticalLine:
    code: str
    name: str
    start: dt.date | None
    finish: dt.date | None
    total_float: Decimal | None
    percent: Decimal | None
    status: str


@dataclass(frozen=True)
class OffenderLine:
    code: str
    name: str
    detail: str


@dataclass(frozen=True)
class QualityLine:
    number: int
    key: str
    title: str  # the core's English title (printed through ``schedule_labels``)
    count: int
    population: int
    measure: str
    threshold: str
    passed: bool | None
    offenders: tuple[OffenderLine, ...]
    more: int  # offenders not printed


@dataclass(frozen=True)
class ScheduleReportData:
    project: q.ProjectHeader
    update_number: str
    data_date: dt.date
    is_baseline: bool
    review: str  # submitted, accepted, rejected
    source_name: str
    activities: int
    links: int
    current_number: str | None  # the update the forecast reads
    previous_number: str | None
    baseline_number: str | None
    position: health.SchedulePosition  # the core's forecast (current update)
    rating: str  # green, amber, red
    completion_float: Decimal | None
    milestones: tuple[MilestoneLine, ...]
    critical: tuple[CriticalLine, ...]
    critical_total: int
    quality: tuple[QualityLine, ...]
    finish_movement: int | None
    changes: tuple[ChangeSection, ...]
    planned: tuple[CurvePoint, ...]
    actual: tuple[CurvePoint, ...]


def _expected(a: Activity) -> dt.date | None:
    return a.actual_finish or a.finish


def milestone_lines(
    data: UpdateData,
    baseline: UpdateData | None,
    previous: UpdateData | None,
    forecast: ScheduleForecast | None,
) -> tuple[MilestoneLine, ...]:
    """The update's milestones by baseline date, each with its contractual date from the
    forecast (matched by code; the completion milestone carries the extensions)."""
    contract: dict[str, dt.date] = {}
    if forecast is not None:
        pairs = zip(forecast.programme.milestones, forecast.position.milestones, strict=False)
        contract = {m.code: standing.contract_date for m, standing in pairs}
    base = baseline.by_code() if baseline is not None else {}
    before = previous.by_code() if previous is not None else {}
    out = []
    for a in data.activities:
        if a.kind != "milestone":
            continue
        b = base.get(a.code)
        base_day = (b.finish if b is not None else None) or a.planned_finish
        p = before.get(a.code)
        then, now = (_expected(p) if p is not None else None), _expected(a)
        agreed = contract.get(a.code, base_day)
        out.append(
            MilestoneLine(
                a.code,
                a.name,
                base_day,
                then,
                None if a.actual_finish else a.finish,
                a.actual_finish,
                agreed,
                (now - then).days if now and then else None,
                (now - agreed).days if now and agreed else None,
                a.critical,
                a.total_float,
            )
        )
    out.sort(key=lambda m: (m.baseline or dt.date.max, m.name, m.code))
    return tuple(out)


def critical_lines(data: UpdateData) -> list[CriticalLine]:
    """The unfinished critical tasks and milestones, by start."""
    found = [a for a in data.activities if a.critical and a.is_work and not a.complete]
    found.sort(key=lambda a: (a.start or dt.date.max, a.code))
    return [
        CriticalLine(
            a.code,
            a.name,
            a.start,
            a.finish,
            a.total_float,
            a.pct_duration if a.pct_duration is not None else a.pct_physical,
            a.status.value,
        )
        for a in found
    ]


def quality_lines(data: UpdateData, baseline: UpdateData | None) -> tuple[QualityLine, ...]:
    report = check(data, baseline)
    return tuple(
        QualityLine(
            p.number,
            p.key,
            p.title,
            p.count,
            p.population,
            measure(p),
            p.threshold,
            p.passed,
            tuple(OffenderLine(o.code, o.name, o.detail) for o in p.offenders[:OFFENDERS]),
            max(0, len(p.offenders) - OFFENDERS),
        )
        for p in report.points
    )


def _changes(
    earlier: UpdateData, later: UpdateData, comparison: Comparison
) -> tuple[ChangeSection, ...]:
    names = {a.code: a.name for a in (*earlier.activities, *later.activities)}
    return change_sections(comparison, names, limit=CHANGES)


def gather(env: ReportEnv, request: ReportRequest) -> ScheduleReportData:
    """The report of update ``SU-<request.number>`` (the current one when None)."""
    assert request.project_id is not None
    pid, store = request.project_id, env.store
    with store.sql() as con:
        rows = queries.updates_in(con, pid)
        update, data, prev, prev_data, base, base_data = queries.reviewed_in(
            con, rows, request.number
        )
        history = [
            (u.data_date, queries.activities_in(con, u.id))
            for u in rows
            if u.status != "rejected" and u.data_date <= update.data_date and u.id != update.id
        ]
    history.append((update.data_date, data.activities))
    forecast = schedule_forecast(store, pid)
    h = health.project_health(store, pid, request.issued)
    pos = forecast.position if forecast is not None else h.schedule
    critical = critical_lines(data)
    planned, actual = s_curve((base_data or data).activities, history)
    comparison = compare(prev_data, data) if prev_data is not None else None
    return ScheduleReportData(
        project=q.project_header(store, pid),
        update_number=update.number,
        data_date=update.data_date,
        is_baseline=update.is_baseline,
        review=update.status,
        source_name=update.source_name,
        activities=update.activity_count,
        links=update.link_count,
        current_number=forecast.programme.update.number if forecast is not None else None,
        previous_number=prev.number if prev is not None else None,
        baseline_number=base.number if base is not None else None,
        position=pos,
        rating=health_rag.schedule(h, env.thresholds).value,
        completion_float=forecast.completion_float if forecast is not None else None,
        milestones=milestone_lines(data, base_data, prev_data, forecast),
        critical=tuple(critical[:CRITICAL]),
        critical_total=len(critical),
        quality=quality_lines(data, base_data),
        finish_movement=comparison.finish_movement_days if comparison is not None else None,
        changes=_changes(prev_data, data, comparison) if prev_data and comparison else (),
        planned=planned,
        actual=actual,
    )
