"""Drawings: register imported sheets, edit them, add revisions, and pin punch items and
contractor issues on them. Each write is one unit of work returning ``Done``.

Pins belong to one sheet revision. A new revision copies every live pin of the revision
it supersedes to the same normalised place, so the old revision keeps its pins for a
side-by-side comparison and the new one starts with all of them.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import exists, func, or_, select
from sqlalchemy.orm import Session

from executrek.models import validation
from executrek.models.base import utcnow
from executrek.models.directory import Organisation
from executrek.models.drawing import (
    DISCIPLINE_PREFIX,
    PIN_ISSUE,
    PIN_PUNCH,
    PIN_TARGETS,
    Discipline,
    DrawingFile,
    DrawingPin,
    Sheet,
    SheetRevision,
)
from executrek.models.errors import NotFoundError, ValidationError
from executrek.models.issue import ContractorIssue, IssueType
from executrek.models.kinds import ISSUE, PUNCH
from executrek.models.project import Location, Project
from executrek.models.punch import Priority, PunchItem
from executrek.models.services import issues as issue_service
from executrek.models.services import punch as punch_service
from executrek.models.services.common import Done, load, locations_within
from executrek.models.store import Store

MAX_PAGE_PT = 14400.0  # PDF's own page-size limit (200 inches)
_SHA = re.compile(r"[0-9a-f]{64}")
_ALIASES = {
    "punch": PIN_PUNCH,
    "punch_item": PIN_PUNCH,
    "punch_items": PIN_PUNCH,
    "issue": PIN_ISSUE,
    "contractor_issue": PIN_ISSUE,
    "contractor_issues": PIN_ISSUE,
}


# --- inputs --------------------------------------------------------------------------


@dataclass(frozen=True)
class NewDrawingFile:
    """An original already stored in the blob store under ``sha256``."""

    sha256: str
    filename: str
    mime: str
    size_bytes: int
    page_count: int


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


@dataclass(frozen=True)
class SheetFilter:
    disciplines: frozenset[Discipline] = frozenset()
    text: str = ""  # matched against number and title, case-insensitive
    location_id: str | None = None  # this location and everything below it


@dataclass(frozen=True)
class PinFilter:
    """Like the punch list's filter; statuses are the items' own values (``open``,
    ``ready_for_review``, ``responded``…) so one set can mix punch and issue states."""

    statuses: frozenset[str] = frozenset()
    contractor_ids: frozenset[str] = frozenset()
    kinds: frozenset[str] = frozenset()  # "punch_items" / "contractor_issues"
    text: str = ""  # number or title


# --- outputs -------------------------------------------------------------------------


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


@dataclass(frozen=True)
class PinRow:
    id: str
    sheet_id: str
    revision_id: str
    target_type: str  # "punch_items" / "contractor_issues"
    target_id: str
    x: float
    y: float
    number: str  # "PI-0042", "NCR-003"
    title: str
    status: str
    priority: str  # punch priority or issue severity
    location_id: str | None
    location: str | None
    contractor_id: str | None
    contractor: str | None
    due_date: dt.date | None


@dataclass(frozen=True)
class ItemPin:
    """Where an item is pinned ("on sheet A-101, rev C")."""

    id: str
    sheet_id: str
    sheet_number: str
    sheet_title: str
    revision_id: str
    revision: str
    current: bool
    x: float
    y: float


@dataclass(frozen=True)
class NewPinnedIssue:
    issue_type: IssueType | str
    title: str
    description: str | None = None
    severity: Priority | str = Priority.MEDIUM
    spec_reference: str | None = None
    contractor_id: str | None = None
    location_id: str | None = None  # None: the sheet's location
    due_date: dt.date | None = None


# --- checks --------------------------------------------------------------------------


def guess_discipline(sheet_number: str) -> Discipline:
    """The discipline a sheet number's letter prefix stands for (``S-201`` → structural)."""
    match = re.match(r"\s*([A-Za-z]+)", sheet_number or "")
    if match is None:
        return Discipline.OTHER
    letters = match.group(1).upper()
    for size in (3, 2, 1):
        found = DISCIPLINE_PREFIX.get(letters[:size]) if len(letters) >= size else None
        if found is not None:
            return found
    return Discipline.OTHER


