"""The budget page's parts: the drill-down of the budget line selected (its SOV lines,
change orders with their weighted share of its pending figure — a double-click opens
one — and pay applications), the transfers tab (list, actions, reason and
events of the transfer selected) and the charts tab (contingency burn, the EAC trend and
the cash-flow S-curve). Layout and showing only; ``budget_controller`` reads and writes."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from executrek.app.report_kinds.cost_trend import EacPoint
from executrek.models.records.cost.cashflow import MonthFlow
from executrek.models.records.cost.drill import LineChange
from executrek.models.records.cost.figures import BudgetFigures
from executrek.models.records.cost.queries import EventEntry, PayAppRow, TransferRow
from executrek.ui.labels import STATUS_COLOURS, money, money_short, when
from executrek.ui.pages.budget_controller import Drill, SovShown
from executrek.ui.pages.cost_labels import word
from executrek.ui.widgets.action_row import ActionRow
from executrek.ui.widgets.adaptive_splitter import AdaptiveSplitter
from executrek.ui.widgets.charts import SERIES, Bar, HBarChart, Line, LineChart
from executrek.ui.widgets.columns import Column
from executrek.ui.widgets.form_parts import tipped_button
from executrek.ui.widgets.list_pick import ListPick
from executrek.ui.widgets.pane_layout import flush_column, headed_column
from executrek.ui.widgets.record_list import DetailSide, KeepSelection, record_table, side_by_side
from executrek.ui.widgets.rows_model import RowsModel


def money_column(key: str, title: str, value: Any) -> Column[Any]:
    """A right-aligned money column (the page names the currency once)."""

    def text(row: Any) -> str:
        amount = value(row)
        return "" if amount is None else money(amount)

    return Column(key, title, text, sort_value=value, right=True)


def text_column(key: str, title: str, value: Any) -> Column[Any]:
    return Column(key, title, lambda r: value(r) or "")


def status_column(title: str, value: Any) -> Column[Any]:
    return Column(
        "status",
        title,
        lambda r: word(value(r)),
        sort_value=value,
        colour=lambda r: STATUS_COLOURS.get(value(r)),
    )


def period_text(row: PayAppRow) -> str:
    return f"{row.period_start.isoformat()} – {row.period_end.isoformat()}"


class DrillView(QWidget):
    """Where the budget line selected is spent: three small lists."""

    change_opened = Signal(str)  # a change order's id (double-clicked)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout, self.heading = headed_column(self)
        self.sov_model: RowsModel[SovShown] = RowsModel(self._sov_columns(), self)
        self.change_model: RowsModel[LineChange] = RowsModel(self._change_columns(), self)
        self.app_model: RowsModel[PayAppRow] = RowsModel(self._app_columns(), self)
        self.tabs = QTabWidget()
        self.sov_table = record_table(self.sov_model, wide_column=3, wide_width=220)
        self.change_table = record_table(self.change_model, wide_column=1, wide_width=200)
        self.change_table.setToolTip(self.tr("Double-click a change order to open it"))
        self.change_table.doubleClicked.connect(
            lambda index: self.change_opened.emit(self.change_model.row_at(index.row()).id)
        )
        self.app_table = record_table(self.app_model, wide_column=None)
        for table in (self.sov_table, self.change_table, self.app_table):
            table.verticalHeader().setDefaultSectionSize(28)
        self.tabs.addTab(self.sov_table, self.tr("Schedule of values"))
        self.tabs.addTab(self.change_table, self.tr("Change orders"))
        self.tabs.addTab(self.app_table, self.tr("Payment applications"))
        layout.addWidget(self.tabs, 1)
        self.clear()

    def _sov_columns(self) -> list[Column[Any]]:
        return [
            text_column("commitment", self.tr("Commitment"), lambda r: r.commitment),
            text_column("item", self.tr("Item"), lambda r: r.line.item),
            text_column("code", self.tr("Cost code"), lambda r: r.line.cost_code),
            text_column("description", self.tr("Description"), lambda r: r.line.description),
            money_column("value", self.tr("Scheduled value"), lambda r: r.line.scheduled_value),
            text_column("co", self.tr("Added by"), lambda r: r.line.change_order),
        ]

    def _change_columns(self) -> list[Column[LineChange]]:
        def weight(r: LineChange) -> str | None:
            if r.weight_pct is None:
                return self.tr("Decided: not in the pending figure")
            return self.tr("{pct} % of {amount} (the {tier} weight)").format(
                pct=r.weight_pct, amount=money(r.amount), tier=word(r.tier).lower()
            )

        return [
            text_column("number", self.tr("Number"), lambda r: r.number),
            text_column("title", self.tr("Title"), lambda r: r.title),
            text_column("tier", self.tr("Tier"), lambda r: word(r.tier)),
            status_column(self.tr("Status"), lambda r: r.status),
            money_column("amount", self.tr("On this line"), lambda r: r.amount),
            Column(
                "weighted",
                self.tr("Pending\n(weighted)"),
                lambda r: "" if r.weighted is None else money(r.weighted),
                sort_value=lambda r: r.weighted,
                right=True,
                tooltip=weight,
            ),
        ]

    def _app_columns(self) -> list[Column[Any]]:
        return [
            text_column("number", self.tr("Application"), lambda r: r.number),
            text_column("commitment", self.tr("Commitment"), lambda r: r.commitment_number),
            text_column("contractor", self.tr("Contractor"), lambda r: r.contractor),
            text_column("period", self.tr("Period"), period_text),
            status_column(self.tr("Status"), lambda r: r.status),
            money_column("certified", self.tr("Certified"), lambda r: r.certified_amount),
        ]

    def clear(self, text: str | None = None) -> None:
        self.heading.setText(
            text or self.tr("Select a budget line to see its commitments, changes and payments.")
        )
        for model in (self.sov_model, self.change_model, self.app_model):
            model.set_rows([])

    def show_drill(self, found: Drill, currency: str) -> None:
        self.sov_model.set_rows(found.sov)
        self.change_model.set_rows(found.changes)
        self.app_model.set_rows(found.pay_apps)
        total = sum((s.line.scheduled_value for s in found.sov), Decimal(0))
        self.heading.setText(
            self.tr(
                "{sov} schedule-of-values lines ({total}) · {changes} change orders · "
                "{apps} payment applications"
            ).format(
                sov=len(found.sov),
                total=money(total, currency),
                changes=len(found.changes),
                apps=len(found.pay_apps),
            )
        )


class TransfersTab(QWidget):
    """The project's budget transfers and what can be done with the one selected."""

    selected = Signal(object)  # the TransferRow selected, None when none

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currency = ""
        layout = flush_column(self)
        self.action_row = ActionRow()
        self.new_button = QPushButton(self.tr("&New transfer…"))
        self.submit_button = QPushButton(self.tr("&Submit"))
        self.approve_button = QPushButton(self.tr("A&pprove…"))
        self.reject_button = QPushButton(self.tr("Re&ject…"))
        self.void_button = QPushButton(self.tr("&Void…"))
        self.edit_button = tipped_button(
            self.tr("&Edit…"), self.tr("Change a draft transfer's lines, amount or reason")
        )
        self.revise_button = tipped_button(
            self.tr("Back to &draft"),
            self.tr("Take a pending or rejected transfer back to draft to change it"),
        )
        for button in (self.new_button, self.submit_button, self.approve_button):
            self.action_row.add(button, primary=True)
        for button in (self.edit_button, self.revise_button, self.reject_button, self.void_button):
            self.action_row.add(button)
        layout.addWidget(self.action_row)
        self.model: RowsModel[TransferRow] = RowsModel(self._columns(), self)
        self.table = record_table(
            self.model, order=Qt.SortOrder.DescendingOrder, wide_column=1, wide_width=220
        )
        self.side = DetailSide(self.tr("Select a transfer"))
        self.reason = QLabel()
        self.reason.setWordWrap(True)
        self.side.body.addWidget(self.reason)
        self.side.body.addWidget(QLabel(self.tr("<b>Events</b>")))
        self.events = QListWidget()
        self.events.setWordWrap(True)
        self.side.body.addWidget(self.events, 1)
        layout.addWidget(side_by_side(self.table, self.side), 1)
        self.selection = KeepSelection(
            self.table, self.model, self.selected.emit, lambda: self.selected.emit(None)
        )
        self.pick = ListPick(self.table, self.model)  # a transfer to select once listed
        self.show_selected(None)

    def _columns(self) -> list[Column[Any]]:
        return [
            text_column("number", self.tr("Number"), lambda r: r.number),
            text_column("title", self.tr("Title"), lambda r: r.title),
            text_column("from", self.tr("From"), lambda r: r.from_line or self.tr("Owner")),
            text_column("to", self.tr("To"), lambda r: r.to_line or self.tr("Owner")),
            money_column("amount", self.tr("Amount"), lambda r: r.amount),
            status_column(self.tr("Status"), lambda r: r.status),
        ]

    def set_rows(self, rows: Sequence[TransferRow], currency: str, keep: str | None) -> None:
        self.currency = currency
        self.selection.set_rows(rows, self.pick.keep(rows, keep))

    def select(self, transfer_id: str) -> bool:
        return self.pick.select(transfer_id)

    def show_selected(self, row: TransferRow | None) -> None:
        self.events.clear()
        status = row.status if row is not None else ""
        self.submit_button.setEnabled(status == "draft")
        self.approve_button.setEnabled(status == "pending")
        self.reject_button.setEnabled(status == "pending")
        self.void_button.setEnabled(status in ("draft", "pending"))
        self.edit_button.setEnabled(status == "draft")
        self.revise_button.setEnabled(status in ("pending", "rejected"))
        if row is None:
            self.side.clear()
            self.reason.clear()
            return
        self.side.show_record(
            row.number,
            row.title,
            self.tr("{amount} from {source} to {target} · {status}").format(
                amount=money(row.amount, self.currency),
                source=row.from_line or self.tr("the owner (budget increase)"),
                target=row.to_line or self.tr("the owner (budget decrease)"),
                status=word(row.status),
            ),
        )
        self.reason.setText(self.tr("Reason: {reason}").format(reason=row.reason))

    def show_events(self, events: Sequence[EventEntry]) -> None:
        self.events.clear()
        for e in events:
            text = f"{when(e.at)}  {word(e.action)}: {word(e.from_status)} → {word(e.to_status)}"
            who = e.approver_name or e.user
            if who:
                text += self.tr(" · by {name}").format(name=who)
            if e.note:
                text += f"\n    {e.note}"
            self.events.addItem(text)


