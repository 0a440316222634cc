"""Upserts of records that come from other systems (punch lists, BCF issues, COBie
locations), each load in **one** unit of work: everything lands or nothing does.

Identity in the other system is ``external_ref``: a row whose ref matches an existing
record (or the id of one of ours, for files we exported) updates that record instead of
adding a duplicate, so importing the same file twice changes nothing the second time.
Locations are matched by ref, then by path, and created as needed; contractors, trades
and people are matched by name (case-insensitive) and created as needed. An update
fills in and corrects fields; a field the file leaves empty never blanks ours.

The callers (``executrek.app`` importers) parse and validate the files; this module
only knows plain values (a value it still refuses names its row: "Row 7: …"). New punch
items are written the way ``punch.bulk_create_punch_items`` writes them (Core inserts
in chunks, the search index rebuilt once), with the file's creation date when it has
one; existing ones are compared without loading them, and only those that change are
loaded and updated. ``progress(done, total)`` may raise to cancel: the unit of work then
rolls back.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass, replace
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from executrek.models import validation
from executrek.models.base import utcnow
from executrek.models.changes import Changes
from executrek.models.common import Attachment, Comment
from executrek.models.project import LocationKind, Project
from executrek.models.records.issue.model import (
    ISSUE_PREFIX,
    BallInCourt,
    ContractorIssue,
    IssueStatus,
    IssueStatusEvent,
    IssueType,
)
from executrek.models.records.punch import service as punch
from executrek.models.records.punch.model import Priority, PunchItem, PunchStatus, PunchStatusEvent
from executrek.models.records.row_fields import columns_of
from executrek.models.services.common import Done, add_numbered, load, move_to, opening_event
from executrek.models.services.import_directory import REF_MAX as REF_MAX
from executrek.models.services.import_directory import Directory as _Directory
from executrek.models.services.import_directory import ImportCounts as ImportCounts
from executrek.models.services.import_directory import clean_ref as _ref
from executrek.models.services.record_reads import live_of_project
from executrek.models.services.records import NewPhoto, StoredFile, put_photo, put_photo_link
from executrek.models.store import Store

Progress = Callable[[int, int], None]
Row = TypeVar("Row")
# Longest values the punch item, location and directory columns take.
TITLE_MAX = 300
DESCRIPTION_MAX = 20000
NAME_MAX = 200


@dataclass(frozen=True, slots=True)
class ImportedPunchItem:
    """One punch item from a file. ``location`` is the path, outermost first;
    ``created_on`` the day the other system raised it (kept for a new item)."""

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
    created_on: dt.date | None = None


@dataclass(frozen=True)
class CommentRow:
    author: str
    body: str
    date: dt.datetime | None = None


@dataclass(frozen=True)
class BlobRow(StoredFile):
    """A file already in the blob store, to attach as a photo or an attachment."""

    caption: str | None = None


@dataclass(frozen=True)
class ImportedIssue:
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
class ImportedLocation:
    """One node of a location tree; its parents come earlier in the same load."""

    path: tuple[str, ...]
    kind: LocationKind
    ref: str | None = None


_PUNCH_COMPARED = (
    PunchItem.id,
    PunchItem.external_ref,
    PunchItem.title,
    PunchItem.description,
    PunchItem.location_id,
    PunchItem.trade_id,
    PunchItem.contractor_id,
    PunchItem.assignee_id,
    PunchItem.due_date,
    PunchItem.priority,
    PunchItem.status,
)

# A new item: its row and the ids of its location, trade, contractor and assignee.
_Fresh = tuple[ImportedPunchItem, str | None, str | None, str | None, str | None]


def import_punch_items(
    store: Store,
    project_id: str,
    rows: Sequence[ImportedPunchItem],
    *,
    note: str | None = None,
    progress: Progress | None = None,
) -> Done[ImportCounts]:
    with _loading(store, project_id) as (s, changes, book):
        counts = book.counts
        # Plain rows of the compared columns: nothing is loaded into the session.
        existing = _by_ref(
            s.execute(
                select(*_PUNCH_COMPARED).where(
                    PunchItem.project_id == project_id, PunchItem.deleted_at.is_(None)
                )
            )
        )
        fresh: dict[str, _Fresh] = {}
        for index, row in _each(rows, progress):
            values = _row_values(index, row, book)
            ref = _ref(row.ref)
            known = existing.get(ref)
            if known is not None:
                item = _update_item(s, known, row, values, note)
                if item is None:
                    counts.unchanged += 1
                else:
                    existing[ref] = item
                    counts.updated += 1
                counts.record_ids.append(str(known.id))
            elif ref in fresh:  # the same item twice in one load: the later row wins
                earlier = fresh[ref][0]
                merged = replace(
                    earlier,
                    **{f: getattr(row, f) for f in _MERGED if getattr(row, f) is not None},
                )
                entry: _Fresh = (merged, *_merged_ids(fresh[ref], values))
                if entry == fresh[ref]:
                    counts.unchanged += 1
                else:
                    counts.updated += 1
                fresh[ref] = entry
            else:
                fresh[ref] = (row, *_ids(values))
                counts.created += 1
        if fresh:
            new = (_new_item(ref, entry) for ref, entry in fresh.items())
            ids = punch.insert_imported(s, store, project_id, new, len(fresh), note=note)
            counts.record_ids.extend(ids)
            changes.note("created", "punch_items", "*", project_id)
    return Done(counts, changes)


_MERGED = ("title", "description", "priority", "status", "due_date", "created_on")
_ID_KEYS = ("location_id", "trade_id", "contractor_id", "assignee_id")


def _ids(values: Mapping[str, object]) -> tuple[str | None, str | None, str | None, str | None]:
    loc, trade, contractor, assignee = (values[k] for k in _ID_KEYS)
    return _opt(loc), _opt(trade), _opt(contractor), _opt(assignee)


def _merged_ids(
    earlier: _Fresh, values: Mapping[str, object]
) -> tuple[str | None, str | None, str | None, str | None]:
    later = _ids(values)
    return (
        later[0] or earlier[1],
        later[1] or earlier[2],
        later[2] or earlier[3],
        later[3] or earlier[4],
    )


def _opt(value: object) -> str | None:
    return str(value) if value is not None else None


def _row_values(index: int, row: ImportedPunchItem, book: _Directory) -> dict[str, object]:
    """What the row sets; a value the services refuse names the row."""
    with validation.at_row(index):
        return {
            **_texts(row),
            "location_id": book.location(row.location),
            "trade_id": book.trade(row.trade),
            "contractor_id": book.contractor(row.contractor),
            "assignee_id": book.person(row.assignee),
            "due_date": row.due_date,
        }


def _update_item(
    s: Session,
    known: Any,
    row: ImportedPunchItem,
    values: dict[str, object],
    note: str | None,
) -> PunchItem | None:
    """Apply what the file changes to an existing item; None when it changes nothing."""
    keep = row.keep_critical and known.priority is Priority.CRITICAL
    if row.priority is not None and not (keep and row.priority is Priority.HIGH):
        values["priority"] = row.priority
    status_changes = row.status is not None and row.status is not known.status
    differs = any(v is not None and getattr(known, k) != v for k, v in values.items())
    if not (differs or status_changes):
        return None
    item = known if isinstance(known, PunchItem) else s.get(PunchItem, known.id)
    assert item is not None
    _assign(item, values)
    if status_changes and row.status is not None:
        move_to(s, PunchStatusEvent.punch_item_id, item, row.status, note)
    return item


def _new_item(ref: str, entry: _Fresh) -> punch.NewPunchItem:
    row = entry[0]
    ids: dict[str, Any] = dict(zip(_ID_KEYS, entry[1:], strict=True))
    return punch.NewPunchItem(
        **columns_of(row, ("title", "description", "due_date", "created_on")),
        **ids,
        priority=row.priority or Priority.MEDIUM,
        status=row.status or PunchStatus.OPEN,
        external_ref=ref,
    )


def import_issues(
    store: Store,
    project_id: str,
    rows: Sequence[ImportedIssue],
    *,
    note: str | None = None,
    progress: Progress | None = None,
) -> Done[ImportCounts]:
    with _loading(store, project_id) as (s, changes, book):
        counts = book.counts
        existing: dict[str, ContractorIssue] = _by_ref(
            live_of_project(s, ContractorIssue, project_id)
        )
        for _index, row in _each(rows, progress):
            values: dict[str, object] = {
                **_texts(row),
                "severity": row.severity,
                "due_date": row.due_date,
                "location_id": book.location(row.location),
                "contractor_id": book.contractor(row.contractor),
            }
            issue = existing.get(_ref(row.ref))
            if issue is None:
                issue = add_numbered(
                    s,
                    ContractorIssue,
                    project_id,
                    ISSUE_PREFIX[row.issue_type],
                    issue_type=row.issue_type,
                    status=row.status,
                    ball_in_court=BallInCourt.CONTRACTOR,
                    closed_at=utcnow() if row.status is IssueStatus.CLOSED else None,
                    external_ref=_ref(row.ref),
                    **values,
                )
                if row.created_at is not None:
                    issue.created_at = _aware(row.created_at)
                s.flush()
                s.add(opening_event(IssueStatusEvent.issue_id, issue, note))
                existing[_ref(row.ref)] = issue
                counts.created += 1
                is_new, changed = True, True
            else:
                is_new, changed = False, _assign(issue, values)
                if row.status is not issue.status:
                    move_to(s, IssueStatusEvent.issue_id, issue, row.status, note)
                    changed = True
            added = _attach_files(s, issue, row, counts)
            if not is_new:
                if changed or added:
                    counts.updated += 1
                else:
                    counts.unchanged += 1
            counts.record_ids.append(issue.id)
    return Done(counts, changes)


def import_locations(
    store: Store,
    project_id: str,
    rows: Sequence[ImportedLocation],
    *,
    progress: Progress | None = None,
) -> Done[ImportCounts]:
    with _loading(store, project_id) as (_s, changes, book):
        counts = book.counts
        for _index, row in _each(rows, progress):
            before = counts.locations_created
            location_id = book.location(row.path, kind=row.kind, ref=row.ref)
            if location_id is not None:
                counts.record_ids.append(location_id)
            if counts.locations_created > before:
                counts.created += 1
            else:
                counts.unchanged += 1
    return Done(counts, changes)


# --- helpers ---------------------------------------------------------------------------


@contextmanager
def _loading(store: Store, project_id: str) -> Iterator[tuple[Session, Changes, _Directory]]:
    """The one unit of work of a load into the project, with the directory that finds or
    creates what the rows name (and holds the load's counts)."""
    with store.transaction() as (s, changes):
        load(s, Project, project_id, "Project")
        yield s, changes, _Directory(s, project_id, ImportCounts())


def _each(rows: Sequence[Row], progress: Progress | None) -> Iterator[tuple[int, Row]]:
    """The rows numbered from 1, reporting ``progress`` after each is done."""
    for index, row in enumerate(rows, start=1):
        yield index, row
        if progress is not None:
            progress(index, len(rows))


def _texts(row: ImportedPunchItem | ImportedIssue) -> dict[str, object]:
    """A row's title and description as the record takes them."""
    return {
        "title": validation.required_text("title", row.title, max_len=TITLE_MAX),
        "description": validation.text(
            "description", row.description, max_len=DESCRIPTION_MAX, required=False
        ),
    }


def _aware(value: dt.datetime) -> dt.datetime:
    return value if value.tzinfo is not None else value.replace(tzinfo=dt.UTC)


def _by_ref(rows: Iterable[Any]) -> dict[str, Any]:
    """Existing records (or rows of their columns) by external ref and by id (our own
    exports carry our ids)."""
    out: dict[str, Any] = {}
    for row in rows:
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


def _attach_files(
    s: Session, issue: ContractorIssue, row: ImportedIssue, counts: ImportCounts
) -> bool:
    """Add the row's comments, photos and attachments the issue does not have yet,
    counted; whether there were any."""
    comments = _thread(s, issue, row.comments)
    photos = sum(_photo(s, issue, blob) for blob in row.photos)
    attachments = sum(_attachment(s, issue, blob) for blob in row.attachments)
    counts.comments_added += comments
    counts.photos_added += photos
    counts.attachments_added += attachments
    return bool(comments or photos or attachments)


def _thread(s: Session, issue: ContractorIssue, comments: Sequence[CommentRow]) -> int:
    """Add the comments the issue's thread does not have yet; how many."""
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
    return added


def _photo(s: Session, issue: ContractorIssue, blob: BlobRow) -> bool:
    """Put the file among the issue's photos; whether the issue shows it only now."""
    photo, _ = put_photo(s, issue.project_id, NewPhoto(**asdict(blob)))
    return put_photo_link(s, issue.project_id, photo.id, ("issue", issue.id), "evidence")


def _attachment(s: Session, issue: ContractorIssue, blob: BlobRow) -> bool:
    """Attach the file to the issue unless it is already; whether it is only now."""
    exists = s.scalar(
        select(Attachment.id).where(
            Attachment.record_type == "issue",
            Attachment.record_id == issue.id,
            Attachment.sha256 == blob.sha256,
            Attachment.deleted_at.is_(None),
        )
    )
    if exists is not None:
        return False
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
    return True
