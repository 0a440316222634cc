"""Funding sources against the budget they pay for (``funding.funding_figures``): per
source the approved budget and EAC of its lines (``budget_figures``' own line figures),
the headroom, an "Unfunded" row; the rows add up to the budget's totals to the cent. And
the edit of a source (``funding.update_funding_source``)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from cost_data import Costs, commitment, costs

from executrek.models import clock
from executrek.models.errors import NotFoundError, ValidationError
from executrek.models.project import CostCode, Project
from executrek.models.records.change_order import service as change_orders
from executrek.models.records.change_order.service import LineInput
from executrek.models.records.cost import budget
from executrek.models.records.cost.budget_model import FundingSource
from executrek.models.records.cost.figures import budget_figures
from executrek.models.records.cost.funding import (
    FundingFigures,
    funding_figures,
    update_funding_source,
)
from executrek.models.store import Store

D = Decimal


def funded(store: Store, project: Project) -> tuple[Costs, dict[str, str]]:
    """The cost project of ``cost_data`` (concrete 500,000.00, steel 700,000.00,
    contingency 100,000.00; the main contract commits 400,000.00 and 600,000.00), with
    20,000.00 moved from the contingency to the concrete, a pending change event of
    30,000.01 on the steel's code (50 %: 15,000.005 → 15,000.01), and three sources:
    the loan pays for the concrete, the equity for the contingency, the grant for
    nothing; the steel has no source."""
    c = costs(store, project.id)
    commitment(store, c)
    pid = project.id
    t = budget.create_transfer(
        store, pid, title="Rock", reason="Rock at the footing", from_line_id=c.contingency,
        to_line_id=c.concrete, amount="20000.00",
    ).value  # fmt: skip
    budget.submit_transfer(store, t.id)
    budget.approve_transfer(store, t.id, approver="Pat Owner")
    with store.read() as s:
        steel_code = next(
            cc.id for cc in s.query(CostCode).filter_by(project_id=pid) if cc.code == "05"
        )
    change_orders.create_change_order(
        store, pid, title="Extra bracing", reason="owner_request", tier="change_event",
        lines=[LineInput("Bracing", 1, "30000.01", cost_code_id=steel_code)],
    )  # fmt: skip
    ids = {}
    for name, amount in (
        ("Construction loan", "500000.00"),
        ("Owner equity", "150000.00"),
        ("Capital grant", "25000.50"),
    ):
        ids[name] = budget.create_funding_source(store, pid, name=name, amount=amount).value.id
    budget.update_budget_line(store, c.concrete, funding_source_id=ids["Construction loan"])
    budget.update_budget_line(store, c.contingency, funding_source_id=ids["Owner equity"])
    return c, ids


def rows(store: Store, project_id: str) -> list[FundingFigures]:
    with store.read() as s:
        return funding_figures(s, project_id)


def test_each_source_against_the_lines_it_funds(store: Store, project: Project) -> None:
    _c, ids = funded(store, project)
    found = rows(store, project.id)
    assert [(f.source_id, f.name) for f in found] == [
        (ids["Capital grant"], "Capital grant"),
        (ids["Construction loan"], "Construction loan"),
        (ids["Owner equity"], "Owner equity"),
        (None, ""),  # the unfunded lines come last
    ]
    figures = {f.name: (f.amount, f.lines, f.approved_budget, f.eac, f.headroom) for f in found}
    assert figures == {
        # funds nothing: all of it is headroom
        "Capital grant": (D("25000.50"), 0, D("0.00"), D("0.00"), D("25000.50")),
        # concrete: 500,000 + 20,000; committed 400,000 + uncommitted 120,000
        "Construction loan": (D("500000.00"), 1, D("520000.00"), D("520000.00"), D("-20000.00")),
        # contingency: 100,000 − 20,000, all of it uncommitted
        "Owner equity": (D("150000.00"), 1, D("80000.00"), D("80000.00"), D("70000.00")),
        # steel: committed 600,000 + pending 15,000.01 + uncommitted 100,000
        "": (D("0.00"), 1, D("700000.00"), D("715000.01"), D("-715000.01")),
    }
    assert [f.short for f in found] == [False, True, False, True]
    # every line is in one row: the rows add up to the budget's totals to the cent
    with store.read() as s:
        b = budget_figures(s, project.id)
        assert funding_figures(s, project.id, budget=b) == found  # the figures read once
    assert sum((f.approved_budget for f in found), D(0)) == b.total.approved_budget
    assert sum((f.eac for f in found), D(0)) == b.total.eac == D("1315000.01")


def test_no_unfunded_row_when_every_line_has_a_source(store: Store, project: Project) -> None:
    c, ids = funded(store, project)
    budget.update_budget_line(store, c.steel, funding_source_id=ids["Capital grant"])
    found = rows(store, project.id)
    assert None not in {f.source_id for f in found}
    grant = next(f for f in found if f.name == "Capital grant")
    assert (grant.lines, grant.eac, grant.headroom) == (1, D("715000.01"), D("-689999.51"))
    # a deleted source's lines are unfunded again
    with store.transaction() as (s, _):
        s.get_one(FundingSource, ids["Capital grant"]).deleted_at = clock.now()
    found = rows(store, project.id)
    assert [f.name for f in found] == ["Construction loan", "Owner equity", ""]
    assert found[-1].eac == D("715000.01")


def test_a_budget_without_sources_is_all_unfunded(store: Store, project: Project) -> None:
    assert rows(store, project.id) == []  # no budget, no sources: nothing to say
    costs(store, project.id)
    [unfunded] = rows(store, project.id)
    assert (unfunded.source_id, unfunded.lines, unfunded.approved_budget) == (
        None,
        3,
        D("1300000.00"),
    )


def test_a_source_is_edited(store: Store, project: Project) -> None:
    _c, ids = funded(store, project)
    loan = ids["Construction loan"]
    done = update_funding_source(store, loan, amount="525000.00")
    assert done.changes.touches("funding_sources")
    assert done.value.amount == D("525000.00") and done.value.name == "Construction loan"
    row = next(f for f in rows(store, project.id) if f.source_id == loan)
    assert row.headroom == D("5000.00") and not row.short
    update_funding_source(store, loan, name="  Senior loan ", note="Facility B")
    row = next(f for f in rows(store, project.id) if f.source_id == loan)
    assert (row.name, row.amount, row.note) == ("Senior loan", D("525000.00"), "Facility B")
    update_funding_source(store, loan, note="")  # an empty note clears it
    update_funding_source(store, loan, name="SENIOR LOAN")  # its own name, another case
    row = next(f for f in rows(store, project.id) if f.source_id == loan)
    assert (row.name, row.note) == ("SENIOR LOAN", None)


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"amount": "-1"}, "The funding amount cannot be negative"),
        ({"amount": "10.005"}, "more than 2 decimals"),
        ({"amount": "lots"}, "must be a number"),
        ({"name": "owner EQUITY"}, "Funding source owner EQUITY already exists."),
        ({"name": "  "}, "required"),
    ],
)
def test_bad_edits_are_refused_in_words(
    store: Store, project: Project, fields: dict[str, str], message: str
) -> None:
    _c, ids = funded(store, project)
    loan = ids["Construction loan"]
    with pytest.raises(ValidationError) as refused:
        update_funding_source(store, loan, **fields)
    assert message in str(refused.value)
    with store.read() as s:
        source = s.get_one(FundingSource, loan)
        assert (source.name, source.amount) == ("Construction loan", D("500000.00"))


def test_an_unknown_source_is_not_found(store: Store, project: Project) -> None:
    with pytest.raises(NotFoundError):
        update_funding_source(store, "nope", amount="1")
