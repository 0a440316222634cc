"""``executrek db check|backup|restore``: look after the local store file.

``backup`` checks the copy it made (``quick_check``) before giving it its name, so a
damaged database is refused and nothing is left behind. ``restore`` checks the candidate
completely before anything is replaced (a SQLite file, integrity ok, an Executrek
database with a schema revision this app knows), prepares it beside the live file
(copied, migrated when older, checked again, synced to disk) and swaps it in with one
rename while no other copy of the app has the database open. The database it replaces
is first kept as ``backups/executrek-before-restore-<UTC time>[-n].sqlite``, never
overwritten; old copies are pruned only by count and age (``settings.Backups``).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import re
import secrets
import shutil
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from executrek.app.columns import QT_TRANSLATE_NOOP
from executrek.app.i18n import translate
from executrek.models import clock, migrate
from executrek.models.errors import StoreError
from executrek.models.local_read import SQLITE_MAGIC
from executrek.models.store import folder_writable, quick_check, raw_connect
from executrek.models.store_errors import DamagedStoreError, classify

# Tables every schema revision has: a file without them is not ours.
CORE_TABLES = frozenset(
    {"alembic_version", "device_state", "outbox", "projects", "users", "punch_items"}
)
PRE_RESTORE_PREFIX = "executrek-before-restore-"
_PRE_RESTORE = re.compile(re.escape(PRE_RESTORE_PREFIX) + r"(\d{8}T\d{6}Z)(?:-(\d+))?\.sqlite$")
_STAMP = "%Y%m%dT%H%M%SZ"
log = logging.getLogger("executrek.dbtools")


def _advice(backups: Path) -> str:
    return translate(
        "DbTools",
        "Run 'executrek db check', then restore an earlier backup from {folder} with "
        "'executrek db restore FILE'.",
    ).format(folder=backups)


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
        raise StoreError(translate("DbTools", "There is no database at {path}.").format(path=path))
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
        log.info("check of %s: %s", path, exc)
        raise StoreError(
            translate(
                "DbTools", "The database {path} is damaged: it cannot be read to the end."
            ).format(path=path)
            + " "
            + _advice(path.parent / "backups")
        ) from exc
    finally:
        conn.close()
    return CheckReport(path, revision, integrity, fk, pending, path.stat().st_size)


def backup(path: Path, target: Path) -> Path:
    """A checked copy of the database at ``path``; a damaged database (or a file that is
    not one) is refused and leaves no file behind."""
    if not path.exists():
        raise StoreError(translate("DbTools", "There is no database at {path}.").format(path=path))
    if path.stat().st_size == 0:
        raise migrate.empty_file(path)
    if target.exists() and target.is_dir():
        target = target / f"{path.stem}-backup.sqlite"
    try:
        return migrate.backup(path, target)
    except DamagedStoreError as exc:
        raise StoreError(
            translate(
                "DbTools",
                "No backup was made: the database {path} is damaged or is not a database, "
                "and a copy would carry the damage.",
            ).format(path=path)
            + " "
            + _advice(path.parent / "backups")
        ) from exc


# --- restore ---------------------------------------------------------------------------
def restore(
    source: Path, path: Path, backups: Path, *, keep: int = 20, keep_days: int = 30
) -> Path | None:
    """Replace the database at ``path`` with ``source`` once ``source`` has passed every
    check; the current file is kept in ``backups`` first. Returns that copy (None when
    there was no database). Refused with nothing changed when another copy of the app
    has the data folder open."""
    if not source.is_file():
        raise StoreError(translate("DbTools", "{path} does not exist.").format(path=source))
    if path.exists() and source.resolve() == path.resolve():
        raise StoreError(
            translate("DbTools", "{path} is the database itself; give a backup to restore.").format(
                path=source
            )
        )
    if not folder_writable(path):
        raise StoreError(
            translate(
                "DbTools", "The data folder {folder} is read-only; nothing was changed."
            ).format(folder=path.parent)
        )
    with _app_closed(path.parent):
        revision = _validate(source)
        candidate = _prepare(source, path, revision)
        try:
            made = _keep_current(path, backups) if path.exists() else None
            _swap(candidate, path)
        finally:
            _remove_with_journals(candidate)
    prune_pre_restore(backups, keep=keep, keep_days=keep_days)
    return made


@contextlib.contextmanager
def _app_closed(data_dir: Path) -> Iterator[None]:
    """Hold the app's instance lock: the window must not have the database open."""
    from executrek.app.instance_lock import InstanceLock

    lock = InstanceLock(data_dir)
    if not lock.acquire():
        raise StoreError(
            translate(
                "DbTools",
                "Executrek Field is open on the data folder {folder}; close it, then "
                "restore again. Nothing was changed.",
            ).format(folder=data_dir)
        )
    try:
        yield
    finally:
        lock.release()


