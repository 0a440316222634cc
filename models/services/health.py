"""Project health at a glance: budget, schedule and quality measures for the portfolio
screen, the dashboard and the status reports.

Plain SQL over any ``SqlSource`` (no SQLAlchemy import): the first screen at start-up
reads these through a ``LocalFile`` while the ORM loads; everything later reads them
through the open ``Store``."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal

from executrek.models.local_read import SqlSource, day, local_today
from executrek.models.records.schedule.milestones import programme_dates_in
from executrek.models.services.budget import BudgetRollup, rollup_sql
from executrek.models.vocab import (
    LIVE,
    COStatus,
    InspectionResult,
    InspectionStatus,
    IssueStatus,
    IssueType,
    PunchStatus,
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
class PunchGroup:
    """The punch items of one contractor in one status: one row of the grouping every
    punch figure is summed from (reports, dashboard and portfolio alike)."""

    contractor: str | None  # the organisation's name; None when unassigned
    status: str
    count: int
    overdue: int  # in a live status and due before today (0 for closed and void)


_LIVE_NAMES = frozenset(x.value for x in LIVE)
_STATUS_ORDER = tuple(s.value for s in PunchStatus)


@dataclass(frozen=True)
class ContractorPunch:
    """One contractor's punch items (or all of them, ``contractor`` None in a total):
    a row of the contractor tables. ``outstanding`` is what the screens call open:
    draft, open, rejected or ready for review."""

    contractor: str | None
    by_status: dict[str, int]
    overdue: int

    def count(self, status: str) -> int:
        return self.by_status.get(status, 0)

    @property
    def outstanding(self) -> int:
        return sum(n for s, n in self.by_status.items() if s in _LIVE_NAMES)

    @property
    def total(self) -> int:
        return sum(self.by_status.values())


@dataclass(frozen=True)
class PunchCounts:
    """A project's live (not deleted) punch items counted in one pass."""

    by_status: dict[str, int]
    by_contractor: dict[str | None, int]  # open (live-status) items by contractor id
    open: int  # in a live status (draft, open, rejected, ready for review)
    overdue: int  # open and due before today
    total: int
    groups: tuple[PunchGroup, ...] = ()  # by contractor name and status

    def contractors(self) -> tuple[ContractorPunch, ...]:
        """A row per contractor (by name, the unassigned items last)."""
        return contractor_rows(self.groups)

    def summed(self) -> ContractorPunch:
        """Every contractor together: the totals row of the contractor tables."""
        return ContractorPunch(None, dict(self.by_status), self.overdue)


def no_punch() -> PunchCounts:
    return PunchCounts({}, {}, 0, 0, 0)


def _group_key(g: PunchGroup) -> tuple[bool, str, str, int]:
    name = g.contractor or ""
    rank = _STATUS_ORDER.index(g.status) if g.status in _STATUS_ORDER else len(_STATUS_ORDER)
    return (g.contractor is None, name.casefold(), name, rank)


def punch_counts_of(
    groups: Iterable[PunchGroup], by_contractor: dict[str | None, int] | None = None
) -> PunchCounts:
    """The punch figures of ``groups``: the one place they are summed. Groups of the
    same name and status are merged (two organisations may share a name)."""
    merged: dict[tuple[str | None, str], list[int]] = {}
    for g in groups:
        slot = merged.setdefault((g.contractor, g.status), [0, 0])
        slot[0] += g.count
        slot[1] += g.overdue if g.status in _LIVE_NAMES else 0
    rows = sorted(
        (PunchGroup(name, st, n, late) for (name, st), (n, late) in merged.items()),
        key=_group_key,
    )
    by_status: dict[str, int] = {}
    open_ = overdue = total = 0
    for g in rows:
        by_status[g.status] = by_status.get(g.status, 0) + g.count
        total += g.count
        if g.status in _LIVE_NAMES:
            open_ += g.count
            overdue += g.overdue
    return PunchCounts(by_status, dict(by_contractor or {}), open_, overdue, total, tuple(rows))


