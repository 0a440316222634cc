"""Reads of sheets and revisions: the filtered sheet list in natural sheet-number order,
one sheet, a sheet by its number, a sheet's revisions, and the drawing files' hashes."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from executrek.models.errors import QT_TRANSLATE_NOOP, NotFoundError
from executrek.models.project import Location
from executrek.models.records.drawing.checks import live_sheet
from executrek.models.records.drawing.model import (
    Discipline,
    DrawingFile,
    DrawingPin,
    Sheet,
    SheetRevision,
)
from executrek.models.records.row_fields import columns_of, read_row
from executrek.models.services.common import load, locations_within
from executrek.models.store import Store


@dataclass(frozen=True)
class SheetFilter:
    disciplines: frozenset[Discipline] = frozenset()
    text: str = ""  # matched against number and title, case-insensitive
    location_id: str | None = None  # this location and everything below it


@dataclass(frozen=True)
class SheetRow:
    id: str
    project_id: str
    sheet_number: str
    title: str
    discipline: Discipline
    location_id: str | None
    location: str | None  # the location's path
    revision_id: str | None
    revision: str
    issued_on: dt.date | None
    file_id: str | None
    sha256: str | None
    filename: str | None
    mime: str | None
    page_index: int
    width_pt: float
    height_pt: float
    revision_count: int
    pin_count: int  # live pins on the current revision


@dataclass(frozen=True)
class RevisionRow:
    id: str
    sheet_id: str
    revision: str
    issued_on: dt.date | None
    superseded: bool
    current: bool
    file_id: str
    sha256: str
    filename: str
    mime: str
    page_index: int
    width_pt: float
    height_pt: float
    created_at: dt.datetime
    pin_count: int


def natural_key(text: str) -> tuple[Any, ...]:
    """Sort key that puts A-2 before A-10."""
    return tuple(
        (0, int(part), "") if part.isdigit() else (1, 0, part.lower())
        for part in re.split(r"(\d+)", text)
        if part
    )


def _sheet_rows(s: Session, where: list[Any]) -> list[SheetRow]:
    rev_count = (
        select(func.count())
        .where(SheetRevision.sheet_id == Sheet.id, SheetRevision.deleted_at.is_(None))
        .correlate(Sheet)
        .scalar_subquery()
    )
    pin_count = (
        select(func.count())
        .where(DrawingPin.revision_id == Sheet.current_revision_id, DrawingPin.deleted_at.is_(None))
        .correlate(Sheet)
        .scalar_subquery()
    )
    stmt = (
        select(Sheet, SheetRevision, DrawingFile, Location.path, rev_count, pin_count)
        .select_from(Sheet)
        .outerjoin(SheetRevision, SheetRevision.id == Sheet.current_revision_id)
        .outerjoin(DrawingFile, DrawingFile.id == SheetRevision.file_id)
        .outerjoin(Location, Location.id == Sheet.location_id)
        .where(Sheet.deleted_at.is_(None), *where)
    )
    rows = []
    for sheet, rev, file, path, revs, pins in s.execute(stmt):
        rows.append(
            read_row(
                SheetRow,
                sheet,
                discipline=sheet.discipline,  # the enum itself, not its value
                location=path,
                revision_id=rev.id if rev else None,
                revision=rev.revision if rev else "",
                issued_on=rev.issued_on if rev else None,
                file_id=file.id if file else None,
                sha256=file.sha256 if file else None,
                filename=file.filename if file else None,
                mime=file.mime if file else None,
                page_index=rev.page_index if rev else 0,
                width_pt=rev.width_pt if rev else 0.0,
                height_pt=rev.height_pt if rev else 0.0,
                revision_count=int(revs or 0),
                pin_count=int(pins or 0),
            )
        )
    rows.sort(key=lambda r: (natural_key(r.sheet_number), r.id))
    return rows


def list_sheets(store: Store, project_id: str, flt: SheetFilter = SheetFilter()) -> list[SheetRow]:
    """The project's live sheets, in natural sheet-number order (A-2 before A-10)."""
    where: list[Any] = [Sheet.project_id == project_id]
    if flt.disciplines:
        where.append(Sheet.discipline.in_(sorted(d.value for d in flt.disciplines)))
    needle = flt.text.strip().lower()
    if needle:
        pattern = "%" + needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        where.append(
            or_(
                func.lower(Sheet.sheet_number).like(pattern, escape="\\"),
                func.lower(Sheet.title).like(pattern, escape="\\"),
            )
        )
    if flt.location_id:
        where.append(Sheet.location_id.in_(locations_within(flt.location_id)))
    with store.read() as s:
        return _sheet_rows(s, where)


def get_sheet(store: Store, sheet_id: str) -> SheetRow:
    with store.read() as s:
        rows = _sheet_rows(s, [Sheet.id == sheet_id])
    if not rows:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Errors", "Sheet {id} does not exist (or was deleted)."),
            id=sheet_id,
        )
    return rows[0]


def find_sheet(store: Store, project_id: str, sheet_number: str) -> SheetRow | None:
    with store.read() as s:
        sheet = live_sheet(s, project_id, sheet_number.strip())
        if sheet is None:
            return None
        return _sheet_rows(s, [Sheet.id == sheet.id])[0]


def list_revisions(store: Store, sheet_id: str) -> list[RevisionRow]:
    """Every revision of a sheet, newest first."""
    pins = (
        select(func.count())
        .where(DrawingPin.revision_id == SheetRevision.id, DrawingPin.deleted_at.is_(None))
        .correlate(SheetRevision)
        .scalar_subquery()
    )
    with store.read() as s:
        sheet = load(s, Sheet, sheet_id, "Sheet")
        result = s.execute(
            select(SheetRevision, DrawingFile, pins)
            .join(DrawingFile, DrawingFile.id == SheetRevision.file_id)
            .where(SheetRevision.sheet_id == sheet_id, SheetRevision.deleted_at.is_(None))
            .order_by(SheetRevision.created_at.desc(), SheetRevision.id.desc())
        ).all()
        return [
            read_row(
                RevisionRow,
                rev,
                current=rev.id == sheet.current_revision_id,
                file_id=file.id,
                pin_count=int(n or 0),
                **columns_of(file, ("sha256", "filename", "mime")),
            )
            for rev, file, n in result
        ]


def drawing_shas(store: Store, project_id: str | None = None) -> list[str]:
    """SHA-256 of every live drawing file (for sync and integrity checks)."""
    stmt = select(DrawingFile.sha256).where(DrawingFile.deleted_at.is_(None))
    if project_id is not None:
        stmt = stmt.where(DrawingFile.project_id == project_id)
    with store.read() as s:
        return list(dict.fromkeys(s.scalars(stmt)))
