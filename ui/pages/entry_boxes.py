"""Entry boxes the pages' forms share: a line edit that says what goes in it while it is
empty, a short plain text box (a description, a note, a reason) and a choice box of a
few values, each in words."""

from __future__ import annotations

from collections.abc import Iterable
from enum import Enum

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit


def hinted_edit(hint: str) -> QLineEdit:
    """An empty line edit showing ``hint`` until something is typed."""
    edit = QLineEdit()
    edit.setPlaceholderText(hint)
    return edit


def short_text(height: int, text: str = "", *, tab_leaves: bool = False) -> QPlainTextEdit:
    """A plain text box holding ``text``, at most ``height`` pixels high; with
    ``tab_leaves``, Tab moves on to the next box instead of typing a tab."""
    box = QPlainTextEdit(text)
    if tab_leaves:
        box.setTabChangesFocus(True)
    box.setMaximumHeight(height)
    return box


def choice_box(choices: Iterable[tuple[Enum, str]]) -> QComboBox:
    """A choice box of ``choices``: each value's text, with the value's value as data."""
    box = QComboBox()
    for value, text in choices:
        box.addItem(text, value.value)
    return box
