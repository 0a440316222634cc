"""One transaction for a whole demo project, and giving the disk back after a failure.

The services each open their own unit of work, which is right for the app and wrong for
a loader that builds a project out of a thousand service calls: a full disk half-way
left a project with its locations and no items, and ``demo`` then refused to run again
because the project "was already there". ``one_transaction(store)`` hands the loader a
``Store`` whose units of work (and reads) all run inside one open write transaction, each
service call in a SAVEPOINT of its own (so a call that fails and is handled, as the
demo does for an inspection that cannot be completed, undoes only itself). The project
commits whole or not at all.

``release_wal(store)`` checkpoints the write-ahead log and truncates it: a rolled-back
transaction of 100,000 items leaves a 30 MB ``-wal`` file that would otherwise keep a
full disk full.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.orm import Session

from executrek.models.changes import Changes
from executrek.models.store import Store

_log = logging.getLogger(__name__)


class _InOneTransaction(Store):
    """A ``Store`` whose units of work are savepoints of one open transaction."""

    def __init__(self, store: Store, session: Session) -> None:  # no super(): shares ``store``
        self.__dict__.update(store.__dict__)
        self._session = session

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self.guard():
            yield self._session

    @contextmanager
    def unit_of_work(self, *, remote: bool = False) -> Iterator[Session]:
        if remote:
            raise ValueError("remote changes are not applied inside a demo transaction")
        with self.guard(), self._session.begin_nested():
            yield self._session
            self._session.flush()

    @contextmanager
    def transaction(self, *, remote: bool = False) -> Iterator[tuple[Session, Changes]]:
        with self.unit_of_work(remote=remote) as s:
            yield s, s.info["tracking"].changes

    @contextmanager
    def sql(self) -> Iterator[sqlite3.Connection]:
        with self.guard():
            self._session.flush()
            con = self._session.connection().connection.driver_connection
            assert isinstance(con, sqlite3.Connection)
            yield con

    def set_current_user(self, user_id: str | None) -> None:
        raise RuntimeError("the current user cannot change inside a demo transaction")


@contextmanager
def one_transaction(store: Store) -> Iterator[Store]:
    """Yield a ``Store`` for the services whose every write commits (or rolls back)
    together, when the block ends."""
    with store.unit_of_work() as session:
        yield _InOneTransaction(store, session)


def release_wal(store: Store) -> None:
    """Checkpoint the write-ahead log and truncate it to zero bytes (best effort)."""
    try:
        raw = store.engine.raw_connection()
    except Exception as exc:  # the store may be unusable after the failure that got us here
        _log.info("no WAL checkpoint: %s", exc)
        return
    try:
        cursor = raw.cursor()
        cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        row = cursor.fetchone()
        _log.info("WAL checkpoint (busy, log frames, checkpointed): %s", row)
    except sqlite3.Error as exc:
        _log.info("WAL checkpoint failed: %s", exc)
    finally:
        raw.close()
