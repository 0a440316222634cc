"""One project's dashboard: health measures plus the series its charts draw and the
lists of what is overdue. One read, plain values. The punch and schedule figures are
``health``'s, the same values the status report prints."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass

from executrek.models.local_read import SqlSource, day, local_today, marks
from executrek.models.records.issue.numbers import SERIES as ISSUE_SERIES
from executrek.models.records.kind import show
from executrek.models.records.punch.numbers import SERIES as PUNCH_SERIES
from executrek.models.services.health import ProjectHealth, health_in
from executrek.models.vocab import (
    LIVE,
    OPEN_ISSUE,
    InspectionResult,
    InspectionStatus,
    RiskStatus,
)


@dataclass(frozen=True)
class MonthResults:
    month: str  # "2026-03"
    passed: int
    failed: int


@dataclass(frozen=True)
class OverdueRow:
    kind: str  # "punch_item", "issue", "milestone"
    id: str
    number: str
    title: str
    due: dt.date
    days_late: int
    party: str | None


@dataclass(frozen=True)
class Dashboard:
    health: ProjectHealth
    punch_by_status: dict[str, int]
    punch_by_contractor: list[tuple[str, int]]  # live items, biggest first
    inspections_by_month: list[MonthResults]
    risk_matrix: dict[tuple[int, int], int]  # (probability, impact) -> open risks
    overdue: list[OverdueRow]
    overdue_total: int


def dashboard(
    source: SqlSource, project_id: str, today: dt.date | None = None, *, overdue_limit: int = 50
) -> Dashboard:
    day_ = today or local_today()
    with source.sql() as con:
        return details_in(con, health_in(con, project_id, day_), day_, overdue_limit=overdue_limit)


def details(
    source: SqlSource, h: ProjectHealth, today: dt.date | None = None, *, overdue_limit: int = 50
) -> Dashboard:
    """The charts' series and the overdue lists for a project whose health the screen
    already shows (the dashboard fills in two steps: numbers first, then this)."""
    with source.sql() as con:
        return details_in(con, h, today or local_today(), overdue_limit=overdue_limit)


def details_in(
    con: sqlite3.Connection, h: ProjectHealth, today: dt.date, *, overdue_limit: int
) -> Dashboard:
    project_id = h.project_id
    iso = today.isoformat()
    by_status = dict(h.punch.by_status)
    # The same contractor rows the reports print: outstanding items, biggest first.
    by_contractor = sorted(
        (
            (row.contractor or "Unassigned", row.outstanding)
            for row in h.punch.contractors()
            if row.outstanding
        ),
        key=lambda pair: (-pair[1], pair[0]),
    )
    months: dict[str, list[int]] = {}
    for m, result, n in con.execute(
        "SELECT strftime('%Y-%m', inspection_date), result, count(*) FROM inspections"
        " WHERE project_id = ? AND deleted_at IS NULL AND status = ?"
        " GROUP BY 1, result",
        (project_id, InspectionStatus.COMPLETED.value),
    ):
        slot = months.setdefault(str(m), [0, 0])
        slot[0 if result == InspectionResult.PASS.value else 1] += int(n)
    matrix: dict[tuple[int, int], int] = {}
    for p, i, n in con.execute(
        "SELECT probability, impact, count(*) FROM risks"
        " WHERE project_id = ? AND deleted_at IS NULL AND status IN (?, ?)"
        " GROUP BY probability, impact",
        (project_id, RiskStatus.OPEN.value, RiskStatus.MITIGATING.value),
    ):
        matrix[(int(p), int(i))] = int(n)
    overdue: list[OverdueRow] = []
    live = [x.value for x in LIVE]
    for pid, number, draft, title, due_text, org in con.execute(
        "SELECT p.id, p.number, p.draft_number, p.title, p.due_date, o.name FROM punch_items p"
        " LEFT JOIN organisations o ON o.id = p.contractor_id"
        " WHERE p.project_id = ? AND p.deleted_at IS NULL"
        f" AND p.status IN ({marks(len(live))}) AND p.due_date < ?"
        " ORDER BY p.due_date, p.number LIMIT ?",
        (project_id, *live, iso, overdue_limit),
    ):
        due = dt.date.fromisoformat(due_text)
        overdue.append(
            OverdueRow(
                "punch_item",
                pid,
                show(PUNCH_SERIES, number, draft),
                title,
                due,
                (today - due).days,
                org,
            )
        )
    issue_late = (
        " WHERE i.project_id = ? AND i.deleted_at IS NULL"
        f" AND i.status IN ({marks(len(OPEN_ISSUE))}) AND i.due_date < ?"
    )
    late_params = (project_id, *OPEN_ISSUE, iso)
    for iid, kind, number, draft, title, due_text, org in con.execute(
        "SELECT i.id, i.issue_type, i.number, i.draft_number, i.title, i.due_date, o.name"
        " FROM contractor_issues i LEFT JOIN organisations o ON o.id = i.contractor_id"
        f"{issue_late} ORDER BY i.due_date LIMIT ?",
        (*late_params, overdue_limit),
    ):
        due = dt.date.fromisoformat(due_text)
        overdue.append(
            OverdueRow(
                "issue",
                iid,
                show(ISSUE_SERIES, number, draft, kind),
                title,
                due,
                (today - due).days,
                org,
            )
        )
    for mid, name, baseline_text in con.execute(
        "SELECT id, name, baseline_date FROM milestones WHERE project_id = ?"
        " AND deleted_at IS NULL AND actual_date IS NULL AND baseline_date < ?",
        (project_id, iso),
    ):
        baseline = day(baseline_text)
        assert baseline is not None
        overdue.append(
            OverdueRow("milestone", mid, "", name, baseline, (today - baseline).days, None)
        )
    row = con.execute(
        f"SELECT count(*) FROM contractor_issues i{issue_late}", late_params
    ).fetchone()
    overdue_issues = int(row[0] or 0)
    overdue.sort(key=lambda r: (-r.days_late, r.kind, r.number))
    late_milestones = sum(1 for r in overdue if r.kind == "milestone")
    return Dashboard(
        health=h,
        punch_by_status=by_status,
        punch_by_contractor=by_contractor,
        inspections_by_month=[
            MonthResults(m, counts[0], counts[1]) for m, counts in sorted(months.items())
        ],
        risk_matrix=matrix,
        overdue=overdue,
        overdue_total=h.punch_overdue + overdue_issues + late_milestones,
    )
