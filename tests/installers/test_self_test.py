"""``executrek self-test`` from source: every step passes, the outcome is written as
JSON, nothing is left behind; a failing step names itself and stops the run."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from executrek.app.commands import COMMAND_MODULES
from executrek.app.commands.self_test import choose_qt_platform, execute
from executrek.app.logging_setup import RecentLines

STEPS = [
    "migrate",
    "records",
    "photo",
    "heic decoder",
    "drawing engine",
    "report",
    "main window",
]


def test_registered_as_a_command() -> None:
    assert "executrek.app.commands.self_test" in COMMAND_MODULES


def test_self_test_passes_and_writes_its_result(tmp_path: Path) -> None:
    result = tmp_path / "out" / "result.json"
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)  # the command must choose offscreen by itself
    env["TMPDIR"] = str(tmp_path / "tmp")
    (tmp_path / "tmp").mkdir()
    proc = subprocess.run(
        [sys.executable, "-m", "executrek.app.cli", "self-test", "--result-file", str(result)],
        capture_output=True,
        text=True,
        env=env,
        timeout=240,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "self-test passed" in proc.stdout
    outcome = json.loads(result.read_text(encoding="utf-8"))
    assert outcome["ok"] is True
    assert outcome["reason"] == ""
    assert [s["name"] for s in outcome["steps"]] == STEPS
    assert all(s["ok"] for s in outcome["steps"])
    assert outcome["qt_platform"] == "offscreen"
    assert outcome["frozen"] is False
    assert "offscreen" in outcome["steps"][-1]["detail"]
    # The temporary data folder is gone; the user's data folder got no database.
    assert list((tmp_path / "tmp").iterdir()) == []
    assert not (Path(os.environ["EXECUTREK_DATA_DIR"]) / "executrek.sqlite").exists()


def test_a_failing_step_names_itself_and_stops(tmp_path: Path) -> None:
    (tmp_path / "executrek.sqlite").write_bytes(b"this is not a database")
    outcome = execute(tmp_path, RecentLines())
    assert outcome.ok is False
    assert [(s.name, s.ok) for s in outcome.steps] == [("migrate", False)]
    assert outcome.reason.startswith("migrate: ")
    assert "not an Executrek database" in outcome.reason
    assert json.loads(outcome.to_json())["ok"] is False


@pytest.mark.parametrize(
    ("environ", "system", "expected"),
    [
        ({}, "Linux", "offscreen"),
        ({"DISPLAY": ":0"}, "Linux", ""),
        ({"WAYLAND_DISPLAY": "wayland-0"}, "Linux", ""),
        ({"QT_QPA_PLATFORM": "xcb"}, "Linux", "xcb"),
        ({}, "Windows", ""),
        ({}, "Darwin", ""),
    ],
)
def test_offscreen_only_without_a_display(
    environ: dict[str, str], system: str, expected: str
) -> None:
    assert choose_qt_platform(environ, system) == expected
