"""A hostile client: field users with their own logins send, through every pmo function
they may execute, what the app never would. Each attack is refused and no other
project's data (nor the shared area, memberships, projects or blobs) changes.

Cast: ``victim`` owns project A (a location, an item, a photo); ``owner_b`` owns B,
where ``mallory`` is a plain field member; ``outsider`` belongs to nothing; ``maker``
may create projects and owns M; ``pmo`` is a PMO administrator who keeps the library.
"""

from __future__ import annotations

import hashlib
import json
import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest
from psycopg.types.json import Jsonb
from test_sync_protocol import hlc
from test_sync_push_rows import rows_push
from test_sync_roundtrip import new_project

from executrek.app.photos.blobstore import BlobStore
from executrek.app.sync_service import BlobStoreAccess
from executrek.models.ids import new_id
from executrek.models.migrate import open_store
from executrek.models.records.inspection import service as inspections
from executrek.models.records.punch import service as punch
from executrek.models.services import projects, records
from executrek.sync import admin
from executrek.sync.connection import connect
from executrek.sync.engine import sync_once
from executrek.sync.wire import NIL_PROJECT, PROTOCOL

pytestmark = pytest.mark.postgres

TEMPLATE = {"sections": [{"title": "Doors", "items": [{"prompt": "Closer works"}]}]}
# Everything a field login may execute: a new function needs its attack here.
EXECUTABLE = {
    "can_read_blob",
    "is_member",
    "sync_blob_begin",
    "sync_blob_chunk",
    "sync_blob_finish",
    "sync_hello",
    "sync_lease",
    "sync_projects",
    "sync_pulled",
    "sync_push",
    "sync_push_rows",
    "sync_quarantine_close",
    # their attacks: test_sync_rights.py (only one's own rights), test_sync_pmo_settings.py
    # (a field login's change refused, through the function and the table)
    "sync_rights",
    "pmo_setting_set",
}