def _number(value: str | None) -> str:
    return validation.required_text("sheet_number", value, max_len=40)


def _title(value: str | None) -> str:
    return validation.required_text("title", value, max_len=300)


def _revision(value: str | None) -> str:
    return validation.text("revision", value, max_len=20, required=False) or ""


def _discipline(value: Discipline | str | None, sheet_number: str) -> Discipline:
    if value is None or value == "":
        return guess_discipline(sheet_number)
    if isinstance(value, str) and not isinstance(value, Discipline):
        value = value.strip().lower().replace(" ", "_").replace("-", "_")
    return validation.choice("discipline", Discipline, value)


def check_discipline(value: Discipline | str) -> Discipline:
    """A discipline from its value or name ("Fire protection" → fire_protection)."""
    return _discipline(value or Discipline.OTHER, "")


def _point(name: str, value: float) -> float:
    number = float(value)
    if not 0.0 <= number <= 1.0:
        raise ValidationError(name, "{field} must lie on the sheet (between 0 and 1).")
    return round(number, 6)


def _page_size(width: float, height: float) -> tuple[float, float]:
    for name, value in (("width_pt", width), ("height_pt", height)):
        if not 0 < float(value) <= MAX_PAGE_PT:
            raise ValidationError(
                name, "{field} must be a page size in points (got {value}).", value=value
            )
    return float(width), float(height)


def _target(kind: str) -> str:
    table = _ALIASES.get(kind)
    if table is None:
        raise ValidationError(
            "target_type",
            "{field} must be a punch item or a contractor issue (got '{value}').",
            value=kind,
        )
    return table


def _location(s: Session, project_id: str, location_id: str | None) -> str | None:
    if location_id is None:
        return None
    loc = load(s, Location, location_id, "Location")
    if loc.project_id != project_id:
        raise ValidationError("location_id", "{field} belongs to another project.")
    return loc.id


def _live_sheet(s: Session, project_id: str, sheet_number: str) -> Sheet | None:
    return s.scalars(
        select(Sheet)
        .where(
            Sheet.project_id == project_id,
            func.lower(Sheet.sheet_number) == sheet_number.lower(),
            Sheet.deleted_at.is_(None),
        )
        .order_by(Sheet.created_at, Sheet.id)
        .limit(1)
    ).first()


# --- files, sheets and revisions ----------------------------------------------------


def _file_row(s: Session, project_id: str, new: NewDrawingFile) -> DrawingFile:
    if _SHA.fullmatch(new.sha256 or "") is None:
        raise ValidationError("sha256", "{field} must be a lowercase SHA-256 hex digest.")
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


def _add_revision(
    s: Session,
    sheet: Sheet,
    file: DrawingFile,
    page: NewSheetPage,
    revision: str,
) -> tuple[SheetRevision, str | None, int]:
    """A new current revision of ``sheet``; the previous one is superseded and its live
    pins are copied. Returns (revision, superseded id, pins copied)."""
    width, height = _page_size(page.width_pt, page.height_pt)
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
                s.add(
                    DrawingPin(
                        project_id=sheet.project_id,
                        sheet_id=sheet.id,
                        revision_id=rev.id,
                        target_type=pin.target_type,
                        target_id=pin.target_id,
                        x=pin.x,
                        y=pin.y,
                    )
                )
                carried += 1
    sheet.current_revision_id = rev.id
    return rev, previous_id, carried


def _live_pins(s: Session, revision_id: str) -> list[DrawingPin]:
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


