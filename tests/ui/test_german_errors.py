"""A refusal of the domain (``models``, no Qt) reads in the Language setting's language on
the screens' error line (``ui.tasks``) and on the command line (``app.cli``): the template
marked in ``models`` is translated at the edge, then filled in; without a translation it
stays English. A ``{field}`` reads as the word the forms show ("Due date", not
"due_date"); a sync failure and a stored value's words go the same one way."""

from __future__ import annotations

import argparse
import copy
import datetime as dt
import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication, QFormLayout, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from executrek.app import value_words
from executrek.app.cli import main
from executrek.app.known_errors import one_line
from executrek.models import validation
from executrek.models.errors import QT_TRANSLATE_NOOP, DomainError, ValidationError
from executrek.models.records.cost.checks import money
from executrek.models.store_errors import classify
from executrek.sync.connection import Credentials, connect
from executrek.sync.errors import Unreachable
from executrek.ui import labels
from executrek.ui.launch import install_translations
from executrek.ui.tasks import TaskHandle, TaskRunner
from executrek.ui.widgets.field_errors import FieldErrors

# What the log keeps (``str(error)``): the column name as the code wrote it.
LOGGED = {
    "required": "title is required.",
    "row": "Row 7: title is required.",
    "label": "The contract value must be a number (got 'x').",
    "due": "due_date (2026-01-01) cannot be before the record was created (2026-02-01).",
}
# What the user reads: the field as the forms name it.
ENGLISH = {
    "required": "Title is required.",
    "row": "Row 7: Title is required.",
    "label": "The contract value must be a number (got 'x').",
    "due": "Due date (2026-01-01) cannot be before the record was created (2026-02-01).",
}
GERMAN = {
    "required": "Titel ist erforderlich.",
    "row": "Zeile 7: Titel ist erforderlich.",
    "label": "Der Vertragswert muss eine Zahl sein (erhalten: „x“).",
    "due": "Fälligkeitsdatum (2026-01-01) kann nicht vor der Anlage des Datensatzes liegen "
    "(2026-02-01).",
}


def _refusal(kind: str) -> DomainError:
    """A refusal as the domain code raises it."""
    try:
        if kind == "label":
            money("contract_value", "x", "The contract value")
        if kind == "due":
            validation.due_date("due_date", dt.date(2026, 1, 1), dt.date(2026, 2, 1))
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
    QLocale.setDefault(QLocale.system())  # install_translations made German the default


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


def _under_the_field(exc: DomainError) -> str:
    """The line a form shows under the refused field's box."""
    form = QWidget()
    layout = QFormLayout(form)
    errors = FieldErrors()
    for field in ("title", "due_date", "contract_value"):
        errors.add_row(layout, field, field, QLineEdit())
    assert errors.show(exc)
    label = errors.label(str(exc.params["field"]))
    assert label is not None
    return label.text()


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
    assert str(exc) == LOGGED[kind]  # the log and the tests keep the English text
    assert _on_screen(qtbot, runner, exc) == GERMAN[kind]
    assert _on_command_line(tmp_path, capsys, monkeypatch, exc) == GERMAN[kind]
    assert _under_the_field(exc) == GERMAN[kind]


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
    assert _under_the_field(exc) == ENGLISH[kind]


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


