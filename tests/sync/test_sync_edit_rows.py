"""Protocol 7: batches of edits and the new rows around them pushed column-wise (the
second form of ``pmo.sync_push_rows``, migration 0011). The result is the row-by-row
merge's, the laptop takes this path against a protocol-7 server only, and everything the
set-based ``_bulk_edit`` refuses — and what a hostile client could put in the columns —
answers ``fallback`` with nothing written, so ``sync_push`` decides (and explains)."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from typing import Any

import psycopg
import pytest
from sqlalchemy import select
from test_sync_edits import rows_of, synced_then_edited
from test_sync_protocol import hlc
from test_sync_push_rows import register_project
from test_sync_roundtrip import new_project, outbox_len

from executrek.models.records.punch import service as punch
from executrek.models.records.punch.model import PunchItem
from executrek.sync import admin
from executrek.sync import push as push_module
from executrek.sync.blobs import BlobStats
from executrek.sync.connection import connect
from executrek.sync.engine import sync_once
from executrek.sync.push import _Batch, _Pending, _read_batch, push
from executrek.sync.wire import PROTOCOL

pytestmark = pytest.mark.postgres

EDITS = (
    "SELECT pmo.sync_push_rows(%s, %s, %s, %s::text[], %s::uuid[], %s::uuid[], %s::text[], "
    "%s::jsonb, %s::text[], %s::bigint[], %s::jsonb)"
)
STATE = (
    "SELECT count(*), max(seq), sum(row_version), "
    "(SELECT coalesce(sum(last_seq), 0) FROM pmo.devices) FROM pmo.records"
)


def change(
    table: str, row_id: str, pid: str | None, op: str, patch: dict[str, list[Any]], base: int = 1
) -> dict[str, Any]:
    return {
        "table": table,
        "row_id": row_id,
        "project_id": pid,
        "op": op,
        "patch": patch,
        "base_version": base,
    }


def edits_push(
    conn: psycopg.Connection,
    device: str,
    first: int,
    changes: list[dict[str, Any]],
    stamp: str | None = None,
) -> dict[str, Any]:
    """Send ``changes`` as the laptop's push encodes an edit batch (``_Batch.edit_columns``)."""
    rows = [
        _Pending(
            first + i,
            c["table"],
            c["row_id"],
            c["project_id"],
            c["op"],
            json.dumps(c["patch"]),
            c["base_version"],
            stamp or hlc(),
            json.dumps({k: v[1] for k, v in c["patch"].items()}),
            json.dumps({k: v[0] for k, v in c["patch"].items()})
            if c["op"] in ("update", "delete")
            else None,
        )
        for i, c in enumerate(changes)
    ]
    answer = conn.execute(
        EDITS, (device, PROTOCOL, *_Batch(rows, False, True).edit_columns())
    ).fetchone()
    assert answer is not None
    return dict(answer[0])


def _record(central: Any, pid: str, table: str, data: dict[str, Any]) -> str:
    rid = str(uuid.uuid4())
    central.sql(
        "INSERT INTO pmo.records (project_id, tbl, id, data, created_by) "
        "VALUES (%s, %s, %s, %s::jsonb, 'pmo')",
        (pid, table, rid, json.dumps(data)),
    )
    return rid


@pytest.fixture(scope="module")
def world(central: Any) -> dict[str, Any]:
    """Project P (``own``: manager, ``fld``: field, ``vie``: viewer) with punch items, a
    pending change order and a budget line; project Q of someone else with an item."""
    own, fld, vie = central.add_user("erown"), central.add_user("erfld"), central.add_user("ervie")
    oth = central.add_user("eroth")
    pid, qid = str(uuid.uuid4()), str(uuid.uuid4())
    register_project(central, own, pid)
    register_project(central, oth, qid)
    central.sql("UPDATE pmo.projects SET code = 'ERP' WHERE project_id = %s", (pid,))
    central.sql("UPDATE pmo.projects SET code = 'ERQ' WHERE project_id = %s", (qid,))
    admin.grant(central.admin, fld, "ERP")
    admin.grant(central.admin, vie, "ERP", role="viewer")
    items = [
        _record(central, pid, "punch_items", {"project_id": pid, "title": f"i{i}", "number": i})
        for i in range(1, 5)
    ]
    co = _record(
        central,
        pid,
        "change_orders",
        {
            "project_id": pid,
            "title": "CO",
            "status": "pending",
            "amount": 10,
            "submitted_at": "2026-12-01T00:00:00.000000Z",
            "decided_at": None,
        },
    )
    line = _record(central, pid, "budget_lines", {"project_id": pid, "original_amount": "9.00"})
    theirs = _record(central, qid, "punch_items", {"project_id": qid, "title": "q1"})
    return {
        "own": own,
        "fld": fld,
        "vie": vie,
        "oth": oth,
        "p": pid,
        "q": qid,
        "items": items,
        "co": co,
        "line": line,
        "theirs": theirs,
    }


