"""The Language setting reaches what Qt words itself (weekday names) and labels keep the
capitals of their translation."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QFormLayout, QLabel
from test_exchange_page import ctx, page, window

from executrek.app.interop.punch_fields import PunchField
from executrek.ui.launch import install_translations
from executrek.ui.main_window import MainWindow
from executrek.ui.pages.diary_calendar import CalendarModel

__all__ = ["ctx", "window"]


@pytest.fixture
def german(qapp: QApplication) -> Iterator[list[QTranslator]]:
    # a system locale that is not German: the weekday must come from the setting
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    installed = install_translations(qapp, "de")
    assert QCoreApplication.translate("Navigation", "Punch list") == "Mängelliste"
    yield installed
    for translator in installed:
        QCoreApplication.removeTranslator(translator)
    QLocale.setDefault(QLocale.system())


def test_the_diary_calendar_names_weekdays_in_the_chosen_language(
    german: list[QTranslator],
) -> None:
    model = CalendarModel()
    monday = dt.date(2026, 11, 23)
    model.set_days(monday, monday + dt.timedelta(days=6), [], None)
    shown = [
        str(model.data(model.index(row), Qt.ItemDataRole.DisplayRole)).split("\n")[0]
        for row in range(7)
    ]
    assert shown == ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."]


def test_import_field_labels_keep_the_capitals_of_their_translation(
    german: list[QTranslator], window: MainWindow
) -> None:
    exchange = page(window)
    form = exchange.mapping_box.layout()
    assert isinstance(form, QFormLayout)
    labels = {}
    for punch_field, combo in exchange.field_boxes.items():
        label = form.labelForField(combo)
        assert isinstance(label, QLabel)
        labels[punch_field] = label.text()
    assert labels[PunchField.RESPONSIBLE_CONTRACTOR] == "Verantwortlicher Auftragnehmer"
    assert labels[PunchField.DUE_DATE] == "Fälligkeit"
    assert labels[PunchField.EXTERNAL_ID] == "Fremdnummer"
