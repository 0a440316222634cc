"""Pins: punch items and contractor issues at a normalised point of a sheet revision.
Read them (with their item's number, status, priority, location and contractor, filtered
like the lists), see where an item is pinned, pin an existing item or create one with
its pin, move and remove pins. Each write is one unit of work returning ``Done``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any, TypeVar

from sqlalchemy import null, select
from sqlalchemy.orm import Session

from executrek.models.base import utcnow
from executrek.models.directory import Organisation
from executrek.models.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from executrek.models.kinds import ISSUE, PUNCH
from executrek.models.project import Location
from executrek.models.records.drawing.checks import check_point, pin_table
from executrek.models.records.drawing.model import (
    PIN_ISSUE,
    PIN_PUNCH,
    PIN_TARGETS,
    DrawingPin,
    Sheet,
    SheetRevision,
)
from executrek.models.records.drawing.queries import natural_key
from executrek.models.records.drawing.sheets import add_pin
from executrek.models.records.issue import service as issue_service
from executrek.models.records.issue.model import ContractorIssue
from executrek.models.records.kind import RecordKind
from executrek.models.records.punch import service as punch_service
from executrek.models.records.punch.model import PunchItem
from executrek.models.services.common import Done, load
from executrek.models.store import Store


@dataclass(frozen=True)
class PinFilter:
    """Like the punch list's filter; statuses are the items' own values (``open``,
    ``ready_for_review``, ``responded``…) so one set can mix punch and issue states."""

    statuses: frozenset[str] = frozenset()
    contractor_ids: frozenset[str] = frozenset()
    kinds: frozenset[str] = frozenset()  # "punch_items" / "contractor_issues"
    text: str = ""  # number or title


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


# A pinned issue is raised like any other; without a location it takes the sheet's.
NewPinnedIssue = issue_service.NewIssue


@dataclass(frozen=True)
class _Target:
    """What a pin may point at: the item's class, the column shown as its priority, the
    column choosing its number series (issue type), its kind, and its name in messages."""

    cls: type[PunchItem] | type[ContractorIssue]
    priority: Any
    variant: Any
    kind: RecordKind
    label: str


_TARGETS = {
    PIN_PUNCH: _Target(PunchItem, PunchItem.priority, None, PUNCH, "Punch item"),
    PIN_ISSUE: _Target(
        ContractorIssue, ContractorIssue.severity, ContractorIssue.issue_type, ISSUE, "Issue"
    ),
}


def _pins_to(s: Session, table: str, revision_ids: Sequence[str]) -> list[PinRow]:
    """The live pins of the revisions on items of ``table``; items deleted meanwhile are
    left out."""
    target = _TARGETS[table]
    item = target.cls
    stmt = (
        select(
            DrawingPin,
            target.variant if target.variant is not None else null(),
            item.number,
            item.draft_number,
            item.title,
            item.status,
            target.priority,
            item.location_id,
            Location.path,
            item.contractor_id,
            Organisation.name,
            item.due_date,
        )
        .join(item, item.id == DrawingPin.target_id)
        .outerjoin(Location, Location.id == item.location_id)
        .outerjoin(Organisation, Organisation.id == item.contractor_id)
        .where(
            DrawingPin.revision_id.in_(list(revision_ids)),
            DrawingPin.target_type == table,
            DrawingPin.deleted_at.is_(None),
            item.deleted_at.is_(None),
        )
    )
    return [
        PinRow(
            pin.id, pin.sheet_id, pin.revision_id, pin.target_type, pin.target_id,
            pin.x, pin.y, target.kind.display(num, draft, variant),
            title, status.value, prio.value, loc_id, loc, con_id, con, due,
        )
        for pin, variant, num, draft, title, status, prio, loc_id, loc, con_id, con, due
        in s.execute(stmt)
    ]  # fmt: skip


def _pin_rows(s: Session, revision_ids: Sequence[str], flt: PinFilter) -> list[PinRow]:
    kinds = {pin_table(k) for k in flt.kinds} if flt.kinds else set(PIN_TARGETS)
    rows = [
        row for table in PIN_TARGETS if table in kinds for row in _pins_to(s, table, revision_ids)
    ]
    needle = flt.text.strip().lower()
    out = [
        r
        for r in rows
        if (not flt.statuses or r.status in flt.statuses)
        and (not flt.contractor_ids or r.contractor_id in flt.contractor_ids)
        and (not needle or needle in r.number.lower() or needle in r.title.lower())
    ]
    out.sort(key=lambda r: (r.target_type, natural_key(r.number), r.id))
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
    raise NotFoundError(
        QT_TRANSLATE_NOOP("Errors", "Pin {id} does not exist (or its item was deleted)."),
        id=pin_id,
    )


def pins_for_item(
    store: Store, target_type: str, target_id: str, *, current_only: bool = True
) -> list[ItemPin]:
    """Where an item is pinned; by default only on the sheets' current revisions."""
    table = pin_table(target_type)
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
    rows.sort(key=lambda r: (not r.current, natural_key(r.sheet_number)))
    return rows


def _pin_target(s: Session, table: str, target_id: str, project_id: str) -> None:
    target = _TARGETS[table]
    item = load(s, target.cls, target_id, target.label)
    if item.project_id != project_id:
        raise ValidationError(
            "target_id",
            QT_TRANSLATE_NOOP("Errors", "The item belongs to another project than the sheet."),
        )


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
    pin = add_pin(s, rev, table, target_id, x, y)
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
    table = pin_table(target_type)
    px, py = check_point("x", x), check_point("y", y)
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
    return _create_with_pin(store, revision_id, x, y, new, punch_service.add_punch_item, PIN_PUNCH)


def create_issue_with_pin(
    store: Store, revision_id: str, x: float, y: float, new: NewPinnedIssue
) -> Done[tuple[ContractorIssue, DrawingPin]]:
    """A new contractor issue and its pin in one unit of work (location as above)."""
    return _create_with_pin(store, revision_id, x, y, new, issue_service.add_issue, PIN_ISSUE)


_New = TypeVar("_New", punch_service.NewPunchItem, NewPinnedIssue)
_Made = TypeVar("_Made", PunchItem, ContractorIssue)


def _create_with_pin(
    store: Store,
    revision_id: str,
    x: float,
    y: float,
    new: _New,
    add: Callable[[Session, str, _New], _Made],
    table: str,
) -> Done[tuple[_Made, DrawingPin]]:
    px, py = check_point("x", x), check_point("y", y)
    with store.transaction() as (s, changes):
        rev = _live_revision(s, revision_id)
        sheet = load(s, Sheet, rev.sheet_id, "Sheet")
        if new.location_id is None and sheet.location_id is not None:
            new = replace(new, location_id=sheet.location_id)
        record = add(s, rev.project_id, new)
        pin = _new_pin(s, rev, table, record.id, px, py)
    return Done((record, pin), changes)


def move_pin(store: Store, pin_id: str, x: float, y: float) -> Done[DrawingPin]:
    px, py = check_point("x", x), check_point("y", y)
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
