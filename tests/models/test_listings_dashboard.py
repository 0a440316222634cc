"""The read-only lists and the dashboard the screens show."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from executrek.models.project import Project
from executrek.models.records.change_order import queries as co_queries
from executrek.models.records.change_order import service as change_orders
from executrek.models.records.change_order.service import LineInput
from executrek.models.records.issue import queries as issue_queries
from executrek.models.records.issue import service as issues
from executrek.models.records.punch import queries as punch_queries
from executrek.models.records.punch import service as punch
from executrek.models.records.risk import service as risks
from executrek.models.services import dashboard, listings, projects, records
from executrek.models.store import Store

pytestmark = pytest.mark.dates

TODAY = dt.date(2026, 6, 1)


def test_choices_and_punch_detail(store: Store, project: Project) -> None:
    org = projects.add_organisation(store, project.id, "Nordic Mechanical", "subcontractor").value
    loc = projects.add_location(store, project.id, "L1", "Level 1", "floor").value
    room = projects.add_location(store, project.id, "R1", "Room 1", "room", loc.id).value
    item = punch.create_punch_item(
        store,
        project.id,
        punch.NewPunchItem(title="Duct gap", location_id=room.id, contractor_id=org.id),
    ).value
    punch.change_status(store, item.id, "ready_for_review")
    choices = listings.choices(store, project.id)
    assert [c.label for c in choices.contractors] == ["Nordic Mechanical"]  # owner/PMO excluded
    assert [c.label for c in choices.locations] == ["Level 1", "Level 1 › Room 1"]
    assert len(choices.creators) == 1
    detail = punch_queries.punch_detail(store, item.id)
    assert detail.number == "PI-0001"
    assert detail.location == "Level 1 › Room 1" and detail.contractor == "Nordic Mechanical"
    assert [(h.from_status, h.to_status) for h in detail.history] == [
        (None, "open"),
        ("open", "ready_for_review"),
    ]
    assert detail.history[0].by == "Zoë Ødegård"


def test_change_order_and_issue_lists(store: Store, project: Project) -> None:
    co = change_orders.create_change_order(
        store,
        project.id,
        title="Extra outlets",
        reason="owner_request",
        lines=[LineInput("Outlets", 4, "25.00")],
    ).value
    change_orders.submit(store, co.id)
    rows = co_queries.change_order_list(store, project.id)
    assert [(r.number, r.status, r.amount) for r in rows] == [
        ("CE-001", "pending", Decimal("100.00"))
    ]
    assert co_queries.change_order_list(store, project.id, statuses=frozenset({"draft"})) == []
    assert co_queries.change_order_list(store, project.id, text="outlet")[0].id == co.id
    detail = co_queries.change_order_detail(store, co.id)
    assert [e.action for e in detail.events] == ["submit"]
    assert detail.lines[0].amount == Decimal("100.00")

    issue = issues.create_issue(
        store, project.id, issues.NewIssue(issue_type="rfi", title="Ceiling height in corridor")
    ).value
    issues.add_response(store, issue.id, "3.1 m", author_name="GC")
    rows_i = issue_queries.issue_list(store, project.id)
    assert rows_i[0].number == "RFI-001" and rows_i[0].responses == 1
    assert rows_i[0].status == "responded" and rows_i[0].ball_in_court == "owners_rep"
    assert issue_queries.issue_list(store, project.id, text="ceiling")[0].id == issue.id
    assert issue_queries.issue_list(store, project.id, types=frozenset({"non_conformance"})) == []
    risk = risks.create_risk(store, project.id, title="Late steel", probability=4, impact=5).value
    records.link(store, project.id, "risk", risk.id, "issue", issue.id)
    detail_i = issue_queries.issue_detail(store, issue.id)
    assert [t.body for t in detail_i.thread] == ["3.1 m"]
    assert [(link.record_type, link.label) for link in detail_i.links] == [
        ("risk", "RSK-001 · Late steel")
    ]
    from_risk = records.links(store, "risk", risk.id)
    assert [(link.record_type, link.label) for link in from_risk] == [
        ("issue", "RFI-001 · Ceiling height in corridor")
    ]


def test_dashboard_series_and_overdue(store: Store, project: Project) -> None:
    org = projects.add_organisation(store, project.id, "Delta Glazing", "subcontractor").value
    late = punch.bulk_create_punch_items(
        store,
        project.id,
        [
            punch.NewPunchItem(
                title="Late one", contractor_id=org.id, due_date=TODAY - dt.timedelta(days=9)
            ),
            punch.NewPunchItem(title="On time", due_date=TODAY + dt.timedelta(days=3)),
            punch.NewPunchItem(
                title="Done", status="closed", due_date=TODAY - dt.timedelta(days=30)
            ),
        ],
        imported=True,
    )
    assert late.value == 3
    projects.add_milestone(store, project.id, "Topping out", TODAY - dt.timedelta(days=2))
    risks.create_risk(store, project.id, title="Crane", probability=2, impact=3)
    d = dashboard.dashboard(store, project.id, TODAY)
    assert d.punch_by_status == {"open": 2, "closed": 1}
    assert d.punch_by_contractor == [("Delta Glazing", 1), ("Unassigned", 1)]
    assert d.risk_matrix == {(2, 3): 1}
    assert [(r.kind, r.title, r.days_late) for r in d.overdue] == [
        ("punch_item", "Late one", 9),
        ("milestone", "Topping out", 2),
    ]
    assert d.overdue_total == 2
    assert d.inspections_by_month == []


def test_directory_and_milestones(store: Store, project: Project) -> None:
    org = projects.add_organisation(store, project.id, "Apex Roofing", "subcontractor").value
    projects.add_person(store, project.id, "Kim Lee", organisation_id=org.id, role="Foreman")
    ms = projects.add_milestone(store, project.id, "Roof", TODAY).value
    projects.set_milestone_dates(store, ms.id, forecast=TODAY + dt.timedelta(days=5))
    listing = listings.directory_listing(store, project.id)
    assert {o.name for o in listing.organisations} >= {"Apex Roofing", "Executrek PMO"}
    assert [(p.name, p.organisation) for p in listing.people] == [("Kim Lee", "Apex Roofing")]
    assert listings.milestone_list(store, project.id)[0].slip_days == 5
