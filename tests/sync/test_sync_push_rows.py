"""Protocol 2: runs of new rows pushed column-wise (``pmo.sync_push_rows``, migration
0003). Same guarantees as ``sync_push``: exactly once, gaps refused, clock checked,
and whatever is not a plain new row in the user's projects falls back to the classic
path (nothing written), which merges or quarantines it."""

from __future__ import annotations

import json
import sqlite3
import uuid
from typing import Any

import psycopg
import pytest
from test_sync_protocol import hlc
from test_sync_roundtrip import new_project, outbox_len

from executrek.models.ids import new_id
from executrek.models.records.punch import service as punch
from executrek.sync import admin
from executrek.sync import push as push_module
from executrek.sync.blobs import BlobStats
from executrek.sync.connection import connect
from executrek.sync.engine import sync_once
from executrek.sync.push import _array, _read_batch, push
from executrek.sync.wire import NIL_PROJECT, PROTOCOL

pytestmark = pytest.mark.postgres

ROWS = (
    "SELECT pmo.sync_push_rows(%s, %s, %s, %s::text[], %s::uuid[], %s::uuid[], %s::text[], "
    "%s::jsonb)"
)


def rows_push(
    conn: psycopg.Connection,
    device: str,
    first: int,
    rows: list[tuple[str, str, str, dict[str, Any]]],
    stamp: str | None = None,
) -> dict[str, Any]:
    """``rows``: (table, id, project id, values)."""
    answer = conn.execute(
        ROWS,
        (
            device,
            PROTOCOL,
            first,
            _array(r[0] for r in rows),
            _array(r[1] for r in rows),
            _array(r[2] for r in rows),
            _array(stamp or hlc() for _ in rows),
            json.dumps([r[3] for r in rows]),
        ),
    ).fetchone()
    conn.commit()
    assert answer is not None
    return dict(answer[0])


def register_project(central: Any, login: str, pid: str) -> None:
    """The project and the membership, the way a first classic push makes them."""
    with connect(central.creds(login)) as conn:
        row = conn.execute(
            "SELECT pmo.sync_push(%s, %s, %s::jsonb, false)",
            (
                str(uuid.uuid4()),
                PROTOCOL,
                json.dumps(
                    [
                        {
                            "seq": 1,
                            "table": "projects",
                            "row_id": pid,
                            "project_id": pid,
                            "op": "insert",
                            "patch": {"code": [None, pid[:6]], "name": [None, "P"]},
                            "hlc": hlc(),
                        }
                    ]
                ),
            ),
        ).fetchone()
        conn.commit()
    assert row is not None and row[0]["applied"] == 1


def item(pid: str, title: str, number: int | None = None) -> tuple[str, str, str, dict[str, Any]]:
    values: dict[str, Any] = {"project_id": pid, "title": title}
    if number is not None:
        values["number"] = number
    return ("punch_items", new_id(), pid, values)


def count(central: Any, pid: str) -> int:
    return int(central.sql("SELECT count(*) FROM pmo.records WHERE project_id = %s", (pid,))[0][0])


def last_seq(central: Any, device: str) -> int:
    rows = central.sql("SELECT last_seq FROM pmo.devices WHERE device_id = %s", (device,))
    return int(rows[0][0]) if rows else 0


def test_duplicate_stale_gapped_and_overlapping_runs(central: Any) -> None:
    login = central.add_user("rows")
    pid = new_id()
    register_project(central, login, pid)
    device = str(uuid.uuid4())
    run = [item(pid, f"t{i}", number=i + 1) for i in range(4)]
    with connect(central.creds(login)) as conn:
        first = rows_push(conn, device, 1, run[:3])
        assert (first["status"], first["applied"], first["last_seq"]) == ("ok", 3, 3)
        again = rows_push(conn, device, 1, run[:3])  # re-sent after a lost reply
        assert (again["status"], again["applied"], again["skipped"]) == ("ok", 0, 3)
        gapped = rows_push(conn, device, 6, run[3:])
        assert (gapped["status"], gapped["applied"], gapped["last_seq"]) == ("gap", 0, 3)
        overlap = rows_push(conn, device, 3, run[2:])
        assert (overlap["status"], overlap["applied"], overlap["skipped"]) == ("ok", 1, 1)
        assert overlap["last_seq"] == 4
    assert count(central, pid) == 5  # the project row and four items, each once
    stored = central.sql(
        "SELECT data, hlc IS NOT NULL, created_by, row_version, deleted FROM pmo.records "
        "WHERE id = %s",
        (run[0][1],),
    )
    assert stored == [({"project_id": pid, "title": "t0", "number": 1}, True, login, 1, False)]


