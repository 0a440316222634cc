"""The laptop never trusts pulled data for placement: rows planted on the server
(before the server checked, or by anyone who can write its tables) are set aside with
their reason, reported, retried — and never stop the sync."""

from __future__ import annotations

import json
import time
import uuid
from typing import Any

import pytest
from sqlalchemy import func, select
from test_sync_roundtrip import new_project

from executrek.models.ids import new_id
from executrek.models.local import SyncState
from executrek.models.project import Location, Project
from executrek.models.records.punch import service as punch
from executrek.models.records.punch.model import PunchItem
from executrek.models.services import projects
from executrek.models.store import Store
from executrek.sync.apply import RowWriter, held_aside
from executrek.sync.connection import connect
from executrek.sync.engine import sync_once
from executrek.sync.pull import pull_project
from executrek.sync.wire import NIL_PROJECT

pytestmark = pytest.mark.postgres


def plant(central: Any, project: str, table: str, row_id: str, data: dict[str, Any]) -> None:
    """Write a row straight into the server's table, as only its owner could."""
    central.sql(
        "INSERT INTO pmo.records (project_id, tbl, id, data, created_by) "
        "VALUES (%s, %s, %s, %s::jsonb, 'planter')",
        (project, table, row_id, json.dumps(data)),
    )


def item_data(project: str, title: str, **more: Any) -> dict[str, Any]:
    return {
        "project_id": project,
        "title": title,
        "status": "open",
        "priority": "medium",
        "created_at": "2026-12-01T10:00:00.000000Z",
        **more,
    }


def until(step: Any) -> Any:
    """Repeat ``step`` until it returns something true: a pull reads only rows below the
    server's transaction horizon, which is cluster-wide, so a long transaction of another
    database on the same server can hold a fresh row back for a moment."""
    for attempt in range(30):
        result = step()
        if result:
            return result
        time.sleep(0.1 * (attempt + 1))
    raise AssertionError("the change did not arrive")


def aside(store: Store) -> set[str]:
    """Ids of the rows set aside on this laptop."""
    with store.read() as s:
        keys = s.scalars(select(SyncState.key).where(SyncState.key.startswith("aside:")))
        return {k.removeprefix("aside:") for k in keys}


def count(store: Store, model: Any, **where: Any) -> int:
    with store.read() as s:
        q = select(func.count()).select_from(model)
        for key, value in where.items():
            q = q.where(getattr(model, key) == value)
        return int(s.scalar(q) or 0)


@pytest.fixture
def two_projects(central: Any, make_laptop: Any) -> dict[str, Any]:
    login = central.add_user(f"pc{uuid.uuid4().hex[:5]}")
    a = make_laptop("a")
    p = new_project(a, f"P{uuid.uuid4().hex[:5]}")
    q = new_project(a, f"Q{uuid.uuid4().hex[:5]}")
    q_loc = projects.add_location(a, q, "Q1", "Level Q1", "floor").value.id
    assert sync_once(a, central.creds(login)).ok
    return {"login": login, "p": p, "q": q, "q_loc": q_loc, "a": a}


def test_planted_rows_are_set_aside_and_the_sync_goes_on(
    central: Any, make_laptop: Any, two_projects: dict[str, Any]
) -> None:
    w = two_projects
    p, q = w["p"], w["q"]
    unknown = new_id()
    planted = {
        # the shared area, pointing at a project the laptop does not have (item 5)
        "nil_item": (NIL_PROJECT, "punch_items", item_data(unknown, "planted in nil")),
        "nil_template": (
            NIL_PROJECT,
            "inspection_templates",
            {"project_id": unknown, "name": "x", "definition": {}},
        ),
        # a project row with the nil id (PHANTOM on every laptop)
        "phantom": (NIL_PROJECT, "projects", {"code": "PHANTOM", "name": "Phantom"}),
        # in P, but saying Q (item 1)
        "names_q": (p, "punch_items", item_data(q, "says Q")),
        # in P, pointing at Q's location
        "points_q": (p, "punch_items", item_data(p, "points at Q", location_id=w["q_loc"])),
        # in P, pointing at a location nobody has
        "dangling": (p, "punch_items", item_data(p, "dangling", location_id=unknown)),
        # incomplete: a required field missing
        "incomplete": (p, "punch_items", {"project_id": p}),
    }
    ids = {}
    for name, (area, table, data) in planted.items():
        ids[name] = NIL_PROJECT if name == "phantom" else new_id()
        plant(central, area, table, ids[name], data)
    good = punch.create_punch_item(w["a"], p, punch.NewPunchItem(title="good")).value.id
    assert sync_once(w["a"], central.creds(w["login"])).ok

    b = make_laptop("b")
    report = sync_once(b, central.creds(w["login"]))
    assert report.ok, report.errors
    assert report.set_aside == len(planted) and aside(b) == set(ids.values())
    assert any("set aside" in n for n in report.notices)
    reasons = held_aside(b)
    assert sum(reasons.values()) == len(planted)
    assert any("names another project" in r for r in reasons)
    assert any("of another project" in r for r in reasons)
    assert any("does not have" in r for r in reasons)
    assert any("shared area" in r for r in reasons)
    # Nothing planted reached the laptop, everything else did.
    assert count(b, Project, code="PHANTOM") == 0
    for name in planted:
        assert count(b, PunchItem, id=ids[name]) == 0
    assert count(b, PunchItem, id=good) == 1
    assert count(b, Location, id=w["q_loc"]) == 1
    # Syncing again: still set aside, still no error.
    again = sync_once(b, central.creds(w["login"]))
    assert again.ok and again.set_aside == len(planted)


