"""Recognise "the disk is full" in whatever form it arrives: an ``OSError`` from a file
write (``ENOSPC``, or ``EDQUOT`` for a quota), SQLite's ``SQLITE_FULL`` raw or wrapped by
SQLAlchemy, or the store's ``StoreError`` made from one of those.

Callers that write many things (a photo import, the demo loader) use it to stop and say
truthfully what was saved, instead of calling a full disk a bad file or a bug.
"""

from __future__ import annotations

import errno
import sqlite3
from collections.abc import Iterator

_FULL_ERRNOS = frozenset({errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)})


def _chain(exc: BaseException) -> Iterator[BaseException]:
    seen: set[int] = set()
    pending: list[BaseException | None] = [exc]
    while pending:
        current = pending.pop()
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        orig = getattr(current, "orig", None)  # SQLAlchemy's DBAPIError
        pending.extend(
            (
                current.__cause__,
                current.__context__,
                orig if isinstance(orig, BaseException) else None,
            )
        )


def is_disk_full(exc: BaseException) -> bool:
    """True if ``exc`` (or anything it was raised from) says the disk or quota is full."""
    for current in _chain(exc):
        if isinstance(current, OSError) and current.errno in _FULL_ERRNOS:
            return True
        if isinstance(current, sqlite3.Error):
            code = getattr(current, "sqlite_errorcode", None)
            if code == sqlite3.SQLITE_FULL or "disk is full" in str(current).lower():
                return True
    return False