def _refused(source: Path, template: str, **values: object) -> StoreError:
    """A refusal naming the candidate (``template`` has ``{path}``)."""
    return StoreError(translate("DbTools", template).format(path=source, **values))


NOT_OURS = QT_TRANSLATE_NOOP(
    "DbTools", "{path} cannot be restored: it is not an Executrek database; nothing was changed."
)
DAMAGED = QT_TRANSLATE_NOOP(
    "DbTools",
    "{path} cannot be restored: it is damaged (its integrity check failed); nothing was changed.",
)


def _validate(source: Path) -> str:
    """Every check a candidate must pass; returns its schema revision."""
    if source.stat().st_size == 0:
        raise _refused(
            source,
            QT_TRANSLATE_NOOP(
                "DbTools", "{path} cannot be restored: it is empty (0 bytes); nothing was changed."
            ),
        )
    with source.open("rb") as fh:
        if fh.read(16) != SQLITE_MAGIC:
            raise _refused(source, NOT_OURS)
    try:
        conn = raw_connect(source, readonly=True)
        try:
            integrity = "; ".join(
                str(r[0]) for r in conn.execute("PRAGMA integrity_check(5)").fetchall()
            )
            if integrity != "ok":
                log.info("integrity check of %s: %s", source, integrity)
                raise _refused(source, DAMAGED)
            tables = {
                str(r[0]) for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            if not CORE_TABLES.issubset(tables):
                raise _refused(source, NOT_OURS)
            rows = conn.execute("SELECT version_num FROM alembic_version").fetchall()
            broken = len(conn.execute("PRAGMA foreign_key_check").fetchall())
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        log.info("integrity check of %s: %s", source, exc)
        raise _refused(source, DAMAGED) from exc
    if len(rows) != 1 or not rows[0][0]:
        raise _refused(
            source,
            QT_TRANSLATE_NOOP(
                "DbTools",
                "{path} cannot be restored: it is not an Executrek database, or it is damaged; "
                "nothing was changed.",
            ),
        )
    revision = str(rows[0][0])
    if revision not in migrate.known_revisions():
        raise _refused(
            source,
            QT_TRANSLATE_NOOP(
                "DbTools",
                "{path} cannot be restored: it was written by a newer version of Executrek "
                "Field (schema {revision}); nothing was changed. Install the latest version "
                "of the app to restore it.",
            ),
            revision=revision,
        )
    if broken:
        raise _refused(
            source,
            QT_TRANSLATE_NOOP(
                "DbTools",
                "{path} cannot be restored: it has {count} broken reference(s) between "
                "records; nothing was changed.",
            ),
            count=broken,
        )
    return revision


def _prepare(source: Path, path: Path, revision: str) -> Path:
    """The candidate as a file beside ``path``: copied with the backup API (which also
    takes in the candidate's own -wal), migrated when older, checked, synced."""
    path.parent.mkdir(parents=True, exist_ok=True)
    candidate = path.with_name(f".{path.name}.restore-{secrets.token_hex(4)}.part")
    try:
        migrate.backup_copy(source, candidate)
        if revision != migrate.head_revision():
            migrate.upgrade(candidate, make_backup=False)
        found = quick_check(candidate, budget_s=None)
        if found.status != "ok":
            log.info("check of the copy of %s: %s", source, found.detail)
            raise _refused(
                source,
                QT_TRANSLATE_NOOP(
                    "DbTools",
                    "{path} cannot be restored: its copy failed the check; nothing was changed.",
                ),
            )
        migrate.fsync_file(candidate)
    except BaseException as exc:
        _remove_with_journals(candidate)
        known = classify(exc, source) if isinstance(exc, sqlite3.Error) else None
        if known is None:
            raise
        raise known from exc
    return candidate


def _keep_current(path: Path, backups: Path) -> Path:
    """Keep the database about to be replaced under a name no other copy has. A file the
    backup API cannot read (damaged, not a database) is copied byte for byte, -wal too."""
    target = pre_restore_name(backups)
    try:
        return migrate.backup(path, target, check=False)
    except (StoreError, sqlite3.Error):
        pass
    part = target.with_name(target.name + ".part")
    try:
        shutil.copyfile(path, part)
        migrate.fsync_file(part)
        wal = path.with_name(path.name + "-wal")
        if wal.exists():
            shutil.copyfile(wal, target.with_name(target.name + "-wal"))
        part.replace(target)
    except BaseException:
        _remove_with_journals(part)
        raise
    migrate.fsync_folder(backups)
    return target


def pre_restore_name(backups: Path) -> Path:
    """``executrek-before-restore-<UTC time>.sqlite``, with ``-2``, ``-3``… when a copy
    of that second exists already."""
    backups.mkdir(parents=True, exist_ok=True)
    base = PRE_RESTORE_PREFIX + clock.now().strftime(_STAMP)
    n = 1
    while True:
        name = f"{base}.sqlite" if n == 1 else f"{base}-{n}.sqlite"
        target = backups / name
        if not target.exists() and not target.with_name(name + ".part").exists():
            return target
        n += 1


def _swap(candidate: Path, path: Path) -> None:
    """Rename the candidate over ``path``. The live file is first taken out of WAL mode
    (which needs every other connection closed: refused if one is open), so no -wal of
    the old file is left to be replayed into the new one."""
    if path.exists():
        _quiesce(path)
    for suffix in ("-wal", "-shm", "-journal"):
        with contextlib.suppress(FileNotFoundError):
            path.with_name(path.name + suffix).unlink()
    candidate.replace(path)
    migrate.fsync_folder(path.parent)


def _quiesce(path: Path) -> None:
    try:
        conn = sqlite3.connect(path, timeout=1.0, isolation_level=None)
        try:
            mode = str(conn.execute("PRAGMA journal_mode=DELETE").fetchone()[0]).lower()
        finally:
            conn.close()
    except sqlite3.OperationalError as exc:
        if "locked" not in str(exc).lower() and "busy" not in str(exc).lower():
            return  # damaged or unreadable: it is being replaced, its copy is kept
        mode = "wal"
    except sqlite3.DatabaseError:
        return
    if mode != "delete":
        raise StoreError(
            translate(
                "DbTools",
                "The database {path} is in use by another program; close it, then restore "
                "again. Nothing was replaced.",
            ).format(path=path)
        )


def _remove_with_journals(path: Path) -> None:
    for name in (path.name, path.name + "-journal", path.name + "-wal", path.name + "-shm"):
        with contextlib.suppress(FileNotFoundError):
            path.with_name(name).unlink()


def _taken_at(copy: Path) -> tuple[dt.datetime, int] | None:
    m = _PRE_RESTORE.match(copy.name)
    if m is None:
        return None
    when = dt.datetime.strptime(m.group(1), _STAMP).replace(tzinfo=dt.UTC)
    return when, int(m.group(2) or 1)


def prune_pre_restore(backups: Path, *, keep: int, keep_days: int) -> list[Path]:
    """Delete pre-restore copies beyond the newest ``keep`` that are also older than
    ``keep_days`` days. Files named otherwise are never touched. Returns what went."""
    dated: list[tuple[tuple[dt.datetime, int], Path]] = []
    for copy in backups.glob(PRE_RESTORE_PREFIX + "*.sqlite"):
        taken = _taken_at(copy)
        if taken is not None:
            dated.append((taken, copy))
    dated.sort(reverse=True)  # newest first
    cutoff = clock.now() - dt.timedelta(days=max(keep_days, 0))
    gone: list[Path] = []
    for (taken_at, _n), copy in dated[max(keep, 1) :]:
        if taken_at < cutoff:
            _remove_with_journals(copy)
            gone.append(copy)
    return gone
