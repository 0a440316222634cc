"""A refusal of the domain (``models``, no Qt) reads in the Language setting's language on
the screens' error line (``ui.tasks``) and on the command line (``app.cli``): the template
marked in ``models`` is translated at the edge, then filled in; without a translation it
stays English."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from executrek.app.cli import main
from executrek.models import validation
from executrek.models.errors import DomainError, ValidationError
from executrek.models.records.cost.checks import money
from executrek.ui.launch import install_translations
from executrek.ui.tasks import TaskHandle, TaskRunner

ENGLISH = {
    "required": "title is required.",
    "row": "Row 7: title is required.",
    "label": "The contract value must be a number (got 'x').",
}
GERMAN = {
    "required": "title ist erforderlich.",
    "row": "Zeile 7: title ist erforderlich.",
    "label": "Der Vertragswert muss eine Zahl sein (erhalten: „x“).",
}


def _refusal(kind: str) -> DomainError:
    """A refusal as the domain code raises it."""
    try:
        if kind == "label":
            money("contract_value", "x", "The contract value")
        try:
            validation.required_text("title", "", max_len=10)
        except ValidationError as exc:
            raise validation.in_row(7, exc) if kind == "row" else exc from None
    except DomainError as exc:
        return exc
    raise AssertionError("no refusal")


@pytest.fixture
def german(qapp: QApplication) -> Iterator[None]:
    installed = install_translations(qapp, "de")
    assert QCoreApplication.translate("Navigation", "Punch list") == "Mängelliste"
    yield
    for translator in installed:
        QCoreApplication.removeTranslator(translator)


@pytest.fixture
def runner(qtbot: QtBot) -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    runner.shutdown()


def _on_screen(qtbot: QtBot, runner: TaskRunner, exc: BaseException) -> str:
    messages: list[str] = []

    def job(_handle: TaskHandle) -> None:
        raise exc

    with qtbot.waitSignal(runner.idle, timeout=5_000):
        runner.submit(job, on_done=lambda _r: None, on_error=messages.append)
    assert len(messages) == 1
    return messages[0]


def _on_command_line(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    exc: BaseException,
) -> str:
    def run(_args: argparse.Namespace) -> int:
        raise exc

    monkeypatch.setattr("executrek.app.commands.projects.run", run)
    assert main(["projects", "--data-dir", str(tmp_path / "d")]) == 1
    err = capsys.readouterr().err
    assert err.startswith("executrek: ")
    return err.removeprefix("executrek: ").rstrip("\n")


@pytest.mark.parametrize("kind", list(ENGLISH))
def test_a_domain_refusal_is_german_on_screen_and_on_the_command_line(
    german: None,
    qtbot: QtBot,
    runner: TaskRunner,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    kind: str,
) -> None:
    exc = _refusal(kind)
    assert str(exc) == ENGLISH[kind]  # the log and the tests keep the English text
    assert _on_screen(qtbot, runner, exc) == GERMAN[kind]
    assert _on_command_line(tmp_path, capsys, monkeypatch, exc) == GERMAN[kind]


@pytest.mark.parametrize("kind", list(ENGLISH))
def test_without_a_translation_the_refusal_stays_english(
    qapp: QApplication,
    qtbot: QtBot,
    runner: TaskRunner,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    kind: str,
) -> None:
    exc = _refusal(kind)
    assert _on_screen(qtbot, runner, exc) == ENGLISH[kind]
    assert _on_command_line(tmp_path, capsys, monkeypatch, exc) == ENGLISH[kind]


def test_every_domain_template_is_translated(german: None) -> None:
    """A sample of each error class's templates: marked, found by lupdate, translated."""
    samples = (
        ("Errors", "{field} must be at most {maximum}."),  # validation
        ("Errors", "{number} cannot go from {current} to {target} (allowed: {options})."),
        ("Errors", "This conflict was already resolved."),  # not found, raised in sync
        ("Cli", "An approval limit cannot be negative."),  # sync.admin's AdminError
    )
    for context, template in samples:
        assert QCoreApplication.translate(context, template) != template, (context, template)
