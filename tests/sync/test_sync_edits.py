"""Edits in batches: consecutive edits of existing rows and the events around them go in
one server transaction per batch, set-based (``pmo._bulk_edit``) when nothing can
conflict — with exactly the result the row-by-row merge gives — and row by row otherwise."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import psycopg
import pytest
from psycopg import sql
from sqlalchemy import select
from test_sync_roundtrip import new_project, outbox_len

from executrek.models.local import Outbox
from executrek.models.records.punch import service as punch
from executrek.models.records.punch.model import PunchItem
from executrek.models.store import Store
from executrek.sync import admin
from executrek.sync import push as push_module
from executrek.sync.connection import connect
from executrek.sync.engine import sync_once
from executrek.sync.push import _Pending, _read_batch
from executrek.sync.wire import PROTOCOL

pytestmark = pytest.mark.postgres


def pending(seq: int, table: str, op: str) -> _Pending:
    return _Pending(seq, table, f"id{seq}", "p", op, "{}", 0, "h", "{}")


def test_edits_and_their_events_form_one_batch_long_runs_of_new_rows_their_own() -> None:
    def split(ops: list[tuple[str, str]], full: bool = False) -> list[tuple[int, bool]]:
        rows = [pending(i + 1, t, op) for i, (t, op) in enumerate(ops)]
        out = []
        while rows:
            batch, column_wise = push_module._next_batch(rows, window_full=full)
            out.append((len(batch), column_wise))
            rows = rows[len(batch) :]
        return out

    edit, audit = ("punch_items", "update"), ("audit_events", "event")
    assert split([edit, audit] * 300) == [(600, False)]
    status = ("punch_status_events", "event")
    many = [status] * 60 + [edit, audit] * 10
    assert split(many) == [(60, True), (20, False)]
    project, item = ("projects", "insert"), ("punch_items", "insert")
    assert split([project, item, status, item, status]) == [(1, False), (4, True)]
    photo = ("photos", "insert")
    assert split([edit, audit, photo, edit, audit]) == [(2, False), (1, False), (2, False)]
    # A run of new rows reaching the end of a full window may go on: on its own.
    assert split([edit, audit, edit, audit, audit], full=True) == [(3, False), (2, True)]


def rows_of(conn: Any, pid: str) -> dict[str, tuple[Any, ...]]:
    return {
        str(r[0]): tuple(r[1:])
        for r in conn.execute(
            # field_hlc/field_by as every reader sees them: seeded with the insert's
            "SELECT id, tbl, data, field_versions, "
            "(SELECT jsonb_object_agg(k, to_jsonb(hlc)) FROM jsonb_object_keys(data) k) "
            "|| field_hlc, (SELECT jsonb_object_agg(k, to_jsonb(created_by)) "
            "FROM jsonb_object_keys(data) k) || field_by, row_version, deleted, "
            "created_by, updated_by FROM pmo.records WHERE project_id = %s "
            "AND tbl <> '_conflicts'",
            (pid,),
        )
    }


def outbox_batch(store: Store) -> str:
    batch = _read_batch(store, 5000, after=0, as_rows=False)
    assert batch is not None
    with store.read() as s:
        assert len(batch.rows) == len(list(s.scalars(select(Outbox.seq))))
    return batch.classic()


def synced_then_edited(central: Any, login: str, a: Store, pid: str, n: int) -> list[str]:
    """``n`` punch items (the last a draft), synced, then edited four ways in one outbox:
    all but the last ten in bulk, eight by a status change, one edited, the last deleted."""
    ids = [
        punch.create_punch_item(a, pid, punch.NewPunchItem(title=f"Item {i}")).value.id
        for i in range(n - 1)
    ]
    ids.append(
        punch.create_punch_item(a, pid, punch.NewPunchItem("Draft", status="draft")).value.id
    )
    assert sync_once(a, central.creds(login)).ok
    punch.bulk_update(a, ids[: n - 10], due_date=dt.date(2027, 9, 1), priority="high")
    punch.bulk_change_status(a, ids[n - 10 : n - 2], "ready_for_review")
    punch.update_punch_item(a, ids[n - 2], description="Now described")
    punch.delete_punch_item(a, ids[n - 1])
    return ids


def test_the_set_based_path_gives_what_the_row_by_row_merge_gives(
    central: Any, make_laptop: Any
) -> None:
    login = central.add_user("bulked")
    a = make_laptop("a")
    pid = new_project(a, "BULKED")
    ids = synced_then_edited(central, login, a, pid, 40)
    batch = outbox_batch(a)
    assert {m["op"] for m in json.loads(batch)} == {"update", "delete", "event"}
    (last,) = central.sql("SELECT last_seq FROM pmo.devices WHERE device_id = %s", (a.device_id,))
    state = "SELECT count(*), max(seq) FROM pmo.records"
    before = central.sql(state)
    with connect(central.creds(login)) as conn:
        answer = conn.execute(
            "SELECT pmo.sync_push(%s, %s, %s::jsonb, false)", (a.device_id, PROTOCOL, batch)
        ).fetchone()
        assert answer is not None and answer[0]["status"] == "ok", answer
        bulk = rows_of(conn, pid)
        conn.rollback()
        answer = conn.execute(
            "SELECT pmo.sync_push(%s, %s, %s::jsonb, true)", (a.device_id, PROTOCOL, batch)
        ).fetchone()
        assert answer is not None and answer[0]["applied"] == len(json.loads(batch))
        one_by_one = rows_of(conn, pid)
        conn.rollback()
    assert bulk == one_by_one
    assert bulk[ids[39]][6] is True and bulk[ids[0]][1]["priority"] == "high"
    assert bulk[ids[38]][1]["description"] == "Now described"
    # ... and it was the set-based path that took the batch.
    with psycopg.connect(central.url(), user="postgres") as conn:
        conn.execute(sql.SQL("SET ROLE {}").format(sql.Identifier(central.roles.owner)))
        taken = conn.execute(
            "SELECT pmo._bulk_edit(%s::jsonb, %s, %s)", (batch, last[0], login)
        ).fetchone()
        conn.rollback()
    assert taken == (last[0] + len(json.loads(batch)),)
    assert central.sql(state) == before  # all of it rolled back


def test_bulk_edits_sync_in_one_transaction_per_batch(
    central: Any, make_laptop: Any, monkeypatch: pytest.MonkeyPatch, h: Any
) -> None:
    login = central.add_user("bulk2")
    colleague = central.add_user("bulk2c", creator=False)
    a, b = make_laptop("a"), make_laptop("b")
    pid = new_project(a, "BULK2")
    punch.bulk_create_punch_items(
        a, pid, (punch.NewPunchItem(title=f"Item {i}") for i in range(400))
    )
    with a.read() as s:
        ids = list(s.scalars(select(PunchItem.id).order_by(PunchItem.number)))
    assert sync_once(a, central.creds(login)).ok
    admin.grant(central.admin, colleague, "BULK2")
    assert sync_once(b, central.creds(colleague)).ok
    # Someone else changed one of the rows meanwhile: that batch goes row by row.
    punch.update_punch_item(b, ids[5], due_date=dt.date(2027, 1, 2))
    assert sync_once(b, central.creds(colleague)).ok
    punch.bulk_update(a, ids, due_date=dt.date(2027, 2, 3))
    assert outbox_len(a) == 800
    batches: list[tuple[int, bool]] = []
    apply_batch = push_module._apply_batch

    def spy(conn: Any, device_id: str, batch: Any) -> Any:
        batches.append((len(batch.rows), batch.as_rows))
        return apply_batch(conn, device_id, batch)

    monkeypatch.setattr(push_module, "_apply_batch", spy)
    report = sync_once(a, central.creds(login))
    assert report.ok, report.errors
    assert batches == [(800, False)]
    assert central.sql(
        "SELECT count(DISTINCT xid) FROM pmo.records WHERE project_id = %s "
        "AND tbl = 'punch_items' AND data->>'due_date' = '2027-02-03'",
        (pid,),
    ) == [(1,)]
    conflict = central.sql(
        "SELECT data->>'field', data->>'kind' FROM pmo.records WHERE tbl = '_conflicts' "
        "AND data->>'row_id' = %s",
        (ids[5],),
    )
    assert conflict == [("due_date", "auto")]  # the later edit won, the other is kept
    assert sync_once(b, central.creds(colleague)).ok
    h.assert_equal(central, login, a, b)
