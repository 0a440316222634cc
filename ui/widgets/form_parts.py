"""The parts the pages' forms and dialogs share.

Entry boxes the pages' forms share: a line edit that says what goes in it while it is
empty, a short plain text box (a description, a note, a reason) and a choice box of a
few values, each in words.

Buttons the pages share: a push button that says what it does in its tooltip.

The intro of a form dialog: a wrapping line of text above its form that says what
the dialog does or what its choice means."""

from __future__ import annotations

from collections.abc import Iterable
from enum import Enum

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit, QPushButton

from executrek.ui.widgets.form_dialog import FormDialog


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


def tipped_button(text: str, tip: str) -> QPushButton:
    """A push button reading ``text``, with ``tip`` as its tooltip."""
    button = QPushButton(text)
    button.setToolTip(tip)
    return button


def intro_above(dialog: FormDialog, text: str) -> QLabel:
    """Show ``text`` wrapped above ``dialog``'s form; the label, to change later."""
    intro = QLabel(text)
    intro.setWordWrap(True)
    dialog.column.insertWidget(0, intro)
    return intro
