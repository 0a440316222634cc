"""The local SQLite store: one file per installation, opened with the pragmas that make
a saved edit survive a power cut, and units of work that write rows and outbox together.
"""

from __future__ import annotations

import secrets
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from executrek.models import tracking
from executrek.models.changes import Changes
from executrek.models.errors import StoreError
from executrek.models.ids import HLCStamp, HybridLogicalClock, new_id
from executrek.models.local import DeviceState
from executrek.models.local_read import BUSY_TIMEOUT_S as BUSY_TIMEOUT_S
from executrek.models.local_read import DB_FILENAME as DB_FILENAME
from executrek.models.store_errors import classify


class StoreSession(Session):
    """Session class carrying the outbox writer."""


tracking.install(StoreSession)


def _on_connect(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
    # Let SQLAlchemy's "begin" event emit BEGIN itself (pysqlite's implicit
    # transactions do not cover DDL and defer the write lock).
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT_S * 1000)}")
    cur.execute("PRAGMA temp_store=MEMORY")
    cur.execute("PRAGMA cache_size=-32000")
    cur.close()


def _on_begin(conn: Any) -> None:
    mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
    conn.exec_driver_sql(f"BEGIN {mode}")


def make_engine(path: Path) -> Engine:
    engine = create_engine(
        f"sqlite:///{path}",
        connect_args={"timeout": BUSY_TIMEOUT_S, "check_same_thread": False},
    )
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


@dataclass(frozen=True)
class Actor:
    """Who is acting: the app user's id (None for system work such as the demo loader)."""

    user_id: str | None


class Store:
    """An open local store. Services take it and open one unit of work each."""

    def __init__(self, path: Path, engine: Engine) -> None:
        self.path = path
        self.engine = engine
        self._writer = engine.execution_options(sqlite_begin="IMMEDIATE")
        self._read_sessions = sessionmaker(engine, class_=StoreSession, expire_on_commit=False)
        self._write_sessions = sessionmaker(
            self._writer, class_=StoreSession, expire_on_commit=False
        )
        self.device_id, self.device_tag, clock_last = self._load_device()
        self.clock = HybridLogicalClock(self.device_id, clock_last)
        self.actor = Actor(self._current_user())

    # --- device identity ---------------------------------------------------------
    def _load_device(self) -> tuple[str, str, HLCStamp | None]:
        with self.guard(), self._write_sessions() as s, s.begin():
            row = s.get(DeviceState, 1)
            if row is None:
                row = DeviceState(
                    id=1,
                    device_id=new_id(),
                    device_tag=secrets.token_hex(2).upper(),
                    hlc_last="",
                )
                s.add(row)
                s.flush()
            last = HLCStamp.decode(row.hlc_last) if row.hlc_last else None
            return row.device_id, row.device_tag, last

    def _current_user(self) -> str | None:
        with self.read() as s:
            return s.scalar(select(DeviceState.current_user_id).where(DeviceState.id == 1))

    def set_current_user(self, user_id: str | None) -> None:
        with self.guard(), self._write_sessions() as s, s.begin():
            row = s.get(DeviceState, 1)
            assert row is not None
            row.current_user_id = user_id
        self.actor = Actor(user_id)

    # --- sessions ------------------------------------------------------------------
    @contextmanager
    def guard(self) -> Iterator[None]:
        """Turn the environment's SQLite failures into StoreError with a clear message."""
        try:
            yield
        except DBAPIError as exc:
            known = classify(exc, self.path)
            if known is not None:
                raise known from exc
            raise

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only session (deferred transaction; WAL readers never block the writer)."""
        with self.guard(), self._read_sessions() as s, s.begin():
            yield s

    @contextmanager
    def unit_of_work(self, *, remote: bool = False) -> Iterator[Session]:
        """One write transaction: rows and their outbox entries commit together or not at all.

        ``session.info["tracking"].changes`` tells what changed; use ``transaction`` to get it.
        """
        with self.guard(), self._write_sessions() as s:
            s.info["tracking"] = tracking.Tracking(
                self.actor.user_id, self.clock, applying_remote=remote
            )
            with s.begin():
                yield s
                s.flush()
                state = s.get(DeviceState, 1)
                if state is not None:
                    state.hlc_last = self.clock.last.encode()

    @contextmanager
    def transaction(self, *, remote: bool = False) -> Iterator[tuple[Session, Changes]]:
        with self.unit_of_work(remote=remote) as s:
            tr = s.info["tracking"]
            yield s, tr.changes

    @contextmanager
    def sql(self) -> Iterator[sqlite3.Connection]:
        """The plain sqlite3 connection of a read transaction (``SqlSource``: the read
        services written in SQL run on this or on a ``LocalFile`` alike)."""
        with self.read() as s:
            con = s.connection().connection.driver_connection
            assert isinstance(con, sqlite3.Connection)
            try:
                yield con
            except sqlite3.Error as exc:
                known = classify(exc, self.path)
                if known is not None:
                    raise known from exc
                raise

    def close(self) -> None:
        self.engine.dispose()


def raw_connect(path: Path, *, readonly: bool = False) -> sqlite3.Connection:
    """A plain sqlite3 connection (migrations' checks, backups), errors classified."""
    try:
        if readonly:
            conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_S)
        else:
            conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_S)
        conn.isolation_level = None
        return conn
    except sqlite3.Error as exc:
        known = classify(exc, path)
        if known is not None:
            raise known from exc
        raise StoreError(f"The project database could not be opened ({path}): {exc}") from exc
