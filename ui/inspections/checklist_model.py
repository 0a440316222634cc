"""The checklist of one inspection as a table model: one row per item with its current
answer, outcome and photo count. Rows are plain values loaded off the GUI thread."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget

from executrek.models.records.inspection.model import InspectionItem, Outcome, ResponseType
from executrek.ui.inspections.inspections_text import inspection_word, number_text, outcome_colour
from executrek.ui.widgets.column_model import ordered
from executrek.ui.widgets.columns import Column
from executrek.ui.widgets.rows_model import RowsModel

translate = QCoreApplication.translate

Index = QModelIndex | QPersistentModelIndex
_FONT = Qt.ItemDataRole.FontRole.value


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
    def id(self) -> str:
        return self.item.id

    @property
    def answered(self) -> bool:
        return self.outcome is not None


def answer_text(e: Entry) -> str:
    """The answer as the checklist shows it ("1.5 mm (fail)", "…" while it is saved)."""
    if e.outcome is None:
        return "…" if e.saving else "—"
    rtype = e.item.response_type
    if rtype is ResponseType.PASS_FAIL_NA or e.outcome is Outcome.NA:
        text = inspection_word(e.outcome)
    elif rtype is ResponseType.YES_NO:
        yes = (e.value or "").lower() in ("yes", "y")
        text = translate("ChecklistModel", "Yes") if yes else translate("ChecklistModel", "No")
    elif rtype is ResponseType.NUMBER:
        text = f"{number_text(e.value)} {e.item.unit or ''}".strip()
    else:
        text = e.value or ""
    if e.outcome is Outcome.FAIL and rtype is not ResponseType.PASS_FAIL_NA:
        text = translate("ChecklistModel", "{answer} (fail)").format(answer=text)
    return text + (" …" if e.saving else "")


def _prompt_tip(e: Entry) -> str:
    return f"{e.item.section}\n{e.item.prompt}" + (f"\n{e.note}" if e.note else "")


def checklist_columns() -> list[Column[Entry]]:
    return ordered(
        Col,
        {
            Col.NUMBER: Column(
                "number",
                translate("ChecklistModel", "#"),
                lambda e: str(e.item.position),
                right=True,
            ),
            Col.SECTION: Column(
                "section", translate("ChecklistModel", "Section"), lambda e: e.item.section
            ),
            Col.PROMPT: Column(
                "prompt",
                translate("ChecklistModel", "Item"),
                lambda e: e.item.prompt + (" ★" if e.item.critical else ""),
                tooltip=_prompt_tip,
            ),
            Col.ANSWER: Column(
                "answer",
                translate("ChecklistModel", "Answer"),
                answer_text,
                colour=lambda e: outcome_colour(e.outcome),
            ),
            Col.PHOTOS: Column(
                "photos",
                translate("ChecklistModel", "Photos"),
                lambda e: str(e.photos) if e.photos else "",
                right=True,
            ),
        },
    )


class ChecklistModel(RowsModel[Entry]):
    """The checklist's rows (``RowsModel``); a failed answer is bold."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(checklist_columns(), parent)
        self._bold = QFont()
        self._bold.setBold(True)

    def touch(self, row: int) -> None:
        """Redraw a row after its entry changed."""
        if 0 <= row < len(self._rows):
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != _FONT:
            return super().data(index, role)
        r = index.row()
        if index.column() == Col.ANSWER and 0 <= r < len(self._rows):
            return self._bold if self._rows[r].outcome is Outcome.FAIL else None
        return None
