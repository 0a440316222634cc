"""Plain ``sqlite3`` reads of the local store, without SQLAlchemy.

Start-up shows its first screen from here while the ORM (a good half second of imports
and class mapping) loads behind it: ``LocalFile`` opens the store file read-only for
one query batch at a time, and the read services (health, dashboard) take any
``SqlSource`` — this, or the open ``Store`` — so the numbers come from one
implementation whichever way they are read."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from decimal import Decimal
from pathlib import Path
from typing import Protocol

from executrek.models import clock

DB_FILENAME = "executrek.sqlite"
BUSY_TIMEOUT_S = 5.0
# The newest revision in migrations/versions. Start-up compares the file against this
# without importing Alembic (a quarter of a second); tests keep it equal to the real head.
SCHEMA_HEAD = "0010_roles_settings"
SQLITE_MAGIC = b"SQLite format 3\x00"


class SqlSource(Protocol):
    """Something that lends a plain sqlite3 connection inside one read transaction."""

    def sql(self) -> AbstractContextManager[sqlite3.Connection]: ...


class LocalFile:
    """The store file read with plain sqlite3: one short-lived connection per ``sql()``
    (nothing to close, safe to hand to worker threads), never a write (query_only)."""

    def __init__(self, path: Path) -> None:
        self.path = path

    @classmethod
    def at_head(cls, data_dir: Path) -> LocalFile | None:
        """The store in ``data_dir`` if it exists and needs no migration; None otherwise
        (a new, old, newer or damaged file is for the full open to deal with)."""
        path = data_dir / DB_FILENAME
        try:
            if path.stat().st_size == 0:
                return None
            with path.open("rb") as fh:
                if fh.read(16) != SQLITE_MAGIC:
                    return None
            source = cls(path)
            with source.sql() as con:
                row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        except (OSError, sqlite3.Error):
            return None
        return source if row is not None and row[0] == SCHEMA_HEAD else None

    @contextmanager
    def sql(self) -> Iterator[sqlite3.Connection]:
        con = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_S, isolation_level=None)
        try:
            con.execute("PRAGMA query_only = ON")
            con.execute("BEGIN")  # one snapshot for the whole batch (WAL: never blocks)
            try:
                yield con
            finally:
                con.execute("ROLLBACK")
        finally:
            con.close()


def local_today() -> dt.date:
    return clock.today()


def day(value: str | None) -> dt.date | None:
    """A DATE column as stored by the ORM (ISO text)."""
    return dt.date.fromisoformat(value) if value else None


def scaled(value: int | None, scale: int = 2) -> Decimal:
    """A ``Scaled`` column (exact decimal as a scaled integer; money in cents)."""
    return Decimal(value or 0).scaleb(-scale)


def marks(n: int) -> str:
    """``?, ?, ?`` for an IN list of ``n`` values."""
    return ", ".join("?" * n)
