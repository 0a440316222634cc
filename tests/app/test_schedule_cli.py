"""``executrek import schedule``, ``executrek schedule updates|check|compare|lookahead``
and ``executrek export schedule``: what they print, exit codes, one line for bad input."""

from __future__ import annotations

import csv
import datetime as dt
import sys
from pathlib import Path

import pytest

from executrek.app.cli import main
from executrek.app.interop.schedule_xer_write import write_xer
from executrek.models.migrate import open_store
from executrek.models.services import projects

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "models"))
from schedule_data import START, chain, wd


@pytest.fixture
def data(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    store = open_store(folder)
    try:
        projects.ensure_user(store, "rep", "Rep")
        projects.create_project(
            store, projects.NewProject(code="HOSP", name="Hospital", owner_name="Trust")
        )
    finally:
        store.close()
    return folder


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path]:
    base = write_xer(chain([5, 10, 5]), tmp_path / "baseline.xer")
    later = chain([5, 14, 5], data_date=wd(START, 7), done=1)
    return base, write_xer(later, tmp_path / "update-01.xer")


def run(capsys: pytest.CaptureFixture[str], data: Path, *args: str) -> tuple[int, str, str]:
    code = main([*args, "--data-dir", str(data)])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_import_then_review_in_text(
    capsys: pytest.CaptureFixture[str], data: Path, files: tuple[Path, Path]
) -> None:
    base, later = files
    code, out, _ = run(capsys, data, "import", "schedule", "--project", "HOSP", str(base))
    assert code == 0
    assert out.strip() == (
        "SU-001 imported from baseline.xer as the baseline: 5 activities, 4 relationships, "
        "2 milestones, 1 calendars; data date 2026-01-05."
    )
    code, out, _ = run(
        capsys,
        data,
        "import",
        "schedule",
        "--project",
        "HOSP",
        str(later),
        "--data-date",
        "2026-01-14",
    )
    assert code == 0 and out.startswith("SU-002 imported from update-01.xer: 5 activities")
    assert "data date 2026-01-14" in out
    code, out, _ = run(capsys, data, "schedule", "updates", "--project", "HOSP")
    lines = out.splitlines()
    assert lines[0].startswith("SU-001  2026-01-05  submitted  baseline")
    assert lines[1].startswith("SU-002  2026-01-14  submitted ")
    assert "Forecast from SU-002 (data date 2026-01-14)" in out
    assert "Completion is forecast 4 days late." in out
    code, out, _ = run(capsys, data, "schedule", "check", "--project", "HOSP", "--update", "1")
    assert code == 0
    assert out.startswith("Quality check of SU-001 (data date 2026-01-05):")
    assert " 7. Negative float" in out and "12. Critical path test" in out
    code, out, _ = run(capsys, data, "schedule", "compare", "--project", "HOSP")
    assert "SU-002 (data date 2026-01-14) against SU-001" in out
    assert "Durations changed: 1\n  A2 Task 2: 10.00 → 14.00" in out
    code, out, _ = run(capsys, data, "schedule", "lookahead", "--project", "HOSP")
    assert out.startswith("Look-ahead from 2026-01-14 for 21 days: 2 activities.")


def test_export_writes_the_activities_and_their_links(
    capsys: pytest.CaptureFixture[str], data: Path, files: tuple[Path, Path], tmp_path: Path
) -> None:
    run(capsys, data, "import", "schedule", "--project", "HOSP", str(files[0]))
    target = tmp_path / "acts.csv"
    code, out, _ = run(capsys, data, "export", "schedule", "--project", "HOSP", "-o", str(target))
    assert code == 0 and out.startswith("5 record(s) written to")
    with target.open(encoding="utf-8-sig") as fh:
        rows = list(csv.DictReader(fh))
    assert [r["Activity"] for r in rows] == [
        "M0",
        "M9",
        "A1",
        "A2",
        "A3",
    ]  # WBS (none first), then start
    assert rows[3]["Original duration"] == "10"
    links = (tmp_path / "acts-links.csv").read_text(encoding="utf-8-sig").splitlines()
    assert links[:2] == ["Predecessor,Successor,Type,Lag", "A1,A2,FS,0"]


def test_bad_input_is_one_line(
    capsys: pytest.CaptureFixture[str], data: Path, files: tuple[Path, Path], tmp_path: Path
) -> None:
    mpp = tmp_path / "plan.mpp"
    mpp.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512))
    code, _, err = run(capsys, data, "import", "schedule", "--project", "HOSP", str(mpp))
    assert code == 1
    assert err.count("\n") == 1 and "save it as XML" in err
    code, _, err = run(capsys, data, "schedule", "check", "--project", "HOSP")
    assert code == 1 and "no schedule update yet" in err
    run(capsys, data, "import", "schedule", "--project", "HOSP", str(files[0]))
    code, _, err = run(capsys, data, "import", "schedule", "--project", "HOSP", str(files[0]))
    assert code == 1 and "imported already, as SU-001" in err
    code, _, err = run(capsys, data, "schedule", "compare", "--project", "HOSP")
    assert code == 1 and "no previous update" in err
    assert dt.date(2026, 1, 5) == START


def test_an_xer_of_several_projects_needs_xer_project(
    capsys: pytest.CaptureFixture[str], data: Path, tmp_path: Path
) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent / "interop"))
    from schedule_xer_data import several_projects

    xer = several_projects(tmp_path / "campus.xer")
    code, out, err = run(capsys, data, "import", "schedule", "--project", "HOSP", str(xer))
    assert code == 1 and out == ""
    assert err.count("\n") == 1
    assert err.strip() == (
        "executrek: “campus.xer” holds 2 projects: NORTH “North wing” (5 activities), "
        "SOUTH “SOUTH” (4 activities). Pick one with --xer-project SHORTNAME_OR_ID."
    )
    code, out, err = run(
        capsys, data, "import", "schedule", "--project", "HOSP", str(xer), "--xer-project", "EAST"
    )
    assert code == 1 and "holds no project EAST; its projects: NORTH" in err
    code, out, _ = run(
        capsys, data, "import", "schedule", "--project", "HOSP", str(xer), "--xer-project", "north"
    )
    assert code == 0
    assert out.strip() == (
        "SU-001 imported from campus.xer as the baseline: 5 activities, 4 relationships, "
        "2 milestones, 1 calendars; data date 2026-01-05. 2 relationships to activities of "
        "other projects in the file were left out."
    )
    code, _, err = run(
        capsys, data, "import", "punch", "--project", "HOSP", str(xer), "--xer-project", "1000"
    )
    assert code == 1 and "--xer-project is for a schedule import only." in err
