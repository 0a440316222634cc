"""Sort SQLite failures into the environment's fault (a clear message) and our bugs."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from executrek.models.errors import StoreError

_KNOWN: tuple[tuple[str, str, str], ...] = (
    (
        "database is locked",
        "The project database is in use by another program or another Executrek window.",
        "Close the other program and try again.",
    ),
    (
        "database table is locked",
        "The project database is busy.",
        "Try again in a moment.",
    ),
    (
        "readonly database",
        "The project database is read-only.",
        "Check the file's permissions or move the data folder somewhere writable.",
    ),
    (
        "disk is full",
        "The disk is full; nothing was saved.",
        "Free some space and save again.",
    ),
    (
        "disk i/o error",
        "The disk could not be read or written.",
        "Check the drive, then try again.",
    ),
    (
        "file is not a database",
        "This file is not an Executrek database (or it is damaged).",
        "Restore a backup with 'executrek db restore FILE'.",
    ),
    (
        "malformed",
        "The project database is damaged.",
        "Restore a backup with 'executrek db restore FILE'.",
    ),
    (
        "unable to open database",
        "The project database could not be opened.",
        "Check that the data folder exists and is writable.",
    ),
)


def classify(exc: BaseException, path: Path | None = None) -> StoreError | None:
    """Return a user-facing StoreError when ``exc`` is the environment's fault, else None."""
    orig: BaseException = exc.orig if isinstance(exc, DBAPIError) and exc.orig else exc
    if not isinstance(orig, sqlite3.Error):
        return None
    text = str(orig).lower()
    for needle, message, hint in _KNOWN:
        if needle in text:
            where = f" ({path})" if path else ""
            return StoreError(message + where, hint=hint)
    if isinstance(orig, sqlite3.OperationalError) and "no such table" not in text:
        return StoreError(f"The project database reported: {orig}", hint="")
    return None
