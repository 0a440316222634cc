"""Who may do what, enforced by the server: roles per project (viewer, field, manager
with an approval limit), PMO-wide rights (create projects, PMO administrator), which
database roles may become users at all, quotas and the clean-up of unused files."""

from __future__ import annotations

import io
import os
import uuid
from decimal import Decimal
from pathlib import Path
from typing import Any

import psycopg
import pytest
from psycopg import sql
from psycopg.types.json import Jsonb
from test_sync_protocol import hlc
from test_sync_roundtrip import new_project

from executrek.app.cli import main
from executrek.app.photos.blobstore import BlobStore
from executrek.app.sync_service import BlobStoreAccess
from executrek.models.ids import new_id
from executrek.models.records.change_order import service as change_orders
from executrek.models.records.inspection import service as inspections
from executrek.models.records.punch import service as punch
from executrek.models.schema import synced_tables
from executrek.models.services import records
from executrek.models.store import Store
from executrek.sync import admin
from executrek.sync.blobs import BlobStats, upload
from executrek.sync.connection import connect
from executrek.sync.engine import sync_once
from executrek.sync.placement import rules_for
from executrek.sync.wire import PROTOCOL

pytestmark = pytest.mark.postgres

SIG = [[[0.1, 0.1], [0.5, 0.5]]]


def admin_url(central: Any) -> str:
    return f"postgresql://postgres@127.0.0.1:5432/{central.dbname}"


def submitted_co(store: Store, pid: str, amount: str) -> str:
    co = change_orders.create_change_order(
        store,
        pid,
        title=f"Extra door {amount}",
        reason="owner_request",
        lines=[change_orders.LineInput("Door", 1, Decimal(amount))],
    ).value
    change_orders.submit(store, co.id, "Please approve")
    return co.id


def approve(store: Store, co_id: str) -> None:
    change_orders.approve(
        store, co_id, approver_name="Pat", approver_role="PM", signature_strokes=SIG
    )


def status_of(central: Any, row_id: str) -> str:
    return str(
        central.sql("SELECT data->>'status' FROM pmo.records WHERE id = %s", (row_id,))[0][0]
    )


def test_the_servers_lists_match_the_laptop_schema(central: Any) -> None:
    expected = set()
    shared = set()
    for name, cls in synced_tables().items():
        rules = rules_for(cls.__table__)  # type: ignore[arg-type]
        expected |= {(name, col, target) for col, target in rules.refs}
        if rules.shared_ok:
            shared.add((name, rules.project_ok))
    assert set(central.sql("SELECT tbl, field, target FROM pmo.ref_fields")) == expected
    assert set(central.sql("SELECT tbl, project_too FROM pmo.shared_tables")) == shared


def test_roles_decide_what_a_member_may_write(central: Any, make_laptop: Any) -> None:
    owner = central.add_user("rowner")  # creates the project: its manager, no limit
    field = central.add_user("rfield", creator=False)
    viewer = central.add_user("rviewer", creator=False)
    boss = central.add_user("rboss", creator=False)
    a = make_laptop("a")
    pid = new_project(a, "ROLES")
    cos = [submitted_co(a, pid, "1200.00") for _ in range(4)]
    item = punch.create_punch_item(a, pid, punch.NewPunchItem(title="Before")).value.id
    assert sync_once(a, central.creds(owner)).ok
    admin.grant(central.admin, field, "ROLES")
    admin.grant(central.admin, viewer, "ROLES", "viewer")
    admin.grant(central.admin, boss, "ROLES", "manager", Decimal("1000"))

    v = make_laptop("v")
    assert sync_once(v, central.creds(viewer)).ok  # viewers read
    punch.update_punch_item(v, item, title="viewer edit")
    report = sync_once(v, central.creds(viewer))
    assert not report.ok and report.quarantined
    assert all("viewer" in q for q in report.quarantined), report.quarantined

    f = make_laptop("f")
    assert sync_once(f, central.creds(field)).ok
    approve(f, cos[0])
    punch.update_punch_item(f, item, title="field edit")
    report = sync_once(f, central.creds(field))
    assert any("only a project manager" in q for q in report.quarantined), report.quarantined
    assert status_of(central, cos[0]) == "pending"
    assert central.sql("SELECT data->>'title' FROM pmo.records WHERE id = %s", (item,)) == [
        ("field edit",)
    ]
    assert central.sql(
        "SELECT count(*) FROM pmo.records WHERE tbl = 'change_order_events' "
        "AND data->>'change_order_id' = %s AND data->>'to_status' = 'approved'",
        (cos[0],),
    ) == [(0,)]

    m = make_laptop("m")
    assert sync_once(m, central.creds(boss)).ok
    approve(m, cos[1])
    report = sync_once(m, central.creds(boss))
    assert any("above your approval limit of 1000" in q for q in report.quarantined)
    assert status_of(central, cos[1]) == "pending"
    assert (
        main(
            [
                "central",
                "grant",
                boss,
                "--project",
                "ROLES",
                "--role",
                "manager",
                "--approval-limit",
                "5000",
                "--url",
                admin_url(central),
            ]
        )
        == 0
    )
    approve(m, cos[2])
    report = sync_once(m, central.creds(boss))
    assert report.ok, (report.quarantined, report.errors)
    assert status_of(central, cos[2]) == "approved"

    approve(a, cos[3])  # the creator: a manager without a limit
    assert sync_once(a, central.creds(owner)).ok
    assert status_of(central, cos[3]) == "approved"


