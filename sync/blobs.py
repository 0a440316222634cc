"""Photos and attachments travel as content-addressed chunks (about 1 MiB each).

Each chunk is its own short transaction, verified by the server (length and SHA-256)
and idempotent; ``sync_blob_begin`` says which chunks the server already holds, so a
transfer cut half-way re-sends at most the chunk that was in flight. The same blob
from two laptops is stored once (its SHA-256 is its key).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Protocol

import psycopg

DEFAULT_CHUNK = 1 << 20


class BlobAccess(Protocol):
    """What the sync engine needs from the laptop's blob store (the app passes one in)."""

    def has(self, sha256: str) -> bool: ...

    def size(self, sha256: str) -> int: ...

    def read(self, sha256: str, offset: int, length: int) -> bytes: ...

    def write(self, sha256: str, chunks: Iterator[bytes]) -> None:
        """Store the blob from ``chunks``; raise ValueError when the content does not
        hash to ``sha256`` (nothing is kept then)."""
        ...


@dataclass
class BlobStats:
    sent: int = 0
    received: int = 0
    bytes_sent: int = 0
    bytes_received: int = 0
    chunks_sent: int = 0


def upload(
    conn: psycopg.Connection,
    access: BlobAccess,
    sha256: str,
    stats: BlobStats,
    *,
    chunk_size: int = DEFAULT_CHUNK,
    on_chunk: Callable[[int], None] | None = None,
) -> bool:
    """Send one blob (autocommit connection). True when the server holds it complete."""
    size = access.size(sha256)
    (present,) = conn.execute("SELECT pmo.sync_blob_begin(%s, %s)", (sha256, size)).fetchone() or (
        None,
    )
    if not conn.autocommit:
        conn.commit()
    if present is None:
        return True  # already complete on the server (maybe from another laptop)
    have = set(present)
    count = (size + chunk_size - 1) // chunk_size
    for idx in range(count):
        if idx in have:
            continue
        data = access.read(sha256, idx * chunk_size, chunk_size)
        conn.execute(
            "SELECT pmo.sync_blob_chunk(%s, %s, %s, %s)",
            (sha256, idx, hashlib.sha256(data).hexdigest(), data),
        )
        if not conn.autocommit:
            conn.commit()
        stats.bytes_sent += len(data)
        stats.chunks_sent += 1
        if on_chunk is not None:
            on_chunk(idx)
    row = conn.execute("SELECT pmo.sync_blob_finish(%s)", (sha256,)).fetchone()
    if not conn.autocommit:
        conn.commit()
    done = bool(row and row[0])
    if done:
        stats.sent += 1
    return done


def download(conn: psycopg.Connection, access: BlobAccess, sha256: str, stats: BlobStats) -> bool:
    """Fetch one blob the user may read (RLS decides); False when the server lacks it."""
    if access.has(sha256):
        return True
    row = conn.execute("SELECT complete FROM pmo.blobs WHERE sha256 = %s", (sha256,)).fetchone()
    if row is None or not row[0]:
        return False
    received = 0

    def chunks() -> Iterator[bytes]:
        nonlocal received
        with conn.cursor(name=f"blob_{sha256[:16]}") as cur:
            cur.execute(
                "SELECT data FROM pmo.blob_chunks WHERE sha256 = %s ORDER BY idx", (sha256,)
            )
            for (data,) in cur:
                received += len(data)
                yield bytes(data)

    with conn.transaction():
        access.write(sha256, chunks())
    stats.received += 1
    stats.bytes_received += received
    return True
