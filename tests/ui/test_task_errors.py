"""A job's failure on the GUI: the environment's fault is one line for ``on_error``, a bug
goes to the crash handler (``sys.excepthook``) as well."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from types import TracebackType

import pytest
from pytestqt.qtbot import QtBot

from executrek.app.drawings import errors as drawing_errors
from executrek.app.pdf.errors import ReportError
from executrek.models.errors import WorkflowError
from executrek.sync.errors import Unreachable
from executrek.ui.tasks import TaskHandle, TaskRunner

Hooked = list[tuple[type[BaseException], BaseException]]


@pytest.fixture
def runner(qtbot: QtBot) -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    runner.shutdown()


@pytest.fixture
def crashes(monkeypatch: pytest.MonkeyPatch) -> Hooked:
    """What reached the crash handler."""
    seen: Hooked = []

    def hook(exc_type: type[BaseException], exc: BaseException, _tb: TracebackType | None) -> None:
        seen.append((exc_type, exc))

    monkeypatch.setattr(sys, "excepthook", hook)
    return seen


def _fail_with(qtbot: QtBot, runner: TaskRunner, exc: BaseException) -> list[str]:
    messages: list[str] = []

    def job(_handle: TaskHandle) -> None:
        raise exc

    with qtbot.waitSignal(runner.idle, timeout=5_000):
        runner.submit(job, on_done=lambda _r: None, on_error=messages.append)
    return messages


@pytest.mark.parametrize(
    "exc",
    [
        Unreachable("The central database cannot be reached; your work is kept here."),
        ReportError("The logo file is missing; choose another one."),
        drawing_errors.encrypted("A-101.pdf"),
        WorkflowError("A closed item cannot be closed again."),
    ],
    ids=["sync", "report", "drawing", "domain"],
)
def test_an_environment_failure_is_one_line_and_no_crash(
    qtbot: QtBot, runner: TaskRunner, crashes: Hooked, exc: Exception
) -> None:
    messages = _fail_with(qtbot, runner, exc)
    assert messages == [str(exc)]
    assert "\n" not in messages[0] and "Internal error" not in messages[0]
    assert crashes == []


def test_a_bug_goes_to_the_crash_handler(qtbot: QtBot, runner: TaskRunner, crashes: Hooked) -> None:
    bug = KeyError("row")
    messages = _fail_with(qtbot, runner, bug)
    assert crashes == [(KeyError, bug)]
    assert messages == ["Internal error: KeyError: 'row'"]
