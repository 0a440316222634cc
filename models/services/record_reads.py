"""Reads every record's detail shares: its status history and comment thread entries, the names of the people and organisations it mentions, its photo count, and small helpers for batched and date-bounded reads."""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from executrek.models.common import Comment, Photo, PhotoLink
from executrek.models.directory import User
from executrek.models.store import Store


@dataclass(frozen=True)
class StatusEntry:
    at: dt.datetime
    by: str | None
    from_status: str | None
    to_status: str
    note: str | None


@dataclass(frozen=True)
class CommentEntry:
    at: dt.datetime
    author: str
    body: str
    is_response: bool


def user_names(s: Session, ids: Iterable[str | None]) -> dict[str, str]:
    """User id → display name for the ids given (``None`` ignored), in batches."""
    names: dict[str, str] = {}
    for chunk in chunks(sorted({i for i in ids if i})):
        rows = s.execute(select(User.id, User.display_name).where(User.id.in_(chunk)))
        names.update({str(i): str(n) for i, n in rows})
    return names


def logged(s: Session, parent: Any, record_id: str, *where: Any) -> list[Any]:
    """The rows of one record in a table that logs it (its events, its comments), oldest
    first; ``parent`` is the table's record column (``ChangeOrderEvent.change_order_id``),
    ``where`` narrows the rows (``Comment.record_type == "issue"``)."""
    cls = parent.class_
    stmt = select(cls).where(parent == record_id, *where).order_by(cls.created_at, cls.id)
    return list(s.scalars(stmt))


def read_logged(store: Store, parent: Any, record_id: str, *where: Any) -> list[Any]:
    """:func:`logged`, in a read of its own."""
    with store.read() as s:
        return logged(s, parent, record_id, *where)


def status_history(s: Session, parent: Any, record_id: str) -> tuple[StatusEntry, ...]:
    """The status changes of one record, oldest first, with who made them; ``parent`` is
    the event table's record column (e.g. ``PunchStatusEvent.punch_item_id``)."""
    events = logged(s, parent, record_id)
    names = user_names(s, {e.created_by for e in events})
    return tuple(
        StatusEntry(e.created_at, names.get(e.created_by or ""), e.from_status, e.to_status, e.note)
        for e in events
    )


def comments_in(s: Session, record_type: str, record_id: str) -> tuple[CommentEntry, ...]:
    rows = logged(s, Comment.record_id, record_id, Comment.record_type == record_type)
    return tuple(CommentEntry(c.created_at, c.author_name, c.body, c.is_response) for c in rows)


def photo_count(s: Session, record_type: str, record_id: str) -> int:
    return int(
        s.scalar(
            select(func.count())
            .select_from(PhotoLink)
            .where(
                PhotoLink.record_type == record_type,
                PhotoLink.record_id == record_id,
                PhotoLink.deleted_at.is_(None),
            )
        )
        or 0
    )


BATCH = 500  # ids per IN (...) clause, well below SQLite's variable limit


def chunks(ids: Sequence[str]) -> Iterable[Sequence[str]]:
    for start in range(0, len(ids), BATCH):
        yield ids[start : start + BATCH]


def live_children(s: Session, parent: Any, record_id: str, *order_by: Any) -> list[Any]:
    """The rows not deleted whose ``parent`` column (``Line.order_id``) is ``record_id``,
    in ``order_by``."""
    cls = parent.class_
    stmt = select(cls).where(parent == record_id, cls.deleted_at.is_(None))
    return list(s.scalars(stmt.order_by(*order_by)))


def list_conditions(cls: Any, project_id: str, **chosen: Iterable[str]) -> list[Any]:
    """The conditions of a kind's list: the project's rows not deleted whose named
    columns hold one of the values chosen for them (none chosen: any)."""
    conds: list[Any] = [cls.project_id == project_id, cls.deleted_at.is_(None)]
    for column, values in chosen.items():
        wanted = sorted(values)
        if wanted:
            conds.append(getattr(cls, column).in_(wanted))
    return conds


def live_of_project(s: Session, cls: Any, project_id: str, *order_by: Any) -> list[Any]:
    """The rows of ``cls`` in the project that are not deleted, in ``order_by``."""
    stmt = select(cls).where(cls.project_id == project_id, cls.deleted_at.is_(None))
    return list(s.scalars(stmt.order_by(*order_by)))


def by_id(s: Session, cls: Any, project_id: str) -> dict[str, Any]:
    """The project's live rows of ``cls`` by id."""
    return {row.id: row for row in live_of_project(s, cls, project_id)}


