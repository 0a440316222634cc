"""Refused changes never get stuck: kept and visible on the laptop (a pull does not
overwrite them), sent again once the membership is back or when the person asks,
discarded with the server's values put back, and the PMO's re-apply/discard reaches the
laptop. The server's waiting list only holds what still waits."""

from __future__ import annotations

import logging
import uuid
from typing import Any

import psycopg
import pytest
from test_sync_roundtrip import item, new_project, outbox_len

from executrek.models.records.punch import service as punch
from executrek.models.store import Store
from executrek.sync import admin, admin_records, refused
from executrek.sync.connection import connect
from executrek.sync.engine import sync_once

pytestmark = pytest.mark.postgres


def team(
    central: Any, make_laptop: Any, code: str, role: str = "field"
) -> tuple[str, str, Store, Store, str, str]:
    """An owner on laptop A with a project and one item; a colleague on laptop B."""
    tag = code.lower()
    owner = central.add_user(f"{tag}o")
    rep = central.add_user(f"{tag}r", creator=False)
    a, b = make_laptop("a"), make_laptop("b")
    pid = new_project(a, code)
    iid = punch.create_punch_item(
        a, pid, punch.NewPunchItem(title="Before", description="Original")
    ).value.id
    assert sync_once(a, central.creds(owner)).ok
    admin.grant(central.admin, rep, code, role)
    assert sync_once(b, central.creds(rep)).ok
    return owner, rep, a, b, pid, iid


def server_row(central: Any, row_id: str) -> dict[str, Any] | None:
    rows = central.sql("SELECT data FROM pmo.records WHERE id = %s", (row_id,))
    return rows[0][0] if rows else None


def waiting(central: Any, login: str) -> int:
    return int(central.sql("SELECT count(*) FROM pmo.quarantine WHERE login = %s", (login,))[0][0])


def outcomes(central: Any, login: str) -> dict[str, int]:
    return dict(
        central.sql(
            "SELECT outcome, count(*) FROM pmo.quarantine_done WHERE login = %s GROUP BY 1",
            (login,),
        )
    )


def test_refused_while_revoked_are_sent_again_after_the_grant(
    central: Any, make_laptop: Any, h: Any
) -> None:
    owner, rep, a, b, pid, iid = team(central, make_laptop, "REGRANT")
    admin.revoke(central.admin, rep, "REGRANT")
    punch.update_punch_item(b, iid, description="Edited while revoked")
    new = punch.create_punch_item(b, pid, punch.NewPunchItem(title="Made while revoked")).value
    first = sync_once(b, central.creds(rep))
    assert not first.ok and first.revoked == ["REGRANT"]
    held = refused.list_held(b)
    assert {("punch_items", iid), ("punch_items", new.id)} <= {
        (c.table_name, c.row_id) for c in held
    }
    assert all(c.reason == "no membership" for c in held)
    assert outbox_len(b) == 0 and waiting(central, rep) == len(held)
    assert server_row(central, new.id) is None

    # Meanwhile the owner renames the item: the pull brings that, and must not undo the
    # refused description on laptop B.
    punch.update_punch_item(a, iid, title="Renamed by the owner")
    assert sync_once(a, central.creds(owner)).ok
    admin.grant(central.admin, rep, "REGRANT")
    again = sync_once(b, central.creds(rep))
    assert again.ok, again.errors
    assert again.resent == len(held) and any("sent again" in n for n in again.notices)

    row = server_row(central, iid)
    assert row is not None
    assert (row["title"], row["description"]) == ("Renamed by the owner", "Edited while revoked")
    made = server_row(central, new.id)
    assert made is not None and made["title"] == "Made while revoked"
    got = item(b, iid)
    assert (got.title, got.description) == ("Renamed by the owner", "Edited while revoked")
    assert refused.list_held(b) == []
    assert waiting(central, rep) == 0 and outcomes(central, rep) == {"resent": len(held)}
    assert sync_once(a, central.creds(owner)).ok
    assert item(a, iid).description == "Edited while revoked"
    h.assert_equal(central, rep, a, b)


def test_resent_changes_go_before_newer_ones_of_the_same_record(
    central: Any, make_laptop: Any
) -> None:
    _owner, rep, _a, b, pid, _iid = team(central, make_laptop, "ORDER")
    admin.revoke(central.admin, rep, "ORDER")
    new = punch.create_punch_item(b, pid, punch.NewPunchItem(title="First")).value
    assert sync_once(b, central.creds(rep)).quarantined
    admin.grant(central.admin, rep, "ORDER")
    # An edit of the refused new item, made before the sync that sends both.
    punch.update_punch_item(b, new.id, title="Second")
    report = sync_once(b, central.creds(rep))
    assert report.ok, report.errors
    row = server_row(central, new.id)
    assert row is not None and row["title"] == "Second"
    assert not central.sql(
        "SELECT 1 FROM pmo.records WHERE tbl = '_conflicts' AND data->>'row_id' = %s",
        (new.id,),
    )
    issued = central.sql("SELECT last_seq FROM pmo.devices WHERE device_id = %s", (b.device_id,))
    with b.read() as s:
        raw = s.connection().connection.driver_connection
        top = raw.execute("SELECT seq FROM sqlite_sequence WHERE name = 'outbox'").fetchone()
    assert issued == [(top[0],)]  # numbers continue without a gap or a repeat


