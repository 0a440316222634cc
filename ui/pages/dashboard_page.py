"""One project's dashboard: health cards, charts (budget roll-up, punch items by status
and by contractor, inspection results over time, risk matrix) and what is overdue."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from executrek.app import health_rag
from executrek.app.health_rag import Rag
from executrek.app.status_colours import rag_fill, status_fill
from executrek.models.changes import Changes
from executrek.models.services import dashboard, health
from executrek.models.services.dashboard import Dashboard, OverdueRow
from executrek.models.services.health import ProjectHealth
from executrek.ui.labels import RAG_COLOURS, day, money_short, value_label
from executrek.ui.widgets.charts import Bar, HBarChart, RiskMatrix, Stack, StackedColumns
from executrek.ui.widgets.columns import Column
from executrek.ui.widgets.rows_model import RowsModel
from executrek.ui.widgets.screen_fit import scrolling_page

if TYPE_CHECKING:
    from executrek.ui.main_window import MainWindow

_ChartT = TypeVar("_ChartT", HBarChart, StackedColumns, RiskMatrix)

STATUS_ORDER = ("draft", "open", "rejected", "ready_for_review", "closed", "void")


class Card(QFrame):
    """A big number with a caption and a red/amber/green edge."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        self.caption = QLabel(caption)
        self.caption.setObjectName("muted")
        self.value = QLabel("—")
        self.value.setObjectName("cardValue")
        self.detail = QLabel()
        self.detail.setObjectName("muted")
        self.detail.setWordWrap(True)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)
        layout.addWidget(self.detail)

    def set(self, value: str, detail: str = "", rag: Rag = Rag.NONE) -> None:
        self.value.setText(value)
        self.detail.setText(detail)
        colour = rag_fill(rag)  # the reports' fills: one palette on screen and paper
        self.setStyleSheet(f"#card {{ border-left: 6px solid {colour}; }}")


def overdue_columns() -> list[Column[OverdueRow]]:
    def t(text: object) -> str:
        return QCoreApplication.translate("DashboardColumns", str(text))

    kinds = {
        "punch_item": t(QT_TRANSLATE_NOOP("DashboardColumns", "Punch item")),
        "issue": t(QT_TRANSLATE_NOOP("DashboardColumns", "Issue")),
        "milestone": t(QT_TRANSLATE_NOOP("DashboardColumns", "Milestone")),
    }
    return [
        Column(
            "kind",
            t(QT_TRANSLATE_NOOP("DashboardColumns", "What")),
            lambda r: kinds.get(r.kind, r.kind),
        ),
        Column("number", t(QT_TRANSLATE_NOOP("DashboardColumns", "Number")), lambda r: r.number),
        Column("title", t(QT_TRANSLATE_NOOP("DashboardColumns", "Title")), lambda r: r.title),
        Column(
            "due",
            t(QT_TRANSLATE_NOOP("DashboardColumns", "Due")),
            lambda r: day(r.due),
            sort_value=lambda r: r.due,
        ),
        Column(
            "late",
            t(QT_TRANSLATE_NOOP("DashboardColumns", "Days late")),
            lambda r: str(r.days_late),
            sort_value=lambda r: r.days_late,
            right=True,
            colour=lambda r: RAG_COLOURS["red"] if r.days_late > 14 else RAG_COLOURS["amber"],
        ),
        Column(
            "party", t(QT_TRANSLATE_NOOP("DashboardColumns", "Contractor")), lambda r: r.party or ""
        ),
    ]