def register_file(
    store: Store, project_id: str, file: NewDrawingFile, pages: Sequence[NewSheetPage]
) -> Done[list[Registered]]:
    """Register an imported file and its pages in one unit of work: a new sheet per page,
    or a new revision of the live sheet with the same number (pins carried over). The
    same file and page imported again changes nothing (``unchanged``)."""
    if not pages:
        raise ValidationError("pages", "{field}: the file has no page to register.")
    numbers = [_number(p.sheet_number).lower() for p in pages]
    if len(set(numbers)) != len(numbers):
        dup = next(n for n in numbers if numbers.count(n) > 1)
        raise ValidationError(
            "sheet_number",
            "Two pages of the file have the same sheet number ({value}).",
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
                    "{field} {value} is not a page of the file.",
                    value=page.page_index,
                )
            out.append(_register_page(s, project_id, row, page))
    return Done(out, changes)


def _register_page(
    s: Session, project_id: str, file: DrawingFile, page: NewSheetPage
) -> Registered:
    number = _number(page.sheet_number)
    revision = _revision(page.revision)
    sheet = _live_sheet(s, project_id, number)
    if sheet is None:
        sheet = Sheet(
            project_id=project_id,
            sheet_number=number,
            title=_title(page.title),
            discipline=_discipline(page.discipline, number),
            location_id=_location(s, project_id, page.location_id),
        )
        s.add(sheet)
        s.flush()
        rev, _, _ = _add_revision(s, sheet, file, page, revision)
        return Registered(sheet.id, rev.id, number, revision, "new_sheet")
    current = s.get(SheetRevision, sheet.current_revision_id or "")
    if current is not None and current.file_id == file.id and current.page_index == page.page_index:
        return Registered(sheet.id, current.id, sheet.sheet_number, current.revision, "unchanged")
    if page.location_id is not None:
        sheet.location_id = _location(s, project_id, page.location_id)
    rev, previous, carried = _add_revision(s, sheet, file, page, revision)
    return Registered(
        sheet.id, rev.id, sheet.sheet_number, revision, "new_revision", previous, carried
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
            raise ValidationError("file_id", "{field} belongs to another project.")
        if not 0 <= page_index < file.page_count:
            raise ValidationError(
                "page_index", "{field} {value} is not a page of the file.", value=page_index
            )
        label = _revision(revision)
        page = NewSheetPage(
            page_index,
            width_pt,
            height_pt,
            sheet.sheet_number,
            sheet.title,
            label,
            issued_on=issued_on,
        )
        rev, previous, carried = _add_revision(s, sheet, file, page, label)
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
    unknown = set(fields) - set(SHEET_EDITABLE)
    if unknown:
        raise ValidationError(sorted(unknown)[0], "{field} cannot be edited here.")
    if "sheet_number" in fields and len(set(sheet_ids)) > 1:
        raise ValidationError("sheet_number", "Several sheets cannot get the same {field}.")
    with store.transaction() as (s, changes):
        sheets = [load(s, Sheet, i, "Sheet") for i in sheet_ids]
        for sheet in sheets:
            for key, value in fields.items():
                if key == "sheet_number":
                    number = _number(value)
                    other = _live_sheet(s, sheet.project_id, number)
                    if other is not None and other.id != sheet.id:
                        raise ValidationError(
                            "sheet_number",
                            "Sheet {value} already exists in this project.",
                            value=number,
                        )
                    sheet.sheet_number = number
                elif key == "title":
                    sheet.title = _title(value)
                elif key == "discipline":
                    sheet.discipline = _discipline(value or Discipline.OTHER, sheet.sheet_number)
                elif key == "location_id":
                    sheet.location_id = _location(s, sheet.project_id, value)
                else:
                    rev = load(s, SheetRevision, sheet.current_revision_id or "", "Revision")
                    if key == "revision":
                        rev.revision = _revision(value)
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


# --- reading sheets -------------------------------------------------------------------


def _natural(text: str) -> tuple[Any, ...]:
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
            SheetRow(
                id=sheet.id,
                project_id=sheet.project_id,
                sheet_number=sheet.sheet_number,
                title=sheet.title,
                discipline=sheet.discipline,
                location_id=sheet.location_id,
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
    rows.sort(key=lambda r: (_natural(r.sheet_number), r.id))
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
        raise NotFoundError("Sheet {id} does not exist (or was deleted).", id=sheet_id)
    return rows[0]


def find_sheet(store: Store, project_id: str, sheet_number: str) -> SheetRow | None:
    with store.read() as s:
        sheet = _live_sheet(s, project_id, sheet_number.strip())
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
            RevisionRow(
                id=rev.id,
                sheet_id=rev.sheet_id,
                revision=rev.revision,
                issued_on=rev.issued_on,
                superseded=rev.superseded,
                current=rev.id == sheet.current_revision_id,
                file_id=file.id,
                sha256=file.sha256,
                filename=file.filename,
                mime=file.mime,
                page_index=rev.page_index,
                width_pt=rev.width_pt,
                height_pt=rev.height_pt,
                created_at=rev.created_at,
                pin_count=int(n or 0),
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


# --- pins ---------------------------------------------------------------------------


def _punch_pins(revision_ids: Sequence[str]) -> Any:
    return (
        select(
            DrawingPin,
            PunchItem.number,
            PunchItem.draft_number,
            PunchItem.title,
            PunchItem.status,
            PunchItem.priority,
            PunchItem.location_id,
            Location.path,
            PunchItem.contractor_id,
            Organisation.name,
            PunchItem.due_date,
        )
        .join(PunchItem, PunchItem.id == DrawingPin.target_id)
        .outerjoin(Location, Location.id == PunchItem.location_id)
        .outerjoin(Organisation, Organisation.id == PunchItem.contractor_id)
        .where(
            DrawingPin.revision_id.in_(list(revision_ids)),
            DrawingPin.target_type == PIN_PUNCH,
            DrawingPin.deleted_at.is_(None),
            PunchItem.deleted_at.is_(None),
        )
    )


def _issue_pins(revision_ids: Sequence[str]) -> Any:
    return (
        select(
            DrawingPin,
            ContractorIssue.issue_type,
            ContractorIssue.number,
            ContractorIssue.draft_number,
            ContractorIssue.title,
            ContractorIssue.status,
            ContractorIssue.severity,
            ContractorIssue.location_id,
            Location.path,
            ContractorIssue.contractor_id,
            Organisation.name,
            ContractorIssue.due_date,
        )
        .join(ContractorIssue, ContractorIssue.id == DrawingPin.target_id)
        .outerjoin(Location, Location.id == ContractorIssue.location_id)
        .outerjoin(Organisation, Organisation.id == ContractorIssue.contractor_id)
        .where(
            DrawingPin.revision_id.in_(list(revision_ids)),
            DrawingPin.target_type == PIN_ISSUE,
            DrawingPin.deleted_at.is_(None),
            ContractorIssue.deleted_at.is_(None),
        )
    )


def _pin_rows(s: Session, revision_ids: Sequence[str], flt: PinFilter) -> list[PinRow]:
    kinds = {_target(k) for k in flt.kinds} if flt.kinds else set(PIN_TARGETS)
    rows: list[PinRow] = []
    if PIN_PUNCH in kinds:
        for pin, num, draft, title, status, prio, loc_id, loc, con_id, con, due in s.execute(
            _punch_pins(revision_ids)
        ):
            rows.append(
                PinRow(
                    pin.id, pin.sheet_id, pin.revision_id, pin.target_type, pin.target_id,
                    pin.x, pin.y, PUNCH.display(num, draft),
                    title, status.value, prio.value, loc_id, loc, con_id, con, due,
                )
            )  # fmt: skip
    if PIN_ISSUE in kinds:
        for pin, kind, num, draft, title, status, sev, loc_id, loc, con_id, con, due in s.execute(
            _issue_pins(revision_ids)
        ):
            rows.append(
                PinRow(
                    pin.id, pin.sheet_id, pin.revision_id, pin.target_type, pin.target_id,
                    pin.x, pin.y, ISSUE.display(num, draft, kind),
                    title, status.value, sev.value, loc_id, loc, con_id, con, due,
                )
            )  # fmt: skip
    needle = flt.text.strip().lower()
    out = [
        r
        for r in rows
        if (not flt.statuses or r.status in flt.statuses)
        and (not flt.contractor_ids or r.contractor_id in flt.contractor_ids)
        and (not needle or needle in r.number.lower() or needle in r.title.lower())
    ]
    out.sort(key=lambda r: (r.target_type, _natural(r.number), r.id))
    return out


def list_pins(store: Store, revision_id: str, flt: PinFilter = PinFilter()) -> list[PinRow]:
    """The live pins of one revision with their item's number, title, status, priority,
    location and contractor, filtered like the lists; items deleted meanwhile are left out."""
    with store.read() as s:
        return _pin_rows(s, [revision_id], flt)


def get_pin(store: Store, pin_id: str) -> PinRow:
    with store.read() as s:
        pin = load(s, DrawingPin, pin_id, "Pin")
        for row in _pin_rows(s, [pin.revision_id], PinFilter()):
            if row.id == pin_id:
                return row
    raise NotFoundError("Pin {id} does not exist (or its item was deleted).", id=pin_id)


def pins_for_item(
    store: Store, target_type: str, target_id: str, *, current_only: bool = True
) -> list[ItemPin]:
    """Where an item is pinned; by default only on the sheets' current revisions."""
    table = _target(target_type)
    stmt = (
        select(DrawingPin, Sheet, SheetRevision)
        .join(Sheet, Sheet.id == DrawingPin.sheet_id)
        .join(SheetRevision, SheetRevision.id == DrawingPin.revision_id)
        .where(
            DrawingPin.target_type == table,
            DrawingPin.target_id == target_id,
            DrawingPin.deleted_at.is_(None),
            Sheet.deleted_at.is_(None),
            SheetRevision.deleted_at.is_(None),
        )
        .order_by(SheetRevision.created_at.desc(), DrawingPin.id)
    )
    if current_only:
        stmt = stmt.where(Sheet.current_revision_id == DrawingPin.revision_id)
    with store.read() as s:
        result = s.execute(stmt).all()
    rows = [
        ItemPin(
            pin.id, sheet.id, sheet.sheet_number, sheet.title, rev.id, rev.revision,
            rev.id == sheet.current_revision_id, pin.x, pin.y,
        )
        for pin, sheet, rev in result
    ]  # fmt: skip
    rows.sort(key=lambda r: (not r.current, _natural(r.sheet_number)))
    return rows


def _pin_target(s: Session, table: str, target_id: str, project_id: str) -> None:
    cls: type[PunchItem] | type[ContractorIssue] = (
        PunchItem if table == PIN_PUNCH else ContractorIssue
    )
    item = load(s, cls, target_id, "Punch item" if table == PIN_PUNCH else "Issue")
    if item.project_id != project_id:
        raise ValidationError("target_id", "The item belongs to another project than the sheet.")


def _new_pin(
    s: Session, rev: SheetRevision, table: str, target_id: str, x: float, y: float
) -> DrawingPin:
    existing = s.scalar(
        select(DrawingPin).where(
            DrawingPin.revision_id == rev.id,
            DrawingPin.target_type == table,
            DrawingPin.target_id == target_id,
            DrawingPin.deleted_at.is_(None),
        )
    )
    if existing is not None:
        existing.x, existing.y = x, y
        return existing
    pin = DrawingPin(
        project_id=rev.project_id,
        sheet_id=rev.sheet_id,
        revision_id=rev.id,
        target_type=table,
        target_id=target_id,
        x=x,
        y=y,
    )
    s.add(pin)
    s.flush()
    return pin


def _live_revision(s: Session, revision_id: str) -> SheetRevision:
    rev = load(s, SheetRevision, revision_id, "Revision")
    load(s, Sheet, rev.sheet_id, "Sheet")
    return rev


def place_pin(
    store: Store, revision_id: str, target_type: str, target_id: str, x: float, y: float
) -> Done[DrawingPin]:
    """Pin an existing punch item or issue on a revision; an item already pinned there
    moves to the new place (one pin per item and revision)."""
    table = _target(target_type)
    px, py = _point("x", x), _point("y", y)
    with store.transaction() as (s, changes):
        rev = _live_revision(s, revision_id)
        _pin_target(s, table, target_id, rev.project_id)
        pin = _new_pin(s, rev, table, target_id, px, py)
    return Done(pin, changes)


def create_punch_item_with_pin(
    store: Store, revision_id: str, x: float, y: float, new: punch_service.NewPunchItem
) -> Done[tuple[PunchItem, DrawingPin]]:
    """A new punch item and its pin in one unit of work; without a location of its own the
    item takes the sheet's."""
    px, py = _point("x", x), _point("y", y)
    with store.transaction() as (s, changes):
        rev = _live_revision(s, revision_id)
        sheet = load(s, Sheet, rev.sheet_id, "Sheet")
        if new.location_id is None and sheet.location_id is not None:
            new = replace(new, location_id=sheet.location_id)
        item = punch_service.add_punch_item(s, rev.project_id, new)
        pin = _new_pin(s, rev, PIN_PUNCH, item.id, px, py)
    return Done((item, pin), changes)


def create_issue_with_pin(
    store: Store, revision_id: str, x: float, y: float, new: NewPinnedIssue
) -> Done[tuple[ContractorIssue, DrawingPin]]:
    """A new contractor issue and its pin in one unit of work (location as above)."""
    px, py = _point("x", x), _point("y", y)
    with store.transaction() as (s, changes):
        rev = _live_revision(s, revision_id)
        sheet = load(s, Sheet, rev.sheet_id, "Sheet")
        issue = issue_service.add_issue(
            s,
            rev.project_id,
            issue_type=new.issue_type,
            title=new.title,
            description=new.description,
            severity=new.severity,
            spec_reference=new.spec_reference,
            contractor_id=new.contractor_id,
            location_id=new.location_id or sheet.location_id,
            due_date=new.due_date,
        )
        pin = _new_pin(s, rev, PIN_ISSUE, issue.id, px, py)
    return Done((issue, pin), changes)


def move_pin(store: Store, pin_id: str, x: float, y: float) -> Done[DrawingPin]:
    px, py = _point("x", x), _point("y", y)
    with store.transaction() as (s, changes):
        pin = load(s, DrawingPin, pin_id, "Pin")
        pin.x, pin.y = px, py
    return Done(pin, changes)


def remove_pin(store: Store, pin_id: str) -> Done[None]:
    """Take a pin off the sheet (tombstone); the item itself stays."""
    with store.transaction() as (s, changes):
        pin = load(s, DrawingPin, pin_id, "Pin")
        pin.deleted_at = utcnow()
    return Done(None, changes)


# --- locations (import target, QR labels) ---------------------------------------------


def find_location(store: Store, project_id: str, text: str) -> Location:
    """A location by its code or its path ("East Wing › Level 1", also with ``>`` or
    ``/`` between the parts), case-insensitive."""
    wanted = text.strip()
    parts = [p.strip().lower() for p in re.split(r"\s*(?:›|>|/)\s*", wanted) if p.strip()]
    with store.read() as s:
        rows = list(
            s.scalars(
                select(Location).where(
                    Location.project_id == project_id, Location.deleted_at.is_(None)
                )
            )
        )
    for loc in rows:
        if loc.code.lower() == wanted.lower():
            return loc
    for loc in rows:
        path = [p.strip().lower() for p in (loc.path or loc.name).split("›")]
        if path == parts:
            return loc
    raise NotFoundError("There is no location '{text}' in this project.", text=wanted)


def location_labels(
    store: Store, project_id: str, under: str | None = None
) -> list[tuple[str, str]]:
    """(code, path) of the project's live locations, or of ``under`` and everything
    below it, in path order: what the QR location labels print."""
    stmt = select(Location.code, Location.path, Location.name).where(
        Location.project_id == project_id, Location.deleted_at.is_(None)
    )
    with store.read() as s:
        if under is not None:
            top = load(s, Location, under, "Location")
            stmt = stmt.where(Location.id.in_(locations_within(top.id)))
        rows = s.execute(stmt.order_by(Location.path, Location.code)).all()
    return [(code, path or name) for code, path, name in rows]
