"""Pull: server rows into the laptop, per project, without ever skipping a row.

Every server write stamps the row with its transaction's xid8 and a sequence number.
A page only contains rows whose xid is below the oldest transaction still running
(``pg_snapshot_xmin``), so a writer that commits late cannot slip behind the cursor
``(xid, seq)``. Each page and the new cursor are stored in one SQLite transaction.
A project seen for the first time bootstraps from a REPEATABLE READ snapshot, page by
page, and continues where it stopped when it was cut (``bootstrap``).
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from typing import Any

import psycopg
from sqlalchemy import select
from sqlalchemy.orm import Session

from executrek.models import search
from executrek.models.local import SyncState
from executrek.models.store import Store
from executrek.sync.apply import RowWriter
from executrek.sync.download_state import (
    BOOT,
    Cursor,
    Download,
    decode_download,
    encode_download,
)
from executrek.sync.upsert import ServerRow

PAGE = 2000
BULK = 2000  # a first download with pages this full rebuilds the search index once
# A download that was cut before continues in smaller pages: a link that dropped once
# drops again, and a cut loses the page in flight (bench: ~1 MB lost per cut at 2000).
RESUME_PAGE = 500

_COLUMNS = (
    "tbl, id::text, project_id::text, data, field_versions::text, row_version, xid::text, seq, "
    "to_char(updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')"
)

# The table's own columns: a bare ``xid`` here is the output column ``xid::text``, whose
# text order puts 1000 before 999 (a cursor then skips rows) and which no index serves.
_ORDER = "records.xid, records.seq"


def cursor_key(project_id: str) -> str:
    return f"pull:{project_id}"


def load_cursor(store: Store, project_id: str) -> Cursor | None:
    with store.read() as s:
        value = s.scalar(select(SyncState.value).where(SyncState.key == cursor_key(project_id)))
    return Cursor.decode(value) if value else None


def _rows(raw: list[tuple[Any, ...]]) -> list[ServerRow]:
    """The rows of ``_COLUMNS`` (text, uuids and stamps as text, the version a bigint)."""
    return [ServerRow(r[0], r[1], r[2], r[3], r[4], r[5], r[8]) for r in raw]


def pull_page(
    conn: psycopg.Connection, project_id: str, cursor: Cursor, limit: int = PAGE
) -> tuple[list[ServerRow], Cursor]:
    """One page after ``cursor`` below the horizon; the cursor to store with it."""
    raw = conn.execute(
        f"SELECT {_COLUMNS} FROM pmo.records WHERE project_id = %s "
        "AND (xid, seq) > (%s::text::xid8, %s) "
        "AND xid < pg_snapshot_xmin(pg_current_snapshot()) "
        f"ORDER BY {_ORDER} LIMIT %s",
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
        writer.settle(s)
        s.merge(SyncState(key=cursor_key(project_id), value=cursor.encode()))
    return n


def boot_key(project_id: str) -> str:
    return f"{BOOT}{project_id}"


def downloads(store: Store) -> dict[str, Download]:
    """Projects whose first download was cut and continues at the next sync."""
    with store.read() as s:
        rows = s.execute(
            select(SyncState.key, SyncState.value).where(SyncState.key.startswith(BOOT))
        )
        return {key[len(BOOT) :]: decode_download(value) for key, value in rows}


def bootstrap(
    store: Store,
    conn: psycopg.Connection,
    writer: RowWriter,
    project_id: str,
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """All rows of a project, first time: from one REPEATABLE READ snapshot in (xid, seq)
    order, each page committed locally as it arrives together with where to continue
    (``boot:<project>``): a cut connection or a killed process loses at most the page
    in flight, and the next sync continues from a new snapshot (``Download.start``).
    Parents a page's rows wait for are fetched from the same snapshot before its commit,
    so rows are only set aside for a real reason. The search index of a big download is
    rebuilt once at the end; then the pull cursor is set to the last snapshot's horizon
    and the download state goes, in one transaction."""
    state = downloads(store).get(project_id)
    conn.commit()
    key = boot_key(project_id)
    total = 0
    with conn.transaction(), _old_objects_spared():
        conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        row = conn.execute("SELECT pg_snapshot_xmin(pg_current_snapshot())::text").fetchone()
        assert row is not None
        horizon = int(str(row[0]))
        start = state.start() if state else Cursor(0, 0)
        before = state.rows if state else 0
        bulk = state.bulk if state else False
        page = RESUME_PAGE if state else PAGE
        expected = before + _count_after(conn, project_id, start)
        with conn.cursor(name=f"boot_{project_id.replace('-', '')[:20]}") as cur:
            cur.itersize = page
            cur.execute(
                f"SELECT {_COLUMNS} FROM pmo.records WHERE project_id = %s "
                f"AND (xid, seq) > (%s::text::xid8, %s) ORDER BY {_ORDER}",
                (project_id, str(start.xid), start.seq),
            )
            # The next page is fetched and decoded while this one is written (SQLite
            # lets the other thread run while it works), once a page needed no parents:
            # a page that does needs the connection before its commit, and a cut during
            # the fetch ahead would lose it too (the first page of a download fetches the
            # project row, edited later in the stream).
            with ThreadPoolExecutor(max_workers=1, thread_name_prefix="sync-pull") as ahead:
                coming: Future[list[tuple[Any, ...]]] | None = None
                early = False
                while raw := (coming or ahead.submit(_fetch, cur, page)).result():
                    coming = ahead.submit(_fetch, cur, page) if early else None
                    bulk = bulk or len(raw) >= min(BULK, page)
                    last = Cursor(int(str(raw[-1][6])), int(str(raw[-1][7])))
                    rows = _rows(raw)
                    # Rows of a big download are indexed once, at the end: the search
                    # triggers of the page's tables are off while it is written (the DDL
                    # for every searchable table on every page cost ~13 ms a page).
                    indexed = _sources({r.tbl for r in rows}) if bulk else ()
                    with store.unit_of_work(remote=True) as s:
                        drop_search_triggers(s, indexed)
                        total += writer.write(s, rows)
                        early = not _fetch_parents(conn, writer, s, project_id)
                        writer.settle(s)
                        create_search_triggers(s, indexed)
                        done = Download(last, horizon, before + total, bulk, expected)
                        s.merge(SyncState(key=key, value=encode_download(done)))
                    if progress is not None:
                        progress(before + total, expected)
    with store.unit_of_work(remote=True) as s:
        if bulk:
            rebuild_search(s, writer.plans)
        s.merge(SyncState(key=cursor_key(project_id), value=Cursor(horizon, 0).encode()))
        old = s.get(SyncState, key)
        if old is not None:
            s.delete(old)
    return total


@contextmanager
def _old_objects_spared() -> Iterator[None]:
    """A download makes a few containers per row (decoded JSON, storage values, their
    parameter lists): the collector's full passes over everything the app holds (the
    ORM, its metadata, Qt's wrappers) took ~20 % of a 100k-record download. Objects
    that exist when it starts are left out of those passes while it runs (``gc.freeze``)
    and given back at the end; what the download itself makes is collected as usual."""
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def _fetch(cur: psycopg.ServerCursor[Any], page: int) -> list[tuple[Any, ...]]:
    return cur.fetchmany(page)


def _count_after(conn: psycopg.Connection, project_id: str, start: Cursor) -> int:
    """Rows of the snapshot still to come: the download's total (row-level security lets
    the user count only what she may read, which is what she downloads)."""
    row = conn.execute(
        "SELECT count(*) FROM pmo.records WHERE project_id = %s "
        "AND (xid, seq) > (%s::text::xid8, %s)",
        (project_id, str(start.xid), start.seq),
    ).fetchone()
    return int(row[0]) if row else 0


def _fetch_parents(
    conn: psycopg.Connection, writer: RowWriter, session: Session, project_id: str
) -> bool:
    """Rows of this page that wait for a parent coming later in the stream (e.g. a
    project row edited after its items were made): fetch those parents from the same
    snapshot now, so the page commits whole (they come again later and are skipped).
    True when some were wanted."""
    asked = False
    for _ in range(4):  # parents of parents, a few levels
        wanted = writer.wanted()
        if not wanted:
            return asked
        asked = True
        raw = conn.execute(
            f"SELECT {_COLUMNS} FROM pmo.records WHERE project_id = %s AND id = ANY(%s::uuid[])",
            (project_id, wanted),
        ).fetchall()
        if not raw:
            return asked
        writer.write(session, _rows(raw))
    return asked


def pull_project(
    store: Store,
    conn: psycopg.Connection,
    writer: RowWriter,
    project_id: str,
    *,
    page: int = PAGE,
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """New rows of a project; a first download (or one that was cut) goes through
    ``bootstrap``. ``progress(rows, total)``: total is 0 when not known."""
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
            progress(total, 0)
        if len(rows) < page:
            return total


def rebuild_search(session: Session, tables: Iterable[str]) -> None:
    for name in set(tables):
        src = search.BY_TABLE.get(name)
        if src is not None:
            search.rebuild(session, src)


def _sources(tables: Iterable[str]) -> tuple[search.SearchSource, ...]:
    return tuple(search.BY_TABLE[t] for t in sorted(tables) if t in search.BY_TABLE)


def drop_search_triggers(session: Session, sources: Iterable[search.SearchSource]) -> None:
    for src in sources:
        search.drop_triggers(session, src)


def create_search_triggers(session: Session, sources: Iterable[search.SearchSource]) -> None:
    for src in sources:
        search.create_triggers(session, src)
