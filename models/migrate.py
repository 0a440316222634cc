"""Open the local store, migrating it first: refuse a newer database, back up, upgrade
in one transaction with foreign keys off, check foreign keys, turn them back on."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from executrek.models import clock
from executrek.models.errors import StoreError
from executrek.models.local_read import SCHEMA_HEAD as SCHEMA_HEAD
from executrek.models.local_read import SQLITE_MAGIC
from executrek.models.store import DB_FILENAME, Store, make_engine, raw_connect
from executrek.models.store_errors import classify

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


def current_revision(path: Path) -> str | None:
    """The schema revision of the file at ``path`` (None for a new or empty file),
    read without writing anything."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    with path.open("rb") as fh:
        if fh.read(16) != SQLITE_MAGIC:
            raise StoreError(
                f"{path} is not an Executrek database (or it is damaged).",
                hint="Restore a backup with 'executrek db restore FILE'.",
            )
    conn = raw_connect(path, readonly=True)
    try:
        has_table = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).fetchone()
        if not has_table:
            return None
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return str(row[0]) if row else None
    except sqlite3.DatabaseError as exc:
        known = classify(exc, path)
        if known is not None:
            raise known from exc
        raise StoreError(
            f"The project database {path} is damaged ({exc}).",
            hint="Restore a backup with 'executrek db restore FILE'.",
        ) from exc
    finally:
        conn.close()


def backup(path: Path, target: Path) -> Path:
    """A consistent copy of the live database via SQLite's online backup API."""
    target.parent.mkdir(parents=True, exist_ok=True)
    src = raw_connect(path, readonly=True)
    tmp = target.with_suffix(target.suffix + ".part")
    try:
        dst = sqlite3.connect(tmp)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    tmp.replace(target)
    return target


def upgrade(
    path: Path,
    *,
    backup_dir: Path | None = None,
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
    known = {rev.revision for rev in scripts.walk_revisions()}
    if current is not None and current not in known:
        raise StoreError(
            f"This database ({path}) was written by a newer version of Executrek Field "
            f"(schema {current}).",
            hint="Install the latest version of the app; the file was left untouched.",
        )
    head = scripts.get_current_head()
    if current == head and target == "head":
        return None
    made: Path | None = None
    if current is not None:
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
            f"Migration left {len(bad)} broken references (first: {tuple(bad[0])}); "
            "nothing was changed."
        )


def open_store(data_dir: Path, *, backup_dir: Path | None = None) -> Store:
    """Open (creating or migrating as needed) the store in ``data_dir``."""
    data_dir.mkdir(parents=True, exist_ok=True)
    path = data_dir / DB_FILENAME
    upgrade(path, backup_dir=backup_dir)
    return Store(path, make_engine(path))
