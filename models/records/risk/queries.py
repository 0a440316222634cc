"""Reads of risks: the register, which the screen, the export and the status report all
read (one row type, so one number everywhere)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from executrek.models.directory import Person
from executrek.models.project import Project
from executrek.models.records.risk.model import KIND, LIVE, Risk
from executrek.models.services.common import load
from executrek.models.store import Store


@dataclass(frozen=True)
class RiskRow:
    id: str
    number: str
    title: str
    category: str
    probability: int
    impact: int
    status: str
    owner_id: str | None
    owner: str | None
    mitigation: str | None
    description: str | None

    @property
    def score(self) -> int:
        return self.probability * self.impact


@dataclass(frozen=True)
class RiskFilter:
    """What the risk screen narrows its list to (and an export of it)."""

    statuses: frozenset[str] = frozenset()
    cell: tuple[int, int] | None = None  # (probability, impact), the matrix cell picked

    def keeps(self, row: RiskRow) -> bool:
        return (not self.statuses or row.status in self.statuses) and (
            self.cell is None or (row.probability, row.impact) == self.cell
        )


def risk_list(store: Store, project_id: str, *, include_closed: bool = True) -> list[RiskRow]:
    """The project's risks, highest score first; only open and mitigating ones when
    ``include_closed`` is false (the status report's "live risks")."""
    conds = [Risk.project_id == project_id, Risk.deleted_at.is_(None)]
    if not include_closed:
        conds.append(Risk.status.in_(LIVE))
    with store.read() as s:
        rows = s.execute(
            select(Risk, Person.name)
            .outerjoin(Person, Person.id == Risk.owner_id)
            .where(*conds)
            .order_by((Risk.probability * Risk.impact).desc(), Risk.number)
        ).all()
        return [
            RiskRow(
                id=r.id,
                number=KIND.number_of(r),
                title=r.title,
                category=r.category.value,
                probability=r.probability,
                impact=r.impact,
                status=r.status.value,
                owner_id=r.owner_id,
                owner=owner,
                mitigation=r.mitigation,
                description=r.description,
            )
            for r, owner in rows
        ]


def live_risks(store: Store, project_id: str) -> list[RiskRow]:
    """Open and mitigating risks, highest score first."""
    return risk_list(store, project_id, include_closed=False)


def export_rows(store: Store, project_id: str, flt: RiskFilter = RiskFilter()) -> list[RiskRow]:
    """The rows the risk screen shows for ``flt``, for a spreadsheet."""
    with store.read() as s:
        load(s, Project, project_id, "Project")
    return [r for r in risk_list(store, project_id) if flt.keeps(r)]
