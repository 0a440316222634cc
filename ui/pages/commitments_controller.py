"""What the commitments page does: read the project's commitments with their figures
(``figures.commitment_figures``: contract sum, certified, retained, balance), the one
selected with its schedule of values and schedule of rates, off the GUI thread; and run
the page's writes (new commitment, its header edited, SOV lines added and removed, rates,
execute, close, reopen, void, import a schedule of values) through their dialogs. The page refreshes from the window's ``changed`` signal.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFileDialog

from executrek.app.interop.cost_import import CostImport, import_sov
from executrek.models.records.cost import queries
from executrek.models.records.cost.figures import CommitmentFigures, commitment_figures
from executrek.models.records.cost.queries import (
    BudgetLineRow,
    CommitmentRow,
    RateRow,
    SovLineRow,
)
from executrek.models.services import listings, projects
from executrek.models.services.listings import Choice
from executrek.models.store import Store
from executrek.ui.pages.commitment_dialogs import (
    CommitmentDialog,
    CommitmentStepDialog,
    ExecuteDialog,
    RateDialog,
    RemoveLineDialog,
    SovLineDialog,
)
from executrek.ui.pages.page_feed import ListedRow, project_read
from executrek.ui.widgets.record_list import FedController

if TYPE_CHECKING:
    from executrek.ui.main_window import MainWindow
    from executrek.ui.pages.commitments_page import CommitmentsPage

WATCHED = (
    "projects",
    "organisations",
    "commitments",
    "sov_lines",
    "sov_activities",
    "commitment_rates",
    "change_orders",
    "pay_applications",
    "pay_application_lines",
    "budget_lines",
)


@dataclass(frozen=True)
class Listed(ListedRow[CommitmentRow]):
    """A commitment as the list shows it: its figures (void ones have none) and row."""

    figures: CommitmentFigures | None


@dataclass(frozen=True)
class CommitmentList:
    currency: str
    listed: tuple[Listed, ...]
    budget_lines: tuple[BudgetLineRow, ...]


def read_list(store: Store, project_id: str) -> CommitmentList:
    currency = projects.find_project(store, project_id).currency
    with store.read() as s:
        figures = {f.commitment_id: f for f in commitment_figures(s, project_id)}
        rows = queries.list_commitments(s, project_id)
        lines = tuple(queries.list_budget_lines(s, project_id))
    return CommitmentList(currency, tuple(Listed(r, figures.get(r.id)) for r in rows), lines)


@dataclass(frozen=True)
class CommitmentDetail:
    row: CommitmentRow
    sov: tuple[SovLineRow, ...]
    rates: tuple[RateRow, ...] = ()

    @property
    def sov_total(self) -> Decimal:
        """Σ of the lines the contract value is checked against (not those COs added)."""
        return sum(
            (ln.scheduled_value for ln in self.sov if ln.change_order_id is None), Decimal(0)
        )


def read_detail(store: Store, row: CommitmentRow) -> CommitmentDetail:
    with store.read() as s:
        return CommitmentDetail(
            row, tuple(queries.sov_of(s, row.id)), tuple(queries.rates_of(s, row.id))
        )


def next_item(sov: tuple[SovLineRow, ...]) -> str:
    """The item number after the highest whole-number item ("1", "2", … → "3")."""
    numbers = [int(ln.item) for ln in sov if ln.item.isdigit()]
    return str(max(numbers, default=0) + 1)


class CommitmentsController(FedController["CommitmentsPage"]):
    list_loaded = Signal()
    detail_loaded = Signal()
    imported = Signal(object)  # the CostImport of an SOV import

    def __init__(self, window: MainWindow, page: CommitmentsPage) -> None:
        super().__init__(window, page)
        self.found: CommitmentList | None = None
        self.detail: CommitmentDetail | None = None
        self.contractors: tuple[Choice, ...] = ()
        self._asked = 0

    @property
    def currency(self) -> str:
        return self.found.currency if self.found is not None else ""

    def start(self) -> None:
        self.follow(WATCHED, project_read(self.window_, read_list), self._loaded, self._project_set)

    # --- reads ---------------------------------------------------------------------------
    def _project_set(self, project_id: str) -> None:
        self.found = None
        self.detail = None
        self.page.clear()
        store = self.store
        self.feed.fetch(
            lambda: listings.choices(store, project_id).contractors,
            lambda c: setattr(self, "contractors", c),
        )

    def _loaded(self, found: CommitmentList) -> None:
        self.found = found
        self.page.show_list(found)
        self.list_loaded.emit()

    def selected(self, listed: Listed | None) -> None:
        if listed is None:
            self.detail = None
            self.page.show_detail(None)
            return
        self._asked += 1
        asked, store, row = self._asked, self.store, listed.row

        def shown(found: CommitmentDetail) -> None:
            if asked == self._asked:
                self.detail = found
                self.page.show_detail(found)
                self.detail_loaded.emit()

        self.window_.call(lambda: read_detail(store, row), shown)

    # --- writes --------------------------------------------------------------------------
    def new_commitment(self) -> CommitmentDialog | None:
        if self.project_id is None:
            return None
        self.page.show_message("")
        dialog = CommitmentDialog(self.window_, self.project_id, self.contractors, self.currency)
        dialog.accepted.connect(lambda: self.page.want(dialog.created))
        return self._open(dialog)

    def add_sov_line(self) -> SovLineDialog | None:
        d = self.detail
        if d is None or d.row.status != "draft" or self.found is None:
            return None
        dialog = SovLineDialog(
            self.window_, d.row, self.found.budget_lines, self.currency, next_item(d.sov)
        )
        return self._open(dialog)

    def add_rate(self) -> RateDialog | None:
        d = self.detail
        if d is None or d.row.status == "void":
            return None
        dialog = RateDialog(self.window_, d.row, self.currency)
        # the new rate is shown where it lands (the detail reloads from ``changed``)
        dialog.accepted.connect(
            lambda: self.page.pane.tabs.setCurrentWidget(self.page.pane.rates_box)
        )
        return self._open(dialog)

    def execute(self) -> ExecuteDialog | None:
        d = self.detail
        if d is None or d.row.status != "draft":
            return None
        dialog = ExecuteDialog(self.window_, d.row, d.sov_total, self.currency)
        dialog.accepted.connect(
            lambda: self.page.show_message(
                self.tr("{number} is executed.").format(number=d.row.number), error=False
            )
        )
        return self._open(dialog)

    def edit_commitment(self) -> CommitmentDialog | None:
        d = self.detail
        if d is None or d.row.status == "void" or self.project_id is None:
            return None
        dialog = CommitmentDialog(
            self.window_, self.project_id, self.contractors, self.currency, d.row
        )
        return self._open(dialog)

    def remove_sov_line(self) -> RemoveLineDialog | None:
        d, line = self.detail, self.page.pane.selected_line()
        if d is None or line is None:
            return None
        dialog = RemoveLineDialog(self.window_, d.row, line, d.sov_total, self.currency)
        dialog.accepted.connect(
            lambda: self.page.show_message(
                self.tr("Item {item} is removed from {number}.").format(
                    item=line.item, number=d.row.number
                ),
                error=False,
            )
        )
        return self._open(dialog)

    def step(self, action: str) -> CommitmentStepDialog | None:
        """Close, reopen or void the commitment shown, once its dialog is confirmed."""
        d = self.detail
        allowed = {"close": "executed", "reopen": "closed", "void": "draft"}
        if d is None or d.row.status != allowed[action]:
            return None
        dialog = CommitmentStepDialog(self.window_, d.row, action, self.currency)
        said = {
            "close": self.tr("{number} is closed."),
            "reopen": self.tr("{number} is executed again."),
            "void": self.tr("{number} is void."),
        }[action]
        dialog.accepted.connect(
            lambda: self.page.show_message(said.format(number=d.row.number), error=False)
        )
        return self._open(dialog)

    def _open(self, dialog: Any) -> Any:
        self.page.show_message("")
        self.page.dialog = dialog
        dialog.open()
        return dialog

    def import_sov(self, path: str | None = None) -> None:
        """Load a schedule of values from a spreadsheet into the draft commitment shown
        (the file asked for when ``path`` is None)."""
        d = self.detail
        if d is None or d.row.status != "draft" or self.project_id is None:
            return
        if path is None:
            path, _filter = QFileDialog.getOpenFileName(
                self.page,
                self.tr("Import a schedule of values into {number}").format(number=d.row.number),
                "",
                self.tr("Spreadsheets (*.xlsx *.csv *.txt);;All files (*)"),
            )
            if not path:
                return
        store, pid, number, file = self.store, self.project_id, d.row.number, Path(path)
        self.page.show_message(self.tr("Importing {name}…").format(name=file.name), error=False)

        def done(found: CostImport) -> None:  # ``call`` has emitted its changes
            self.page.show_import(found)
            self.imported.emit(found)

        self.window_.call(
            lambda: import_sov(store, pid, number, file), done, on_error=self.page.show_message
        )