def contractor_rows(groups: Iterable[PunchGroup]) -> tuple[ContractorPunch, ...]:
    rows: dict[str | None, tuple[dict[str, int], list[int]]] = {}
    for g in sorted(groups, key=_group_key):
        by_status, late = rows.setdefault(g.contractor, ({}, [0]))
        by_status[g.status] = by_status.get(g.status, 0) + g.count
        late[0] += g.overdue if g.status in _LIVE_NAMES else 0
    return tuple(ContractorPunch(name, st, late[0]) for name, (st, late) in rows.items())


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
    """Every measure the screens and reports show about punch items, for one project
    (or all), from a single ``GROUP BY`` that SQLite answers from the covering index
    ``ix_punch_health`` (migration 0006) without touching the table: 100,000 items cost
    one index walk instead of one table scan per measure."""
    org_sql = "SELECT id, name FROM organisations"
    org_params: tuple[object, ...] = ()
    if project_id is not None:
        org_sql += " WHERE project_id = ?"
        org_params = (project_id,)
    names: dict[str, str] = dict(con.execute(org_sql, org_params))
    acc: dict[str, tuple[list[PunchGroup], dict[str | None, int]]] = {}
    for pid, name, contractor, count, late in con.execute(*punch_counts_sql(today, project_id)):
        groups, by_contractor = acc.setdefault(pid, ([], {}))
        live = name in _LIVE_NAMES
        groups.append(
            PunchGroup(names.get(contractor) if contractor else None, name, count, late or 0)
        )
        if live:
            by_contractor[contractor] = by_contractor.get(contractor, 0) + count
    return {
        pid: punch_counts_of(groups, by_contractor) for pid, (groups, by_contractor) in acc.items()
    }


def punch_counts(source: SqlSource, project_id: str, today: dt.date) -> PunchCounts:
    """One project's punch figures (``punch_counts_in``)."""
    with source.sql() as con:
        return punch_counts_in(con, today, project_id).get(project_id) or no_punch()


# --- schedule ---------------------------------------------------------------------------


@dataclass(frozen=True)
class MilestoneStanding:
    """A milestone measured against its contractual date: the baseline, and for the
    completion milestone (the last by baseline) the baseline plus the days of time that
    approved change orders added."""

    name: str
    baseline_date: dt.date
    contract_date: dt.date
    forecast_date: dt.date | None
    actual_date: dt.date | None
    completion: bool

    @property
    def expected(self) -> dt.date:
        """When it happened, or is forecast (its contractual date when not forecast)."""
        return self.actual_date or self.forecast_date or self.contract_date

    @property
    def variance_days(self) -> int:
        """Days late against the contractual date (negative: early)."""
        return (self.expected - self.contract_date).days

    @property
    def extension_days(self) -> int:
        return (self.contract_date - self.baseline_date).days


@dataclass(frozen=True)
class SchedulePosition:
    """The schedule figures: the milestone table, the completion dates, the largest
    slip and the schedule rating (``health_rag.schedule`` bands ``max_slip_days``) all
    read this one value."""

    milestones: tuple[MilestoneStanding, ...]
    approved_days: int  # added by approved change orders
    pending_days: int  # claimed in pending change orders
    baseline_finish: dt.date | None
    contract_finish: dt.date | None  # baseline finish + approved days + granted days
    forecast_finish: dt.date | None
    granted_days: int = 0  # extensions of time granted in delay events
    update_number: str | None = None  # the programme update read (None: the milestones)
    # Least total float of the unfinished critical work, in working days (the programme's
    # own figure; None without a programme). Negative: the programme cannot finish on time.
    completion_float: Decimal | None = None

    @property
    def finish_variance_days(self) -> int | None:
        """Forecast against contractual completion, in days (positive: late)."""
        if self.forecast_finish is None or self.contract_finish is None:
            return None
        return (self.forecast_finish - self.contract_finish).days

    @property
    def worst(self) -> MilestoneStanding | None:
        """The milestone with the largest variance (the first of equals)."""
        if not self.milestones:
            return None
        return max(self.milestones, key=lambda m: m.variance_days)

    @property
    def max_slip_days(self) -> int:
        worst = self.worst
        return worst.variance_days if worst is not None else 0

    @property
    def late(self) -> int:
        return sum(1 for m in self.milestones if m.variance_days > 0)


