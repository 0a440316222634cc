"""The local store: pragmas, migrations (new, refuse-newer, rollback, backup), bad files."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import warnings
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text

from executrek.models import migrate
from executrek.models.errors import StoreError
from executrek.models.migrate import MIGRATIONS_DIR, head_revision, open_store
from executrek.models.schema import metadata
from executrek.models.search import is_search_object
from executrek.models.store import DB_FILENAME, Store


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_pragmas_make_saves_durable(store: Store) -> None:
    with store.read() as s:
        assert s.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert s.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert s.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert s.execute(text("PRAGMA busy_timeout")).scalar() == 5000


def test_models_and_migrations_are_identical(store: Store) -> None:
    with store.engine.connect() as conn:
        ctx = MigrationContext.configure(
            conn,
            opts={
                "compare_type": True,
                "include_object": lambda o, name, t, r, c: not is_search_object(name),
            },
        )
        with warnings.catch_warnings():
            # Expression indexes (migration 0004) cannot be reflected; the query-plan tests
            # in test_punch_list.py prove they exist and are used.
            warnings.filterwarnings(
                "ignore", "Skipped unsupported reflection of expression-based index"
            )
            diff = compare_metadata(ctx, metadata)
    assert diff == []


def test_new_store_is_at_head(store: Store) -> None:
    assert migrate.current_revision(store.path) == head_revision()


def test_refuses_a_database_from_a_newer_app(tmp_path: Path) -> None:
    data = tmp_path / "data"
    open_store(data).close()
    db = data / DB_FILENAME
    conn = sqlite3.connect(db)
    conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    conn.commit()
    conn.close()
    before = digest(db)
    with pytest.raises(StoreError, match="newer version"):
        open_store(data)
    assert digest(db) == before


def test_refuses_a_file_that_is_not_a_database(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    db = data / DB_FILENAME
    db.write_bytes(b"this is a spreadsheet, honestly" * 100)
    before = digest(db)
    with pytest.raises(StoreError, match="not an Executrek database"):
        open_store(data)
    assert digest(db) == before


def test_damaged_database_gives_a_clear_message(tmp_path: Path) -> None:
    data = tmp_path / "data"
    open_store(data).close()
    db = data / DB_FILENAME
    raw = bytearray(db.read_bytes())
    raw[100:4096] = b"\xff" * (4096 - 100)  # smash the schema page
    db.write_bytes(bytes(raw))
    before = digest(db)
    with pytest.raises(StoreError):
        open_store(data)
    assert digest(db) == before


def test_locked_database_gives_a_clear_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "data"
    open_store(data).close()
    monkeypatch.setattr("executrek.models.store.BUSY_TIMEOUT_S", 0.2)
    holder = sqlite3.connect(data / DB_FILENAME, isolation_level=None)
    holder.execute("PRAGMA locking_mode=EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(StoreError, match="in use"):
            st = open_store(data)
            st.close()
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def _scripts_with(tmp_path: Path, extra: str) -> Path:
    loc = tmp_path / "migrations"
    shutil.copytree(MIGRATIONS_DIR, loc, ignore=shutil.ignore_patterns("__pycache__"))
    (loc / "versions" / "0999_test.py").write_text(extra)
    return loc


FAILING = """
import sqlalchemy as sa
from alembic import op
revision = "0999_test"
down_revision = "{head}"
branch_labels = None
depends_on = None

def upgrade():
    with op.batch_alter_table("projects") as b:
        b.add_column(sa.Column("colour", sa.String(20)))
    op.execute("UPDATE projects SET colour = 'red'")
    op.execute("SELECT * FROM table_that_does_not_exist")

def downgrade():
    pass
"""

REBUILD = """
import sqlalchemy as sa
from alembic import op
revision = "0999_test"
down_revision = "{head}"
branch_labels = None
depends_on = None

