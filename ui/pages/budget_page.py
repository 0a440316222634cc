"""The budget page: the owner's budget by cost code as the owner's rep forecasts it.

At the top, the summary strip (approved budget, EAC and variance of the whole budget,
hard and soft costs, the contingency's original, drawdown and remainder). Tabs: the tree
by cost code (original, transfers, approved budget, committed, cost to date, pending
changes weighted by probability, EAC, variance; a totals row) under its actions (new and
edit a budget line or a cost code; a line double-clicked is edited) with the drill-down
of the line selected below it (a change order there opens on a double-click); the budget
transfers (new, edit a draft, submit, back to draft, approve, reject, void); the
funding sources against the lines they pay for (``funding.funding_figures``: new source,
edit its amount); the charts (contingency burn, EAC trend, cash-flow S-curve). Every
figure is ``figures.budget_figures``'s.
Layout only here: ``budget_controller`` reads and writes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from executrek.app.permissions import Action
from executrek.models.records.cost.figures import BudgetFigures
from executrek.ui.labels import money
from executrek.ui.pages.budget_controller import BudgetController, BudgetState
from executrek.ui.pages.budget_funding import FundingTab
from executrek.ui.pages.budget_parts import ChartsTab, DrillView, TransfersTab
from executrek.ui.pages.budget_tree import BudgetTreeModel, Col, Node
from executrek.ui.pages.cost_labels import CurrencyNote
from executrek.ui.widgets.action_row import ActionRow
from executrek.ui.widgets.figure_strip import FigureStrip
from executrek.ui.widgets.flow_layout import FlowLayout
from executrek.ui.widgets.form_parts import tipped_button
from executrek.ui.widgets.page_text import MessageLine
from executrek.ui.widgets.pane_layout import flush_column
from executrek.ui.widgets.permission_gate import each, gate_project
from executrek.ui.widgets.record_list import add_shortcut

if TYPE_CHECKING:
    from executrek.ui.main_window import MainWindow


class SummaryStrip(FigureStrip):
    """The budget's totals as labelled figures that wrap on a narrow window."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            (
                ("approved", self.tr("Approved budget")),
                ("eac", self.tr("Estimate at completion")),
                ("variance", self.tr("Variance")),
                ("hard", self.tr("Hard costs (approved · EAC)")),
                ("soft", self.tr("Soft costs (approved · EAC)")),
                ("contingency", self.tr("Contingency: original · drawn · left")),
            ),
            large=False,  # bold, not the dashboard's big figures
            parent=parent,
        )

    def show_figures(self, f: BudgetFigures) -> None:
        c = f.currency
        self.values["approved"].setText(money(f.total.approved_budget, c))
        self.values["eac"].setText(money(f.total.eac, c))
        variance = f.total.variance
        text = money(variance, c)
        if variance < 0:  # said in words, not by a sign alone
            text = self.tr("{amount} over budget").format(amount=money(-variance, c))
        self.values["variance"].setText(text)
        self.values["hard"].setText(
            f"{money(f.hard_total.approved_budget, c)} · {money(f.hard_total.eac, c)}"
        )
        self.values["soft"].setText(
            f"{money(f.soft_total.approved_budget, c)} · {money(f.soft_total.eac, c)}"
        )
        self.values["contingency"].setText(
            " · ".join(
                money(v, c)
                for v in (
                    f.contingency_original,
                    f.contingency_drawdown,
                    f.contingency_remaining,
                )
            )
        )


