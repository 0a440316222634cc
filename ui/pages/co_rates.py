"""The unit-rate comparison the approver of a change order sees above the signature
(``rates.rate_check``): each line's unit price beside the commitment's contract rate for
the same item and the median of the PMO's other projects, the deviation, and the lines
outside the tolerance said in words ("⚠ above the reference"), not by colour alone. Shown only for a change order of a commitment."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from PySide6.QtWidgets import QHeaderView, QTableView, QWidget

from executrek.models.records.change_order.model import ChangeOrder
from executrek.models.records.cost.rates import RateFinding, rate_check
from executrek.models.store import Store
from executrek.ui.labels import RAG_COLOURS, money
from executrek.ui.widgets.columns import Column
from executrek.ui.widgets.pane_layout import headed_column
from executrek.ui.widgets.rows_model import RowsModel


def read_findings(
    store: Store, co_id: str, tolerance_pct: Decimal = Decimal(15)
) -> list[RateFinding] | None:
    """The rate check of change order ``co_id`` (a line flagged beyond ``tolerance_pct``,
    the settings' ``thresholds.rate_tolerance_pct``); None when it modifies no commitment."""
    with store.read() as s:
        co = s.get(ChangeOrder, co_id)
        if co is None or co.commitment_id is None:
            return None
        return rate_check(s, co_id, tolerance_pct=tolerance_pct)


def _amount(value: Decimal | None) -> str:
    return "—" if value is None else money(value)


class RateFindings(QWidget):
    """The comparison table and a line saying how many lines are outside the tolerance."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout, self.heading = headed_column(self)
        self.model: RowsModel[RateFinding] = RowsModel(self._columns(), self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setAccessibleName(self.tr("Unit rates compared"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setDefaultSectionSize(26)
        layout.addWidget(self.table)
        self.hide()

    def _columns(self) -> list[Column[RateFinding]]:
        def flagged(r: RateFinding) -> str | None:
            return RAG_COLOURS["red"] if r.flagged else None

        return [
            Column("line", self.tr("Line"), lambda r: f"{r.description} ({r.unit})",
                   tooltip=lambda r: f"{r.description} ({r.unit})"),
            Column("price", self.tr("Unit price"), lambda r: money(r.unit_price), right=True),
            Column("rate", self.tr("Contract rate"), lambda r: _amount(r.contract_rate),
                   right=True),
            Column("median", self.tr("Other projects"), self._median, right=True,
                   tooltip=lambda r: self.tr("Median of {count} approved line(s)").format(
                       count=r.other_projects_count)),
            Column("deviation", self.tr("Deviation"), self._deviation, right=True,
                   colour=flagged),
            Column("check", self.tr("Check"), self._check, colour=flagged),
        ]  # fmt: skip

    def _median(self, r: RateFinding) -> str:
        if r.other_projects_median is None:
            return "—"
        return f"{money(r.other_projects_median)} (n={r.other_projects_count})"

    @staticmethod
    def _deviation(r: RateFinding) -> str:
        return "—" if r.deviation_pct is None else f"{r.deviation_pct:+.1f} %"

    def _check(self, r: RateFinding) -> str:
        if r.flagged:
            if r.deviation_pct is None:
                return self.tr("⚠ priced against a rate of nothing")
            if r.deviation_pct > 0:
                return self.tr("⚠ above the reference")
            return self.tr("⚠ below the reference")
        if r.contract_rate is None and r.other_projects_median is None:
            return self.tr("no rate to compare")
        return self.tr("✓ within tolerance")

    def show_findings(self, findings: Sequence[RateFinding] | None, currency: str) -> None:
        """The comparison (hidden for a change order of no commitment)."""
        if findings is None:
            self.hide()
            return
        self.model.set_rows(list(findings))
        flagged = sum(1 for f in findings if f.flagged)
        text = (
            self.tr("Unit rates ({currency}): ⚠ {count} line(s) outside the tolerance — check "
                    "before approving").format(currency=currency, count=flagged)
            if flagged
            else self.tr("Unit rates ({currency}): every line within the tolerance or without "
                         "a reference").format(currency=currency)
        )  # fmt: skip
        self.heading.setText(text)
        shown = min(len(findings), 5)  # the rows in view without scrolling (more scroll)
        height = self.table.horizontalHeader().sizeHint().height() + 26 * shown + 4
        self.table.setMinimumHeight(height)
        self.table.setMaximumHeight(height)
        self.show()

    def rows(self) -> list[Any]:
        return self.model.rows()
