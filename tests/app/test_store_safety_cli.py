"""The command line on a damaged, empty, foreign or read-only store: writing commands
are refused with one line saying what happened and what to do, the file is not written,
``db backup`` leaves nothing behind, and reading commands keep working where they can."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from PIL import Image

from executrek.app import logging_setup
from executrek.app.cli import main
from executrek.models.migrate import open_store
from executrek.models.records.punch import service as punch
from executrek.models.services import projects
from executrek.models.store import DB_FILENAME

EXE = Path(sys.executable).with_name("executrek")


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def console(*args: str) -> subprocess.CompletedProcess[str]:
    """The real console script."""
    return subprocess.run([str(EXE), *args], capture_output=True, text=True, check=False)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def make_store(folder: Path, items: int) -> None:
    st = open_store(folder)
    try:
        projects.ensure_user(st, "rep", "Rep")
        project = projects.create_project(
            st,
            projects.NewProject(
                code="HOSP",
                name="Hospital East Wing",
                owner_name="County Health Trust",
                contract_value=Decimal("48500000.00"),
                contingency=Decimal("2425000.00"),
                baseline_start=dt.date(2026, 1, 5),
                baseline_finish=dt.date(2027, 6, 30),
            ),
        ).value
        punch.bulk_create_punch_items(
            st, project.id, (punch.NewPunchItem(title=f"Snag {n}") for n in range(items))
        )
    finally:
        st.close()


def overwrite_middle(db: Path) -> None:
    """4 KB of garbage over the page in the middle of the file."""
    size = db.stat().st_size
    offset = size // 2 // 4096 * 4096
    with db.open("r+b") as fh:
        fh.seek(offset)
        fh.write(bytes(range(256)) * 16)


def last_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert lines, "nothing on stderr"
    return lines[-1]


@pytest.fixture
def damaged(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    make_store(folder, 3000)
    overwrite_middle(folder / DB_FILENAME)
    conn = sqlite3.connect(f"file:{folder / DB_FILENAME}?mode=ro", uri=True)
    try:  # the premise: SQLite itself sees the damage
        found = [str(r[0]) for r in conn.execute("PRAGMA quick_check").fetchall()]
    except sqlite3.DatabaseError as exc:
        found = [str(exc)]
    finally:
        conn.close()
    assert found != ["ok"]
    return folder


def test_writing_commands_refuse_a_damaged_database(
    damaged: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = damaged / DB_FILENAME
    before = digest(db)
    sheet = tmp_path / "punch.csv"
    sheet.write_text("title\nCracked tile\n", encoding="utf-8")
    photo = tmp_path / "card" / "a.jpg"
    photo.parent.mkdir()
    Image.new("RGB", (60, 40), (255, 0, 0)).save(photo, "JPEG")
    d = ("--data-dir", str(damaged))

    attempts = {
        "import": ("import", "punch", str(sheet), "--project", "HOSP", *d),
        "photos": ("photos", "import", "--project", "HOSP", str(photo.parent), *d),
        "report": ("report", "status", "--project", "HOSP", "-o", str(tmp_path / "s.pdf"), *d),
    }
    for name, args in attempts.items():
        code, _, err = run(capsys, *args)
        line = last_line(err)
        assert code == 1, name
        assert line.startswith("executrek: The project database"), name
        assert "is damaged; nothing more will be saved to it" in line, name
        assert "'executrek db check'" in line, name
        assert "'executrek db restore FILE'" in line, name
        assert "Traceback" not in err and "malformed" not in err, name
    assert not (tmp_path / "s.pdf").exists(), "refused before the PDF was written"
    assert digest(db) == before

    code, out, err = run(capsys, "db", "check", *d)
    assert code == 1
    assert "damaged" in out + err
    assert digest(db) == before


def test_reading_commands_still_work_with_a_warning(
    damaged: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "projects", "--data-dir", str(damaged))
    assert code == 0
    assert out.split()[0] == "HOSP"
    assert "is damaged" in err
    assert err.count("\n") == 1


def test_backup_of_a_damaged_database_is_refused_and_leaves_no_part(
    damaged: Path, tmp_path: Path
) -> None:
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    result = console("db", "backup", str(out_dir / "copy.sqlite"), "--data-dir", str(damaged))
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith("executrek: No backup was made: the database ")
    assert "'executrek db restore FILE'" in result.stderr
    assert list(out_dir.iterdir()) == []


def test_backup_of_a_file_that_is_not_a_database_leaves_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / DB_FILENAME).write_bytes(b"SQLite format 3\x00" + b"\x07" * 8000)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    code, _, err = run(capsys, "db", "backup", str(out_dir / "c.sqlite"), "--data-dir", str(data))
    assert code == 1
    assert err.startswith("executrek: No backup was made")
    assert "internal error" not in err
    assert list(out_dir.iterdir()) == []


def test_a_zero_byte_database_is_refused_not_replaced(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / DB_FILENAME).write_bytes(b"")
    for args in (("projects",), ("db", "check"), ("db", "backup", str(tmp_path / "c.sqlite"))):
        code, out, err = run(capsys, *args, "--data-dir", str(data))
        assert (code, out) == (1, ""), args
        assert err.count("\n") == 1, args
        assert "is empty (0 bytes)" in err, args
        assert "'executrek db restore FILE'" in err, args
        assert "move the empty file away" in err, args
        assert (data / DB_FILENAME).stat().st_size == 0
    assert not (tmp_path / "c.sqlite").exists()


def test_an_empty_schema_version_table_is_a_clear_line(tmp_path: Path) -> None:
    data = tmp_path / "data"
    make_store(data, 10)
    conn = sqlite3.connect(data / DB_FILENAME)
    conn.execute("DELETE FROM alembic_version")
    conn.commit()
    conn.close()
    before = digest(data / DB_FILENAME)
    result = console("projects", "--data-dir", str(data))
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1
    assert "is not an Executrek database, or it is damaged" in result.stderr
    assert "alembic" not in result.stderr.lower()
    assert "internal error" not in result.stderr
    assert digest(data / DB_FILENAME) == before


@pytest.fixture
def read_only_root(tmp_path: Path) -> Iterator[tuple[Path, Callable[[], None]]]:
    """A folder and a function that makes it read-only: a tmpfs remounted read-only when
    running as root (root writes through any chmod), plain permissions otherwise."""
    root = tmp_path / "mnt"
    root.mkdir()
    if os.geteuid() != 0:

        def chmod_read_only() -> None:
            for path in sorted(root.rglob("*"), reverse=True):
                path.chmod(0o555 if path.is_dir() else 0o444)
            root.chmod(0o555)

        try:
            yield root, chmod_read_only
        finally:
            for path in [root, *root.rglob("*")]:
                path.chmod(0o755 if path.is_dir() else 0o644)
        return
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=32m", "tmpfs", str(root)],
        capture_output=True,
        text=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip(f"running as root and cannot mount a tmpfs: {mounted.stderr.strip()}")

    def remount_read_only() -> None:
        subprocess.run(["mount", "-o", "remount,ro", str(root)], check=True, capture_output=True)

    try:
        yield root, remount_read_only
    finally:
        if subprocess.run(["umount", str(root)], check=False).returncode != 0:
            subprocess.run(["umount", "-l", str(root)], check=False)


def test_reading_commands_work_in_a_read_only_data_folder(
    read_only_root: tuple[Path, Callable[[], None]],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    root, make_read_only = read_only_root
    data = root / "data"
    make_store(data, 10)
    assert run(capsys, "projects", "--data-dir", str(data))[0] == 0  # logs/ and the rest made
    logging_setup.shutdown()  # the open log file would keep the mount writable
    make_read_only()
    assert not os.access(data, os.W_OK)
    d = ("--data-dir", str(data))

    code, out, err = run(capsys, "projects", *d)
    assert code == 0
    assert out.split()[0] == "HOSP"
    assert err.count("\n") == 1
    assert "the log cannot be written" in err

    code, out, _ = run(capsys, "db", "check", *d)
    assert code == 0
    assert "integrity ok" in out

    sheet = tmp_path / "out.csv"
    code, out, _ = run(capsys, "export", "punch", "--project", "HOSP", "-o", str(sheet), *d)
    assert code == 0
    assert sheet.read_text(encoding="utf-8-sig").count("Snag") == 10

    source = tmp_path / "in.csv"
    source.write_text("title\nCracked tile\n", encoding="utf-8")
    code, _, err = run(capsys, "import", "punch", str(source), "--project", "HOSP", *d)
    assert code == 1
    assert last_line(err).startswith("executrek: The data folder ")
    assert "is read-only, so nothing can be saved" in err
    assert "Traceback" not in err