def test_an_unreachable_central_database_is_german_on_the_command_line(
    german: None,
    qtbot: QtBot,
    runner: TaskRunner,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A sync failure raised with a marked template: German on the command line and the
    screens' error line, English in the log."""
    url = "postgresql://127.0.0.1:9/central"  # the discard port: nothing listens
    with pytest.raises(Unreachable) as raised:
        connect(Credentials(url=url, user="site"), timeout=2)
    exc = raised.value
    assert str(exc).startswith(f"The central database at {url} cannot be reached.")
    german = (
        f"Die zentrale Datenbank unter {url} ist nicht erreichbar. Ihre Arbeit bleibt auf "
        "diesem Laptop und wird synchronisiert, sobald die Verbindung wieder besteht."
    )
    assert _on_command_line(tmp_path, capsys, monkeypatch, exc) == german
    assert _on_screen(qtbot, runner, exc) == german


def test_a_full_disk_reads_german_with_its_hint(german: None) -> None:
    """A store failure: the message and its hint, both translated."""
    error = classify(sqlite3.OperationalError("database or disk is full"))
    assert error is not None
    assert str(error) == "The disk is full; nothing was saved. Free some space and save again."
    assert one_line(error) == (
        "Der Datenträger ist voll; es wurde nichts gespeichert. "
        "Geben Sie Speicherplatz frei und speichern Sie erneut."
    )


def test_a_store_that_cannot_be_opened_or_updated_reads_german(
    german: None, tmp_path: Path
) -> None:
    """The store's own refusals (a newer schema, an empty file, an unknown SQLite error)
    were plain English f-strings; now marked templates filled in after translation."""
    from executrek.models.migrate import empty_file, newer_schema

    path = tmp_path / "executrek.sqlite"
    newer = newer_schema(path, "9999_future")
    assert str(newer).startswith(f"This database ({path}) was written by a newer version")
    assert one_line(newer).startswith(
        f"Diese Datenbank ({path}) wurde von einer neueren Version von Executrek Field "
        "geschrieben (Schema 9999_future)"
    )
    assert one_line(empty_file(path)).startswith(f"{path} ist leer (0 Byte)")
    odd = classify(sqlite3.OperationalError("something unusual"))
    assert odd is not None
    assert str(odd) == "The project database reported: something unusual"
    assert one_line(odd) == "Die Projektdatenbank meldete: something unusual"


def test_the_sync_reports_own_sentences_read_german(german: None) -> None:
    """The sync report's notices and errors were English f-strings the window and the
    command line showed as they were; now sentences translated where they are shown
    (English as ``str``, for the log and the tests)."""
    from executrek.app.sync_messages import explain, in_words
    from executrek.sync.engine import _settled_notices
    from executrek.sync.refused import Settled
    from executrek.sync.tls import insecure_notice

    notices = _settled_notices(Settled(resent=2, discarded=1))
    assert notices == [
        "2 change(s) the central database had refused were sent again.",
        "The PMO discarded 1 of your refused change(s); the records show the central "
        "database's values again (a copy is in the log).",
    ]
    assert [in_words(n) for n in notices] == [
        "2 von der zentralen Datenbank abgelehnte Änderung(en) wurden erneut gesendet.",
        "Das PMO hat 1 Ihrer abgelehnten Änderung(en) verworfen; die Datensätze zeigen "
        "wieder die Werte der zentralen Datenbank (eine Kopie steht im Protokoll).",
    ]
    assert in_words(insecure_notice()).startswith("Die Verbindung zur zentralen Datenbank")
    assert explain(None, notices[0]).startswith("2 von der zentralen Datenbank")
    assert in_words("a line from elsewhere") == "a line from elsewhere"
    copied = copy.deepcopy(notices[0])  # dataclasses.asdict of a report copies them
    assert (copied, in_words(copied)) == (notices[0], in_words(notices[0]))


def test_names_and_actions_inside_a_refusal_read_german(german: None) -> None:
    """A record's name ("Pay application") and an action ("Rejecting a line") filled into a
    refusal were shown English inside the German sentence."""
    from types import SimpleNamespace

    from executrek.models.project import Project
    from executrek.models.records.cost.checks import person, reason
    from executrek.models.services.common import load

    with pytest.raises(ValidationError) as raised:
        reason("reason", " ", QT_TRANSLATE_NOOP("Errors", "Rejecting a line"))
    assert one_line(raised.value) == "Das Ablehnen einer Position braucht eine Begründung."
    with pytest.raises(ValidationError) as raised:
        person("approver", "", QT_TRANSLATE_NOOP("Errors", "Certifying a payment"))
    assert one_line(raised.value).startswith("Das Bestätigen einer Zahlung braucht den Namen")
    nowhere = SimpleNamespace(get=lambda cls, row_id: None)
    with pytest.raises(DomainError) as missing:
        load(nowhere, Project, "P-1", "Project")  # type: ignore[arg-type]
    assert one_line(missing.value) == "Projekt P-1 existiert nicht (oder wurde gelöscht)."


def test_every_name_and_action_a_refusal_is_given_is_marked() -> None:
    """What ``load``, ``of_project`` and ``in_project`` name and what ``person``, ``reason``
    and a status check say is done: marked texts of "Errors" (models/record_words.py or
    ``QT_TRANSLATE_NOOP`` at the call), so a new one cannot slip through in English."""
    from executrek.models.record_words import RECORD_WORDS

    models = Path(__file__).resolve().parents[2] / "models"
    bare = re.compile(
        r"\b(?:load|of_project|in_project|person|reason|_why|require_status)\("
        r"[^()]*?,\s*(\"[^\"]+\")\s*\)"
    )
    found = [
        (path.name, literal.strip('"'))
        for path in models.rglob("*.py")
        if "migrations" not in path.parts
        for literal in bare.findall(path.read_text(encoding="utf-8"))
    ]
    assert len(found) > 60  # the record names passed to load()
    unmarked = [(name, text) for name, text in found if text not in RECORD_WORDS]
    assert unmarked == []


def test_a_stored_value_reads_the_same_on_screen_and_in_the_export(german: None) -> None:
    """One table of stored-value words: the screens' ``value_label`` is the export's."""
    assert labels.value_label is value_words.value_label
    for value in ("ready_for_review", "non_conformance", "in_progress", "zone"):
        assert labels.value_label(value) == value_words.value_words(value)
    assert labels.value_label("ready_for_review") == "Zur Abnahme bereit"
    assert value_words.value_words("ready_for_review") == "Zur Abnahme bereit"
    assert labels.value_label(None) == ""
