"""A laptop clock two days ahead: the sync is refused with the clock message; once the
clock is right again the next sync goes through with nothing lost, and the logical clock
(``device_state.hlc_last``) is back near the server's time."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from sqlalchemy import select
from test_sync_roundtrip import item, new_project, outbox_len

from executrek.models import clock
from executrek.models.ids import HLCStamp
from executrek.models.local import DeviceState, Outbox
from executrek.models.migrate import open_store
from executrek.models.records.punch import service as punch
from executrek.sync.engine import sync_once

pytestmark = pytest.mark.postgres

TOLERANCE_MS = 600_000


def server_ms(central: Any) -> int:
    return int(central.sql("SELECT (extract(epoch FROM clock_timestamp()) * 1000)::bigint")[0][0])


def stored_clock_ms(store: Any) -> int:
    with store.read() as s:
        state = s.get(DeviceState, 1)
        assert state is not None and state.hlc_last
        return HLCStamp.decode(state.hlc_last).wall_ms


def test_clock_two_days_ahead_is_refused_then_syncs_once_right_again(
    central: Any, make_laptop: Any, h: Any
) -> None:
    login = central.add_user("skew")
    a = make_laptop("a")
    pid = new_project(a, "SKEW")
    before = punch.create_punch_item(a, pid, punch.NewPunchItem(title="Before")).value.id
    assert sync_once(a, central.creds(login)).ok

    with clock.pinned(clock.now() + dt.timedelta(days=2)):
        made = punch.create_punch_item(a, pid, punch.NewPunchItem(title="Made ahead")).value.id
        punch.update_punch_item(a, before, description="Edited ahead")
        refused = sync_once(a, central.creds(login))
        assert refused.error_kind == "clock" and not refused.ok
        assert "clock is ahead" in refused.errors[0]
        waiting = outbox_len(a)
        assert waiting > 0
    assert stored_clock_ms(a) > server_ms(central) + dt.timedelta(days=1).total_seconds() * 1000

    # The clock is right again. An edit made now is still stamped by the stored clock
    # (two days ahead); the next sync must go through anyway.
    punch.update_punch_item(a, made, title="Made ahead, fixed after")
    with a.read() as s:
        stamps = list(s.scalars(select(Outbox.hlc).order_by(Outbox.seq)))
    assert max(HLCStamp.decode(x).wall_ms for x in stamps) > server_ms(central) + TOLERANCE_MS
    report = sync_once(a, central.creds(login))
    assert report.ok, report.errors
    assert outbox_len(a) == 0 and report.pushed >= waiting

    # Nothing lost: both edits and the new item are on the server, and on the laptop.
    rows = dict(
        central.sql("SELECT id::text, data FROM pmo.records WHERE id IN (%s, %s)", (before, made))
    )
    assert rows[before]["description"] == "Edited ahead"
    assert rows[made]["title"] == "Made ahead, fixed after"
    assert item(a, before).description == "Edited ahead"
    assert not central.sql("SELECT 1 FROM pmo.quarantine WHERE login = %s", (login,))

    # The logical clock is back near the server's time, stored, and stays there.
    now_ms = server_ms(central)
    assert stored_clock_ms(a) <= now_ms + TOLERANCE_MS
    assert a.clock.last.wall_ms <= now_ms + TOLERANCE_MS
    punch.update_punch_item(a, before, title="Later")
    again = sync_once(a, central.creds(login))
    assert again.ok, again.errors
    assert central.sql("SELECT data->>'title' FROM pmo.records WHERE id = %s", (before,)) == [
        ("Later",)
    ]
    h.assert_equal(central, login, a)


def test_the_bounded_clock_survives_reopening_the_store(
    central: Any, make_laptop: Any, tmp_path: Any
) -> None:
    login = central.add_user("reopen")
    a = make_laptop("r")
    pid = new_project(a, "REOPEN")
    with clock.pinned(clock.now() + dt.timedelta(days=2)):
        punch.create_punch_item(a, pid, punch.NewPunchItem(title="Ahead"))
        assert sync_once(a, central.creds(login)).error_kind == "clock"
    assert sync_once(a, central.creds(login)).ok
    a.close()
    again = open_store(tmp_path / "r")
    try:
        assert again.clock.last.wall_ms <= server_ms(central) + TOLERANCE_MS
        punch.create_punch_item(again, pid, punch.NewPunchItem(title="After reopening"))
        with again.read() as s:
            stamps = list(s.scalars(select(Outbox.hlc)))
        assert stamps
        assert max(HLCStamp.decode(x).wall_ms for x in stamps) <= server_ms(central) + TOLERANCE_MS
        assert sync_once(again, central.creds(login)).ok
    finally:
        again.close()