def picked(
    head: Any, contractor_ids: frozenset[str], first: dt.date | None, last: dt.date | None
) -> bool:
    """Whether an export keeps a record beyond its list's filter: one of the contractors
    (none named: any), created (local day) between ``first`` and ``last``."""
    return (not contractor_ids or head.contractor_id in contractor_ids) and within(
        local_day(head.created_at), first, last
    )


class Listed(Protocol):
    """A row of a record list, named by its record's id."""

    @property
    def id(self) -> str: ...


L = TypeVar("L", bound=Listed)


def picked_rows(
    s: Session,
    cls: Any,
    project_id: str,
    listed: Sequence[L],
    contractor_ids: frozenset[str],
    first: dt.date | None,
    last: dt.date | None,
) -> tuple[dict[str, Any], list[L]]:
    """What an export of ``cls`` records reads: the project's live rows by id, and the
    ``listed`` rows (its list's) that :func:`picked` keeps."""
    heads = by_id(s, cls, project_id)
    return heads, [r for r in listed if picked(heads[r.id], contractor_ids, first, last)]


def children_by(
    s: Session, parent: Any, ids: Sequence[str], *order_by: Any, where: Sequence[Any] = ()
) -> dict[str, list[Any]]:
    """The rows whose ``parent`` column (e.g. ``Line.order_id``) is one of ``ids``, grouped
    by that id, each group in ``order_by``; read in batches. ``where`` narrows the rows."""
    cls = parent.class_
    out: dict[str, list[Any]] = defaultdict(list)
    for chunk in chunks(list(ids)):
        stmt = select(cls).where(parent.in_(chunk), *where).order_by(*order_by)
        for row in s.scalars(stmt):
            out[getattr(row, parent.key)].append(row)
    return out


def names_of(s: Session, cls: Any, ids: set[str], label: Any = None) -> dict[str, str]:
    """Id → name (or the ``label`` column, e.g. ``Location.path``) of these rows of ``cls``."""
    if not ids:
        return {}
    rows = s.execute(
        select(cls.id, cls.name if label is None else label).where(cls.id.in_(sorted(ids)))
    )
    return {row[0]: row[1] for row in rows}


def project_labels(s: Session, label: Any, project_id: str) -> dict[str, str]:
    """Id → ``label`` (``Organisation.name``, ``Location.path``) of every row of the
    project, deleted ones too: an older record may still name them."""
    cls = label.class_
    rows = s.execute(select(cls.id, label).where(cls.project_id == project_id))
    return {row[0]: row[1] for row in rows}


def all_user_names(s: Session) -> dict[str, str]:
    return {str(i): str(n) for i, n in s.execute(select(User.id, User.display_name))}


def local_day(at: dt.datetime) -> dt.date:
    return at.astimezone().date()


def within(day: dt.date, first: dt.date | None, last: dt.date | None) -> bool:
    return (first is None or day >= first) and (last is None or day <= last)


@dataclass(frozen=True)
class StatusStep:
    at: dt.datetime
    from_status: str | None
    to_status: str
    note: str | None
    by: str | None = None  # the display name of the user who made the change


@dataclass(frozen=True)
class PhotoRef:
    record_id: str
    sha256: str
    filename: str
    caption: str | None
    captured_at: dt.datetime | None
    role: str
    markup_json: str  # canonical JSON of the markup list ("" when none)


def photos_in(s: Session, record_type: str, ids: Sequence[str]) -> dict[str, list[PhotoRef]]:
    out: dict[str, list[PhotoRef]] = defaultdict(list)
    for chunk in chunks(list(ids)):
        rows = s.execute(
            select(PhotoLink.record_id, PhotoLink.role, Photo)
            .join(Photo, Photo.id == PhotoLink.photo_id)
            .where(
                PhotoLink.record_type == record_type,
                PhotoLink.record_id.in_(chunk),
                PhotoLink.deleted_at.is_(None),
                Photo.deleted_at.is_(None),
            )
            .order_by(Photo.captured_at, Photo.id)
        )
        for record_id, role, photo in rows:
            out[record_id].append(
                PhotoRef(
                    record_id=record_id,
                    sha256=photo.sha256,
                    filename=photo.filename,
                    caption=photo.caption,
                    captured_at=photo.captured_at,
                    role=role,
                    markup_json=json.dumps(photo.markup, sort_keys=True) if photo.markup else "",
                )
            )
    return dict(out)