def test_a_parent_arriving_later_brings_the_row_in(
    central: Any, make_laptop: Any, two_projects: dict[str, Any]
) -> None:
    w = two_projects
    p = w["p"]
    b = make_laptop("b")
    assert sync_once(b, central.creds(w["login"])).ok
    loc, child = new_id(), new_id()
    # The child is written first: it comes before its parent in the change stream, and
    # with pages of one row it lands in an earlier transaction.
    plant(central, p, "punch_items", child, item_data(p, "child first", location_id=loc))
    plant(
        central,
        p,
        "locations",
        loc,
        {
            "project_id": p,
            "code": "L9",
            "name": "Late",
            "kind": "floor",
            "path": "L9",
            "created_at": "2026-12-01T10:00:00.000000Z",
        },
    )
    writer = RowWriter()
    with connect(central.creds(w["login"])) as conn:
        until(lambda: pull_project(b, conn, writer, p, page=1) >= 0 and count(b, Location, id=loc))
    assert child in writer.set_aside and child in aside(b)
    assert count(b, PunchItem, id=child) == 0
    writer.retry_set_aside(b)
    assert count(b, PunchItem, id=child) == 1 and count(b, Location, id=loc) == 1
    assert child not in aside(b)


def test_a_newer_good_version_replaces_a_set_aside_one(
    central: Any, make_laptop: Any, two_projects: dict[str, Any]
) -> None:
    w = two_projects
    p = w["p"]
    b = make_laptop("b")
    assert sync_once(b, central.creds(w["login"])).ok
    rid, loc = new_id(), new_id()
    plant(central, p, "punch_items", rid, item_data(p, "dangling", location_id=loc))
    first = sync_once(b, central.creds(w["login"]))
    assert first.ok and rid in aside(b)
    central.sql(
        "UPDATE pmo.records SET data = data - 'location_id', row_version = 2, "
        "xid = pg_current_xact_id(), seq = nextval('pmo.change_seq') WHERE id = %s",
        (rid,),
    )
    second = until(
        lambda: (r := sync_once(b, central.creds(w["login"]))).ok and rid not in aside(b) and r
    )
    assert second.ok
    assert second.set_aside == first.set_aside - 1
    assert count(b, PunchItem, id=rid) == 1


def test_a_parent_that_cannot_be_stored_takes_its_children_aside_not_the_sync(
    central: Any, make_laptop: Any, two_projects: dict[str, Any]
) -> None:
    w = two_projects
    p = w["p"]
    loc, child, grandchild = new_id(), new_id(), new_id()
    # The location lacks required fields; the item and its status event point at it,
    # all in one page of the bootstrap below.
    plant(central, p, "locations", loc, {"project_id": p, "name": "No code"})
    plant(central, p, "punch_items", child, item_data(p, "on a broken location", location_id=loc))
    plant(
        central,
        p,
        "punch_status_events",
        grandchild,
        {
            "project_id": p,
            "punch_item_id": child,
            "to_status": "open",
            "created_at": "2026-12-01T10:00:00.000000Z",
        },
    )
    good = punch.create_punch_item(w["a"], p, punch.NewPunchItem(title="fine")).value.id
    assert sync_once(w["a"], central.creds(w["login"])).ok
    b = make_laptop("b")
    report = sync_once(b, central.creds(w["login"]))
    assert report.ok, report.errors
    assert {loc, child, grandchild} <= aside(b)
    reasons = held_aside(b)
    assert any("cannot be stored on this laptop" in r for r in reasons), reasons
    assert count(b, PunchItem, id=good) == 1 and count(b, PunchItem, id=child) == 0


def test_an_update_pointing_at_a_broken_parent_leaves_the_local_row_as_it_was(
    central: Any, make_laptop: Any, two_projects: dict[str, Any]
) -> None:
    w = two_projects
    p = w["p"]
    item = punch.create_punch_item(w["a"], p, punch.NewPunchItem(title="kept")).value.id
    assert sync_once(w["a"], central.creds(w["login"])).ok
    b = make_laptop("b")
    assert sync_once(b, central.creds(w["login"])).ok and count(b, PunchItem, id=item) == 1
    broken = new_id()
    plant(central, p, "locations", broken, {"project_id": p, "name": "No code"})
    central.sql(
        "UPDATE pmo.records SET data = data || jsonb_build_object('location_id', %s::text, "
        "'title', 'moved'), row_version = row_version + 1, xid = pg_current_xact_id(), "
        "seq = nextval('pmo.change_seq') WHERE id = %s",
        (broken, item),
    )
    report = until(
        lambda: (r := sync_once(b, central.creds(w["login"]))).ok and item in aside(b) and r
    )
    assert report.ok, report.errors
    assert broken in aside(b)
    with b.read() as s:
        row = s.get(PunchItem, item)
        assert row is not None and row.title == "kept" and row.location_id is None


def test_the_app_lists_what_is_set_aside(
    central: Any, make_laptop: Any, two_projects: dict[str, Any], tmp_path: Any
) -> None:
    from executrek.app.sync_service import list_set_aside

    w = two_projects
    rid = new_id()
    plant(central, w["p"], "punch_items", rid, item_data(w["q"], "says Q"))
    b = make_laptop("b")
    assert sync_once(b, central.creds(w["login"])).ok

    class Ctx:
        store = b

    listed = {r.row_id: r for r in list_set_aside(Ctx())}  # type: ignore[arg-type]
    assert listed[rid].table_name == "punch_items" and listed[rid].project_id == w["p"]
    assert "names another project" in listed[rid].reason
