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

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from executrek.app.permissions import Action
from executrek.ui.labels import money
from executrek.ui.pages.budget_parts import money_column, status_column, text_column
from executrek.ui.pages.cost_labels import word
from executrek.ui.pages.cost_register import CostRegister
from executrek.ui.pages.payment_review import ReviewPane
from executrek.ui.pages.payments_controller import Listed, PaymentsController, Review
from executrek.ui.widgets.columns import Column
from executrek.ui.widgets.permission_gate import Need, each, gate_project
from executrek.ui.widgets.record_list import add_shortcut, record_table
from executrek.ui.widgets.rows_model import RowsModel

if TYPE_CHECKING:
    from executrek.ui.main_window import MainWindow

STATUSES = ("draft", "under_review", "certified", "rejected", "void")


class PaymentsPage(CostRegister[Listed]):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(
            window,
            title=self.tr("Payment applications"),
            search_hint=self.tr("Search applications"),
            statuses=STATUSES,
            new_text=self.tr("&New application…"),
        )
        self.new_button.setToolTip(
            self.tr("A contractor's application for a period (Ctrl+Shift+N)")
        )
        self.model = RowsModel(self._list_columns(), self)
        self.table = record_table(
            self.model, sort_column=3, order=Qt.SortOrder.DescendingOrder, wide_column=None
        )
        self.table.setAccessibleName(self.tr("Payment applications"))
        self.table.setMinimumHeight(90)
        self.review = ReviewPane()
        # A few applications in view, the review below.
        self.lay_out(self.review, stretch=(1, 3), sizes=(170, 520))
        self.controller = PaymentsController(window, self)
        self.keep_selection(self.controller.select)
        self._wire()
        # Payments are the managers'; certifying up to their limit (see ``_enable``).
        writes = each(Action.COST_WRITE, self.new_button, *self.review.action_row.buttons)
        self.gate = gate_project(window, self, writes + each(Action.COST_WRITE, *self.actions()))
        self.controller.start()

    def _wire(self) -> None:
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

    # --- what the register asks -----------------------------------------------------------
    def search_text(self, row: Listed) -> str:
        r = row.row
        return f"{r.number} {r.commitment_number} {r.contractor} {r.title}"

    def status_of(self, row: Listed) -> str:
        return row.row.status

    def shown_id(self) -> str | None:
        shown = self.controller.selected
        return shown.id if shown else None

    def clear_pane(self) -> None:
        self.review.clear()

    # --- what the controller shows -------------------------------------------------------
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
