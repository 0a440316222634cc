"""The payment applications page: the project's applications (``PA-001``: commitment,
contractor, period, status, claimed this period, certified amount) and, under the list,
the review of the one selected (``payment_review``): the G703 lines with the claim beside
the evidence, over-claims flagged, each line approved, reduced or rejected, withholding,
the G702 summary following every decision, and Certify.

Keyboard: Ctrl+Shift+N a new application; in the lines, Ctrl+Shift+A approves the line
selected and moves to the next one to decide. Layout only here: ``payments_controller``
reads and writes.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from executrek.app.permissions import Action
from executrek.ui.labels import money
from executrek.ui.pages.budget_parts import money_column, status_column, text_column
from executrek.ui.pages.cost_labels import CurrencyNote, word
from executrek.ui.pages.payment_review import ReviewPane
from executrek.ui.pages.payments_controller import Listed, PayList, PaymentsController, Review
from executrek.ui.widgets.columns import Column
from executrek.ui.widgets.field_errors import ERROR_STYLE
from executrek.ui.widgets.flow_layout import FlowLayout
from executrek.ui.widgets.list_pick import ListPick
from executrek.ui.widgets.permission_gate import Need, each, gate_project
from executrek.ui.widgets.record_list import FilterBar, KeepSelection, add_shortcut, record_table
from executrek.ui.widgets.rows_model import RowsModel

if TYPE_CHECKING:
    from executrek.ui.main_window import MainWindow

STATUSES = ("draft", "under_review", "certified", "rejected", "void")


class PaymentsPage(QWidget):
    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self.window_ = window
        self.dialog: QWidget | None = None  # the dialog open last (tests reach it here)
        self._listed: tuple[Listed, ...] = ()
        title = QLabel(self.tr("Payment applications"))
        title.setObjectName("pageTitle")
        bar = FilterBar(self.tr("Search applications"))
        self.search = bar.search
        self.status_box = bar.add_choice(self.tr("All statuses"), ())
        for status in STATUSES:
            self.status_box.addItem(word(status), status)
        self.new_button = QPushButton(self.tr("&New application…"))
        self.new_button.setToolTip(
            self.tr("A contractor's application for a period (Ctrl+Shift+N)")
        )
        bar.add_buttons(self.new_button)
        self.currency_note = CurrencyNote()
        head = FlowLayout()
        head.add_widget(title)
        head.add_widget(self.currency_note)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        self.model: RowsModel[Listed] = RowsModel(self._list_columns(), self)
        self.table = record_table(
            self.model, sort_column=3, order=Qt.SortOrder.DescendingOrder, wide_column=None
        )
        self.pick = ListPick(self.table, self.model, self.search, self.status_box)
        self.table.setAccessibleName(self.tr("Payment applications"))
        self.review = ReviewPane()
        split = QSplitter(Qt.Orientation.Vertical)
        split.setChildrenCollapsible(False)
        split.addWidget(self.table)
        split.addWidget(self.review)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 3)
        split.setSizes([170, 520])  # a few applications in view, the review below
        self.table.setMinimumHeight(90)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(bar)
        layout.addWidget(self.message)
        layout.addWidget(split, 1)
        self.controller = PaymentsController(window, self)
        self.selection = KeepSelection(
            self.table, self.model, self.controller.select, lambda: self.controller.select(None)
        )
        self._wire(bar)
        # Payments are the managers'; certifying up to their limit (see ``_enable``).
        writes = each(Action.COST_WRITE, self.new_button, *self.review.action_row.buttons)
        self.gate = gate_project(window, self, writes + each(Action.COST_WRITE, *self.actions()))
        self.controller.start()

    def _wire(self, bar: FilterBar) -> None:
        c, b = self.controller, self.review.buttons
        self.new_button.clicked.connect(c.new_application)
        b["certify"].clicked.connect(c.certify)
        b["approve"].clicked.connect(c.approve_line)
        b["reduce"].clicked.connect(lambda: c.decide("reduced"))
        b["reject_line"].clicked.connect(lambda: c.decide("rejected"))
        b["withhold"].clicked.connect(c.withhold)
        b["release"].clicked.connect(c.release)
        b["submit"].clicked.connect(c.submit)
        b["revise"].clicked.connect(c.revise)
        b["reject"].clicked.connect(lambda: c.reason_for("reject"))
        b["void"].clicked.connect(lambda: c.reason_for("void"))
        self.review.model.claim_edited.connect(c.claim)
        self.review.line_changed.connect(lambda _l: self._enable())
        bar.changed.connect(self._filter)
        add_shortcut(self, self.tr("New payment application"), "Ctrl+Shift+N", c.new_application)
        add_shortcut(
            self, self.tr("Approve the line selected as claimed"), "Ctrl+Shift+A", c.approve_line
        )

    def _list_columns(self) -> list[Column[Listed]]:
        return [
            text_column("number", self.tr("Number"), lambda r: r.row.number),
            text_column("commitment", self.tr("Commitment"), lambda r: r.row.commitment_number),
            text_column("contractor", self.tr("Contractor"), lambda r: r.row.contractor),
            Column(
                "period",
                self.tr("Period"),
                lambda r: f"{r.row.period_start.isoformat()} – {r.row.period_end.isoformat()}",
                sort_value=lambda r: r.row.period_end,
            ),
            status_column(self.tr("Status"), lambda r: r.row.status),
            money_column("claimed", self.tr("Claimed this period"), lambda r: r.claimed),
            money_column(
                "certified", self.tr("Certified amount"), lambda r: r.row.certified_amount
            ),
        ]

    # --- what the controller shows -------------------------------------------------------
    def clear(self) -> None:
        self.currency_note.set_currency("")
        self._listed = ()
        self.model.set_rows([])
        self.review.clear()
        self.show_message("")

    def show_list(self, found: PayList) -> None:
        self.currency_note.set_currency(found.currency)
        self._listed = found.listed
        self._filter()

    def _filter(self) -> None:
        text = self.search.text().strip().casefold()
        status = self.status_box.currentData()
        rows = [
            x
            for x in self._listed
            if (not status or x.row.status == status)
            and (
                not text
                or text
                in f"{x.row.number} {x.row.commitment_number} {x.row.contractor} "
                f"{x.row.title}".casefold()
            )
        ]
        shown = self.controller.selected
        self.selection.set_rows(rows, self.pick.keep(rows, shown.id if shown else None))

    def show_review(self, r: Review) -> None:
        cert = r.cert
        self.review.heading.setText(
            self.tr("{number} · {commitment} {title} · {contractor} · {start} – {end} · "
                    "{status}").format(
                number=cert.number,
                commitment=cert.commitment_number,
                title=cert.commitment_title,
                contractor=cert.contractor,
                start=cert.period_start.isoformat(),
                end=cert.period_end.isoformat(),
                status=word(cert.status),
            )
            + self._certified_text(r)
        )  # fmt: skip
        self.review.show_lines(r.lines, cert.currency, editable=cert.status == "draft")
        self.review.summary.show_summary(cert, r.claimed)
        self._enable()

    def _certified_text(self, r: Review) -> str:
        cert = r.cert
        if cert.certified_amount is None:
            text = " · " + self.tr("payment due {amount}").format(
                amount=money(cert.summary.payment_due, cert.currency)
            )
            flagged = sum(1 for line in r.lines if line.over_claim)
            if flagged:
                text += " · " + self.tr("⚠ {count} over-claimed line(s)").format(count=flagged)
            return text
        return " · " + self.tr("certified {amount} by {name}").format(
            amount=money(cert.certified_amount, cert.currency), name=cert.certified_by or ""
        )

    def _enable(self) -> None:
        review = self.controller.review
        self.review.enable(review.cert.status if review is not None else "")
        cert = review.cert if review is not None else None
        due = Need(Action.CERTIFY, cert.summary.payment_due, cert.currency) if cert else None
        self.gate.set_controls(
            self.window_.current_project_id, [(self.review.certify_button, due or Action.CERTIFY)]
        )

    def show_message(self, text: str, *, error: bool = True) -> None:
        """The page's message line: a refusal in red, a result in the normal colour."""
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def want(self, record_id: str | None) -> None:
        self.pick.want(record_id)

    def show_record(self, record_id: str) -> None:
        """Open a record by id (search everywhere): filters cleared if they hide it."""
        self.pick.show(record_id)

    def listed(self) -> Sequence[Listed]:
        return self._listed
