"""The editor of one diary entry line, laid out from its kind's fields
(``entries.ENTRY_KINDS``): a line box for text, numbers and times, a text box for long
text (Tab moves on, Ctrl+Enter adds the line), a choice box for pick lists, a contractor
box, the searchable ``LocationBox`` for a location, a checkable menu for several
locations or contractors. Labels sit above their boxes, four to a row; a refusal shows
in red under the box it is about.

Values go out and come in in one form (``values()``/``set_values``): text as typed
(``None`` when empty), the chosen id or value, a sorted list of ids. ``form_values``
turns an entry's stored values into that form, so what is edited compares with what was
there.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
)

from executrek.app.report_kinds.diary_labels import error_text, field_word, value_word
from executrek.models.errors import DomainError
from executrek.models.records.diary.entries import EntryField, EntryKind
from executrek.models.services.listings import Choice
from executrek.ui.widgets.field_errors import error_label, with_error_line
from executrek.ui.widgets.location_box import LocationBox
from executrek.ui.widgets.submit_text import SubmitTextEdit

PER_ROW = 4  # fields on one row of the form


def labelled(name: str, editor: QWidget, required: bool = False) -> tuple[QLabel, QWidget, QLabel]:
    """A field's label (its buddy the editor), the editor with its refusal line under it,
    and that line."""
    label = QLabel(field_word(name) + (" *" if required else ""))
    label.setBuddy(editor)
    cell, error = with_error_line(editor)
    return label, cell, error


class MultiChoice(QToolButton):
    """Several of a list (locations or contractors affected): a button whose menu holds a
    checkable line per choice; the button says what is chosen."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu_ = QMenu(self)
        self.setMenu(self.menu_)
        self.actions_: dict[str, QAction] = {}
        self._show_text()

    def set_choices(self, choices: Sequence[Choice]) -> None:
        chosen = self.chosen()
        self.menu_.clear()
        self.actions_ = {}
        for c in choices:
            action = self.menu_.addAction(c.label)
            action.setCheckable(True)
            action.setChecked(c.id in chosen)
            action.toggled.connect(self._toggled)
            self.actions_[c.id] = action
        self._show_text()

    def chosen(self) -> list[str]:
        return sorted(i for i, a in self.actions_.items() if a.isChecked())

    def set_chosen(self, ids: Sequence[str]) -> None:
        for i, action in self.actions_.items():
            action.blockSignals(True)
            action.setChecked(i in ids)
            action.blockSignals(False)
        self._show_text()

    def _toggled(self, _on: bool) -> None:
        self._show_text()
        self.changed.emit()

    def _show_text(self) -> None:
        names = [a.text() for a in self.actions_.values() if a.isChecked()]
        text = ", ".join(names) if names else self.tr("None")
        self.setText(text if len(text) <= 40 else text[:39] + "…")
        self.setToolTip(", ".join(names))


Editor = QLineEdit | SubmitTextEdit | QComboBox | MultiChoice


