"""The Gantt's table model: one ``GanttRow`` per row (WBS headings and activities), the
activity columns the table shows and the bar column the chart's delegate paints.

The rows are a plain list: ``data`` answers a visible cell with a few int compares and
one list index, so the views paint only what is on screen whatever the programme's size.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from executrek.ui.widgets.columns import IdRole, RowRole
from executrek.ui.widgets.gantt_rows import GanttRow, RowKind

Index = QModelIndex | QPersistentModelIndex

NEGATIVE_COLOUR = "#C62828"
GROUP_SHADE = QColor(120, 130, 140, 38)  # reads on the light and the dark base


class Col(enum.IntEnum):
    CODE = 0
    NAME = 1
    START = 2
    FINISH = 3
    FLOAT = 4
    BAR = 5


_DISPLAY = Qt.ItemDataRole.DisplayRole.value
_ALIGN = Qt.ItemDataRole.TextAlignmentRole.value
_FONT = Qt.ItemDataRole.FontRole.value
_FOREGROUND = Qt.ItemDataRole.ForegroundRole.value
_BACKGROUND = Qt.ItemDataRole.BackgroundRole.value
_TOOLTIP = Qt.ItemDataRole.ToolTipRole.value
_ROW, _ID = int(RowRole), int(IdRole)
_ANSWERED = frozenset({_DISPLAY, _ALIGN, _FONT, _FOREGROUND, _BACKGROUND, _TOOLTIP, _ROW, _ID})
_COLUMNS = len(Col)
_CODE, _NAME, _START, _FINISH, _FLOAT, _BAR = (int(c) for c in Col)
_GROUP = RowKind.GROUP
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable  # asked for every cell
_NO_FLAGS = Qt.ItemFlag.NoItemFlags
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)


def day_text(day: int | None) -> str:
    return "" if day is None else dt.date.fromordinal(day).isoformat()


def float_text(value: Decimal | None) -> str:
    return "" if value is None else f"{value.normalize():f}"


def last_day(row: GanttRow) -> int | None:
    """The finish shown: the bar's last day (a milestone's own day)."""
    if row.end is None or row.start is None:
        return None
    return row.end if row.end == row.start else row.end - 1


def tooltip(row: GanttRow) -> str:
    """What a row's bar says under the mouse: dates, float, progress, the comparison."""
    lines = [f"{row.code} · {row.name}" if not row.is_group else row.name]
    if row.start is not None:
        lines.append(
            QCoreApplication.translate("GanttModel", "{start} → {finish}").format(
                start=day_text(row.start), finish=day_text(last_day(row))
            )
        )
    if row.base_start is not None and row.base_end is not None:
        base_last = row.base_end if row.base_end == row.base_start else row.base_end - 1
        lines.append(
            QCoreApplication.translate("GanttModel", "Compared with: {start} → {finish}").format(
                start=day_text(row.base_start), finish=day_text(base_last)
            )
        )
    if not row.is_group:
        if row.total_float is not None:
            lines.append(
                QCoreApplication.translate("GanttModel", "Total float: {days} working days").format(
                    days=float_text(row.total_float)
                )
            )
        lines.append(
            QCoreApplication.translate("GanttModel", "Complete: {pct} %").format(
                pct=round(row.done * 100)
            )
        )
        if row.critical:
            lines.append(QCoreApplication.translate("GanttModel", "On the critical path"))
    return "\n".join(lines)


class GanttModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[GanttRow] = []
        self._bold = QFont()
        self._bold.setBold(True)
        self._negative = QColor(NEGATIVE_COLOUR)
        self._titles = {
            Col.CODE: QCoreApplication.translate("GanttModel", "Code"),
            Col.NAME: QCoreApplication.translate("GanttModel", "Activity"),
            Col.START: QCoreApplication.translate("GanttModel", "Start"),
            Col.FINISH: QCoreApplication.translate("GanttModel", "Finish"),
            Col.FLOAT: QCoreApplication.translate("GanttModel", "Float"),
            Col.BAR: "",
        }

    # --- rows --------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[GanttRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[GanttRow]:
        return self._rows

    def row_at(self, row: int) -> GanttRow:
        return self._rows[row]

    def find_code(self, code: str) -> int:
        """The row of activity ``code`` (-1 when it is not shown)."""
        for i, r in enumerate(self._rows):
            if r.code == code and not r.is_group:
                return i
        return -1

    def find(self, activity_id: str) -> int:
        for i, r in enumerate(self._rows):
            if r.activity is not None and r.activity.id == activity_id:
                return i
        return -1

    # --- Qt ----------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(Col)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Col):
            return None
        if role == _DISPLAY:
            return self._titles[Col(section)]
        if role == _ALIGN:
            return _RIGHT if section == _FLOAT else _LEFT
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return _FLAGS if index.isValid() else _NO_FLAGS

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if role not in _ANSWERED:
            return None
        r, c = index.row(), index.column()
        if not (0 <= r < len(self._rows) and 0 <= c < _COLUMNS):
            return None
        row = self._rows[r]
        if role == _DISPLAY:
            return self._text(row, c)
        if role == _ALIGN:
            return _RIGHT if c == _FLOAT else _LEFT
        if role == _FONT:
            return self._bold if row.kind is _GROUP else None
        if role == _FOREGROUND:
            if c == _FLOAT and row.total_float is not None and row.total_float < 0:
                return self._negative
            return None
        if role == _BACKGROUND:
            return GROUP_SHADE if row.kind is _GROUP and c != _BAR else None
        if role == _TOOLTIP:
            return tooltip(row) if c in (_NAME, _BAR) else None
        if role == _ROW:
            return row
        return row.activity.id if row.activity is not None else None  # IdRole

    @staticmethod
    def _text(row: GanttRow, column: int) -> str | None:
        if column == _NAME:
            return row.name
        if column == _CODE:
            return "" if row.kind is _GROUP else row.code
        if column == _START:
            return day_text(row.start)
        if column == _FINISH:
            return day_text(last_day(row))
        if column == _FLOAT:
            return "" if row.kind is _GROUP else float_text(row.total_float)
        return None
