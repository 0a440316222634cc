"""Show or hide table columns from a menu (header right-click or a "Columns" button);
the choice is remembered per table in the saved-filters file."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QTableView, QToolButton, QWidget

from executrek.app.saved_filters import SavedFilters
from executrek.ui.widgets.columns import Column


class ColumnChooser(QObject):
    def __init__(
        self,
        view: QTableView,
        columns: Sequence[Column[Any]],
        saved: SavedFilters,
        table_key: str,
    ) -> None:
        super().__init__(view)
        self.view = view
        self.columns = list(columns)
        self.saved = saved
        self.table_key = table_key
        self.menu = QMenu(view)
        self.actions_by_key: dict[str, QAction] = {}
        default_hidden = {c.key for c in self.columns if c.hidden_by_default}
        hidden = set(saved.hidden_columns.get(table_key, sorted(default_hidden)))
        for index, column in enumerate(self.columns):
            action = self.menu.addAction(column.title)
            action.setCheckable(True)
            action.setChecked(column.key not in hidden)
            action.toggled.connect(lambda on, i=index: self.set_visible(i, on))
            self.actions_by_key[column.key] = action
            view.setColumnHidden(index, column.key in hidden)
        header = view.horizontalHeader()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._popup)

    def button(self, parent: QWidget | None = None) -> QToolButton:
        button = QToolButton(parent)
        button.setText(self.tr("Columns"))
        button.setMenu(self.menu)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        return button

    def set_visible(self, index: int, visible: bool) -> None:
        if (
            not visible
            and sum(not self.view.isColumnHidden(i) for i in range(len(self.columns))) <= 1
        ):
            self.actions_by_key[self.columns[index].key].setChecked(True)
            return
        self.view.setColumnHidden(index, not visible)
        self.saved.hidden_columns[self.table_key] = [
            c.key for i, c in enumerate(self.columns) if self.view.isColumnHidden(i)
        ]
        self.saved.save()

    def hidden_keys(self) -> list[str]:
        return [c.key for i, c in enumerate(self.columns) if self.view.isColumnHidden(i)]

    def _popup(self, pos: QPoint) -> None:
        self.menu.popup(self.view.horizontalHeader().mapToGlobal(pos))
