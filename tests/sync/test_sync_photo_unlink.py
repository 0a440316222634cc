"""Undoing a photo add syncs as any change: the link (and the photo the add brought in)
arrive tombstoned on the central database and on the colleague's laptop; redo brings the
same rows back everywhere."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from test_sync_roundtrip import new_project

from executrek.app.photos.blobstore import BlobStore
from executrek.app.sync_service import BlobStoreAccess
from executrek.models.common import Photo, PhotoLink
from executrek.models.records.punch import service as punch
from executrek.models.services import records
from executrek.models.services.photo_unlink import relink_photos, unlink_photos
from executrek.models.store import Store
from executrek.sync import admin
from executrek.sync.engine import sync_once

pytestmark = pytest.mark.postgres


def _live(store: Store, item_id: str) -> list[str]:
    """The photos the punch item shows on this laptop."""
    return [p.filename for p in records.photos_of(store, "punch_item", item_id)]


def _tombstoned(central: Any, link: str, photo: str) -> list[tuple[str, bool]]:
    """Whether the central database has the link and the photo tombstoned."""
    return list(
        central.sql(
            "SELECT tbl, deleted FROM pmo.records WHERE id IN (%s, %s) ORDER BY tbl",
            (link, photo),
        )
    )


def test_undo_and_redo_of_a_photo_add_reach_the_server_and_the_colleague(
    central: Any, make_laptop: Any, tmp_path: Path
) -> None:
    login = central.add_user("una")
    colleague = central.add_user("unacol", creator=False)
    a, b = make_laptop("a"), make_laptop("b")
    blobs_a, blobs_b = BlobStore(tmp_path / "blobs_a"), BlobStore(tmp_path / "blobs_b")
    pid = new_project(a, "UNL")
    iid = punch.create_punch_item(a, pid, punch.NewPunchItem(title="Crack")).value.id
    data = os.urandom(2048)
    put = blobs_a.put_bytes(data)
    done = records.add_photo(
        a,
        pid,
        records.NewPhoto(
            sha256=put.sha256, filename="crack.jpg", mime="image/jpeg", size_bytes=len(data)
        ),
        attach_to=("punch_item", iid),
    )
    photo, created = done.value
    assert created
    (link,) = done.changes.created["photo_links"]
    assert sync_once(a, central.creds(login), BlobStoreAccess(blobs_a)).ok
    admin.grant(central.admin, colleague, "UNL")
    assert sync_once(b, central.creds(colleague), BlobStoreAccess(blobs_b)).ok
    assert _live(b, iid) == ["crack.jpg"]

    undone = unlink_photos(a, {link}, {photo.id}).value
    assert undone.photos == (photo.id,)
    assert sync_once(a, central.creds(login), BlobStoreAccess(blobs_a)).ok
    assert _tombstoned(central, link, photo.id) == [("photo_links", True), ("photos", True)]
    assert sync_once(b, central.creds(colleague), BlobStoreAccess(blobs_b)).ok
    assert _live(b, iid) == []

    relink_photos(a, undone)
    assert sync_once(a, central.creds(login), BlobStoreAccess(blobs_a)).ok
    assert _tombstoned(central, link, photo.id) == [("photo_links", False), ("photos", False)]
    assert sync_once(b, central.creds(colleague), BlobStoreAccess(blobs_b)).ok
    assert _live(b, iid) == ["crack.jpg"]
    with b.read() as s:
        assert s.scalar(select(PhotoLink.id).where(PhotoLink.deleted_at.is_(None))) == link
        assert s.scalar(select(Photo.id).where(Photo.deleted_at.is_(None))) == photo.id
