"""Choice boxes filled from (value, text) rows after a first "none" or "any" entry."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtWidgets import QComboBox


def fill(combo: QComboBox, rows: Iterable[tuple[Any, str]], none_text: str) -> None:
    """Fill ``combo`` with ``none_text`` (no value), then each row's text with its value,
    keeping the value chosen before when it is still there; no change signals."""
    keep = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(none_text, None)
    for value, text in rows:
        combo.addItem(text, value)
    index = combo.findData(keep) if keep else 0
    combo.setCurrentIndex(max(0, index))
    combo.blockSignals(False)
