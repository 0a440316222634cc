"""``executrek db check|backup|restore``: look after the local store file."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from executrek.models import migrate
from executrek.models.errors import StoreError
from executrek.models.store import raw_connect


@dataclass(frozen=True)
class CheckReport:
    path: Path
    revision: str | None
    integrity: str
    foreign_key_problems: int
    outbox_pending: int
    size_bytes: int

    @property
    def ok(self) -> bool:
        return self.integrity == "ok" and self.foreign_key_problems == 0


def check(path: Path) -> CheckReport:
    if not path.exists():
        raise StoreError(f"There is no database at {path}.")
    revision = migrate.current_revision(path)
    conn = raw_connect(path, readonly=True)
    try:
        integrity = "; ".join(r[0] for r in conn.execute("PRAGMA integrity_check").fetchall())
        fk = len(conn.execute("PRAGMA foreign_key_check").fetchall())
        try:
            pending = int(conn.execute("SELECT count(*) FROM outbox").fetchone()[0])
        except sqlite3.OperationalError:
            pending = 0
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"The database {path} is damaged: {exc}") from exc
    finally:
        conn.close()
    return CheckReport(path, revision, integrity, fk, pending, path.stat().st_size)


def backup(path: Path, target: Path) -> Path:
    if not path.exists():
        raise StoreError(f"There is no database at {path}.")
    if target.exists() and target.is_dir():
        target = target / f"{path.stem}-backup.sqlite"
    return migrate.backup(path, target)


def restore(source: Path, path: Path, backups: Path) -> Path | None:
    """Replace the database at ``path`` with ``source`` after checking ``source``; the
    current file is backed up first. Returns that backup."""
    if not source.is_file():
        raise StoreError(f"{source} does not exist.")
    report = check(source)
    if not report.ok:
        raise StoreError(
            f"{source} failed its integrity check ({report.integrity}); nothing was changed."
        )
    scripts_known = migrate.head_revision()
    if report.revision is None:
        raise StoreError(f"{source} is not an Executrek database; nothing was changed.")
    made = None
    if path.exists():
        made = migrate.backup(path, backups / f"{path.stem}-before-restore.sqlite")
    src = raw_connect(source, readonly=True)
    try:
        dst = sqlite3.connect(path)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    if report.revision != scripts_known:
        migrate.upgrade(path, backup_dir=backups)
    return made
