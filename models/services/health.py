"""Project health at a glance: budget, schedule and quality measures for the portfolio
screen, the dashboard and the status reports."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from executrek.models.change_order import ChangeOrder, COStatus
from executrek.models.inspection import Inspection, InspectionResult, InspectionStatus
from executrek.models.issue import ContractorIssue, IssueStatus, IssueType
from executrek.models.project import Milestone, Project
from executrek.models.punch import PunchItem
from executrek.models.risk import Risk, RiskStatus
from executrek.models.services.change_orders import BudgetRollup, rollup_in
from executrek.models.services.common import local_today
from executrek.models.services.punch_list import LIVE
from executrek.models.store import Store


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


def project_health(store: Store, project_id: str, today: dt.date | None = None) -> ProjectHealth:
    with store.read() as s:
        return health_in(s, project_id, today or local_today())


def portfolio(store: Store, today: dt.date | None = None) -> list[ProjectHealth]:
    day = today or local_today()
    with store.read() as s:
        ids = list(
            s.scalars(select(Project.id).where(Project.deleted_at.is_(None)).order_by(Project.code))
        )
        return [health_in(s, pid, day) for pid in ids]


def health_in(s: Session, project_id: str, today: dt.date) -> ProjectHealth:
    project = s.get(Project, project_id)
    assert project is not None
    owner = None
    if project.owner_org_id:
        from executrek.models.directory import Organisation

        org = s.get(Organisation, project.owner_org_id)
        owner = org.name if org else None
    budget = rollup_in(s, project_id)
    ms = list(
        s.execute(
            select(Milestone.baseline_date, Milestone.forecast_date, Milestone.actual_date).where(
                Milestone.project_id == project_id, Milestone.deleted_at.is_(None)
            )
        )
    )
    slips = [((a or f or b) - b).days for b, f, a in ms]
    late = sum(
        1 for (b, f, a), slip in zip(ms, slips, strict=True) if slip > 0 and (a is None or a > b)
    )
    live = [x.value for x in LIVE]
    alive = (PunchItem.project_id == project_id, PunchItem.deleted_at.is_(None))
    punch_open = int(
        s.scalar(
            select(func.count()).select_from(PunchItem).where(*alive, PunchItem.status.in_(live))
        )
        or 0
    )
    punch_overdue = int(
        s.scalar(
            select(func.count())
            .select_from(PunchItem)
            .where(*alive, PunchItem.status.in_(live), PunchItem.due_date < today)
        )
        or 0
    )
    punch_total = int(s.scalar(select(func.count()).select_from(PunchItem).where(*alive)) or 0)
    results = list(
        s.scalars(
            select(Inspection.result).where(
                Inspection.project_id == project_id,
                Inspection.deleted_at.is_(None),
                Inspection.status == InspectionStatus.COMPLETED.value,
            )
        )
    )
    passed = sum(1 for r in results if r is InspectionResult.PASS)
    rate = (
        (Decimal(passed) / Decimal(len(results)) * 100).quantize(Decimal("0.1"))
        if results
        else None
    )
    open_states = [IssueStatus.OPEN.value, IssueStatus.RESPONDED.value]
    issue_alive = (
        ContractorIssue.project_id == project_id,
        ContractorIssue.deleted_at.is_(None),
        ContractorIssue.status.in_(open_states),
    )
    ncrs = int(
        s.scalar(
            select(func.count())
            .select_from(ContractorIssue)
            .where(*issue_alive, ContractorIssue.issue_type == IssueType.NON_CONFORMANCE.value)
        )
        or 0
    )
    open_issues = int(
        s.scalar(select(func.count()).select_from(ContractorIssue).where(*issue_alive)) or 0
    )
    pending_cos = int(
        s.scalar(
            select(func.count())
            .select_from(ChangeOrder)
            .where(
                ChangeOrder.project_id == project_id,
                ChangeOrder.deleted_at.is_(None),
                ChangeOrder.status == COStatus.PENDING.value,
            )
        )
        or 0
    )
    risks = tuple(
        TopRisk(r.id, r.title, r.probability, r.impact)
        for r in s.scalars(
            select(Risk)
            .where(
                Risk.project_id == project_id,
                Risk.deleted_at.is_(None),
                Risk.status.in_([RiskStatus.OPEN.value, RiskStatus.MITIGATING.value]),
            )
            .order_by((Risk.probability * Risk.impact).desc(), Risk.number)
            .limit(3)
        )
    )
    return ProjectHealth(
        project_id=project.id,
        code=project.code,
        name=project.name,
        owner=owner,
        status=project.status.value,
        budget=budget,
        milestones_total=len(ms),
        milestones_late=late,
        max_slip_days=max(slips, default=0),
        forecast_finish=project.forecast_finish,
        baseline_finish=project.baseline_finish,
        punch_open=punch_open,
        punch_overdue=punch_overdue,
        punch_total=punch_total,
        inspections_completed=len(results),
        inspection_pass_rate=rate,
        open_ncrs=ncrs,
        open_issues=open_issues,
        pending_change_orders=pending_cos,
        top_risks=risks,
    )