def test_takes_a_plain_batch_of_edits_and_events(central: Any, world: dict[str, Any]) -> None:
    w = world
    before = central.sql(STATE)
    with connect(central.creds(w["fld"])) as conn:
        answer = edits_push(
            conn,
            str(uuid.uuid4()),
            1,
            [
                change("punch_items", w["items"][0], w["p"], "update", {"title": ["i1", "one"]}),
                change(
                    "audit_events",
                    str(uuid.uuid4()),
                    w["p"],
                    "event",
                    {"project_id": [None, w["p"]], "action": [None, "edited"]},
                    0,
                ),
            ],
        )
        assert answer["status"] == "ok" and answer["applied"] == 2, answer
        row = conn.execute(
            "SELECT data->>'title', row_version, field_versions->'title', field_by->>'title' "
            "FROM pmo.records WHERE id = %s",
            (w["items"][0],),
        ).fetchone()
        conn.rollback()
    assert row == ("one", 2, 2, w["fld"])
    assert central.sql(STATE) == before


@pytest.mark.parametrize(
    "case",
    [
        "viewer",
        "no_membership",
        "another_projects_row",
        "row_in_another_table",
        "row_missing",
        "shared_area",
        "project_row",
        "team_row",
        "photo_row",
        "decision",
        "decision_event",
        "breaks_workflow",
        "budget_by_field_user",
        "reference_elsewhere",
        "reference_not_an_id",
        "data_names_another_project",
        "new_row_already_there",
        "row_twice",
        "changed_since_base",
        "base_value_missing",
        "unchanged_field",
        "stale_delete",
        "resolve",
        "bad_stamp",
        "empty_values",
        "ragged_columns",
    ],
)
def test_anything_else_falls_back_with_nothing_written(
    central: Any, world: dict[str, Any], case: str
) -> None:
    w = world
    pid, item = w["p"], w["items"][1]
    login = w["fld"]
    new = str(uuid.uuid4())
    title = {"title": ["i2", "x"]}
    cases: dict[str, list[dict[str, Any]]] = {
        "viewer": [change("punch_items", item, pid, "update", title)],
        "no_membership": [
            change("punch_items", w["theirs"], w["q"], "update", {"title": ["q1", "x"]})
        ],
        "another_projects_row": [
            change("punch_items", w["theirs"], pid, "update", {"title": ["q1", "x"]})
        ],
        "row_in_another_table": [change("issues", item, pid, "update", title)],
        "row_missing": [change("punch_items", new, pid, "update", title)],
        "shared_area": [change("users", new, None, "event", {"name": [None, "x"]}, 0)],
        "project_row": [change("projects", pid, pid, "update", {"name": ["P", "x"]})],
        "team_row": [change("project_members", new, pid, "event", {"role": [None, "x"]}, 0)],
        "photo_row": [change("photos", new, pid, "event", {"sha256": [None, "0" * 64]}, 0)],
        "decision": [
            change("change_orders", w["co"], pid, "update", {"status": ["pending", "approved"]})
        ],
        "decision_event": [
            change("change_order_events", new, pid, "event", {"to_status": [None, "approved"]}, 0)
        ],
        "breaks_workflow": [
            change(
                "change_orders",
                w["co"],
                pid,
                "update",
                {"submitted_at": ["2026-12-01T00:00:00.000000Z", None]},
            )
        ],
        "budget_by_field_user": [
            change("budget_lines", w["line"], pid, "update", {"original_amount": ["9.00", "99.00"]})
        ],
        "reference_elsewhere": [
            change("punch_items", item, pid, "update", {"location_id": [None, w["theirs"]]})
        ],
        "reference_not_an_id": [
            change("punch_items", item, pid, "update", {"location_id": [None, 7]})
        ],
        "data_names_another_project": [
            change("punch_items", item, pid, "update", {"project_id": [pid, w["q"]]})
        ],
        "new_row_already_there": [
            change("audit_events", w["theirs"], pid, "event", {"action": [None, "x"]}, 0)
        ],
        "row_twice": [
            change("punch_items", item, pid, "update", title),
            change("punch_items", item, pid, "update", {"title": ["x", "y"]}),
        ],
        "changed_since_base": [
            change(
                "punch_items", item, pid, "update", {"title": ["not what the server has", "x"]}, 0
            )
        ],
        "base_value_missing": [change("punch_items", item, pid, "update", title)],
        "unchanged_field": [change("punch_items", item, pid, "update", {"title": ["i2", "i2"]})],
        "stale_delete": [
            change(
                "punch_items",
                item,
                pid,
                "delete",
                {"deleted_at": [None, "2026-12-01T00:00:00.000000Z"]},
                0,
            )
        ],
        "resolve": [change("_conflicts", new, pid, "resolve", {"kept": [None, "mine"]})],
        "bad_stamp": [change("punch_items", item, pid, "update", title)],
        "empty_values": [change("punch_items", item, pid, "update", {})],
        "ragged_columns": [change("punch_items", item, pid, "update", title)],
    }
    if case == "viewer":
        login = w["vie"]
    before = central.sql(STATE)
    device = str(uuid.uuid4())
    with connect(central.creds(login)) as conn:
        if case in ("base_value_missing", "ragged_columns"):
            # the base values name another field / one column has two entries, not one
            was = {"other" if case == "base_value_missing" else "title": "i2"}
            rows = [
                _Pending(
                    1,
                    "punch_items",
                    item,
                    pid,
                    "update",
                    json.dumps(title),
                    1,
                    hlc(),
                    json.dumps({"title": "x"}),
                    json.dumps(was),
                )
            ]
            cols = list(_Batch(rows, False, True).edit_columns())
            if case == "ragged_columns":
                cols[6] = "{update,update}"
            answer = conn.execute(EDITS, (device, PROTOCOL, *cols)).fetchone()[0]  # type: ignore[index]
        else:
            stamp = "12345-0000000000-dev" if case == "bad_stamp" else None
            answer = edits_push(conn, device, 1, cases[case], stamp)
        conn.commit()
    assert answer == {"status": "fallback", "last_seq": 0}, (case, answer)
    assert central.sql(STATE) == before, case


