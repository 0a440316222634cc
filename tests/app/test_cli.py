"""The command line: real data folders, real exit codes, one-line errors."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from executrek.app.cli import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_demo_then_projects(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = str(tmp_path / "d")
    code, out, _ = run(capsys, "demo", "--data-dir", data)
    assert code == 0
    assert "HOSP-EW" in out
    code, out, _ = run(capsys, "projects", "--data-dir", data)
    assert code == 0
    assert [line.split()[0] for line in out.strip().splitlines()] == [
        "HOSP-EW",
        "OFC-HP",
        "SCH-LHS",
    ]
    code, _, err = run(capsys, "demo", "--data-dir", data)
    assert code == 1
    assert "already" in err
    assert "Traceback" not in err


def test_demo_is_deterministic(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    counts = []
    for name in ("a", "b"):
        assert run(capsys, "demo", "--data-dir", str(tmp_path / name), "--seed", "11")[0] == 0
        conn = sqlite3.connect(tmp_path / name / "executrek.sqlite")
        counts.append(
            [
                conn.execute(f"SELECT count(*), group_concat(title, '|') FROM {t}").fetchone()
                for t in (
                    "punch_items",
                    "change_orders",
                    "contractor_issues",
                    "risks",
                    "budget_lines",
                    "commitments",
                    "pay_applications",
                )
            ]
        )
        conn.close()
    assert counts[0] == counts[1]


def test_projects_on_an_empty_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "projects", "--data-dir", str(tmp_path / "e"))
    assert code == 0
    assert "No projects yet" in out


def test_db_check_backup_restore(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = str(tmp_path / "d")
    run(capsys, "demo", "--data-dir", data)
    code, out, _ = run(capsys, "db", "check", "--data-dir", data)
    assert code == 0
    assert "integrity ok" in out
    assert "0 broken" in out
    backup = tmp_path / "copy.sqlite"
    assert run(capsys, "db", "backup", str(backup), "--data-dir", data)[0] == 0
    conn = sqlite3.connect(Path(data) / "executrek.sqlite")
    conn.execute("UPDATE punch_items SET title = 'changed after backup'")
    conn.commit()
    conn.close()
    code, out, _ = run(capsys, "db", "restore", str(backup), "--data-dir", data)
    assert code == 0
    assert "previous database" in out
    conn = sqlite3.connect(Path(data) / "executrek.sqlite")
    assert (
        conn.execute(
            "SELECT count(*) FROM punch_items WHERE title = 'changed after backup'"
        ).fetchone()[0]
        == 0
    )
    conn.close()


def test_restore_refuses_garbage_and_leaves_the_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "d"
    run(capsys, "demo", "--data-dir", str(data))
    before = (data / "executrek.sqlite").read_bytes()
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"not a database at all" * 50)
    code, _, err = run(capsys, "db", "restore", str(junk), "--data-dir", str(data))
    assert code == 1
    assert err.startswith("executrek: ")
    assert err.count("\n") == 1
    assert (data / "executrek.sqlite").read_bytes() == before


def test_corrupt_database_is_one_line_and_untouched(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "d"
    data.mkdir()
    (data / "executrek.sqlite").write_bytes(b"\x00garbage" * 512)
    code, _, err = run(capsys, "projects", "--data-dir", str(data))
    assert code == 1
    assert "not an Executrek database" in err
    assert err.count("\n") == 1
    assert (data / "executrek.sqlite").read_bytes() == b"\x00garbage" * 512


def test_console_script_version_and_usage_errors(tmp_path: Path) -> None:
    exe = Path(sys.executable).with_name("executrek")
    out = subprocess.run([str(exe), "--version"], capture_output=True, text=True, check=False)
    assert out.returncode == 0
    assert out.stdout.startswith("Executrek Field ")
    bad = subprocess.run([str(exe), "frobnicate"], capture_output=True, text=True, check=False)
    assert bad.returncode == 2
    assert "invalid choice" in bad.stderr


def test_bug_goes_to_the_crash_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def boom(*_a: object, **_k: object) -> None:
        raise ZeroDivisionError("simulated bug")

    monkeypatch.setattr("executrek.models.services.projects.list_projects", boom)
    data = tmp_path / "d"
    code, _, err = run(capsys, "projects", "--data-dir", str(data))
    assert code == 1
    assert "internal error" in err
    reports = list((data / "logs" / "crashes").glob("crash-*.txt"))
    assert len(reports) == 1
    text = reports[0].read_text()
    assert "ZeroDivisionError: simulated bug" in text
    assert "recent log lines" in text


def test_options_before_or_after_the_action(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = str(tmp_path / "d")
    run(capsys, "demo", "--data-dir", data)
    assert run(capsys, "db", "--data-dir", data, "check")[0] == 0
    assert run(capsys, "--data-dir", data, "db", "check")[0] == 0
