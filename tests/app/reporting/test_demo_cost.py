"""The demo's cost data (``app/demo_cost.py``) is what the cost screens and reports need:
a budget with hard and soft costs on a cost-code tree, funded; four to six commitments
whose schedules of values map to the budget, some linked to the programme's activities
and a location; schedules of rates; approved and pending transfers; three monthly
applications of the main contract (certified, certified, under review) and one
over-claimed line that the evidence contradicts."""

from __future__ import annotations

from decimal import Decimal

import pytest
from reporting_fixtures import Workspace
from sqlalchemy import text
from sqlalchemy.orm import Session

from executrek.models.records.cost import evidence, figures, queries
from executrek.models.records.cost.vocab import CostCategory

CODES = ("HOSP-EW", "SCH-LHS", "OFC-HP")


def count(s: Session, table: str, project_id: str) -> int:
    """The project's rows in ``table``."""
    sql = text(f"SELECT count(*) FROM {table} WHERE project_id = :p")
    return int(s.execute(sql, {"p": project_id}).scalar_one())


@pytest.mark.parametrize("code", CODES)
def test_the_demo_budget_and_commitments(ws: Workspace, code: str) -> None:
    pid = ws.project_id(code)
    with ws.store.read() as s:
        b = figures.budget_figures(s, pid)
        committed = queries.list_commitments(s, pid)
        sov = {c.number: queries.sov_of(s, c.id) for c in committed}
        transfers = queries.list_transfers(s, pid)
        sources = count(s, "funding_sources", pid)
        rates = count(s, "commitment_rates", pid)
    categories = {line.category for line in b.lines}
    assert {
        CostCategory.CONSTRUCTION,
        CostCategory.DESIGN,
        CostCategory.PERMITS,
        CostCategory.FFE,
        CostCategory.CONTINGENCY,
        CostCategory.PMO,
    } <= categories
    assert any(node.children for node in b.tree)  # the tree rolls up
    assert b.hard_total.approved_budget > 0 and b.soft_total.approved_budget > 0
    assert b.total.pending_weighted > 0  # the demo's pending change orders are weighed
    assert sources == 3 and rates >= 4
    assert 4 <= len(committed) <= 6
    assert {c.status for c in committed} == {"executed", "draft"}
    lines = [line for rows in sov.values() for line in rows]
    assert all(line.budget_line_id is not None for line in lines)
    assert any(line.activity_codes for line in lines)
    assert any(line.location_id is not None for line in lines)
    for c in committed:  # every schedule of values adds up to its contract
        total = sum((line.scheduled_value for line in sov[c.number]), Decimal(0))
        assert total == c.original_value, c.number
    statuses = sorted(t.status for t in transfers)
    assert statuses.count("approved") >= 3 and statuses.count("pending") == 1
    assert b.contingency_drawdown > 0


@pytest.mark.parametrize("code", CODES)
def test_the_demo_applications_and_the_over_claim(ws: Workspace, code: str) -> None:
    pid = ws.project_id(code)
    with ws.store.read() as s:
        main = next(c for c in queries.list_commitments(s, pid) if c.number == "SC-001")
        apps = sorted(
            queries.list_pay_applications(s, pid, main.id), key=lambda a: a.application_no
        )
        review = apps[-1]
        found = evidence.evidence_of(s, review.id)
        cert = queries.certificate_of(s, apps[1].id)
        reduced = [line for line in queries.pay_app_lines(s, apps[1].id) if line.reason]
    assert [a.status for a in apps] == ["certified", "certified", "under_review"]
    assert [a.period_end.month for a in apps] == sorted({a.period_end.month for a in apps})
    assert cert.summary.withholding > 0 and reduced  # the second: a reduction and a hold
    flagged = [e for e in found if e.over_claim]
    assert len(flagged) == 1, [(e.item, e.claimed_pct, e.schedule_pct) for e in found]
    line = flagged[0]
    assert line.schedule_pct is not None and line.claimed_pct is not None
    assert line.claimed_pct - line.schedule_pct >= 20  # claimed far above the programme
    assert line.open_ncrs >= 1 and line.suggested_withholding > 0
