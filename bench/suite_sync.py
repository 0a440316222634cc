"""Sync benchmarks against the PostgreSQL at ``EXECUTREK_BENCH_PG`` (default
``postgresql://postgres@127.0.0.1:5432/postgres``); each run makes its own database
and roles and drops them afterwards. Ratios are against raw psycopg in the same run."""

from __future__ import annotations

import hashlib
import os
import socket
import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import psycopg
from psycopg import sql
from psycopg.types.json import Jsonb

from bench.cut_proxy import CutProxy
from bench.harness import BenchContext, Record, timed
from executrek.app.photos.blobstore import BlobStore
from executrek.app.sync_service import BlobStoreAccess
from executrek.models.migrate import open_store
from executrek.models.records.punch import service as punch
from executrek.models.services import projects
from executrek.models.store import Store
from executrek.sync import admin
from executrek.sync.apply import RowWriter
from executrek.sync.blobs import BlobStats, upload
from executrek.sync.connection import Credentials, connect
from executrek.sync.engine import sync_once
from executrek.sync.pull import bootstrap, downloads
from executrek.sync.push import push
from executrek.sync.wire import NIL_PROJECT

SUITE = "sync"
ADMIN = os.environ.get("EXECUTREK_BENCH_PG", "postgresql://postgres@127.0.0.1:5432/postgres")
CHUNK = 1 << 20


@contextmanager
def _central() -> Iterator[tuple[Credentials, str]]:
    tag = uuid.uuid4().hex[:8]
    db = f"xt_bench_{tag}"
    roles = admin.Roles(f"xb{tag}_app", f"xb{tag}_owner")
    user = f"xb{tag}_rep"
    with psycopg.connect(ADMIN, autocommit=True) as conn:
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(db)))
    url = ADMIN.rsplit("/", 1)[0] + "/" + db
    try:
        admin.init(Credentials(url), roles)
        admin.add_user(Credentials(url), user, "bench", creator=True)
        yield Credentials(url, user, "bench"), url
    finally:
        with psycopg.connect(ADMIN, autocommit=True) as conn:
            conn.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(db))
            )
            for role in (user, roles.group, roles.owner):
                conn.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(role)))


def _laptop(folder: Path, n: int) -> tuple[Store, str]:
    store = open_store(folder)
    projects.ensure_user(store, f"bench-{uuid.uuid4().hex[:6]}", "Bench")
    pid = projects.create_project(
        store,
        projects.NewProject(code=f"B{uuid.uuid4().hex[:6]}", name="Bench", owner_name="Owner"),
    ).value.id
    punch.bulk_create_punch_items(
        store,
        pid,
        (punch.NewPunchItem(title=f"Item {i} crack in slab", description="d") for i in range(n)),
    )
    return store, pid


def _outbox_mutations(store: Store) -> list[tuple[str, dict[str, Any]]]:
    conn = sqlite3.connect(store.path)
    try:
        import json

        rows = conn.execute("SELECT row_id, patch FROM outbox ORDER BY seq").fetchall()
    finally:
        conn.close()
    return [(r[0], {k: v[1] for k, v in json.loads(r[1]).items()}) for r in rows]


