"""What the budget page does: read the project's budget figures (``figures.budget_figures``,
the one source of the budget's numbers) and its transfers off the GUI thread, the
drill-down of the budget line selected (its commitments' SOV lines, the change orders
mapped to it as its pending figure maps them, the pay applications of those
commitments), the funding sources against the lines they pay for
(``funding.funding_figures``, from the same figures), the charts when their tab is shown
(the cash flow and the EAC trend of ``cost_trend``), and run the transfer, funding,
budget-line and cost-code actions through their dialogs.

The page refreshes from the window's ``changed`` signal: any write to the budget, a
commitment, a change order or a pay application, here or elsewhere, reloads what is shown.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal

from executrek.app.messages import user_message
from executrek.app.report_kinds.cost_trend import EacPoint, eac_trend
from executrek.models.records.cost import budget, queries
from executrek.models.records.cost.cashflow import MonthFlow, cash_flow
from executrek.models.records.cost.code_list import CodeChoice, code_choices
from executrek.models.records.cost.drill import LineChange, changes_of_budget_line
from executrek.models.records.cost.figures import BudgetFigures, LineFigures, budget_figures
from executrek.models.records.cost.funding import FundingFigures, funding_figures
from executrek.models.records.cost.queries import (
    BudgetLineRow,
    EventEntry,
    PayAppRow,
    SovLineRow,
    TransferRow,
)
from executrek.models.store import Store
from executrek.ui.labels import money
from executrek.ui.pages.budget_dialogs import TransferDecision, TransferDialog
from executrek.ui.pages.budget_edits import BudgetLineDialog, CostCodeDialog
from executrek.ui.pages.budget_funding import FundingDialog
from executrek.ui.pages.page_feed import project_read
from executrek.ui.widgets.record_list import FedController

if TYPE_CHECKING:
    from executrek.ui.main_window import MainWindow
    from executrek.ui.pages.budget_page import BudgetPage

# Every table a budget figure is computed from.
WATCHED = (
    "projects",
    "cost_codes",
    "funding_sources",
    "budget_lines",
    "budget_transfers",
    "budget_transfer_events",
    "commitments",
    "sov_lines",
    "change_orders",
    "change_order_lines",
    "pay_applications",
    "pay_application_lines",
    "schedule_updates",
)


@dataclass(frozen=True)
class BudgetState:
    figures: BudgetFigures
    transfers: tuple[TransferRow, ...]
    funding: tuple[FundingFigures, ...] = ()
    lines: tuple[BudgetLineRow, ...] = ()  # as stored (funding, note), to edit one
    codes: tuple[CodeChoice, ...] = ()  # every cost code, those without a line too


def read_budget(store: Store, project_id: str) -> BudgetState:
    with store.read() as s:
        figures = budget_figures(s, project_id)
        return BudgetState(
            figures,
            tuple(queries.list_transfers(s, project_id)),
            tuple(funding_figures(s, project_id, budget=figures)),
            tuple(queries.list_budget_lines(s, project_id)),
            tuple(code_choices(s, project_id)),
        )


@dataclass(frozen=True)
class SovShown:
    """An SOV line mapped to the budget line, with its commitment's number."""

    commitment: str
    line: SovLineRow

    @property
    def id(self) -> str:
        return self.line.id


@dataclass(frozen=True)
class Drill:
    line_id: str
    sov: tuple[SovShown, ...]
    changes: tuple[LineChange, ...]
    pay_apps: tuple[PayAppRow, ...]


def read_drill(store: Store, project_id: str, line_id: str) -> Drill:
    """What a budget line is spent through: the SOV lines mapped to it (of every
    commitment), the change orders whose lines map to it (``drill.changes_of_budget_line``:
    the mapping and weights of its pending figure), and the pay applications of those
    commitments (composed from the cost room's reads)."""
    with store.read() as s:
        sov: list[SovShown] = []
        commitments: set[str] = set()
        for c in queries.list_commitments(s, project_id):
            for line in queries.sov_of(s, c.id):
                if line.budget_line_id != line_id:
                    continue
                commitments.add(c.id)
                sov.append(SovShown(c.number, line))
        changes = tuple(changes_of_budget_line(s, line_id))
        apps = tuple(
            a
            for a in queries.list_pay_applications(s, project_id)
            if a.commitment_id in commitments
        )
    return Drill(line_id, tuple(sov), changes, apps)


def read_events(store: Store, transfer_id: str) -> list[EventEntry]:
    with store.read() as s:
        return queries.transfer_events(s, transfer_id)


@dataclass(frozen=True)
class ChartData:
    flows: tuple[MonthFlow, ...]
    trend: tuple[EacPoint, ...]


