"""The one question a page asks before a step that loses something: the step's button
and Cancel, Cancel the default. Tests answer it by replacing ``QMessageBox.question``."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

Answer = QMessageBox.StandardButton


def confirm(parent: QWidget, title: str, text: str, yes: Answer = Answer.Yes) -> bool:
    """Ask ``text``; True when ``yes`` (Yes, Discard…) was chosen."""
    cancel = Answer.Cancel
    return QMessageBox.question(parent, title, text, yes | cancel, cancel) == yes


def discard_ok(parent: QWidget, title: str, text: str) -> bool:
    """Ask ``text`` before something is thrown away (unsaved edits, a refused change);
    True when Discard was chosen."""
    return confirm(parent, title, text, Answer.Discard)
