"""Writes of sheets and revisions: a new revision of a sheet (the previous one is
superseded and its live pins are copied to the new one), editing one or many sheets,
and deleting a sheet with its revisions and pins.

Pins belong to one sheet revision. A new revision copies every live pin of the revision
it supersedes to the same normalised place, so the old revision keeps its pins for a
side-by-side comparison and the new one starts with all of them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import exists, or_, select
from sqlalchemy.orm import Session

from executrek.models.base import utcnow
from executrek.models.errors import QT_TRANSLATE_NOOP, ValidationError
from executrek.models.records.drawing.checks import (
    check_location,
    check_page_size,
    check_revision,
    check_sheet_number,
    check_title,
    discipline_of,
    live_sheet,
)
from executrek.models.records.drawing.model import (
    Discipline,
    DrawingFile,
    DrawingPin,
    Sheet,
    SheetRevision,
)
from executrek.models.records.issue.model import ContractorIssue
from executrek.models.records.punch.model import PunchItem
from executrek.models.services.common import Done, editable_only, load
from executrek.models.store import Store


@dataclass(frozen=True)
class NewSheetPage:
    """One page of an imported file, as a sheet (or a new revision of an existing one)."""

    page_index: int
    width_pt: float
    height_pt: float
    sheet_number: str
    title: str
    revision: str = ""
    discipline: Discipline | str | None = None  # None: guessed from the sheet number
    location_id: str | None = None  # None: a new sheet has none; an existing keeps its own
    issued_on: dt.date | None = None


@dataclass(frozen=True)
class Registered:
    """What registering one page did."""

    sheet_id: str
    revision_id: str
    sheet_number: str
    revision: str
    outcome: str  # "new_sheet", "new_revision" or "unchanged" (same file and page again)
    superseded_revision_id: str | None = None
    pins_carried: int = 0


def add_revision_in(
    s: Session,
    sheet: Sheet,
    file: DrawingFile,
    page: NewSheetPage,
    revision: str,
) -> tuple[SheetRevision, str | None, int]:
    """A new current revision of ``sheet``; the previous one is superseded and its live
    pins are copied. Returns (revision, superseded id, pins copied)."""
    width, height = check_page_size(page.width_pt, page.height_pt)
    rev = SheetRevision(
        project_id=sheet.project_id,
        sheet_id=sheet.id,
        revision=revision,
        file_id=file.id,
        page_index=page.page_index,
        width_pt=width,
        height_pt=height,
        issued_on=page.issued_on,
        superseded=False,
    )
    s.add(rev)
    s.flush()
    previous_id = sheet.current_revision_id
    carried = 0
    if previous_id is not None:
        previous = s.get(SheetRevision, previous_id)
        if previous is not None:
            previous.superseded = True
            for pin in _live_pins(s, previous_id):
                add_pin(s, rev, pin.target_type, pin.target_id, pin.x, pin.y)
                carried += 1
    sheet.current_revision_id = rev.id
    return rev, previous_id, carried


def add_pin(
    s: Session, rev: SheetRevision, target_type: str, target_id: str, x: float, y: float
) -> DrawingPin:
    """A new pin of ``target_type``'s ``target_id`` at (x, y) on ``rev``, added to ``s``."""
    pin = DrawingPin(
        project_id=rev.project_id,
        sheet_id=rev.sheet_id,
        revision_id=rev.id,
        target_type=target_type,
        target_id=target_id,
        x=x,
        y=y,
    )
    s.add(pin)
    return pin


def _live_pins(s: Session, revision_id: str) -> list[DrawingPin]:
    """The revision's pins whose item still exists (the ones a new revision carries)."""
    return list(
        s.scalars(
            select(DrawingPin)
            .where(DrawingPin.revision_id == revision_id, DrawingPin.deleted_at.is_(None))
            .where(
                or_(
                    exists().where(
                        PunchItem.id == DrawingPin.target_id, PunchItem.deleted_at.is_(None)
                    ),
                    exists().where(
                        ContractorIssue.id == DrawingPin.target_id,
                        ContractorIssue.deleted_at.is_(None),
                    ),
                )
            )
            .order_by(DrawingPin.created_at, DrawingPin.id)
        )
    )


