"""Pull: server rows into the laptop, per project, without ever skipping a row.

Every server write stamps the row with its transaction's xid8 and a sequence number.
A page only contains rows whose xid is below the oldest transaction still running
(``pg_snapshot_xmin``), so a writer that commits late cannot slip behind the cursor
``(xid, seq)``. Each page and the new cursor are stored in one SQLite transaction.
A project seen for the first time bootstraps from one REPEATABLE READ snapshot.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import psycopg
from sqlalchemy import select

from executrek.models.local import SyncState
from executrek.models.store import Store
from executrek.sync.apply import (
    RowWriter,
    ServerRow,
    create_search_triggers,
    drop_search_triggers,
    rebuild_search,
)

PAGE = 2000
BULK = 2000  # above this many rows in a bootstrap, rebuild the search index once

_COLUMNS = (
    "tbl, id::text, project_id::text, data, field_versions::text, row_version, xid::text, seq, "
    "to_char(updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')"
)


@dataclass(frozen=True)
class Cursor:
    xid: int
    seq: int

    def encode(self) -> str:
        return f"{self.xid}:{self.seq}"

    @staticmethod
    def decode(text: str) -> Cursor:
        xid, seq = text.split(":")
        return Cursor(int(xid), int(seq))


def cursor_key(project_id: str) -> str:
    return f"pull:{project_id}"


def load_cursor(store: Store, project_id: str) -> Cursor | None:
    with store.read() as s:
        value = s.scalar(select(SyncState.value).where(SyncState.key == cursor_key(project_id)))
    return Cursor.decode(value) if value else None


def _rows(raw: list[tuple[object, ...]]) -> list[ServerRow]:
    return [
        ServerRow(str(r[0]), str(r[1]), str(r[2]), r[3], r[4], int(r[5]), str(r[8]))  # type: ignore[arg-type,call-overload]
        for r in raw
    ]


def pull_page(
    conn: psycopg.Connection, project_id: str, cursor: Cursor, limit: int = PAGE
) -> tuple[list[ServerRow], Cursor]:
    """One page after ``cursor`` below the horizon; the cursor to store with it."""
    raw = conn.execute(
        f"SELECT {_COLUMNS} FROM pmo.records WHERE project_id = %s "
        "AND (xid, seq) > (%s::text::xid8, %s) "
        "AND xid < pg_snapshot_xmin(pg_current_snapshot()) "
        "ORDER BY xid, seq LIMIT %s",
        (project_id, str(cursor.xid), cursor.seq, limit),
    ).fetchall()
    conn.commit()
    if not raw:
        return [], cursor
    last = raw[-1]
    return _rows(raw), Cursor(int(str(last[6])), int(str(last[7])))


def store_page(
    store: Store, writer: RowWriter, project_id: str, rows: list[ServerRow], cursor: Cursor
) -> int:
    with store.unit_of_work(remote=True) as s:
        n = writer.write(s, rows)
        s.merge(SyncState(key=cursor_key(project_id), value=cursor.encode()))
    return n


def bootstrap(
    store: Store,
    conn: psycopg.Connection,
    writer: RowWriter,
    project_id: str,
    progress: Callable[[int], None] | None = None,
) -> int:
    """All rows of a project from one consistent snapshot, stored in one local
    transaction with the cursor set to the snapshot's horizon."""
    conn.commit()
    with conn.transaction():
        conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        row = conn.execute("SELECT pg_snapshot_xmin(pg_current_snapshot())::text").fetchone()
        assert row is not None
        horizon = Cursor(int(str(row[0])), 0)
        total = 0
        with store.unit_of_work(remote=True) as s:
            bulk = False
            with conn.cursor(name=f"boot_{project_id.replace('-', '')[:20]}") as cur:
                cur.itersize = PAGE
                cur.execute(
                    f"SELECT {_COLUMNS} FROM pmo.records WHERE project_id = %s ORDER BY xid, seq",
                    (project_id,),
                )
                while True:
                    raw = cur.fetchmany(PAGE)
                    if not raw:
                        break
                    if not bulk and len(raw) >= BULK:
                        drop_search_triggers(s)
                        bulk = True
                    total += writer.write(s, _rows(raw))
                    if progress is not None:
                        progress(total)
            if bulk:
                create_search_triggers(s)
                rebuild_search(s, writer.plans)
            s.merge(SyncState(key=cursor_key(project_id), value=horizon.encode()))
    return total


def pull_project(
    store: Store,
    conn: psycopg.Connection,
    writer: RowWriter,
    project_id: str,
    *,
    page: int = PAGE,
    progress: Callable[[int], None] | None = None,
) -> int:
    cursor = load_cursor(store, project_id)
    if cursor is None:
        return bootstrap(store, conn, writer, project_id, progress)
    total = 0
    while True:
        rows, cursor = pull_page(conn, project_id, cursor, page)
        if not rows:
            return total
        total += store_page(store, writer, project_id, rows, cursor)
        if progress is not None:
            progress(total)
        if len(rows) < page:
            return total