class BudgetPage(QWidget):
    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self.window_ = window
        self.dialog: QWidget | None = None  # the dialog open last (tests reach it here)
        self._wanted: str | None = None  # a line or transfer to show once loaded
        title = QLabel(self.tr("Budget"))
        title.setObjectName("pageTitle")
        self.new_transfer_button = QPushButton(self.tr("New &transfer…"))
        self.new_transfer_button.setObjectName("primaryAction")
        self.new_transfer_button.setToolTip(
            self.tr("Move approved budget between lines, with a reason and an approval")
        )
        self.currency_note = CurrencyNote()
        head = FlowLayout()
        head.add_widget(title)
        head.add_widget(self.currency_note)
        head.add_stretch()
        head.add_widget(self.new_transfer_button)
        self.strip = SummaryStrip()
        self.message = MessageLine()

        self.model = BudgetTreeModel(self)
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setAccessibleName(self.tr("Budget by cost code"))
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Col.NAME, QHeaderView.ResizeMode.Interactive)
        self.tree.setColumnWidth(Col.NAME, 190)  # the figures first; widen it at will
        self.drill = DrillView()
        split = QSplitter(Qt.Orientation.Vertical)
        split.setChildrenCollapsible(False)
        split.addWidget(self.tree)
        split.addWidget(self.drill)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setSizes([500, 200])  # the tree first; the drill-down is a glance
        self.transfers = TransfersTab()
        self.funding = FundingTab()
        self.charts = ChartsTab()
        self.by_code = QWidget()  # the lines' actions over the tree and its drill-down
        by_code = flush_column(self.by_code)
        by_code.addWidget(self._line_actions())
        by_code.addWidget(split, 1)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.by_code, self.tr("&By cost code"))
        self.tabs.addTab(self.transfers, self.tr("Trans&fers"))
        self.tabs.addTab(self.funding, self.tr("F&unding"))
        self.tabs.addTab(self.charts, self.tr("C&harts"))

        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.strip)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs, 1)
        self.controller = BudgetController(window, self)
        self._wire()
        # What the role allows: cost codes are any writer's, the budget a manager's.
        t, f = self.transfers, self.funding
        costs = (self.new_transfer_button, self.new_line_button, self.edit_line_button)
        self.gate = gate_project(
            window,
            self,
            each(Action.WRITE, self.new_code_button, self.edit_code_button)
            + each(Action.COST_WRITE, *costs, *t.action_row.buttons, f.new_button, f.edit_button)
            + each(Action.COST_WRITE, *self.actions()),
        )
        self.clear()
        self.controller.start()

    def _line_actions(self) -> ActionRow:
        row = ActionRow()
        self.new_line_button = tipped_button(
            self.tr("New budget &line…"), self.tr("A line under the cost code selected")
        )
        self.edit_line_button = tipped_button(
            self.tr("&Edit line…"),
            self.tr("Title, category, original budget, funding, active or closed"),
        )
        self.new_code_button = tipped_button(
            self.tr("New cost &code…"), self.tr("A code under the cost code selected")
        )
        self.edit_code_button = QPushButton(self.tr("Edit cost c&ode…"))
        for button in (
            self.new_line_button,
            self.edit_line_button,
            self.new_code_button,
            self.edit_code_button,
        ):
            row.add(button)
        self.tree.doubleClicked.connect(lambda _i: self.controller.line_dialog(edit=True))
        return row

    def current_node(self) -> Node | None:
        """The tree's row selected: a cost code, a budget line or the totals."""
        return self.model.node(self.tree.currentIndex())

    def enable_line_actions(self) -> None:
        node = self.current_node()
        loaded = self.controller.state is not None
        self.new_code_button.setEnabled(loaded)
        self.new_line_button.setEnabled(loaded and bool(self.controller.codes()))
        self.edit_line_button.setEnabled(node is not None and node.line is not None)
        self.edit_code_button.setEnabled(node is not None and node.kind in ("code", "line"))

    def _wire(self) -> None:
        c = self.controller
        self.new_line_button.clicked.connect(lambda: c.line_dialog())
        self.edit_line_button.clicked.connect(lambda: c.line_dialog(edit=True))
        self.new_code_button.clicked.connect(lambda: c.code_dialog())
        self.edit_code_button.clicked.connect(lambda: c.code_dialog(edit=True))
        self.transfers.edit_button.clicked.connect(c.edit_transfer)
        self.transfers.revise_button.clicked.connect(c.revise_transfer)
        self.new_transfer_button.clicked.connect(c.new_transfer)
        self.transfers.new_button.clicked.connect(c.new_transfer)
        self.transfers.submit_button.clicked.connect(c.submit_transfer)
        self.transfers.approve_button.clicked.connect(lambda: c.decide("approve"))
        self.transfers.reject_button.clicked.connect(lambda: c.decide("reject"))
        self.transfers.void_button.clicked.connect(lambda: c.decide("void"))
        self.transfers.selected.connect(c.transfer_selected)
        self.funding.new_button.clicked.connect(lambda: c.funding_dialog())
        self.funding.edit_button.clicked.connect(lambda: c.funding_dialog(edit=True))
        self.funding.edit_asked.connect(lambda: c.funding_dialog(edit=True))
        self.tree.selectionModel().currentRowChanged.connect(self._current_changed)
        self.drill.change_opened.connect(
            lambda co_id: self.window_.open_record("change_order", co_id)
        )
        self.tabs.currentChanged.connect(lambda _i: c.tab_shown())
        self.charts.shown.connect(c.charts_shown)
        add_shortcut(self, self.tr("New budget transfer"), "Ctrl+Shift+N", c.new_transfer)

    # --- what the controller shows -------------------------------------------------------
    def clear(self) -> None:
        self.strip.clear()
        self.currency_note.set_currency("")
        self.model.clear()
        self.drill.clear()
        self.transfers.set_rows([], "", None)
        self.funding.set_rows([], "", None)
        self.show_message("")
        self.new_transfer_button.setEnabled(False)
        self.enable_line_actions()

    def show_budget(self, state: BudgetState) -> None:
        f = state.figures
        collapsed = self._collapsed()
        kept = self.controller.line_id  # the reset may clear the selection
        self.model.set_figures(f)
        self._expand(collapsed)
        self.strip.show_figures(f)
        self.currency_note.set_currency(f.currency)
        self.new_transfer_button.setEnabled(bool(f.lines))
        if not f.lines:
            self.show_message(
                self.tr(
                    "This project has no budget yet: import one (Import / export, or "
                    "“executrek import budget”), then transfers and the forecast show here."
                ),
                error=False,
            )
        transfer = self.controller.transfer
        self.transfers.set_rows(state.transfers, f.currency, transfer.id if transfer else None)
        source = self.funding.current()
        self.funding.set_rows(state.funding, f.currency, source.id if source else None)
        wanted, self._wanted = self._wanted, None
        if wanted is not None:
            self.show_record(wanted)
        if kept is not None and kept != wanted and not self.reveal(kept, show=False):
            self.controller.line_selected(None)
        self.enable_line_actions()

    def _collapsed(self) -> set[str]:
        out: set[str] = set()
        for row in range(self.model.rowCount()):
            self._walk(self.model.index(row, 0), out)
        return out

    def _walk(self, index: QModelIndex, out: set[str]) -> None:
        node = self.model.node(index)
        if node is None or not node.children:
            return
        if not self.tree.isExpanded(index):
            out.add(node.key)
        for row in range(self.model.rowCount(index)):
            self._walk(self.model.index(row, 0, index), out)

    def _expand(self, collapsed: set[str]) -> None:
        self.tree.expandAll()
        for key in collapsed:
            index = self.model.find(key)
            if index.isValid():
                self.tree.collapse(index)

    def reveal(self, line_id: str, *, show: bool = True) -> bool:
        """Select budget line ``line_id`` in the tree (its drill-down loads); with
        ``show`` the tree's tab is brought to the front."""
        index = self.model.find(line_id)
        if not index.isValid():
            return False
        parent = index.parent()
        while parent.isValid():
            self.tree.expand(parent)
            parent = parent.parent()
        if show:
            self.show_tab(self.by_code)
        self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index)
        return True

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        node = self.model.node(current)
        self.enable_line_actions()
        if node is not None and node.line is not None:
            self.controller.line_selected(node.line)
        else:
            self.controller.line_id = None
            self.drill.clear(
                self.tr("{name}: select one of its budget lines to see where it is spent.").format(
                    name=node.label
                )
                if node is not None
                else None
            )

    def show_message(self, text: str, *, error: bool = True) -> None:
        self.message.say(text, error=error)

    def show_tab(self, tab: QWidget) -> None:
        self.tabs.setCurrentWidget(tab)

    def want(self, record_id: str) -> None:
        """Show ``record_id`` once the budget is read again (a record just saved)."""
        self._wanted = record_id

    def show_record(self, record_id: str) -> None:
        """Open a budget line or a budget transfer by id (search everywhere)."""
        if self.controller.state is None:
            self._wanted = record_id
            return
        if not self.reveal(record_id) and self.transfers.select(record_id):
            self.show_tab(self.transfers)