def test_anything_but_plain_new_rows_falls_back_with_nothing_written(central: Any) -> None:
    login = central.add_user("fall")
    pid = new_id()
    register_project(central, login, pid)
    device = str(uuid.uuid4())
    twice = item(pid, "twice")
    with connect(central.creds(login)) as conn:
        assert rows_push(conn, device, 1, [item(pid, "kept", number=7)])["status"] == "ok"
        existing = central.sql("SELECT id::text FROM pmo.records WHERE tbl = 'punch_items'")[0][0]
        cases = {
            "id already on the server": [item(pid, "a"), ("punch_items", existing, pid, {"x": 1})],
            "same id twice": [twice, twice],
            "number taken": [item(pid, "b", number=7)],
            "number twice in the run": [item(pid, "c", number=8), item(pid, "d", number=8)],
            "draft number": [("punch_items", new_id(), pid, {"title": "e", "number": None})],
            "blob row": [("photos", new_id(), pid, {"sha256": "0" * 64})],
            "project row": [("projects", pid, pid, {"code": "X"})],
            "internal table": [("_conflicts", new_id(), pid, {"status": "open"})],
            "not a member": [item(new_id(), "elsewhere")],
            "empty values": [("punch_items", new_id(), pid, {})],
        }
        for why, run in cases.items():
            answer = rows_push(conn, device, 2, run)
            assert answer == {"status": "fallback", "last_seq": 1}, why
        bad_stamp = rows_push(conn, device, 2, [item(pid, "f")], stamp="yesterday")
        assert bad_stamp["status"] == "fallback"
        _, rid, _, values = item(pid, "g")
        no_stamp = conn.execute(
            ROWS,
            (
                device,
                PROTOCOL,
                2,
                "{punch_items}",
                f"{{{rid}}}",
                f"{{{pid}}}",
                "{NULL}",
                json.dumps([values]),
            ),
        ).fetchone()
        conn.commit()
        assert no_stamp is not None and no_stamp[0]["status"] == "fallback"
    assert count(central, pid) == 2 and last_seq(central, device) == 1


def test_clock_far_ahead_is_refused(central: Any) -> None:
    login = central.add_user("rclock")
    pid = new_id()
    register_project(central, login, pid)
    device = str(uuid.uuid4())
    with connect(central.creds(login)) as conn:
        answer = rows_push(conn, device, 1, [item(pid, "x")], stamp=hlc(3 * 24 * 3600 * 1000))
    assert answer["status"] == "clock_ahead" and answer["last_seq"] == 0
    assert count(central, pid) == 1


def test_other_users_device_and_unknown_users_are_refused(central: Any) -> None:
    owner, other = central.add_user("downer"), central.add_user("dother")
    pid = new_id()
    register_project(central, owner, pid)
    device = str(uuid.uuid4())
    with connect(central.creds(owner)) as conn:
        assert rows_push(conn, device, 1, [item(pid, "mine")])["status"] == "ok"
    with connect(central.creds(other)) as conn:
        assert rows_push(conn, device, 2, [item(pid, "theirs")])["status"] == "device_owner"
    central.sql("DELETE FROM pmo.people WHERE login = %s", (other,))
    with connect(central.creds(other)) as conn:
        assert rows_push(conn, str(uuid.uuid4()), 1, [item(pid, "x")]) == {"status": "unknown_user"}
    assert count(central, pid) == 2


@pytest.mark.parametrize("nargs", [8, 11], ids=["0003", "0011"])  # both forms
def test_not_executable_by_public(central: Any, nargs: int) -> None:
    ((acl,),) = central.sql(
        "SELECT proacl::text[] FROM pg_proc WHERE proname = 'sync_push_rows' "
        "AND pronamespace = 'pmo'::regnamespace AND pronargs = %s",
        (nargs,),
    )
    assert acl and not any(entry.startswith("=") for entry in acl)
    assert any(entry.startswith(central.roles.group + "=X") for entry in acl)


