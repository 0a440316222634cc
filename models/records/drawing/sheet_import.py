"""Registering an imported drawing file: the original (already in the blob store) and
each of its pages as a new sheet, or as a new revision of the live sheet with the same
number; the same file and page imported again changes nothing."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from executrek.models import validation
from executrek.models.errors import QT_TRANSLATE_NOOP, ValidationError
from executrek.models.project import Project
from executrek.models.records.drawing.checks import (
    check_location,
    check_revision,
    check_sheet_number,
    check_title,
    discipline_of,
    live_sheet,
)
from executrek.models.records.drawing.model import DrawingFile, Sheet, SheetRevision
from executrek.models.records.drawing.sheets import NewSheetPage, Registered, add_revision_in
from executrek.models.services.common import Done, load
from executrek.models.store import Store

_SHA = re.compile(r"[0-9a-f]{64}")


@dataclass(frozen=True)
class NewDrawingFile:
    """An original already stored in the blob store under ``sha256``."""

    sha256: str
    filename: str
    mime: str
    size_bytes: int
    page_count: int


def _file_row(s: Session, project_id: str, new: NewDrawingFile) -> DrawingFile:
    if _SHA.fullmatch(new.sha256 or "") is None:
        raise ValidationError(
            "sha256",
            QT_TRANSLATE_NOOP("Errors", "{field} must be a lowercase SHA-256 hex digest."),
        )
    row = s.scalar(
        select(DrawingFile).where(
            DrawingFile.project_id == project_id, DrawingFile.sha256 == new.sha256
        )
    )
    if row is not None:
        if row.deleted_at is not None:
            row.deleted_at = None
        return row
    row = DrawingFile(
        project_id=project_id,
        sha256=new.sha256,
        filename=validation.required_text("filename", new.filename, max_len=300),
        mime=validation.required_text("mime", new.mime, max_len=60),
        size_bytes=validation.int_range("size_bytes", new.size_bytes, 0, 1 << 50),
        page_count=validation.int_range("page_count", new.page_count, 1, 100_000),
    )
    s.add(row)
    s.flush()
    return row


def register_file(
    store: Store, project_id: str, file: NewDrawingFile, pages: Sequence[NewSheetPage]
) -> Done[list[Registered]]:
    """Register an imported file and its pages in one unit of work: a new sheet per page,
    or a new revision of the live sheet with the same number (pins carried over). The
    same file and page imported again changes nothing (``unchanged``)."""
    if not pages:
        raise ValidationError(
            "pages",
            QT_TRANSLATE_NOOP("Errors", "{field}: the file has no page to register."),
        )
    numbers = [check_sheet_number(p.sheet_number).lower() for p in pages]
    if len(set(numbers)) != len(numbers):
        dup = next(n for n in numbers if numbers.count(n) > 1)
        raise ValidationError(
            "sheet_number",
            QT_TRANSLATE_NOOP(
                "Errors", "Two pages of the file have the same sheet number ({value})."
            ),
            value=dup.upper(),
        )
    out: list[Registered] = []
    with store.transaction() as (s, changes):
        load(s, Project, project_id, "Project")
        row = _file_row(s, project_id, file)
        for page in pages:
            if not 0 <= page.page_index < row.page_count:
                raise ValidationError(
                    "page_index",
                    QT_TRANSLATE_NOOP("Errors", "{field} {value} is not a page of the file."),
                    value=page.page_index,
                )
            out.append(_register_page(s, project_id, row, page))
    return Done(out, changes)


def _register_page(
    s: Session, project_id: str, file: DrawingFile, page: NewSheetPage
) -> Registered:
    number = check_sheet_number(page.sheet_number)
    revision = check_revision(page.revision)
    sheet = live_sheet(s, project_id, number)
    if sheet is None:
        sheet = Sheet(
            project_id=project_id,
            sheet_number=number,
            title=check_title(page.title),
            discipline=discipline_of(page.discipline, number),
            location_id=check_location(s, project_id, page.location_id),
        )
        s.add(sheet)
        s.flush()
        rev, _, _ = add_revision_in(s, sheet, file, page, revision)
        return Registered(sheet.id, rev.id, number, revision, "new_sheet")
    current = s.get(SheetRevision, sheet.current_revision_id or "")
    if current is not None and current.file_id == file.id and current.page_index == page.page_index:
        return Registered(sheet.id, current.id, sheet.sheet_number, current.revision, "unchanged")
    if page.location_id is not None:
        sheet.location_id = check_location(s, project_id, page.location_id)
    rev, previous, carried = add_revision_in(s, sheet, file, page, revision)
    return Registered(
        sheet.id, rev.id, sheet.sheet_number, revision, "new_revision", previous, carried
    )