def test_the_same_batch_is_taken_once_a_proper_one(central: Any, world: dict[str, Any]) -> None:
    """The positive control of the cases above: the same shape, honest, goes through —
    and is exactly once, with gaps refused and stamps ahead refused."""
    w = world
    device = str(uuid.uuid4())
    edit = change("punch_items", w["items"][2], w["p"], "update", {"title": ["i3", "three"]})
    with connect(central.creds(w["fld"])) as conn:
        ahead = edits_push(conn, device, 1, [edit], hlc(3_600_000))
        assert ahead["status"] == "clock_ahead"
        assert edits_push(conn, device, 3, [edit])["status"] == "gap"
        conn.commit()
        assert edits_push(conn, device, 1, [edit])["status"] == "ok"
        conn.commit()
        again = edits_push(conn, device, 1, [edit])
        conn.commit()
    assert again["status"] == "ok" and again["skipped"] == 1 and again["applied"] == 0
    assert central.sql(
        "SELECT data->>'title', row_version FROM pmo.records WHERE id = %s", (w["items"][2],)
    ) == [("three", 2)]


def test_the_column_wise_batch_gives_what_the_row_by_row_merge_gives(
    central: Any, make_laptop: Any
) -> None:
    login = central.add_user("ercmp")
    a = make_laptop("a")
    pid = new_project(a, "ERCMP")
    ids = synced_then_edited(central, login, a, pid, 30)
    batch = _read_batch(a, 5000, after=0, as_rows=True, as_edits=True)
    assert batch is not None and batch.as_edits and len(batch.rows) == outbox_len(a)
    before = central.sql(STATE)
    with connect(central.creds(login)) as conn:
        answer = conn.execute(EDITS, (a.device_id, PROTOCOL, *batch.edit_columns())).fetchone()
        assert answer is not None and answer[0]["status"] == "ok", answer
        columns = rows_of(conn, pid)
        conn.rollback()
        answer = conn.execute(
            "SELECT pmo.sync_push(%s, %s, %s::jsonb, true)",
            (a.device_id, PROTOCOL, batch.classic()),
        ).fetchone()
        assert answer is not None and answer[0]["applied"] == len(batch.rows)
        one_by_one = rows_of(conn, pid)
        conn.rollback()
    assert columns == one_by_one
    assert columns[ids[29]][6] is True and columns[ids[0]][1]["priority"] == "high"
    assert central.sql(STATE) == before


