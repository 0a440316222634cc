"""Two laptops of one rep and a colleague: push, pull, field-level merge, conflicts."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import select

from executrek.models.local import Outbox
from executrek.models.records.punch import service as punch
from executrek.models.records.punch.model import PunchItem
from executrek.models.services import projects
from executrek.models.store import Store
from executrek.models.sync_local import SyncConflict
from executrek.sync import admin, conflicts
from executrek.sync.engine import sync_once

pytestmark = pytest.mark.postgres


def new_project(store: Store, code: str = "HOSP") -> str:
    return projects.create_project(
        store,
        projects.NewProject(
            code=code,
            name="Hospital East Wing",
            owner_name="County Health Trust",
            contract_value=Decimal("48500000.00"),
            contingency=Decimal("2425000.00"),
            baseline_start=dt.date(2026, 1, 5),
            baseline_finish=dt.date(2027, 6, 30),
        ),
    ).value.id


def outbox_len(store: Store) -> int:
    with store.read() as s:
        return len(list(s.scalars(select(Outbox.seq))))


def item(store: Store, item_id: str) -> PunchItem:
    with store.read() as s:
        got = s.get(PunchItem, item_id)
        assert got is not None
        return got


def test_first_sync_pushes_project_and_second_laptop_pulls_it(
    central: Any, make_laptop: Any, h: Any
) -> None:
    login = central.add_user("ann")
    a, b = make_laptop("a"), make_laptop("b")
    pid = new_project(a, "RT1")
    ids = [
        punch.create_punch_item(a, pid, punch.NewPunchItem(title=f"Crack {i}")).value.id
        for i in range(5)
    ]
    r1 = sync_once(a, central.creds(login))
    assert r1.ok, r1.errors
    assert r1.pushed == outbox_len(a) + r1.pushed  # outbox trimmed
    assert outbox_len(a) == 0
    r2 = sync_once(b, central.creds(login))
    assert r2.ok, r2.errors
    assert r2.pulled >= 6
    assert [item(b, i).number for i in ids] == [1, 2, 3, 4, 5]
    h.assert_equal(central, login, a, b)
    # The server took over numbering: laptop B leased a block past the used numbers.
    new = punch.create_punch_item(b, pid, punch.NewPunchItem(title="From B")).value
    assert new.number is not None and new.number > 5


def test_different_fields_both_kept_same_field_later_clock_wins(
    central: Any, make_laptop: Any, h: Any
) -> None:
    # Two people: a person is never in conflict with her own earlier value
    # (test_sync_decided.py), so the colleague on laptop B edits the same field.
    login = central.add_user("bob")
    colleague = central.add_user("bobcol", creator=False)
    a, b = make_laptop("a"), make_laptop("b")
    pid = new_project(a, "RT2")
    iid = punch.create_punch_item(a, pid, punch.NewPunchItem(title="Door")).value.id
    assert sync_once(a, central.creds(login)).ok
    admin.grant(central.admin, colleague, "RT2")
    assert sync_once(b, central.creds(colleague)).ok
    punch.update_punch_item(a, iid, title="Door frame")
    punch.update_punch_item(b, iid, description="Scratched")
    punch.update_punch_item(a, iid, due_date=dt.date(2027, 3, 1))
    punch.update_punch_item(b, iid, due_date=dt.date(2027, 4, 1))  # later clock
    for st, who in ((a, login), (b, colleague), (a, login)):
        assert sync_once(st, central.creds(who)).ok
    for st in (a, b):
        got = item(st, iid)
        assert (got.title, got.description, got.due_date) == (
            "Door frame",
            "Scratched",
            dt.date(2027, 4, 1),
        )
    h.assert_equal(central, login, a, b)
    # The losing value is kept in a conflict record that can be flipped.
    views = conflicts.list_conflicts(a, login)
    assert [(v.field, v.kind) for v in views] == [("due_date", "auto")]
    assert {views[0].mine, views[0].theirs} == {"2027-03-01", "2027-04-01"}
    with a.read() as s:
        c = s.scalars(select(SyncConflict)).one()
    conflicts.resolve(a, login, c.id, "mine" if views[0].mine == "2027-03-01" else "theirs")
    assert sync_once(a, central.creds(login)).ok
    assert sync_once(b, central.creds(colleague)).ok
    assert item(b, iid).due_date == dt.date(2027, 3, 1)
    assert conflicts.list_conflicts(b, colleague) == []
    h.assert_equal(central, login, a, b)


def test_delete_vs_edit_goes_to_review_and_keeps_the_row(
    central: Any, make_laptop: Any, h: Any
) -> None:
    login = central.add_user("cy")
    a, b = make_laptop("a"), make_laptop("b")
    pid = new_project(a, "RT3")
    iid = punch.create_punch_item(
        a, pid, punch.NewPunchItem(title="Paint", status="draft")
    ).value.id
    assert sync_once(a, central.creds(login)).ok
    assert sync_once(b, central.creds(login)).ok
    punch.update_punch_item(a, iid, title="Paint corridor")
    punch.delete_punch_item(b, iid)
    assert sync_once(a, central.creds(login)).ok
    assert sync_once(b, central.creds(login)).ok
    assert sync_once(a, central.creds(login)).ok
    for st in (a, b):
        got = item(st, iid)
        assert got.deleted_at is None and got.title == "Paint corridor"
    review = conflicts.list_conflicts(b, login, include_auto=False)
    assert [(v.kind, v.needs_review) for v in review] == [("delete_vs_edit", True)]
    # The person decides: delete after all. It syncs like any edit.
    conflicts.resolve(b, login, review[0].id, "mine")
    assert sync_once(b, central.creds(login)).ok
    assert sync_once(a, central.creds(login)).ok
    assert item(a, iid).deleted_at is not None
    h.assert_equal(central, login, a, b)
