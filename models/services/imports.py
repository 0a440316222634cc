"""Upserts of records that come from other systems (punch lists, BCF issues, COBie
locations), each load in **one** unit of work: everything lands or nothing does.

Identity in the other system is ``external_ref``: a row whose ref matches an existing
record (or the id of one of ours, for files we exported) updates that record instead of
adding a duplicate, so importing the same file twice changes nothing the second time.
Locations are matched by ref, then by path, and created as needed; contractors, trades
and people are matched by name (case-insensitive) and created as needed. An update
fills in and corrects fields; a field the file leaves empty never blanks ours.

The callers (``executrek.app`` importers) parse and validate the files; this module
only knows plain values. ``progress(done, total)`` may raise to cancel: the unit of
work then rolls back.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from executrek.models import numbering, validation
from executrek.models.base import utcnow
from executrek.models.common import Attachment, Comment, Photo, PhotoLink
from executrek.models.directory import Organisation, OrgKind, Person
from executrek.models.ids import new_id
from executrek.models.issue import (
    ISSUE_PREFIX,
    BallInCourt,
    ContractorIssue,
    IssueStatus,
    IssueStatusEvent,
    IssueType,
)
from executrek.models.project import Location, LocationKind, Project, Trade
from executrek.models.punch import Priority, PunchItem, PunchStatus, PunchStatusEvent
from executrek.models.services.common import Done, load
from executrek.models.services.projects import PATH_SEPARATOR
from executrek.models.store import Store

Progress = Callable[[int, int], None]
R = TypeVar("R", PunchItem, ContractorIssue)
REF_MAX = 200


@dataclass(frozen=True)
class PunchRow:
    """One punch item from a file. ``location`` is the path, outermost first."""

    ref: str
    title: str
    description: str | None = None
    location: tuple[str, ...] = ()
    trade: str | None = None
    contractor: str | None = None
    assignee: str | None = None
    priority: Priority | None = None
    status: PunchStatus | None = None
    due_date: dt.date | None = None
    # The source knows no "critical" (Procore): its "high" keeps an item's critical.
    keep_critical: bool = False


@dataclass(frozen=True)
class CommentRow:
    author: str
    body: str
    date: dt.datetime | None = None


@dataclass(frozen=True)
class BlobRow:
    """A file already in the blob store, to attach as a photo or an attachment."""

    sha256: str
    filename: str
    mime: str
    size_bytes: int
    width: int | None = None
    height: int | None = None
    caption: str | None = None


@dataclass(frozen=True)
class IssueRow:
    ref: str
    title: str
    issue_type: IssueType
    status: IssueStatus
    severity: Priority = Priority.MEDIUM
    description: str | None = None
    due_date: dt.date | None = None
    created_at: dt.datetime | None = None
    location: tuple[str, ...] = ()
    contractor: str | None = None
    comments: tuple[CommentRow, ...] = ()
    photos: tuple[BlobRow, ...] = ()
    attachments: tuple[BlobRow, ...] = ()


@dataclass(frozen=True)
class LocationRow:
    """One node of a location tree; its parents come earlier in the same load."""

    path: tuple[str, ...]
    kind: LocationKind
    ref: str | None = None


@dataclass
class ImportCounts:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    locations_created: int = 0
    contractors_created: int = 0
    trades_created: int = 0
    people_created: int = 0
    comments_added: int = 0
    photos_added: int = 0
    attachments_added: int = 0
    record_ids: list[str] = field(default_factory=list)


def import_punch_items(
    store: Store,
    project_id: str,
    rows: Sequence[PunchRow],
    *,
    note: str | None = None,
    progress: Progress | None = None,
) -> Done[ImportCounts]:
    counts = ImportCounts()
    with store.transaction() as (s, changes):
        load(s, Project, project_id, "Project")
        book = _Directory(s, project_id, counts)
        existing = _by_ref(s, PunchItem, project_id)
        fresh: list[PunchItem] = []
        for index, row in enumerate(rows, start=1):
            values: dict[str, object] = {
                "title": validation.required_text("title", row.title, max_len=300),
                "description": validation.text(
                    "description", row.description, max_len=20000, required=False
                ),
                "location_id": book.location(row.location),
                "trade_id": book.trade(row.trade),
                "contractor_id": book.contractor(row.contractor),
                "assignee_id": book.person(row.assignee),
                "due_date": row.due_date,
            }
            item = existing.get(_ref(row.ref))
            if item is None:
                status = row.status or PunchStatus.OPEN
                item = PunchItem(
                    id=new_id(),
                    project_id=project_id,
                    priority=row.priority or Priority.MEDIUM,
                    status=status,
                    closed_at=utcnow() if status is PunchStatus.CLOSED else None,
                    external_ref=_ref(row.ref),
                    **values,
                )
                fresh.append(item)
                existing[_ref(row.ref)] = item
                counts.created += 1
            else:
                keep = row.keep_critical and item.priority is Priority.CRITICAL
                if row.priority is not None and not (keep and row.priority is Priority.HIGH):
                    values["priority"] = row.priority
                changed = _assign(item, values)
                if row.status is not None and row.status is not item.status:
                    s.add(
                        PunchStatusEvent(
                            project_id=project_id,
                            punch_item_id=item.id,
                            from_status=item.status.value,
                            to_status=row.status.value,
                            note=note,
                        )
                    )
                    item.status = row.status
                    item.closed_at = utcnow() if row.status is PunchStatus.CLOSED else None
                    changed = True
                if changed:
                    counts.updated += 1
                else:
                    counts.unchanged += 1
            counts.record_ids.append(item.id)
            if progress is not None:
                progress(index, len(rows))
        _add_new_items(s, project_id, fresh, note)
    return Done(counts, changes)


def _add_new_items(s: Session, project_id: str, fresh: list[PunchItem], note: str | None) -> None:
    """Numbers in one block, rows in one flush, then their first status events."""
    if not fresh:
        return
    for item, (number, draft) in zip(
        fresh, numbering.allocate(s, project_id, "PI", len(fresh)), strict=True
    ):
        item.number, item.draft_number = number, draft
    s.add_all(fresh)
    s.flush()
    s.add_all(
        PunchStatusEvent(
            project_id=project_id,
            punch_item_id=item.id,
            from_status=None,
            to_status=item.status.value,
            note=note,
        )
        for item in fresh
    )


def import_issues(
    store: Store,
    project_id: str,
    rows: Sequence[IssueRow],
    *,
    note: str | None = None,
    progress: Progress | None = None,
) -> Done[ImportCounts]:
    counts = ImportCounts()
    with store.transaction() as (s, changes):
        load(s, Project, project_id, "Project")
        book = _Directory(s, project_id, counts)
        existing = _by_ref(s, ContractorIssue, project_id)
        for index, row in enumerate(rows, start=1):
            values: dict[str, object] = {
                "title": validation.required_text("title", row.title, max_len=300),
                "description": validation.text(
                    "description", row.description, max_len=20000, required=False
                ),
                "severity": row.severity,
                "due_date": row.due_date,
                "location_id": book.location(row.location),
                "contractor_id": book.contractor(row.contractor),
            }
            issue = existing.get(_ref(row.ref))
            if issue is None:
                number, draft = numbering.allocate_one(s, project_id, ISSUE_PREFIX[row.issue_type])
                issue = ContractorIssue(
                    project_id=project_id,
                    issue_type=row.issue_type,
                    number=number,
                    draft_number=draft,
                    status=row.status,
                    ball_in_court=BallInCourt.CONTRACTOR,
                    closed_at=utcnow() if row.status is IssueStatus.CLOSED else None,
                    external_ref=_ref(row.ref),
                    **values,
                )
                if row.created_at is not None:
                    issue.created_at = _aware(row.created_at)
                s.add(issue)
                s.flush()
                s.add(
                    IssueStatusEvent(
                        project_id=project_id,
                        issue_id=issue.id,
                        from_status=None,
                        to_status=row.status.value,
                        note=note,
                    )
                )
                existing[_ref(row.ref)] = issue
                counts.created += 1
                is_new, changed = True, True
            else:
                is_new, changed = False, _assign(issue, values)
                if row.status is not issue.status:
                    s.add(
                        IssueStatusEvent(
                            project_id=project_id,
                            issue_id=issue.id,
                            from_status=issue.status.value,
                            to_status=row.status.value,
                            note=note,
                        )
                    )
                    issue.status = row.status
                    issue.closed_at = utcnow() if row.status is IssueStatus.CLOSED else None
                    changed = True
            added = _thread(s, issue, row.comments, counts)
            added += _photos(s, issue, row.photos, counts)
            added += _attachments(s, issue, row.attachments, counts)
            if not is_new:
                if changed or added:
                    counts.updated += 1
                else:
                    counts.unchanged += 1
            counts.record_ids.append(issue.id)
            if progress is not None:
                progress(index, len(rows))
    return Done(counts, changes)


def import_locations(
    store: Store,
    project_id: str,
    rows: Sequence[LocationRow],
    *,
    progress: Progress | None = None,
) -> Done[ImportCounts]:
    counts = ImportCounts()
    with store.transaction() as (s, changes):
        load(s, Project, project_id, "Project")
        book = _Directory(s, project_id, counts)
        for index, row in enumerate(rows, start=1):
            before = counts.locations_created
            location_id = book.location(row.path, kind=row.kind, ref=row.ref)
            if location_id is not None:
                counts.record_ids.append(location_id)
            if counts.locations_created > before:
                counts.created += 1
            else:
                counts.unchanged += 1
            if progress is not None:
                progress(index, len(rows))
    return Done(counts, changes)


# --- helpers ---------------------------------------------------------------------------


def _ref(value: str) -> str:
    return value.strip()[:REF_MAX]


def _aware(value: dt.datetime) -> dt.datetime:
    return value if value.tzinfo is not None else value.replace(tzinfo=dt.UTC)


def _by_ref(s: Session, cls: type[R], project_id: str) -> dict[str, R]:
    """Existing records by external ref and by id (our own exports carry our ids)."""
    out: dict[str, R] = {}
    query = select(cls).where(
        cls.project_id == project_id,
        cls.deleted_at.is_(None),
    )
    for row in s.scalars(query):
        out.setdefault(row.id, row)
        if row.external_ref:
            out[row.external_ref] = row
    return out


def _assign(row: object, values: Mapping[str, object]) -> bool:
    """Set what the file gives; a value the file leaves empty never blanks ours."""
    changed = False
    for key, value in values.items():
        if value is not None and getattr(row, key) != value:
            setattr(row, key, value)
            changed = True
    return changed


def _thread(
    s: Session, issue: ContractorIssue, comments: Sequence[CommentRow], counts: ImportCounts
) -> int:
    if not comments:
        return 0
    have = {
        (c.author_name, c.body)
        for c in s.scalars(
            select(Comment).where(Comment.record_type == "issue", Comment.record_id == issue.id)
        )
    }
    added = 0
    for comment in comments:
        author = validation.text("author_name", comment.author, max_len=200, required=False)
        body = validation.text("body", comment.body, max_len=20000, required=False)
        if not body:
            continue
        key = (author or "?", body)
        if key in have:
            continue
        have.add(key)
        row = Comment(
            project_id=issue.project_id,
            record_type="issue",
            record_id=issue.id,
            author_name=key[0],
            is_response=True,
            body=body,
        )
        if comment.date is not None:
            row.created_at = _aware(comment.date)
        s.add(row)
        added += 1
    counts.comments_added += added
    return added


def _photos(
    s: Session, issue: ContractorIssue, photos: Sequence[BlobRow], counts: ImportCounts
) -> int:
    added = 0
    for blob in photos:
        photo = s.scalar(
            select(Photo).where(Photo.project_id == issue.project_id, Photo.sha256 == blob.sha256)
        )
        if photo is None:
            photo = Photo(
                project_id=issue.project_id,
                sha256=blob.sha256,
                filename=validation.required_text("filename", blob.filename, max_len=300),
                mime=blob.mime,
                size_bytes=blob.size_bytes,
                width=blob.width,
                height=blob.height,
                caption=blob.caption,
            )
            s.add(photo)
            s.flush()
        linked = s.scalar(
            select(PhotoLink.id).where(
                PhotoLink.photo_id == photo.id,
                PhotoLink.record_type == "issue",
                PhotoLink.record_id == issue.id,
                PhotoLink.deleted_at.is_(None),
            )
        )
        if linked is None:
            s.add(
                PhotoLink(
                    project_id=issue.project_id,
                    photo_id=photo.id,
                    record_type="issue",
                    record_id=issue.id,
                    role="evidence",
                )
            )
            added += 1
    counts.photos_added += added
    return added


def _attachments(
    s: Session, issue: ContractorIssue, blobs: Sequence[BlobRow], counts: ImportCounts
) -> int:
    added = 0
    for blob in blobs:
        exists = s.scalar(
            select(Attachment.id).where(
                Attachment.record_type == "issue",
                Attachment.record_id == issue.id,
                Attachment.sha256 == blob.sha256,
                Attachment.deleted_at.is_(None),
            )
        )
        if exists is None:
            s.add(
                Attachment(
                    project_id=issue.project_id,
                    record_type="issue",
                    record_id=issue.id,
                    sha256=blob.sha256,
                    filename=validation.required_text("filename", blob.filename, max_len=300),
                    mime=blob.mime,
                    size_bytes=blob.size_bytes,
                    description=blob.caption,
                )
            )
            added += 1
    counts.attachments_added += added
    return added


_CODE_CHARS = re.compile(r"[^A-Z0-9]+")


class _Directory:
    """Finds or creates locations, contractors, trades and people within one unit of work."""

    def __init__(self, s: Session, project_id: str, counts: ImportCounts) -> None:
        self.s = s
        self.project_id = project_id
        self.counts = counts
        self._locations: dict[str, Location] = {}
        self._location_refs: dict[str, Location] = {}
        self._location_codes: set[str] = set()
        for loc in s.scalars(select(Location).where(Location.project_id == project_id)):
            self._location_codes.add(loc.code)
            if loc.deleted_at is None:
                self._locations.setdefault(loc.path.casefold(), loc)
                if loc.external_ref:
                    self._location_refs[loc.external_ref] = loc
        self._orgs = {
            o.name.casefold(): o
            for o in s.scalars(select(Organisation).where(Organisation.project_id == project_id))
        }
        self._trades: dict[str, Trade] = {}
        self._trade_codes: set[str] = set()
        for t in s.scalars(select(Trade).where(Trade.project_id == project_id)):
            self._trade_codes.add(t.code)
            self._trades.setdefault(t.name.casefold(), t)
            self._trades.setdefault(t.code.casefold(), t)
        self._people = {
            p.name.casefold(): p
            for p in s.scalars(
                select(Person).where(Person.project_id == project_id, Person.deleted_at.is_(None))
            )
        }

    def location(
        self,
        path: Sequence[str],
        *,
        kind: LocationKind | None = None,
        ref: str | None = None,
    ) -> str | None:
        names = [validation.required_text("location", name, max_len=200) for name in path]
        if not names:
            return None
        if ref and _ref(ref) in self._location_refs:
            return self._location_refs[_ref(ref)].id
        parent: Location | None = None
        for depth in range(1, len(names) + 1):
            text = PATH_SEPARATOR.join(names[:depth])
            found = self._locations.get(text.casefold())
            last = depth == len(names)
            if found is None:
                found = Location(
                    project_id=self.project_id,
                    parent_id=parent.id if parent else None,
                    kind=kind if (last and kind) else _kind_for(depth, len(names)),
                    code=self._new_code(text),
                    name=names[depth - 1],
                    path=text[:600],
                    external_ref=_ref(ref) if (last and ref) else None,
                )
                self.s.add(found)
                self.s.flush()
                self._locations[text.casefold()] = found
                self.counts.locations_created += 1
            elif last and ref and not found.external_ref:
                found.external_ref = _ref(ref)
            if last and ref:
                self._location_refs[_ref(ref)] = found
            parent = found
        assert parent is not None
        return parent.id

    def _new_code(self, text: str) -> str:
        base = _CODE_CHARS.sub("-", text.upper()).strip("-")[:56] or "LOC"
        code, counter = base, 2
        while code in self._location_codes:
            code = f"{base}-{counter}"
            counter += 1
        self._location_codes.add(code)
        return code

    def contractor(self, name: str | None) -> str | None:
        clean = validation.text("contractor", name, max_len=200, required=False)
        if clean is None:
            return None
        org = self._orgs.get(clean.casefold())
        if org is None:
            org = Organisation(project_id=self.project_id, name=clean, kind=OrgKind.SUBCONTRACTOR)
            self.s.add(org)
            self.s.flush()
            self._orgs[clean.casefold()] = org
            self.counts.contractors_created += 1
        return org.id

    def trade(self, name: str | None) -> str | None:
        clean = validation.text("trade", name, max_len=200, required=False)
        if clean is None:
            return None
        trade = self._trades.get(clean.casefold())
        if trade is None:
            base = _CODE_CHARS.sub("-", clean.upper()).strip("-")[:28] or "TRADE"
            code, counter = base, 2
            while code in self._trade_codes:
                code = f"{base}-{counter}"
                counter += 1
            self._trade_codes.add(code)
            trade = Trade(project_id=self.project_id, code=code, name=clean)
            self.s.add(trade)
            self.s.flush()
            self._trades[clean.casefold()] = trade
            self.counts.trades_created += 1
        return trade.id

    def person(self, name: str | None) -> str | None:
        clean = validation.text("assignee", name, max_len=200, required=False)
        if clean is None:
            return None
        person = self._people.get(clean.casefold())
        if person is None:
            person = Person(project_id=self.project_id, name=clean)
            self.s.add(person)
            self.s.flush()
            self._people[clean.casefold()] = person
            self.counts.people_created += 1
        return person.id


def _kind_for(depth: int, total: int) -> LocationKind:
    if total == 1:
        return LocationKind.AREA
    if depth == 1:
        return LocationKind.BUILDING
    if depth == total:
        return LocationKind.ROOM
    if depth == 2:
        return LocationKind.FLOOR
    return LocationKind.AREA
