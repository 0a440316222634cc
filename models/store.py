"""The local SQLite store: one file per installation, opened with the pragmas that make
a saved edit survive a power cut, and units of work that write rows and outbox together.

A store stops writing for the rest of the run once SQLite reports the file damaged
(anywhere, reads included) or a bounded ``PRAGMA quick_check`` finds damage; a store in a
read-only folder is opened read-only. Reads go on in both cases; every unit of work is
refused with one message saying what happened and what to do.
"""

from __future__ import annotations

import logging
import os
import secrets
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal
from urllib.parse import quote

from sqlalchemy import Engine, create_engine, event, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from executrek.models import tracking
from executrek.models.changes import Changes
from executrek.models.errors import QT_TRANSLATE_NOOP, StoreError
from executrek.models.ids import HLCStamp, HybridLogicalClock, new_id
from executrek.models.local import DeviceState
from executrek.models.local_read import BUSY_TIMEOUT_S as BUSY_TIMEOUT_S
from executrek.models.local_read import DB_FILENAME as DB_FILENAME
from executrek.models.store_errors import DamagedStoreError, classify, damaged, is_damage

log = logging.getLogger("executrek.store")

# How long the start-up ``PRAGMA quick_check`` may take before it is given up (a cold
# 400 MB file needs several seconds; a warm one a third of a second).
QUICK_CHECK_BUDGET_S = 2.0


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


def _on_connect_read_only(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA query_only=ON")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT_S * 1000)}")
    cur.execute("PRAGMA temp_store=MEMORY")
    cur.close()


def _on_begin(conn: Any) -> None:
    mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
    conn.exec_driver_sql(f"BEGIN {mode}")


def folder_writable(path: Path) -> bool:
    """Can the store at ``path`` be written (its folder for the -wal/-shm files, and the
    file itself)? ``os.access`` also answers False on a read-only mount, even for root."""
    if not os.access(path.parent, os.W_OK):
        return False
    return not path.exists() or os.access(path, os.W_OK)


def readonly_uri(path: Path) -> str:
    """A read-only ``file:`` URI for ``path``. In a folder SQLite cannot write, a WAL file
    needs its -shm beside it; with no -wal there is nothing to share, so the file is
    opened ``immutable`` (no locks, no -shm)."""
    uri = f"file:{quote(path.resolve().as_posix(), safe='/:')}?mode=ro"
    wal = path.with_name(path.name + "-wal")
    if not os.access(path.parent, os.W_OK) and not wal.exists():
        uri += "&immutable=1"
    return uri


def make_engine(path: Path, *, read_only: bool = False) -> Engine:
    if read_only:
        return _engine(f"sqlite:///{readonly_uri(path)}&uri=true", _on_connect_read_only)
    return _engine(f"sqlite:///{path}", _on_connect)


