"""Drawings through the real central database: sheets, revisions and pins sync like any
row, the drawing file's original travels as a verified blob, and a drawing row is only
accepted once its blob is complete (server migration 0002)."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from test_sync_faults import pending
from test_sync_roundtrip import new_project

from executrek.app.drawings.importer import DrawingImporter
from executrek.app.drawings.sample import floor_plan_pdf
from executrek.app.photos.blobstore import BlobStore
from executrek.app.sync_service import BlobStoreAccess
from executrek.models.records.drawing import service as drawings
from executrek.models.records.punch import service as punch
from executrek.sync import admin
from executrek.sync.connection import connect
from executrek.sync.engine import sync_once

pytestmark = pytest.mark.postgres


def _sync_until(store: Any, creds: Any, blobs: BlobStore, arrived: Callable[[], bool]) -> None:
    """Sync until ``arrived()``: a pull only reads rows below the server's transaction
    horizon, which is cluster-wide, so a long transaction of another database on the same
    server (other test runs) can hold a fresh row back for a moment."""
    for attempt in range(20):
        report = sync_once(store, creds, BlobStoreAccess(blobs))
        assert report.ok, report.errors
        if arrived():
            return
        time.sleep(0.1 * (attempt + 1))
    raise AssertionError("the change did not arrive")


def _readable_blobs(central: Any, login: str, sha: str) -> int:
    with connect(central.creds(login)) as conn:
        row = conn.execute("SELECT count(*) FROM pmo.blobs WHERE sha256 = %s", (sha,)).fetchone()
        return int(row[0]) if row else 0


def test_sheet_blob_and_pins_round_trip_between_two_laptops(
    central: Any, make_laptop: Any, tmp_path: Path, h: Any
) -> None:
    login = central.add_user("draw")
    a, b = make_laptop("a"), make_laptop("b")
    blobs_a, blobs_b = BlobStore(tmp_path / "blobs_a"), BlobStore(tmp_path / "blobs_b")
    pid = new_project(a, "DRAW")
    src = tmp_path / "A-101_Ground Floor Plan_Rev A.pdf"
    floor_plan_pdf(src, size="A1", seed=5)
    imported = DrawingImporter(a, blobs_a).import_paths(pid, [src])
    (reg,) = imported.registered
    item, pin = drawings.create_punch_item_with_pin(
        a, reg.revision_id, 0.25, 0.5, punch.NewPunchItem(title="Door closer missing")
    ).value

    first = sync_once(a, central.creds(login), BlobStoreAccess(blobs_a))
    assert first.ok, first.errors
    assert first.photos_sent == 1 and pending(a) == 0
    _sync_until(b, central.creds(login), blobs_b, lambda: bool(drawings.list_sheets(b, pid)))

    (sheet,) = drawings.list_sheets(b, pid)
    assert (sheet.sheet_number, sheet.title, sheet.revision) == ("A-101", "Ground Floor Plan", "A")
    # The original came down with the sync (drawings are needed offline), verified.
    assert sheet.sha256 == imported.lines[0].sha256 and sheet.sha256 is not None
    assert blobs_b.verify(sheet.sha256)
    assert blobs_b.path_for(sheet.sha256).read_bytes() == src.read_bytes()
    (on_b,) = drawings.list_pins(b, reg.revision_id)
    assert (on_b.id, on_b.target_id, on_b.x, on_b.y) == (pin.id, item.id, 0.25, 0.5)
    assert on_b.number == "PI-0001" and on_b.title == "Door closer missing"

    # B moves the pin; A sees it after both synced.
    drawings.move_pin(b, pin.id, 0.75, 0.125)
    assert sync_once(b, central.creds(login), BlobStoreAccess(blobs_b)).ok
    _sync_until(
        a,
        central.creds(login),
        blobs_a,
        lambda: [(p.x, p.y) for p in drawings.list_pins(a, reg.revision_id)] == [(0.75, 0.125)],
    )

    # A new revision on A carries the pin; B gets the revision, its file and the pin.
    rev_b = tmp_path / "A-101_Ground Floor Plan_Rev B.pdf"
    floor_plan_pdf(rev_b, size="A1", seed=5, revision="B")
    (new_rev,) = DrawingImporter(a, blobs_a).import_paths(pid, [rev_b]).registered
    assert new_rev.outcome == "new_revision" and new_rev.pins_carried == 1
    assert sync_once(a, central.creds(login), BlobStoreAccess(blobs_a)).ok
    _sync_until(
        b, central.creds(login), blobs_b, lambda: drawings.get_sheet(b, sheet.id).revision == "B"
    )
    row = drawings.get_sheet(b, sheet.id)
    assert (row.revision, row.revision_count, row.pin_count) == ("B", 2, 1)
    assert row.sha256 is not None and blobs_b.verify(row.sha256)
    assert [p.target_id for p in drawings.list_pins(b, new_rev.revision_id)] == [item.id]
    assert [(w.sheet_number, w.revision) for w in drawings.pins_for_item(b, "punch", item.id)] == [
        ("A-101", "B")
    ]
    h.assert_equal(central, login, a, b)


def test_drawing_row_waits_for_its_blob_and_members_may_read_it(
    central: Any, make_laptop: Any, tmp_path: Path
) -> None:
    applied = central.sql("SELECT version_num FROM pmo.alembic_version")[0][0]
    assert applied >= "0002_drawing_blobs"  # revisions are numbered in order
    owner = central.add_user("downer")
    colleague = central.add_user("dcolleague")
    outsider = central.add_user("doutsider")
    a = make_laptop("a")
    blobs_a = BlobStore(tmp_path / "blobs_a")
    pid = new_project(a, "DBLOB")
    src = tmp_path / "S201 - Foundations - P02.pdf"
    floor_plan_pdf(src, size="A1", seed=9)
    (line,) = DrawingImporter(a, blobs_a).import_paths(pid, [src]).lines
    assert line.sha256 is not None

    # Without access to the laptop's blob store the drawing row cannot be sent: the
    # server asks for the blob first and keeps nothing of the drawing meanwhile.
    refused = sync_once(a, central.creds(owner), None)
    assert not refused.ok and pending(a) > 0
    assert central.sql(
        "SELECT count(*) FROM pmo.records WHERE tbl = 'drawing_files' AND project_id = %s", (pid,)
    ) == [(0,)]
    done = sync_once(a, central.creds(owner), BlobStoreAccess(blobs_a))
    assert done.ok, done.errors
    assert central.sql(
        "SELECT count(*) FROM pmo.records WHERE tbl = 'drawing_files' AND project_id = %s", (pid,)
    ) == [(1,)]

    # A project member who did not upload it may read the drawing's blob; others may not.
    admin.grant(central.admin, colleague, "DBLOB")
    assert _readable_blobs(central, colleague, line.sha256) == 1
    assert _readable_blobs(central, outsider, line.sha256) == 0
    c = make_laptop("c")
    blobs_c = BlobStore(tmp_path / "blobs_c")
    _sync_until(c, central.creds(colleague), blobs_c, lambda: bool(drawings.list_sheets(c, pid)))
    assert blobs_c.verify(line.sha256)
    assert [r.sheet_number for r in drawings.list_sheets(c, pid)] == ["S201"]
