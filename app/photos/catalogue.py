"""Which photos a gallery shows: light rows filtered in SQL (date, location, record,
"not linked yet"), and the details of one photo for the viewer.

A project with 5,000 photos gives 5,000 small ``PhotoSummary`` values (no pixels): the
gallery keeps them and loads thumbnails only for what is on screen.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import and_, exists, func, or_, select

from executrek.app import record_refs
from executrek.app.photos.markup import Markup
from executrek.app.record_refs import RecordRef
from executrek.models.common import Photo, PhotoLink
from executrek.models.errors import NotFoundError
from executrek.models.project import Location
from executrek.models.records.issue.model import ContractorIssue
from executrek.models.records.punch.model import PunchItem
from executrek.models.services.common import locations_within
from executrek.models.store import Store


@dataclass(frozen=True)
class PhotoFilter:
    """All given criteria must hold. Dates are local calendar days of the capture time
    (the import time when a photo states none), both ends included."""

    date_from: dt.date | None = None
    date_to: dt.date | None = None
    location_id: str | None = None
    record: tuple[str, str] | None = None
    unlinked_only: bool = False


@dataclass(frozen=True)
class PhotoSummary:
    id: str
    sha256: str
    filename: str
    taken: dt.datetime  # capture time, else import time (aware)
    has_capture_time: bool
    caption: str | None
    width: int | None
    height: int | None
    has_gps: bool
    link_count: int
    markup: Markup = field(default_factory=Markup)
    records: str = ""  # the numbers of the records it is attached to ("PI-012, NCR-003")


@dataclass(frozen=True)
class PhotoDetails:
    summary: PhotoSummary
    project_id: str
    mime: str
    size_bytes: int
    camera: str | None
    orientation: int | None
    gps: tuple[float, float, float | None] | None
    location_label: str | None
    links: tuple[tuple[RecordRef, str], ...]  # (record, role)


def _markup(shapes: Any) -> Markup:
    if not shapes:
        return Markup()
    return Markup.from_dict({"version": 1, "shapes": shapes})


# A link of the photo row being read that is not deleted.
_LIVE_LINK = and_(PhotoLink.photo_id == Photo.id, PhotoLink.deleted_at.is_(None))


def _local_midnight(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time()).astimezone()


def _location_clause(location_id: str) -> Any:
    """Photos at the location or below it: placed there, linked to it, or linked to a
    punch item or issue located there."""
    within = locations_within(location_id)
    linked_to = select(PhotoLink.id).where(_LIVE_LINK)
    return or_(
        Photo.location_id.in_(within),
        exists(
            linked_to.where(PhotoLink.record_type == "location", PhotoLink.record_id.in_(within))
        ),
        exists(
            linked_to.where(
                PhotoLink.record_type == "punch_item",
                PhotoLink.record_id.in_(
                    select(PunchItem.id).where(PunchItem.location_id.in_(within))
                ),
            )
        ),
        exists(
            linked_to.where(
                PhotoLink.record_type == "issue",
                PhotoLink.record_id.in_(
                    select(ContractorIssue.id).where(ContractorIssue.location_id.in_(within))
                ),
            )
        ),
    )


def _where(project_id: str, flt: PhotoFilter) -> list[Any]:
    taken = func.coalesce(Photo.captured_at, Photo.created_at)
    clauses: list[Any] = [Photo.project_id == project_id, Photo.deleted_at.is_(None)]
    if flt.date_from is not None:
        clauses.append(taken >= _local_midnight(flt.date_from))
    if flt.date_to is not None:
        clauses.append(taken < _local_midnight(flt.date_to + dt.timedelta(days=1)))
    if flt.record is not None:
        record_type, record_id = flt.record
        clauses.append(
            exists(
                select(PhotoLink.id).where(
                    _LIVE_LINK,
                    PhotoLink.record_type == record_type,
                    PhotoLink.record_id == record_id,
                )
            )
        )
    if flt.unlinked_only:
        clauses.append(~exists(select(PhotoLink.id).where(_LIVE_LINK)))
    if flt.location_id is not None:
        clauses.append(_location_clause(flt.location_id))
    return clauses


def _summary(row: Any, links: int) -> PhotoSummary:
    return PhotoSummary(
        id=row.id,
        sha256=row.sha256,
        filename=row.filename,
        taken=row.captured_at or row.created_at,
        has_capture_time=row.captured_at is not None,
        caption=row.caption,
        width=row.width,
        height=row.height,
        has_gps=row.gps_lat is not None,
        link_count=links,
        markup=_markup(row.markup),
    )


def list_photos(
    store: Store, project_id: str, flt: PhotoFilter | None = None
) -> list[PhotoSummary]:
    """The project's photos matching ``flt``, oldest first (by capture time)."""
    link_count = select(func.count(PhotoLink.id)).where(_LIVE_LINK).scalar_subquery()
    taken = func.coalesce(Photo.captured_at, Photo.created_at)
    query = (
        select(Photo, link_count)
        .where(*_where(project_id, flt or PhotoFilter()))
        .order_by(taken, Photo.filename, Photo.id)
    )
    with store.read() as s:
        found = [_summary(photo, count) for photo, count in s.execute(query)]
        return _with_records(s, found)


