"""A PMO delete reaches the laptops: ``central purge`` tombstones the record and the
records of its project that refer to it; laptops apply it at their next pull."""

from __future__ import annotations

from typing import Any

import pytest
from test_sync_roundtrip import item, new_project

from executrek.models.records.punch import service as punch
from executrek.sync import admin, admin_records
from executrek.sync.admin import AdminError
from executrek.sync.engine import sync_once

pytestmark = pytest.mark.postgres


def test_purge_by_number_and_by_id_reaches_every_laptop(
    central: Any, make_laptop: Any, h: Any
) -> None:
    ann = central.add_user("purgea")
    bob = central.add_user("purgeb", creator=False)
    a, b = make_laptop("a"), make_laptop("b")
    pid = new_project(a, "PURGE")
    gone = punch.create_punch_item(a, pid, punch.NewPunchItem(title="Entered by mistake")).value
    punch.change_status(a, gone.id, "ready_for_review")
    stays = punch.create_punch_item(a, pid, punch.NewPunchItem(title="Real")).value
    by_id = punch.create_punch_item(a, pid, punch.NewPunchItem(title="Also wrong")).value
    assert sync_once(a, central.creds(ann)).ok
    admin.grant(central.admin, bob, "PURGE")
    assert sync_once(b, central.creds(bob)).ok
    assert item(b, gone.id).deleted_at is None

    done = admin_records.purge(central.admin, "PURGE", number=f"PI-{gone.number:04d}")
    assert done.rows[0] == ("punch_items", gone.id)
    children = {t for t, _i in done.rows[1:]}
    assert "punch_status_events" in children  # what belongs to it goes with it
    assert admin_records.purge(central.admin, "PURGE", row_id=by_id.id).rows[0][1] == by_id.id
    # Purging again changes nothing.
    assert admin_records.purge(central.admin, "PURGE", row_id=by_id.id).rows == []

    for st, who in ((a, ann), (b, bob)):
        assert sync_once(st, central.creds(who)).ok
        assert item(st, gone.id).deleted_at is not None
        assert item(st, by_id.id).deleted_at is not None
        assert item(st, stays.id).deleted_at is None
    flags = dict(
        central.sql(
            "SELECT id::text, deleted FROM pmo.records WHERE id IN (%s, %s, %s)",
            (gone.id, stays.id, by_id.id),
        )
    )
    assert flags == {gone.id: True, stays.id: False, by_id.id: True}
    h.assert_equal(central, ann, a, b)


def test_purge_refuses_unknown_records_and_projects(central: Any, make_laptop: Any) -> None:
    login = central.add_user("purgex")
    a = make_laptop("a")
    pid = new_project(a, "PURGEX")
    assert sync_once(a, central.creds(login)).ok
    with pytest.raises(AdminError, match="not a record number"):
        admin_records.purge(central.admin, "PURGEX", number="hello")
    with pytest.raises(AdminError, match="No record PI-0099"):
        admin_records.purge(central.admin, "PURGEX", number="PI-0099")
    with pytest.raises(AdminError, match="cannot be purged"):
        admin_records.purge(central.admin, "PURGEX", row_id=pid)
    with pytest.raises(AdminError, match="No project"):
        admin_records.purge(central.admin, "NOPE", number="PI-0001")