def run(ctx: BenchContext) -> list[Record]:
    n = 10_000 if ctx.quick else 100_000
    out: list[Record] = []
    with _central() as (creds, url):
        # 1. push n records vs raw pipelined INSERT ... ON CONFLICT DO UPDATE
        store, pid = _laptop(ctx.folder("push"), n)
        rows = _outbox_mutations(store)
        stats = BlobStats()

        def ours_push() -> None:
            with connect(creds) as conn:
                push(store, conn, store.device_id, None, stats, batch_size=5000)

        t_ours = timed(ours_push, repeat=1)
        with connect(Credentials(url)) as conn:
            conn.execute(
                "CREATE TABLE bench_raw (id uuid PRIMARY KEY, project_id uuid, data jsonb)"
            )
            conn.commit()

            def raw_push() -> None:
                with conn.cursor() as cur:
                    cur.executemany(
                        "INSERT INTO bench_raw VALUES (%s, %s, %s) "
                        "ON CONFLICT (id) DO UPDATE SET data = bench_raw.data || excluded.data",
                        [(rid, pid, Jsonb(data)) for rid, data in rows],
                    )
                conn.commit()

            t_raw = timed(raw_push, repeat=1)
        out.append(
            Record(
                SUITE,
                f"push {len(rows)} mutations ({n} records)",
                t_ours,
                t_raw,
                "s",
                "ratio <= 2",
                f"{len(rows) / t_ours:,.0f} mutations/s",
            )
        )

        # 2. bootstrap pull into a fresh laptop vs raw select + executemany + FTS rebuild
        fresh = open_store(ctx.folder("fresh"))
        writer = RowWriter()

        def ours_pull() -> None:
            with connect(creds) as conn:
                bootstrap(fresh, conn, writer, NIL_PROJECT)
                bootstrap(fresh, conn, writer, pid)

        t_pull = timed(ours_pull, repeat=1)
        raw_db = sqlite3.connect(ctx.folder("rawpull") / "raw.sqlite")
        raw_db.execute("PRAGMA journal_mode=WAL")
        raw_db.execute(
            "CREATE TABLE items (id TEXT PRIMARY KEY, title TEXT, description TEXT, data TEXT)"
        )
        raw_db.execute(
            "CREATE VIRTUAL TABLE items_fts USING fts5(title, description, content='items', content_rowid='rowid')"
        )

        def raw_pull() -> None:
            with connect(Credentials(url)) as conn, conn.cursor(name="raw") as cur:
                cur.execute("SELECT id::text, data FROM pmo.records WHERE project_id = %s", (pid,))
                import json

                with raw_db:
                    while batch := cur.fetchmany(5000):
                        raw_db.executemany(
                            "INSERT OR REPLACE INTO items VALUES (?, ?, ?, ?)",
                            [
                                (r[0], r[1].get("title"), r[1].get("description"), json.dumps(r[1]))
                                for r in batch
                            ],
                        )
                    raw_db.execute("INSERT INTO items_fts(items_fts) VALUES ('rebuild')")

        t_rawpull = timed(raw_pull, repeat=1)
        raw_db.close()
        out.append(
            Record(
                SUITE,
                f"bootstrap pull {n} records",
                t_pull,
                t_rawpull,
                "s",
                "ratio <= 2",
                f"{n / t_pull:,.0f} records/s",
            )
        )
        fresh.close()

        # 2b. the same first download through a link that drops every 4 MB
        out.append(_cut_download_case(ctx, creds))

        # 3. push 5,000 edits of existing rows (each with its audit event) vs a raw
        #    pipelined upsert of the same rows
        out.append(_edits_case(store, creds, url, pid))
        store.close()

        # 4. photo upload throughput vs raw bytea inserts of the same bytes
        blobs = BlobStore(ctx.folder("blobs"))
        photos = [
            blobs.put_bytes(os.urandom(3 * CHUNK + 12345)).sha256
            for _ in range(4 if ctx.quick else 12)
        ]
        total = sum(blobs.path_for(s).stat().st_size for s in photos)
        access = BlobStoreAccess(blobs)

        def ours_upload() -> None:
            with connect(creds, autocommit=True) as conn:
                for s in photos:
                    upload(conn, access, s, BlobStats())

        t_up = timed(ours_upload, repeat=1)
        with connect(Credentials(url), autocommit=True) as conn:
            conn.execute("CREATE TABLE bench_bytes (sha text, idx int, data bytea)")

            def raw_upload() -> None:
                for s in photos:
                    data = blobs.path_for(s).read_bytes()
                    for i in range(0, len(data), CHUNK):
                        conn.execute(
                            "INSERT INTO bench_bytes VALUES (%s, %s, %s)",
                            (s, i, data[i : i + CHUNK]),
                        )

            t_rawup = timed(raw_upload, repeat=1)
        mb = total / 1e6
        out.append(
            Record(
                SUITE, "photo upload throughput", mb / t_up, mb / t_rawup, "MB/s", "ratio >= 0.5"
            )
        )

        # 5. bytes re-sent after a connection cut mid-photo
        big = blobs.put_bytes(os.urandom(5 * CHUNK + 777)).sha256
        cutter = _CuttingAccess(access)
        with connect(creds, autocommit=True) as conn:
            cutter.conn = conn
            with suppress(psycopg.OperationalError):
                upload(conn, cutter, big, BlobStats())
        cutter.conn = None
        with connect(creds, autocommit=True) as conn:
            assert upload(conn, cutter, big, BlobStats())
        resent = cutter.read_bytes - blobs.path_for(big).stat().st_size
        out.append(
            Record(
                SUITE,
                "bytes re-sent after a cut mid-photo",
                resent / CHUNK,
                1.0,
                "chunks",
                "value <= 1",
                f"{resent} bytes",
            )
        )
    return out


EDITS = 5_000


