"""Change-order dialogs: the editor (tier, reason, line items with live totals in the
project's currency, cost and schedule impact) and the approval (approver's name, role and
signature; for a change event or request, optionally through every tier to an approved
change order with that one signature)."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QWidget,
)

from executrek.app import list_columns_change_orders as co_list
from executrek.app.messages import user_message
from executrek.models.errors import DomainError
from executrek.models.records.change_order import service as change_orders
from executrek.models.records.change_order.model import COReason, COTier
from executrek.models.records.change_order.queries import ChangeOrderDetail
from executrek.models.records.change_order.service import LineInput, line_amount
from executrek.models.services.listings import Choice
from executrek.ui.labels import money
from executrek.ui.pages.co_rates import RateFindings, read_findings
from executrek.ui.pages.cost_labels import setting_pct
from executrek.ui.pages.record_dialog import RecordDialog, edit_or_new
from executrek.ui.widgets.choices import add_values
from executrek.ui.widgets.form_dialog import Button, FormDialog
from executrek.ui.widgets.form_parts import intro_above, short_text
from executrek.ui.widgets.screen_fit import resize_within_screen
from executrek.ui.widgets.signature_pad import SignaturePad

if TYPE_CHECKING:
    from executrek.ui.main_window import MainWindow

Index = QModelIndex | QPersistentModelIndex


def _dec(text: str) -> Decimal | None:
    try:
        return Decimal(text.replace(",", "").strip() or "0")
    except InvalidOperation:
        return None


class LinesModel(QAbstractTableModel):
    """Editable line items: description, quantity, unit, unit price, markup %, amount."""

    totals_changed = Signal()
    EDITABLE = 5

    def __init__(self, parent: QWidget | None = None, currency: str = "") -> None:
        super().__init__(parent)
        self.currency = currency
        self.lines: list[list[str]] = []
        self.fields = co_list.LINES_EDITOR
        self.headers = [f.header() for f in self.fields]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.headers)
        ):
            return self.headers[section]
        return None

    def amount(self, row: int) -> Decimal | None:
        _d, q, _u, p, m = self.lines[row]
        qd, pd, md = _dec(q), _dec(p), _dec(m)
        if qd is None or pd is None or md is None:
            return None
        return line_amount(qd, pd, md)

    def total(self) -> Decimal:
        return sum(
            (a for r in range(len(self.lines)) if (a := self.amount(r)) is not None), Decimal(0)
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.lines):
            return None
        col = index.column()
        if not 0 <= col < len(self.headers):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if col == self.EDITABLE:
                amount = self.amount(index.row())
                return "?" if amount is None else money(amount, self.currency)
            return self.lines[index.row()][col]
        if role == Qt.ItemDataRole.TextAlignmentRole and self.fields[col].right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() < self.EDITABLE:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            role != Qt.ItemDataRole.EditRole
            or not index.isValid()
            or index.column() >= self.EDITABLE
        ):
            return False
        self.lines[index.row()][index.column()] = str(value)
        self.dataChanged.emit(index, self.index(index.row(), self.EDITABLE))
        self.totals_changed.emit()
        return True

    def add(self, values: list[str] | None = None) -> int:
        row = len(self.lines)
        self.beginInsertRows(QModelIndex(), row, row)
        self.lines.append(values or ["", "1", "ea", "0", "0"])
        self.endInsertRows()
        self.totals_changed.emit()
        return row

    def remove(self, row: int) -> None:
        if 0 <= row < len(self.lines):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.lines[row]
            self.endRemoveRows()
            self.totals_changed.emit()

    def inputs(self) -> list[LineInput]:
        return [
            LineInput(
                description=d,
                quantity=q.replace(",", ""),
                unit=u,
                unit_price=p.replace(",", ""),
                markup_pct=m,
            )
            for d, q, u, p, m in self.lines
        ]


class ChangeOrderEditor(RecordDialog):
    """New change order, or edit a draft (fields and lines together)."""

    def __init__(
        self,
        window: MainWindow,
        project_id: str,
        contractors: tuple[Choice, ...],
        existing: ChangeOrderDetail | None = None,
        *,
        currency: str = "",
    ) -> None:
        self.currency = currency
        title = edit_or_new(
            existing.row if existing else None, self.tr("Edit {number}"), self.tr("New change")
        )
        super().__init__(window, project_id, title, min_width=None, ok=Button.Save)
        self.existing = existing
        resize_within_screen(self, 860, 640)
        self.title = QLineEdit()
        self.tier = QComboBox()
        add_values(self.tier, COTier)
        self.reason = QComboBox()
        add_values(self.reason, COReason)
        self.contractor = QComboBox()
        self.contractor.addItem(self.tr("—"), None)
        for c in contractors:
            self.contractor.addItem(c.label, c.id)
        self.days = QSpinBox()
        self.days.setRange(-3650, 3650)
        self.days.setSuffix(self.tr(" days"))
        self.contingency = QCheckBox(self.tr("Funded from contingency"))
        self.contingency.setChecked(True)
        self.description = short_text(80)
        self.errors.add_rows(
            self.form,
            (self.tr("&Title"), "title", self.title),
            (self.tr("Tie&r"), "tier", self.tier),
            (self.tr("R&eason"), "reason", self.reason),
            (self.tr("C&ontractor"), "contractor_id", self.contractor),
            (self.tr("Schedule &impact"), "schedule_impact_days", self.days),
            ("", None, self.contingency),
            (self.tr("&Description"), "description", self.description),
        )
        # Under the form, above the message no field shows and the buttons.
        column = self.column
        column.insertWidget(1, QLabel(self.tr("<b>Line items</b> (double-click or F2 to edit)")))
        self.lines = LinesModel(self, currency)
        self.lines_view = QTableView()
        self.lines_view.setModel(self.lines)
        self.lines_view.verticalHeader().hide()
        self.lines_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.lines_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.lines_view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        column.insertWidget(2, self.lines_view, 1)
        self.line_error = self.errors.wrap("lines", QLabel())
        column.insertWidget(3, self.line_error)
        row = QHBoxLayout()
        add = QPushButton(self.tr("&Add line"))
        add.clicked.connect(self.add_line)
        remove = QPushButton(self.tr("Re&move line"))
        remove.clicked.connect(lambda: self.lines.remove(self.lines_view.currentIndex().row()))
        self.total_label = QLabel()
        self.total_label.setObjectName("sectionTitle")
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        row.addWidget(self.total_label)
        column.insertLayout(4, row)
        self.lines.totals_changed.connect(self._totals)
        if existing is not None:
            r = existing.row
            self.title.setText(r.title)
            self.tier.setCurrentIndex(self.tier.findData(r.tier))
            self.tier.setEnabled(False)
            self.reason.setCurrentIndex(self.reason.findData(r.reason))
            self.contractor.setCurrentIndex(
                max(0, self.contractor.findData(existing.contractor_id))
            )
            self.days.setValue(r.schedule_impact_days)
            self.contingency.setChecked(existing.funded_from_contingency)
            self.description.setPlainText(existing.description or "")
            for ln in existing.lines:
                self.lines.add(
                    [
                        ln.description,
                        f"{ln.quantity.normalize():f}",
                        ln.unit,
                        f"{ln.unit_price:f}",
                        f"{ln.markup_pct.normalize():f}",
                    ]
                )
        self._totals()
        self.title.setFocus()

    def add_line(self) -> None:
        row = self.lines.add()
        index = self.lines.index(row, 0)
        self.lines_view.setCurrentIndex(index)
        self.lines_view.edit(index)

    def _totals(self) -> None:
        self.total_label.setText(
            self.tr("Total: {amount}").format(amount=money(self.lines.total(), self.currency))
        )

    def submit(self) -> None:
        self.errors.clear()
        store = self.window_.ctx.store
        lines = self.lines.inputs()
        fields = {
            "title": self.title.text(),
            "reason": str(self.reason.currentData()),
            "description": self.description.toPlainText() or None,
            "contractor_id": self.contractor.currentData(),
            "schedule_impact_days": self.days.value(),
            "funded_from_contingency": self.contingency.isChecked(),
        }
        project_id = self.project_id
        existing = self.existing
        tier = str(self.tier.currentData())

        def work() -> Any:
            if existing is None:
                return change_orders.create_change_order(
                    store, project_id, tier=tier, lines=lines, **fields
                )
            change_orders.update_change_order(store, existing.row.id, **fields)
            return change_orders.set_lines(store, existing.row.id, lines)

        self.run(self.window_, work, lambda _done: self.accept())

    def refused(self, error: DomainError) -> None:
        """A refused line is shown under the lines, the rest under their field."""
        field = getattr(error, "field", "")
        label = self.errors.label("lines") if field.startswith("lines[") else None
        if label is None:
            super().refused(error)
            return
        self.buttons.setEnabled(True)
        label.setText(user_message(error))
        label.show()


class ApproveDialog(FormDialog):
    """Approve with the approver's name, role and signature on the pad; with
    ``submit_first`` a draft is submitted and approved in this one step. A change order
    of a commitment shows its unit-rate comparison above the signature (``co_rates``)."""

    rates_loaded = Signal()
    approved = Signal(str)  # the change order approved last (the CO when carried through)

    def __init__(
        self,
        window: MainWindow,
        co_id: str,
        number: str,
        amount: str,
        *,
        submit_first: bool = False,
        currency: str = "",
        through_tiers: bool = False,
    ) -> None:
        """``through_tiers``: offer to carry a change event or request on through every
        tier to an approved change order with this one signature."""
        super().__init__(
            window,
            (
                self.tr("Submit and approve {number}")
                if submit_first
                else self.tr("Approve {number}")
            ).format(number=number),
            min_width=560,
            ok_text=self.tr("Submit and approve") if submit_first else self.tr("Approve"),
        )
        self.window_ = window
        self.co_id = co_id
        self.submit_first = submit_first
        text = (
            self.tr(
                "Submitting and approving {number} for {amount} in one step. The signature "
                "is kept as evidence."
            )
            if submit_first
            else self.tr("Approving {number} for {amount}. The signature is kept as evidence.")
        )
        self.intro = intro_above(self, text.format(number=number, amount=amount))
        ident = window.ctx.settings.identity
        self.name = QLineEdit(ident.display_name)
        self.role = QLineEdit(ident.title)
        self.note = QLineEdit()
        self.through = QCheckBox(
            self.tr("Approve &through to the change order (one signature for every tier)")
        )
        self.errors.add_rows(
            self.form,
            (self.tr("Approver &name"), "approver_name", self.name),
            (self.tr("&Role"), "approver_role", self.role),
            (self.tr("N&ote"), "note", self.note),
            ("", None, self.through),
        )
        self.through.setVisible(through_tiers)
        self.rates = RateFindings()  # under the form, above the signature
        self.column.insertWidget(2, self.rates)
        self.pad = SignaturePad()
        self.column.insertWidget(3, self.errors.wrap("signature", self.pad), 1)
        clear = QPushButton(self.tr("C&lear signature"))
        clear.clicked.connect(self.pad.clear)
        self.column.insertWidget(4, clear)
        store = window.ctx.store

        def found(findings: Any) -> None:
            self.rates.show_findings(findings, currency)
            if findings is not None:  # room for the comparison's columns
                resize_within_screen(self, max(self.width(), 860), self.sizeHint().height())
            self.rates_loaded.emit()

        tolerance = setting_pct(window.ctx.settings.thresholds.rate_tolerance_pct)
        window.call(lambda: read_findings(store, co_id, tolerance), found)
        self.ok = self.ok_button
        self.ok.setEnabled(False)
        self.pad.changed.connect(lambda: self.ok.setEnabled(not self.pad.is_empty()))
        self.name.setFocus()

    def submit(self) -> None:
        self.errors.clear()
        store = self.window_.ctx.store
        co_id = self.co_id
        name, role = self.name.text(), self.role.text() or None
        note = self.note.text() or None
        strokes = self.pad.strokes()
        first = self.submit_first
        through = self.through.isChecked()
        self.run(
            self.window_,
            lambda: change_orders.approve(
                store,
                co_id,
                approver_name=name,
                approver_role=role,
                signature_strokes=strokes,
                note=note,
                submit_first=first,
                through_tiers=through,
            ),
            self._approved,
        )

    def _approved(self, result: Any) -> None:
        self.approved.emit(result.value.id)
        self.accept()
