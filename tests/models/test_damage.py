"""A damaged, empty or foreign store file: the store stops writing (read-only mode) once
damage is seen, the bounded quick check finds it before the first write, and files that
are not ours are refused untouched. Real SQLite files throughout."""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil
import sqlite3
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from executrek.models import migrate
from executrek.models import store as store_module
from executrek.models.errors import StoreError
from executrek.models.migrate import open_store
from executrek.models.project import Project
from executrek.models.records.punch import service as punch
from executrek.models.services import projects
from executrek.models.store import DB_FILENAME, Store
from executrek.models.store_errors import DamagedStoreError

ITEMS = 3000


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def damage_middle_page(db: Path) -> int:
    """Overwrite 4 KB in the middle of ``db``: the punch_items leaf page nearest the middle
    of the file (so that reading the punch items is sure to meet it). Returns the offset."""
    conn = sqlite3.connect(db)
    try:
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        total = conn.execute("PRAGMA page_count").fetchone()[0]
        leaves = [
            r[0]
            for r in conn.execute(
                "SELECT pageno FROM dbstat WHERE name = 'punch_items' AND pagetype = 'leaf'"
            )
        ]
    finally:
        conn.close()
    assert page_size == 4096
    assert not db.with_name(db.name + "-wal").exists()  # everything is in the main file
    page = min(leaves, key=lambda p: abs(p - total // 2))
    offset = (page - 1) * page_size
    assert total // 4 < page < 3 * total // 4  # really in the middle
    with db.open("r+b") as fh:
        fh.seek(offset)
        fh.write(bytes(range(256)) * 16)
    return offset


@pytest.fixture
def damaged_db(store: Store, project: Project) -> Path:
    """A store with a few thousand punch items, closed, then 4 KB overwritten mid-file."""
    punch.bulk_create_punch_items(
        store, project.id, (punch.NewPunchItem(title=f"Snag {n}") for n in range(ITEMS))
    )
    path = store.path
    store.close()
    damage_middle_page(path)
    return path


def _new_project(code: str) -> projects.NewProject:
    return projects.NewProject(
        code=code,
        name="School annex",
        owner_name="County",
        contract_value=Decimal("1000000.00"),
        contingency=Decimal("50000.00"),
        baseline_start=dt.date(2026, 1, 5),
        baseline_finish=dt.date(2026, 12, 18),
    )


def _all_titles(st: Store) -> int:
    with st.sql() as con:
        return len(con.execute("SELECT title FROM punch_items").fetchall())


def test_a_write_away_from_the_damage_would_succeed(damaged_db: Path, tmp_path: Path) -> None:
    """The control for the tests below: without read-only mode, SQLite writes to a file it
    has just reported damaged (the new row lands on other pages)."""
    copy = tmp_path / "control"
    copy.mkdir()
    shutil.copy(damaged_db, copy / DB_FILENAME)
    st = open_store(copy)
    try:
        with pytest.raises(DamagedStoreError):
            _all_titles(st)
        st.damage = None  # forget it, as the store did before read-only mode existed
        projects.create_project(st, _new_project("ANNEX"))
    finally:
        st.close()
    conn = sqlite3.connect(copy / DB_FILENAME)
    assert conn.execute("SELECT count(*) FROM projects WHERE code = 'ANNEX'").fetchone() == (1,)
    conn.close()


def test_first_damage_error_refuses_every_later_write(damaged_db: Path) -> None:
    before = digest(damaged_db)
    st = open_store(damaged_db.parent)
    try:
        assert st.damage is None
        with pytest.raises(DamagedStoreError):
            _all_titles(st)
        assert st.damage is not None
        found = projects.list_projects(st)  # reads that avoid the damage go on
        assert [p.code for p in found] == ["HOSP"]
        with pytest.raises(DamagedStoreError) as refused:
            projects.create_project(st, _new_project("ANNEX"))
        with pytest.raises(DamagedStoreError):
            st.set_current_user(None)
    finally:
        st.close()
    text = str(refused.value.message)
    assert "is damaged" in text
    assert "executrek db check" in text
    assert "executrek db restore FILE" in text
    assert "malformed" not in text
    assert digest(damaged_db) == before


def test_quick_check_before_the_first_write_finds_the_damage(damaged_db: Path) -> None:
    before = digest(damaged_db)
    st = open_store(damaged_db.parent, check_before_write=True)
    try:
        assert projects.list_projects(st)
        assert st.last_check is None  # reading does not pay for the check
        with pytest.raises(DamagedStoreError, match="is damaged"):
            projects.create_project(st, _new_project("ANNEX"))
        assert st.last_check is not None
        assert st.last_check.status == "damaged"
    finally:
        st.close()
    assert digest(damaged_db) == before


def test_quick_check_of_a_sound_store_lets_writes_through(store: Store, project: Project) -> None:
    found = store.quick_check()
    assert (found.status, found.detail) == ("ok", "ok")
    assert store.damage is None
    punch.create_punch_item(store, project.id, punch.NewPunchItem(title="Saved"))


class _InterruptAtOnce:
    """Stands in for ``threading.Timer``: the budget runs out at the query's first step."""

    def __init__(self, _seconds: float, function: Any) -> None:
        self.conn = function.__self__
        self.daemon = True

    def start(self) -> None:
        self.conn.set_progress_handler(lambda: 1, 1)

    def cancel(self) -> None:
        pass

    def join(self) -> None:
        pass


def test_quick_check_that_runs_out_of_time_blocks_nothing(
    store: Store, project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(store_module.threading, "Timer", _InterruptAtOnce)
    found = store.quick_check()
    assert found.status == "unfinished"
    assert store.damage is None
    punch.create_punch_item(store, project.id, punch.NewPunchItem(title="Saved"))


def test_backup_of_a_damaged_database_is_refused_and_leaves_nothing(
    damaged_db: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    with pytest.raises(DamagedStoreError):
        migrate.backup(damaged_db, out / "copy.sqlite")
    assert list(out.iterdir()) == []


def test_backup_of_a_file_that_is_not_a_database_leaves_nothing(tmp_path: Path) -> None:
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"SQLite format 3\x00" + b"\x07" * 8000)
    out = tmp_path / "out"
    with pytest.raises(StoreError):
        migrate.backup(junk, out / "copy.sqlite")
    assert list(out.iterdir()) == []


def test_zero_byte_database_is_refused_not_replaced(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / DB_FILENAME).write_bytes(b"")
    with pytest.raises(StoreError) as refused:
        open_store(data)
    text = refused.value.message
    assert "empty (0 bytes)" in text
    assert "executrek db restore FILE" in text
    assert "move the empty file away" in text
    assert (data / DB_FILENAME).stat().st_size == 0
    assert sorted(p.name for p in data.iterdir()) == [DB_FILENAME]


def test_empty_schema_version_is_not_an_internal_error(store: Store, project: Project) -> None:
    path = store.path
    store.close()
    conn = sqlite3.connect(path)
    conn.execute("DELETE FROM alembic_version")
    conn.commit()
    conn.close()
    before = digest(path)
    with pytest.raises(StoreError) as refused:
        open_store(path.parent)
    text = refused.value.message
    assert "not an Executrek database, or it is damaged" in text
    assert "alembic" not in text.lower()
    assert "table" not in text.lower()
    assert digest(path) == before


def test_another_programs_database_is_not_taken_over(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    conn = sqlite3.connect(data / DB_FILENAME)
    conn.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")
    conn.commit()
    conn.close()
    before = digest(data / DB_FILENAME)
    with pytest.raises(StoreError, match="not an Executrek database"):
        open_store(data)
    assert digest(data / DB_FILENAME) == before
