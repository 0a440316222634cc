"""Taking photos off a record again, and putting them back: the undo and redo of adding
photos to a record (a drop, a paste, "Add photos…").

An add made links (new, or put back) and perhaps brought new photos into the library.
:func:`unlink_photos` tombstones those links (``deleted_at``, synced as any change) and
takes out of the library each photo the add brought in that nothing links any more; a
photo the library had before, or that another record shows, stays. The original file
stays in the blob store (content-addressed and shared: the same bytes may be another
project's photo), so :func:`relink_photos` puts the very same rows back."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from sqlalchemy import select

from executrek.models.base import utcnow
from executrek.models.common import Photo, PhotoLink
from executrek.models.services.common import Done
from executrek.models.store import Store


@dataclass(frozen=True)
class Unlinked:
    """What :func:`unlink_photos` took away: the links, and the photos taken out of the
    library with them."""

    links: tuple[str, ...]
    photos: tuple[str, ...]


def unlink_photos(
    store: Store, link_ids: Collection[str], added_photo_ids: Collection[str] = ()
) -> Done[Unlinked]:
    """Take the links ``link_ids`` off their records; each of ``added_photo_ids`` (the
    photos the add brought into the library) that no record shows any more leaves the
    library too. Links and photos already gone are left as they are."""
    with store.transaction() as (s, changes):
        now = utcnow()
        links = list(
            s.scalars(
                select(PhotoLink).where(
                    PhotoLink.id.in_(sorted(set(link_ids))), PhotoLink.deleted_at.is_(None)
                )
            )
        )
        for link in links:
            link.deleted_at = now
        s.flush()
        removed: list[str] = []
        for photo_id in sorted(set(added_photo_ids)):
            photo = s.get(Photo, photo_id)
            if photo is None or photo.deleted_at is not None:
                continue
            shown = s.scalar(
                select(PhotoLink.id)
                .where(PhotoLink.photo_id == photo_id, PhotoLink.deleted_at.is_(None))
                .limit(1)
            )
            if shown is None:
                photo.deleted_at = now
                removed.append(photo_id)
    return Done(Unlinked(tuple(sorted(link.id for link in links)), tuple(removed)), changes)


def relink_photos(store: Store, unlinked: Unlinked) -> Done[None]:
    """Put back what :func:`unlink_photos` took away: the photos into the library, the
    links onto their records."""
    with store.transaction() as (s, changes):
        for photo_id in unlinked.photos:
            photo = s.get(Photo, photo_id)
            if photo is not None and photo.deleted_at is not None:
                photo.deleted_at = None
        for link in s.scalars(select(PhotoLink).where(PhotoLink.id.in_(unlinked.links))):
            if link.deleted_at is not None:
                link.deleted_at = None
    return Done(None, changes)
