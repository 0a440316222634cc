"""Touch-friendly sizes: buttons and fields a gloved finger can hit; choice boxes as wide
as a given number of characters, however long their items (a long contractor name would
widen the page past a laptop screen)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget


def at_least(height: int, *widgets: QWidget) -> None:
    """Give each of ``widgets`` a minimum height of ``height`` pixels."""
    for widget in widgets:
        widget.setMinimumHeight(height)


def chars_wide(width: int, *boxes: QComboBox) -> None:
    """Make each of ``boxes`` ``width`` characters wide, whatever its items."""
    for box in boxes:
        box.setMinimumContentsLength(width)
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
