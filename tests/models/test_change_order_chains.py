"""A change through its tiers: the register's chains (one per change, the furthest tier
standing for it, filters on the change) and approval through every tier with one
signature."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import func, select

from executrek.models.common import Signature
from executrek.models.errors import WorkflowError
from executrek.models.project import Project
from executrek.models.records.change_order import service as co
from executrek.models.records.change_order.chains import change_order_chains
from executrek.models.store import Store

SIG = [[[0.1, 0.5], [0.3, 0.4], [0.6, 0.6]]]


def _change(store: Store, project: Project, title: str, price: str = "100") -> str:
    return co.create_change_order(
        store,
        project.id,
        title=title,
        reason="owner_request",
        description=f"{title} as asked",
        lines=[co.LineInput(title, Decimal("2"), Decimal(price))],
    ).value.id


def _approve(store: Store, co_id: str) -> None:
    co.approve(
        store,
        co_id,
        approver_name="PM",
        approver_role=None,
        signature_strokes=SIG,
        submit_first=True,
    )


def test_one_chain_per_change_with_its_furthest_tier_at_its_head(
    store: Store, project: Project
) -> None:
    ce = _change(store, project, "Riser")
    _approve(store, ce)
    cor = co.promote(store, ce).value.id
    _approve(store, cor)
    final = co.promote(store, cor).value.id
    lone = _change(store, project, "Door")
    chains = {c.id: c for c in change_order_chains(store, project.id)}
    assert set(chains) == {final, lone}
    riser = chains[final]
    assert [t.number for t in riser.tiers] == ["CE-001", "COR-001", "CO-001"]
    assert [t.status for t in riser.tiers] == ["promoted", "promoted", "draft"]
    assert riser.tiers[1].parent_id == ce and riser.head.amount == Decimal("200.00")
    assert all(t.last_step is not None for t in riser.tiers)
    assert [t.id for t in chains[lone].tiers] == [lone]

    def ids(**kw: object) -> set[str]:
        return {c.id for c in change_order_chains(store, project.id, **kw)}  # type: ignore[arg-type]

    assert ids(statuses=frozenset({"draft"})) == {final, lone}
    assert ids(statuses=frozenset({"promoted"})) == set()  # a change is never "promoted"
    co.submit(store, final)
    assert ids(statuses=frozenset({"pending"})) == {final}
    assert ids(text="RISER") == {final}
    assert ids(text="door as asked") == {lone}
    assert ids(text="nothing like it") == set()


def test_approve_through_every_tier_with_one_signature(store: Store, project: Project) -> None:
    ce = _change(store, project, "Riser", "600")
    with store.read() as s:
        before = s.scalar(select(func.count()).select_from(Signature))
    done = co.approve(
        store,
        ce,
        approver_name="Dana Owner",
        approver_role="Owner",
        signature_strokes=SIG,
        submit_first=True,
        through_tiers=True,
    )
    final = done.value
    assert final.tier.value == "change_order" and final.status.value == "approved"
    (chain,) = change_order_chains(store, project.id)
    assert chain.head.id == final.id
    assert [t.status for t in chain.tiers] == ["promoted", "promoted", "approved"]
    with store.read() as s:
        assert s.scalar(select(func.count()).select_from(Signature)) == before + 1
    signatures = set()
    for tier in chain.tiers:
        approvals = [e for e in co.events_of(store, tier.id) if e.action == "approve"]
        assert len(approvals) == 1 and approvals[0].approver_name == "Dana Owner"
        signatures.add(approvals[0].signature_id)
    assert len(signatures) == 1 and None not in signatures
    assert co.budget_rollup(store, project.id).approved_changes == Decimal("1200.00")

    # a change order is the last tier: nothing to carry through
    with pytest.raises(WorkflowError):
        co.approve(
            store,
            final.id,
            approver_name="Dana",
            approver_role=None,
            signature_strokes=SIG,
            through_tiers=True,
        )


def test_approve_through_carries_an_approved_request_on(store: Store, project: Project) -> None:
    ce = _change(store, project, "Riser")
    _approve(store, ce)
    cor = co.promote(store, ce).value.id
    _approve(store, cor)  # approved already: carried on to the CO, signed once more
    final = co.approve(
        store,
        cor,
        approver_name="Dana",
        approver_role=None,
        signature_strokes=SIG,
        through_tiers=True,
    ).value
    assert final.status.value == "approved" and final.parent_id == cor
    # no lines, no submission: refused whole, nothing signed
    empty = co.create_change_order(store, project.id, title="Empty", reason="other").value.id
    with store.read() as s:
        before = s.scalar(select(func.count()).select_from(Signature))
    with pytest.raises(WorkflowError):
        co.approve(
            store,
            empty,
            approver_name="Dana",
            approver_role=None,
            signature_strokes=SIG,
            submit_first=True,
            through_tiers=True,
        )
    with store.read() as s:
        assert s.scalar(select(func.count()).select_from(Signature)) == before
