"""Project health at a glance: budget, schedule and quality measures for the portfolio
screen, the dashboard and the status reports.

Plain SQL over any ``SqlSource`` (no SQLAlchemy import): the first screen at start-up
reads these through a ``LocalFile`` while the ORM loads; everything later reads them
through the open ``Store``."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass, field
from decimal import Decimal

from executrek.models.local_read import SqlSource, day, local_today
from executrek.models.services.budget import BudgetRollup, rollup_sql
from executrek.models.vocab import (
    LIVE,
    COStatus,
    InspectionResult,
    InspectionStatus,
    IssueStatus,
    IssueType,
    RiskStatus,
)


@dataclass(frozen=True)
class TopRisk:
    id: str
    title: str
    probability: int
    impact: int

    @property
    def score(self) -> int:
        return self.probability * self.impact


@dataclass(frozen=True)
class PunchCounts:
    """A project's live (not deleted) punch items counted in one pass."""

    by_status: dict[str, int]
    by_contractor: dict[str | None, int]  # open (live-status) items by contractor id
    open: int  # in a live status (draft, open, rejected, ready for review)
    overdue: int  # open and due before today
    total: int


def no_punch() -> PunchCounts:
    return PunchCounts({}, {}, 0, 0, 0)


_LIVE_NAMES = frozenset(x.value for x in LIVE)


def punch_counts_sql(today: dt.date, project_id: str | None = None) -> tuple[str, list[object]]:
    """Rows ``(project_id, status, contractor_id, count, due_before_today)`` in index
    order, from the covering index ``ix_punch_health`` (migration 0006) without touching
    the table. Which statuses are live is decided per group, not per row."""
    sql = (
        "SELECT project_id, status, contractor_id, count(*), count(*) FILTER (WHERE due_date < ?)"
        " FROM punch_items WHERE deleted_at IS NULL"
    )
    params: list[object] = [today.isoformat()]
    if project_id is not None:
        sql += " AND project_id = ?"
        params.append(project_id)
    return sql + " GROUP BY project_id, status, contractor_id", params


def punch_counts_in(
    con: sqlite3.Connection, today: dt.date, project_id: str | None = None
) -> dict[str, PunchCounts]:
    """Every measure the screens show about punch items, for one project (or all), from a
    single ``GROUP BY`` that SQLite answers from the covering index ``ix_punch_health``
    (migration 0006) without touching the table: 100,000 items cost one index walk
    instead of one table scan per measure."""
    acc: dict[str, tuple[dict[str, int], dict[str | None, int], list[int]]] = {}
    live_names = _LIVE_NAMES
    for pid, name, contractor, count, late in con.execute(*punch_counts_sql(today, project_id)):
        by_status, by_contractor, totals = acc.setdefault(pid, ({}, {}, [0, 0, 0]))
        by_status[name] = by_status.get(name, 0) + count
        totals[2] += count
        if name in live_names:
            by_contractor[contractor] = by_contractor.get(contractor, 0) + count
            totals[0] += count
            totals[1] += int(late or 0)
    return {
        pid: PunchCounts(by_status, by_contractor, t[0], t[1], t[2])
        for pid, (by_status, by_contractor, t) in acc.items()
    }


@dataclass(frozen=True)
class ProjectHealth:
    project_id: str
    code: str
    name: str
    owner: str | None
    status: str
    budget: BudgetRollup
    milestones_total: int
    milestones_late: int
    max_slip_days: int
    forecast_finish: dt.date | None
    baseline_finish: dt.date | None
    punch_open: int
    punch_overdue: int
    punch_total: int
    inspections_completed: int
    inspection_pass_rate: Decimal | None
    open_ncrs: int
    open_issues: int
    pending_change_orders: int
    top_risks: tuple[TopRisk, ...]
    punch: PunchCounts = field(default_factory=no_punch)


def project_health(
    source: SqlSource, project_id: str, today: dt.date | None = None
) -> ProjectHealth:
    with source.sql() as con:
        return health_in(con, project_id, today or local_today())


