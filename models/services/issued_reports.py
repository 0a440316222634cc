"""The log of issued reports: each report's number, hash, page count and the snapshot
of what it said, so it can be listed, reopened, regenerated and compared with the next."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select

from executrek.models import validation
from executrek.models.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from executrek.models.project import Project
from executrek.models.records.row_fields import read_row
from executrek.models.report_log import IssuedReport
from executrek.models.services.common import Done, load
from executrek.models.store import Store


@dataclass(frozen=True)
class NewIssuedReport:
    project_id: str | None
    kind: str
    report_number: str
    title: str
    period_start: dt.date | None
    period_end: dt.date | None
    sha256: str
    pages: int
    snapshot: dict[str, Any]


@dataclass(frozen=True)
class IssuedReportRow(NewIssuedReport):
    """A report in the log: what was issued, with its id and when it was logged."""

    id: str
    created_at: dt.datetime


def _row(r: IssuedReport) -> IssuedReportRow:
    return read_row(IssuedReportRow, r, snapshot=dict(r.snapshot or {}))


def _issued_stmt(project_id: str | None, kind: str | None) -> Any:
    stmt = select(IssuedReport).where(IssuedReport.deleted_at.is_(None))
    if project_id is None:
        stmt = stmt.where(IssuedReport.project_id.is_(None))
    else:
        stmt = stmt.where(IssuedReport.project_id == project_id)
    if kind is not None:
        stmt = stmt.where(IssuedReport.kind == kind)
    return stmt


def issued_reports(
    store: Store, project_id: str | None, kind: str | None = None, *, with_snapshot: bool = False
) -> list[IssuedReportRow]:
    """Reports issued for the project (None: portfolio reports), newest first."""
    with store.read() as s:
        rows = s.scalars(
            _issued_stmt(project_id, kind).order_by(
                IssuedReport.created_at.desc(), IssuedReport.id.desc()
            )
        )
        out = [_row(r) for r in rows]
    if not with_snapshot:
        out = [
            IssuedReportRow(**{**r.__dict__, "snapshot": {}})  # keep lists light
            for r in out
        ]
    return out


def issued_report(store: Store, report_id: str) -> IssuedReportRow:
    with store.read() as s:
        return _row(load(s, IssuedReport, report_id, "Issued report"))


def last_issued(store: Store, project_id: str | None, kind: str) -> IssuedReportRow | None:
    with store.read() as s:
        r = s.scalars(
            _issued_stmt(project_id, kind)
            .order_by(IssuedReport.created_at.desc(), IssuedReport.id.desc())
            .limit(1)
        ).first()
        return _row(r) if r is not None else None


def issued_count(store: Store, project_id: str | None, kind: str) -> int:
    with store.read() as s:
        return int(
            s.scalar(select(func.count()).select_from(_issued_stmt(project_id, kind).subquery()))
            or 0
        )


def number_taken(store: Store, report_number: str) -> bool:
    """Whether a report in the log (any project, any kind) carries ``report_number``."""
    with store.read() as s:
        return (
            s.scalar(
                select(IssuedReport.id)
                .where(
                    IssuedReport.report_number == report_number,
                    IssuedReport.deleted_at.is_(None),
                )
                .limit(1)
            )
            is not None
        )


def record_issued_report(store: Store, new: NewIssuedReport) -> Done[IssuedReportRow]:
    """Log a report as issued (the one write in this module): its number, hash, page
    count and the snapshot of what it said."""
    if len(new.sha256) != 64:
        raise ValidationError(
            "sha256", QT_TRANSLATE_NOOP("Errors", "{field} must be a SHA-256 hex digest.")
        )
    with store.transaction() as (s, changes):
        if new.project_id is not None:
            load(s, Project, new.project_id, "Project")
        clash = s.scalar(
            _issued_stmt(new.project_id, new.kind)
            .where(IssuedReport.report_number == new.report_number)
            .limit(1)
        )
        if clash is not None:
            raise ValidationError(
                "report_number",
                QT_TRANSLATE_NOOP("Errors", "Report {number} was already issued."),
                number=new.report_number,
            )
        row = IssuedReport(
            project_id=new.project_id,
            kind=validation.required_text("kind", new.kind, max_len=24),
            report_number=validation.required_text("report_number", new.report_number, max_len=40),
            title=validation.required_text("title", new.title, max_len=300),
            period_start=new.period_start,
            period_end=new.period_end,
            sha256=new.sha256,
            pages=new.pages,
            snapshot=new.snapshot,
        )
        s.add(row)
        s.flush()
        out = _row(row)
    return Done(out, changes)


def find_issued(store: Store, report_number: str) -> IssuedReportRow:
    """The issued report numbered ``report_number`` (any project)."""
    with store.read() as s:
        row = s.scalars(
            select(IssuedReport)
            .where(
                IssuedReport.report_number == report_number.strip().upper(),
                IssuedReport.deleted_at.is_(None),
            )
            .order_by(IssuedReport.created_at.desc())
            .limit(1)
        ).first()
        if row is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("Errors", "No report numbered {number} was issued."),
                number=report_number,
            )
        return _row(row)
