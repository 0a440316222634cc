"""The drill-down reads: a commitment's schedule of rates in item order, and a budget
line's change orders mapped by the same rule as its pending figure — their weighted
amounts add up to the line's ``pending_weighted`` to the cent (on the figures test's
project, and where rounding each change alone would not)."""

from __future__ import annotations

import cost_rows as r
import pytest
from cost_rows import D
from test_cost_figures import build

from executrek.models.errors import NotFoundError
from executrek.models.project import Project
from executrek.models.records.cost import queries
from executrek.models.records.cost.budget_model import BudgetLine
from executrek.models.records.cost.commitment_model import CommitmentRate
from executrek.models.records.cost.drill import LineChange, changes_of_budget_line, rates_of
from executrek.models.records.cost.figures import budget_figures
from executrek.models.records.cost.vocab import CostCategory
from executrek.models.store import Store
from executrek.models.vocab import COStatus, COTier


def changes(store: Store, line_id: str) -> list[LineChange]:
    with store.read() as s:
        return changes_of_budget_line(s, line_id)


def pending(store: Store, project_id: str) -> dict[str, object]:
    with store.read() as s:
        return {ln.line_id: ln.pending_weighted for ln in budget_figures(s, project_id).lines}


def shown(found: list[LineChange]) -> list[tuple[object, ...]]:
    return [(c.number, c.status, c.amount, c.weight_pct, c.weighted) for c in found]


def test_changes_of_each_line_by_hand(store: Store, project: Project) -> None:
    ids = build(store, project.id)
    bl = ids.lines
    # BL1: the pending CO through its SOV line; the approved CO-001 listed, not weighted.
    assert shown(changes(store, bl["BL1"])) == [
        ("CO-001", "approved", D("20000.00"), None, None),
        ("CO-002", "pending", D("9999.00"), 100, D("9999.00")),
    ]
    # BL2: one request, one line by cost code and one through the SOV line.
    assert shown(changes(store, bl["BL2"])) == [
        ("COR-001", "pending", D("3000.01"), 75, D("2250.01")),
    ]
    # BL3 (closed): the decided CO-003 and the pending CE-003; the promoted CE-002 is
    # superseded (not listed); CE-003's line of no cost code maps to no line.
    assert shown(changes(store, bl["BL3"])) == [
        ("CO-003", "approved", D("8000.00"), None, None),
        ("CE-003", "pending", D("1000.00"), 50, D("500.00")),
    ]
    # BL4: a change event with a credit line, half of 3,666.67 rounded half up.
    assert shown(changes(store, bl["BL4"])) == [
        ("CE-001", "draft", D("3666.67"), 50, D("1833.34")),
    ]
    assert changes(store, bl["BL5"]) == []
    figures = pending(store, project.id)
    for line_id in bl.values():
        found = changes(store, line_id)
        assert sum((c.weighted or D(0) for c in found), D(0)) == figures[line_id]


def test_weighted_shares_add_up_to_the_line_to_the_cent(store: Store, project: Project) -> None:
    """Three change events of 0.01 each at 50 %: each alone is 0.005 → 0.01, but the
    line's pending figure is 0.015 → 0.02; the shares are 0.01, 0.00, 0.01."""
    with store.transaction() as (s, _):
        code = r.code(s, project.id, "05", "Metals")
        line = r.line(s, project.id, 1, code, "Steel", CostCategory.CONSTRUCTION, "1000.00")
        for number in (1, 2, 3):
            ce = r.change_order(s, project.id, number, COTier.CHANGE_EVENT, COStatus.PENDING)
            r.co_line(s, ce, 1, "0.01", cost_code=code)
        void = r.change_order(s, project.id, 4, COTier.CHANGE_EVENT, COStatus.VOID)
        r.co_line(s, void, 1, "50.00", cost_code=code)
        line_id = line.id
    found = changes(store, line_id)
    assert [c.number for c in found] == ["CE-001", "CE-002", "CE-003"]  # not the void one
    assert [c.weighted for c in found] == [D("0.01"), D("0.00"), D("0.01")]
    assert pending(store, project.id)[line_id] == D("0.02")


def test_unknown_line_is_not_found(store: Store, project: Project) -> None:
    with store.read() as s, pytest.raises(NotFoundError, match="budget line"):
        changes_of_budget_line(s, "nope")
    ids = build(store, project.id)
    with store.transaction() as (s, _):
        line = s.get(BudgetLine, ids.lines["BL5"])
        assert line is not None
        line.deleted_at = line.created_at
    with pytest.raises(NotFoundError):
        changes(store, ids.lines["BL5"])


def test_rates_of_a_commitment_in_item_order(store: Store, project: Project) -> None:
    with store.transaction() as (s, _):
        org = r.org(s, project.id, "Steel Ltd")
        c = r.commitment(s, project.id, 1, org, "Steel", "1000.00")
        other = r.commitment(s, project.id, 2, org, "Other", "1000.00")
        code = r.code(s, project.id, "05", "Metals")
        for item, text, unit, rate, cc in (
            ("R10", "Bolts", "ea", "2.50", None),
            ("R2", "Rebar", "t", "1450.00", code),
            ("R1", "Concrete C30/37", "m3", "180.00", None),
        ):
            r.put(s, CommitmentRate, project_id=project.id, commitment_id=c.id, item=item,
                  description=text, unit=unit, rate=D(rate),
                  cost_code_id=cc.id if cc else None)  # fmt: skip
        r.put(s, CommitmentRate, project_id=project.id, commitment_id=other.id, item="R1",
              description="Not this one", unit="ea", rate=D("1.00"))  # fmt: skip
        gone = r.put(s, CommitmentRate, project_id=project.id, commitment_id=c.id, item="R3",
                     description="Deleted", unit="ea", rate=D("1.00"))  # fmt: skip
        gone.deleted_at = gone.created_at
        cid = c.id
    with store.read() as s:
        rates = rates_of(s, cid)
        assert queries.rates_of(s, cid) == rates  # the room's reads name it too
    assert [(x.item, x.description, x.unit, x.rate, x.cost_code) for x in rates] == [
        ("R1", "Concrete C30/37", "m3", D("180.00"), None),
        ("R2", "Rebar", "t", D("1450.00"), "05"),
        ("R10", "Bolts", "ea", D("2.50"), None),
    ]
    with store.read() as s:
        assert rates_of(s, "nope") == []
