"""The checklist of one inspection as a table model: one row per item with its current
answer, outcome and photo count. Rows are plain values loaded off the GUI thread."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from executrek.models.inspection import InspectionItem, Outcome, ResponseType
from executrek.ui.inspections.inspections_text import number_text, outcome_colour, outcome_text

Index = QModelIndex | QPersistentModelIndex
ItemIdRole = Qt.ItemDataRole.UserRole + 1


class Col(enum.IntEnum):
    NUMBER = 0
    SECTION = 1
    PROMPT = 2
    ANSWER = 3
    PHOTOS = 4


@dataclass
class Entry:
    """One checklist item as the runner shows it. ``item`` is a detached row (read only)."""

    item: InspectionItem
    value: str | None
    outcome: Outcome | None
    note: str
    photos: int
    saving: bool = False

    @property
    def answered(self) -> bool:
        return self.outcome is not None


class ChecklistModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Entry] = []
        self._headers = {
            Col.NUMBER: self.tr("#"),
            Col.SECTION: self.tr("Section"),
            Col.PROMPT: self.tr("Item"),
            Col.ANSWER: self.tr("Answer"),
            Col.PHOTOS: self.tr("Photos"),
        }

    def set_entries(self, entries: list[Entry]) -> None:
        self.beginResetModel()
        self._rows = list(entries)
        self.endResetModel()

    def entries(self) -> list[Entry]:
        return list(self._rows)

    def entry(self, row: int) -> Entry:
        return self._rows[row]

    def row_of(self, item_id: str) -> int:
        for row, e in enumerate(self._rows):
            if e.item.id == item_id:
                return row
        return -1

    def touch(self, row: int) -> None:
        """Redraw a row after its entry changed."""
        if 0 <= row < len(self._rows):
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(Col) - 1))

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
        e = self._rows[index.row()]
        col = Col(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(e, col)
        if role == Qt.ItemDataRole.ForegroundRole and col == Col.ANSWER:
            colour = outcome_colour(e.outcome)
            return QColor(colour) if colour else None
        if role == Qt.ItemDataRole.FontRole and col == Col.ANSWER and e.outcome is Outcome.FAIL:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and col == Col.PROMPT:
            return f"{e.item.section}\n{e.item.prompt}" + (f"\n{e.note}" if e.note else "")
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (Col.NUMBER, Col.PHOTOS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ItemIdRole:
            return e.item.id
        return None

    def _display(self, e: Entry, col: Col) -> str:
        if col == Col.NUMBER:
            return str(e.item.position)
        if col == Col.SECTION:
            return e.item.section
        if col == Col.PROMPT:
            marks = " ★" if e.item.critical else ""
            return e.item.prompt + marks
        if col == Col.PHOTOS:
            return str(e.photos) if e.photos else ""
        return self.answer_text(e)

    def answer_text(self, e: Entry) -> str:
        if e.outcome is None:
            return "…" if e.saving else "—"
        rtype = e.item.response_type
        if rtype is ResponseType.PASS_FAIL_NA or e.outcome is Outcome.NA:
            text = outcome_text(e.outcome)
        elif rtype is ResponseType.YES_NO:
            yes = (e.value or "").lower() in ("yes", "y")
            text = self.tr("Yes") if yes else self.tr("No")
        elif rtype is ResponseType.NUMBER:
            text = f"{number_text(e.value)} {e.item.unit or ''}".strip()
        else:
            text = e.value or ""
        if e.outcome is Outcome.FAIL and rtype is not ResponseType.PASS_FAIL_NA:
            text = self.tr("{answer} (fail)").format(answer=text)
        return text + (" …" if e.saving else "")
