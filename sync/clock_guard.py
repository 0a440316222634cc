"""Keep this laptop's logical clock near the central database's time.

The hybrid logical clock never goes backwards: once the laptop's wall clock ran ahead
(say two days), every stamp it hands out afterwards stays two days ahead — even after
the wall clock is set right — and the server refuses them ("stamped in the future")
until real time catches up. The server's time comes with every sync (``sync_hello``),
so each sync bounds the clock: when its last reading is more than half the server's
tolerance ahead of the server, it starts again from the latest stamp that is not in the
future (or the wall clock, whichever is earlier), and outbox entries stamped in the
future get fresh stamps in their order. The wall clock itself being ahead is still
refused with the clock message (``push``): only the person can set it right.
"""

from __future__ import annotations

import logging
import sqlite3

from executrek.models import clock
from executrek.models.ids import HLCStamp, HybridLogicalClock
from executrek.models.store import Store

log = logging.getLogger("executrek.sync")


def limit_ms(server_ms: int, tolerance_ms: int) -> int:
    """The latest wall time a stamp may carry after this sync's check."""
    return server_ms + tolerance_ms // 2


def _wall(hlc: str) -> int:
    try:
        return HLCStamp.decode(hlc).wall_ms
    except ValueError:
        return 0


def keep_near_server(store: Store, server_ms: int, tolerance_ms: int) -> int:
    """Bound the logical clock by the server's time and re-stamp outbox entries stamped
    in the future (in ``seq`` order, after every stamp that stays). Returns how many
    entries got a new stamp. The new clock reading is stored with the unit of work."""
    limit = limit_ms(server_ms, tolerance_ms)
    with store.read() as s:
        raw = s.connection().connection.driver_connection
        assert isinstance(raw, sqlite3.Connection)
        # Stamps as encode() writes them (15 digits, '-') up to the limit are not in the
        # future: compared as text in SQLite, not decoded one by one (a big outbox).
        maybe = raw.execute(
            "SELECT seq, hlc FROM outbox WHERE NOT (substr(hlc, 16, 1) = '-' "
            "AND substr(hlc, 1, 15) NOT GLOB '*[^0-9]*' AND substr(hlc, 1, 15) <= ?)",
            (f"{max(limit, 0):015d}",),
        ).fetchall()
    future = sorted(int(seq) for seq, h in maybe if _wall(str(h)) > limit)
    if store.clock.last.wall_ms <= limit and not future:
        return 0
    if store.clock.last.wall_ms > limit:
        with store.read() as s:
            raw = s.connection().connection.driver_connection
            assert isinstance(raw, sqlite3.Connection)
            stamps = [(int(seq), str(h)) for seq, h in raw.execute("SELECT seq, hlc FROM outbox")]
        kept = [HLCStamp.decode(h) for _seq, h in stamps if 0 < _wall(h) <= limit]
        start = max(
            [*kept, HLCStamp(min(clock.epoch_ms(), limit), 0, store.device_id)],
            key=lambda st: (st.wall_ms, st.counter),
        )
        log.info(
            "the logical clock was %d s ahead of the central database; it starts again "
            "from the server's time",
            (store.clock.last.wall_ms - server_ms) // 1000,
        )
        # The store hands this clock to every later unit of work (and saves its reading).
        store.clock = HybridLogicalClock(
            store.device_id, HLCStamp(start.wall_ms, start.counter, store.device_id)
        )
    with store.unit_of_work(remote=True) as s:
        raw = s.connection().connection.driver_connection
        assert isinstance(raw, sqlite3.Connection)
        raw.executemany(
            "UPDATE outbox SET hlc = ? WHERE seq = ?",
            [(store.clock.now().encode(), seq) for seq in future],
        )
    if future:
        log.info("re-stamped %d change(s) stamped in the future", len(future))
    return len(future)