def _edits_case(store: Store, creds: Credentials, url: str, pid: str) -> Record:
    """Bulk edits of rows the server already has: one update and one audit event each,
    in one server transaction per batch (set-based: ``pmo._bulk_edit``)."""
    import datetime as dt

    from sqlalchemy import select

    from executrek.models.records.punch.model import PunchItem

    with store.read() as s:
        ids = list(s.scalars(select(PunchItem.id).order_by(PunchItem.number).limit(EDITS)))
    punch.bulk_update(store, ids, due_date=dt.date(2027, 9, 1), priority="high")
    rows = _outbox_mutations(store)
    stats = BlobStats()

    def ours() -> None:
        with connect(creds) as conn:
            push(store, conn, store.device_id, None, stats)

    t_ours = timed(ours, repeat=1)
    with connect(Credentials(url)) as conn:
        conn.execute("CREATE TABLE bench_edits (id uuid PRIMARY KEY, project_id uuid, data jsonb)")
        with conn.cursor() as cur:  # the rows as they were before the edits
            cur.executemany(
                "INSERT INTO bench_edits SELECT id, project_id, data FROM pmo.records "
                "WHERE id = %s",
                [(rid,) for rid in ids],
            )
        conn.commit()

        def raw() -> None:
            with conn.cursor() as cur:
                cur.executemany(
                    "INSERT INTO bench_edits VALUES (%s, %s, %s) ON CONFLICT (id) "
                    "DO UPDATE SET data = bench_edits.data || excluded.data",
                    [(rid, pid, Jsonb(data)) for rid, data in rows],
                )
            conn.commit()

        t_raw = timed(raw, repeat=1)
    return Record(
        SUITE,
        f"push {len(ids)} edits of existing rows ({len(rows)} mutations with their events)",
        t_ours,
        t_raw,
        "s",
        "ratio <= 2",
        f"{len(rows) / t_ours:,.0f} mutations/s",
    )


CUT_EVERY = 4 << 20
CUT_ROUNDS = 200  # syncs allowed before the cut download counts as never finishing


def _via(url: str, port: int) -> str:
    """``url`` with its host and port replaced by the local proxy's."""
    parts = urlsplit(url)
    user = f"{parts.username}@" if parts.username else ""
    return urlunsplit(parts._replace(netloc=f"{user}127.0.0.1:{port}"))


def _download_through(
    folder: Path, creds: Credentials, cut_every: int | None
) -> tuple[int, int, int]:
    """A new laptop syncs through the proxy until its first download is complete:
    (bytes carried, syncs, cuts); syncs is 0 when it never finished."""
    target = urlsplit(creds.url)
    store = open_store(folder)
    projects.ensure_user(store, f"bench-{uuid.uuid4().hex[:6]}", "Bench")
    try:
        with CutProxy((target.hostname or "127.0.0.1", target.port or 5432), cut_every) as px:
            via = Credentials(_via(creds.url, px.port), creds.user, creds.password)
            for attempt in range(1, CUT_ROUNDS + 1):
                report = sync_once(store, via)
                if report.ok and not downloads(store):
                    return px.bytes, attempt, px.cuts
            return px.bytes, 0, px.cuts
    finally:
        store.close()


def _cut_download_case(ctx: BenchContext, creds: Credentials) -> Record:
    """Bytes carried by a first download through a link that drops every 4 MB, against
    the same download on a clean link: resuming re-fetches little, and it finishes."""
    clean, _, _ = _download_through(ctx.folder("clean-link"), creds, None)
    cut, syncs, cuts = _download_through(ctx.folder("cut-link"), creds, CUT_EVERY)
    return Record(
        SUITE,
        "first download through a link cut every 4 MB (bytes)",
        cut / 1e6 if syncs else float("inf"),
        clean / 1e6,
        "MB",
        "ratio <= 1.3",
        f"{cuts} cuts, {syncs} syncs" if syncs else f"not finished after {CUT_ROUNDS} syncs",
    )


class _CuttingAccess:
    """Reads like the real access; the third chunk's connection dies while it is sent."""

    def __init__(self, inner: BlobStoreAccess) -> None:
        self.inner = inner
        self.read_bytes = 0
        self.conn: psycopg.Connection | None = None
        self.calls = 0

    def has(self, sha256: str) -> bool:
        return self.inner.has(sha256)

    def size(self, sha256: str) -> int:
        return self.inner.size(sha256)

    def read(self, sha256: str, offset: int, length: int) -> bytes:
        data = self.inner.read(sha256, offset, length)
        self.read_bytes += len(data)
        self.calls += 1
        if self.conn is not None and self.calls == 3:
            sock = socket.socket(fileno=os.dup(self.conn.pgconn.socket))
            sock.shutdown(socket.SHUT_RDWR)
            sock.close()
        return data

    def write(self, sha256: str, chunks: Iterator[bytes]) -> None:
        self.inner.write(sha256, chunks)


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


del _digest
