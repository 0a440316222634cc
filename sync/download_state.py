"""The state of a first download in progress, as kept in ``sync_state`` under
``boot:<project>`` (JSON), and the pull cursor it continues from. Light on imports:
project lists read it with plain SQL at start-up (``download_percents``)."""

from __future__ import annotations

import json
from dataclasses import dataclass

from executrek.models.local_read import SqlSource

BOOT = "boot:"  # sync_state: a first download in progress


@dataclass(frozen=True)
class Cursor:
    xid: int
    seq: int

    def encode(self) -> str:
        return f"{self.xid}:{self.seq}"

    @staticmethod
    def decode(text: str) -> Cursor:
        xid, seq = text.split(":")
        return Cursor(int(xid), int(seq))


@dataclass(frozen=True)
class Download:
    """A first download in progress (``sync_state`` under ``boot:<project>``): the last
    row stored, the horizon of the snapshot it came from, rows stored so far, whether
    the search index waits for its rebuild at the end, and the rows expected in all
    (counted when a snapshot starts; None in a state written before it was kept)."""

    after: Cursor
    horizon: int
    rows: int
    bulk: bool
    total: int | None = None

    @property
    def percent(self) -> int | None:
        """How far it got, 0–99 (100 is only for a finished download, which has no state)."""
        if not self.total:
            return None
        return max(0, min(99, self.rows * 100 // self.total))

    def start(self) -> Cursor:
        """Where a new snapshot continues: after the last row stored, but never after
        the old snapshot's horizon (a writer still running then may have committed
        rows below the last one since)."""
        return min(self.after, Cursor(self.horizon, 0), key=lambda c: (c.xid, c.seq))


def decode_download(value: str) -> Download:
    d = json.loads(value)
    total = d.get("total")
    return Download(
        Cursor.decode(d["after"]),
        int(d["horizon"]),
        int(d["rows"]),
        bool(d["bulk"]),
        None if total is None else int(total),
    )


def encode_download(d: Download) -> str:
    return json.dumps(
        {
            "after": d.after.encode(),
            "horizon": d.horizon,
            "rows": d.rows,
            "bulk": d.bulk,
            "total": d.total,
        }
    )


def download_percents(source: SqlSource) -> dict[str, int | None]:
    """Projects whose first download is not finished, with how far it got (None when
    not known yet), read with plain sqlite3 so project pickers can ask at start-up."""
    with source.sql() as con:
        rows = con.execute(
            "SELECT key, value FROM sync_state WHERE key >= ? AND key < ?", (BOOT, BOOT[:-1] + ";")
        ).fetchall()
    return {str(key)[len(BOOT) :]: decode_download(str(value)).percent for key, value in rows}
