"""The outbox writer: every flush of synced rows writes its outbox entries in the
same SQLite transaction, so a saved edit and its sync record can never disagree.

Hard deletes of synced rows are refused (tombstones only), and event rows are
insert-only: both are enforced here, for every service at once.
"""

from __future__ import annotations

import datetime as dt
import enum
import uuid
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session, UOWTransaction

from executrek.models.base import BOOKKEEPING, EventRow, Synced, utcnow
from executrek.models.changes import Changes
from executrek.models.ids import HybridLogicalClock, new_id
from executrek.models.local import Outbox

_NOT_PATCHED = BOOKKEEPING | {"id", "row_version", "field_versions"}


def to_wire(value: Any) -> Any:
    """A JSON-safe form of a column value, as the outbox and the server see it."""
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.UTC).isoformat().replace("+00:00", "Z")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, list | tuple):
        return [to_wire(v) for v in value]
    if isinstance(value, dict):
        return {str(k): to_wire(v) for k, v in value.items()}
    raise TypeError(f"cannot put {type(value).__name__} into the outbox")


@dataclass
class Tracking:
    """Per-session context: who acts, the device clock, and what changed."""

    actor_id: str | None
    clock: HybridLogicalClock
    changes: Changes = field(default_factory=Changes)
    # Set by a sync engine applying server rows: no outbox, no stamps.
    applying_remote: bool = False


def tracking_of(session: Session) -> Tracking | None:
    value = session.info.get("tracking")
    return value if isinstance(value, Tracking) else None


def _table(obj: Any) -> str:
    return str(obj.__table__.name)


def _column_keys(obj: Any) -> list[str]:
    return [c.key for c in inspect(type(obj)).column_attrs]


def _project_of(obj: Any) -> str | None:
    if _table(obj) == "projects":
        return str(obj.id)
    value = getattr(obj, "project_id", None)
    return str(value) if value else None


def _before_flush(session: Session, flush_context: UOWTransaction, instances: Any) -> None:
    tracking = tracking_of(session)
    if tracking is None:
        # Sessions not opened through the store (e.g. migrations) must not touch synced rows.
        for obj in [*session.new, *session.dirty, *session.deleted]:
            if isinstance(obj, Synced | EventRow):
                raise RuntimeError("synced rows must be written through Store.unit_of_work()")
        return
    now = utcnow()
    for obj in list(session.deleted):
        if isinstance(obj, Synced | EventRow):
            raise RuntimeError(f"hard delete of a synced {_table(obj)} row; set deleted_at instead")
    if tracking.applying_remote:
        return
    for obj in list(session.new):
        if not isinstance(obj, Synced | EventRow):
            continue
        if obj.id is None:
            obj.id = new_id()
        if obj.created_at is None:
            obj.created_at = now
        obj.created_by = obj.created_by or tracking.actor_id
        if isinstance(obj, Synced):
            obj.updated_at = obj.created_at
            obj.updated_by = obj.created_by
        patch = {}
        for key in _column_keys(obj):
            if key in _NOT_PATCHED:
                continue
            value = getattr(obj, key)
            if value is None:
                col = inspect(type(obj)).columns[key]
                if col.default is not None and getattr(col.default, "is_scalar", False):
                    value = col.default.arg
                    setattr(obj, key, value)
            patch[key] = [None, to_wire(value)]
        _emit(session, tracking, obj, "insert" if isinstance(obj, Synced) else "event", patch)
        tracking.changes.note("created", _table(obj), obj.id, _project_of(obj))
    for obj in list(session.dirty):
        if not isinstance(obj, Synced | EventRow) or not session.is_modified(obj):
            continue
        if isinstance(obj, EventRow):
            raise RuntimeError(f"{_table(obj)} rows are insert-only events")
        state = inspect(obj)
        patch = {}
        for key in _column_keys(obj):
            if key in _NOT_PATCHED:
                continue
            hist = state.attrs[key].history
            if not hist.has_changes():
                continue
            old = hist.deleted[0] if hist.deleted else None
            new = hist.added[0] if hist.added else None
            if to_wire(old) == to_wire(new):
                continue
            patch[key] = [to_wire(old), to_wire(new)]
        if not patch:
            continue
        obj.updated_at = now
        obj.updated_by = tracking.actor_id
        tombstoned = "deleted_at" in patch and patch["deleted_at"][1] is not None
        _emit(session, tracking, obj, "delete" if tombstoned else "update", patch)
        kind = "deleted" if tombstoned else "updated"
        tracking.changes.note(kind, _table(obj), obj.id, _project_of(obj))
        _audit(session, tracking, obj, "deleted" if tombstoned else "edited", patch)


def _audit(
    session: Session, tracking: Tracking, obj: Any, action: str, patch: dict[str, Any]
) -> None:
    """Keep who changed which field from what to what, for the record's history (dispute
    evidence); the audit row is itself an insert-only synced event."""
    from executrek.models.common import AuditEvent

    fields = [{"field": k, "from": v[0], "to": v[1]} for k, v in sorted(patch.items())]
    audit = AuditEvent(
        id=new_id(),
        project_id=_project_of(obj),
        record_type=_table(obj),
        record_id=obj.id,
        action=action,
        fields=fields,
        summary=", ".join(f["field"] for f in fields),
        created_at=utcnow(),
        created_by=tracking.actor_id,
        row_version=0,
    )
    session.add(audit)
    wire = {
        key: [None, to_wire(getattr(audit, key))]
        for key in _column_keys(audit)
        if key not in _NOT_PATCHED
    }
    _emit(session, tracking, audit, "event", wire)


def _emit(session: Session, tracking: Tracking, obj: Any, op: str, patch: dict[str, Any]) -> None:
    session.add(
        Outbox(
            table_name=_table(obj),
            row_id=obj.id,
            project_id=_project_of(obj),
            op=op,
            patch=patch,
            base_version=getattr(obj, "row_version", 0) or 0,
            hlc=tracking.clock.now().encode(),
            created_at=utcnow(),
        )
    )


def install(session_class: type[Session]) -> None:
    """Attach the outbox writer to a session class (idempotent)."""
    if not event.contains(session_class, "before_flush", _before_flush):
        event.listen(session_class, "before_flush", _before_flush)
