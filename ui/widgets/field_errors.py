"""Inline validation: a ``ValidationError`` names its field; the form shows the message
right under that field's editor (in red, announced to screen readers) and focuses it."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from executrek.app.messages import user_message
from executrek.models.errors import DomainError

ERROR_STYLE = "color: #C62828; font-weight: 600;"


def error_label(label: QLabel | None = None) -> QLabel:
    """A hidden red line for a refusal (``label`` made one, else a new label)."""
    label = label if label is not None else QLabel()
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


def with_error_line(editor: QWidget) -> tuple[QWidget, QLabel]:
    """The editor with a refusal line (:func:`error_label`) under it, and that line."""
    cell = QWidget()
    layout = QVBoxLayout(cell)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(editor)
    label = error_label()
    layout.addWidget(label)
    return cell, label


class FieldErrors:
    """Pairs field names with editors; ``show(exc)`` puts the message under the editor."""

    def __init__(self, general: QLabel | None = None) -> None:
        self._editors: dict[str, QWidget] = {}
        self._labels: dict[str, QLabel] = {}
        self.general = general
        if general is not None:
            error_label(general)

    def wrap(self, field: str, editor: QWidget) -> QWidget:
        """The editor with its (hidden) error label under it, for a form row."""
        box, label = with_error_line(editor)
        label.setObjectName(f"error_{field}")
        self._editors[field] = editor
        self._labels[field] = label
        return box

    def add_row(self, form: QFormLayout, title: str, field: str, editor: QWidget) -> None:
        form.addRow(title, self.wrap(field, editor))

    def add_rows(self, form: QFormLayout, *rows: tuple[str, str | None, QWidget]) -> None:
        """Add (label, field, editor) rows to ``form``: an editor of a ``field`` shows that
        field's refusals under it (a row without one is a plain row)."""
        for title, field, editor in rows:
            if field is None:
                form.addRow(title, editor)
            else:
                self.add_row(form, title, field, editor)

    def clear(self) -> None:
        for label in self._labels.values():
            label.clear()
            label.hide()
        if self.general is not None:
            self.general.clear()
            self.general.hide()

    def label(self, field: str) -> QLabel | None:
        return self._labels.get(field)

    def show(self, exc: DomainError) -> bool:
        """Show ``exc`` beside its field (or in the general label). True if shown."""
        self.clear()
        text = user_message(exc)
        field = getattr(exc, "field", None)
        if field is not None:
            key = field.split(".")[-1] if field not in self._labels else field
            label = self._labels.get(field) or self._labels.get(key)
            if label is not None:
                label.setText(text)
                label.setAccessibleName(text)
                label.show()
                editor = self._editors.get(field) or self._editors.get(key)
                if editor is not None:
                    editor.setFocus()
                return True
        if self.general is not None:
            self.general.setText(text)
            self.general.show()
            return True
        return False