def test_only_managers_change_the_team(central: Any, make_laptop: Any) -> None:
    owner, field = central.add_user("towner"), central.add_user("tfield", creator=False)
    a = make_laptop("a")
    pid = new_project(a, "TEAM")
    assert sync_once(a, central.creds(owner)).ok
    admin.grant(central.admin, field, "TEAM")
    user = central.sql("SELECT id::text FROM pmo.records WHERE tbl = 'users' LIMIT 1")[0][0]
    member = {"project_id": pid, "user_id": user, "role": "pmo_manager"}

    def push_member(login: str) -> dict[str, Any]:
        batch = [
            {
                "seq": 1,
                "table": "project_members",
                "row_id": new_id(),
                "project_id": pid,
                "op": "insert",
                "patch": {k: [None, v] for k, v in member.items()},
                "base_version": 0,
                "hlc": hlc(),
            }
        ]
        with connect(central.creds(login)) as conn:
            row = conn.execute(
                "SELECT pmo.sync_push(%s, %s, %s, false)",
                (str(uuid.uuid4()), PROTOCOL, Jsonb(batch)),
            ).fetchone()
            conn.commit()
        assert row is not None
        return dict(row[0])

    refused = push_member(field)
    assert refused["applied"] == 0
    assert "only a project manager" in refused["quarantined"][0]["reason"]
    assert push_member(owner)["applied"] == 1


def test_the_pmo_library_is_the_pmo_admins(central: Any, make_laptop: Any) -> None:
    pmo = central.add_user("lpmo", pmo_admin=True)
    rep = central.add_user("lrep")
    p = make_laptop("p")
    tpl = inspections.create_template(
        p,
        name="Roofing",
        definition={"sections": [{"title": "Roof", "items": [{"prompt": "Dry"}]}]},
    ).value.id
    assert sync_once(p, central.creds(pmo)).ok
    r = make_laptop("r")
    assert sync_once(r, central.creds(rep)).ok
    inspections.update_template(
        r, tpl, definition={"sections": [{"title": "Roof", "items": [{"prompt": "Wet"}]}]}
    )
    report = sync_once(r, central.creds(rep))
    assert any("only a PMO administrator" in q for q in report.quarantined), report.quarantined
    assert "Dry" in str(central.sql("SELECT data FROM pmo.records WHERE id = %s", (tpl,)))


def test_creating_projects_needs_the_right(
    central: Any, make_laptop: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    login = central.add_user("maker", creator=False)
    a = make_laptop("a")
    new_project(a, "NOPE")
    report = sync_once(a, central.creds(login))
    assert any("not allowed to create projects" in q for q in report.quarantined)
    assert central.sql("SELECT count(*) FROM pmo.projects WHERE code = 'NOPE'") == [(0,)]
    assert main(["central", "grant", login, "--creator", "--url", admin_url(central)]) == 0
    assert "may create projects" in capsys.readouterr().out
    new_project(a, "YES")
    assert sync_once(a, central.creds(login)).ok
    assert central.sql(
        "SELECT m.role FROM pmo.memberships m JOIN pmo.projects p USING (project_id) "
        "WHERE p.code = 'YES' AND m.login = %s",
        (login,),
    ) == [("manager",)]
    assert main(["central", "revoke", login, "--creator", "--url", admin_url(central)]) == 0
    assert central.sql("SELECT can_create FROM pmo.people WHERE login = %s", (login,)) == [(False,)]
    assert main(["central", "grant", login, "--url", admin_url(central)]) == 1
    assert "--project CODE, --creator or --role pmo-admin" in capsys.readouterr().err


@pytest.mark.parametrize("power", ["SUPERUSER", "BYPASSRLS", "CREATEROLE", "owner member"])
def test_add_user_refuses_roles_with_powers(central: Any, power: str) -> None:
    name = f"{central.prefix}pw{abs(hash(power)) % 10_000}"
    central.logins.append(name)
    with psycopg.connect(admin_url(central), autocommit=True) as conn:
        conn.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(name)))
        if power == "owner member":
            conn.execute(sql.SQL("CREATE ROLE {} LOGIN").format(sql.Identifier(name)))
            conn.execute(
                sql.SQL("GRANT {} TO {}").format(
                    sql.Identifier(central.roles.owner), sql.Identifier(name)
                )
            )
        else:
            conn.execute(sql.SQL(f"CREATE ROLE {{}} LOGIN {power}").format(sql.Identifier(name)))
    with pytest.raises(admin.AdminError, match="cannot become a field user"):
        admin.add_user(central.admin, name, "pw")
    assert central.sql("SELECT count(*) FROM pmo.people WHERE login = %s", (name,)) == [(0,)]
    assert central.sql(
        "SELECT count(*) FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.member "
        "JOIN pg_roles g ON g.oid = m.roleid WHERE r.rolname = %s AND g.rolname = %s",
        (name, central.roles.group),
    ) == [(0,)]


