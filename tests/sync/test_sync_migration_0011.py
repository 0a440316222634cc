"""Central migration 0011_edit_rows: down to 0010 drops the column-wise edit form of
``sync_push_rows``, puts the primary key of ``pmo.records`` back on ``(project_id, id)``
(``records_id`` a unique index again) and the protocol to 6; up again brings them back."""

from __future__ import annotations

import uuid
from typing import Any

import psycopg
import pytest
from test_sync_migration_0005 import _migrate

pytestmark = pytest.mark.postgres


def _state(central: Any) -> tuple[Any, ...]:
    return (
        central.sql("SELECT version_num FROM pmo.alembic_version")[0][0],
        central.sql("SELECT value FROM pmo.settings WHERE key = 'protocol'")[0][0],
        central.sql(
            "SELECT count(*) FROM pg_proc WHERE pronamespace = 'pmo'::regnamespace "
            "AND proname = 'sync_push_rows'"
        )[0][0],
        central.sql(
            "SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint "
            "WHERE conrelid = 'pmo.records'::regclass AND contype = 'p'"
        )[0],
        central.sql(
            "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'pmo' "
            "AND tablename = 'records' ORDER BY indexname"
        ),
    )


def test_down_to_0010_and_up_again(central: Any) -> None:
    _migrate(central, "0011_edit_rows")  # from the later migrations
    head = _state(central)
    assert head[:4] == ("0011_edit_rows", "7", 2, ("records_id", "PRIMARY KEY (id)"))
    _migrate(central, "0010_sync_speed")
    down = _state(central)
    assert down[:4] == ("0010_sync_speed", "6", 1, ("records_pkey", "PRIMARY KEY (project_id, id)"))
    assert ("records_id", "CREATE UNIQUE INDEX records_id ON pmo.records USING btree (id)") in down[
        4
    ]
    assert {name for name, _ in down[4]} - {name for name, _ in head[4]} == {"records_pkey"}
    _migrate(central, "head")
    _migrate(central, "0011_edit_rows")
    assert _state(central) == head
    _migrate(central, "head")


def test_a_new_id_in_another_project_is_still_refused(central: Any) -> None:
    """Without the (project_id, id) key an id stays unique across projects (records_id)."""
    rid, one, two = (str(uuid.uuid4()) for _ in range(3))
    central.sql(
        "INSERT INTO pmo.records (project_id, tbl, id, data) VALUES (%s, 'punch_items', %s, '{}')",
        (one, rid),
    )
    with pytest.raises(psycopg.errors.UniqueViolation):
        central.sql(
            "INSERT INTO pmo.records (project_id, tbl, id, data) "
            "VALUES (%s, 'punch_items', %s, '{}')",
            (two, rid),
        )
