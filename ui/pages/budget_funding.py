"""The budget page's funding tab: each funding source against the budget lines it pays
for (``funding.funding_figures``: amount, approved budget, EAC and headroom; a source
short of its lines' EAC says "short by …" in red), the lines without a source on an
"Unfunded" row, and a sentence of the totals; New funding source… and Change source…
(name, amount, note) through ``FundingDialog``. Layout and showing only;
``budget_controller`` reads and writes."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QWidget

from executrek.models.records.cost import budget
from executrek.models.records.cost.funding import FundingFigures, update_funding_source
from executrek.ui.labels import RAG_COLOURS, money
from executrek.ui.pages.cost_labels import parse_money
from executrek.ui.pages.record_dialog import RecordDialog
from executrek.ui.widgets.action_row import ActionRow
from executrek.ui.widgets.columns import Column
from executrek.ui.widgets.form_parts import intro_above, short_text
from executrek.ui.widgets.list_pick import ListPick
from executrek.ui.widgets.pane_layout import flush_column
from executrek.ui.widgets.record_list import KeepSelection, record_table
from executrek.ui.widgets.rows_model import RowsModel

if TYPE_CHECKING:
    from executrek.ui.main_window import MainWindow

ZERO = Decimal("0.00")


class FundingTab(QWidget):
    """The funding sources and the budget each pays for."""

    selected = Signal(object)  # the FundingFigures selected (a source), None otherwise
    edit_asked = Signal()  # a source double-clicked

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currency = ""
        layout = flush_column(self)
        self.action_row = ActionRow()
        self.new_button = QPushButton(self.tr("New funding &source…"))
        self.edit_button = QPushButton(self.tr("&Change source…"))
        self.action_row.add(self.new_button, primary=True)
        self.action_row.add(self.edit_button)
        layout.addWidget(self.action_row)
        self.model: RowsModel[FundingFigures] = RowsModel(self._columns(), self)
        self.table = record_table(self.model, sortable=False, wide_column=0, wide_width=220)
        self.table.setAccessibleName(self.tr("Funding sources"))
        self.table.setToolTip(self.tr("Double-click a source to change its amount"))
        self.table.doubleClicked.connect(lambda _i: self.edit_asked.emit())
        layout.addWidget(self.table, 1)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.selection = KeepSelection(
            self.table, self.model, self._show_selected, lambda: self._show_selected(None)
        )
        self.pick = ListPick(self.table, self.model)  # a source to select once listed
        self._show_selected(None)

    def _columns(self) -> list[Column[FundingFigures]]:
        def red(r: FundingFigures) -> str | None:
            return RAG_COLOURS["red"] if r.short else None

        return [
            Column("name", self.tr("Funding source"), self.name_of),
            Column("lines", self.tr("Budget lines"), lambda r: str(r.lines), right=True),
            Column(
                "amount",
                self.tr("Amount"),
                lambda r: money(r.amount) if r.source_id is not None else "—",
                right=True,
            ),
            Column(
                "approved",
                self.tr("Approved budget"),
                lambda r: money(r.approved_budget),
                right=True,
            ),
            Column("eac", self.tr("EAC"), lambda r: money(r.eac), right=True),
            Column(
                "headroom",
                self.tr("Headroom"),
                self.headroom_text,
                right=True,
                colour=red,
                tooltip=lambda r: self.tr("Amount less the EAC of the lines it funds"),
            ),
        ]

    def name_of(self, row: FundingFigures) -> str:
        return row.name if row.source_id is not None else self.tr("Unfunded (no source)")

    def headroom_text(self, row: FundingFigures) -> str:
        """The headroom; below zero in words, not by a sign alone."""
        if row.short:
            return self.tr("short by {amount}").format(amount=money(-row.headroom))
        return money(row.headroom)

    def set_rows(self, rows: Sequence[FundingFigures], currency: str, keep: str | None) -> None:
        self.currency = currency
        self.selection.set_rows(rows, self.pick.keep(rows, keep))
        sources = [r for r in rows if r.source_id is not None]
        if not rows:
            self.summary.setText(self.tr("No funding source and no budget line yet."))
            return
        amount = sum((r.amount for r in sources), ZERO)
        eac = sum((r.eac for r in rows), ZERO)
        left = amount - eac
        said = (
            self.tr("short by {amount}").format(amount=money(-left, currency))
            if left < 0
            else self.tr("{amount} of headroom").format(amount=money(left, currency))
        )
        self.summary.setText(
            self.tr(
                "{count} funding sources provide {amount} against an estimate at completion "
                "of {eac}: {said}."
            ).format(
                count=len(sources),
                amount=money(amount, currency),
                eac=money(eac, currency),
                said=said,
            )
        )
        self.summary.setStyleSheet(f"color: {RAG_COLOURS['red']}" if left < 0 else "")

    def current(self) -> FundingFigures | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        row = self.model.row_at(index.row())
        return row if row.source_id is not None else None

    def select(self, source_id: str) -> bool:
        return self.pick.select(source_id)

    def _show_selected(self, row: FundingFigures | None) -> None:
        source = row if row is not None and row.source_id is not None else None
        self.edit_button.setEnabled(source is not None)
        self.selected.emit(source)


class FundingDialog(RecordDialog):
    """A new funding source (``source`` None) or the edit of one: name, amount, note."""

    def __init__(
        self,
        window: MainWindow,
        project_id: str,
        currency: str,
        source: FundingFigures | None = None,
    ) -> None:
        title = (
            self.tr("New funding source")
            if source is None
            else self.tr("Edit {name}").format(name=source.name)
        )
        super().__init__(window, project_id, title, min_width=460)
        self.source = source
        self.saved: str | None = None  # the source's id once written
        intro_above(
            self,
            self.tr(
                "Where the owner's money comes from (equity, a loan facility, a grant) and "
                "how much it provides; a budget line names the source that pays for it."
            ),
        )
        self.name = QLineEdit(source.name if source is not None else "")
        self.amount = QLineEdit(f"{source.amount:,.2f}" if source is not None else "")
        self.amount.setPlaceholderText(currency)
        self.note = short_text(
            80, (source.note or "") if source is not None else "", tab_leaves=True
        )
        self.errors.add_rows(
            self.form,
            (self.tr("&Name"), "name", self.name),
            (self.tr("&Amount ({currency})").format(currency=currency), "amount", self.amount),
            (self.tr("N&ote"), "note", self.note),
        )
        (self.amount if source is not None else self.name).setFocus()

    def submit(self) -> None:
        self.errors.clear()
        store = self.window_.ctx.store
        name, note = self.name.text(), self.note.toPlainText()
        amount = parse_money(self.amount.text())

        def done(result: object) -> None:
            self.saved = getattr(getattr(result, "value", None), "id", None)
            self.accept()

        if self.source is None:
            pid = self.project_id
            self.run(
                self.window_,
                lambda: budget.create_funding_source(
                    store, pid, name=name, amount=amount, note=note or None
                ),
                done,
            )
        else:
            sid = self.source.id
            self.run(
                self.window_,
                lambda: update_funding_source(store, sid, amount=amount, name=name, note=note),
                done,
            )
