"""Open the local store, migrating it first: refuse a newer database, back up, upgrade
in one transaction with foreign keys off, check foreign keys, turn them back on.

Refused before anything is written: an empty (0-byte) file, a file that is not ours (no
or an empty ``alembic_version`` beside other tables), a newer schema. Backups are
checked (``quick_check``) before they get their name; a failed one leaves nothing."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from executrek.models import clock
from executrek.models.errors import QT_TRANSLATE_NOOP, StoreError
from executrek.models.local_read import SCHEMA_HEAD as SCHEMA_HEAD
from executrek.models.local_read import SQLITE_MAGIC
from executrek.models.store import (
    DB_FILENAME,
    Store,
    folder_writable,
    make_engine,
    raw_connect,
)
from executrek.models.store_errors import classify, damaged, not_ours

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config(script_location: Path = MIGRATIONS_DIR) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(script_location))
    return cfg


def head_revision(script_location: Path = MIGRATIONS_DIR) -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config(script_location)).get_current_head()
    assert head is not None
    return head


def empty_file(path: Path) -> StoreError:
    return StoreError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "{path} is empty (0 bytes): the database in it is lost. Restore a backup from "
            "the backups folder with 'executrek db restore FILE', or move the empty file "
            "away to start with a new, empty database.",
        ),
        path=path,
    )


def newer_schema(path: Path, revision: str) -> StoreError:
    return StoreError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "This database ({path}) was written by a newer version of Executrek Field "
            "(schema {revision}); the file was left untouched. Install the latest version "
            "of the app to open it.",
        ),
        path=path,
        revision=revision,
    )


def known_revisions(script_location: Path = MIGRATIONS_DIR) -> set[str]:
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(alembic_config(script_location))
    return {rev.revision for rev in scripts.walk_revisions()}


def current_revision(path: Path) -> str | None:
    """The schema revision of the file at ``path``, read without writing anything: None
    for no file or a database with no tables yet (new, or downgraded to base). Refuses an
    empty (0-byte) file and a database that is not ours."""
    if not path.exists():
        return None
    if path.stat().st_size == 0:
        raise empty_file(path)
    with path.open("rb") as fh:
        if fh.read(16) != SQLITE_MAGIC:
            raise not_ours(path)
    conn = raw_connect(path, readonly=True)
    try:
        tables = {
            str(r[0]) for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
        others = tables - {"alembic_version", "sqlite_sequence"}
        if "alembic_version" not in tables:
            if others:
                raise not_ours(path)
            return None
        rows = conn.execute("SELECT version_num FROM alembic_version").fetchall()
        if not rows and not others:
            return None
        if len(rows) != 1 or not rows[0][0]:
            raise not_ours(path)
        return str(rows[0][0])
    except sqlite3.DatabaseError as exc:
        known = classify(exc, path)
        if known is not None:
            raise known from exc
        raise damaged(path) from exc
    finally:
        conn.close()


def _fsync(path: Path, flags: int) -> None:
    fd = os.open(path, flags)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_file(path: Path) -> None:
    """Flush ``path`` to the disk before it is renamed into place (opened for writing:
    Windows flushes only a handle that may write)."""
    _fsync(path, os.O_RDWR)


def fsync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX; Windows has no directory handles)."""
    if os.name == "posix":
        _fsync(folder, os.O_RDONLY)


def backup_copy(source: Path, target: Path, *, check: bool = False) -> None:
    """Copy the database ``source`` into the file ``target`` with SQLite's online backup
    API (which also takes in ``source``'s -wal). With ``check``, the copy is refused
    (``DamagedStoreError``) when ``quick_check`` finds it damaged: the API copies pages
    without reading them, so a damaged page would pass silently."""
    src = raw_connect(source, readonly=True)
    try:
        dst = sqlite3.connect(target, isolation_level=None)
        try:
            src.backup(dst)
            if check:
                found = "; ".join(
                    str(r[0]) for r in dst.execute("PRAGMA quick_check(5)").fetchall()
                )
                if found != "ok":
                    raise damaged(source)
        finally:
            dst.close()
    finally:
        src.close()


