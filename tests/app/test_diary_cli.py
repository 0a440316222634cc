"""``executrek diary show|verify`` and ``executrek export diary``: what they print, their
exit codes, and one clear line for bad input."""

from __future__ import annotations

import csv
import datetime as dt
import sqlite3
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook

from executrek.app.cli import main
from executrek.models.migrate import open_store
from executrek.models.services import projects

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "models"))
from diary_data import full_day, site

pytestmark = pytest.mark.dates


@pytest.fixture
def data(tmp_path: Path, clock: dt.date) -> Path:
    folder = tmp_path / "data"
    store = open_store(folder)
    try:
        projects.ensure_user(store, "rep", "Zoë Ødegård")
        project = projects.create_project(
            store, projects.NewProject(code="HOSP", name="Hospital", owner_name="Trust")
        ).value
        where = site(store, project.id)
        full_day(store, where, clock - dt.timedelta(days=3))
        full_day(store, where, clock - dt.timedelta(days=2))
        full_day(store, where, clock - dt.timedelta(days=1), close=False)
    finally:
        store.close()
    return folder


def run(capsys: pytest.CaptureFixture[str], data: Path, *args: str) -> tuple[int, str, str]:
    code = main([*args, "--data-dir", str(data)])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_show_prints_the_day(capsys: pytest.CaptureFixture[str], data: Path) -> None:
    code, out, _ = run(capsys, data, "diary", "show", "--project", "hosp", "--date", "2026-11-22")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "DIA-001 · Site diary 2026-11-22"
    assert lines[1] == "2026-11-22 — Zoë Ødegård — closed"
    assert lines[2].startswith("Signed by Zoë Ødegård at ")
    assert lines[3] == (
        "Weather: rain / overcast, -2…7 °C, 4.5 mm, wind strong, ground muddy; "
        "weather stopped work 1.5 h"
    )
    assert "Manpower (20 people, 160.0 h):" in lines
    assert "  Nordstål Steel — Steel: 14, 112.0 h" in lines
    assert "  10:20–12:00 weather, neutral: High wind: crane stood down [Nordstål Steel]" in lines
    assert "  Level 3: Slab pour, bays 1–4" in lines
    assert lines[-1].startswith("Previous hash: —")


def test_show_refuses_a_day_without_a_diary(capsys: pytest.CaptureFixture[str], data: Path) -> None:
    code, out, err = run(capsys, data, "diary", "show", "--project", "HOSP", "--date", "2026-11-01")
    assert code == 1 and out == ""
    assert err.strip() == "executrek: HOSP has no diary day for 2026-11-01."
    with pytest.raises(SystemExit) as exited:
        run(capsys, data, "diary", "show", "--project", "HOSP", "--date", "01/11/2026")
    assert exited.value.code == 2
    assert "is not a date like 2026-11-24" in capsys.readouterr().err
    code, _, err = run(
        capsys,
        data,
        "diary",
        "show",
        "--project",
        "HOSP",
        "--date",
        "2026-11-22",
        "--author",
        "nobody",
    )
    assert code == 1 and "There is no user nobody." in err


def test_verify_names_the_first_bad_day(capsys: pytest.CaptureFixture[str], data: Path) -> None:
    code, out, _ = run(capsys, data, "diary", "verify", "--project", "HOSP")
    assert (code, out) == (0, "2 closed diary day(s) of HOSP in 1 chain(s) check out.\n")
    con = sqlite3.connect(data / "executrek.sqlite")
    with con:
        con.execute(
            "UPDATE diary_manpower SET headcount = 2 WHERE day_id = "
            "(SELECT id FROM diary_days WHERE number = 1)"
        )
    con.close()
    code, out, _ = run(capsys, data, "diary", "verify", "--project", "HOSP")
    assert code == 1
    assert out.splitlines()[0] == (
        "DIA-001 (2026-11-22) was changed after it was closed: its content no longer "
        "matches its hash."
    )


def test_export_diary_as_csv_files_and_a_workbook(
    capsys: pytest.CaptureFixture[str], data: Path, tmp_path: Path
) -> None:
    target = tmp_path / "diary.csv"
    code, out, _ = run(
        capsys,
        data,
        "export",
        "diary",
        "--project",
        "HOSP",
        "--from",
        "2026-11-23",
        "--to",
        "2026-11-24",
        "-o",
        str(target),
    )
    assert code == 0 and out.splitlines()[0].startswith("2 record(s) written to")
    with target.open(encoding="utf-8-sig", newline="") as handle:
        days = list(csv.DictReader(handle))
    assert [(d["Number"], d["Status"]) for d in days] == [
        ("DIA-002", "Closed"),
        ("DIA-003", "Open"),
    ]
    with (tmp_path / "diary-manpower.csv").open(encoding="utf-8-sig", newline="") as handle:
        assert len(list(csv.DictReader(handle))) == 4
    with (tmp_path / "diary-delays.csv").open(encoding="utf-8-sig", newline="") as handle:
        delays = list(csv.DictReader(handle))
    assert delays[0]["Cause"] == "Weather" and delays[0]["Hours"] == "1.7"
    book = tmp_path / "diary.xlsx"
    code, _, _ = run(capsys, data, "export", "diary", "--project", "HOSP", "-o", str(book))
    assert code == 0
    sheets = load_workbook(book)
    assert sheets.sheetnames == ["Diary days", "Manpower", "Delays"]
    assert sheets["Diary days"].max_row == 4


def test_export_diary_takes_dates_only(
    capsys: pytest.CaptureFixture[str], data: Path, tmp_path: Path
) -> None:
    code, _, err = run(
        capsys,
        data,
        "export",
        "diary",
        "--project",
        "HOSP",
        "--status",
        "open",
        "-o",
        str(tmp_path / "x.csv"),
    )
    assert code == 1 and "narrowed by date only" in err
    code, _, err = run(
        capsys,
        data,
        "export",
        "diary",
        "--project",
        "HOSP",
        "--from",
        "2026-11-24",
        "--to",
        "2026-11-20",
        "-o",
        str(tmp_path / "x.csv"),
    )
    assert code == 1 and "--from 2026-11-24 is after --to 2026-11-20." in err
