"""The preview table of the Import / export screen: a "Check" column saying why a row
would be refused (empty when it imports), then the file's own columns. The columns
come from each file, so the model builds its ``Column`` list per preview grid."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

from executrek.app.interop.exchange_preview import PreviewGrid
from executrek.ui.widgets.column_model import ColumnTableModel
from executrek.ui.widgets.columns import Column

REFUSED_COLOUR = "#C62828"
CHECK_COLUMN = 0

#: One preview row: why it would be refused ("" when it imports) and the file's cells.
PreviewRow = tuple[str, Sequence[str]]


def _check(row: PreviewRow) -> str:
    return row[0] or QCoreApplication.translate("PreviewModel", "OK")


def _cell(column: int) -> Callable[[PreviewRow], str]:
    """The file's cell in ``column`` (empty when the row is short)."""
    return lambda row: row[1][column] if column < len(row[1]) else ""


def preview_columns(headers: Sequence[str]) -> list[Column[PreviewRow]]:
    """ "Check", then one column per header of the file (none without headers)."""
    if not headers:
        return []
    check = Column(
        "check",
        QCoreApplication.translate("PreviewModel", "Check"),
        _check,
        tooltip=_check,
        colour=lambda row: REFUSED_COLOUR if row[0] else None,
    )
    cells = [
        Column(
            f"column_{n}",
            header or QCoreApplication.translate("PreviewModel", "(column {n})").format(n=n + 1),
            _cell(n),
            tooltip=_cell(n),
        )
        for n, header in enumerate(headers)
    ]
    return [check, *cells]


class PreviewModel(ColumnTableModel[PreviewRow]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__([], parent)

    def set_grid(self, grid: PreviewGrid) -> None:
        self.beginResetModel()
        self.columns = preview_columns(grid.headers)
        self._rows = list(zip(grid.messages, grid.rows, strict=True))
        self.endResetModel()

    def clear(self) -> None:
        self.set_grid(PreviewGrid(headers=(), rows=(), messages=(), summary=""))

    def message(self, row: int) -> str:
        return self._rows[row][0]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Rows are numbered as the file's lines are."""
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1) if role == Qt.ItemDataRole.DisplayRole else None
        return super().headerData(section, orientation, role)
