"""Comments, photo rows and links that attach to any record."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from executrek.models import validation
from executrek.models.common import Comment, Photo, PhotoLink, RecordLink
from executrek.models.errors import QT_TRANSLATE_NOOP, ValidationError
from executrek.models.kinds import BY_KEY, unknown_record_type
from executrek.models.kinds import RECORD_TYPES as RECORD_TYPES
from executrek.models.project import Project
from executrek.models.services.common import Done, add_to_project, load
from executrek.models.store import Store


def _record_type(value: str) -> str:
    if value not in RECORD_TYPES:
        raise unknown_record_type(value)
    return value


@dataclass(frozen=True)
class LinkRow:
    """The other end of a link, as a record's detail lists it."""

    record_type: str
    record_id: str
    relation: str
    label: str  # "PI-0042 · Cracked tile" (the id when the record is gone)


def links_of(s: Session, record_type: str, record_id: str) -> tuple[LinkRow, ...]:
    """The links of a record, either way round, labelled by the other record."""
    out: list[LinkRow] = []
    rows = s.scalars(
        select(RecordLink).where(
            RecordLink.deleted_at.is_(None),
            or_(
                (RecordLink.from_type == record_type) & (RecordLink.from_id == record_id),
                (RecordLink.to_type == record_type) & (RecordLink.to_id == record_id),
            ),
        )
    )
    for link in rows:
        forward = link.from_type == record_type and link.from_id == record_id
        other_type = link.to_type if forward else link.from_type
        other_id = link.to_id if forward else link.from_id
        kind = BY_KEY.get(other_type)
        other = s.get(kind.model, other_id) if kind else None
        label = kind.label(other) if kind and other is not None else other_id
        out.append(LinkRow(other_type, other_id, link.relation, label))
    return tuple(out)


def links(store: Store, record_type: str, record_id: str) -> tuple[LinkRow, ...]:
    """The links of a record, for its detail panel."""
    with store.read() as s:
        return links_of(s, record_type, record_id)


RecordRef = tuple[str, str]  # (record type, record id)


def new_link(
    project_id: str, source: RecordRef, target: RecordRef, relation: str = "related"
) -> RecordLink:
    """A link from the ``source`` record to the ``target`` one of a project (their types
    checked), to add to a unit of work."""
    return RecordLink(
        project_id=project_id,
        from_type=_record_type(source[0]),
        from_id=source[1],
        to_type=_record_type(target[0]),
        to_id=target[1],
        relation=relation,
    )


def link(
    store: Store,
    project_id: str,
    from_type: str,
    from_id: str,
    to_type: str,
    to_id: str,
    relation: str = "related",
) -> Done[RecordLink]:
    """Link two records of a project ("related", "caused by"…), both ways readable."""
    return add_to_project(
        store,
        project_id,
        lambda: new_link(project_id, (from_type, from_id), (to_type, to_id), relation),
    )


def add_comment(
    store: Store,
    project_id: str,
    record_type: str,
    record_id: str,
    body: str,
    *,
    author_name: str,
) -> Done[Comment]:
    return add_to_project(
        store,
        project_id,
        lambda: Comment(
            record_type=_record_type(record_type),
            record_id=record_id,
            author_name=validation.required_text("author_name", author_name, max_len=200),
            body=validation.required_text("body", body, max_len=20000),
        ),
    )


@dataclass(frozen=True)
class StoredFile:
    """A file already in the blob store: its bytes' SHA-256, its name, type and size,
    and an image's size in pixels."""

    sha256: str
    filename: str
    mime: str
    size_bytes: int
    width: int | None = None
    height: int | None = None


@dataclass(frozen=True)
class NewPhoto(StoredFile):
    captured_at: dt.datetime | None = None
    camera_make: str | None = None
    camera_model: str | None = None
    orientation: int | None = None
    gps_lat: float | None = None
    gps_lon: float | None = None
    gps_alt: float | None = None
    caption: str | None = None


def photo_with_sha(store: Store, project_id: str, sha256: str) -> Photo | None:
    """The project's live photo of these bytes, read without writing (a full disk)."""
    with store.read() as s:
        return s.scalar(
            select(Photo).where(
                Photo.project_id == project_id,
                Photo.sha256 == sha256,
                Photo.deleted_at.is_(None),
            )
        )