def backup(path: Path, target: Path, *, check: bool = True) -> Path:
    """A consistent copy of the live database via SQLite's online backup API, written to
    ``target.part``, checked with ``quick_check`` (the backup API copies pages without
    reading them, so a damaged page would pass silently), synced to disk, then renamed
    to ``target``. Anything failing leaves no ``.part`` behind; a damaged database is
    refused (``DamagedStoreError``) unless ``check`` is False."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".part")
    try:
        backup_copy(path, tmp, check=check)
        fsync_file(tmp)
        tmp.replace(target)
    except sqlite3.Error as exc:
        _remove(tmp)
        known = classify(exc, path)
        if known is None:
            raise
        raise known from exc
    except BaseException:
        _remove(tmp)
        raise
    fsync_folder(target.parent)
    return target


def _remove(path: Path) -> None:
    for name in (path.name, path.name + "-journal", path.name + "-wal", path.name + "-shm"):
        with contextlib.suppress(FileNotFoundError):
            path.with_name(name).unlink()


def upgrade(
    path: Path,
    *,
    backup_dir: Path | None = None,
    make_backup: bool = True,
    script_location: Path = MIGRATIONS_DIR,
    target: str = "head",
) -> Path | None:
    """Bring the file at ``path`` to ``target``. Returns the backup made, if any."""
    current = current_revision(path)
    if current == SCHEMA_HEAD and target == "head" and script_location == MIGRATIONS_DIR:
        return None
    from alembic import command
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(alembic_config(script_location))
    if current is not None and current not in known_revisions(script_location):
        raise newer_schema(path, current)
    head = scripts.get_current_head()
    if current == head and target == "head":
        return None
    made: Path | None = None
    if not folder_writable(path):
        if current is None and not path.exists():
            raise StoreError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The data folder {folder} is read-only and holds no database yet. "
                    "Choose a writable folder (--data-dir).",
                ),
                folder=path.parent,
            )
        raise StoreError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The database {path} must be updated for this version of Executrek Field, "
                "but its folder is read-only. Open it once from a writable folder.",
            ),
            path=path,
        )
    if current is not None and make_backup:
        stamp = clock.now().strftime("%Y%m%dT%H%M%SZ")
        folder = backup_dir or path.parent / "backups"
        made = backup(path, folder / f"executrek-{stamp}-before-{head}.sqlite")
    run_alembic(path, lambda cfg: command.upgrade(cfg, target), script_location)
    return made


def downgrade(path: Path, target: str, *, script_location: Path = MIGRATIONS_DIR) -> None:
    from alembic import command

    run_alembic(path, lambda cfg: command.downgrade(cfg, target), script_location)


def run_alembic(path: Path, action: Callable[[Config], Any], script_location: Path) -> None:
    engine = make_engine(path)
    try:
        with engine.connect() as conn:
            raw = conn.connection.driver_connection
            assert raw is not None
            raw.execute("PRAGMA foreign_keys=OFF")
            cfg = alembic_config(script_location)
            cfg.attributes["connection"] = conn
            cfg.attributes["before_commit"] = _foreign_key_check
            try:
                action(cfg)
            finally:
                raw.execute("PRAGMA foreign_keys=ON")
    finally:
        engine.dispose()


def _foreign_key_check(conn: Any) -> None:
    bad = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if bad:
        raise StoreError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Migration left {count} broken references (first: {first}); nothing was changed.",
            ),
            count=len(bad),
            first=tuple(bad[0]),
        )


def open_store(
    data_dir: Path, *, backup_dir: Path | None = None, check_before_write: bool = False
) -> Store:
    """Open (creating or migrating as needed) the store in ``data_dir``. In a folder that
    cannot be written, an existing store at the current schema opens read-only."""
    data_dir.mkdir(parents=True, exist_ok=True)
    path = data_dir / DB_FILENAME
    upgrade(path, backup_dir=backup_dir)
    if folder_writable(path):
        return Store(path, make_engine(path), check_before_write=check_before_write)
    reason = (
        f"The data folder {data_dir} is read-only, so nothing can be saved (reading and "
        "exporting still work). Move the data folder somewhere writable or fix its "
        "permissions."
    )
    return Store(
        path,
        make_engine(path, read_only=True),
        read_only=reason,
        check_before_write=check_before_write,
    )
