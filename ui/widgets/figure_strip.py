"""A card of labelled figures side by side that wraps onto more lines on a narrow
window instead of widening it (the change orders' roll-up, the budget's totals)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from executrek.ui.widgets.flow_layout import FlowLayout


class FigureStrip(QFrame):
    """``figures``: (key, caption) pairs; ``values[key]`` is the label showing a figure
    ("—" until set). ``large``: the dashboard's big figures, else bold body text."""

    def __init__(
        self,
        figures: Sequence[tuple[str, str]],
        *,
        large: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        layout = FlowLayout(self, spacing=18, line_spacing=6)
        layout.setContentsMargins(14, 8, 14, 8)
        self.values: dict[str, QLabel] = {}
        for key, caption in figures:
            cell = QWidget()
            box = QVBoxLayout(cell)
            box.setContentsMargins(0, 0, 0, 0)
            box.setSpacing(2)
            cap = QLabel(caption)
            cap.setObjectName("muted")
            value = QLabel("—")
            if large:
                value.setObjectName("cardValue")
            else:
                value.setStyleSheet("font-weight: 700;")
            value.setAccessibleName(caption)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            box.addWidget(cap)
            box.addWidget(value)
            layout.add_widget(cell, 1)
            self.values[key] = value

    def clear(self) -> None:
        for value in self.values.values():
            value.setText("—")
