"""A project with cost data to test against: a contractor, cost codes, budget lines
and an executed commitment with a schedule of values."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select

from executrek.models.project import CostCode
from executrek.models.records.cost import budget, commitments
from executrek.models.records.cost.rows import SovRow
from executrek.models.services import projects
from executrek.models.store import Store

SIG = [[[0.1, 0.5], [0.3, 0.4], [0.6, 0.6]]]
EXECUTED_ON = dt.date(2026, 2, 2)  # before the pinned day (2026-11-25)
# item, description, scheduled value, cost code
SOV = (
    ("1", "Substructure", "400000.00", "03"),
    ("2", "Steel frame", "350000.00", "05"),
    ("3", "Envelope", "250000.00", "05"),
)


@dataclass(frozen=True)
class Costs:
    project_id: str
    contractor: str  # organisation id
    concrete: str  # budget line ids
    steel: str
    contingency: str


def costs(store: Store, project_id: str) -> Costs:
    org = projects.add_organisation(store, project_id, "Nordbau GmbH", "general_contractor")
    for code, name in (("03", "Concrete"), ("05", "Metals"), ("99", "Contingency")):
        budget.create_cost_code(store, project_id, code=code, name=name)
    ids = {}
    for code, title, category, amount in (
        ("03", "Concrete works", "construction", "500000.00"),
        ("05", "Steel and envelope", "construction", "700000.00"),
        ("99", "Owner's contingency", "contingency", "100000.00"),
    ):
        with store.read() as s:
            code_id = s.scalar(
                select(CostCode.id).where(CostCode.project_id == project_id, CostCode.code == code)
            )
        assert code_id is not None
        ids[code] = budget.create_budget_line(
            store,
            project_id,
            cost_code_id=code_id,
            title=title,
            category=category,
            original_amount=Decimal(amount),
        ).value.id
    return Costs(project_id, org.value.id, ids["03"], ids["05"], ids["99"])


def commitment(
    store: Store,
    where: Costs,
    *,
    execute: bool = True,
    retainage: str = "10",
    **terms: object,
) -> str:
    """A contract of 1,000,000.00 with three SOV lines (``SOV``), executed by default."""
    c = commitments.create_commitment(
        store,
        where.project_id,
        commitment_type="contract",
        title="Main works",
        contractor_id=where.contractor,
        original_value=Decimal("1000000.00"),
        retainage_pct=retainage,
        **terms,  # type: ignore[arg-type]
    ).value
    commitments.load_sov(
        store, c.id, [SovRow(item, text, Decimal(value), code) for item, text, value, code in SOV]
    )
    if execute:
        commitments.execute_commitment(store, c.id, on=EXECUTED_ON)
    return c.id
