"""A project with cost data for the cost screens' tests (and their screenshots): a cost-code
tree, hard and soft budget lines with a contingency, an approved transfer out of the
contingency, two commitments (an executed contract with a schedule of values, a draft
purchase order whose schedule does not add up), and a pay application under review."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

import pytest

from executrek.app.context import AppContext
from executrek.models.records.cost import budget, commitments, payments
from executrek.models.records.issue import service as issues
from executrek.models.records.schedule.importer import import_programme
from executrek.models.records.schedule.programme import (
    ParsedActivity,
    ParsedCalendar,
    Programme,
)
from executrek.models.records.schedule.vocab import ActivityKind, ActivityStatus, SourceFormat
from executrek.models.services import projects
from executrek.models.store import Store

EXECUTED_ON = dt.date(2026, 2, 2)  # before the pinned day (2026-11-25)
PERIOD = (dt.date(2026, 10, 1), dt.date(2026, 10, 31))


def programme() -> Programme:
    """Two activities the SOV lines are linked to: the substructure half done, the steel
    frame a fifth done (physical % complete) at the end of October."""
    start = dt.date(2026, 3, 2)
    acts = [
        ParsedActivity("1", "T100", "Substructure", ActivityKind.TASK, ActivityStatus.IN_PROGRESS,
                       calendar_code="1", original_duration=Decimal(100),
                       remaining_duration=Decimal(50), start=start,
                       finish=dt.date(2027, 1, 29), pct_physical=Decimal(50)),
        ParsedActivity("2", "T200", "Steel frame", ActivityKind.TASK, ActivityStatus.IN_PROGRESS,
                       calendar_code="1", original_duration=Decimal(100),
                       remaining_duration=Decimal(80), start=start,
                       finish=dt.date(2027, 1, 29), pct_physical=Decimal(20)),
    ]  # fmt: skip
    calendar = ParsedCalendar("1", "5-day week", Decimal(8), "1111100")
    return Programme(SourceFormat.XER, "Works", PERIOD[1], [calendar], acts, [], "1")


@dataclass(frozen=True)
class CostProject:
    ctx: AppContext
    project_id: str
    contractor: str
    supplier: str
    concrete: str  # budget line ids
    steel: str
    design: str
    contingency: str
    contract: str  # commitment ids: executed contract SC-001
    order: str  # draft purchase order PO-001 (its SOV is short of its value)
    app: str  # PA-001 of the contract, submitted for review


def build(store: Store, *, currency: str = "EUR") -> dict[str, str]:
    """The cost data in a fresh project (``COST-T``); the ids by name."""
    project = projects.create_project(
        store,
        projects.NewProject(code="COST-T", name="Cost test", owner_name="City", currency=currency),
    ).value
    pid = project.id
    gc = projects.add_organisation(store, pid, "Nordbau GmbH", "general_contractor").value
    sup = projects.add_organisation(store, pid, "Stahl Supply", "supplier").value
    codes: dict[str, str] = {}
    for code, name, parent in (
        ("A", "Construction", None),
        ("A03", "Concrete", "A"),
        ("A05", "Metals", "A"),
        ("B", "Soft costs", None),
        ("B10", "Design fees", "B"),
        ("C", "Contingency", None),
    ):
        done = budget.create_cost_code(store, pid, code=code, name=name, parent_code=parent)
        codes[code] = done.value.id
    ids: dict[str, str] = {"project": pid, "contractor": gc.id, "supplier": sup.id}
    for key, code, title, category, amount in (
        ("concrete", "A03", "Concrete works", "construction", "500000.00"),
        ("steel", "A05", "Steel and envelope", "construction", "700000.00"),
        ("design", "B10", "Architect and engineers", "design", "120000.00"),
        ("contingency", "C", "Owner's contingency", "contingency", "100000.00"),
    ):
        ids[key] = budget.create_budget_line(
            store, pid, cost_code_id=codes[code], title=title, category=category,
            original_amount=Decimal(amount),
        ).value.id  # fmt: skip
    t = budget.create_transfer(
        store, pid, title="Ground conditions", reason="Rock found at the north footing",
        from_line_id=ids["contingency"], to_line_id=ids["concrete"], amount=Decimal("25000.00"),
    ).value  # fmt: skip
    budget.submit_transfer(store, t.id)
    budget.approve_transfer(store, t.id, approver="Pat Owner")
    import_programme(store, pid, programme(), source_name="works.xer", source_sha256="1" * 64)
    issues.create_issue(store, pid, issues.NewIssue(issue_type="non_conformance",title="Honeycombing at the north footing",contractor_id=gc.id))  # fmt: skip
    contract = commitments.create_commitment(
        store, pid, commitment_type="contract", title="Main works", contractor_id=gc.id,
        original_value=Decimal("1000000.00"), retainage_pct=10,
        start_date=dt.date(2026, 3, 1), finish_date=dt.date(2027, 2, 28),
    ).value  # fmt: skip
    for item, text, value, line, codes in (
        ("1", "Substructure", "400000.00", "concrete", ("T100",)),
        ("2", "Steel frame", "350000.00", "steel", ("T200",)),
        ("3", "Envelope", "250000.00", "steel", ()),
    ):
        commitments.add_sov_line(
            store, contract.id, item=item, description=text, scheduled_value=Decimal(value),
            budget_line_id=ids[line], activity_codes=codes,
        )  # fmt: skip
    commitments.add_rate(
        store, contract.id, item="R1", description="Concrete C30/37", unit="m3", rate="180.00"
    )
    commitments.execute_commitment(store, contract.id, on=EXECUTED_ON)
    order = commitments.create_commitment(
        store, pid, commitment_type="purchase_order", title="Rebar supply", contractor_id=sup.id,
        original_value=Decimal("80000.00"), retainage_pct=0,
    ).value  # fmt: skip
    commitments.add_sov_line(
        store, order.id, item="1", description="Rebar B500", scheduled_value=Decimal("60000.00"),
        budget_line_id=ids["concrete"],
    )  # fmt: skip
    app = payments.create_pay_application(
        store, contract.id, period_start=PERIOD[0], period_end=PERIOD[1]
    ).value
    lines = {ln.item: ln.id for ln in _lines(store, app.id)}
    payments.claim_line(store, lines["1"], work=Decimal("200000.00"), stored=Decimal(0))
    payments.claim_line(store, lines["2"], work=Decimal("100000.00"), stored=Decimal("20000.00"))
    payments.submit_for_review(store, app.id)
    ids.update(contract=contract.id, order=order.id, app=app.id)
    return ids


def _lines(store: Store, app_id: str) -> list:  # type: ignore[type-arg]
    from executrek.models.records.cost import queries

    with store.read() as s:
        return queries.pay_app_lines(s, app_id)


@pytest.fixture
def cost_project(gui_ctx: AppContext, clock: dt.date) -> CostProject:
    ids = build(gui_ctx.store)
    gui_ctx.settings.last_project = ids["project"]
    gui_ctx.settings.identity.display_name = "Robin Rep"
    return CostProject(
        gui_ctx,
        ids["project"],
        ids["contractor"],
        ids["supplier"],
        ids["concrete"],
        ids["steel"],
        ids["design"],
        ids["contingency"],
        ids["contract"],
        ids["order"],
        ids["app"],
    )