def test_push_sends_new_rows_column_wise_and_refused_ones_still_quarantine(
    central: Any, make_laptop: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    owner, rep = central.add_user("cowner"), central.add_user("crep")
    a, b = make_laptop("a"), make_laptop("b")
    pid = new_project(a, "COLS")
    column_wise: list[int] = []
    columns = push_module._Batch.columns

    def spy(self: Any) -> Any:
        column_wise.append(len(self.rows))
        return columns(self)

    monkeypatch.setattr(push_module._Batch, "columns", spy)
    ids = [
        punch.create_punch_item(a, pid, punch.NewPunchItem(title=f"n{i}")).value.id
        for i in range(3)
    ]
    assert sync_once(a, central.creds(owner)).ok
    assert column_wise and outbox_len(a) == 0
    titles = central.sql(
        "SELECT data->>'title' FROM pmo.records WHERE id = ANY(%s::uuid[]) ORDER BY 1", (ids,)
    )
    assert titles == [("n0",), ("n1",), ("n2",)]
    # A member whose membership is withdrawn: the run of new rows falls back and the
    # classic path quarantines it, kept on the laptop.
    admin.grant(central.admin, rep, "COLS")
    assert sync_once(b, central.creds(rep)).ok
    admin.revoke(central.admin, rep, "COLS")
    column_wise.clear()
    punch.create_punch_item(b, pid, punch.NewPunchItem(title="after revoke"))
    report = sync_once(b, central.creds(rep))
    assert column_wise and not report.ok
    assert report.quarantined and all("no membership" in q for q in report.quarantined)
    assert report.held == len(report.quarantined) and outbox_len(b) == 0
    assert central.sql(
        "SELECT count(*) FROM pmo.records WHERE data->>'title' = 'after revoke'"
    ) == [(0,)]


def test_protocol_one_server_gets_the_classic_path(
    central: Any, make_laptop: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    login = central.add_user("oldsrv")
    a = make_laptop("a")
    pid = new_project(a, "OLDS")
    punch.create_punch_item(a, pid, punch.NewPunchItem(title="classic"))
    monkeypatch.setattr(push_module._Batch, "columns", lambda self: pytest.fail("sent column-wise"))
    ((current,),) = central.sql("SELECT value FROM pmo.settings WHERE key = 'protocol'")
    central.sql("UPDATE pmo.settings SET value = '1' WHERE key = 'protocol'")
    try:
        with connect(central.creds(login)) as conn:
            result = push(a, conn, a.device_id, None, BlobStats())
    finally:
        central.sql("UPDATE pmo.settings SET value = %s WHERE key = 'protocol'", (current,))
    assert result.applied >= 3 and not result.quarantined
    assert outbox_len(a) == 0
    assert central.sql(
        "SELECT count(*) FROM pmo.records WHERE project_id = %s AND data->>'title' = 'classic'",
        (pid,),
    ) == [(1,)]


def test_values_and_classic_wire_match_the_outbox(make_laptop: Any) -> None:
    a = make_laptop("a")
    pid = new_project(a, "WIRE")
    punch.create_punch_item(a, pid, punch.NewPunchItem(title='quote " and \\ slash'))
    db = sqlite3.connect(a.path)
    try:
        stored = {
            r[0]: r
            for r in db.execute(
                "SELECT seq, table_name, row_id, project_id, op, patch, base_version, hlc "
                "FROM outbox"
            )
        }
    finally:
        db.close()
    after, seen = 0, 0
    while (batch := _read_batch(a, 1000, after=after, as_rows=True)) is not None:
        for row in batch.rows:
            seq, tbl, rid, project, op, patch, base, stamp = stored[row.seq]
            pairs = json.loads(patch)
            classic = json.loads(row.classic())
            assert classic == {
                "seq": seq,
                "table": tbl,
                "row_id": rid,
                "project_id": project,
                "op": op,
                "base_version": base or 0,
                "hlc": stamp,
                "patch": pairs,
            }
            if batch.as_rows:
                assert json.loads(row.json) == {k: v[1] for k, v in pairs.items()}
            else:
                assert json.loads(row.json) == classic
            seen += 1
        if batch.as_rows:
            first, tables, ids, projects, stamps, values = batch.columns()
            assert first == batch.rows[0].seq
            assert json.loads(values) == [json.loads(r.json) for r in batch.rows]
            for literal, column in (
                (tables, [r.table_name for r in batch.rows]),
                (ids, [r.row_id for r in batch.rows]),
                (projects, [r.project_id or NIL_PROJECT for r in batch.rows]),
                (stamps, [r.hlc for r in batch.rows]),
            ):
                assert literal == "{" + ",".join(f'"{v}"' for v in column) + "}"
        after = batch.rows[-1].seq
    assert seen == len(stored) and any(r[4] == "update" for r in stored.values())
    assert _array(['a"b', "c\\d"]) == '{"a\\"b","c\\\\d"}'
