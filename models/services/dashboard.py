"""One project's dashboard: health measures plus the series its charts draw and the
lists of what is overdue. One read, plain values."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from executrek.models.directory import Organisation
from executrek.models.inspection import Inspection, InspectionResult, InspectionStatus
from executrek.models.issue import ISSUE_PREFIX, ContractorIssue
from executrek.models.numbering import display
from executrek.models.project import Milestone
from executrek.models.punch import PunchItem
from executrek.models.risk import Risk, RiskStatus
from executrek.models.services.common import local_today
from executrek.models.services.health import ProjectHealth, health_in
from executrek.models.services.listings import OPEN_ISSUE
from executrek.models.services.punch_list import LIVE
from executrek.models.store import Store


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
    store: Store, project_id: str, today: dt.date | None = None, *, overdue_limit: int = 50
) -> Dashboard:
    day = today or local_today()
    with store.read() as s:
        return details_in(s, health_in(s, project_id, day), day, overdue_limit=overdue_limit)


def details(
    store: Store, h: ProjectHealth, today: dt.date | None = None, *, overdue_limit: int = 50
) -> Dashboard:
    """The charts' series and the overdue lists for a project whose health the screen
    already shows (the dashboard fills in two steps: numbers first, then this)."""
    with store.read() as s:
        return details_in(s, h, today or local_today(), overdue_limit=overdue_limit)


def details_in(s: Session, h: ProjectHealth, day: dt.date, *, overdue_limit: int) -> Dashboard:
    project_id = h.project_id
    live = [x.value for x in LIVE]
    alive = (PunchItem.project_id == project_id, PunchItem.deleted_at.is_(None))
    by_status = dict(h.punch.by_status)
    names = dict(
        s.execute(
            select(Organisation.id, Organisation.name).where(
                Organisation.id.in_([c for c in h.punch.by_contractor if c is not None])
            )
        ).all()
    )
    per_name: dict[str, int] = {}
    for contractor, n in h.punch.by_contractor.items():
        name = names.get(contractor, "Unassigned") if contractor else "Unassigned"
        per_name[name] = per_name.get(name, 0) + n
    by_contractor = sorted(per_name.items(), key=lambda pair: (-pair[1], pair[0]))
    month = func.strftime("%Y-%m", Inspection.inspection_date)
    months: dict[str, list[int]] = {}
    for m, result, n in s.execute(
        select(month, Inspection.result, func.count())
        .where(
            Inspection.project_id == project_id,
            Inspection.deleted_at.is_(None),
            Inspection.status == InspectionStatus.COMPLETED.value,
        )
        .group_by(month, Inspection.result)
    ):
        slot = months.setdefault(str(m), [0, 0])
        slot[0 if result is InspectionResult.PASS else 1] += int(n)
    matrix: dict[tuple[int, int], int] = {}
    for p, i, n in s.execute(
        select(Risk.probability, Risk.impact, func.count())
        .where(
            Risk.project_id == project_id,
            Risk.deleted_at.is_(None),
            Risk.status.in_([RiskStatus.OPEN.value, RiskStatus.MITIGATING.value]),
        )
        .group_by(Risk.probability, Risk.impact)
    ):
        matrix[(int(p), int(i))] = int(n)
    overdue: list[OverdueRow] = []
    late_punch = (*alive, PunchItem.status.in_(live), PunchItem.due_date < day)
    for item, org in s.execute(
        select(PunchItem, Organisation.name)
        .outerjoin(Organisation, Organisation.id == PunchItem.contractor_id)
        .where(*late_punch)
        .order_by(PunchItem.due_date, PunchItem.number)
        .limit(overdue_limit)
    ):
        assert item.due_date is not None
        overdue.append(
            OverdueRow(
                "punch_item",
                item.id,
                display("PI", item.number, item.draft_number, width=4),
                item.title,
                item.due_date,
                (day - item.due_date).days,
                org,
            )
        )
    for issue, org in s.execute(
        select(ContractorIssue, Organisation.name)
        .outerjoin(Organisation, Organisation.id == ContractorIssue.contractor_id)
        .where(
            ContractorIssue.project_id == project_id,
            ContractorIssue.deleted_at.is_(None),
            ContractorIssue.status.in_(OPEN_ISSUE),
            ContractorIssue.due_date < day,
        )
        .order_by(ContractorIssue.due_date)
        .limit(overdue_limit)
    ):
        assert issue.due_date is not None
        overdue.append(
            OverdueRow(
                "issue",
                issue.id,
                display(ISSUE_PREFIX[issue.issue_type], issue.number, issue.draft_number, width=3),
                issue.title,
                issue.due_date,
                (day - issue.due_date).days,
                org,
            )
        )
    for ms in s.scalars(
        select(Milestone).where(
            Milestone.project_id == project_id,
            Milestone.deleted_at.is_(None),
            Milestone.actual_date.is_(None),
            Milestone.baseline_date < day,
        )
    ):
        overdue.append(
            OverdueRow(
                "milestone",
                ms.id,
                "",
                ms.name,
                ms.baseline_date,
                (day - ms.baseline_date).days,
                None,
            )
        )
    overdue_issues = int(
        s.scalar(
            select(func.count())
            .select_from(ContractorIssue)
            .where(
                ContractorIssue.project_id == project_id,
                ContractorIssue.deleted_at.is_(None),
                ContractorIssue.status.in_(OPEN_ISSUE),
                ContractorIssue.due_date < day,
            )
        )
        or 0
    )
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
