"""Duplicate, stale and gapped batches sent straight to ``pmo.sync_push``; the pull
cursor against a writer that commits late; clock far ahead; version mismatch."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import psycopg
import pytest
from psycopg.types.json import Jsonb
from test_sync_roundtrip import new_project, outbox_len

from executrek.models.ids import new_id
from executrek.models.records.punch import service as punch
from executrek.sync.connection import connect
from executrek.sync.engine import sync_once
from executrek.sync.pull import Cursor, pull_page
from executrek.sync.wire import PROTOCOL

pytestmark = pytest.mark.postgres


def hlc(offset_ms: int = 0) -> str:
    ms = int(dt.datetime.now(dt.UTC).timestamp() * 1000) + offset_ms
    return f"{ms:015d}-{0:010d}-dev"


def mutation(seq: int, pid: str, row_id: str, title: str, op: str = "insert") -> dict[str, Any]:
    patch = {"title": [None, title]}
    if op == "insert" and row_id == pid:
        patch = {"code": [None, f"P{seq}"], "name": [None, "Project"]}
    return {
        "seq": seq,
        "table": "projects" if row_id == pid else "punch_items",
        "row_id": row_id,
        "project_id": pid,
        "op": op,
        "patch": patch,
        "base_version": 0,
        "hlc": hlc(),
    }


def push(conn: psycopg.Connection, device: str, batch: list[dict[str, Any]]) -> dict[str, Any]:
    row = conn.execute(
        "SELECT pmo.sync_push(%s, %s, %s, false)", (device, PROTOCOL, Jsonb(batch))
    ).fetchone()
    conn.commit()
    assert row is not None
    return dict(row[0])


def test_duplicate_stale_and_gapped_batches(central: Any) -> None:
    login = central.add_user("batch")
    device = str(uuid.uuid4())
    pid = new_id()
    items = [new_id() for _ in range(4)]
    batch1 = [
        mutation(1, pid, pid, "p"),
        *[mutation(i + 2, pid, r, f"t{i}") for i, r in enumerate(items[:2])],
    ]
    with connect(central.creds(login)) as conn:
        first = push(conn, device, batch1)
        assert (first["status"], first["applied"], first["last_seq"]) == ("ok", 3, 3)
        again = push(conn, device, batch1)  # duplicate: everything skipped
        assert (again["status"], again["applied"], again["skipped"]) == ("ok", 0, 3)
        stale = push(conn, device, batch1[:1])  # stale (older) batch
        assert (stale["applied"], stale["skipped"], stale["last_seq"]) == (0, 1, 3)
        gapped = push(conn, device, [mutation(6, pid, items[3], "gap")])
        assert (gapped["status"], gapped["applied"], gapped["last_seq"]) == ("gap", 0, 3)
        overlap = push(
            conn, device, [mutation(3, pid, items[1], "t1"), mutation(4, pid, items[2], "t2")]
        )
        assert (overlap["status"], overlap["applied"], overlap["skipped"]) == ("ok", 1, 1)
    rows = central.sql("SELECT count(*) FROM pmo.records WHERE project_id = %s", (pid,))
    assert rows == [(4,)]
    assert central.sql("SELECT count(*) FROM pmo.records WHERE id = %s", (items[3],)) == [(0,)]


def test_invalid_and_forbidden_mutations_are_quarantined_not_blocking(central: Any) -> None:
    login = central.add_user("quar")
    device = str(uuid.uuid4())
    pid = new_id()
    bad = {
        "seq": 2,
        "table": "punch_items",
        "row_id": "not-a-uuid",
        "op": "insert",
        "patch": {},
        "hlc": hlc(),
    }
    foreign = mutation(3, str(uuid.uuid4()), new_id(), "into someone else's project")
    with connect(central.creds(login)) as conn:
        answer = push(
            conn,
            device,
            [mutation(1, pid, pid, "p"), bad, foreign, mutation(4, pid, new_id(), "ok")],
        )
    assert answer["status"] == "ok" and answer["applied"] == 2
    assert [q["seq"] for q in answer["quarantined"]] == [2, 3]
    kept = central.sql(
        "SELECT mutation_seq, reason FROM pmo.quarantine WHERE device_id = %s ORDER BY 1", (device,)
    )
    assert [k[0] for k in kept] == [2, 3]
    assert kept[1][1] == "no membership"


def test_clock_far_ahead_is_refused_with_a_message(central: Any) -> None:
    login = central.add_user("clock")
    device = str(uuid.uuid4())
    pid = new_id()
    ahead = mutation(1, pid, pid, "p")
    ahead["hlc"] = hlc(3 * 24 * 3600 * 1000)
    with connect(central.creds(login)) as conn:
        answer = push(conn, device, [ahead])
        assert answer["status"] == "clock_ahead"
        behind = mutation(1, pid, pid, "p")
        behind["hlc"] = hlc(-5 * 24 * 3600 * 1000)  # a clock days behind loses nothing
        assert push(conn, device, [behind])["applied"] == 1


def test_late_committing_writer_naive_cursor_loses_row_ours_does_not(
    central: Any, make_laptop: Any
) -> None:
    login = central.add_user("late")
    a = make_laptop("a")
    pid = new_project(a, "LATE")
    assert sync_once(a, central.creds(login)).ok
    dev1, dev2 = str(uuid.uuid4()), str(uuid.uuid4())
    early, later = new_id(), new_id()
    with (
        connect(central.creds(login)) as slow,
        connect(central.creds(login)) as fast,
        connect(central.creds(login)) as reader,
    ):
        base = central.sql("SELECT max(seq) FROM pmo.records WHERE project_id = %s", (pid,))[0][0]
        # The slow writer takes its xid and sequence number first, and commits last.
        row = slow.execute(
            "SELECT pmo.sync_push(%s, %s, %s, false)",
            (dev1, PROTOCOL, Jsonb([mutation(1, pid, early, "slow")])),
        ).fetchone()
        assert row is not None and row[0]["applied"] == 1
        push(fast, dev2, [mutation(1, pid, later, "fast")])
        naive_seen = [
            r[0]
            for r in reader.execute(
                "SELECT id::text FROM pmo.records WHERE project_id = %s AND seq > %s ORDER BY seq",
                (pid, base),
            )
        ]
        reader.commit()
        naive_cursor = max(
            r[0] for r in central.sql("SELECT seq FROM pmo.records WHERE id = %s", (later,))
        )
        ours, cursor = pull_page(reader, pid, Cursor(0, 0))
        assert later not in [r.id for r in ours]  # held back: an older writer is running
        slow.commit()
        naive_after = [
            r[0]
            for r in reader.execute(
                "SELECT id::text FROM pmo.records WHERE project_id = %s AND seq > %s",
                (pid, naive_cursor),
            )
        ]
        reader.commit()
        assert naive_seen == [later]
        assert early not in naive_after  # the naive cursor skipped the late row for good
        rest, _ = pull_page(reader, pid, cursor)
        got = {r.id for r in ours} | {r.id for r in rest}
        assert {early, later} <= got


def test_version_mismatch_outbox_accepted_first_then_update_asked(
    central: Any, make_laptop: Any
) -> None:
    login = central.add_user("old")
    a = make_laptop("a")
    pid = new_project(a, "OLDV")
    punch.create_punch_item(a, pid, punch.NewPunchItem(title="queued"))
    central.sql("UPDATE pmo.settings SET value = '99' WHERE key = 'min_client_protocol'")
    try:
        report = sync_once(a, central.creds(login))
    finally:
        central.sql("UPDATE pmo.settings SET value = '1' WHERE key = 'min_client_protocol'")
    assert report.update_required and not report.ok
    assert outbox_len(a) == 0  # queued work was accepted before the user was told
    assert "Install the latest version" in report.errors[0]
    assert central.sql(
        "SELECT count(*) FROM pmo.records WHERE project_id = %s AND tbl = 'punch_items'", (pid,)
    ) == [(1,)]