def test_the_schemas_own_roles_never_become_users(
    central: Any, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for role in (central.roles.owner, central.roles.group):
        with pytest.raises(admin.AdminError, match="own roles"):
            admin.add_user(central.admin, role, "pw")
        assert central.sql("SELECT rolcanlogin FROM pg_roles WHERE rolname = %s", (role,)) == [
            (False,)
        ]
    monkeypatch.setattr("sys.stdin", io.StringIO("pw\n"))
    code = main(
        [
            "central",
            "add-user",
            central.roles.owner,
            "--url",
            admin_url(central),
            "--password-stdin",
        ]
    )
    assert code == 1 and "own roles" in capsys.readouterr().err


def test_quarantine_cap_stops_the_push_and_keeps_the_work(central: Any, make_laptop: Any) -> None:
    login = central.add_user("quota", creator=False)
    central.sql("UPDATE pmo.settings SET value = '3' WHERE key = 'quarantine_max_rows'")
    try:
        batch = [
            {
                "seq": i,
                "table": "punch_items",
                "row_id": new_id(),
                "project_id": new_id(),
                "op": "insert",
                "patch": {"title": [None, "x"]},
                "base_version": 0,
                "hlc": hlc(),
            }
            for i in range(1, 6)
        ]
        with connect(central.creds(login)) as conn:
            row = conn.execute(
                "SELECT pmo.sync_push(%s, %s, %s, false)",
                (str(uuid.uuid4()), PROTOCOL, Jsonb(batch)),
            ).fetchone()
            conn.commit()
        assert row is not None
        answer = row[0]
        assert answer["status"] == "quota" and answer["last_seq"] == 3
        assert len(answer["quarantined"]) == 3
        a = make_laptop("a")
        new_project(a, "QUOTA")
        report = sync_once(a, central.creds(login))
        assert not report.ok and report.pending > 0
        assert any("refused" in e and "PMO" in e for e in report.errors), report.errors
    finally:
        central.sql("UPDATE pmo.settings SET value = '10000' WHERE key = 'quarantine_max_rows'")


def test_a_file_over_the_size_cap_is_refused_with_a_reason(
    central: Any, make_laptop: Any, tmp_path: Path
) -> None:
    login = central.add_user("bigfile")
    a, blobs = make_laptop("a"), BlobStore(tmp_path / "blobs")
    pid = new_project(a, "BIG")
    data = os.urandom(5000)
    sha = blobs.put_bytes(data).sha256
    records.add_photo(
        a, pid, records.NewPhoto(sha256=sha, filename="b.jpg", mime="image/jpeg", size_bytes=5000)
    )
    central.sql("UPDATE pmo.settings SET value = '1000' WHERE key = 'blob_max_bytes'")
    try:
        report = sync_once(a, central.creds(login), BlobStoreAccess(blobs))
    finally:
        central.sql("UPDATE pmo.settings SET value = '1073741824' WHERE key = 'blob_max_bytes'")
    assert not report.ok and any("too large" in e for e in report.errors), report.errors
    assert report.pending > 0
    assert sync_once(a, central.creds(login), BlobStoreAccess(blobs)).ok  # under the cap


def test_gc_removes_unused_files_and_stale_uploads_only(
    central: Any, make_laptop: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    login = central.add_user("gc")
    a, blobs = make_laptop("a"), BlobStore(tmp_path / "blobs")
    pid = new_project(a, "GC")
    used = blobs.put_bytes(os.urandom(3000)).sha256
    records.add_photo(
        a, pid, records.NewPhoto(sha256=used, filename="u.jpg", mime="image/jpeg", size_bytes=3000)
    )
    assert sync_once(a, central.creds(login), BlobStoreAccess(blobs)).ok
    orphan = blobs.put_bytes(os.urandom(2000)).sha256
    stale = blobs.put_bytes(os.urandom(1000)).sha256
    with connect(central.creds(login), autocommit=True) as conn:
        assert upload(conn, BlobStoreAccess(blobs), orphan, BlobStats())
        conn.execute("SELECT pmo.sync_blob_begin(%s, %s)", (stale, 1000))
    fresh = admin.gc(central.admin)
    assert (fresh.blobs, fresh.uploads) == (0, 0)  # nothing is a day old yet
    central.sql("UPDATE pmo.blobs SET created_at = now() - interval '2 days'")
    central.sql("UPDATE pmo.blob_uploads SET started_at = now() - interval '2 days'")
    assert main(["central", "gc", "--url", admin_url(central)]) == 0
    out = capsys.readouterr().out
    assert "Removed 1 unused file(s)" in out and "and 1 unfinished upload(s)" in out
    left = {r[0] for r in central.sql("SELECT sha256 FROM pmo.blobs")}
    assert used in left and orphan not in left
    assert stale not in left
    assert central.sql("SELECT count(*) FROM pmo.blob_chunks WHERE sha256 = %s", (orphan,)) == [
        (0,)
    ]
