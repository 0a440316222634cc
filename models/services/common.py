"""Small pieces every service uses."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from executrek.models import numbering, workflow
from executrek.models.base import Base, InProject, utcnow
from executrek.models.changes import Changes
from executrek.models.common import Signature
from executrek.models.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError, WorkflowError
from executrek.models.local_read import local_today as local_today
from executrek.models.project import Location, Project
from executrek.models.store import Store

T = TypeVar("T")
M = TypeVar("M", bound=Base)
P = TypeVar("P", bound=InProject)


@dataclass(frozen=True)
class Done(Generic[T]):
    """A service's result: the plain value and what the unit of work changed."""

    value: T
    changes: Changes


def load(session: Session, cls: type[M], row_id: str, label: str) -> M:
    row = session.get(cls, row_id)
    if row is None or getattr(row, "deleted_at", None) is not None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Errors", "{label} {id} does not exist (or was deleted)."),
            label=label,
            id=row_id,
        )
    return row


def refuse_taken(
    s: Session, column: Any, value: str, template: str, project_id: str | None = None
) -> None:
    """Refuse ``value`` for ``column`` (a code or name; the field, and the parameter of
    ``template``, named as the column) when a row of the project (of any project: None)
    has it already."""
    table = column.class_
    taken = select(table.id).where(column == value)
    if project_id is not None:
        taken = taken.where(table.project_id == project_id)
    if s.scalar(taken.limit(1)) is not None:
        raise ValidationError(column.key, template, **{column.key: value})


def add_to_project(store: Store, project_id: str, make: Callable[[], P]) -> Done[P]:
    """One unit of work adding the row ``make`` builds to a project, which gives it its
    ``project_id``; ``make`` runs once the project is known to exist, so a refusal of
    what it validates comes second."""
    with store.transaction() as (s, changes):
        load(s, Project, project_id, "Project")
        row = make()
        row.project_id = project_id
        s.add(row)
    return Done(row, changes)


def add_numbered(s: Session, cls: type[M], project_id: str, series: str, **values: Any) -> M:
    """A new row of ``cls`` in the project with the next number of its ``series`` (a draft
    number while the laptop holds no block), added to the unit of work."""
    number, draft = numbering.allocate_one(s, project_id, series)
    row = cls(project_id=project_id, number=number, draft_number=draft, **values)
    s.add(row)
    return row


def _nothing_to_check(s: Session) -> None:
    """No check beyond the project's existence."""


def add_numbered_to_project(
    store: Store,
    cls: type[M],
    project_id: str,
    series: str,
    check: Callable[[Session], None] = _nothing_to_check,
    /,
    **values: Any,
) -> Done[M]:
    """One unit of work adding a new row of ``cls`` with the next number of its ``series``
    to a project: the project known to exist, then ``check`` run (references of the
    project), then :func:`add_numbered`."""
    with store.transaction() as (s, changes):
        load(s, Project, project_id, "Project")
        check(s)
        row = add_numbered(s, cls, project_id, series, **values)
    return Done(row, changes)


def opening_event(parent: Any, record: Any, note: str | None = None) -> Any:
    """The first row of a new (flushed) record's status event table, whose record column
    is ``parent``: from nothing to the status it was made in."""
    return parent.class_(
        project_id=record.project_id,
        from_status=None,
        to_status=record.status.value,
        note=note,
        **{parent.key: record.id},
    )


def move_to(s: Session, parent: Any, record: Any, status: enum.Enum, note: str | None) -> None:
    """Move ``record`` to ``status`` and log the move in its status event table, whose
    record column is ``parent`` (``PunchStatusEvent.punch_item_id``); a record moved to
    closed carries when, one moved elsewhere no longer does."""
    s.add(
        parent.class_(
            project_id=record.project_id,
            from_status=record.status.value,
            to_status=status.value,
            note=note,
            **{parent.key: record.id},
        )
    )
    record.status = status
    record.closed_at = utcnow() if status.value == "closed" else None