def _engine(url: str, on_connect: Callable[..., None]) -> Engine:
    """An engine on ``url`` whose connections ``on_connect`` sets up, beginning our way."""
    engine = create_engine(
        url, connect_args={"timeout": BUSY_TIMEOUT_S, "check_same_thread": False}
    )
    event.listen(engine, "connect", on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


@dataclass(frozen=True)
class Actor:
    """Who is acting: the app user's id (None for system work such as the demo loader)."""

    user_id: str | None


@dataclass(frozen=True)
class QuickCheck:
    """What a bounded ``PRAGMA quick_check`` found: ``ok``, ``damaged`` (``detail`` says
    where), or ``unfinished`` (the time budget ran out first; nothing is known)."""

    status: Literal["ok", "damaged", "unfinished"]
    detail: str
    seconds: float

    @property
    def damaged(self) -> bool:
        return self.status == "damaged"


def quick_check(path: Path, budget_s: float | None = QUICK_CHECK_BUDGET_S) -> QuickCheck:
    """``PRAGMA quick_check`` on a read-only connection of its own, interrupted after
    ``budget_s`` seconds (None: no limit). Never raises for damage: it reports it."""
    start = time.perf_counter()

    def result(status: Literal["ok", "damaged", "unfinished"], detail: str) -> QuickCheck:
        return QuickCheck(status, detail, time.perf_counter() - start)

    try:
        conn = raw_connect(path, readonly=True)
    except DamagedStoreError as exc:
        return result("damaged", exc.message)
    timer = None
    if budget_s is not None:
        timer = threading.Timer(budget_s, conn.interrupt)
        timer.daemon = True
        timer.start()
    try:
        rows = conn.execute("PRAGMA quick_check(20)").fetchall()
    except sqlite3.DatabaseError as exc:
        if is_damage(exc):
            return result("damaged", str(exc))
        if "interrupt" in str(exc).lower():
            return result("unfinished", f"stopped after {budget_s} s")
        known = classify(exc, path)
        if known is not None:
            raise known from exc
        raise
    finally:
        if timer is not None:
            timer.cancel()
            timer.join()
        conn.close()
    detail = "; ".join(str(r[0]) for r in rows)
    return result("ok" if detail == "ok" else "damaged", detail)


class Store:
    """An open local store. Services take it and open one unit of work each.

    ``read_only`` (a user-facing reason) opens it for reading only; ``check_before_write``
    runs the bounded quick check before the first unit of work unless it ran already."""

    def __init__(
        self,
        path: Path,
        engine: Engine,
        *,
        read_only: str | None = None,
        check_before_write: bool = False,
    ) -> None:
        self.path = path
        self.engine = engine
        self.read_only = read_only
        self.damage: DamagedStoreError | None = None
        self.last_check: QuickCheck | None = None
        self._check_due = check_before_write
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
        if self.read_only is not None:
            with self.read() as s:
                row = s.get(DeviceState, 1)
                if row is None:  # a database nobody opened for writing yet
                    return "", "----", None
                last = HLCStamp.decode(row.hlc_last) if row.hlc_last else None
                return row.device_id, row.device_tag, last
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
        self._before_write()
        with self.guard(), self._write_sessions() as s, s.begin():
            row = s.get(DeviceState, 1)
            assert row is not None
            row.current_user_id = user_id
        self.actor = Actor(user_id)

    # --- damage and read-only mode ---------------------------------------------------
    def quick_check(self, budget_s: float | None = QUICK_CHECK_BUDGET_S) -> QuickCheck:
        """The bounded check; damage found puts the store in read-only mode."""
        self._check_due = False
        found = self.last_check = quick_check(self.path, budget_s)
        log.info("quick check of %s: %s in %.2f s", self.path, found.status, found.seconds)
        if found.damaged:
            self._mark_damaged(damaged(self.path), found.detail)
        return found

    def _mark_damaged(self, error: DamagedStoreError, detail: str) -> None:
        if self.damage is None:
            log.info("damage reported in %s: %s", self.path, detail)
            log.warning("%s", error.message)  # once: on the console of a command too
            self.damage = error

    def ensure_writable(self) -> None:
        """Raise the read-only reason now, before a command does work (a PDF, copied
        photos) that a refused save would leave behind."""
        self._before_write()

    def _before_write(self) -> None:
        """Refuse a write in read-only mode (damaged file or read-only folder)."""
        if self._check_due:
            self.quick_check()
        if self.damage is not None:
            damage = self.damage
            raise DamagedStoreError(damage.template, hint=damage.hint, **damage.params)
        if self.read_only is not None:
            raise StoreError(self.read_only)

    # --- sessions ------------------------------------------------------------------
    @contextmanager
    def guard(self) -> Iterator[None]:
        """Turn the environment's SQLite failures into StoreError with a clear message;
        a damaged file also puts the store in read-only mode for the rest of the run."""
        try:
            yield
        except DamagedStoreError as exc:  # classified by a nested guard (another Store)
            self._mark_damaged(exc, exc.message)
            raise
        except (DBAPIError, sqlite3.Error) as exc:
            known = classify(exc, self.path)
            if known is None:
                raise
            if isinstance(known, DamagedStoreError):
                self._mark_damaged(known, str(exc))
            raise known from exc

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only session (deferred transaction; WAL readers never block the writer)."""
        with self.guard(), self._read_sessions() as s, s.begin():
            yield s

    @contextmanager
    def unit_of_work(self, *, remote: bool = False) -> Iterator[Session]:
        """One write transaction: rows and their outbox entries commit together or not at all.

        ``session.info["tracking"].changes`` tells what changed; use ``transaction`` to get it.
        Refused in read-only mode (see ``_before_write``).
        """
        self._before_write()
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
        with self.guard(), self.engine.connect() as c, c.begin():  # no ORM session
            con = c.connection.driver_connection
            assert isinstance(con, sqlite3.Connection)
            yield con

    def close(self) -> None:
        self.engine.dispose()


def raw_connect(path: Path, *, readonly: bool = False) -> sqlite3.Connection:
    """A plain sqlite3 connection (migrations' checks, backups), errors classified."""
    try:
        if readonly:
            conn = sqlite3.connect(readonly_uri(path), uri=True, timeout=BUSY_TIMEOUT_S)
        else:
            conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_S)
        conn.isolation_level = None
        return conn
    except sqlite3.Error as exc:
        known = classify(exc, path)
        if known is not None:
            raise known from exc
        raise StoreError(
            QT_TRANSLATE_NOOP(
                "Errors", "The project database could not be opened ({path}): {detail}"
            ),
            path=path,
            detail=exc,
        ) from exc
