from __future__ import annotations

import pytest

from executrek.models.errors import ValidationError, WorkflowError
from executrek.models.project import Project
from executrek.models.records.issue import service as issues
from executrek.models.records.risk import service as risks
from executrek.models.store import Store


def test_response_thread_moves_status_and_ball(store: Store, project: Project) -> None:
    ncr = issues.create_issue(
        store,
        project.id,
        issues.NewIssue(
            issue_type="non_conformance",
            title="Rebar cover below spec",
            spec_reference="03 30 00 §3.2",
        ),
    ).value
    assert issues.issue_number(ncr) == "NCR-001"
    issues.add_response(store, ncr.id, "We will grind and re-pour.", author_name="GC QA")
    after = issues.change_status(store, ncr.id, "closed", "Verified on site").value
    assert after.status.value == "closed"
    assert after.closed_at is not None
    thread = issues.thread(store, ncr.id)
    assert [c.body for c in thread] == ["We will grind and re-pour."]
    with pytest.raises(WorkflowError, match="reopen it"):
        issues.add_response(store, ncr.id, "late reply", author_name="GC")


def test_numbers_are_per_type(store: Store, project: Project) -> None:
    a = issues.create_issue(
        store, project.id, issues.NewIssue(issue_type="rfi", title="Door hardware set?")
    ).value
    b = issues.create_issue(
        store, project.id, issues.NewIssue(issue_type="rfi", title="Ceiling height?")
    ).value
    c = issues.create_issue(
        store, project.id, issues.NewIssue(issue_type="safety", title="Open edge")
    ).value
    assert [issues.issue_number(x) for x in (a, b, c)] == ["RFI-001", "RFI-002", "SAF-001"]


def test_rep_reply_hands_the_ball_back(store: Store, project: Project) -> None:
    rfi = issues.create_issue(
        store, project.id, issues.NewIssue(issue_type="rfi", title="Slab edge detail")
    ).value
    issues.add_response(store, rfi.id, "Answer attached", author_name="Architect")
    issues.add_response(
        store, rfi.id, "Please confirm the sill", author_name="Rep", from_contractor=False
    )
    with store.read() as s:
        from executrek.models.records.issue.model import ContractorIssue

        row = s.get(ContractorIssue, rfi.id)
        assert row is not None
        assert row.ball_in_court.value == "contractor"
        assert row.status.value == "responded"


def test_risk_scores_and_bounds(store: Store, project: Project) -> None:
    r = risks.create_risk(
        store,
        project.id,
        title="Late switchgear delivery",
        probability=4,
        impact=5,
        category="schedule",
    ).value
    assert r.score == 20
    assert risks.risk_number(r) == "RSK-001"
    with pytest.raises(ValidationError, match="between 1 and 5"):
        risks.update_risk(store, r.id, impact=6)
    risks.change_status(store, r.id, "occurred")
    with pytest.raises(WorkflowError):
        risks.change_status(store, r.id, "mitigating")