@pytest.fixture(scope="module")
def world(central: Any, tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    out: dict[str, Any] = {}
    opened = []

    def laptop(who: str) -> Any:
        st = open_store(tmp_path_factory.mktemp(who))
        opened.append(st)
        user = projects.ensure_user(st, f"{who}-{uuid.uuid4().hex[:6]}", who.title()).value
        out[f"{who}_user"] = user.id
        return st

    out["pmo"] = central.add_user("hpmo", pmo_admin=True)
    out["victim"] = central.add_user("hvictim")
    out["owner_b"] = central.add_user("hownerb")
    out["maker"] = central.add_user("hmaker")
    out["mallory"] = central.add_user("hmallory", creator=False)
    out["outsider"] = central.add_user("houtsider", creator=False)

    pmo = laptop("pmo")
    out["template"] = inspections.create_template(pmo, name="Fire doors", definition=TEMPLATE)
    out["template"] = out["template"].value.id
    assert sync_once(pmo, central.creds(out["pmo"])).ok

    victim = laptop("victim")
    blobs = BlobStore(tmp_path_factory.mktemp("victim_blobs"))
    out["a"] = new_project(victim, "HOSTA")
    out["a_location"] = projects.add_location(victim, out["a"], "L1", "Level 1", "floor").value.id
    out["a_item"] = punch.create_punch_item(
        victim, out["a"], punch.NewPunchItem(title="victim secret")
    ).value.id
    photo = os.urandom(50_000)
    out["photo"] = blobs.put_bytes(photo).sha256
    out["photo_size"] = len(photo)
    records.add_photo(
        victim,
        out["a"],
        records.NewPhoto(
            sha256=out["photo"], filename="a.jpg", mime="image/jpeg", size_bytes=len(photo)
        ),
    )
    assert sync_once(victim, central.creds(out["victim"]), BlobStoreAccess(blobs)).ok
    out["a_org"] = central.sql(
        "SELECT id::text FROM pmo.records WHERE project_id = %s AND tbl = 'organisations' LIMIT 1",
        (out["a"],),
    )[0][0]

    owner_b = laptop("owner_b")
    out["b"] = new_project(owner_b, "HOSTB")
    assert sync_once(owner_b, central.creds(out["owner_b"])).ok
    admin.grant(central.admin, out["mallory"], "HOSTB")
    mallory = laptop("mallory")
    out["b_item"] = None
    assert sync_once(mallory, central.creds(out["mallory"])).ok
    out["b_item"] = punch.create_punch_item(
        mallory, out["b"], punch.NewPunchItem(title="mallory's own")
    ).value.id
    assert sync_once(mallory, central.creds(out["mallory"])).ok

    maker = laptop("maker")
    out["m"] = new_project(maker, "HOSTM")
    assert sync_once(maker, central.creds(out["maker"])).ok
    out["mallory_device"] = mallory.device_id
    out["victim_device"] = victim.device_id
    yield out
    for st in opened:
        st.close()


def snapshot(central: Any, *keep: str) -> dict[str, Any]:
    """Everything outside the projects in ``keep`` (the attacker's own)."""
    return {
        "records": central.sql(
            "SELECT project_id::text, tbl, id::text, data, row_version, deleted FROM pmo.records "
            "WHERE NOT (project_id::text = ANY(%s)) ORDER BY id",
            (list(keep),),
        ),
        "projects": central.sql("SELECT project_id::text, code FROM pmo.projects ORDER BY 1"),
        "memberships": central.sql(
            "SELECT project_id::text, login, role, revoked_at FROM pmo.memberships ORDER BY 1, 2"
        ),
        "people": central.sql("SELECT login, is_admin, can_create FROM pmo.people ORDER BY 1"),
        "devices": central.sql(
            "SELECT device_id::text, login, last_seq, last_pull FROM pmo.devices "
            "WHERE login NOT IN (SELECT login FROM pmo.people WHERE login ~ "
            "'_(hmallory|hmaker|houtsider)$') ORDER BY 1"
        ),
        "blobs": central.sql(
            "SELECT b.sha256, b.complete, (SELECT array_agg(project_id::text ORDER BY 1) "
            "FROM pmo.blob_projects p WHERE p.sha256 = b.sha256), (SELECT array_agg(login "
            "ORDER BY 1) FROM pmo.blob_holders h WHERE h.sha256 = b.sha256) "
            "FROM pmo.blobs b ORDER BY 1"
        ),
    }


@pytest.fixture
def unchanged(central: Any, world: dict[str, Any]) -> Iterator[None]:
    """Nothing outside mallory's and maker's own projects may change during the test."""
    before = snapshot(central, world["b"], world["m"])
    yield
    assert snapshot(central, world["b"], world["m"]) == before


def as_(central: Any, login: str, autocommit: bool = False) -> psycopg.Connection:
    return connect(central.creds(login), autocommit=autocommit)


def mutation(
    seq: int,
    table: str,
    row_id: str,
    project_id: str | None,
    values: dict[str, Any],
    op: str = "insert",
) -> dict[str, Any]:
    return {
        "seq": seq,
        "table": table,
        "row_id": row_id,
        "project_id": project_id,
        "op": op,
        "patch": {k: [None, v] for k, v in values.items()},
        "base_version": 0 if op in ("insert", "event") else 1,
        "hlc": hlc(),
    }


def push(conn: psycopg.Connection, batch: list[dict[str, Any]], device: str = "") -> dict[str, Any]:
    row = conn.execute(
        "SELECT pmo.sync_push(%s, %s, %s, false)",
        (device or str(uuid.uuid4()), PROTOCOL, Jsonb(batch)),
    ).fetchone()
    conn.commit()
    assert row is not None
    return dict(row[0])


def refused(answer: dict[str, Any], *words: str) -> list[str]:
    """The reasons; every mutation of the batch was refused, each naming ``words``."""
    assert answer["status"] == "ok" and answer["applied"] == 0, answer
    reasons = [str(q["reason"]) for q in answer["quarantined"]]
    assert reasons and all(any(w in r for w in words) for r in reasons), reasons
    return reasons


# --- the functions a field login may execute ---------------------------------------


def test_a_field_login_executes_only_the_sync_functions(
    central: Any, world: dict[str, Any]
) -> None:
    rows = central.sql(
        "SELECT p.proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
        "WHERE n.nspname = 'pmo' AND has_function_privilege(%s, p.oid, 'EXECUTE')",
        (world["mallory"],),
    )
    assert {r[0] for r in rows} == EXECUTABLE


def test_probing_functions_reveal_nothing_of_other_projects(
    central: Any, world: dict[str, Any], unchanged: None
) -> None:
    with as_(central, world["mallory"]) as conn:
        assert conn.execute("SELECT pmo.is_member(%s)", (world["a"],)).fetchone() == (False,)
        assert conn.execute("SELECT pmo.can_read_blob(%s)", (world["photo"],)).fetchone() == (
            False,
        )
        listed = {r[0] for r in conn.execute("SELECT project_id::text FROM pmo.sync_projects()")}
        assert listed == {NIL_PROJECT, world["b"]}
        hello = conn.execute(
            "SELECT pmo.sync_hello(%s, %s)", (world["victim_device"], PROTOCOL)
        ).fetchone()
        assert hello is not None and hello[0]["status"] == "device_owner"
        conn.execute("SELECT pmo.sync_pulled(%s)", (world["victim_device"],))
        conn.commit()
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("SELECT pmo.sync_lease(%s, %s)", (world["a"], Jsonb({"punch_items": 9})))
        conn.rollback()
        for table in ("blob_projects", "blob_holders", "blob_uploads", "blob_upload_chunks"):
            text = json.dumps(conn.execute(f"SELECT * FROM pmo.{table}").fetchall(), default=str)
            assert world["photo"] not in text and world["a"] not in text, table


# --- 1. the server decides where a row lives ---------------------------------------


def test_data_naming_another_project_is_refused_through_sync_push(
    central: Any, world: dict[str, Any], unchanged: None
) -> None:
    a, b = world["a"], world["b"]
    batch = [
        mutation(1, "punch_items", new_id(), b, {"project_id": a, "title": "planted"}),
        mutation(2, "comments", new_id(), b, {"project_id": a, "body": "planted"}, "event"),
        mutation(3, "locations", new_id(), b, {"project_id": a.upper(), "name": "x"}),
        # mallory's own row moved to A by an edit
        mutation(4, "punch_items", world["b_item"], b, {"project_id": a}, "update"),
    ]
    with as_(central, world["mallory"]) as conn:
        refused(push(conn, batch), "names another project")


def test_references_into_another_project_are_refused(
    central: Any, world: dict[str, Any], unchanged: None
) -> None:
    b = world["b"]
    batch = [
        mutation(
            1, "punch_items", new_id(), b, {"project_id": b, "location_id": world["a_location"]}
        ),
        mutation(
            2,
            "punch_status_events",
            new_id(),
            b,
            {"project_id": b, "punch_item_id": world["a_item"]},
            "event",
        ),
        # a reference to a row of the wrong table
        mutation(3, "punch_items", new_id(), b, {"project_id": b, "location_id": world["a_item"]}),
        # the project row itself pointing at A's organisation
        mutation(4, "projects", b, b, {"owner_org_id": world["a_org"]}, "update"),
        # garbage where an id belongs
        mutation(5, "punch_items", new_id(), b, {"project_id": b, "location_id": "'; DROP"}),
    ]
    with as_(central, world["mallory"]) as conn:
        reasons = refused(push(conn, batch), "another project", "not a valid reference")
    assert "not a valid reference" in reasons[-1]


def test_push_rows_takes_nothing_that_points_elsewhere(
    central: Any, world: dict[str, Any], unchanged: None
) -> None:
    a, b = world["a"], world["b"]
    runs = [
        [("punch_items", new_id(), b, {"project_id": a, "title": "planted"})],
        [("punch_items", new_id(), b, {"project_id": b, "location_id": world["a_location"]})],
        [("punch_items", new_id(), NIL_PROJECT, {"project_id": a, "title": "planted"})],
        [("users", new_id(), b, {"username": "ghost", "display_name": "Ghost"})],
        [("change_order_events", new_id(), b, {"project_id": b, "to_status": "approved"})],
    ]
    with as_(central, world["mallory"]) as conn:
        for run in runs:
            device = str(uuid.uuid4())
            conn.execute("SELECT pmo.sync_hello(%s, %s)", (device, PROTOCOL))
            conn.commit()
            assert rows_push(conn, device, 1, run)["status"] == "fallback", run
    with as_(central, world["outsider"]) as conn:
        device = str(uuid.uuid4())
        run = [("punch_items", new_id(), a, {"project_id": a, "title": "planted"})]
        assert rows_push(conn, device, 1, run)["status"] == "fallback"


def test_no_membership_writes_nothing_anywhere(
    central: Any, world: dict[str, Any], unchanged: None
) -> None:
    a = world["a"]
    batch = [
        # through the shared area, pointing into A
        mutation(1, "punch_items", new_id(), None, {"project_id": a, "title": "planted"}),
        mutation(2, "punch_items", new_id(), NIL_PROJECT, {"title": "planted"}),
        # straight into A
        mutation(3, "punch_items", new_id(), a, {"project_id": a, "title": "planted"}),
        mutation(4, "punch_items", world["a_item"], a, {"title": "pwned"}, "update"),
    ]
    with as_(central, world["outsider"]) as conn:
        refused(push(conn, batch), "belongs to a project", "no membership")


# --- 2. projects and the shared area -------------------------------------------------


def test_field_users_create_no_projects_and_no_memberships(
    central: Any, world: dict[str, Any], unchanged: None
) -> None:
    for login in (world["outsider"], world["mallory"]):
        phantom = new_id()
        batch = [
            mutation(1, "projects", phantom, phantom, {"code": "PHANTOM", "name": "Phantom"}),
            mutation(2, "projects", NIL_PROJECT, NIL_PROJECT, {"code": "PHANTOM"}),
            mutation(3, "punch_items", new_id(), phantom, {"project_id": phantom, "title": "x"}),
        ]
        with as_(central, login) as conn:
            refused(
                push(conn, batch),
                "not allowed to create projects",
                "id of its own",
                "no membership",
            )
    assert central.sql("SELECT count(*) FROM pmo.projects WHERE code = 'PHANTOM'") == [(0,)]


def test_shared_records_of_others_and_the_library_are_not_hers(
    central: Any, world: dict[str, Any], unchanged: None
) -> None:
    tpl = world["template"]
    batch = [
        mutation(1, "inspection_templates", tpl, None, {"name": "Renamed"}, "update"),
        mutation(
            2,
            "inspection_templates",
            new_id(),
            None,
            {"name": "Fake library", "definition": TEMPLATE},
        ),
        mutation(3, "users", world["victim_user"], None, {"display_name": "Pwned"}, "update"),
        mutation(4, "users", new_id(), world["b"], {"username": "ghost", "display_name": "Ghost"}),
        mutation(
            5,
            "audit_events",
            new_id(),
            None,
            {"record_type": "inspection_templates", "record_id": tpl, "action": "edited"},
            "event",
        ),
        mutation(6, "issued_reports", new_id(), None, {"title": "Portfolio", "sha256": "0" * 64}),
    ]
    with as_(central, world["mallory"]) as conn:
        refused(
            push(conn, batch),
            "only a PMO administrator",
            "only the person who created",
            "shared by all projects",
            "audit line",
        )


def test_her_own_user_record_is_hers_to_change(central: Any, world: dict[str, Any]) -> None:
    me = world["mallory_user"]
    batch = [
        mutation(1, "users", me, None, {"display_name": "Mallory M."}, "update"),
        mutation(
            2,
            "audit_events",
            new_id(),
            None,
            {
                "record_type": "users",
                "record_id": me,
                "action": "edited",
                "project_id": None,
                "fields": [{"field": "display_name", "from": "Mallory", "to": "Mallory M."}],
                "created_at": "2026-12-01T10:00:00.000000Z",
            },
            "event",
        ),
    ]
    with as_(central, world["mallory"]) as conn:
        answer = push(conn, batch)
    assert answer["applied"] == 2 and not answer["quarantined"], answer


# --- 3 and 4. blobs ------------------------------------------------------------------


def _begin(conn: psycopg.Connection, sha: str, size: int) -> Any:
    row = conn.execute("SELECT pmo.sync_blob_begin(%s, %s)", (sha, size)).fetchone()
    assert row is not None
    return row[0]


def test_a_photo_row_with_someone_elses_hash_reads_nothing(
    central: Any, world: dict[str, Any], unchanged: None
) -> None:
    m, sha = world["m"], world["photo"]
    photo = {"project_id": m, "sha256": sha, "filename": "x.jpg", "mime": "image/jpeg"}
    with as_(central, world["maker"]) as conn:
        answer = push(conn, [mutation(1, "photos", new_id(), m, {**photo, "size_bytes": 5})])
        assert answer["status"] == "blob_missing" and answer["applied"] == 0
        assert conn.execute("SELECT pmo.can_read_blob(%s)", (sha,)).fetchone() == (False,)
        assert conn.execute(
            "SELECT count(*) FROM pmo.blob_chunks WHERE sha256 = %s", (sha,)
        ).fetchone() == (0,)
    assert central.sql(
        "SELECT count(*) FROM pmo.records WHERE project_id = %s AND tbl = 'photos'", (m,)
    ) == [(0,)]


def test_blob_calls_answer_the_same_for_stored_and_unknown_hashes(
    central: Any, world: dict[str, Any]
) -> None:
    stored, unknown = world["photo"], hashlib.sha256(os.urandom(16)).hexdigest()
    size = world["photo_size"]
    with as_(central, world["mallory"], autocommit=True) as conn:
        for sha in (stored, unknown):
            assert _begin(conn, sha, 5) == []  # a session of her own, never NULL
            assert _begin(conn, sha, size) == []  # another size: her session starts over
            assert conn.execute("SELECT pmo.sync_blob_finish(%s)", (sha,)).fetchone() == (False,)
            with pytest.raises(psycopg.errors.RaiseException, match="chunk out of range"):
                conn.execute("SELECT pmo.sync_blob_chunk(%s, 99, %s, %s)", (sha, sha, b"x"))
            other = hashlib.sha256(sha.encode()).hexdigest()
            with pytest.raises(psycopg.errors.RaiseException, match="no upload"):
                conn.execute("SELECT pmo.sync_blob_chunk(%s, 0, %s, %s)", (other, other, b"x"))
    assert central.sql("SELECT login FROM pmo.blob_holders WHERE sha256 = %s", (stored,)) == [
        (world["victim"],)
    ]


def test_nobody_can_block_an_upload_in_advance(
    central: Any, world: dict[str, Any], make_laptop: Any, tmp_path: Path
) -> None:
    data = os.urandom(70_000)
    sha = hashlib.sha256(data).hexdigest()
    with as_(central, world["mallory"], autocommit=True) as conn:
        assert _begin(conn, sha, 5) == []
        conn.execute(
            "SELECT pmo.sync_blob_chunk(%s, 0, %s, %s)",
            (sha, hashlib.sha256(b"fives").hexdigest(), b"fives"),
        )
    owner = make_laptop("blocked")
    blobs = BlobStore(tmp_path / "blocked_blobs")
    blobs.put_bytes(data)
    pid = new_project(owner, f"BLK{uuid.uuid4().hex[:4]}")
    records.add_photo(
        owner,
        pid,
        records.NewPhoto(sha256=sha, filename="b.jpg", mime="image/jpeg", size_bytes=len(data)),
    )
    report = sync_once(owner, central.creds(world["victim"]), BlobStoreAccess(blobs))
    assert report.ok, report.errors
    assert central.sql("SELECT size, complete FROM pmo.blobs WHERE sha256 = %s", (sha,)) == [
        (len(data), True)
    ]
    with as_(central, world["mallory"]) as conn:  # and her own attempt reads nothing
        assert conn.execute("SELECT pmo.can_read_blob(%s)", (sha,)).fetchone() == (False,)


def test_a_photo_file_cannot_be_swapped_by_an_edit(
    central: Any, world: dict[str, Any], make_laptop: Any, tmp_path: Path
) -> None:
    maker, m = world["maker"], world["m"]
    laptop = make_laptop("swap")
    blobs = BlobStore(tmp_path / "swap_blobs")
    assert sync_once(laptop, central.creds(maker)).ok
    own = blobs.put_bytes(os.urandom(1000))
    photo, _ = records.add_photo(
        laptop,
        m,
        records.NewPhoto(sha256=own.sha256, filename="o.jpg", mime="image/jpeg", size_bytes=1000),
    ).value
    assert sync_once(laptop, central.creds(maker), BlobStoreAccess(blobs)).ok
    before = snapshot(central, world["b"], world["m"])
    with as_(central, maker) as conn:
        answer = push(
            conn, [mutation(1, "photos", photo.id, m, {"sha256": world["photo"]}, "update")]
        )
        refused(answer, "cannot be replaced")
        assert conn.execute("SELECT pmo.can_read_blob(%s)", (world["photo"],)).fetchone() == (
            False,
        )
    assert snapshot(central, world["b"], world["m"]) == before
    assert central.sql("SELECT data->>'sha256' FROM pmo.records WHERE id = %s", (photo.id,)) == [
        (own.sha256,)
    ]
