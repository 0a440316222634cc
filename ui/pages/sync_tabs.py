"""One list of the Sync screen (``ListTab``): an optional note, the sentence shown while
the list is empty, a single-selection table and the list's buttons, which stay disabled
until a row is chosen. Every tab of the screen — conflicts, automatic decisions, refused
changes, set-aside records, diary days — is one of these."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

_T = TypeVar("_T")


class ListTab(QWidget):
    """A list with its empty sentence and buttons; ``show_rows`` fills it."""

    selection_changed = Signal()

    def __init__(
        self,
        headers: Sequence[str],
        stretch: int,
        empty: str,
        buttons: Sequence[QPushButton] = (),
        *,
        note: str = "",
        buttons_only_with_rows: bool = False,
    ) -> None:
        super().__init__()
        self.buttons = tuple(buttons)
        self.buttons_only_with_rows = buttons_only_with_rows
        v = QVBoxLayout(self)
        if note:
            self.note = QLabel(note)
            self.note.setWordWrap(True)
            v.addWidget(self.note)
        self.empty = QLabel(empty)
        self.empty.setObjectName("muted")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        v.addWidget(self.empty, 1)  # the sentence or the table takes the room, at the top
        self.table = QTableWidget(0, len(headers))
        self.table.setHorizontalHeaderLabels(list(headers))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(160)
        self.table.itemSelectionChanged.connect(self.selection_changed)
        v.addWidget(self.table, 1)
        if self.buttons:
            row = QHBoxLayout()
            row.addStretch(1)
            for button in self.buttons:
                button.setEnabled(False)  # until a row is chosen
                row.addWidget(button)
            v.addLayout(row)
        self._show_empty(True)

    def _show_empty(self, empty: bool) -> None:
        self.empty.setVisible(empty)
        self.table.setVisible(not empty)
        if self.buttons_only_with_rows:
            for button in self.buttons:
                button.setVisible(not empty)

    def show_rows(self, rows: Sequence[Sequence[str]], tips: Sequence[str] = ()) -> None:
        """Fill the table (each cell's tooltip is its row's tip, else its text) and keep a
        row chosen while there is one."""
        self.table.setRowCount(len(rows))
        for i, cells in enumerate(rows):
            tip = tips[i] if i < len(tips) else ""
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(tip or text)
                self.table.setItem(i, col, item)
        if rows and not self.table.selectedItems():
            self.table.selectRow(0)
        self._show_empty(not rows)

    def picked(self, items: Sequence[_T]) -> _T | None:
        """The item of ``items`` on the chosen row (None: no row, or the list is older)."""
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(items):
            return None
        return items[rows[0].row()]

    def cells(self, row: int) -> list[str]:
        """The texts of one row, as shown."""
        items = (self.table.item(row, c) for c in range(self.table.columnCount()))
        return [item.text() if item is not None else "" for item in items]
