"""Buttons the pages share: a push button that says what it does in its tooltip."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton


def tipped_button(text: str, tip: str) -> QPushButton:
    """A push button reading ``text``, with ``tip`` as its tooltip."""
    button = QPushButton(text)
    button.setToolTip(tip)
    return button
