"""A command's failure on the command line: the environment's fault is one line and exit
1, a bug is one line naming the crash report written with the evidence."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from executrek.app.cli import main
from executrek.app.drawings import errors as drawing_errors
from executrek.app.pdf.errors import ReportError
from executrek.sync.errors import AuthFailed


def _run_failing(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    exc: BaseException,
) -> tuple[int, str]:
    def run(_args: argparse.Namespace) -> int:
        raise exc

    monkeypatch.setattr("executrek.app.commands.projects.run", run)
    code = main(["projects", "--data-dir", str(tmp_path / "d")])
    return code, capsys.readouterr().err


@pytest.mark.parametrize(
    "exc",
    [
        AuthFailed("The server refused the password; connect again with the right one."),
        ReportError("The logo file is missing; choose another one."),
        drawing_errors.damaged("A-101.pdf"),
    ],
    ids=["sync", "report", "drawing"],
)
def test_an_environment_failure_is_one_line(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    exc: Exception,
) -> None:
    code, err = _run_failing(tmp_path, capsys, monkeypatch, exc)
    assert code == 1
    assert err == f"executrek: {exc}\n"
    assert not list((tmp_path / "d" / "logs" / "crashes").glob("crash-*.txt"))


def test_a_system_error_names_its_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    missing = FileNotFoundError(2, "No such file or directory", "/nowhere/plan.pdf")
    code, err = _run_failing(tmp_path, capsys, monkeypatch, missing)
    assert (code, err) == (1, "executrek: No such file or directory: /nowhere/plan.pdf\n")


def test_a_bug_goes_to_the_crash_report(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, err = _run_failing(tmp_path, capsys, monkeypatch, KeyError("row"))
    assert code == 1
    assert err.startswith("executrek: internal error (KeyError: 'row'); details in ")
    reports = list((tmp_path / "d" / "logs" / "crashes").glob("crash-*.txt"))
    assert len(reports) == 1
    assert "KeyError: 'row'" in reports[0].read_text()
