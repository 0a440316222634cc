"""The change order register as a tree: one row per change (the tier furthest along
stands for it), opened to its change event, request and change order, each with its
own number, status, amount and date.

- :class:`ChainModel` shows ``ChangeChain``s through the list's screen columns (as
  ``ColumnTableModel`` does a table's rows: ``column_header``, ``column_cell``); amounts
  carry the project's currency. Sorting orders the changes; a change's tiers stay in
  tier order under it.
- :class:`ChainView` is the tree view, set up like the other record lists.
- :class:`ChainSelection` loads the record selected (a change or one of its tiers) and
  selects it again after a reload, its change opened when it is a tier."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView

from executrek.models.records.change_order.chains import ChangeChain
from executrek.models.records.change_order.queries import ChangeOrderRow
from executrek.ui.labels import money
from executrek.ui.widgets.column_model import column_cell, column_header, sort_key
from executrek.ui.widgets.columns import Column
from executrek.ui.widgets.record_list import SelectionKeeper

Index = QModelIndex | QPersistentModelIndex
_TOP = 0  # the internal id of a change's row; a tier's is its change's row + 1


class ChainModel(QAbstractItemModel):
    def __init__(
        self, columns: Sequence[Column[ChangeOrderRow]], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.currency = ""
        self._chains: list[ChangeChain] = []
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._bold = QFont()
        self._bold.setBold(True)

    # --- the rows -------------------------------------------------------------------
    def set_chains(self, chains: Sequence[ChangeChain], currency: str | None = None) -> None:
        self.beginResetModel()
        if currency is not None:
            self.currency = currency
        self._chains = list(chains)
        if self._sort is not None:
            self._sort_chains(*self._sort)
        self.endResetModel()

    def rows(self) -> list[ChangeOrderRow]:
        """The row standing for each change, in the order shown."""
        return [c.head for c in self._chains]

    def row_at(self, row: int) -> ChangeOrderRow:
        """The record standing for the change in ``row`` (as the list pages' models)."""
        return self._chains[row].head

    def find(self, record_id: str) -> int:
        """The row of the change ``record_id`` stands for (-1: none; a tier promoted
        further is found with :meth:`index_of`)."""
        return next((i for i, c in enumerate(self._chains) if c.head.id == record_id), -1)

    def index_of(self, record_id: str) -> QModelIndex:
        """Where ``record_id`` is shown: its change's row, or its tier's row under it."""
        for i, chain in enumerate(self._chains):
            if chain.head.id == record_id:
                return self.index(i, 0)
            for j, tier in enumerate(self._tiers(chain)):
                if tier.id == record_id:
                    return self.index(j, 0, self.index(i, 0))
        return QModelIndex()

    def record_at(self, index: Index) -> ChangeOrderRow | None:
        if not index.isValid():
            return None
        if index.internalId() == _TOP:
            return self._chains[index.row()].head
        tiers = self._tiers(self._chains[index.internalId() - 1])
        return tiers[index.row()] if 0 <= index.row() < len(tiers) else None

    @staticmethod
    def _tiers(chain: ChangeChain) -> tuple[ChangeOrderRow, ...]:
        """A change of one record has no rows under it."""
        return chain.tiers if len(chain.tiers) > 1 else ()

    # --- the tree -------------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        if not 0 <= column < len(self.columns):
            return QModelIndex()
        if not parent.isValid():
            if 0 <= row < len(self._chains):
                return self.createIndex(row, column, _TOP)
            return QModelIndex()
        if parent.internalId() != _TOP or parent.column() != 0:
            return QModelIndex()
        if 0 <= row < len(self._tiers(self._chains[parent.row()])):
            return self.createIndex(row, column, parent.row() + 1)
        return QModelIndex()

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalId() == _TOP:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, _TOP)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        if not parent.isValid():
            return len(self._chains)
        if parent.internalId() != _TOP or parent.column() != 0:
            return 0
        return len(self._tiers(self._chains[parent.row()]))

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        return column_header(self.columns, section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.record_at(index)
        if row is None or not 0 <= index.column() < len(self.columns):
            return None
        col = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole and col.key == "amount":
            return money(row.amount, self.currency)
        if role == Qt.ItemDataRole.FontRole:
            has_tiers = index.internalId() == _TOP and self._tiers(self._chains[index.row()])
            return self._bold if has_tiers and col.key == "number" else None
        return column_cell(col, row, role)

    # --- sorting --------------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        before = list(self._chains)
        self._sort_chains(column, order)
        moved = {id(c): i for i, c in enumerate(self._chains)}
        for old in self.persistentIndexList():
            if old.internalId() == _TOP:
                new = self.createIndex(moved[id(before[old.row()])], old.column(), _TOP)
            else:
                parent_row = moved[id(before[old.internalId() - 1])]
                new = self.createIndex(old.row(), old.column(), parent_row + 1)
            self.changePersistentIndex(old, new)
        self.layoutChanged.emit()

    def _sort_chains(self, column: int, order: Qt.SortOrder) -> None:
        key = sort_key(self.columns[column])
        self._chains.sort(
            key=lambda chain: key(chain.head), reverse=order == Qt.SortOrder.DescendingOrder
        )


class ChainView(QTreeView):
    """The register's tree: one selected row at a time, sortable, the title column
    resizable and the last one taking the room left."""

    def __init__(self, model: ChainModel, *, title_column: int = 2) -> None:
        super().__init__()
        self.setModel(model)
        self.setSortingEnabled(True)
        self.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setUniformRowHeights(True)
        self.setAllColumnsShowFocus(True)
        self.setExpandsOnDoubleClick(False)  # a double-click edits, the arrow opens
        header = self.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(title_column, QHeaderView.ResizeMode.Interactive)
        self.setColumnWidth(title_column, 240)

    def select(self, index: QModelIndex) -> None:
        """Make ``index`` the current, selected row (its change opened)."""
        if not index.isValid():
            return
        parent = index.parent()
        if parent.isValid():
            self.expand(parent)
        self.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.scrollTo(index)

    def selectRow(self, row: int) -> None:
        """Select the change in ``row`` (as a table's ``selectRow``)."""
        self.select(self.model().index(row, 0))


class ChainSelection(SelectionKeeper[ChangeOrderRow]):
    """The tree's :class:`SelectionKeeper`: a row is a change or one of its tiers; a row
    selected again after a reload opens its change."""

    def __init__(
        self,
        view: ChainView,
        model: ChainModel,
        show: Callable[[ChangeOrderRow], None],
        clear: Callable[[], None],
    ) -> None:
        super().__init__(view, show, clear)
        self.view = view
        self.model = model

    def set_rows(
        self, chains: Sequence[ChangeChain], keep: str | None, currency: str | None = None
    ) -> None:
        """Show ``chains`` (amounts in ``currency``), ``keep`` selected if listed."""
        self.model.set_chains(chains, currency)
        self.keep(keep)

    def reveal(self, record_id: str) -> None:
        """Select ``record_id``'s row (its detail is shown already) if it is listed."""
        self.select(self.model.index_of(record_id))

    def index_of(self, record_id: str) -> QModelIndex:
        return self.model.index_of(record_id)

    def record_at(self, index: QModelIndex) -> ChangeOrderRow | None:
        return self.model.record_at(index)

    def select(self, index: QModelIndex) -> None:
        self.quietly(lambda: self.view.select(index))
