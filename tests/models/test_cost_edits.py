"""The cost services the screens' single-record edits call: a cost code's code and name
changed (a code used twice refused), every cost code listed to choose from in tree
order (those without a budget line too), and an SOV line with claims never removed."""

from __future__ import annotations

import datetime as dt

import pytest
from cost_data import commitment, costs

from executrek.models.errors import ValidationError, WorkflowError
from executrek.models.project import CostCode, Project
from executrek.models.records.cost import budget, commitments, payments, queries
from executrek.models.records.cost.code_list import code_choices
from executrek.models.store import Store


def test_a_cost_code_is_renamed_and_a_code_is_used_once(store: Store, project: Project) -> None:
    costs(store, project.id)
    with store.read() as s:
        metals = next(c for c in code_choices(s, project.id) if c.code == "05")
    done = budget.update_cost_code(store, metals.cost_code_id, code=" 05.1 ", name="Steel")
    assert (done.value.code, done.value.name) == ("05.1", "Steel")
    with pytest.raises(ValidationError) as refused:
        budget.update_cost_code(store, metals.cost_code_id, code="03", name="Steel")
    assert refused.value.message == "Cost code 03 is already used."
    with store.read() as s:
        assert s.get(CostCode, metals.cost_code_id).code == "05.1"  # type: ignore[union-attr]


def test_every_code_is_listed_in_tree_order_with_its_depth(store: Store, project: Project) -> None:
    costs(store, project.id)
    budget.create_cost_code(store, project.id, code="05.20", name="Stairs", parent_code="05")
    budget.create_cost_code(store, project.id, code="05.10", name="Frame", parent_code="05")
    budget.create_cost_code(store, project.id, code="04", name="Masonry")  # no line
    with store.read() as s:
        listed = [(c.code, c.depth) for c in code_choices(s, project.id)]
    assert listed == [("03", 0), ("04", 0), ("05", 0), ("05.10", 1), ("05.20", 1), ("99", 0)]


def test_a_line_with_claims_is_never_removed(
    store: Store, project: Project, clock: dt.date
) -> None:
    cid = commitment(store, costs(store, project.id))
    app = payments.create_pay_application(
        store, cid, period_start=dt.date(2026, 3, 1), period_end=dt.date(2026, 3, 31)
    ).value
    with store.read() as s:
        first = queries.sov_of(s, cid)[0]
    with pytest.raises(WorkflowError) as refused:
        commitments.remove_sov_line(store, first.id)
    assert refused.value.message == (
        "Item 1 is claimed in PA-001; a line with claims cannot be removed."
    )
    payments.void_application(store, app.id, approver="Pat", reason="Wrong period")
    with pytest.raises(WorkflowError) as executed:  # a void application keeps its claim
        commitments.remove_sov_line(store, first.id)
    assert "claimed in PA-001" in executed.value.message
    with store.read() as s:
        assert len(queries.sov_of(s, cid)) == 3
