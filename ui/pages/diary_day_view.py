"""The day form of the site diary, in sections: the day's summary and weather, then a
section per entry kind (``diary_sections``), the notes, the photos of the day and, for a
signed and closed day, its addenda. Layout only: edits leave as signals
(``day_edited(before, after)``), the controller writes them.

A closed day is read-only: the boxes are disabled and the line editors go; what was
recorded stays readable and the addenda (who, when, why, what) are listed under it.
"""

from __future__ import annotations

import html
from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from executrek.app.report_kinds.diary_labels import error_text, field_word, value_word
from executrek.models.errors import DomainError
from executrek.models.records.diary.entries import ENTRY_KINDS
from executrek.models.records.diary.model import Ground, Sky, Wind
from executrek.models.records.diary.queries import Addendum, DayView
from executrek.ui.labels import when
from executrek.ui.pages.diary_entry_form import editor_value, labelled, show_value
from executrek.ui.pages.diary_sections import EntrySection
from executrek.ui.photos.photo_strip import PhotoStrip
from executrek.ui.widgets.field_errors import error_label
from executrek.ui.widgets.submit_text import SubmitTextEdit

if TYPE_CHECKING:
    from executrek.ui.main_window import MainWindow

CHOICES = {"weather_am": Sky, "weather_pm": Sky, "wind": Wind, "ground": Ground}
# The weather grid: (field, row, column) — two fields to a row.
WEATHER_GRID = (
    ("weather_am", 0, 0),
    ("weather_pm", 0, 1),
    ("temp_min", 1, 0),
    ("temp_max", 1, 1),
    ("precipitation_mm", 2, 0),
    ("wind", 2, 1),
    ("ground", 3, 0),
    ("weather_stopped_hours", 3, 1),
)


def day_values(day: DayView) -> dict[str, Any]:
    """The day's editable fields as the form holds them (text as shown, None for empty)."""

    def shown(value: Any) -> str | None:
        if value is None or value == "":
            return None
        return f"{value.normalize():f}" if isinstance(value, Decimal) else str(value)

    return {
        "title": day.title,
        "weather_am": day.weather_am,
        "weather_pm": day.weather_pm,
        "temp_min": shown(day.temp_min),
        "temp_max": shown(day.temp_max),
        "precipitation_mm": shown(day.precipitation_mm),
        "wind": day.wind,
        "ground": day.ground,
        "weather_stopped_hours": shown(day.weather_stopped_hours or None),
        "notes": day.notes or None,
    }


def addenda_html(addenda: tuple[Addendum, ...]) -> str:
    parts = []
    for a in addenda:
        head = html.escape(f"{when(a.written_at)} · {a.author or ''}")
        why = html.escape(a.reason)
        body = html.escape(a.body).replace("\n", "<br/>")
        parts.append(f"<p><b>{head}</b> — <i>{why}</i><br/>{body}</p>")
    return "".join(parts)