def action_event(
    parent: Any, record: Any, action: str, to_status: enum.Enum | None = None, **columns: Any
) -> Any:
    """A row of a record's action event table (record column ``parent``): ``action`` taking
    it from its status to ``to_status`` (none: where it is), with the table's other
    ``columns`` (approver, amount, note…)."""
    return parent.class_(
        project_id=record.project_id,
        action=action,
        from_status=record.status.value,
        to_status=(record.status if to_status is None else to_status).value,
        **{parent.key: record.id},
        **columns,
    )


def take_step(
    s: Session, kind: Any, parent: Any, record: Any, target: enum.Enum, action: str, **columns: Any
) -> None:
    """Take ``record`` to ``target`` where its ``kind``'s workflow allows (else one line
    saying why not), the step logged by ``action_event``."""
    workflow.check(kind.transitions, kind.number_of(record), record.status, target)
    s.add(action_event(parent, record, action, target, **columns))
    record.status = target


# field → how its value is checked and normalised (None: taken as given)
Editable = Mapping[str, Callable[[Any], Any] | None]


def editable_only(fields: Iterable[str], editable: Iterable[str]) -> None:
    """Refuse, naming it, the first field of ``fields`` that is not ``editable``."""
    unknown = set(fields) - set(editable)
    if unknown:
        raise ValidationError(
            sorted(unknown)[0],
            QT_TRANSLATE_NOOP("Errors", "{field} cannot be edited here."),
        )


def edit_fields(
    store: Store,
    cls: type[M],
    row_id: str,
    label: str,
    fields: Mapping[str, Any],
    editable: Editable,
    *,
    before: Callable[[M], None] | None = None,
    after: Callable[[M], None] | None = None,
) -> Done[M]:
    """Edit the ``fields`` of one row: each must be in ``editable`` (else one line saying
    it cannot be edited here) and goes through its check; ``before`` may refuse the edit
    (a workflow rule), ``after`` checks the row as a whole."""
    editable_only(fields, editable)
    with store.transaction() as (s, changes):
        row = load(s, cls, row_id, label)
        if before is not None:
            before(row)
        for key, value in fields.items():
            clean = editable[key]
            setattr(row, key, clean(value) if clean is not None else value)
        if after is not None:
            after(row)
    return Done(row, changes)


def created_day(row: object) -> dt.date:
    created = getattr(row, "created_at", None)
    if created is None:
        return local_today()
    return created.astimezone().date()


def valid_strokes(strokes: list[Any]) -> list[Any]:
    if not strokes or not any(len(st) >= 2 for st in strokes if isinstance(st, list)):
        raise WorkflowError(
            QT_TRANSLATE_NOOP("Errors", "A signature is required: sign on the pad.")
        )
    out = []
    for stroke in strokes:
        points = []
        for point in stroke:
            x, y = float(point[0]), float(point[1])
            if not (0.0 <= x <= 1.0 and 0.0 <= y <= 1.0):
                raise ValidationError(
                    "signature",
                    QT_TRANSLATE_NOOP("Errors", "{field} points must lie within the pad."),
                )
            points.append([round(x, 4), round(y, 4)])
        out.append(points)
    return out


def add_signature(
    s: Session,
    record_type: str,
    record: Any,
    name: str,
    role: str | None,
    strokes: list[Any],
    *,
    at: dt.datetime | None = None,
) -> Signature:
    """``name``'s signature (as ``role``, signed ``at``, default now) on ``record`` of
    ``record_type``, added and flushed: what refers to it can take its id."""
    sig = Signature(
        project_id=record.project_id,
        record_type=record_type,
        record_id=record.id,
        signer_name=name,
        signer_role=role,
        signed_at=utcnow() if at is None else at,
        strokes=strokes,
    )
    s.add(sig)
    s.flush()
    return sig


PATH_SEPARATOR = " › "


def locations_within(location_id: str) -> Select[Any]:
    """The ids of a location and of every location below it: a filter on "Level 2" also
    finds what is in "Level 2 › Room 204". Compares path prefixes exactly (no LIKE, so a
    name holding ``%`` or ``_`` matches only itself)."""
    parent = select(Location.path).where(Location.id == location_id).scalar_subquery()
    prefix = parent + PATH_SEPARATOR
    return select(Location.id).where(
        or_(
            Location.id == location_id,
            func.substr(Location.path, 1, func.length(prefix)) == prefix,
        )
    )