class EntryForm(QWidget):
    """The boxes of one entry kind; ``submitted`` on Enter in a line box or Ctrl+Enter in
    a text box."""

    submitted = Signal()

    def __init__(self, kind: EntryKind, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.editors: dict[str, Editor] = {}
        self.errors: dict[str, QLabel] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(2)
        row, column = 0, 0
        for spec in kind.fields:
            editor = self._editor(spec)
            self.editors[spec.name] = editor
            wide = spec.kind == "long_text"
            if wide and column:
                row, column = row + 2, 0
            label, cell, self.errors[spec.name] = labelled(spec.name, editor, spec.required)
            span = PER_ROW if wide else 1
            grid.addWidget(label, row, column, 1, span)
            grid.addWidget(cell, row + 1, column, 1, span)
            column += span
            if column >= PER_ROW:
                row, column = row + 2, 0
        for c in range(PER_ROW):
            grid.setColumnStretch(c, 1)
        self.general = error_label()
        grid.addWidget(self.general, row + 2, 0, 1, PER_ROW)
        self.clear()

    def _editor(self, spec: EntryField) -> Editor:
        if spec.kind == "long_text":
            text = SubmitTextEdit()
            text.setMaximumHeight(58)
            text.submitted.connect(self.submitted)
            return text
        if spec.kind == "choice":
            box = QComboBox()
            if not spec.required and spec.default is None:
                box.addItem(self.tr("—"), None)
            assert spec.choices is not None
            for value in spec.choices:
                box.addItem(value_word(str(value.value)), str(value.value))
            return box
        if spec.kind == "ids":
            return MultiChoice()
        if spec.kind == "ref" and spec.target == "locations":
            return LocationBox()
        if spec.kind == "ref":
            return QComboBox()
        line = QLineEdit()
        line.setMaxLength(spec.max_len)
        if spec.kind == "time":
            line.setPlaceholderText(self.tr("07:30"))
            line.setMaxLength(5)
        elif spec.kind in ("int", "decimal"):
            line.setPlaceholderText("0")
        line.returnPressed.connect(self.submitted)
        return line

    # --- choices ---------------------------------------------------------------------
    def set_choices(self, target: str, choices: Sequence[Choice], *, blank: str = "—") -> None:
        """Fill every box pointing at ``target`` (organisations, locations, issues)."""
        for spec in self.kind.fields:
            if spec.target != target:
                continue
            editor = self.editors[spec.name]
            if isinstance(editor, MultiChoice):
                editor.set_choices(choices)
            elif isinstance(editor, QComboBox):
                current = editor.currentData()
                editor.blockSignals(True)
                editor.clear()
                editor.addItem("" if isinstance(editor, LocationBox) else blank, None)
                for c in choices:
                    editor.addItem(c.label, c.id)
                editor.setCurrentIndex(max(0, editor.findData(current)))
                editor.blockSignals(False)

    # --- values ----------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        return {name: editor_value(editor) for name, editor in self.editors.items()}

    def set_values(self, values: Mapping[str, Any]) -> None:
        shown = form_values(self.kind, values)
        for name, editor in self.editors.items():
            show_value(editor, shown.get(name))
        self.clear_errors()

    def clear(self) -> None:
        """Empty boxes, pick lists on their defaults."""
        self.set_values({s.name: s.default for s in self.kind.fields})

    def first_editor(self) -> QWidget:
        return next(iter(self.editors.values()))

    def set_read_only(self, read_only: bool) -> None:
        for editor in self.editors.values():
            editor.setEnabled(not read_only)

    # --- refusals --------------------------------------------------------------------
    def clear_errors(self) -> None:
        for label in (*self.errors.values(), self.general):
            label.clear()
            label.hide()

    def show_error(self, exc: DomainError) -> None:
        """The refusal under the box it is about (focused), else under the form."""
        self.clear_errors()
        text = error_text(exc)
        field = getattr(exc, "field", None)
        label = self.errors.get(field) if field else None
        if label is None:
            label = self.general
        else:
            self.editors[str(field)].setFocus()
        label.setText(text)
        label.setAccessibleName(text)
        label.show()


def editor_value(editor: Editor) -> Any:
    """What a box holds, in the form's terms: text (None when empty), the chosen id or
    value, the sorted ids of a multiple choice."""
    if isinstance(editor, MultiChoice):
        return editor.chosen()
    if isinstance(editor, QComboBox):
        if isinstance(editor, LocationBox):
            editor.settle()
        return editor.currentData()
    if isinstance(editor, SubmitTextEdit):
        return editor.toPlainText().strip() or None
    return editor.text().strip() or None


def show_value(editor: Editor, value: Any) -> None:
    """Put ``value`` (in the form's terms) in the box."""
    if isinstance(editor, MultiChoice):
        editor.set_chosen(value or [])
    elif isinstance(editor, QComboBox):
        editor.setCurrentIndex(max(0, editor.findData(value)))
    elif isinstance(editor, SubmitTextEdit):
        if editor.toPlainText() != (value or ""):
            editor.setPlainText(value or "")
    else:
        editor.setText(value or "")


def form_values(kind: EntryKind, values: Mapping[str, Any]) -> dict[str, Any]:
    """Stored entry values in the form's own terms (text as shown, ids, sorted lists)."""
    out: dict[str, Any] = {}
    for spec in kind.fields:
        value = values.get(spec.name)
        if spec.kind == "ids":
            out[spec.name] = sorted(value or [])
        elif value is None or value == "":
            out[spec.name] = None
        elif spec.kind == "choice" or spec.kind == "ref":
            out[spec.name] = str(getattr(value, "value", value))
        elif isinstance(value, Decimal):
            out[spec.name] = f"{value.normalize():f}"
        else:
            out[spec.name] = str(value)
    return out
