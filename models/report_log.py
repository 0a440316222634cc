"""Reports as issued: the evidence of what was handed to the owner, and the baseline for
"changes since the last issued status report"."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from executrek.models.base import Base, Synced


class IssuedReport(Synced, Base):
    __tablename__ = "issued_reports"
    __table_args__ = (
        UniqueConstraint("project_id", "kind", "report_number"),
        Index("ix_issued_reports_project_kind", "project_id", "kind", "created_at"),
    )

    project_id: Mapped[str | None] = mapped_column(ForeignKey("projects.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(24))  # inspection, punch, status, …
    report_number: Mapped[str] = mapped_column(String(40))
    title: Mapped[str] = mapped_column(String(300))
    period_start: Mapped[dt.date | None]
    period_end: Mapped[dt.date | None]
    sha256: Mapped[str] = mapped_column(String(64))  # the PDF, kept in the blob store
    pages: Mapped[int]
    # What the report said (measures, record numbers and states), for the next diff.
    snapshot: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
