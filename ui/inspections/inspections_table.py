"""The list of a project's inspections as a table model (rows filtered in SQL)."""

from __future__ import annotations

import enum
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from executrek.models.inspection import InspectionResult
from executrek.models.services.inspection_queries import InspectionRow
from executrek.ui.inspections.inspections_text import (
    FAIL_COLOUR,
    PASS_COLOUR,
    result_text,
    status_text,
)

Index = QModelIndex | QPersistentModelIndex
InspectionIdRole = Qt.ItemDataRole.UserRole + 1


class Col(enum.IntEnum):
    NUMBER = 0
    DATE = 1
    TITLE = 2
    TEMPLATE = 3
    LOCATION = 4
    CONTRACTOR = 5
    STATUS = 6
    RESULT = 7
    SCORE = 8
    PROGRESS = 9


class InspectionTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[InspectionRow] = []
        self._sort: tuple[Col, Qt.SortOrder] | None = None
        self._headers = {
            Col.NUMBER: self.tr("Number"),
            Col.DATE: self.tr("Date"),
            Col.TITLE: self.tr("Title"),
            Col.TEMPLATE: self.tr("Template"),
            Col.LOCATION: self.tr("Location"),
            Col.CONTRACTOR: self.tr("Contractor"),
            Col.STATUS: self.tr("Status"),
            Col.RESULT: self.tr("Result"),
            Col.SCORE: self.tr("Score"),
            Col.PROGRESS: self.tr("Answered"),
        }

    def set_rows(self, rows: list[InspectionRow]) -> None:
        self.beginResetModel()
        self._rows = self._sorted(list(rows))
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in place: a project has hundreds of inspections, not a hundred thousand."""
        self._sort = (Col(column), order)
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        where = [(self._rows[i.row()].id, i.column()) for i in persistent]
        self._rows = self._sorted(self._rows)
        position = {row.id: n for n, row in enumerate(self._rows)}
        self.changePersistentIndexList(
            persistent, [self.index(position[row_id], c) for row_id, c in where]
        )
        self.layoutChanged.emit()

    def _sorted(self, rows: list[InspectionRow]) -> list[InspectionRow]:
        if self._sort is None:
            return rows
        col, order = self._sort
        keys: dict[Col, Any] = {
            Col.NUMBER: lambda r: (r.number, r.id),
            Col.DATE: lambda r: (r.inspection_date, r.number),
            Col.TITLE: lambda r: (r.title.casefold(), r.number),
            Col.TEMPLATE: lambda r: (r.template_name.casefold(), r.number),
            Col.LOCATION: lambda r: (r.location.casefold(), r.number),
            Col.CONTRACTOR: lambda r: (r.contractor.casefold(), r.number),
            Col.STATUS: lambda r: (r.status.value, r.number),
            Col.RESULT: lambda r: (r.result.value if r.result else "", r.number),
            Col.SCORE: lambda r: (r.score if r.score is not None else Decimal(-1), r.number),
            Col.PROGRESS: lambda r: (r.answered / r.total if r.total else 0.0, r.number),
        }
        return sorted(rows, key=keys[col], reverse=order == Qt.SortOrder.DescendingOrder)

    def row(self, index: int) -> InspectionRow:
        return self._rows[index]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(Col)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[Col(section)]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r = self._rows[index.row()]
        col = Col(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(r, col)
        if role == Qt.ItemDataRole.ForegroundRole and col in (Col.RESULT, Col.SCORE):
            if r.result is InspectionResult.PASS:
                return QColor(PASS_COLOUR)
            if r.result is InspectionResult.FAIL:
                return QColor(FAIL_COLOUR)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (Col.SCORE, Col.PROGRESS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and col in (Col.TITLE, Col.LOCATION):
            return self.tr("{title}\nTemplate: {template}\n{location}").format(
                title=r.title, template=r.template_name or "—", location=r.location
            )
        if role == InspectionIdRole:
            return r.id
        return None

    def _display(self, r: InspectionRow, col: Col) -> str:
        if col == Col.NUMBER:
            return r.number
        if col == Col.DATE:
            return r.inspection_date.isoformat()
        if col == Col.TITLE:
            return r.title
        if col == Col.TEMPLATE:
            return r.template_name
        if col == Col.LOCATION:
            return r.location
        if col == Col.CONTRACTOR:
            return r.contractor
        if col == Col.STATUS:
            return status_text(r.status)
        if col == Col.RESULT:
            return result_text(r.result)
        if col == Col.SCORE:
            return "—" if r.score is None else f"{r.score}%"
        return f"{r.answered}/{r.total}"
