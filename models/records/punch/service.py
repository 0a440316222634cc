"""Punch items: create (one or in bulk), edit, move through the workflow, in bulk too."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from executrek.models import numbering, search, validation, workflow
from executrek.models.base import utcnow
from executrek.models.changes import Changes
from executrek.models.errors import QT_TRANSLATE_NOOP, ValidationError, WorkflowError
from executrek.models.ids import new_id
from executrek.models.project import Project
from executrek.models.records.punch.model import (
    KIND,
    Priority,
    PunchItem,
    PunchStatus,
    PunchStatusEvent,
)
from executrek.models.services.common import (
    Done,
    add_numbered,
    created_day,
    editable_only,
    load,
    local_today,
    move_to,
    opening_event,
)
from executrek.models.services.record_reads import read_logged
from executrek.models.store import Store

SERIES = KIND.prefix()
BULK_THRESHOLD = 2000  # above this, bypass the search triggers and rebuild once


def punch_number(item: PunchItem) -> str:
    return KIND.number_of(item)


@dataclass(frozen=True)
class NewPunchItem:
    title: str
    description: str | None = None
    location_id: str | None = None
    trade_id: str | None = None
    contractor_id: str | None = None
    assignee_id: str | None = None
    priority: Priority | str = Priority.MEDIUM
    due_date: dt.date | None = None
    status: PunchStatus | str = PunchStatus.OPEN
    inspection_item_id: str | None = None
    external_ref: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    # The day the item was raised, for items brought in from another system or the demo
    # (bulk ``imported`` loads only); ``None``: now.
    created_on: dt.date | None = None


EDITABLE = (
    "title",
    "description",
    "location_id",
    "trade_id",
    "contractor_id",
    "assignee_id",
    "priority",
    "due_date",
)


def _validated(new: NewPunchItem, today: dt.date, *, any_status: bool = False) -> dict[str, Any]:
    status = validation.choice("status", PunchStatus, new.status)
    if not any_status and status not in (PunchStatus.DRAFT, PunchStatus.OPEN):
        raise WorkflowError(
            QT_TRANSLATE_NOOP("Errors", "A new punch item starts as draft or open, not {status}."),
            status=status.value,
        )
    return {
        "title": validation.required_text("title", new.title, max_len=300),
        "description": validation.text(
            "description", new.description, max_len=20000, required=False
        ),
        "location_id": new.location_id,
        "trade_id": new.trade_id,
        "contractor_id": new.contractor_id,
        "assignee_id": new.assignee_id,
        "priority": validation.choice("priority", Priority, new.priority),
        "due_date": new.due_date
        if any_status
        else validation.due_date("due_date", new.due_date, today),
        "status": status,
        "inspection_item_id": new.inspection_item_id,
        "external_ref": validation.text(
            "external_ref", new.external_ref, max_len=200, required=False
        ),
        "created_on": validation.not_after("created_on", new.created_on, today)
        if any_status
        else None,
    }


def create_punch_item(store: Store, project_id: str, new: NewPunchItem) -> Done[PunchItem]:
    with store.transaction() as (s, changes):
        item = add_punch_item(s, project_id, new)
    return Done(item, changes)


def add_punch_item(s: Session, project_id: str, new: NewPunchItem) -> PunchItem:
    """Create a punch item inside the caller's unit of work (for services that create
    an item together with something else, e.g. a pin on a drawing)."""
    values = _validated(new, local_today())
    del values["created_on"]
    load(s, Project, project_id, "Project")
    item = add_numbered(s, PunchItem, project_id, SERIES, **values)
    s.flush()
    s.add(opening_event(PunchStatusEvent.punch_item_id, item))
    return item


def update_punch_item(store: Store, item_id: str, **fields: Any) -> Done[PunchItem]:
    done = bulk_update(store, [item_id], **fields)
    return Done(done.value[0], done.changes)


def _apply_edits(item: PunchItem, fields: dict[str, Any]) -> None:
    for key, value in fields.items():
        if key == "title":
            value = validation.required_text("title", value, max_len=300)
        elif key == "description":
            value = validation.text("description", value, max_len=20000, required=False)
        elif key == "priority":
            value = validation.choice("priority", Priority, value)
        elif key == "due_date":
            value = validation.due_date("due_date", value, created_day(item))
        setattr(item, key, value)


def change_status(
    store: Store, item_id: str, target: PunchStatus | str, note: str | None = None
) -> Done[PunchItem]:
    done = bulk_change_status(store, [item_id], target, note)
    return Done(done.value[0], done.changes)


def bulk_change_status(
    store: Store, item_ids: Sequence[str], target: PunchStatus | str, note: str | None = None
) -> Done[list[PunchItem]]:
    """All or nothing: if one item cannot make the transition, none does."""
    status = validation.choice("status", PunchStatus, target)
    note = validation.text("note", note, max_len=4000, required=False)
    if status is PunchStatus.REJECTED and not note:
        raise ValidationError(
            "note",
            QT_TRANSLATE_NOOP(
                "Errors", "Rejecting a punch item needs a note saying what is wrong."
            ),
        )
    with store.transaction() as (s, changes):
        items = [load(s, PunchItem, i, "Punch item") for i in item_ids]
        for item in items:
            workflow.check(KIND.transitions, punch_number(item), item.status, status)
        for item in items:
            move_to(s, PunchStatusEvent.punch_item_id, item, status, note)
    return Done(items, changes)


def bulk_update(store: Store, item_ids: Sequence[str], **fields: Any) -> Done[list[PunchItem]]:
    """Set assignee, contractor, due date, priority… on many items in one unit of work."""
    editable_only(fields, EDITABLE)
    with store.transaction() as (s, changes):
        items = [load(s, PunchItem, i, "Punch item") for i in item_ids]
        for item in items:
            if item.status in (PunchStatus.CLOSED, PunchStatus.VOID):
                raise WorkflowError(
                    QT_TRANSLATE_NOOP("Errors", "{number} is {status}; reopen it before editing."),
                    number=punch_number(item),
                    status=item.status.value,
                )
            _apply_edits(item, dict(fields))
    return Done(items, changes)


def delete_punch_item(store: Store, item_id: str) -> Done[None]:
    """Tombstone (kept for the record and for sync); only drafts may be deleted."""
    with store.transaction() as (s, changes):
        item = load(s, PunchItem, item_id, "Punch item")
        KIND.require_status(
            item,
            PunchStatus.DRAFT,
            QT_TRANSLATE_NOOP(
                "Errors", "{number} is {status}; only drafts can be deleted; void it instead."
            ),
        )
        item.deleted_at = utcnow()
    return Done(None, changes)


def history(store: Store, item_id: str) -> list[PunchStatusEvent]:
    return read_logged(store, PunchStatusEvent.punch_item_id, item_id)


def bulk_create_punch_items(
    store: Store,
    project_id: str,
    items: Iterable[NewPunchItem],
    *,
    chunk: int = 20000,
    imported: bool = False,
    note: str | None = None,
) -> Done[int]:
    """Create many punch items in one transaction: rows, status events and outbox entries
    through Core executemany, the search index rebuilt once. Every item is validated
    first; one bad item refuses the whole load with the row number.

    ``imported`` items (from another system or a demo) may arrive in any status and with
    past due dates; their first status event carries ``note``."""
    today = local_today()
    validated = [
        _validated_row(index, new, today, imported) for index, new in enumerate(items, start=1)
    ]
    changes = Changes()
    if not validated:
        return Done(0, changes)
    with store.unit_of_work() as s:
        load(s, Project, project_id, "Project")
        _write(s, store, project_id, validated, len(validated), note, chunk)
        changes.note("created", "punch_items", "*", project_id)
    return Done(len(validated), changes)


def insert_imported(
    s: Session,
    store: Store,
    project_id: str,
    items: Iterable[NewPunchItem],
    count: int,
    *,
    note: str | None = None,
    chunk: int = 5000,
) -> list[str]:
    """Insert ``count`` imported items (any status, past dates, ``created_on`` kept)
    inside the caller's unit of work, the way ``bulk_create_punch_items`` does, validating
    each as it goes: ``items`` may be a generator, and at most ``chunk`` rows are held at
    a time. A bad item raises ``ValidationError`` naming its row (1-based); the caller's
    transaction then rolls back. Returns the new items' ids."""
    today = local_today()
    validated = (
        _validated_row(index, new, today, True) for index, new in enumerate(items, start=1)
    )
    return _write(s, store, project_id, validated, count, note, chunk)


