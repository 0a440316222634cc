"""Select a record of a filtered list by id: now, or once the list shows it (a record just
made, a search result); a record the filters hide clears them first."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol

from PySide6.QtWidgets import QComboBox, QLineEdit, QTableView


class _Finds(Protocol):
    def find(self, row_id: str) -> int: ...

    def index(self, row: int, column: int) -> Any: ...


class _HasId(Protocol):
    @property
    def id(self) -> str: ...


class ListPick:
    def __init__(
        self,
        table: QTableView,
        model: _Finds,
        search: QLineEdit | None = None,
        status_box: QComboBox | None = None,
    ) -> None:
        """``search`` and ``status_box`` are the list's filters (a list without them
        has nothing to clear)."""
        self.table = table
        self.model = model
        self.search = search
        self.status_box = status_box
        self.wanted: str | None = None  # to select once it is listed

    def want(self, record_id: str | None) -> None:
        """Select ``record_id`` now or as soon as the list has it."""
        if record_id is not None and not self.select(record_id):
            self.wanted = record_id

    def select(self, record_id: str) -> bool:
        row = self.model.find(record_id)
        if row < 0:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def show(self, record_id: str) -> None:
        """Open a record by id (search everywhere): filters cleared if they hide it."""
        if self.select(record_id):
            return
        search, status = self.search, self.status_box
        if search is not None and status is not None and (search.text() or status.currentIndex()):
            search.clear()
            status.setCurrentIndex(0)
        self.want(record_id)

    def keep(self, rows: Sequence[_HasId], current: str | None) -> str | None:
        """The row to keep selected after the list is filtered again: the wanted record
        once it is listed, else the one shown."""
        if self.wanted is not None and any(x.id == self.wanted for x in rows):
            found, self.wanted = self.wanted, None
            return found
        return current