class ChartsTab(QWidget):
    """Contingency burn (original, drawn down, remaining) beside the EAC trend (one point
    per issued cost report, as issued, and today's budget: ``cost_trend.eac_trend``), and
    under them the cash-flow S-curve (planned and actual cumulative payments by month)."""

    shown = Signal()  # the tab came into view (the trend may have a new report since)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.burn = HBarChart(self.tr("Contingency"))
        self.burn.empty_text = self.tr("No contingency line in the budget")
        self.trend = LineChart(self.tr("EAC trend"))
        self.trend.empty_text = self.tr("No budget yet")
        self.trend.from_zero = False  # a change of a few per cent must show
        self.trend_note = QLabel(
            self.tr("The trend grows with each issued cost report (Reports → Monthly cost report)")
        )
        self.trend_note.setWordWrap(True)
        self.trend_note.setObjectName("muted")
        self.trend_note.hide()
        trend_box = QWidget()
        box = flush_column(trend_box)
        box.addWidget(self.trend, 1)
        box.addWidget(self.trend_note)
        self.flow = LineChart(self.tr("Cash flow: cumulative payments"))
        self.flow.empty_text = self.tr("No commitment with dates or certified payment yet")
        rows = QSplitter(Qt.Orientation.Vertical)
        rows.setChildrenCollapsible(False)
        rows.addWidget(AdaptiveSplitter(self.burn, trend_box, breakpoint=760, shares=(2, 3)))
        rows.addWidget(self.flow)
        layout = QVBoxLayout(self)
        layout.addWidget(rows, 1)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not event.spontaneous():
            self.shown.emit()

    def show_charts(
        self, figures: BudgetFigures, flows: Sequence[MonthFlow], trend: Sequence[EacPoint]
    ) -> None:
        c = figures.currency
        original = figures.contingency_original
        bars = (
            [
                Bar(self.tr("Original"), float(original), SERIES[0], money_short(original, c)),
                Bar(
                    self.tr("Drawn down"),
                    float(figures.contingency_drawdown),
                    SERIES[1],
                    money_short(figures.contingency_drawdown, c),
                ),
                Bar(
                    self.tr("Remaining"),
                    float(figures.contingency_remaining),
                    SERIES[2],
                    money_short(figures.contingency_remaining, c),
                ),
            ]
            if original or figures.contingency_remaining
            else []
        )
        self.burn.set_bars(bars)
        self.show_trend(trend, c)
        labels = [f.month.strftime("%Y-%m") for f in flows]
        self.flow.set_lines(
            labels,
            [
                Line(
                    self.tr("Planned"),
                    tuple(float(f.planned_cumulative) for f in flows),
                    SERIES[0],
                    dashed=True,
                ),
                Line(self.tr("Actual (certified)"), actual_values(flows), SERIES[1]),
            ],
            lambda v: money_short(Decimal(str(round(v))), c),
        )

    def show_trend(self, trend: Sequence[EacPoint], currency: str) -> None:
        """The EAC and the approved budget (dashed) at each issued cost report's period
        end, then today; with today alone, a note says how the trend grows."""
        self.trend.set_lines(
            [p.day.isoformat() for p in trend],
            [  # the approved budget drawn last: its dashes show on an EAC equal to it
                Line(self.tr("EAC"), tuple(float(p.eac) for p in trend), SERIES[4], markers=True),
                Line(
                    self.tr("Approved budget"),
                    tuple(float(p.approved_budget) for p in trend),
                    SERIES[0],
                    dashed=True,
                    markers=True,
                ),
            ],
            lambda v: money_short(Decimal(str(round(v))), currency),
        )
        self.trend.setToolTip(
            "\n".join(
                self.tr("{day}: approved {approved} · EAC {eac} ({report})").format(
                    day=p.day.isoformat(),
                    approved=money(p.approved_budget, currency),
                    eac=money(p.eac, currency),
                    report=p.report_number or self.tr("today"),
                )
                for p in trend
            )
        )
        self.trend_note.setVisible(len(trend) == 1)


def actual_values(flows: Sequence[MonthFlow]) -> tuple[float | None, ...]:
    """Actual cumulative payments up to the last month with a payment (the months after
    it are still to come)."""
    last = max((i for i, f in enumerate(flows) if f.actual), default=-1)
    return tuple(float(f.actual_cumulative) if i <= last else None for i, f in enumerate(flows))