def portfolio(source: SqlSource, today: dt.date | None = None) -> list[ProjectHealth]:
    day_ = today or local_today()
    with source.sql() as con:
        ids = [
            pid
            for (pid,) in con.execute(
                "SELECT id FROM projects WHERE deleted_at IS NULL ORDER BY code"
            )
        ]
        counts = punch_counts_in(con, day_)  # one pass over every project's items
        return [health_in(con, pid, day_, counts.get(pid) or no_punch()) for pid in ids]


def _count(con: sqlite3.Connection, sql: str, *params: object) -> int:
    row = con.execute(sql, params).fetchone()
    return int(row[0] or 0) if row else 0


def health_in(
    con: sqlite3.Connection, project_id: str, today: dt.date, counts: PunchCounts | None = None
) -> ProjectHealth:
    """One project's measures; ``counts`` when the caller already counted its items."""
    budget = rollup_sql(con, project_id)  # refuses a missing or deleted project
    code, name, status, forecast, baseline, owner = con.execute(
        "SELECT p.code, p.name, p.status, p.forecast_finish, p.baseline_finish, o.name"
        " FROM projects p LEFT JOIN organisations o ON o.id = p.owner_org_id WHERE p.id = ?",
        (project_id,),
    ).fetchone()
    ms: list[tuple[dt.date, dt.date | None, dt.date | None]] = [
        (b, day(f), day(a))
        for b_text, f, a in con.execute(
            "SELECT baseline_date, forecast_date, actual_date FROM milestones"
            " WHERE project_id = ? AND deleted_at IS NULL",
            (project_id,),
        )
        if (b := day(b_text)) is not None
    ]
    slips = [((a or f or b) - b).days for b, f, a in ms]
    late = sum(
        1 for (b, f, a), slip in zip(ms, slips, strict=True) if slip > 0 and (a is None or a > b)
    )
    punch = counts or punch_counts_in(con, today, project_id).get(project_id) or no_punch()
    completed, passed = con.execute(
        "SELECT count(*), count(*) FILTER (WHERE result = ?) FROM inspections"
        " WHERE project_id = ? AND deleted_at IS NULL AND status = ?",
        (InspectionResult.PASS.value, project_id, InspectionStatus.COMPLETED.value),
    ).fetchone()
    rate = (
        (Decimal(passed) / Decimal(completed) * 100).quantize(Decimal("0.1")) if completed else None
    )
    issues_alive = (
        "FROM contractor_issues WHERE project_id = ? AND deleted_at IS NULL AND status IN (?, ?)"
    )
    open_states = (project_id, IssueStatus.OPEN.value, IssueStatus.RESPONDED.value)
    ncrs = _count(
        con,
        f"SELECT count(*) {issues_alive} AND issue_type = ?",
        *open_states,
        IssueType.NON_CONFORMANCE.value,
    )
    open_issues = _count(con, f"SELECT count(*) {issues_alive}", *open_states)
    pending_cos = _count(
        con,
        "SELECT count(*) FROM change_orders WHERE project_id = ? AND deleted_at IS NULL"
        " AND status = ?",
        project_id,
        COStatus.PENDING.value,
    )
    risks = tuple(
        TopRisk(*row)
        for row in con.execute(
            "SELECT id, title, probability, impact FROM risks"
            " WHERE project_id = ? AND deleted_at IS NULL AND status IN (?, ?)"
            " ORDER BY probability * impact DESC, number LIMIT 3",
            (project_id, RiskStatus.OPEN.value, RiskStatus.MITIGATING.value),
        )
    )
    return ProjectHealth(
        project_id=project_id,
        code=code,
        name=name,
        owner=owner,
        status=status,
        budget=budget,
        milestones_total=len(ms),
        milestones_late=late,
        max_slip_days=max(slips, default=0),
        forecast_finish=day(forecast),
        baseline_finish=day(baseline),
        punch_open=punch.open,
        punch_overdue=punch.overdue,
        punch_total=punch.total,
        inspections_completed=completed,
        inspection_pass_rate=rate,
        open_ncrs=ncrs,
        open_issues=open_issues,
        pending_change_orders=pending_cos,
        top_risks=risks,
        punch=punch,
    )
