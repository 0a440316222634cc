"""``executrek report``: issue, list and regenerate from the command line; one clear
line and a non-zero exit code on bad input."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from reporting_fixtures import texts

from executrek.app.cli import main
from executrek.app.logging_setup import shutdown


@pytest.fixture
def data(demo_template: Path, tmp_path: Path) -> Iterator[Path]:
    target = tmp_path / "data"
    shutil.copytree(demo_template, target)
    yield target
    shutdown()


def run(data: Path, *args: str) -> int:
    return main(["report", *args, "--data-dir", str(data)])


def test_issue_list_and_regenerate(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "status.pdf"
    assert (
        run(data, "status", "--project", "hosp-ew", "--issued", "2026-11-30", "-o", str(out)) == 0
    )
    said = capsys.readouterr().out
    assert "HOSP-EW-STATUS-001" in said and str(out) in said
    assert "Page 1 of" in texts(out)[0]
    assert run(data, "issued", "--project", "HOSP-EW") == 0
    assert "HOSP-EW-STATUS-001" in capsys.readouterr().out
    again = tmp_path / "again.pdf"
    assert run(data, "regenerate", "--number", "HOSP-EW-STATUS-001", "-o", str(again)) == 0
    assert "identical" in capsys.readouterr().out
    assert again.read_bytes() == out.read_bytes()


def test_punch_with_filters_and_portfolio(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "punch.pdf"
    code = run(
        data,
        "punch",
        "--project",
        "HOSP-EW",
        "--contractor",
        "Kovač Fire Protection",
        "--status",
        "open",
        "--group-by",
        "location",
        "--draft",
        "-o",
        str(out),
    )
    assert code == 0
    assert "draft" in capsys.readouterr().out
    assert "Kovač Fire Protection" in " ".join(texts(out))
    portfolio = tmp_path / "portfolio.pdf"
    assert run(data, "portfolio", "-o", str(portfolio)) == 0
    assert "PORTFOLIO-001" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("args", "message", "exit_code"),
    [
        (["punch", "-o", "x.pdf"], "needs --project", 2),
        (["status", "--project", "HOSP-EW"], "-o FILE.pdf", 2),
        (["punch", "--project", "NOPE", "-o", "x.pdf"], "There is no project NOPE", 1),
        (["punch", "--project", "HOSP-EW", "--status", "opn", "-o", "x.pdf"], "Unknown status", 1),
        (["punch", "--project", "HOSP-EW", "--group-by", "colour", "-o", "x.pdf"], "--group-by", 2),
        (["inspection", "--project", "HOSP-EW", "--id", "99", "-o", "x.pdf"], "INS-099", 1),
        (["punch", "--project", "HOSP-EW", "-o", "/no/such/folder/x.pdf"], "does not exist", 2),
        (["regenerate", "--number", "HOSP-EW-STATUS-042", "-o", "x.pdf"], "No report", 1),
        (
            ["punch", "--project", "HOSP-EW", "--contractor", "Nobody Ltd", "-o", "x.pdf"],
            "no organisation Nobody Ltd",
            1,
        ),
    ],
)
def test_bad_input_is_one_line(
    data: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    message: str,
    exit_code: int,
) -> None:
    monkeypatch.chdir(tmp_path)
    assert run(data, *args) == exit_code
    err = capsys.readouterr().err.strip()
    assert message in err and len(err.splitlines()) == 1, err
    assert not (tmp_path / "x.pdf").exists()
