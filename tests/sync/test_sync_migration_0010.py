"""Central migration 0010_sync_speed: down to 0009 puts back 0005's ``_bulk_edit`` and
``sync_push`` exactly, up again brings the cheaper ones; ``sync_push`` reads the clock
tolerance once per batch, not once per mutation."""

from __future__ import annotations

import json
import uuid
from typing import Any

import psycopg
import pytest
from psycopg import sql
from test_sync_migration_0005 import _migrate

from executrek.sync.wire import PROTOCOL

pytestmark = pytest.mark.postgres

FUNCTIONS = ("pmo._bulk_edit(jsonb, bigint, text)", "pmo.sync_push(uuid, int, jsonb, boolean)")


def _state(central: Any) -> tuple[Any, ...]:
    version = central.sql("SELECT version_num FROM pmo.alembic_version")[0][0]
    sources = tuple(
        central.sql("SELECT md5(pg_get_functiondef(%s::regprocedure))", (sig,))[0][0]
        for sig in FUNCTIONS
    )
    return (version, *sources)


def test_down_to_0009_and_up_again(central: Any) -> None:
    _migrate(central, "0010_sync_speed")  # from the later migrations
    head = _state(central)
    assert head[0] == "0010_sync_speed"
    _migrate(central, "0009_roles_settings")
    down = _state(central)
    assert down[0] == "0009_roles_settings"
    assert down[1] != head[1] and down[2] != head[2]
    _migrate(central, "head")
    _migrate(central, "0010_sync_speed")
    assert _state(central) == head
    _migrate(central, "head")


def test_clock_tolerance_read_once_per_batch(central: Any) -> None:
    login = central.add_user("clock")
    central.sql(
        sql.SQL("ALTER DATABASE {} SET track_functions = 'all'")
        .format(sql.Identifier(central.dbname))
        .as_string(None)
    )
    ahead = "999999999999999-0000-0000000000000000"
    batch = [
        {
            "seq": i,
            "table": "punch_items",
            "row_id": str(uuid.uuid4()),
            "project_id": str(uuid.uuid4()),
            "op": "insert",
            "base_version": 0,
            "hlc": ahead,
            "patch": {"title": [None, f"item {i}"]},
        }
        for i in range(1, 301)
    ]
    with psycopg.connect(central.url(), user=login) as conn:
        answer = conn.execute(
            "SELECT pmo.sync_push(%s, %s, %s::jsonb, false)",
            (str(uuid.uuid4()), PROTOCOL, json.dumps(batch)),
        ).fetchone()
        assert answer is not None and answer[0]["status"] == "clock_ahead"
        calls = conn.execute(
            "SELECT coalesce(sum(calls), 0) FROM pg_stat_xact_user_functions "
            "WHERE schemaname = 'pmo' AND funcname = '_setting'"
        ).fetchone()
    assert calls is not None and 1 <= calls[0] <= 3  # not one per mutation (300)
