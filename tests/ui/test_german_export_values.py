"""A list export written with German installed words its statuses and kinds in German
(context "Values"), and every stored value the exports word has its German word."""

from __future__ import annotations

import enum
from collections.abc import Iterator
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication

from executrek.app import list_fields
from executrek.app.list_export import Column
from executrek.app.value_words import WORDS, value_words
from executrek.models import vocab
from executrek.models.records.change_order.model import COReason
from executrek.models.records.cost import vocab as cost_vocab
from executrek.models.records.diary import entries as diary_entries
from executrek.models.records.diary import model as diary_model
from executrek.models.records.inspection.model import Outcome
from executrek.models.records.issue.model import BallInCourt
from executrek.models.records.risk.model import RiskCategory
from executrek.models.records.schedule import vocab as schedule_vocab
from executrek.ui.launch import install_translations

# The stored values the list, diary, schedule and cost exports write as words.
EXPORTED: tuple[type[enum.Enum], ...] = (
    vocab.Priority, vocab.InspectionStatus, vocab.InspectionResult, Outcome, vocab.COTier,
    vocab.COStatus, COReason, vocab.IssueType, vocab.IssueStatus, BallInCourt, RiskCategory,
    vocab.RiskStatus, cost_vocab.CostCategory, cost_vocab.BudgetStatus,
    cost_vocab.TransferStatus, cost_vocab.CommitmentStatus, cost_vocab.PayAppStatus,
    schedule_vocab.ActivityKind, schedule_vocab.ActivityStatus, schedule_vocab.DelayStatus,
    schedule_vocab.DelayResponsibility, diary_model.DiaryStatus, diary_model.Sky,
    diary_model.Wind, diary_model.Ground, diary_entries.DelayCause, diary_entries.Responsible,
)  # fmt: skip
SAME_IN_GERMAN = {"Info", "PMO", "Neutral", "Frost"}


@pytest.fixture
def german(qapp: QApplication) -> Iterator[None]:
    installed = install_translations(qapp, "de")
    assert QCoreApplication.translate("Navigation", "Punch list") == "Mängelliste"
    yield
    for translator in installed:
        QCoreApplication.removeTranslator(translator)
    QLocale.setDefault(QLocale.system())  # install_translations made German the default


def _status_cell(status: str) -> object:
    return Column.from_field(list_fields.STATUS).get(SimpleNamespace(status=status))


def test_an_exported_status_is_german_with_german_installed(german: None) -> None:
    assert _status_cell("in_progress") == "In Bearbeitung"
    assert _status_cell("void") == "Ungültig"


def test_an_exported_status_stays_english_without_a_translation(qapp: QApplication) -> None:
    assert _status_cell("in_progress") == "In progress"


def test_every_exported_value_has_its_german_word(german: None) -> None:
    values = {member.value for kind in EXPORTED for member in kind}
    assert values <= WORDS.keys(), sorted(values - WORDS.keys())
    untranslated = {
        value
        for value in values
        if value_words(value) == WORDS[value] and WORDS[value] not in SAME_IN_GERMAN
    }
    assert untranslated == set()