def test_a_refused_field_survives_pulls_until_discarded(
    central: Any, make_laptop: Any, h: Any, caplog: pytest.LogCaptureFixture
) -> None:
    owner, rep, a, b, _pid, iid = team(central, make_laptop, "KEEP", role="viewer")
    punch.update_punch_item(b, iid, description="Viewer's note")
    first = sync_once(b, central.creds(rep))
    assert first.quarantined and "read-only" in first.quarantined[0]
    punch.update_punch_item(a, iid, title="Owner's title", description="Owner's text")
    assert sync_once(a, central.creds(owner)).ok
    second = sync_once(b, central.creds(rep))
    assert second.resent == 0  # a grant does not cure "read-only": the person decides
    got = item(b, iid)
    assert (got.title, got.description) == ("Owner's title", "Viewer's note")
    held = refused.list_held(b)
    edit = next(c for c in held if c.table_name == "punch_items")
    assert edit.fields == ("description",)

    with caplog.at_level(logging.INFO, logger="executrek.sync"):
        for change in held:
            refused.discard(b, change.seq)
    assert "Viewer's note" in caplog.text  # a copy of what was thrown away
    assert item(b, iid).description == "Owner's text"  # the central value is back
    assert refused.list_held(b) == []
    assert sync_once(b, central.creds(rep)).ok
    assert waiting(central, rep) == 0 and outcomes(central, rep) == {"discarded": len(held)}
    h.assert_equal(central, rep, b)


def test_send_again_after_the_role_was_changed(central: Any, make_laptop: Any) -> None:
    _owner, rep, _a, b, _pid, iid = team(central, make_laptop, "ROLE", role="viewer")
    punch.update_punch_item(b, iid, description="Needs a field role")
    assert sync_once(b, central.creds(rep)).quarantined
    admin.grant(central.admin, rep, "ROLE", "field")
    assert sync_once(b, central.creds(rep)).resent == 0  # not by itself
    assert refused.mark_resend(b) == len(refused.list_held(b)) >= 1
    assert all(c.resend for c in refused.list_held(b))
    report = sync_once(b, central.creds(rep))
    assert report.ok and report.resent >= 1, report.errors
    row = server_row(central, iid)
    assert row is not None and row["description"] == "Needs a field role"
    assert refused.list_held(b) == [] and waiting(central, rep) == 0


def test_the_pmo_reapplies_or_discards_and_the_laptop_follows(
    central: Any, make_laptop: Any, h: Any
) -> None:
    owner, rep, a, b, pid, iid = team(central, make_laptop, "PMOQ", role="viewer")
    other = punch.create_punch_item(a, pid, punch.NewPunchItem(title="Other")).value.id
    assert sync_once(a, central.creds(owner)).ok
    assert sync_once(b, central.creds(rep)).ok
    punch.update_punch_item(b, iid, description="Keep this")
    punch.update_punch_item(b, other, description="Drop this")
    assert sync_once(b, central.creds(rep)).quarantined
    listed = admin_records.list_refused(central.admin, login=rep)
    assert {(c.row_id, c.reason.startswith("read-only")) for c in listed} >= {
        (iid, True),
        (other, True),
    }
    keep = next(c for c in listed if c.row_id == iid and c.table_name == "punch_items")
    drop = [c.id for c in listed if c.id != keep.id]
    shown = admin_records.show_refused(central.admin, keep.id)
    assert shown.mutation is not None
    assert shown.mutation["patch"]["description"] == ["Original", "Keep this"]

    # Still a viewer: re-applying says why not and changes nothing.
    still = admin_records.reapply(central.admin, [keep.id])
    assert still.applied == [] and "read-only" in still.still_refused[keep.id]
    admin.grant(central.admin, rep, "PMOQ", "field")
    assert admin_records.reapply(central.admin, [keep.id]).applied == [keep.id]
    assert admin_records.discard(central.admin, drop, "not wanted") == len(drop)
    assert admin_records.list_refused(central.admin, login=rep) == []
    assert admin_records.show_refused(central.admin, keep.id).outcome == "reapplied"

    report = sync_once(b, central.creds(rep))
    assert report.ok, report.errors
    assert any("applied" in n for n in report.notices)
    assert refused.list_held(b) == []
    assert item(b, iid).description == "Keep this"
    assert item(b, other).description is None  # the central value is back
    row = server_row(central, iid)
    assert row is not None and row["description"] == "Keep this"
    h.assert_equal(central, rep, b)


def test_a_login_closes_only_its_own_devices_refused_changes(
    central: Any, make_laptop: Any
) -> None:
    _owner, rep, _a, b, _pid, iid = team(central, make_laptop, "MINE", role="viewer")
    punch.update_punch_item(b, iid, description="Refused")
    assert sync_once(b, central.creds(rep)).quarantined
    mallory = central.add_user("mallory_q", creator=False)
    seqs = [c.seq for c in refused.list_held(b)]
    with connect(central.creds(mallory)) as conn:
        conn.execute("SELECT pmo.sync_hello(%s, 3)", (str(uuid.uuid4()),))
        for device in (b.device_id, str(uuid.uuid4())):
            row = conn.execute(
                "SELECT pmo.sync_quarantine_close(%s, %s, 'discarded')", (device, seqs)
            ).fetchone()
            assert row == (0,)
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("SELECT pmo._quarantine_close(ARRAY[1]::bigint[], 'x', 'y', NULL)")
        conn.rollback()
        assert conn.execute("SELECT count(*) FROM pmo.quarantine").fetchone() == (0,)
    assert waiting(central, rep) == len(seqs)
