"""The preview table of the Import / export screen: a "Check" column saying why a row
would be refused (empty when it imports), then the file's own columns."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from executrek.app.interop.exchange_preview import PreviewGrid

Index = QModelIndex | QPersistentModelIndex
REFUSED_COLOUR = "#C62828"
CHECK_COLUMN = 0


class PreviewModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._grid = PreviewGrid(headers=(), rows=(), messages=(), summary="")

    def set_grid(self, grid: PreviewGrid) -> None:
        self.beginResetModel()
        self._grid = grid
        self.endResetModel()

    def clear(self) -> None:
        self.set_grid(PreviewGrid(headers=(), rows=(), messages=(), summary=""))

    def message(self, row: int) -> str:
        return self._grid.messages[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._grid.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        if parent.isValid() or not self._grid.headers:
            return 0
        return len(self._grid.headers) + 1

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        if section == CHECK_COLUMN:
            return self.tr("Check")
        if 0 < section <= len(self._grid.headers):
            return self._grid.headers[section - 1] or self.tr("(column {n})").format(n=section)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._grid.rows):
            return None
        message = self._grid.messages[index.row()]
        if index.column() == CHECK_COLUMN:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return message or self.tr("OK")
            if role == Qt.ItemDataRole.ForegroundRole and message:
                return QColor(REFUSED_COLOUR)
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            cells = self._grid.rows[index.row()]
            column = index.column() - 1
            return cells[column] if column < len(cells) else ""
        return None