def read_charts(store: Store, project_id: str, figures: BudgetFigures) -> ChartData:
    """The cash flow, and the EAC trend: the issued cost reports' points and today's
    from ``figures`` (the budget the page shows)."""
    with store.read() as s:
        flows = tuple(cash_flow(s, project_id))
    return ChartData(flows, eac_trend(store, project_id, now=figures))


class BudgetController(FedController["BudgetPage"]):
    budget_loaded = Signal()
    drill_loaded = Signal()
    charts_loaded = Signal()
    events_loaded = Signal()

    def __init__(self, window: MainWindow, page: BudgetPage) -> None:
        super().__init__(window, page)
        self.state: BudgetState | None = None
        self.line_id: str | None = None  # the budget line selected
        self.transfer: TransferRow | None = None  # the transfer selected
        self.flows: list[MonthFlow] | None = None
        self.trend: tuple[EacPoint, ...] = ()
        self._stale_charts = True
        self._asked = 0  # the latest drill-down asked for (older answers are dropped)

    @property
    def currency(self) -> str:
        return self.state.figures.currency if self.state is not None else ""

    def start(self) -> None:
        self.follow(
            WATCHED, project_read(self.window_, read_budget), self._loaded, self._project_set
        )

    # --- reads ---------------------------------------------------------------------------
    def _project_set(self, _project_id: str) -> None:
        self.state = None
        self.line_id = None
        self.transfer = None
        self.flows = None
        self.trend = ()
        self.page.clear()

    def _loaded(self, state: BudgetState) -> None:
        self.state = state
        self._stale_charts = True
        self.page.show_budget(state)
        self.budget_loaded.emit()
        self.tab_shown()

    def line_selected(self, line: LineFigures | None) -> None:
        self.line_id = line.line_id if line is not None else None
        if line is None:
            self.page.drill.clear()
            return
        self.load_drill(line.line_id)

    def load_drill(self, line_id: str) -> None:
        if self.project_id is None:
            return
        self._asked += 1
        asked, store, pid = self._asked, self.store, self.project_id

        def shown(found: Drill) -> None:
            if asked == self._asked:
                self.page.drill.show_drill(found, self.currency)
                self.drill_loaded.emit()

        self.window_.call(lambda: read_drill(store, pid, line_id), shown)

    def tab_shown(self) -> None:
        if self.page.tabs.currentWidget() is self.page.charts and self._stale_charts:
            self.load_charts()

    def charts_shown(self) -> None:
        """The charts came into view: read them again (a cost report issued on the
        Reports page meanwhile is a new point of the trend)."""
        self._stale_charts = True
        self.tab_shown()

    def load_charts(self) -> None:
        if self.project_id is None or self.state is None:
            return
        self._stale_charts = False
        store, pid, figures = self.store, self.project_id, self.state.figures

        def shown(found: ChartData) -> None:
            self.flows = list(found.flows)
            self.trend = found.trend
            if self.state is not None:
                self.page.charts.show_charts(self.state.figures, found.flows, found.trend)
            self.charts_loaded.emit()

        self.window_.call(lambda: read_charts(store, pid, figures), shown)

    def transfer_selected(self, row: TransferRow | None) -> None:
        self.transfer = row
        self.page.transfers.show_selected(row)
        if row is None:
            return
        store, tid = self.store, row.id

        def shown(events: list[EventEntry]) -> None:
            if self.transfer is not None and self.transfer.id == tid:
                self.page.transfers.show_events(events)
                self.events_loaded.emit()

        self.window_.call(lambda: read_events(store, tid), shown)

    # --- writes --------------------------------------------------------------------------
    def new_transfer(self) -> TransferDialog | None:
        if self.project_id is None or self.state is None:
            return None
        dialog = TransferDialog(
            self.window_,
            self.project_id,
            self.state.figures.lines,
            self.currency,
            from_line=self.line_id,
        )
        return self._open_into(dialog, self.page.transfers, lambda: dialog.created)

    def submit_transfer(self) -> None:
        row = self.transfer
        if row is None or row.status != "draft":
            return
        store, tid = self.store, row.id
        name = self.window_.ctx.settings.identity.display_name or None
        self.page.show_message("")
        self.window_.call_form(
            lambda: budget.submit_transfer(store, tid, actor_name=name),
            lambda _d: self.page.show_message(
                self.tr("{number} submitted for approval.").format(number=row.number), error=False
            ),
            self.refused,
        )

    def decide(self, action: str) -> TransferDecision | None:
        row = self.transfer
        allowed = {"approve": ("pending",), "reject": ("pending",), "void": ("draft", "pending")}
        if row is None or row.status not in allowed[action]:
            return None
        self.page.show_message("")
        dialog = TransferDecision(
            self.window_, row.id, row.number, money(row.amount, self.currency), action
        )
        self.page.dialog = dialog
        dialog.open()
        return dialog

    def funding_dialog(self, *, edit: bool = False) -> FundingDialog | None:
        """New funding source… (or, with ``edit``, the source selected on the funding
        tab); once saved the tab shows it selected."""
        if self.project_id is None or self.state is None:
            return None
        source = self.page.funding.current() if edit else None
        if edit and source is None:
            return None
        dialog = FundingDialog(self.window_, self.project_id, self.currency, source)
        return self._open_into(dialog, self.page.funding, lambda: dialog.saved)

    def codes(self) -> tuple[CodeChoice, ...]:
        return self.state.codes if self.state is not None else ()

    def _show_dialog(self, dialog: Any, saved: Callable[[], None]) -> Any:
        self.page.show_message("")
        dialog.accepted.connect(saved)
        self.page.dialog = dialog
        dialog.open()
        return dialog

    def _open_into(self, dialog: Any, tab: Any, made: Callable[[], str | None]) -> Any:
        """Open ``dialog``; once saved, ``tab`` shows with the record it made selected."""

        def saved() -> None:
            self.page.show_tab(tab)
            record_id = made()
            if record_id is not None:
                tab.pick.want(record_id)

        return self._show_dialog(dialog, saved)

    def line_dialog(self, *, edit: bool = False) -> BudgetLineDialog | None:
        """New budget line… under the cost code selected (or, with ``edit``, the line
        selected edited); once saved the tree shows it selected."""
        if self.project_id is None or self.state is None or not self.codes():
            return None
        node = self.page.current_node()
        line = None
        if edit:
            line_id = node.line.line_id if node is not None and node.line is not None else None
            line = next((ln for ln in self.state.lines if ln.id == line_id), None)
            if line is None:
                return None
        code_id = node.line.cost_code_id if node is not None and node.line else None
        code_id = node.key if node is not None and node.kind == "code" else code_id
        sources = [(f.source_id, f.name) for f in self.state.funding if f.source_id is not None]
        dialog = BudgetLineDialog(
            self.window_, self.project_id, self.codes(), sources, self.currency,
            line=line, code_id=code_id,
        )  # fmt: skip

        def saved() -> None:
            if dialog.saved is not None:
                self.page.want(dialog.saved)

        return self._show_dialog(dialog, saved)

    def code_dialog(self, *, edit: bool = False) -> CostCodeDialog | None:
        """New cost code… under the code selected (or, with ``edit``, the code selected,
        or the code of the line selected, edited)."""
        if self.project_id is None or self.state is None:
            return None
        node = self.page.current_node()
        chosen = None
        if node is not None and node.kind == "line" and node.line is not None:
            chosen = node.line.cost_code_id
        elif node is not None and node.kind == "code":
            chosen = node.key
        code = next((c for c in self.codes() if c.cost_code_id == chosen), None)
        if edit and code is None:
            return None
        dialog = CostCodeDialog(
            self.window_,
            self.project_id,
            self.codes(),
            code=code if edit else None,
            parent_id=chosen,
        )

        def saved() -> None:
            if not edit:
                self.page.show_message(
                    self.tr(
                        "Cost code {code} is made: it shows in the tree once a budget line "
                        "is under it (New budget line…)."
                    ).format(code=dialog.code_edit.text().strip()),
                    error=False,
                )

        return self._show_dialog(dialog, saved)

    def edit_transfer(self) -> TransferDialog | None:
        row = self.transfer
        if row is None or row.status != "draft" or self.state is None or not self.project_id:
            return None
        dialog = TransferDialog(
            self.window_, self.project_id, self.state.figures.lines, self.currency, transfer=row
        )
        return self._show_dialog(
            dialog,
            lambda: self.page.show_message(
                self.tr("{number} is changed.").format(number=row.number), error=False
            ),
        )

    def revise_transfer(self) -> None:
        """A pending or rejected transfer back to draft, to be edited and submitted again."""
        row = self.transfer
        if row is None or row.status not in ("pending", "rejected"):
            return
        store, tid = self.store, row.id
        self.page.show_message("")
        self.window_.call_form(
            lambda: budget.revise_transfer(store, tid),
            lambda _d: self.page.show_message(
                self.tr("{number} is a draft again: edit it, then submit it.").format(
                    number=row.number
                ),
                error=False,
            ),
            self.refused,
        )

    def refused(self, error: Any) -> None:
        self.page.show_message(user_message(error))
