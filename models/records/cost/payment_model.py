"""Payment applications (AIA G702/G703): the contractor's claim per commitment and
period, line by line against the schedule of values, the representative's decision per
line, and the certificate; the pay application ``RecordKind`` (``PA-001``).

Per line (G703): ``previous`` is the work certified by earlier certificates (D, stored
when the application is created), ``claimed_work``/``claimed_stored`` the contractor's
claim this period (E, F), ``approved_work``/``approved_stored`` what the representative
accepts (set by the review: equal to the claim when approved, less with a reason when
reduced, zero when rejected). A certified application never changes again; the next
application of the commitment starts from its approved figures.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from decimal import Decimal

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from executrek.models.base import Base, EventRow, InProject, Numbered, Synced
from executrek.models.directory import enum_column
from executrek.models.records.cost.vocab import (
    PAYMENT_SERIES,
    WIDTH,
    LineDecision,
    PayAppStatus,
)
from executrek.models.records.kind import NumberSeries, RecordKind
from executrek.models.table_keys import owned_by, project_index, unique_number


class PayApplication(Numbered, Synced, Base):
    __tablename__ = "pay_applications"
    __table_args__ = (
        unique_number(),
        UniqueConstraint("commitment_id", "application_no"),
        project_index(__tablename__, "status"),
    )

    commitment_id: Mapped[str] = mapped_column(ForeignKey("commitments.id"))
    contractor_id: Mapped[str] = mapped_column(ForeignKey("organisations.id"))
    application_no: Mapped[int]  # the contractor's sequence per commitment: 1, 2, 3…
    title: Mapped[str] = mapped_column(String(300))
    period_start: Mapped[dt.date]
    period_end: Mapped[dt.date]
    received_on: Mapped[dt.date | None]
    status: Mapped[PayAppStatus] = enum_column(PayAppStatus, "pay_app_status", PayAppStatus.DRAFT)
    retainage_released: Mapped[Decimal] = mapped_column(default=Decimal(0))
    withholding: Mapped[Decimal] = mapped_column(default=Decimal(0))  # for defects
    withholding_reason: Mapped[str | None] = mapped_column(Text)
    certified_amount: Mapped[Decimal | None] = mapped_column()  # current payment due
    certified_at: Mapped[dt.datetime | None]
    certified_by: Mapped[str | None] = mapped_column(String(200))
    note: Mapped[str | None] = mapped_column(Text)


class PayApplicationLine(InProject, Synced, Base):
    __tablename__ = "pay_application_lines"
    __table_args__ = (
        UniqueConstraint("pay_application_id", "sov_line_id"),
        Index("ix_pay_application_lines_app", "pay_application_id", "position"),
    )

    pay_application_id: Mapped[str] = owned_by("pay_applications")
    sov_line_id: Mapped[str] = mapped_column(ForeignKey("sov_lines.id"))
    position: Mapped[int]
    previous: Mapped[Decimal] = mapped_column(default=Decimal(0))  # D
    previous_stored: Mapped[Decimal] = mapped_column(default=Decimal(0))  # stored, certified
    claimed_work: Mapped[Decimal] = mapped_column(default=Decimal(0))  # E
    claimed_stored: Mapped[Decimal] = mapped_column(default=Decimal(0))  # F (to date)
    approved_work: Mapped[Decimal | None] = mapped_column()
    approved_stored: Mapped[Decimal | None] = mapped_column()
    decision: Mapped[LineDecision] = enum_column(
        LineDecision, "line_decision", LineDecision.PENDING
    )
    reason: Mapped[str | None] = mapped_column(Text)


class PayApplicationEvent(InProject, EventRow, Base):
    """Submit for review, a line's decision (``line_id``), withholding, certify, reject,
    void: who, when, why, and for a certificate the certifier and their signature."""

    __tablename__ = "pay_application_events"
    __table_args__ = (Index("ix_pay_application_events_app", "pay_application_id", "created_at"),)

    pay_application_id: Mapped[str] = owned_by("pay_applications")
    line_id: Mapped[str | None] = mapped_column(ForeignKey("pay_application_lines.id"))
    action: Mapped[str] = mapped_column(String(24))
    from_status: Mapped[str | None] = mapped_column(String(24))
    to_status: Mapped[str] = mapped_column(String(24))
    amount: Mapped[Decimal | None] = mapped_column()
    approver_name: Mapped[str | None] = mapped_column(String(200))
    signature_id: Mapped[str | None] = mapped_column(ForeignKey("signatures.id"))
    note: Mapped[str | None] = mapped_column(Text)


P = PayAppStatus
TRANSITIONS: Mapping[PayAppStatus, frozenset[PayAppStatus]] = {
    P.DRAFT: frozenset({P.UNDER_REVIEW, P.VOID}),
    P.UNDER_REVIEW: frozenset({P.CERTIFIED, P.REJECTED, P.DRAFT, P.VOID}),
    P.CERTIFIED: frozenset(),
    P.REJECTED: frozenset({P.DRAFT, P.VOID}),  # corrected and resubmitted
    P.VOID: frozenset(),
}

KIND = RecordKind(
    key="pay_application",
    model=PayApplication,
    series=(NumberSeries(PAYMENT_SERIES, WIDTH),),
    transitions=TRANSITIONS,
    search_columns=("title", "note", "withholding_reason"),
    page="payments",
    export="pay-applications",
)

PARTS: dict[str, str] = {"pay_application_line": "pay_application_lines"}
