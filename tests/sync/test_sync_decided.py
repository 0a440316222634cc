"""Automatic decisions are visible and reversible: listed with both values, who and when,
counted by ``sync`` and ``central status``, *restore mine* for 30 days. No conflict of a
person against her own earlier value. A change order's status and dates travel together,
and a merge that would break its workflow becomes a review conflict."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from psycopg.types.json import Jsonb
from sqlalchemy import select
from test_sync_roundtrip import item, new_project

from executrek.app.drawings.importer import DrawingImporter
from executrek.app.drawings.sample import floor_plan_pdf
from executrek.app.photos.blobstore import BlobStore
from executrek.app.sync_service import BlobStoreAccess
from executrek.models import clock
from executrek.models.records.change_order import service as change_orders
from executrek.models.records.change_order.model import ChangeOrder
from executrek.models.records.punch import service as punch
from executrek.models.store import Store
from executrek.models.sync_local import SyncConflict
from executrek.sync import admin, conflicts
from executrek.sync.connection import connect
from executrek.sync.engine import sync_once
from executrek.sync.wire import PROTOCOL

pytestmark = pytest.mark.postgres


def server_conflicts(central: Any, row_id: str) -> list[tuple[str, str, str]]:
    return central.sql(
        "SELECT data->>'field', data->>'kind', data->>'status' FROM pmo.records "
        "WHERE tbl = '_conflicts' AND data->>'row_id' = %s ORDER BY 1, 2",
        (row_id,),
    )


def test_a_first_push_records_no_conflict_of_the_user_against_herself(
    central: Any, make_laptop: Any, tmp_path: Path
) -> None:
    login = central.add_user("self")
    a = make_laptop("a")
    blobs = BlobStore(tmp_path / "blobs")
    pid = new_project(a, "SELF")
    rev_a, rev_b = tmp_path / "A-101_Plan_Rev A.pdf", tmp_path / "A-101_Plan_Rev B.pdf"
    floor_plan_pdf(rev_a, size="A1", seed=3)
    floor_plan_pdf(rev_b, size="A1", seed=3, revision="B")
    DrawingImporter(a, blobs).import_paths(pid, [rev_a])
    (second,) = DrawingImporter(a, blobs).import_paths(pid, [rev_b]).registered
    assert second.outcome == "new_revision"  # revision A became superseded: insert + edit
    iid = punch.create_punch_item(a, pid, punch.NewPunchItem(title="Made")).value.id
    punch.update_punch_item(a, iid, title="Made, then edited")
    report = sync_once(a, central.creds(login), BlobStoreAccess(blobs))
    assert report.ok, report.errors
    assert central.sql(
        "SELECT count(*) FROM pmo.records WHERE tbl = '_conflicts' AND project_id = %s", (pid,)
    ) == [(0,)]
    superseded = central.sql(
        "SELECT data->>'superseded' FROM pmo.records WHERE tbl = 'drawing_revisions' "
        "AND project_id = %s ORDER BY data->>'revision'",
        (pid,),
    )
    assert superseded == [("true",), ("false",)]
    assert report.decided == 0 and report.open_conflicts == 0


def test_the_same_person_on_two_laptops_is_no_conflict_and_nothing_is_lost(
    central: Any, make_laptop: Any, h: Any
) -> None:
    login = central.add_user("twice")
    a, b = make_laptop("a"), make_laptop("b")
    pid = new_project(a, "TWICE")
    iid = punch.create_punch_item(a, pid, punch.NewPunchItem(title="Door")).value.id
    assert sync_once(a, central.creds(login)).ok
    assert sync_once(b, central.creds(login)).ok
    punch.update_punch_item(a, iid, description="On the tablet")
    punch.update_punch_item(b, iid, description="On the laptop, later")
    for st in (a, b, a):
        assert sync_once(st, central.creds(login)).ok
    assert item(a, iid).description == "On the laptop, later"
    for st in (a, b):
        assert conflicts.list_conflicts(st, login) == []
        assert conflicts.list_decided(st, login) == []
    # The replaced value is still kept on the server (never listed as a conflict).
    kept = central.sql(
        "SELECT data->>'kind', data->>'other' FROM pmo.records WHERE tbl = '_conflicts' "
        "AND data->>'row_id' = %s",
        (iid,),
    )
    assert kept == [("own", "On the tablet")]
    h.assert_equal(central, login, a, b)


def two_people(central: Any, make_laptop: Any, code: str) -> tuple[str, str, Store, Store, str]:
    ann = central.add_user(f"{code.lower()}a")
    bob = central.add_user(f"{code.lower()}b", creator=False)
    a, b = make_laptop("a"), make_laptop("b")
    pid = new_project(a, code)
    assert sync_once(a, central.creds(ann)).ok
    admin.grant(central.admin, bob, code)
    assert sync_once(b, central.creds(bob)).ok
    return ann, bob, a, b, pid


def test_decided_automatically_is_listed_counted_and_can_be_turned_round(
    central: Any, make_laptop: Any, h: Any
) -> None:
    ann, bob, a, b, pid = two_people(central, make_laptop, "AUTO")
    iid = punch.create_punch_item(a, pid, punch.NewPunchItem(title="Door")).value.id
    assert sync_once(a, central.creds(ann)).ok
    assert sync_once(b, central.creds(bob)).ok
    before = admin.status(central.admin).decided
    punch.update_punch_item(a, iid, due_date=dt.date(2027, 3, 1))
    punch.update_punch_item(b, iid, due_date=dt.date(2027, 4, 1))  # the later edit wins
    assert sync_once(a, central.creds(ann)).ok
    report = sync_once(b, central.creds(bob))
    assert report.ok and report.open_conflicts == 0
    assert report.decided == 1 and report.new_decided == 1
    ann_report = sync_once(a, central.creds(ann))
    assert ann_report.decided == 1 and ann_report.new_decided == 1
    assert item(a, iid).due_date == dt.date(2027, 4, 1)
    assert admin.status(central.admin).decided == before + 1
    assert conflicts.list_conflicts(a, ann, include_auto=False) == []  # nothing to review

    (decided,) = conflicts.list_decided(a, ann)
    assert (decided.field, decided.kind, decided.current_is_mine) == ("due_date", "auto", False)
    assert (decided.mine, decided.mine_by) == ("2027-03-01", ann)
    assert (decided.theirs, decided.theirs_by) == ("2027-04-01", bob)
    assert decided.mine_at_ms and decided.theirs_at_ms and decided.created_at
    # Still listed after 29 days, gone after the period.
    with clock.pinned(clock.now() + dt.timedelta(days=29)):
        assert len(conflicts.list_decided(a, ann)) == 1
    with clock.pinned(clock.now() + dt.timedelta(days=31)):
        assert conflicts.list_decided(a, ann) == []

    conflicts.resolve(a, ann, decided.id, "mine")  # restore mine
    assert item(a, iid).due_date == dt.date(2027, 3, 1)
    assert sync_once(a, central.creds(ann)).ok
    assert sync_once(b, central.creds(bob)).ok
    assert item(b, iid).due_date == dt.date(2027, 3, 1)
    assert conflicts.list_decided(a, ann) == [] and conflicts.list_decided(b, bob) == []
    assert admin.status(central.admin).decided == before
    h.assert_equal(central, ann, a, b)


def co_status(store: Store, co_id: str) -> tuple[str, bool]:
    with store.read() as s:
        co = s.get(ChangeOrder, co_id)
        assert co is not None
        return co.status.value, co.submitted_at is not None


def test_a_change_order_status_and_its_dates_are_decided_together(
    central: Any, make_laptop: Any, h: Any
) -> None:
    ann, bob, a, b, pid = two_people(central, make_laptop, "COWF")
    co = change_orders.create_change_order(
        a,
        pid,
        title="Extra fire door",
        reason="owner_request",
        lines=[change_orders.LineInput("Door", 1, Decimal("1200.00"))],
    ).value
    assert sync_once(a, central.creds(ann)).ok
    assert sync_once(b, central.creds(bob)).ok
    change_orders.void(a, co.id, "Not needed")
    assert sync_once(a, central.creds(ann)).ok
    change_orders.submit(b, co.id, "Please approve")
    assert sync_once(b, central.creds(bob)).ok
    # Not void with the date of a submission that did not happen.
    row = central.sql("SELECT data FROM pmo.records WHERE id = %s", (co.id,))[0][0]
    assert (row["status"], row["submitted_at"]) == ("void", None)
    assert server_conflicts(central, co.id) == [
        ("status", "review", "open"),
        ("submitted_at", "linked", "open"),
    ]
    assert co_status(b, co.id) == ("void", False)
    (review,) = conflicts.list_conflicts(b, bob, include_auto=False)
    assert (review.field, review.mine, review.theirs) == ("status", "pending", "void")
    assert [f for f, _m, _t in review.linked] == ["submitted_at"]
    conflicts.resolve(b, bob, review.id, "mine")  # the submission after all: with its date
    assert co_status(b, co.id) == ("pending", True)
    assert sync_once(b, central.creds(bob)).ok
    row = central.sql("SELECT data FROM pmo.records WHERE id = %s", (co.id,))[0][0]
    assert row["status"] == "pending" and row["submitted_at"]
    assert [c[2] for c in server_conflicts(central, co.id)] == ["resolved", "resolved"]
    with b.read() as s:
        assert not list(s.scalars(select(SyncConflict).where(SyncConflict.status == "open")))
    assert sync_once(a, central.creds(ann)).ok
    assert co_status(a, co.id) == ("pending", True)
    h.assert_equal(central, ann, a, b)


def test_a_merge_that_would_break_the_workflow_becomes_a_review_conflict(
    central: Any, make_laptop: Any
) -> None:
    ann, bob, a, _b, pid = two_people(central, make_laptop, "COINV")
    co = change_orders.create_change_order(
        a,
        pid,
        title="Lift pit",
        reason="owner_request",
        lines=[change_orders.LineInput("Pit", 1, Decimal("900.00"))],
    ).value
    change_orders.submit(a, co.id, "Please approve")
    assert sync_once(a, central.creds(ann)).ok
    row = central.sql("SELECT data, row_version FROM pmo.records WHERE id = %s", (co.id,))[0]
    assert row[0]["status"] == "pending" and row[0]["submitted_at"]
    # A client clears submitted_at on the pending change order (no concurrent edit: the
    # field alone would simply apply). Pending without submitted_at breaks the workflow.
    stamp = f"{clock.epoch_ms():015d}-{0:010d}-{uuid.uuid4()}"
    mutation = {
        "seq": 1,
        "table": "change_orders",
        "row_id": co.id,
        "project_id": pid,
        "op": "update",
        "base_version": row[1],
        "hlc": stamp,
        "patch": {"submitted_at": [row[0]["submitted_at"], None]},
    }
    with connect(central.creds(bob)) as conn:
        answer = conn.execute(
            "SELECT pmo.sync_push(%s, %s, %s, false)",
            (str(uuid.uuid4()), PROTOCOL, Jsonb([mutation])),
        ).fetchone()
        conn.commit()
    assert answer is not None and answer[0]["applied"] == 1
    after = central.sql("SELECT data, row_version FROM pmo.records WHERE id = %s", (co.id,))[0]
    assert after[0]["submitted_at"] == row[0]["submitted_at"] and after[1] == row[1]
    assert server_conflicts(central, co.id) == [("submitted_at", "review", "open")]


def test_a_stamp_naming_someone_elses_laptop_does_not_skip_review(
    central: Any, make_laptop: Any
) -> None:
    ann, bob, a, _b, pid = two_people(central, make_laptop, "FORGE")
    co = change_orders.create_change_order(
        a,
        pid,
        title="Canopy",
        reason="owner_request",
        lines=[change_orders.LineInput("Canopy", 1, Decimal("500.00"))],
    ).value
    assert sync_once(a, central.creds(ann)).ok
    before = central.sql("SELECT data, row_version FROM pmo.records WHERE id = %s", (co.id,))[0]
    change_orders.set_lines(a, co.id, [change_orders.LineInput("Canopy", 1, Decimal("700.00"))])
    assert sync_once(a, central.creds(ann)).ok
    stored = central.sql("SELECT data FROM pmo.records WHERE id = %s", (co.id,))[0][0]
    assert stored["amount"] != before[0]["amount"]
    # Bob's client claims Ann's laptop in its stamp to pass its amount off as hers.
    stamp = f"{clock.epoch_ms():015d}-{0:010d}-{a.device_id}"
    forged = {
        "seq": 1,
        "table": "change_orders",
        "row_id": co.id,
        "project_id": pid,
        "op": "update",
        "base_version": before[1],
        "hlc": stamp,
        "patch": {"amount": [before[0]["amount"], "1.00"]},
    }
    with connect(central.creds(bob)) as conn:
        answer = conn.execute(
            "SELECT pmo.sync_push(%s, %s, %s, false)",
            (str(uuid.uuid4()), PROTOCOL, Jsonb([forged])),
        ).fetchone()
        conn.commit()
    assert answer is not None and answer[0]["applied"] == 1
    after = central.sql("SELECT data FROM pmo.records WHERE id = %s", (co.id,))[0][0]
    assert after["amount"] == stored["amount"]
    assert ("amount", "review", "open") in server_conflicts(central, co.id)
