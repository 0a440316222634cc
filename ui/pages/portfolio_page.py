"""Home: the rep's projects with budget, schedule and quality health at a glance."""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from executrek.app import health_rag
from executrek.app.health_rag import Rag
from executrek.app.settings import Thresholds
from executrek.models.services import health
from executrek.models.services.health import ProjectHealth
from executrek.ui.labels import RAG_COLOURS

if TYPE_CHECKING:
    from executrek.ui.main_window import MainWindow

ProjectIdRole = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex


class Col(enum.IntEnum):
    CODE = 0
    NAME = 1
    OWNER = 2
    CONTRACT = 3
    REVISED = 4
    PENDING = 5
    SLIP = 6
    OPEN_PUNCH = 7
    OVERDUE = 8
    PASS_RATE = 9
    NCRS = 10


class PortfolioModel(QAbstractTableModel):
    def __init__(self, thresholds: Thresholds, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ProjectHealth] = []
        self.thresholds = thresholds
        self._headers = {
            Col.CODE: self.tr("Code"),
            Col.NAME: self.tr("Project"),
            Col.OWNER: self.tr("Owner"),
            Col.CONTRACT: self.tr("Original contract"),
            Col.REVISED: self.tr("Revised contract"),
            Col.PENDING: self.tr("Pending exposure"),
            Col.SLIP: self.tr("Schedule slip (days)"),
            Col.OPEN_PUNCH: self.tr("Open punch"),
            Col.OVERDUE: self.tr("Overdue"),
            Col.PASS_RATE: self.tr("Inspection pass rate"),
            Col.NCRS: self.tr("Open NCRs"),
        }

    def set_rows(self, rows: list[ProjectHealth]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, index: int) -> ProjectHealth:
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
        h = self._rows[index.row()]
        col = Col(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(h, col)
        if role == Qt.ItemDataRole.TextAlignmentRole and col >= Col.CONTRACT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            rag = self._rag(h, col)
            if rag in RAG_COLOURS:
                return QColor(RAG_COLOURS[rag])
        if role == Qt.ItemDataRole.ToolTipRole and col == Col.NAME and h.top_risks:
            return self.tr("Top risks:\n") + "\n".join(
                f"• {r.title} ({r.score})" for r in h.top_risks
            )
        if role == ProjectIdRole:
            return h.project_id
        return None

    def _display(self, h: ProjectHealth, col: Col) -> str:
        b = h.budget
        money = {
            Col.CONTRACT: b.original_contract,
            Col.REVISED: b.revised_contract,
            Col.PENDING: b.pending_exposure,
        }
        if col in money:
            return f"{b.currency} {money[col]:,.0f}"
        values: dict[Col, Any] = {
            Col.CODE: h.code,
            Col.NAME: h.name,
            Col.OWNER: h.owner or "",
            Col.SLIP: h.max_slip_days,
            Col.OPEN_PUNCH: h.punch_open,
            Col.OVERDUE: h.punch_overdue,
            Col.PASS_RATE: "—" if h.inspection_pass_rate is None else f"{h.inspection_pass_rate}%",
            Col.NCRS: h.open_ncrs,
        }
        if col == Col.REVISED:
            return f"{b.currency} {b.revised_contract:,.0f} ({b.percent_change:+}%)"
        return str(values[col])

    def _rag(self, h: ProjectHealth, col: Col) -> Rag:
        if col in (Col.REVISED, Col.PENDING):
            return health_rag.budget(h, self.thresholds)
        if col == Col.SLIP:
            return health_rag.schedule(h, self.thresholds)
        if col in (Col.OVERDUE, Col.PASS_RATE):
            return health_rag.quality(h, self.thresholds)
        return Rag.NONE


class PortfolioPage(QWidget):
    """The portfolio table; refreshes itself off the GUI thread whenever data changes."""

    project_activated = Signal(str)

    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self.window_ = window
        thresholds = window.prefs.thresholds
        layout = QVBoxLayout(self)
        self.title = QLabel(self.tr("Portfolio"))
        self.title.setObjectName("pageTitle")
        self.summary = QLabel()
        self.model = PortfolioModel(thresholds, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(
            Col.NAME, QHeaderView.ResizeMode.Interactive
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(Col.NAME, 280)
        self.table.verticalHeader().setDefaultSectionSize(34)
        self.table.activated.connect(self._activated)
        self.empty = QLabel(
            self.tr("No projects yet. Use File › Load demo portfolio, or create a project.")
        )
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.hide()
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)

        self.project_activated.connect(window.set_project)
        window.changed.connect(lambda _changes: self.refresh())
        window.settings_changed.connect(self.refresh)
        # Built in the start-up shell, before there is anything to read from: fill in
        # from the first view, or from the store once it is open.
        self._waiting = False
        window.first_view_ready.connect(self._catch_up)
        window.opened.connect(self._catch_up)
        self.refresh()

    def _catch_up(self) -> None:
        if self._waiting:
            self.refresh()

    def refresh(self) -> None:
        self._waiting = not self.window_.can_read()
        if self._waiting:
            return
        first = self.window_.first_view if self.window_.ctx is None else None
        ready = first.take_portfolio() if first is not None else None
        if ready is not None:  # read ahead at start-up, before the store opened
            self.show_rows(ready)
            return
        reader = self.window_.reader
        self.window_.runner.submit(
            lambda _h: health.portfolio(reader),
            on_done=self.show_rows,
            on_error=self.window_.show_error,
        )

    def show_rows(self, rows: list[ProjectHealth]) -> None:
        self.model.set_rows(rows)
        self.table.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        self.summary.setText(self.tr("{count} project(s)").format(count=len(rows)))

    def _activated(self, index: QModelIndex) -> None:
        self.project_activated.emit(self.model.data(index, ProjectIdRole))