def _validated_row(index: int, new: NewPunchItem, today: dt.date, imported: bool) -> dict[str, Any]:
    with validation.at_row(index):
        return _validated(new, today, any_status=imported)


def _write(
    s: Session,
    store: Store,
    project_id: str,
    validated: Iterable[dict[str, Any]],
    count: int,
    note: str | None,
    chunk: int,
) -> list[str]:
    numbers = numbering.allocate(s, project_id, SERIES, count)
    s.flush()
    raw = s.connection().connection.driver_connection
    assert raw is not None
    src = search.BY_TABLE["punch_items"]
    use_bulk_index = count > BULK_THRESHOLD
    if use_bulk_index:
        search.drop_triggers(s, src)
    writer = _BulkWriter(raw, project_id, store.actor.user_id, store.clock, note)
    for values, (number, draft) in zip(validated, numbers, strict=True):
        writer.add(values, number, draft)
        if writer.pending >= chunk:
            writer.flush()
    writer.flush()
    if use_bulk_index:
        search.create_triggers(s, src)
        search.rebuild(s, src)
    return writer.ids


_ITEM_COLUMNS = tuple(c.name for c in PunchItem.__table__.columns)
_EVENT_COLUMNS = tuple(c.name for c in PunchStatusEvent.__table__.columns)
_OUTBOX_COLUMNS = (
    "table_name",
    "row_id",
    "project_id",
    "op",
    "patch",
    "base_version",
    "hlc",
    "created_at",
)