class DayForm(QWidget):
    """The sections of one diary day; see the module docstring."""

    day_edited = Signal(dict, dict)  # before, after: the fields that changed

    def __init__(self, window: MainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shown: dict[str, Any] = {}
        self.editors: dict[str, QLineEdit | QComboBox | SubmitTextEdit] = {}
        self.errors: dict[str, QLabel] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 8, 0)
        weather = QGroupBox(self.tr("The day and its weather"))
        grid = QGridLayout(weather)
        grid.setHorizontalSpacing(12)
        self.title = QLineEdit()
        self.title.setMaxLength(300)
        self._field(grid, "title", self.title, 0, 0, span=2)
        for name, row, column in WEATHER_GRID:
            editor: QLineEdit | QComboBox
            if name in CHOICES:
                editor = QComboBox()
                editor.addItem(self.tr("—"), None)
                for value in CHOICES[name]:
                    editor.addItem(value_word(value.value), value.value)
                editor.activated.connect(lambda _i: self._edited())
            else:
                editor = QLineEdit()
                editor.setMaxLength(7)
                editor.setPlaceholderText(self._unit(name))
            self._field(grid, name, editor, row + 1, column)
        layout.addWidget(weather)
        self.sections: dict[str, EntrySection] = {}
        for kind in ENTRY_KINDS.values():
            section = EntrySection(window, kind)
            self.sections[kind.key] = section
            layout.addWidget(section)
        notes = QGroupBox(field_word("notes"))
        notes_layout = QVBoxLayout(notes)
        self.notes = SubmitTextEdit()
        self.notes.setMaximumHeight(90)
        self.notes.setPlaceholderText(self.tr("Anything else of the day (Ctrl+Enter saves)"))
        self.notes.submitted.connect(self._edited)
        self.editors["notes"] = self.notes
        notes_layout.addWidget(self.notes)
        notes_layout.addWidget(self._error_label("notes"))
        layout.addWidget(notes)
        photos = QGroupBox(self.tr("Photos of the day"))
        photos_layout = QVBoxLayout(photos)
        self.strip = PhotoStrip(window)
        self.strip.setMinimumHeight(120)
        photos_layout.addWidget(self.strip)
        layout.addWidget(photos)
        self.addenda_box = QGroupBox(self.tr("Addenda"))
        addenda_layout = QVBoxLayout(self.addenda_box)
        self.addenda = QLabel()
        self.addenda.setWordWrap(True)
        self.addenda.setTextFormat(Qt.TextFormat.RichText)
        addenda_layout.addWidget(self.addenda)
        layout.addWidget(self.addenda_box)
        layout.addStretch(1)

    def _unit(self, name: str) -> str:
        units = {
            "temp_min": self.tr("°C"),
            "temp_max": self.tr("°C"),
            "precipitation_mm": self.tr("mm"),
            "weather_stopped_hours": self.tr("hours"),
        }
        return units.get(name, "")

    def _error_label(self, name: str) -> QLabel:
        self.errors[name] = error_label()
        return self.errors[name]

    def _field(
        self,
        grid: QGridLayout,
        name: str,
        editor: QLineEdit | QComboBox,
        row: int,
        column: int,
        span: int = 1,
    ) -> None:
        label, cell, self.errors[name] = labelled(name, editor)
        grid.addWidget(label, row, column * 2)
        grid.addWidget(cell, row, column * 2 + 1, 1, 1 if span == 1 else 3)
        grid.setColumnStretch(column * 2 + 1, 1)
        if isinstance(editor, QLineEdit):
            editor.editingFinished.connect(self._edited)
        self.editors[name] = editor

    # --- values ------------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        return {name: editor_value(editor) for name, editor in self.editors.items()}

    def show_day(self, day: DayView) -> None:
        """Fill the boxes from the day (a box being typed in keeps what is typed)."""
        values = day_values(day)
        self.shown = values
        for name, editor in self.editors.items():
            if not (editor.hasFocus() and editor_value(editor) != values.get(name)):
                show_value(editor, values.get(name))
        for editor in self.editors.values():
            editor.setEnabled(not day.closed)
        for section in self.sections.values():
            section.set_read_only(day.closed)

    def show_addenda(self, addenda: tuple[Addendum, ...], closed: bool) -> None:
        self.addenda_box.setVisible(closed)
        self.addenda.setText(
            addenda_html(addenda) if addenda else self.tr("No addenda. Corrections go here.")
        )

    def _edited(self) -> None:
        now = self.values()
        changed = {k: v for k, v in now.items() if self.shown.get(k) != v}
        if not changed or not self.editors["title"].isEnabled():
            return
        before = {k: self.shown.get(k) for k in changed}
        self.shown = {**self.shown, **changed}
        self.day_edited.emit(before, changed)

    # --- refusals ----------------------------------------------------------------------
    def clear_errors(self) -> None:
        for label in self.errors.values():
            label.clear()
            label.hide()

    def show_error(self, exc: DomainError, before: Mapping[str, Any]) -> bool:
        """The refusal under its box, the box back to what it held; False when no box
        of the form is meant (the page shows it)."""
        self.clear_errors()
        self.shown = {**self.shown, **before}
        field = getattr(exc, "field", None)
        label = self.errors.get(str(field)) if field else None
        if label is None:
            return False
        label.setText(error_text(exc))
        label.show()
        self.editors[str(field)].setFocus()
        return True
