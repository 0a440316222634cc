"""Photos in verified, idempotent chunks (resume re-sends at most one, one copy for two
laptops); originals on demand; revoked membership with pending edits."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from test_sync_faults import pending
from test_sync_roundtrip import new_project

from executrek.app.photos.blobstore import BlobStore
from executrek.app.sync_service import BlobStoreAccess
from executrek.models.records.punch import service as punch
from executrek.models.records.punch.model import PunchItem
from executrek.models.services import records
from executrek.models.store import Store
from executrek.models.sync_local import SyncQuarantine
from executrek.sync import admin
from executrek.sync.engine import fetch_blob, sync_once

pytestmark = pytest.mark.postgres

CHUNK = 1 << 20


def add_photo(store: Store, blobs: BlobStore, pid: str, data: bytes) -> str:
    put = blobs.put_bytes(data)
    records.add_photo(
        store,
        pid,
        records.NewPhoto(
            sha256=put.sha256, filename="site.jpg", mime="image/jpeg", size_bytes=len(data)
        ),
    )
    return put.sha256


def test_photo_cut_mid_chunk_resumes_with_at_most_one_chunk_and_dedupes(
    central: Any, make_laptop: Any, proxy: Any, tmp_path: Path, h: Any
) -> None:
    login = central.add_user("photo")
    a, b = make_laptop("a"), make_laptop("b")
    blobs_a, blobs_b = BlobStore(tmp_path / "blobs_a"), BlobStore(tmp_path / "blobs_b")
    pid = new_project(a, "PHOTO")
    data = os.urandom(int(3.5 * CHUNK))
    digest = add_photo(a, blobs_a, pid, data)
    # Cut while the third chunk is on the wire.
    proxy.arm(b"sync_blob_chunk", "half", 3)
    first = sync_once(a, central.creds(login, port=proxy.port), BlobStoreAccess(blobs_a))
    assert not first.ok and first.bytes_sent == 2 * CHUNK
    assert central.sql(
        "SELECT count(*) FROM pmo.records WHERE tbl = 'photos' AND project_id = %s", (pid,)
    ) == [(0,)]
    second = sync_once(a, central.creds(login), BlobStoreAccess(blobs_a))
    assert second.ok, second.errors
    resent = first.bytes_sent + second.bytes_sent - len(data)
    assert 0 <= resent <= CHUNK
    assert central.sql("SELECT complete, size FROM pmo.blobs WHERE sha256 = %s", (digest,)) == [
        (True, len(data))
    ]
    # Laptop B has the same photo in its own project: the blob is not sent again.
    assert sync_once(b, central.creds(login), BlobStoreAccess(blobs_b)).ok
    assert not blobs_b.has(digest)  # big originals come on demand
    pid_b = new_project(b, "PHOTO-B")
    blobs_b.put_bytes(data)
    records.add_photo(
        b,
        pid_b,
        records.NewPhoto(
            sha256=digest, filename="same.jpg", mime="image/jpeg", size_bytes=len(data)
        ),
    )
    again = sync_once(b, central.creds(login), BlobStoreAccess(blobs_b))
    assert again.ok and again.bytes_sent == 0
    assert central.sql("SELECT count(*) FROM pmo.blob_chunks WHERE sha256 = %s", (digest,)) == [
        (4,)
    ]
    # A fresh laptop fetches the original on demand, verified.
    c, blobs_c = make_laptop("c"), BlobStore(tmp_path / "blobs_c")
    assert sync_once(c, central.creds(login), BlobStoreAccess(blobs_c)).ok
    assert fetch_blob(central.creds(login), BlobStoreAccess(blobs_c), digest)
    assert blobs_c.verify(digest)
    assert sync_once(a, central.creds(login), BlobStoreAccess(blobs_a)).ok
    assert sync_once(c, central.creds(login), BlobStoreAccess(blobs_c)).ok
    h.assert_equal(central, login, a, b, c)


def test_small_photos_come_down_eagerly(central: Any, make_laptop: Any, tmp_path: Path) -> None:
    login = central.add_user("thumbs")
    a, b = make_laptop("a"), make_laptop("b")
    blobs_a, blobs_b = BlobStore(tmp_path / "ba"), BlobStore(tmp_path / "bb")
    pid = new_project(a, "THUMB")
    digest = add_photo(a, blobs_a, pid, os.urandom(20_000))
    assert sync_once(a, central.creds(login), BlobStoreAccess(blobs_a)).ok
    report = sync_once(b, central.creds(login), BlobStoreAccess(blobs_b))
    assert report.ok and report.photos_received == 1 and blobs_b.verify(digest)


def test_revoked_membership_keeps_pending_edits(central: Any, make_laptop: Any) -> None:
    owner = central.add_user("owner")
    rep = central.add_user("rep")
    a, b = make_laptop("a"), make_laptop("b")
    pid = new_project(a, "REVOKE")
    iid = punch.create_punch_item(a, pid, punch.NewPunchItem(title="Before")).value.id
    assert sync_once(a, central.creds(owner)).ok
    admin.grant(central.admin, rep, "REVOKE")
    assert sync_once(b, central.creds(rep)).ok
    punch.update_punch_item(b, iid, title="Edited offline")
    admin.revoke(central.admin, rep, "REVOKE")
    report = sync_once(b, central.creds(rep))
    assert not report.ok
    assert report.quarantined and "no membership" in report.quarantined[0]
    assert report.revoked == ["REVOKE"] and report.notices
    # Kept on the laptop (the row and the refused change) and on the server for the PMO.
    with b.read() as s:
        held = s.scalar(select(func.count()).select_from(SyncQuarantine))
        assert held == len(report.quarantined) >= 1
    assert pending(b) == 0
    with b.read() as s:
        assert s.get(PunchItem, iid).title == "Edited offline"  # type: ignore[union-attr]
    kept = central.sql(
        "SELECT reason, mutation->'patch'->'title'->>1 FROM pmo.quarantine WHERE login = %s AND mutation->>'table' = 'punch_items'",
        (rep,),
    )
    assert kept == [("no membership", "Edited offline")]
    assert admin.status(central.admin).quarantined >= 1
    assert central.sql("SELECT data->>'title' FROM pmo.records WHERE id = %s", (iid,)) == [
        ("Before",)
    ]
