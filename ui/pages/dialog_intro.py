"""The intro of a form dialog: a wrapping line of text above its form that says what
the dialog does or what its choice means."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from executrek.ui.widgets.form_dialog import FormDialog


def intro_above(dialog: FormDialog, text: str) -> QLabel:
    """Show ``text`` wrapped above ``dialog``'s form; the label, to change later."""
    intro = QLabel(text)
    intro.setWordWrap(True)
    dialog.column.insertWidget(0, intro)
    return intro
