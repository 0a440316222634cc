"""The commitments page: the project's contracts (``SC-001``) and purchase orders
(``PO-001``) with their money — original value, approved change orders, contract sum to
date, certified to date, retainage held, balance (``figures.commitment_figures``) — and
below the list the commitment selected: its terms, its schedule of values (item,
description, cost code, budget line, scheduled value, activity codes) and, on a second
tab, its schedule of rates (item, description, unit, rate, cost code), which the change
orders of the commitment are checked against.

Actions: New commitment, Add SOV line and Import SOV… (while it is a draft), Add rate,
Execute (refused in one line when the schedule of values does not add up to the
contract value), Edit… (the header), Remove line… (confirmed; refused in words for a
line with claims), Close…, Reopen… and Void… (each says what it means for the figures). Layout only here: ``commitments_controller`` reads and writes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from executrek.app.interop.cost_import import CostImport
from executrek.app.permissions import Action
from executrek.models.records.cost.queries import RateRow, SovLineRow
from executrek.ui.labels import money
from executrek.ui.pages.budget_parts import money_column, status_column, text_column
from executrek.ui.pages.commitments_controller import (
    CommitmentDetail,
    CommitmentsController,
    Listed,
)
from executrek.ui.pages.cost_labels import word
from executrek.ui.pages.cost_register import CostRegister
from executrek.ui.widgets.action_row import ActionRow
from executrek.ui.widgets.columns import Column
from executrek.ui.widgets.form_parts import tipped_button
from executrek.ui.widgets.pane_layout import flush_column
from executrek.ui.widgets.permission_gate import each, gate_project
from executrek.ui.widgets.record_list import (
    DetailSide,
    add_shortcut,
    record_table,
)
from executrek.ui.widgets.rows_model import RowsModel

if TYPE_CHECKING:
    from executrek.ui.main_window import MainWindow

STATUSES = ("draft", "executed", "closed", "void")


class CommitmentPane(QWidget):
    """The commitment's heading, terms, actions, schedule of values and schedule of
    rates (one tab each)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.side = DetailSide(self.tr("Select a commitment"))
        layout = flush_column(self)
        layout.addWidget(self.side)
        self.action_row = ActionRow()
        self.execute_button = tipped_button(
            self.tr("E&xecute…"),
            self.tr("Signed: the schedule of values must add up to the contract value"),
        )
        self.add_line_button = QPushButton(self.tr("Add SOV &line…"))
        self.import_button = tipped_button(
            self.tr("&Import SOV…"),
            self.tr("Load the schedule of values from a spreadsheet (XLSX or CSV)"),
        )
        self.add_rate_button = QPushButton(self.tr("Add &rate…"))
        self.edit_button = tipped_button(
            self.tr("&Edit…"), self.tr("Title, contractor, dates and retainage terms")
        )
        self.remove_line_button = tipped_button(
            self.tr("Re&move line…"),
            self.tr("Take the SOV line selected off a draft (never a line with claims)"),
        )
        self.close_button = tipped_button(
            self.tr("Cl&ose…"), self.tr("Final account agreed: no new pay applications")
        )
        self.reopen_button = QPushButton(self.tr("Reo&pen…"))
        self.void_button = tipped_button(
            self.tr("&Void…"), self.tr("A draft that will not be signed")
        )
        self.action_row.add(self.execute_button, primary=True)
        self.action_row.add(self.add_line_button, primary=True)
        for button in (
            self.edit_button,
            self.remove_line_button,
            self.import_button,
            self.add_rate_button,
            self.close_button,
            self.reopen_button,
            self.void_button,
        ):
            self.action_row.add(button)
        layout.addWidget(self.action_row)
        self.sov_model: RowsModel[Any] = RowsModel(self._sov_columns(), self)
        self.sov_table = record_table(
            self.sov_model, wide_column=None, stretch_column=1, row_height=28
        )
        self.sov_table.setAccessibleName(self.tr("Schedule of values"))
        self.rates_model: RowsModel[RateRow] = RowsModel(self._rate_columns(), self)
        self.rates_table = record_table(  # in item order ("R2" before "R10")
            self.rates_model, sortable=False, wide_column=None, stretch_column=1, row_height=28
        )
        self.rates_table.setAccessibleName(self.tr("Schedule of rates"))
        self.rates_note = QLabel()
        self.rates_note.setWordWrap(True)
        self.rates_note.setObjectName("muted")
        self.rates_box = QWidget()
        box = QVBoxLayout(self.rates_box)
        box.setContentsMargins(0, 4, 0, 0)
        box.addWidget(self.rates_note)
        box.addWidget(self.rates_table, 1)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.sov_table, self.tr("Schedule of values"))
        self.tabs.addTab(self.rates_box, self.tr("Schedule of rates"))
        layout.addWidget(self.tabs, 1)
        self.status = ""
        self.sov_table.selectionModel().currentRowChanged.connect(lambda *_: self._enable())
        self.show_detail(None, "")

    def _sov_columns(self) -> list[Column[Any]]:
        return [
            text_column("item", self.tr("Item"), lambda r: r.item),
            text_column("description", self.tr("Description"), lambda r: r.description),
            text_column("code", self.tr("Cost code"), lambda r: r.cost_code),
            text_column("budget", self.tr("Budget line"), lambda r: r.budget_line),
            money_column("value", self.tr("Scheduled value"), lambda r: r.scheduled_value),
            text_column("activities", self.tr("Activities"), lambda r: ", ".join(r.activity_codes)),
            text_column("co", self.tr("Added by"), lambda r: r.change_order),
        ]

    def _rate_columns(self) -> list[Column[RateRow]]:
        return [
            text_column("item", self.tr("Item"), lambda r: r.item),
            text_column("description", self.tr("Description"), lambda r: r.description),
            text_column("unit", self.tr("Unit"), lambda r: r.unit),
            money_column("rate", self.tr("Rate"), lambda r: r.rate),
            text_column("code", self.tr("Cost code"), lambda r: r.cost_code),
        ]

    def _show_rates(self, d: CommitmentDetail | None, currency: str) -> None:
        rates = d.rates if d is not None else ()
        self.rates_model.set_rows(list(rates))
        index = self.tabs.indexOf(self.rates_box)
        self.tabs.setTabText(
            index,
            self.tr("Schedule of rates ({count})").format(count=len(rates))
            if rates
            else self.tr("Schedule of rates"),
        )
        if d is None:
            self.rates_note.clear()
        elif rates:
            self.rates_note.setText(
                self.tr(
                    "Rates in {currency}: the change orders of {number} are checked against them."
                ).format(currency=currency, number=d.row.number)
            )
        else:
            self.rates_note.setText(
                self.tr(
                    "{number} has no schedule of rates: Add rate… gives its change orders "
                    "a contract rate to be checked against."
                ).format(number=d.row.number)
            )

    def selected_line(self) -> SovLineRow | None:
        index = self.sov_table.currentIndex()
        return self.sov_model.row_at(index.row()) if index.isValid() else None

    def _enable(self) -> None:
        status = self.status
        self.execute_button.setEnabled(status == "draft")
        self.add_line_button.setEnabled(status == "draft")
        self.import_button.setEnabled(status == "draft")
        self.add_rate_button.setEnabled(bool(status) and status != "void")
        self.edit_button.setEnabled(bool(status) and status != "void")
        line = self.selected_line() is not None
        self.remove_line_button.setEnabled(line and status in ("draft", "executed"))
        self.close_button.setEnabled(status == "executed")
        self.reopen_button.setEnabled(status == "closed")
        self.void_button.setEnabled(status == "draft")

    def show_detail(self, d: CommitmentDetail | None, currency: str) -> None:
        self._show_rates(d, currency)
        self.status = d.row.status if d is not None else ""
        if d is None:
            self.side.clear()
            self.sov_model.set_rows([])
            self._enable()
            return
        r = d.row
        terms = self.tr("retainage {pct} %").format(pct=f"{r.retainage_pct.normalize():f}")
        if r.materials_retainage_pct != r.retainage_pct:
            terms += self.tr(", {pct} % on stored materials").format(
                pct=f"{r.materials_retainage_pct.normalize():f}"
            )
        if r.retainage_reduced_pct is not None and r.reduce_at_pct is not None:
            terms += self.tr(", {reduced} % once {at} % complete").format(
                reduced=f"{r.retainage_reduced_pct.normalize():f}",
                at=f"{r.reduce_at_pct.normalize():f}",
            )
        dates = " – ".join(x.isoformat() for x in (r.start_date, r.finish_date) if x)
        parts = [
            word(r.commitment_type),
            r.contractor,
            word(r.status),
            self.tr("contract sum {amount}").format(amount=money(r.contract_sum, currency)),
            terms,
        ]
        if dates:
            parts.append(dates)
        if r.executed_on:
            parts.append(self.tr("executed {date}").format(date=r.executed_on.isoformat()))
        info = " · ".join(parts)
        if r.status == "draft":
            info += "<br>" + self.tr(
                "The schedule of values adds up to {sov} of the contract value {value}."
            ).format(sov=money(d.sov_total, currency), value=money(r.original_value, currency))
        self.side.show_record(r.number, r.title, info)
        self.sov_model.set_rows(d.sov)
        self._enable()


