"""``executrek db restore``: every database it replaces is kept (never overwritten), the
candidate is checked completely before anything is replaced, and the swap happens only
when nothing else has the database open. Real SQLite files, the real command."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import sqlite3
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from executrek.app import dbtools
from executrek.app.cli import main
from executrek.models import clock, migrate
from executrek.models.errors import StoreError
from executrek.models.migrate import open_store
from executrek.models.records.punch import service as punch
from executrek.models.services import projects
from executrek.models.store import DB_FILENAME


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def new_project(code: str) -> projects.NewProject:
    return projects.NewProject(
        code=code,
        name="Hospital East Wing",
        owner_name="County Health Trust",
        contract_value=Decimal("48500000.00"),
        contingency=Decimal("2425000.00"),
        baseline_start=dt.date(2026, 1, 5),
        baseline_finish=dt.date(2027, 6, 30),
    )


@pytest.fixture
def data(tmp_path: Path) -> Path:
    """A data folder with one project, the store closed."""
    folder = tmp_path / "data"
    st = open_store(folder)
    try:
        projects.ensure_user(st, "rep", "Rep")
        projects.create_project(st, new_project("HOSP"))
    finally:
        st.close()
    return folder


def add_items(folder: Path, titles: list[str]) -> None:
    st = open_store(folder)
    try:
        project_id = projects.find_project(st, "HOSP").id
        for title in titles:
            punch.create_punch_item(st, project_id, punch.NewPunchItem(title=title))
    finally:
        st.close()


def titles_in(db: Path) -> set[str]:
    conn = sqlite3.connect(db)
    try:
        return {r[0] for r in conn.execute("SELECT title FROM punch_items")}
    finally:
        conn.close()


def listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def stray_files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith((".part", "-journal")))


def test_two_restores_keep_the_work_done_in_between(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    backup = tmp_path / "monday.sqlite"
    assert run(capsys, "db", "backup", str(backup), "--data-dir", str(data))[0] == 0
    eleven = [f"Snag after the backup {n}" for n in range(11)]
    add_items(data, eleven)
    assert titles_in(data / DB_FILENAME) >= set(eleven)

    saved_as = []
    for _ in range(2):
        code, out, err = run(capsys, "db", "restore", str(backup), "--data-dir", str(data))
        assert (code, err) == (0, "")
        assert "; the previous database is in " in out
        saved_as.append(Path(out.strip().rsplit(" is in ", 1)[1]))

    assert not titles_in(data / DB_FILENAME) & set(eleven)
    assert saved_as[0] != saved_as[1]
    assert all(p.parent == data / "backups" and p.exists() for p in saved_as)
    kept = [p for p in (data / "backups").iterdir() if set(eleven) <= titles_in(p)]
    assert kept == [saved_as[0]]
    assert stray_files(data) == []
    assert stray_files(data / "backups") == []


def test_pre_restore_copies_of_the_same_second_get_a_counter(tmp_path: Path) -> None:
    at = dt.datetime(2026, 11, 25, 9, 0, 0, tzinfo=dt.UTC)
    names = []
    for _ in range(3):
        with clock.pinned(at):
            target = dbtools.pre_restore_name(tmp_path)
        target.write_bytes(b"x")
        names.append(target.name)
    assert names == [
        "executrek-before-restore-20261125T090000Z.sqlite",
        "executrek-before-restore-20261125T090000Z-2.sqlite",
        "executrek-before-restore-20261125T090000Z-3.sqlite",
    ]


def test_newer_schema_backup_leaves_the_live_file_byte_identical(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    future = tmp_path / "from-a-newer-app.sqlite"
    migrate.backup(data / DB_FILENAME, future)
    conn = sqlite3.connect(future)
    conn.execute("UPDATE alembic_version SET version_num = '0099_from_the_future'")
    conn.commit()
    conn.close()
    before = digest(data / DB_FILENAME)
    backups_before = listing(data / "backups")

    code, out, err = run(capsys, "db", "restore", str(future), "--data-dir", str(data))

    assert (code, out) == (1, "")
    assert err.startswith("executrek: ")
    assert err.count("\n") == 1
    assert "newer version of Executrek Field" in err
    assert "nothing was changed" in err
    assert digest(data / DB_FILENAME) == before
    assert listing(data / "backups") == backups_before
    assert stray_files(data) == []


def _damaged_copy(source: Path, target: Path) -> Path:
    migrate.backup(source, target)
    raw = bytearray(target.read_bytes())
    page = len(raw) // 4096 // 2
    raw[page * 4096 : (page + 1) * 4096] = bytes(range(256)) * 16
    target.write_bytes(bytes(raw))
    return target


def _without_schema_version(source: Path, target: Path) -> Path:
    migrate.backup(source, target)
    conn = sqlite3.connect(target)
    conn.execute("DELETE FROM alembic_version")
    conn.commit()
    conn.close()
    return target


def _foreign(_source: Path, target: Path) -> Path:
    conn = sqlite3.connect(target)
    conn.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY)")
    conn.commit()
    conn.close()
    return target


def _empty(_source: Path, target: Path) -> Path:
    target.write_bytes(b"")
    return target


@pytest.mark.parametrize(
    ("make", "says"),
    [
        (_damaged_copy, "it is damaged"),
        (_without_schema_version, "not an Executrek database, or it is damaged"),
        (_foreign, "it is not an Executrek database"),
        (_empty, "it is empty (0 bytes)"),
    ],
)
def test_a_bad_candidate_is_refused_before_anything_changes(
    data: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    make: object,
    says: str,
) -> None:
    assert callable(make)
    candidate = make(data / DB_FILENAME, tmp_path / "candidate.sqlite")
    before = digest(data / DB_FILENAME)
    code, _, err = run(capsys, "db", "restore", str(candidate), "--data-dir", str(data))
    assert code == 1
    assert err.count("\n") == 1
    assert says in err
    assert "nothing was changed" in err
    assert "alembic" not in err.lower()
    assert digest(data / DB_FILENAME) == before
    assert listing(data / "backups") == []
    assert stray_files(data) == []


def test_an_older_backup_is_brought_up_to_date_before_the_swap(data: Path, tmp_path: Path) -> None:
    old = tmp_path / "old.sqlite"
    migrate.upgrade(old, target="0001_initial")
    conn = sqlite3.connect(old)
    conn.execute(
        "INSERT INTO projects (id, code, name, currency, contract_value, contingency, status, "
        "created_at, updated_at, row_version, field_versions) VALUES ('p1', 'OLD', 'Old', "
        "'USD', 0, 0, 'active', '2026-01-01T00:00:00.000000Z', '2026-01-01T00:00:00.000000Z', "
        "0, '{}')"
    )
    conn.commit()
    conn.close()
    before = digest(old)
    made = dbtools.restore(old, data / DB_FILENAME, data / "backups")
    assert made is not None and made.exists()
    assert migrate.current_revision(data / DB_FILENAME) == migrate.head_revision()
    assert digest(old) == before  # the backup itself is never changed
    st = open_store(data)
    try:
        assert [p.code for p in projects.list_projects(st)] == ["OLD"]
    finally:
        st.close()


def test_a_damaged_live_database_is_kept_before_it_is_replaced(data: Path, tmp_path: Path) -> None:
    good = migrate.backup(data / DB_FILENAME, tmp_path / "good.sqlite")
    live = data / DB_FILENAME
    _damaged_copy(live, tmp_path / "damaged.sqlite").replace(live)
    damaged_bytes = live.read_bytes()
    made = dbtools.restore(good, live, data / "backups")
    assert made is not None
    assert made.read_bytes() == damaged_bytes  # copied page by page, damage and all
    assert live.read_bytes() != damaged_bytes
    assert dbtools.check(live).ok


def test_restore_is_refused_while_another_connection_has_the_database(
    data: Path, tmp_path: Path
) -> None:
    backup = migrate.backup(data / DB_FILENAME, tmp_path / "b.sqlite")
    add_items(data, ["Made while another program looked on"])
    holder = sqlite3.connect(data / DB_FILENAME, isolation_level=None)
    try:
        holder.execute("SELECT count(*) FROM projects").fetchone()
        with pytest.raises(StoreError, match="in use by another program"):
            dbtools.restore(backup, data / DB_FILENAME, data / "backups")
        assert "Made while another program looked on" in {
            r[0] for r in holder.execute("SELECT title FROM punch_items")
        }
    finally:
        holder.close()
    assert "Made while another program looked on" in titles_in(data / DB_FILENAME)
    assert stray_files(data) == []


HOLD_LOCK = """
import sys
from executrek.app.instance_lock import InstanceLock
lock = InstanceLock(__import__("pathlib").Path(sys.argv[1]))
assert lock.acquire()
print("held", flush=True)
sys.stdin.readline()
lock.release()
"""


def test_restore_is_refused_while_the_app_has_the_folder_open(data: Path, tmp_path: Path) -> None:
    backup = migrate.backup(data / DB_FILENAME, tmp_path / "b.sqlite")
    before = digest(data / DB_FILENAME)
    app = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(data)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert app.stdout is not None and app.stdout.readline().strip() == "held"
        with pytest.raises(StoreError, match="Executrek Field is open on the data folder"):
            dbtools.restore(backup, data / DB_FILENAME, data / "backups")
    finally:
        app.communicate("\n", timeout=30)
    assert digest(data / DB_FILENAME) == before
    assert listing(data / "backups") == []
    dbtools.restore(backup, data / DB_FILENAME, data / "backups")  # closed: it goes ahead


def _copy_named(folder: Path, stamp: str) -> Path:
    path = folder / f"executrek-before-restore-{stamp}.sqlite"
    path.write_bytes(b"old")
    return path


def test_pruning_keeps_the_newest_and_anything_young(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    ages = [1, 2, 3, 40, 50, 60, 70]  # days before now
    now = dt.datetime(2026, 11, 25, 9, 0, tzinfo=dt.UTC)
    copies = {
        age: _copy_named(folder, (now - dt.timedelta(days=age)).strftime("%Y%m%dT%H%M%SZ"))
        for age in ages
    }
    legacy = folder / "executrek-before-restore.sqlite"
    legacy.write_bytes(b"the old fixed name")
    migration = folder / "executrek-20200101T000000Z-before-0006_health_indexes.sqlite"
    migration.write_bytes(b"taken before a migration")
    with clock.pinned(now):
        gone = dbtools.prune_pre_restore(folder, keep=4, keep_days=30)
    assert sorted(gone) == sorted([copies[50], copies[60], copies[70]])
    assert {p.name for p in folder.iterdir()} == {
        *(copies[a].name for a in (1, 2, 3, 40)),
        legacy.name,
        migration.name,
    }
    with clock.pinned(now):
        dbtools.prune_pre_restore(folder, keep=1, keep_days=5)
    assert {p.name for p in folder.iterdir()} == {
        copies[1].name,
        copies[2].name,
        copies[3].name,
        legacy.name,
        migration.name,
    }


def test_restore_prunes_by_the_users_settings(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    backups = data / "backups"
    backups.mkdir(exist_ok=True)
    old = [_copy_named(backups, f"2020010{n}T000000Z") for n in range(1, 4)]
    (data / "settings.json").write_text(
        json.dumps({"backups": {"keep_before_restore": 2, "keep_days": 30}})
    )
    backup = migrate.backup(data / DB_FILENAME, tmp_path / "b.sqlite")
    code, out, _ = run(capsys, "db", "restore", str(backup), "--data-dir", str(data))
    assert code == 0
    newest = Path(out.strip().rsplit(" is in ", 1)[1])
    assert {p.name for p in backups.iterdir()} == {newest.name, old[2].name}