def add_photo(
    store: Store,
    project_id: str,
    new: NewPhoto,
    *,
    attach_to: tuple[str, str] | None = None,
    role: str = "evidence",
) -> Done[tuple[Photo, bool]]:
    """A photo row for a blob already in the store. The same photo (same SHA-256) in the
    same project is stored once: the second import returns the first row, ``False``. A
    photo taken out of the library again (``unlink_photos``) comes back as new."""
    if len(new.sha256) != 64 or any(c not in "0123456789abcdef" for c in new.sha256):
        raise ValidationError(
            "sha256",
            QT_TRANSLATE_NOOP("Errors", "{field} must be a lowercase SHA-256 hex digest."),
        )
    with store.transaction() as (s, changes):
        load(s, Project, project_id, "Project")
        photo, created = put_photo(s, project_id, new)
        if attach_to is not None:
            put_photo_link(s, project_id, photo.id, attach_to, role)
    return Done((photo, created), changes)


def put_photo(s: Session, project_id: str, new: NewPhoto) -> tuple[Photo, bool]:
    """The project's photo of these bytes, and whether it is new to the library: added
    (flushed, it has its id) when there is none, taken back when it was taken out."""
    photo = s.scalar(
        select(Photo).where(Photo.project_id == project_id, Photo.sha256 == new.sha256)
    )
    created = photo is None or photo.deleted_at is not None
    if photo is not None and photo.deleted_at is not None:
        photo.deleted_at = None
    if photo is None:
        photo = Photo(
            project_id=project_id, **{k: getattr(new, k) for k in NewPhoto.__dataclass_fields__}
        )
        photo.filename = validation.required_text("filename", new.filename, max_len=300)
        s.add(photo)
        s.flush()
    return photo, created


def put_photo_link(
    s: Session, project_id: str, photo_id: str, target: tuple[str, str], role: str
) -> bool:
    """Link the photo to the record; a link taken off earlier is put back (the pair is
    unique, tombstone included). Whether the record shows the photo only now."""
    record_type, record_id = _record_type(target[0]), target[1]
    existing = s.scalar(
        select(PhotoLink).where(
            PhotoLink.photo_id == photo_id,
            PhotoLink.record_type == record_type,
            PhotoLink.record_id == record_id,
        )
    )
    if existing is not None:
        if existing.deleted_at is None:
            return False
        existing.deleted_at = None
        existing.role = role
    else:
        s.add(
            PhotoLink(
                project_id=project_id,
                photo_id=photo_id,
                record_type=record_type,
                record_id=record_id,
                role=role,
            )
        )
    return True


def link_photo(
    store: Store, photo_id: str, record_type: str, record_id: str, role: str = "evidence"
) -> Done[None]:
    with store.transaction() as (s, changes):
        photo = load(s, Photo, photo_id, "Photo")
        put_photo_link(s, photo.project_id, photo.id, (record_type, record_id), role)
    return Done(None, changes)


def set_caption(store: Store, photo_id: str, caption: str | None) -> Done[Photo]:
    with store.transaction() as (s, changes):
        photo = load(s, Photo, photo_id, "Photo")
        photo.caption = validation.text("caption", caption, max_len=2000, required=False)
    return Done(photo, changes)


def set_markup(store: Store, photo_id: str, markup: list[Any]) -> Done[Photo]:
    if not isinstance(markup, list):
        raise ValidationError(
            "markup", QT_TRANSLATE_NOOP("Errors", "{field} must be a list of shapes.")
        )
    with store.transaction() as (s, changes):
        photo = load(s, Photo, photo_id, "Photo")
        photo.markup = markup
    return Done(photo, changes)


def photos_of(store: Store, record_type: str, record_id: str) -> list[Photo]:
    with store.read() as s:
        return list(
            s.scalars(
                select(Photo)
                .join(PhotoLink, PhotoLink.photo_id == Photo.id)
                .where(
                    PhotoLink.record_type == record_type,
                    PhotoLink.record_id == record_id,
                    PhotoLink.deleted_at.is_(None),
                    Photo.deleted_at.is_(None),
                )
                .order_by(Photo.captured_at, Photo.id)
            )
        )