class CommitmentsPage(CostRegister[Listed]):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(
            window,
            title=self.tr("Commitments"),
            search_hint=self.tr("Search commitments"),
            statuses=STATUSES,
            new_text=self.tr("&New commitment…"),
        )
        self.new_button.setObjectName("primaryAction")
        self.model = RowsModel(self._list_columns(), self)
        self.table = record_table(self.model, wide_column=None, stretch_column=0)
        self.table.setAccessibleName(self.tr("Commitments"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)  # the contractor
        self.table.setColumnWidth(1, 120)
        self.pane = CommitmentPane()
        self.lay_out(self.pane, stretch=(2, 3), sizes=(220, 420))
        self.controller = CommitmentsController(window, self)
        self.keep_selection(self.controller.selected)
        c = self.controller
        self.new_button.clicked.connect(c.new_commitment)
        self.pane.execute_button.clicked.connect(c.execute)
        self.pane.add_line_button.clicked.connect(c.add_sov_line)
        self.pane.import_button.clicked.connect(lambda: c.import_sov())
        self.pane.add_rate_button.clicked.connect(c.add_rate)
        self.pane.edit_button.clicked.connect(c.edit_commitment)
        self.pane.remove_line_button.clicked.connect(c.remove_sov_line)
        self.pane.close_button.clicked.connect(lambda: c.step("close"))
        self.pane.reopen_button.clicked.connect(lambda: c.step("reopen"))
        self.pane.void_button.clicked.connect(lambda: c.step("void"))
        add_shortcut(self, self.tr("New commitment"), "Ctrl+Shift+N", c.new_commitment)
        # Commitments are the managers' (every action of the pane, the shortcut too).
        writes = each(Action.COST_WRITE, self.new_button, *self.pane.action_row.buttons)
        self.gate = gate_project(window, self, writes + each(Action.COST_WRITE, *self.actions()))
        self.controller.start()

    def _list_columns(self) -> list[Column[Listed]]:
        def fig(name: str) -> Any:
            return lambda r: getattr(r.figures, name) if r.figures is not None else None

        # Number and title in one column, so the money columns fit a laptop screen.
        number: Column[Listed] = Column(
            "number",
            self.tr("Commitment"),
            lambda r: f"{r.row.number} · {r.row.title}",
            sort_value=lambda r: (r.row.commitment_type != "contract", r.row.number),
            tooltip=lambda r: f"{r.row.number} · {r.row.title}\n{r.row.contractor}",
        )
        return [
            number,
            text_column("contractor", self.tr("Contractor"), lambda r: r.row.contractor),
            status_column(self.tr("Status"), lambda r: r.row.status),
            money_column("original", self.tr("Original"), lambda r: r.row.original_value),
            money_column("changes", self.tr("Approved\nchanges"), lambda r: r.row.approved_changes),
            money_column("contract", self.tr("Contract\nsum"), lambda r: r.row.contract_sum),
            money_column("certified", self.tr("Certified\nto date"), fig("certified_to_date")),
            money_column("retainage", self.tr("Retainage\nheld"), fig("retainage_held")),
            money_column("balance", self.tr("Balance"), fig("balance")),
        ]

    # --- what the register asks -----------------------------------------------------------
    def search_text(self, row: Listed) -> str:
        return f"{row.row.number} {row.row.title} {row.row.contractor}"

    def status_of(self, row: Listed) -> str:
        return row.row.status

    def shown_id(self) -> str | None:
        shown = self.controller.detail
        return shown.row.id if shown else None

    def clear_pane(self) -> None:
        self.pane.show_detail(None, "")

    # --- what the controller shows -------------------------------------------------------
    def show_detail(self, detail: CommitmentDetail | None) -> None:
        self.pane.show_detail(detail, self.controller.currency)

    def show_import(self, found: CostImport) -> None:
        lines = [found.summary(), *found.rejected[:5]]
        if found.rejected_count > 5:
            lines.append(self.tr("… and {count} more.").format(count=found.rejected_count - 5))
        lines.extend(found.warnings[:3])
        self.show_message("\n".join(lines), error=not found.ok)
