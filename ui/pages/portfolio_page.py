"""Home: the rep's projects with budget, schedule and quality health at a glance."""

from __future__ import annotations

import enum
from collections.abc import Callable
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from executrek.app import health_rag
from executrek.app.health_rag import Rag
from executrek.app.project_downloads import Downloads, downloading, state_text
from executrek.app.settings import Thresholds
from executrek.models.services import health
from executrek.models.services.health import ProjectHealth
from executrek.ui.labels import RAG_COLOURS
from executrek.ui.widgets.column_model import ordered
from executrek.ui.widgets.columns import Column
from executrek.ui.widgets.page_text import page_title
from executrek.ui.widgets.record_list import record_table
from executrek.ui.widgets.rows_model import RowsModel

if TYPE_CHECKING:
    from executrek.ui.main_window import MainWindow

translate = QCoreApplication.translate


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


def _figure(
    key: str,
    title: str,
    text: Callable[[ProjectHealth], str],
    colour: Callable[[ProjectHealth], str | None] | None = None,
) -> Column[ProjectHealth]:
    """A figure of the project, right-aligned; ``colour`` its RAG colour, if any."""
    return Column(key, title, text, right=True, colour=colour)


def _amount(value: Callable[[ProjectHealth], Decimal]) -> Callable[[ProjectHealth], str]:
    """Whole amounts in the project's currency ("USD 48,500,000")."""
    return lambda h: f"{h.budget.currency} {value(h):,.0f}"


def _top_risks(h: ProjectHealth) -> str | None:
    if not h.top_risks:
        return None
    return translate("PortfolioModel", "Top risks:\n") + "\n".join(
        f"• {r.title} ({r.score})" for r in h.top_risks
    )


def portfolio_columns(
    thresholds: Thresholds, downloads: Downloads | None = None
) -> list[Column[ProjectHealth]]:
    """The projects' health; budget, schedule and quality figures in their RAG colour.
    A project in ``downloads`` (kept up to date by the page) reads "(downloading n %)"
    after its name."""
    unfinished: Downloads = {} if downloads is None else downloads

    def name(h: ProjectHealth) -> str:
        if h.project_id not in unfinished:
            return h.name
        return f"{h.name} ({state_text(unfinished[h.project_id])})"

    def rag(
        health: Callable[[ProjectHealth, Thresholds], Rag],
    ) -> Callable[[ProjectHealth], str | None]:
        return lambda h: RAG_COLOURS.get(health(h, thresholds))

    return ordered(
        Col,
        {
            Col.CODE: Column("code", translate("PortfolioModel", "Code"), lambda h: h.code),
            Col.NAME: Column(
                "name", translate("PortfolioModel", "Project"), name, tooltip=_top_risks
            ),
            Col.OWNER: Column(
                "owner", translate("PortfolioModel", "Owner"), lambda h: h.owner or ""
            ),
            Col.CONTRACT: _figure(
                "contract",
                translate("PortfolioModel", "Original contract"),
                _amount(lambda h: h.budget.original_contract),
            ),
            Col.REVISED: _figure(
                "revised",
                translate("PortfolioModel", "Revised contract"),
                _amount(lambda h: h.budget.revised_contract),
                rag(health_rag.budget),
            ),
            Col.PENDING: _figure(
                "pending",
                translate("PortfolioModel", "Pending exposure"),
                _amount(lambda h: h.budget.pending_exposure),
                rag(health_rag.budget),
            ),
            Col.SLIP: _figure(
                "slip",
                translate("PortfolioModel", "Schedule slip (days)"),
                lambda h: str(h.max_slip_days),
                rag(health_rag.schedule),
            ),
            Col.OPEN_PUNCH: _figure(
                "open_punch", translate("PortfolioModel", "Open punch"), lambda h: str(h.punch_open)
            ),
            Col.OVERDUE: _figure(
                "overdue",
                translate("PortfolioModel", "Overdue"),
                lambda h: str(h.punch_overdue),
                rag(health_rag.quality),
            ),
            Col.PASS_RATE: _figure(
                "pass_rate",
                translate("PortfolioModel", "Inspection pass rate"),
                lambda h: "—" if h.inspection_pass_rate is None else f"{h.inspection_pass_rate}%",
                rag(health_rag.quality),
            ),
            Col.NCRS: _figure(
                "ncrs", translate("PortfolioModel", "Open NCRs"), lambda h: str(h.open_ncrs)
            ),
        },
    )


class PortfolioPage(QWidget):
    """The portfolio table; refreshes itself off the GUI thread whenever data changes."""

    project_activated = Signal(str)

    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self.window_ = window
        thresholds = window.prefs.thresholds
        layout = QVBoxLayout(self)
        self.title = page_title(self.tr("Portfolio"))
        self.summary = QLabel()
        self.downloads: Downloads = {}  # first downloads not finished (filled in place)
        self.model: RowsModel[ProjectHealth] = RowsModel(
            portfolio_columns(thresholds, self.downloads), self
        )
        self.table = record_table(self.model, sortable=False, wide_column=Col.NAME, wide_width=280)
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
        reader = self.window_.reader
        if ready is not None:  # read ahead at start-up, before the store opened
            self.show_rows(ready)
            self.window_.call(
                lambda: downloading(reader),
                lambda got: self.show_rows(ready, got),
            )
            return
        self.window_.call(
            lambda: (health.portfolio(reader), downloading(reader)),
            lambda got: self.show_rows(*got),
        )

    def show_rows(self, rows: list[ProjectHealth], downloads: Downloads | None = None) -> None:
        self.downloads.clear()
        self.downloads.update(downloads or {})
        self.model.set_rows(rows)
        self.table.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        self.summary.setText(self.tr("{count} project(s)").format(count=len(rows)))

    def _activated(self, index: QModelIndex) -> None:
        self.project_activated.emit(self.model.row_at(index.row()).project_id)