class DashboardPage(QWidget):
    filled = Signal()  # the cards, charts and overdue list show a project's data

    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self.window_ = window
        self.project_id: str | None = None
        self.data: Dashboard | None = None
        layout, self.title = scrolling_page(self, self.tr("Dashboard"))

        cards = QHBoxLayout()
        layout.addLayout(cards)

        def card(title: str) -> Card:
            """A figure card, at the end of the row of cards."""
            made = Card(title)
            cards.addWidget(made)
            return made

        self.budget_card = card(self.tr("Revised contract"))
        self.pending_card = card(self.tr("Pending exposure"))
        self.schedule_card = card(self.tr("Schedule"))
        self.punch_card = card(self.tr("Open punch items"))
        self.quality_card = card(self.tr("Inspection pass rate"))
        self.ncr_card = card(self.tr("Open NCRs / issues"))

        grid = QGridLayout()
        grid.setSpacing(12)
        layout.addLayout(grid)

        def chart(made: _ChartT, *cell: int) -> _ChartT:
            """``made``, saying when it has nothing to show, in the grid's ``cell`` (row,
            column and, for a wide one, the rows and columns it spans)."""
            made.empty_text = self.tr("Nothing recorded yet")
            made.setMinimumHeight(240)
            grid.addWidget(made, *cell)
            return made

        self.budget_chart = chart(HBarChart(self.tr("Budget roll-up")), 0, 0)
        self.status_chart = chart(HBarChart(self.tr("Punch items by status")), 0, 1)
        self.contractor_chart = chart(HBarChart(self.tr("Open punch items by contractor")), 0, 2)
        self.inspection_chart = chart(
            StackedColumns(self.tr("Inspection results by month")), 1, 0, 1, 2
        )
        self.risk_chart = chart(RiskMatrix(self.tr("Risk matrix (open risks)")), 1, 2)

        self.overdue_title = QLabel(self.tr("Overdue"))
        self.overdue_title.setObjectName("sectionTitle")
        layout.addWidget(self.overdue_title)
        self.overdue_model: RowsModel[OverdueRow] = RowsModel(overdue_columns(), self)
        self.overdue_table = QTableView()
        self.overdue_table.setModel(self.overdue_model)
        self.overdue_table.setSortingEnabled(True)
        # Most days late first; set once (on no rows) so each refresh sorts inside its
        # model reset, and a column the user picks stays picked across refreshes.
        self.overdue_table.horizontalHeader().setSortIndicator(4, Qt.SortOrder.DescendingOrder)
        self.overdue_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.overdue_table.verticalHeader().hide()
        self.overdue_table.setAlternatingRowColors(True)
        self.overdue_table.setMinimumHeight(240)
        self.overdue_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.overdue_table.horizontalHeader().setSectionResizeMode(
            2, QHeaderView.ResizeMode.Stretch
        )
        layout.addWidget(self.overdue_table)

        window.project_changed.connect(self.set_project)
        window.changed.connect(self.on_changed)
        window.settings_changed.connect(self.refresh)
        if window.current_project_id:
            self.set_project(window.current_project_id)

    def set_project(self, project_id: str) -> None:
        self.project_id = project_id
        self.refresh()

    def on_changed(self, changes: Changes) -> None:
        if self.project_id and (not changes.projects or self.project_id in changes.projects):
            self.refresh()

    def refresh(self) -> None:
        """Fill in two steps, both off the GUI thread: the health numbers (one aggregate
        pass) show on the cards at once, then the charts and the overdue list."""
        project_id = self.project_id
        if project_id is None:
            return
        first = self.window_.first_view if self.window_.ctx is None else None
        ready = first.take_dashboard(project_id) if first is not None else None
        if ready is not None:  # read ahead at start-up, before the store opened
            self.show_data(ready)
            self.filled.emit()
            return
        reader = self.window_.reader

        def charts_done(data: Dashboard) -> None:
            if project_id == self.project_id:
                self.show_charts(data)
                self.data = data
                self.filled.emit()

        def health_done(h: ProjectHealth) -> None:
            if project_id != self.project_id:
                return
            self.show_health(h)
            self.window_.call(
                lambda: dashboard.details(reader, h),
                charts_done,
            )

        self.window_.call(
            lambda: health.project_health(reader, project_id),
            health_done,
        )

    def show_data(self, d: Dashboard) -> None:
        """The whole dashboard: cards, charts and overdue list."""
        self.show_health(d.health)
        self.show_charts(d)
        self.data = d

    def show_health(self, h: ProjectHealth) -> None:
        t = self.window_.prefs.thresholds
        b = h.budget
        cur = b.currency
        self.title.setText(self.tr("Dashboard — {code} {name}").format(code=h.code, name=h.name))
        budget_rag = health_rag.budget(h, t)
        self.budget_card.set(
            money_short(b.revised_contract, cur),
            self.tr("original {original} · {pct:+}%").format(
                original=money_short(b.original_contract, cur), pct=b.percent_change
            ),
            budget_rag,
        )
        self.pending_card.set(
            money_short(b.pending_exposure, cur),
            self.tr("{n} pending change(s) · contingency left {left}").format(
                n=b.pending_count, left=money_short(b.contingency_remaining, cur)
            ),
            budget_rag,
        )
        if h.milestones_total:
            self.schedule_card.set(
                self.tr("{days} d slip").format(days=h.max_slip_days),
                self.tr("{late} of {total} milestones late").format(
                    late=h.milestones_late, total=h.milestones_total
                ),
                health_rag.schedule(h, t),
            )
        else:  # nothing to be late yet: neutral, not green
            self.schedule_card.set("—", self.tr("No milestones yet"), Rag.NONE)
        quality = health_rag.quality(h, t)
        self.punch_card.set(
            f"{h.punch_open:,}",
            self.tr("{overdue} overdue · {total} in all").format(
                overdue=f"{h.punch_overdue:,}", total=f"{h.punch_total:,}"
            ),
            quality,
        )
        self.quality_card.set(
            "—" if h.inspection_pass_rate is None else f"{h.inspection_pass_rate}%",
            self.tr("{n} completed inspection(s)").format(n=h.inspections_completed),
            quality,
        )
        self.ncr_card.set(
            f"{h.open_ncrs} / {h.open_issues}",
            self.tr("{ncrs} NCR(s) among {issues} open issue(s)").format(
                ncrs=h.open_ncrs, issues=h.open_issues
            ),
            Rag.RED if h.open_ncrs >= 3 else Rag.AMBER if h.open_ncrs else Rag.GREEN,
        )

    def show_charts(self, d: Dashboard) -> None:
        b = d.health.budget
        self.budget_chart.set_bars(
            [
                Bar(
                    self.tr("Original"),
                    float(b.original_contract),
                    "#6B7580",
                    money_short(b.original_contract),
                ),
                Bar(
                    self.tr("Approved"),
                    float(b.approved_changes),
                    "#2E8540",
                    money_short(b.approved_changes),
                ),
                Bar(
                    self.tr("Pending"),
                    float(b.pending_exposure),
                    "#C77700",
                    money_short(b.pending_exposure),
                ),
                Bar(
                    self.tr("Revised"),
                    float(b.revised_contract),
                    "#1F5FA8",
                    money_short(b.revised_contract),
                ),
                Bar(
                    self.tr("Contingency"),
                    float(b.contingency),
                    "#00838F",
                    money_short(b.contingency),
                ),
                Bar(
                    self.tr("Contingency left"),
                    float(b.contingency_remaining) if b.contingency_remaining > 0 else 0.0,
                    "#8E44AD",
                    money_short(b.contingency_remaining),
                ),
            ]
        )
        self.status_chart.set_bars(
            [
                Bar(value_label(s), float(d.punch_by_status.get(s, 0)), status_fill(s))
                for s in STATUS_ORDER
                if d.punch_by_status.get(s)
            ]
        )
        self.contractor_chart.set_bars(
            [Bar(name, float(n)) for name, n in d.punch_by_contractor[:8]]
        )
        self.inspection_chart.set_stacks(
            [Stack(m.month, m.passed, m.failed) for m in d.inspections_by_month],
            (self.tr("Passed"), self.tr("Failed")),
        )
        self.risk_chart.set_cells(d.risk_matrix, (self.tr("Probability"), self.tr("Impact")))
        self.overdue_title.setText(
            self.tr("Overdue ({count})").format(count=f"{d.overdue_total:,}")
        )
        self.overdue_model.set_rows(d.overdue)