def _stamp(day: dt.date) -> str:
    """09:00 local time on ``day`` as the ORM stores UTC date-times."""
    at = dt.datetime.combine(day, dt.time(9, 0)).astimezone(dt.UTC)
    return at.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _insert_sql(table: str, columns: tuple[str, ...]) -> str:
    return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"


class _BulkWriter:
    """Rows, status events and outbox entries as plain tuples for sqlite3 executemany,
    in the exact on-disk form the ORM types write (the same values feed the patches)."""

    def __init__(
        self, raw: Any, project_id: str, actor: str | None, clock: Any, note: str | None
    ) -> None:
        self.raw = raw
        self.project_id = project_id
        self.actor = actor
        self.clock = clock
        self.note = note
        self.now = utcnow().strftime("%Y-%m-%dT%H:%M:%S.%fZ")
        self.items: list[tuple[Any, ...]] = []
        self.events: list[tuple[Any, ...]] = []
        self.outbox: list[tuple[Any, ...]] = []
        self.ids: list[str] = []

    @property
    def pending(self) -> int:
        return len(self.items)

    def add(self, values: dict[str, Any], number: int | None, draft: str | None) -> None:
        now, actor, pid = self.now, self.actor, self.project_id
        row_id = new_id()
        self.ids.append(row_id)
        status = values["status"].value
        due = values["due_date"]
        created = _stamp(values["created_on"]) if values["created_on"] else now
        wire: dict[str, Any] = {
            "project_id": pid,
            "number": number,
            "draft_number": draft,
            "title": values["title"],
            "description": values["description"],
            "location_id": values["location_id"],
            "trade_id": values["trade_id"],
            "contractor_id": values["contractor_id"],
            "assignee_id": values["assignee_id"],
            "priority": values["priority"].value,
            "status": status,
            "due_date": due.isoformat() if due is not None else None,
            "closed_at": now if status == PunchStatus.CLOSED.value else None,
            "external_ref": values.get("external_ref"),
            "inspection_item_id": values["inspection_item_id"],
            "created_at": created,
            "created_by": actor,
            "deleted_at": None,
        }
        patch = json.dumps({k: [None, v] for k, v in wire.items()})
        wire.update(id=row_id, updated_at=now, updated_by=actor, row_version=0, field_versions="{}")
        self.items.append(tuple(wire[c] for c in _ITEM_COLUMNS))
        event_id = new_id()
        event: dict[str, Any] = {
            "project_id": pid,
            "punch_item_id": row_id,
            "from_status": None,
            "to_status": status,
            "note": self.note,
            "created_at": created,
            "created_by": actor,
        }
        event_patch = json.dumps({k: [None, v] for k, v in event.items()})
        event.update(id=event_id, row_version=0)
        self.events.append(tuple(event[c] for c in _EVENT_COLUMNS))
        hlc = self.clock.now
        self.outbox.append(("punch_items", row_id, pid, "insert", patch, 0, hlc().encode(), now))
        self.outbox.append(
            ("punch_status_events", event_id, pid, "event", event_patch, 0, hlc().encode(), now)
        )

    def flush(self) -> None:
        if self.items:
            self.raw.executemany(_insert_sql("punch_items", _ITEM_COLUMNS), self.items)
            self.raw.executemany(_insert_sql("punch_status_events", _EVENT_COLUMNS), self.events)
            self.raw.executemany(_insert_sql("outbox", _OUTBOX_COLUMNS), self.outbox)
        self.items.clear()
        self.events.clear()
        self.outbox.clear()