class _Calls:
    """The connection ``_apply_batch`` is given, noting which sync function each call ran."""

    def __init__(self, conn: Any, calls: list[str]) -> None:
        self._conn, self._calls = conn, calls

    def execute(self, query: str, params: Any = None) -> Any:
        self._calls.append(query.split("(")[0].removeprefix("SELECT pmo."))
        return self._conn.execute(query, params)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._conn, name)


def test_push_sends_edits_column_wise_and_a_concurrent_change_still_merges(
    central: Any, make_laptop: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    login = central.add_user("erpush")
    colleague = central.add_user("erpushc", creator=False)
    a, b = make_laptop("a"), make_laptop("b")
    pid = new_project(a, "ERPUSH")
    punch.bulk_create_punch_items(a, pid, (punch.NewPunchItem(title=f"I{i}") for i in range(30)))
    with a.read() as s:
        ids = list(s.scalars(select(PunchItem.id).order_by(PunchItem.number)))
    assert sync_once(a, central.creds(login)).ok
    admin.grant(central.admin, colleague, "ERPUSH")
    assert sync_once(b, central.creds(colleague)).ok
    calls: list[str] = []
    apply_batch = push_module._apply_batch
    monkeypatch.setattr(
        push_module,
        "_apply_batch",
        lambda conn, device_id, batch: apply_batch(_Calls(conn, calls), device_id, batch),
    )
    # Laptop a edits ten items while b changes one of them: that batch falls back to
    # sync_push, whose merge records the conflict; the next batch goes column-wise.
    punch.update_punch_item(b, ids[3], due_date=dt.date(2027, 1, 2))
    punch.bulk_update(a, ids[:10], due_date=dt.date(2027, 2, 3))
    assert sync_once(b, central.creds(colleague)).ok
    calls.clear()
    assert sync_once(a, central.creds(login)).ok
    assert calls == ["sync_push_rows", "sync_push"]
    conflict = central.sql(
        "SELECT data->>'field', data->>'kind' FROM pmo.records WHERE tbl = '_conflicts' "
        "AND data->>'row_id' = %s",
        (ids[3],),
    )
    assert conflict == [("due_date", "auto")]
    punch.bulk_update(a, ids[10:20], priority="high")
    calls.clear()
    assert sync_once(a, central.creds(login)).ok
    assert calls == ["sync_push_rows"] and outbox_len(a) == 0
    assert central.sql(
        "SELECT count(*) FROM pmo.records WHERE project_id = %s AND tbl = 'punch_items' "
        "AND data->>'priority' = 'high'",
        (pid,),
    ) == [(10,)]
    assert sync_once(b, central.creds(colleague)).ok


def test_an_older_server_gets_the_classic_path(
    central: Any, make_laptop: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    login = central.add_user("erold")
    a = make_laptop("a")
    pid = new_project(a, "EROLD")
    item = punch.create_punch_item(a, pid, punch.NewPunchItem(title="old")).value.id
    assert sync_once(a, central.creds(login)).ok
    punch.update_punch_item(a, item, title="older")
    monkeypatch.setattr(
        push_module._Batch, "edit_columns", lambda self: pytest.fail("sent column-wise")
    )
    ((current,),) = central.sql("SELECT value FROM pmo.settings WHERE key = 'protocol'")
    central.sql("UPDATE pmo.settings SET value = '6' WHERE key = 'protocol'")
    try:
        with connect(central.creds(login)) as conn:
            result = push(a, conn, a.device_id, None, BlobStats())
    finally:
        central.sql("UPDATE pmo.settings SET value = %s WHERE key = 'protocol'", (current,))
    assert result.applied == 2 and not result.quarantined and outbox_len(a) == 0
    assert central.sql("SELECT data->>'title' FROM pmo.records WHERE id = %s", (item,)) == [
        ("older",)
    ]