MilestoneDates = tuple[str, dt.date, dt.date | None, dt.date | None]  # name, baseline, …


def schedule_position(
    milestones: Iterable[MilestoneDates],
    *,
    approved_days: int = 0,
    pending_days: int = 0,
    baseline_finish: dt.date | None = None,
    forecast_finish: dt.date | None = None,
    granted_days: int = 0,
    update_number: str | None = None,
    completion_float: Decimal | None = None,
) -> SchedulePosition:
    """The schedule figures from the milestones (name, baseline, forecast, actual) and the
    days of time approved in change orders and granted in delay events. Contractual
    completion is the baseline of the last milestone plus those days; its forecast is that
    milestone's actual or forecast date. Without milestones the baseline and forecast
    finish given stand in."""
    extension = dt.timedelta(days=approved_days + granted_days)
    rows = sorted(milestones, key=lambda m: (m[1], m[0]))
    standings: list[MilestoneStanding] = []
    for index, (name, baseline, forecast, actual) in enumerate(rows):
        completion = index == len(rows) - 1
        contract = baseline + extension if completion else baseline
        standings.append(MilestoneStanding(name, baseline, contract, forecast, actual, completion))
    base: dt.date | None = baseline_finish
    expected: dt.date | None = forecast_finish
    contract_finish = base + extension if base is not None else None
    if standings:
        last = standings[-1]
        base, contract_finish, expected = last.baseline_date, last.contract_date, last.expected
    return SchedulePosition(
        milestones=tuple(standings),
        approved_days=approved_days,
        pending_days=pending_days,
        baseline_finish=base,
        contract_finish=contract_finish,
        forecast_finish=expected,
        granted_days=granted_days,
        update_number=update_number,
        completion_float=completion_float,
    )


def schedule_in(con: sqlite3.Connection, project_id: str, budget: BudgetRollup) -> SchedulePosition:
    """The project's schedule figures: from its current programme update when it has one
    (``schedule.milestones``), else from the milestones typed in by hand."""
    programme = programme_dates_in(con, project_id)
    if programme is not None:
        return schedule_position(
            programme.milestone_dates(),
            approved_days=budget.approved_schedule_days,
            pending_days=budget.pending_schedule_days,
            baseline_finish=programme.baseline_finish,
            forecast_finish=programme.forecast_finish,
            granted_days=programme.granted_days,
            update_number=programme.update.number,
            completion_float=programme.completion_float,
        )
    baseline, forecast = con.execute(
        "SELECT baseline_finish, forecast_finish FROM projects WHERE id = ?", (project_id,)
    ).fetchone()
    return schedule_position(
        (
            (str(name), b, day(f), day(a))
            for name, b_text, f, a in con.execute(
                "SELECT name, baseline_date, forecast_date, actual_date FROM milestones"
                " WHERE project_id = ? AND deleted_at IS NULL",
                (project_id,),
            )
            if (b := day(b_text)) is not None
        ),
        approved_days=budget.approved_schedule_days,
        pending_days=budget.pending_schedule_days,
        baseline_finish=day(baseline),
        forecast_finish=day(forecast),
    )


def no_schedule() -> SchedulePosition:
    return schedule_position(())


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
    schedule: SchedulePosition = field(default_factory=no_schedule)


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
    code, name, status, baseline, owner = con.execute(
        "SELECT p.code, p.name, p.status, p.baseline_finish, o.name"
        " FROM projects p LEFT JOIN organisations o ON o.id = p.owner_org_id WHERE p.id = ?",
        (project_id,),
    ).fetchone()
    schedule = schedule_in(con, project_id, budget)
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
        milestones_total=len(schedule.milestones),
        milestones_late=schedule.late,
        max_slip_days=schedule.max_slip_days,
        forecast_finish=schedule.forecast_finish,
        baseline_finish=schedule.baseline_finish if schedule.update_number else day(baseline),
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
        schedule=schedule,
    )
