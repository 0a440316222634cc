"""Touch-friendly sizes: buttons and fields a gloved finger can hit."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def at_least(height: int, *widgets: QWidget) -> None:
    """Give each of ``widgets`` a minimum height of ``height`` pixels."""
    for widget in widgets:
        widget.setMinimumHeight(height)
