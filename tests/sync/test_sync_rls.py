"""Security probes, connected AS a field user: whatever SQL they send, they read and
change nothing outside their projects."""

from __future__ import annotations

import io
import uuid
from typing import Any

import psycopg
import pytest
from psycopg.types.json import Jsonb
from test_sync_protocol import hlc
from test_sync_roundtrip import new_project

from executrek.models.ids import new_id
from executrek.models.records.punch import service as punch
from executrek.sync.connection import connect
from executrek.sync.engine import sync_once
from executrek.sync.wire import PROTOCOL

pytestmark = pytest.mark.postgres


@pytest.fixture(scope="module")
def world(central: Any, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    from executrek.models.migrate import open_store
    from executrek.models.services import projects

    out: dict[str, Any] = {}
    for who in ("mallory", "victim"):
        login = central.add_user(who)
        st = open_store(tmp_path_factory.mktemp(who))
        projects.ensure_user(st, f"{who}-{uuid.uuid4().hex[:6]}", who)
        pid = new_project(st, f"{who.upper()}{uuid.uuid4().hex[:4]}")
        iid = punch.create_punch_item(st, pid, punch.NewPunchItem(title=f"{who} secret")).value.id
        assert sync_once(st, central.creds(login)).ok
        out[who] = {"login": login, "pid": pid, "item": iid, "device": st.device_id}
        st.close()
    return out


def as_mallory(central: Any, world: dict[str, Any]) -> psycopg.Connection:
    return connect(central.creds(world["mallory"]["login"]))


def test_role_is_plain_and_owns_nothing(central: Any, world: dict[str, Any]) -> None:
    login = world["mallory"]["login"]
    row = central.sql(
        "SELECT rolsuper, rolbypassrls, rolcreaterole, rolcreatedb FROM pg_roles WHERE rolname = %s",
        (login,),
    )
    assert row == [(False, False, False, False)]
    owned = central.sql(
        "SELECT count(*) FROM pg_class c JOIN pg_roles r ON r.oid = c.relowner "
        "WHERE r.rolname IN (%s, %s)",
        (login, central.roles.group),
    )
    assert owned == [(0,)]


def test_select_sees_only_own_projects(central: Any, world: dict[str, Any]) -> None:
    victim = world["victim"]
    with as_mallory(central, world) as conn:
        projects = {r[0] for r in conn.execute("SELECT DISTINCT project_id::text FROM pmo.records")}
        assert victim["pid"] not in projects and world["mallory"]["pid"] in projects
        assert conn.execute(
            "SELECT count(*) FROM pmo.records WHERE id = %s", (victim["item"],)
        ).fetchone() == (0,)
        for table in ("projects", "memberships", "devices", "quarantine", "people"):
            text = " ".join(str(r) for r in conn.execute(f"SELECT * FROM pmo.{table}"))
            assert victim["pid"] not in text and victim["login"] not in text, table


@pytest.mark.parametrize(
    "statement",
    [
        "INSERT INTO pmo.records (project_id, tbl, id, data) VALUES ('{pid}', 'punch_items', gen_random_uuid(), '{{}}')",
        "UPDATE pmo.records SET data = '{{}}' WHERE project_id = '{pid}'",
        "DELETE FROM pmo.records WHERE project_id = '{pid}'",
        "INSERT INTO pmo.memberships (project_id, login) VALUES ('{pid}', current_user)",
        "UPDATE pmo.devices SET last_seq = 0",
        "DELETE FROM pmo.quarantine",
        "TRUNCATE pmo.records",
        "SELECT pmo._apply('{{}}'::jsonb, 'x')",
        "SELECT pmo._member('{pid}', 'x')",
        "CREATE FUNCTION pmo.is_member(p uuid, q int) RETURNS boolean LANGUAGE sql AS 'SELECT true'",
        "CREATE TABLE pmo.sneaky (x int)",
        "ALTER TABLE pmo.records DISABLE ROW LEVEL SECURITY",
        "SET ROLE {owner}",
    ],
)
def test_every_write_statement_is_refused(
    central: Any, world: dict[str, Any], statement: str
) -> None:
    sql = statement.format(pid=world["victim"]["pid"], owner=central.roles.owner)
    with as_mallory(central, world) as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute(sql)
    assert central.sql(
        "SELECT count(*) FROM pmo.records WHERE id = %s AND data->>'title' = 'victim secret'",
        (world["victim"]["item"],),
    ) == [(1,)]


def test_copy_out_is_filtered_and_copy_in_refused(central: Any, world: dict[str, Any]) -> None:
    with as_mallory(central, world) as conn:
        buf = io.BytesIO()
        with conn.cursor().copy("COPY pmo.records TO STDOUT") as copy:
            for chunk in copy:
                buf.write(chunk)
        dump = buf.getvalue().decode()
        assert world["mallory"]["pid"] in dump and world["victim"]["pid"] not in dump
        conn.rollback()
        with (
            pytest.raises(psycopg.errors.InsufficientPrivilege),
            conn.cursor().copy("COPY pmo.records (project_id, tbl, id, data) FROM STDIN") as copy,
        ):
            copy.write_row((world["victim"]["pid"], "punch_items", str(uuid.uuid4()), "{}"))


def _push(conn: psycopg.Connection, device: str, batch: list[dict[str, Any]]) -> dict[str, Any]:
    row = conn.execute(
        "SELECT pmo.sync_push(%s, %s, %s, false)", (device, PROTOCOL, Jsonb(batch))
    ).fetchone()
    conn.commit()
    assert row is not None
    return dict(row[0])


def test_sync_functions_with_forged_ids(central: Any, world: dict[str, Any]) -> None:
    victim, me = world["victim"], world["mallory"]
    forged = [
        # the victim's row, claimed to be in my project
        {"row_id": victim["item"], "project_id": me["pid"], "table": "punch_items", "op": "update"},
        # the victim's row in the victim's project
        {
            "row_id": victim["item"],
            "project_id": victim["pid"],
            "table": "punch_items",
            "op": "update",
        },
        # a new row into the victim's project
        {"row_id": new_id(), "project_id": victim["pid"], "table": "punch_items", "op": "insert"},
        # the victim's project row itself, re-created
        {"row_id": victim["pid"], "project_id": victim["pid"], "table": "projects", "op": "insert"},
        # the victim's row via another table name
        {"row_id": victim["item"], "project_id": me["pid"], "table": "photos", "op": "update"},
    ]
    device = str(uuid.uuid4())
    batch = [
        {
            **m,
            "seq": i + 1,
            "patch": {"title": [None, "pwned"], "code": [None, "X"]},
            "base_version": 99,
            "hlc": hlc(),
        }
        for i, m in enumerate(forged)
    ]
    with as_mallory(central, world) as conn:
        answer = _push(conn, device, batch)
        assert answer["applied"] == 0 and len(answer["quarantined"]) == len(forged)
        # Someone else's device id: refused outright.
        assert _push(conn, victim["device"], batch)["status"] == "device_owner"
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute(
                "SELECT pmo.sync_lease(%s, %s)", (victim["pid"], Jsonb({"punch_items": 5}))
            )
        conn.rollback()
    assert central.sql(
        "SELECT data->>'title', row_version FROM pmo.records WHERE id = %s", (victim["item"],)
    ) == [("victim secret", 1)]
    assert central.sql(
        "SELECT count(*) FROM pmo.memberships WHERE project_id = %s", (victim["pid"],)
    ) == [(1,)]


def test_blobs_of_other_projects_are_invisible(central: Any, world: dict[str, Any]) -> None:
    victim_login = world["victim"]["login"]
    with connect(central.creds(victim_login), autocommit=True) as conn:
        data = b"victim photo bytes"
        import hashlib

        digest = hashlib.sha256(data).hexdigest()
        conn.execute("SELECT pmo.sync_blob_begin(%s, %s)", (digest, len(data)))
        conn.execute("SELECT pmo.sync_blob_chunk(%s, 0, %s, %s)", (digest, digest, data))
        assert conn.execute("SELECT pmo.sync_blob_finish(%s)", (digest,)).fetchone() == (True,)
    with as_mallory(central, world) as conn:
        assert conn.execute(
            "SELECT count(*) FROM pmo.blob_chunks WHERE sha256 = %s", (digest,)
        ).fetchone() == (0,)
        assert conn.execute(
            "SELECT count(*) FROM pmo.blobs WHERE sha256 = %s", (digest,)
        ).fetchone() == (0,)