def upgrade():
    # A batch rebuild of a parent table: with foreign keys on, ON DELETE CASCADE
    # would silently delete every child row.
    with op.batch_alter_table("projects", recreate="always") as b:
        b.add_column(sa.Column("colour", sa.String(20)))

def downgrade():
    with op.batch_alter_table("projects", recreate="always") as b:
        b.drop_column("colour")
"""


def test_failed_migration_rolls_back_everything(
    store: Store, project: object, tmp_path: Path
) -> None:
    store.close()
    scripts = _scripts_with(tmp_path, FAILING.format(head=head_revision()))
    with pytest.raises(Exception, match="table_that_does_not_exist"):
        migrate.upgrade(store.path, script_location=scripts)
    conn = sqlite3.connect(store.path)
    cols = [r[1] for r in conn.execute("PRAGMA table_info(projects)")]
    version = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    conn.close()
    assert "colour" not in cols
    assert version == head_revision()


def test_parent_table_rebuild_keeps_children_and_backs_up_first(
    store: Store, project: object, tmp_path: Path
) -> None:
    from executrek.models.records.punch import service as punch

    punch.create_punch_item(store, project.id, punch.NewPunchItem(title="Cracked tile"))  # type: ignore[attr-defined]
    store.close()
    scripts = _scripts_with(tmp_path, REBUILD.format(head=head_revision()))
    backup = migrate.upgrade(store.path, script_location=scripts, backup_dir=tmp_path / "bk")
    assert backup is not None
    assert backup.exists()
    conn = sqlite3.connect(store.path)
    assert conn.execute("SELECT count(*) FROM punch_items").fetchone()[0] == 1
    assert conn.execute("SELECT count(*) FROM organisations").fetchone()[0] == 2
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    conn.close()
    old = sqlite3.connect(backup)
    assert old.execute("SELECT count(*) FROM punch_items").fetchone()[0] == 1
    old.close()


def test_downgrade_to_base_and_back(tmp_path: Path) -> None:
    data = tmp_path / "data"
    open_store(data).close()
    db = data / DB_FILENAME
    migrate.downgrade(db, "base")
    conn = sqlite3.connect(db)
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    conn.close()
    assert tables <= {"alembic_version", "sqlite_sequence"}
    open_store(data).close()
    assert migrate.current_revision(db) == head_revision()


def test_upgrade_from_the_first_schema_keeps_data_and_search(tmp_path: Path) -> None:
    """Table rebuilds in later migrations must not drop the search triggers."""
    from executrek.models.records.punch import service as punch
    from executrek.models.services import search

    db = tmp_path / "data" / DB_FILENAME
    db.parent.mkdir()
    migrate.upgrade(db, target="0001_initial")
    conn = sqlite3.connect(db)
    conn.execute(
        "INSERT INTO projects (id, code, name, currency, contract_value, contingency, status, created_at, "
        "updated_at, row_version, field_versions) VALUES ('p1', 'OLD', 'Old project', 'USD', 0, 0, 'active', "
        "'2026-01-01T00:00:00.000000Z', '2026-01-01T00:00:00.000000Z', 0, '{}')"
    )
    conn.execute(
        "INSERT INTO punch_items (id, project_id, number, title, priority, status, created_at, updated_at, "
        "row_version, field_versions) VALUES ('i1', 'p1', 1, 'Legacy crack in screed', 'medium', 'open', "
        "'2026-01-01T00:00:00.000000Z', '2026-01-01T00:00:00.000000Z', 0, '{}')"
    )
    conn.commit()
    conn.close()
    st = open_store(db.parent)
    try:
        assert [h.record_id for h in search.search_project(st, "p1", "screed")] == ["i1"]
        st.set_current_user(None)
        new = punch.create_punch_item(
            st, "p1", punch.NewPunchItem(title="Fresh efflorescence")
        ).value
        assert [h.record_id for h in search.search_project(st, "p1", "efflorescence")] == [new.id]
    finally:
        st.close()


def test_start_up_head_constant_matches_the_migrations() -> None:
    assert head_revision() == migrate.SCHEMA_HEAD
