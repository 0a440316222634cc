"""The table model both list kinds share: plain row objects shown through ``Column``
definitions (text, alignment, colour, tooltip, id and row roles).

:func:`column_header`, :func:`column_cell` and :func:`sort_key` answer for one column; the
change-order tree (``ui/pages/co_tree.ChainModel``) uses them too."""

from __future__ import annotations

import enum
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Generic

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from executrek.ui.widgets.columns import Column, IdRole, R, RowRole, SortRole, alignment

Index = QModelIndex | QPersistentModelIndex

_DISPLAY = Qt.ItemDataRole.DisplayRole.value
_ALIGN = Qt.ItemDataRole.TextAlignmentRole.value
_FOREGROUND = Qt.ItemDataRole.ForegroundRole.value
_TOOLTIP = Qt.ItemDataRole.ToolTipRole.value
_ID, _ROW, _SORT = int(IdRole), int(RowRole), int(SortRole)
_ANSWERED = frozenset({_DISPLAY, _ALIGN, _FOREGROUND, _TOOLTIP, _ID, _ROW, _SORT})


def ordered(order: type[enum.IntEnum], columns: Mapping[Any, Column[R]]) -> list[Column[R]]:
    """The columns in the order of ``order`` (an IntEnum naming each column's position),
    so a page can name a column by its place (``Col.TITLE``)."""
    return [columns[position] for position in order]


def column_header(
    columns: Sequence[Column[Any]], section: int, orientation: Qt.Orientation, role: int
) -> Any:
    """The header of ``columns[section]``: its title, aligned as its cells."""
    if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(columns):
        return None
    if role == _DISPLAY:
        return columns[section].title
    if role == _ALIGN:
        return alignment(columns[section])
    return None


def column_cell(col: Column[R], row: R, role: int) -> Any:
    """What ``col`` shows of ``row`` in ``role``; None for a role a column does not answer."""
    if role == _DISPLAY:
        return col.text(row)
    if role == _ALIGN:
        return alignment(col)
    if role == _FOREGROUND:
        if col.colour is None:
            return None
        colour = col.colour(row)
        return QColor(colour) if colour else None
    if role == _TOOLTIP:
        return col.tooltip(row) if col.tooltip is not None else None
    if role == _ID:
        return getattr(row, "id", None)
    if role == _ROW:
        return row
    if role == _SORT:
        return col.sort_value(row) if col.sort_value else col.text(row)
    return None


def sort_key(col: Column[R]) -> Callable[[R], tuple[int, Any]]:
    """The key sorting rows by ``col`` (its sort value, else its text); rows with no
    value come last."""
    key = col.sort_value or col.text

    def safe(row: R) -> tuple[int, Any]:
        value = key(row)
        return (1, "") if value is None else (0, value)

    return safe


class ColumnTableModel(QAbstractTableModel, Generic[R]):
    def __init__(self, columns: Sequence[Column[R]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self._rows: list[R] = []

    def row_at(self, row: int) -> R:
        return self._rows[row]

    def find(self, row_id: str) -> int:
        for i, r in enumerate(self._rows):
            if getattr(r, "id", None) == row_id:
                return i
        return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        return column_header(self.columns, section, orientation, role)

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        # Called for every role of every visible cell on each paint and size pass (most
        # of them roles we never answer): plain int compares, the index read once (an
        # invalid index has row and column -1).
        if role not in _ANSWERED:
            return None
        r, c = index.row(), index.column()
        if not (0 <= r < len(self._rows) and 0 <= c < len(self.columns)):
            return None
        return column_cell(self.columns[c], self._rows[r], role)
