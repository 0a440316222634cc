"""The read-only queries behind the reports, and the log of issued reports."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from executrek.models.errors import NotFoundError, ValidationError
from executrek.models.project import Project
from executrek.models.records.change_order import queries as co_queries
from executrek.models.records.change_order import service as change_orders
from executrek.models.records.inspection import report as inspection_report
from executrek.models.records.issue import service as issues
from executrek.models.records.punch import queries as punch_queries
from executrek.models.records.punch import service as punch
from executrek.models.services import issued_reports as issued
from executrek.models.services import projects, records
from executrek.models.services import report_queries as q
from executrek.models.store import Store

pytestmark = pytest.mark.dates

SHA = "a" * 64


def _item(store: Store, project: Project, title: str, **extra: object) -> str:
    return punch.create_punch_item(
        store,
        project.id,
        punch.NewPunchItem(title=title, **extra),  # type: ignore[arg-type]
    ).value.id


def test_punch_entries_carry_history_photos_and_names(store: Store, project: Project) -> None:
    org = projects.add_organisation(store, project.id, "Ødegård Bygg AS", "subcontractor").value
    room = projects.add_location(store, project.id, "R1", "Room 101", "room").value
    first = _item(store, project, "Sealant gap", contractor_id=org.id, location_id=room.id)
    _item(store, project, "Door stop")
    punch.change_status(store, first, "ready_for_review")
    punch.change_status(store, first, "closed", note="Fixed")
    records.add_photo(
        store,
        project.id,
        records.NewPhoto(SHA, "before.jpg", "image/jpeg", 10),
        attach_to=("punch_item", first),
        role="before",
    )
    entries = punch_queries.punch_entries(store, project.id)
    assert [e.number for e in entries] == ["PI-0001", "PI-0002"]
    one = entries[0]
    assert one.contractor == "Ødegård Bygg AS" and one.location == "Room 101"
    assert [s.to_status for s in one.history][-2:] == ["ready_for_review", "closed"]
    assert one.history[-1].note == "Fixed"
    assert [(p.sha256, p.role) for p in one.photos] == [(SHA, "before")]
    assert entries[1].photos == () and entries[1].status == "open"


def test_record_states_and_breakdown(store: Store, project: Project) -> None:
    org = projects.add_organisation(store, project.id, "Kovač Fire", "subcontractor").value
    _item(store, project, "A", contractor_id=org.id)
    _item(store, project, "B")
    issue = issues.create_issue(
        store, project.id, issues.NewIssue(issue_type="non_conformance", title="Weld")
    ).value
    co = change_orders.create_change_order(
        store,
        project.id,
        title="Extra outlets",
        reason="owner_request",
        lines=[change_orders.LineInput("Outlets", 4, "125.00")],
    ).value
    states = q.record_states(store, project.id)
    assert states["punch"]["PI-0001"] == q.RecordState("A", "open", "")
    assert states["issue"][issues.issue_number(issue)].status == "open"
    assert states["change_order"][change_orders.co_number(co)].amount == "500.00"
    breakdown = q.punch_breakdown(store, project.id, dt.date(2026, 1, 1))
    assert {(b.contractor, b.status, b.count) for b in breakdown} == {
        ("Kovač Fire", "open", 1),
        (None, "open", 1),
    }


def test_change_order_log_has_lines_and_events(store: Store, project: Project) -> None:
    co = change_orders.create_change_order(
        store,
        project.id,
        title="Rock excavation",
        reason="unforeseen_condition",
        tier="change_order",
        lines=[change_orders.LineInput("Excavation", 10, "1000.00", markup_pct=10)],
    ).value
    change_orders.submit(store, co.id)
    log = co_queries.change_order_log(store, project.id)
    assert [e.number for e in log] == ["CO-001"]
    assert log[0].amount == Decimal("11000.00")
    assert log[0].lines[0].description == "Excavation"
    assert [e.action for e in log[0].events] == ["submit"]


def test_inspection_detail_of_a_missing_number_is_not_found(store: Store, project: Project) -> None:
    with pytest.raises(NotFoundError):
        inspection_report.inspection_detail(store, project.id, 42)
    assert inspection_report.inspection_numbers(store, project.id) == []


def test_issued_report_log(store: Store, project: Project) -> None:
    assert issued.issued_count(store, project.id, "status") == 0
    assert issued.last_issued(store, project.id, "status") is None
    new = issued.NewIssuedReport(
        project_id=project.id,
        kind="status",
        report_number="HOSP-STATUS-001",
        title="Status",
        period_start=dt.date(2026, 11, 1),
        period_end=dt.date(2026, 11, 30),
        sha256="b" * 64,
        pages=6,
        snapshot={"data": {"records": {"punch": {"PI-0001": ["open", ""]}}}},
    )
    done = issued.record_issued_report(store, new)
    assert done.changes  # an outbox-tracked row: the log syncs with the project
    row = issued.last_issued(store, project.id, "status")
    assert row is not None and row.report_number == "HOSP-STATUS-001"
    assert row.snapshot["data"]["records"]["punch"]["PI-0001"] == ["open", ""]
    assert issued.issued_count(store, project.id, "status") == 1
    assert issued.find_issued(store, "hosp-status-001").id == row.id
    listed = issued.issued_reports(store, project.id)
    assert [r.report_number for r in listed] == ["HOSP-STATUS-001"] and listed[0].snapshot == {}
    with pytest.raises(ValidationError):
        issued.record_issued_report(store, new)  # the same number twice
    with pytest.raises(ValidationError):
        issued.record_issued_report(
            store, issued.NewIssuedReport(**{**new.__dict__, "sha256": "x"})
        )


def test_lookups_by_name(store: Store, project: Project) -> None:
    org = projects.add_organisation(store, project.id, "Żółć Construction", "subcontractor").value
    trade = projects.add_trade(store, project.id, "26", "Electrical").value
    loc = projects.add_location(store, project.id, "B1", "Building A", "building").value
    assert q.find_organisation(store, project.id, "żółć construction") == org.id
    assert q.find_trade(store, project.id, "electrical") == trade.id
    assert q.find_trade(store, project.id, "26") == trade.id
    assert q.find_location(store, project.id, "b1") == loc.id
    with pytest.raises(ValidationError):
        q.find_organisation(store, project.id, "Nobody")
