"""Reports as issued: the evidence of what was handed to the owner, and the baseline for
"changes since the last issued status report"."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from executrek.models.base import Base, Synced
from executrek.models.table_keys import owned_by, project_index


class IssuedReport(Synced, Base):
    __tablename__ = "issued_reports"
    __table_args__ = (
        UniqueConstraint("project_id", "kind", "report_number"),
        project_index(__tablename__, "kind", "kind", "created_at"),
    )

    project_id: Mapped[str | None] = owned_by("projects")
    kind: Mapped[str] = mapped_column(String(24))  # inspection, punch, status, …
    report_number: Mapped[str] = mapped_column(String(40))
    title: Mapped[str] = mapped_column(String(300))
    period_start: Mapped[dt.date | None]
    period_end: Mapped[dt.date | None]
    sha256: Mapped[str] = mapped_column(String(64))  # the PDF, kept in the blob store
    pages: Mapped[int]
    # What the report said (measures, record numbers and states), for the next diff.
    snapshot: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
