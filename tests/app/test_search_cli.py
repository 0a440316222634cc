"""``executrek search`` through the installed console script, on the demo portfolio."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from executrek.app.cli import main

EXE = Path(sys.executable).with_name("executrek")


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data = tmp_path_factory.mktemp("search") / "data"
    assert main(["demo", "--data-dir", str(data)]) == 0
    return data


def search(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(EXE), "search", "--data-dir", str(data), *args],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )


def query(data: Path, sql: str, *params: str) -> list[tuple[object, ...]]:
    con = sqlite3.connect(data / "executrek.sqlite")
    try:
        return con.execute(sql, params).fetchall()
    finally:
        con.close()


def test_a_number_prints_that_record(demo_dir: Path) -> None:
    ((title, status, path),) = query(
        demo_dir,
        "SELECT i.title, i.status, l.path FROM punch_items i JOIN projects p ON p.id = "
        "i.project_id LEFT JOIN locations l ON l.id = i.location_id "
        "WHERE p.code = 'HOSP-EW' AND i.number = 42",
    )
    for typed in ("PI-0042", "pi-42"):
        out = search(demo_dir, "--project", "hosp-ew", typed)
        assert out.returncode == 0, out.stderr
        lines = out.stdout.splitlines()
        assert lines[0] == "Punch items: 1"
        assert lines[1].split()[0] == "PI-0042"
        assert str(title) in lines[1]
        assert str(status).replace("_", " ") in lines[1]
        assert lines[1].endswith(str(path))


def test_a_contractor_lists_its_items_grouped_with_totals(demo_dir: Path) -> None:
    ((total,),) = query(
        demo_dir,
        "SELECT count(*) FROM punch_items i JOIN organisations o ON o.id = i.contractor_id "
        "JOIN projects p ON p.id = i.project_id "
        "WHERE p.code = 'HOSP-EW' AND o.name = 'Nordic Mechanical' AND i.deleted_at IS NULL",
    )
    assert int(str(total)) > 5
    out = search(demo_dir, "--project", "HOSP-EW", "--limit", "5", "Nordic", "Mechanical")
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert lines[0] == f"Punch items: 5 of {total:,}"
    numbers = [line.split()[0] for line in lines[1:6]]
    assert all(n.startswith("PI-") for n in numbers)
    shown = query(
        demo_dir,
        "SELECT o.name FROM punch_items i JOIN organisations o ON o.id = i.contractor_id "
        "JOIN projects p ON p.id = i.project_id WHERE p.code = 'HOSP-EW' AND i.number IN "
        f"({', '.join(n[3:].lstrip('0') for n in numbers)})",
    )
    assert {name for (name,) in shown} == {"Nordic Mechanical"}


def test_kind_filter_and_every_project(demo_dir: Path) -> None:
    out = search(demo_dir, "--kind", "issue", "RFI-1")
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert lines[0] == "Contractor issues: 3"
    assert sorted(line.split()[0] for line in lines[1:]) == ["HOSP-EW", "OFC-HP", "SCH-LHS"]
    assert all(line.split()[1] == "RFI-001" for line in lines[1:])
    only_risks = search(demo_dir, "--project", "HOSP-EW", "--kind", "risk", "switchgear")
    assert only_risks.stdout.splitlines()[0].startswith("Risks: ")


def test_nothing_found_is_not_an_error(demo_dir: Path) -> None:
    out = search(demo_dir, "--project", "HOSP-EW", "qwertyuiop")
    assert (out.returncode, out.stdout, out.stderr) == (0, "Nothing found for “qwertyuiop”.\n", "")


def test_refusals_are_one_line(demo_dir: Path) -> None:
    unknown = search(demo_dir, "--project", "NOPE", "door")
    assert (unknown.returncode, unknown.stdout) == (1, "")
    assert unknown.stderr == "executrek: There is no project NOPE.\n"
    empty = search(demo_dir, "?!")
    assert empty.returncode == 2
    assert empty.stderr.count("\n") == 1 and "PI-0042" in empty.stderr
