"""Human numbers after the first sync: the server takes over numbering.

A project created on this laptop owned its whole range; once the project is on the
server (whose counters moved past every number already used), the unbounded blocks are
dropped and every series gets a leased block. Blocks running low are topped up.
"""

from __future__ import annotations

import psycopg
from psycopg.types.json import Jsonb
from sqlalchemy import delete, select

from executrek.models.local import NumberBlock
from executrek.models.store import Store
from executrek.sync.wire import series_keys

LEASE = 50
LOW_WATER = 10


def refresh_leases(store: Store, conn: psycopg.Connection, project_id: str) -> int:
    """Lease blocks for ``project_id`` where needed; returns how many were leased."""
    keys = series_keys()
    with store.read() as s:
        blocks = {
            b.series: (b.next_value, b.end_value)
            for b in s.scalars(select(NumberBlock).where(NumberBlock.project_id == project_id))
        }
    owns_all = "*" in blocks
    wanted: dict[str, int] = {}
    for series, key in keys.items():
        current = blocks.get(series)
        if (
            owns_all
            or current is None
            or current[1] is None
            or current[1] - current[0] + 1 < LOW_WATER
        ):
            wanted[key] = LEASE
    if not wanted:
        return 0
    row = conn.execute("SELECT pmo.sync_lease(%s, %s)", (project_id, Jsonb(wanted))).fetchone()
    conn.commit()
    granted: dict[str, int] = row[0] if row else {}
    if not granted:
        return 0  # the project is not on the server (yet)
    by_key = {v: k for k, v in keys.items()}
    with store.unit_of_work(remote=True) as s:
        s.execute(
            delete(NumberBlock).where(
                NumberBlock.project_id == project_id,
                NumberBlock.end_value.is_(None),
                ~NumberBlock.series.startswith("~"),
            )
        )
        for key, start in granted.items():
            series = by_key[key]
            s.merge(
                NumberBlock(
                    project_id=project_id,
                    series=series,
                    next_value=int(start),
                    end_value=int(start) + LEASE - 1,
                )
            )
    return len(granted)
