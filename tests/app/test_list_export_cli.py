"""``executrek export KIND`` for the module lists: exit codes, filter flags, and one clear
line on stderr for every kind of bad input."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest
from list_export_data import CYRILLIC, GREEK, POLISH, build
from openpyxl import load_workbook

from executrek.app.cli import main
from executrek.models.migrate import open_store


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data = tmp_path_factory.mktemp("cli") / "data"
    store = open_store(data)
    try:
        build(store)
    finally:
        store.close()
    return data


@pytest.fixture
def data(tmp_path: Path, template: Path) -> Path:
    copy = tmp_path / "data"
    shutil.copytree(template, copy)
    return copy


def run(capsys: pytest.CaptureFixture[str], data: Path, *args: str) -> tuple[int, str, str]:
    code = main(["export", *args, "--data-dir", str(data)])
    out = capsys.readouterr()
    return code, out.out, out.err


def rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.mark.parametrize(
    ("kind", "count", "child"),
    [
        ("punch", 5, None),
        ("inspections", 2, "responses"),
        ("change-orders", 2, "lines"),
        ("issues", 2, "thread"),
        ("risks", 3, None),
    ],
)
def test_every_kind_exports_as_csv_and_xlsx(
    capsys: pytest.CaptureFixture[str],
    data: Path,
    tmp_path: Path,
    kind: str,
    count: int,
    child: str | None,
) -> None:
    out = tmp_path / f"{kind}.csv"
    code, text, err = run(capsys, data, kind, "--project", "lxp", "-o", str(out))
    assert (code, err) == (0, ""), err
    assert f"{count} record(s) written to {out} (CSV)." in text  # the full path
    assert len(rows(out)) == count
    if child:
        assert (tmp_path / f"{kind}-{child}.csv").is_file()
        assert str(tmp_path / f"{kind}-{child}.csv") in text
    book = tmp_path / f"{kind}.xlsx"
    code, text, err = run(
        capsys, data, kind, "--project", "LXP", "--format", "xlsx", "-o", str(book)
    )
    assert (code, err) == (0, ""), err
    assert load_workbook(book).worksheets[0].max_row == count + 1


def test_filter_flags_narrow_the_export(
    capsys: pytest.CaptureFixture[str], data: Path, tmp_path: Path
) -> None:
    out = tmp_path / "x.csv"
    args = ("--project", "LXP", "-o", str(out))
    assert run(capsys, data, "punch", "--status", "open", "--contractor", POLISH, *args)[0] == 0
    assert [r["Title"] for r in rows(out)] == ["'-5 mm out of level"]
    assert run(capsys, data, "punch", "--from", "2026-03-05", "--to", "2026-03-20", *args)[0] == 0
    assert len(rows(out)) == 2
    assert run(capsys, data, "punch", "--status", "open,closed", *args)[0] == 0
    assert len(rows(out)) == 5
    assert run(capsys, data, "change-orders", "--contractor", CYRILLIC.upper(), *args)[0] == 0
    assert [r["Contractor"] for r in rows(out)] == [CYRILLIC]
    assert run(capsys, data, "issues", "--status", "closed", *args)[0] == 0
    assert [r["Title"] for r in rows(out)] == ["Brudne okna"]
    assert rows(tmp_path / "x-thread.csv") == []
    assert run(capsys, data, "inspections", "--contractor", GREEK, *args)[0] == 0
    assert [r["Contractor"] for r in rows(out)] == [GREEK]
    assert run(capsys, data, "inspections", "--status", "in_progress", *args)[0] == 0
    assert [r["Status"] for r in rows(out)] == ["In progress"]
    assert len(rows(tmp_path / "x-responses.csv")) == 3
    assert run(capsys, data, "inspections", "--from", "2026-03-03", *args)[0] == 0
    assert [r["Date"] for r in rows(out)] == ["2026-03-09"]
    assert run(capsys, data, "risks", "--status", "mitigating", *args)[0] == 0
    assert rows(out) == []


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("issues", "--project", "NOPE"), "There is no project NOPE."),
        (
            ("risks", "--project", "LXP", "--format", "procore"),
            "risks cannot be exported as procore",
        ),
        (
            ("issues", "--project", "LXP", "--format", "bcf30"),
            "issues cannot be exported as bcf30; use csv or xlsx",
        ),
        (("bcf", "--project", "LXP", "--format", "csv"), "csv does not fit a bcf export"),
        (("bcf", "--project", "LXP", "--status", "open"), "A BCF export takes no filters"),
        (("issues", "--project", "LXP", "--status", "bogus"), "“bogus” is not a status of issues"),
        (("issues", "--project", "LXP", "--contractor", "Nobody"), "no contractor “Nobody”"),
        (("risks", "--project", "LXP", "--contractor", POLISH), "Risks are filtered by status"),
        (
            ("inspections", "--project", "LXP", "--status", "draft,completed"),
            "one status at a time",
        ),
        (
            ("punch", "--project", "LXP", "--from", "2026-05-01", "--to", "2026-04-01"),
            "--from 2026-05-01 is after --to 2026-04-01",
        ),
    ],
)
def test_bad_input_is_one_clear_line_and_writes_nothing(
    capsys: pytest.CaptureFixture[str],
    data: Path,
    tmp_path: Path,
    args: tuple[str, ...],
    message: str,
) -> None:
    out = tmp_path / "out" / "x.csv"
    out.parent.mkdir()
    code, text, err = run(capsys, data, *args, "-o", str(out))
    assert code == 1
    assert text == ""
    assert message in err and err.startswith("executrek: ") and err.count("\n") == 1
    assert list(out.parent.iterdir()) == []


def test_unwritable_output_and_missing_folder(
    capsys: pytest.CaptureFixture[str], data: Path, tmp_path: Path
) -> None:
    taken = tmp_path / "taken.xlsx"
    taken.mkdir()
    code, _, err = run(capsys, data, "risks", "--project", "LXP", "-o", str(taken))
    assert code == 1 and "“taken.xlsx” cannot be written" in err
    assert list(taken.iterdir()) == [] and sorted(p.name for p in tmp_path.iterdir()) == [
        "data",
        "taken.xlsx",
    ]
    code, _, err = run(
        capsys, data, "risks", "--project", "LXP", "-o", str(tmp_path / "no" / "x.csv")
    )
    assert code == 1 and "No such folder" in err
    with pytest.raises(SystemExit) as stopped:
        run(capsys, data, "risks", "--project", "LXP", "--from", "31/03", "-o", "x.csv")
    assert stopped.value.code == 2
    assert "'31/03' is not a date like 2026-03-31" in capsys.readouterr().err
