"""Sort SQLite failures into the environment's fault (a clear message) and our bugs.

Damage (SQLite's "malformed" / "not a database", error codes CORRUPT and NOTADB) is its
own kind, ``DamagedStoreError``: the store stops writing for the rest of the run when it
sees one (``Store.guard``)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from executrek.models.errors import QT_TRANSLATE_NOOP, StoreError

# SQLite's primary result codes for a damaged file.
SQLITE_CORRUPT = 11
SQLITE_NOTADB = 26


class DamagedStoreError(StoreError):
    """The store file is damaged (or is not a database at all)."""


def damaged(path: Path | None) -> DamagedStoreError:
    """The one message for a damaged store: what happened and what to do."""
    return DamagedStoreError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The project database{where} is damaged; nothing more will be saved to it. "
            "Run 'executrek db check', then restore a backup from the backups folder with "
            "'executrek db restore FILE'.",
        ),
        where=f" ({path})" if path else "",
    )


def not_ours(path: Path) -> DamagedStoreError:
    """A file that is not an Executrek database, or is too damaged to tell."""
    return DamagedStoreError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "{path} is not an Executrek database, or it is damaged. "
            "Restore a backup from the backups folder with 'executrek db restore FILE'.",
        ),
        path=path,
    )


# (what SQLite says, the message with ``{where}`` (" (path)" or nothing), the hint)
_KNOWN: tuple[tuple[str, str, str], ...] = (
    (
        "database is locked",
        QT_TRANSLATE_NOOP(
            "Errors",
            "The project database is in use by another program or another Executrek window.{where}",
        ),
        QT_TRANSLATE_NOOP("Errors", "Close the other program and try again."),
    ),
    (
        "database table is locked",
        QT_TRANSLATE_NOOP("Errors", "The project database is busy.{where}"),
        QT_TRANSLATE_NOOP("Errors", "Try again in a moment."),
    ),
    (
        "readonly database",
        QT_TRANSLATE_NOOP("Errors", "The project database is read-only.{where}"),
        QT_TRANSLATE_NOOP(
            "Errors", "Check the file's permissions or move the data folder somewhere writable."
        ),
    ),
    (
        "disk is full",
        QT_TRANSLATE_NOOP("Errors", "The disk is full; nothing was saved.{where}"),
        QT_TRANSLATE_NOOP("Errors", "Free some space and save again."),
    ),
    (
        "disk i/o error",
        QT_TRANSLATE_NOOP("Errors", "The disk could not be read or written.{where}"),
        QT_TRANSLATE_NOOP("Errors", "Check the drive, then try again."),
    ),
    (
        "unable to open database",
        QT_TRANSLATE_NOOP("Errors", "The project database could not be opened.{where}"),
        QT_TRANSLATE_NOOP("Errors", "Check that the data folder exists and is writable."),
    ),
)


def is_damage(exc: BaseException) -> bool:
    """True when ``exc`` (or the driver error inside it) says the file is damaged."""
    orig: BaseException = exc.orig if isinstance(exc, DBAPIError) and exc.orig else exc
    if not isinstance(orig, sqlite3.DatabaseError):
        return False
    code = getattr(orig, "sqlite_errorcode", None)
    if isinstance(code, int) and code & 0xFF in (SQLITE_CORRUPT, SQLITE_NOTADB):
        return True
    text = str(orig).lower()
    return "malformed" in text or "file is not a database" in text


def classify(exc: BaseException, path: Path | None = None) -> StoreError | None:
    """Return a user-facing StoreError when ``exc`` is the environment's fault, else None."""
    orig: BaseException = exc.orig if isinstance(exc, DBAPIError) and exc.orig else exc
    if not isinstance(orig, sqlite3.Error):
        return None
    if is_damage(orig):
        text = str(orig).lower()
        if "file is not a database" in text and path is not None:
            return not_ours(path)
        return damaged(path)
    text = str(orig).lower()
    for needle, message, hint in _KNOWN:
        if needle in text:
            return StoreError(message, hint=hint, where=f" ({path})" if path else "")
    if isinstance(orig, sqlite3.OperationalError) and "no such table" not in text:
        return StoreError(
            QT_TRANSLATE_NOOP("Errors", "The project database reported: {detail}"), detail=orig
        )
    return None
