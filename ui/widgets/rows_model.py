"""A table model over a small, fully loaded list of plain rows (change orders, issues,
risks…). Sorting happens in the model on the already loaded rows; big lists use
``PagedModel`` instead."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QWidget

from executrek.ui.widgets.column_model import ColumnTableModel, sort_key
from executrek.ui.widgets.columns import Column, R

Index = QModelIndex | QPersistentModelIndex


class RowsModel(ColumnTableModel[R]):
    def __init__(self, columns: Sequence[Column[R]], parent: QWidget | None = None) -> None:
        super().__init__(columns, parent)
        self._sort: tuple[int, Qt.SortOrder] | None = None

    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        if self._sort is not None:
            self._sort_rows(*self._sort)
        self.endResetModel()

    def rows(self) -> list[R]:
        return list(self._rows)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        old = [self.index(r, 0) for r in range(len(self._rows))]
        before = list(self._rows)
        self._sort_rows(column, order)
        position = {id(r): i for i, r in enumerate(self._rows)}
        for idx, r in zip(old, before, strict=True):
            new_row = position[id(r)]
            for c in range(len(self.columns)):
                self.changePersistentIndex(self.index(idx.row(), c), self.index(new_row, c))
        self.layoutChanged.emit()

    def _sort_rows(self, column: int, order: Qt.SortOrder) -> None:
        key = sort_key(self.columns[column])
        self._rows.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)
