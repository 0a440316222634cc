from __future__ import annotations

from decimal import Decimal

import pytest

from executrek.models.errors import ValidationError, WorkflowError
from executrek.models.project import Project
from executrek.models.records.change_order import service as co
from executrek.models.store import Store

SIG = [[[0.1, 0.5], [0.3, 0.4], [0.6, 0.6]]]


def make(store: Store, project: Project, tier: str = "change_order", **kw: object) -> str:
    lines = kw.pop("lines", [co.LineInput("Additional fire damper", 4, "1250.00", "ea", 10)])
    return co.create_change_order(
        store,
        project.id,
        title="Fire dampers at level 3",
        reason="regulatory",
        tier=tier,
        lines=lines,
        schedule_impact_days=5,
        **kw,  # type: ignore[arg-type]
    ).value.id


def test_line_totals_with_markup(store: Store, project: Project) -> None:
    cid = make(
        store,
        project,
        lines=[
            co.LineInput("Damper", 4, "1250.00", "ea", 10),
            co.LineInput("Credit: deleted grille", 2, "-85.50", "ea", 0),
            co.LineInput("Labour", "12.5", "96.40", "h", "12.5"),
        ],
    )
    lines = co.lines_of(store, cid)
    assert [line.amount for line in lines] == [
        Decimal("5500.00"),
        Decimal("-171.00"),
        Decimal("1355.63"),
    ]
    with store.read() as s:
        from executrek.models.records.change_order.model import ChangeOrder

        assert s.get(ChangeOrder, cid).amount == Decimal("6684.63")  # type: ignore[union-attr]


def test_negative_quantity_is_refused(store: Store, project: Project) -> None:
    with pytest.raises(ValidationError, match="cannot be negative") as err:
        make(store, project, lines=[co.LineInput("Damper", -1, "10", "ea")])
    assert err.value.field == "lines[1].quantity"


def test_approval_without_approver_or_signature_is_refused(store: Store, project: Project) -> None:
    cid = make(store, project)
    co.submit(store, cid)
    with pytest.raises(WorkflowError, match="approver's name"):
        co.approve(store, cid, approver_name="  ", approver_role=None, signature_strokes=SIG)
    with pytest.raises(WorkflowError, match="signature"):
        co.approve(
            store, cid, approver_name="Dana Owner", approver_role="Owner", signature_strokes=[]
        )


def test_submit_needs_line_items(store: Store, project: Project) -> None:
    cid = make(store, project, lines=[])
    with pytest.raises(WorkflowError, match="no line items"):
        co.submit(store, cid)


def test_budget_rollup_follows_the_workflow(store: Store, project: Project) -> None:
    base = co.budget_rollup(store, project.id)
    assert base.original_contract == Decimal("48500000.00")
    assert base.revised_contract == base.original_contract
    cid = make(store, project)  # 5500.00
    r = co.budget_rollup(store, project.id)
    assert r.pending_exposure == Decimal("5500.00")
    assert r.approved_changes == 0
    co.submit(store, cid)
    co.approve(store, cid, approver_name="Dana Owner", approver_role="Owner", signature_strokes=SIG)
    r = co.budget_rollup(store, project.id)
    assert r.approved_changes == Decimal("5500.00")
    assert r.pending_exposure == 0
    assert r.revised_contract == Decimal("48505500.00")
    assert r.percent_change == Decimal("0.01")
    assert r.contingency_used == Decimal("5500.00")
    assert r.contingency_remaining == Decimal("2419500.00")
    assert r.approved_schedule_days == 5
    events = co.events_of(store, cid)
    assert [(e.action, e.to_status) for e in events] == [
        ("submit", "pending"),
        ("approve", "approved"),
    ]
    assert events[1].approver_name == "Dana Owner"
    assert events[1].signature_id


def test_tiers_count_once_at_their_head(store: Store, project: Project) -> None:
    ce = make(store, project, tier="change_event")
    co.submit(store, ce)
    co.approve(store, ce, approver_name="PM", approver_role=None, signature_strokes=SIG)
    cor = co.promote(store, ce).value
    assert cor.tier.value == "request"
    assert cor.amount == Decimal("5500.00")
    r = co.budget_rollup(store, project.id)
    assert r.pending_exposure == Decimal("5500.00")
    assert r.pending_count == 1
    co.submit(store, cor.id)
    co.reject(store, cor.id, "Price too high")
    assert co.budget_rollup(store, project.id).pending_exposure == 0
    co.revise(store, cor.id, "re-priced")
    co.set_lines(store, cor.id, [co.LineInput("Damper", 4, "1100.00", "ea", 10)])
    co.submit(store, cor.id)
    co.approve(store, cor.id, approver_name="Owner", approver_role=None, signature_strokes=SIG)
    final = co.promote(store, cor.id).value
    co.submit(store, final.id)
    co.approve(store, final.id, approver_name="Owner", approver_role=None, signature_strokes=SIG)
    r = co.budget_rollup(store, project.id)
    assert r.approved_changes == Decimal("4840.00")
    assert r.pending_exposure == 0
    assert co.co_number(final) == "CO-001"


def test_only_drafts_are_editable_and_void_needs_a_reason(store: Store, project: Project) -> None:
    cid = make(store, project)
    co.submit(store, cid)
    with pytest.raises(WorkflowError, match="only drafts"):
        co.update_change_order(store, cid, title="x")
    with pytest.raises(ValidationError, match="needs a reason"):
        co.void(store, cid, "")
    co.void(store, cid, "duplicate of CO-002")
    with pytest.raises(WorkflowError, match="cannot go from void"):
        co.submit(store, cid)


def test_submit_and_approve_a_draft_in_one_transaction(store: Store, project: Project) -> None:
    cid = make(store, project)
    done = co.approve(
        store,
        cid,
        approver_name="Dana Owner",
        approver_role="Owner",
        signature_strokes=SIG,
        submit_first=True,
    )
    assert done.value.status is co.COStatus.APPROVED
    assert done.changes.touches("change_order_events", "signatures")
    events = co.events_of(store, cid)
    assert [e.action for e in events][-2:] == ["submit", "approve"]
    assert [e.signature_id is not None for e in events][-2:] == [False, True]


def test_submit_and_approve_refuses_a_draft_without_lines_and_signs_nothing(
    store: Store, project: Project
) -> None:
    cid = make(store, project, lines=[])
    with pytest.raises(WorkflowError, match="no line items"):
        co.approve(
            store,
            cid,
            approver_name="Dana Owner",
            approver_role=None,
            signature_strokes=SIG,
            submit_first=True,
        )
    assert not any(e.action in ("submit", "approve") for e in co.events_of(store, cid))
