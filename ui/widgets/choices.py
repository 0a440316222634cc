"""Choice boxes filled from (value, text) rows after a first "none" or "any" entry, or
with stored values in words."""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum
from typing import Any

from PySide6.QtWidgets import QComboBox

from executrek.ui.labels import value_label


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


def add_values(
    combo: QComboBox, values: Iterable[StrEnum | str], current: StrEnum | str | None = None
) -> None:
    """Add each stored value (a ``StrEnum`` member or its value) in words, the value as
    its data; choose ``current`` if given."""
    for value in values:
        combo.addItem(value_label(str(value)), str(value))
    if current is not None:
        combo.setCurrentIndex(combo.findData(str(current)))