def _with_records(s: Any, photos: list[PhotoSummary]) -> list[PhotoSummary]:
    """``photos`` with the numbers of the records each is attached to."""
    linked = [p.id for p in photos if p.link_count]
    if not linked:
        return photos
    attached: dict[str, list[tuple[str, str]]] = {}
    for start in range(0, len(linked), 900):
        for photo_id, record_type, record_id in s.execute(
            select(PhotoLink.photo_id, PhotoLink.record_type, PhotoLink.record_id)
            .where(
                PhotoLink.photo_id.in_(linked[start : start + 900]), PhotoLink.deleted_at.is_(None)
            )
            .order_by(PhotoLink.created_at)
        ):
            attached.setdefault(photo_id, []).append((record_type, record_id))
    names = record_refs.numbers(s, (k for keys in attached.values() for k in keys))
    return [
        dataclasses.replace(p, records=", ".join(names[k] for k in attached[p.id] if k in names))
        if p.id in attached
        else p
        for p in photos
    ]


def photo_details(store: Store, photo_id: str) -> PhotoDetails:
    with store.read() as s:
        photo = s.get(Photo, photo_id)
        if photo is None or photo.deleted_at is not None:
            raise NotFoundError("{label} {id} does not exist (or was deleted).",
                                label="Photo", id=photo_id)  # fmt: skip
        links = list(
            s.execute(
                select(PhotoLink.record_type, PhotoLink.record_id, PhotoLink.role)
                .where(PhotoLink.photo_id == photo_id, PhotoLink.deleted_at.is_(None))
                .order_by(PhotoLink.created_at)
            )
        )
        location = s.get(Location, photo.location_id) if photo.location_id else None
        location_label = (location.path or location.name) if location is not None else None
        summary = _summary(photo, len(links))
    names = record_refs.labels(store, [(t, i) for t, i, _ in links])
    refs = tuple(
        (RecordRef(t, i, names.get((t, i), t)), role) for t, i, role in links if (t, i) in names
    )
    camera = " ".join(p for p in (photo.camera_make, photo.camera_model) if p) or None
    gps = None
    if photo.gps_lat is not None and photo.gps_lon is not None:
        gps = (photo.gps_lat, photo.gps_lon, photo.gps_alt)
    return PhotoDetails(
        summary=summary,
        project_id=photo.project_id,
        mime=photo.mime,
        size_bytes=photo.size_bytes,
        camera=camera,
        orientation=photo.orientation,
        gps=gps,
        location_label=location_label,
        links=refs,
    )


def linked_records(store: Store, project_id: str) -> list[RecordRef]:
    """Records of the project that have photos, for a "record" filter, by label."""
    with store.read() as s:
        keys = list(
            s.execute(
                select(PhotoLink.record_type, PhotoLink.record_id)
                .where(PhotoLink.project_id == project_id, PhotoLink.deleted_at.is_(None))
                .distinct()
            )
        )
    names = record_refs.labels(store, [(t, i) for t, i in keys])
    return sorted(
        (RecordRef(t, i, label) for (t, i), label in names.items()), key=lambda r: r.label
    )


def locations(store: Store, project_id: str) -> list[tuple[str, str]]:
    """(id, "Building A › Level 2") of the project's locations, for a location filter."""
    with store.read() as s:
        rows = s.execute(
            select(Location.id, Location.path, Location.name)
            .where(Location.project_id == project_id, Location.deleted_at.is_(None))
            .order_by(Location.path, Location.name)
        )
        return [(rid, path or name) for rid, path, name in rows]


def before_and_after(store: Store, record_type: str, record_id: str) -> tuple[str, str] | None:
    """Photo ids to show side by side for a re-inspected record: the link marked
    ``before`` (else the earliest photo) and the one marked ``after`` (else the latest)."""
    with store.read() as s:
        rows = list(
            s.execute(
                select(Photo.id, PhotoLink.role)
                .join(PhotoLink, _LIVE_LINK)
                .where(
                    PhotoLink.record_type == record_type,
                    PhotoLink.record_id == record_id,
                    Photo.deleted_at.is_(None),
                )
                .order_by(func.coalesce(Photo.captured_at, Photo.created_at), Photo.id)
            )
        )
    if len(rows) < 2:
        return None
    before = next((pid for pid, role in rows if role == "before"), rows[0][0])
    after = next((pid for pid, role in reversed(rows) if role == "after"), rows[-1][0])
    if before == after:
        after = rows[-1][0] if before != rows[-1][0] else rows[0][0]
    return before, after