def add_revision(
    store: Store,
    sheet_id: str,
    file_id: str,
    page_index: int,
    *,
    revision: str,
    width_pt: float,
    height_pt: float,
    issued_on: dt.date | None = None,
) -> Done[Registered]:
    """A new revision of a sheet from a page of an already registered file."""
    with store.transaction() as (s, changes):
        sheet = load(s, Sheet, sheet_id, "Sheet")
        file = load(s, DrawingFile, file_id, "Drawing file")
        if file.project_id != sheet.project_id:
            raise ValidationError(
                "file_id",
                QT_TRANSLATE_NOOP("Errors", "{field} belongs to another project."),
            )
        if not 0 <= page_index < file.page_count:
            raise ValidationError(
                "page_index",
                QT_TRANSLATE_NOOP("Errors", "{field} {value} is not a page of the file."),
                value=page_index,
            )
        label = check_revision(revision)
        page = NewSheetPage(
            page_index,
            width_pt,
            height_pt,
            sheet.sheet_number,
            sheet.title,
            label,
            issued_on=issued_on,
        )
        rev, previous, carried = add_revision_in(s, sheet, file, page, label)
        done = Registered(
            sheet.id, rev.id, sheet.sheet_number, label, "new_revision", previous, carried
        )
    return Done(done, changes)


SHEET_EDITABLE = ("sheet_number", "title", "discipline", "location_id", "revision", "issued_on")


def update_sheet(store: Store, sheet_id: str, **fields: Any) -> Done[Sheet]:
    """Edit one sheet: ``sheet_number``, ``title``, ``discipline``, ``location_id``, and the
    current revision's ``revision`` label and ``issued_on`` date."""
    done = bulk_update_sheets(store, [sheet_id], **fields)
    return Done(done.value[0], done.changes)


def bulk_update_sheets(store: Store, sheet_ids: Sequence[str], **fields: Any) -> Done[list[Sheet]]:
    """Set the same fields on many sheets in one unit of work (all or nothing). A sheet
    number must stay unique among the project's live sheets."""
    editable_only(fields, SHEET_EDITABLE)
    if "sheet_number" in fields and len(set(sheet_ids)) > 1:
        raise ValidationError(
            "sheet_number",
            QT_TRANSLATE_NOOP("Errors", "Several sheets cannot get the same {field}."),
        )
    with store.transaction() as (s, changes):
        sheets = [load(s, Sheet, i, "Sheet") for i in sheet_ids]
        for sheet in sheets:
            for key, value in fields.items():
                if key == "sheet_number":
                    number = check_sheet_number(value)
                    other = live_sheet(s, sheet.project_id, number)
                    if other is not None and other.id != sheet.id:
                        raise ValidationError(
                            "sheet_number",
                            QT_TRANSLATE_NOOP(
                                "Errors", "Sheet {value} already exists in this project."
                            ),
                            value=number,
                        )
                    sheet.sheet_number = number
                elif key == "title":
                    sheet.title = check_title(value)
                elif key == "discipline":
                    sheet.discipline = discipline_of(value or Discipline.OTHER, sheet.sheet_number)
                elif key == "location_id":
                    sheet.location_id = check_location(s, sheet.project_id, value)
                else:
                    rev = load(s, SheetRevision, sheet.current_revision_id or "", "Revision")
                    if key == "revision":
                        rev.revision = check_revision(value)
                    else:
                        rev.issued_on = value
    return Done(sheets, changes)


def delete_sheet(store: Store, sheet_id: str) -> Done[None]:
    """Tombstone a sheet with its revisions and pins (the items stay)."""
    with store.transaction() as (s, changes):
        sheet = load(s, Sheet, sheet_id, "Sheet")
        now = utcnow()
        sheet.deleted_at = now
        for rev in s.scalars(
            select(SheetRevision).where(
                SheetRevision.sheet_id == sheet.id, SheetRevision.deleted_at.is_(None)
            )
        ):
            rev.deleted_at = now
        for pin in s.scalars(
            select(DrawingPin).where(
                DrawingPin.sheet_id == sheet.id, DrawingPin.deleted_at.is_(None)
            )
        ):
            pin.deleted_at = now
    return Done(None, changes)
