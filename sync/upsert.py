"""The SQL that writes pulled rows (``sync.apply.RowWriter`` decides which).

One ``INSERT … ON CONFLICT DO UPDATE`` per table and column set: a row only moves
forward (higher ``row_version``), and the fields this laptop still has in its outbox, or
in a refused change waiting here (``sync.refused``), keep their local value. A row a
local constraint refuses is reported back with SQLite's reason instead of stopping the
batch. Conflicts the server recorded land in ``sync_conflicts`` the same way.
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from collections.abc import Iterable
from typing import Any, NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from executrek.models.local import Outbox
from executrek.models.sync_local import SyncConflict
from executrek.sync import refused

_CONFLICT_FIELDS = (
    "project_id",
    "table_name",
    "row_id",
    "field",
    "kind",
    "status",
    "shown",
    "other",
    "shown_by",
    "other_by",
    "shown_hlc",
    "other_hlc",
    "created_at",
)


class ServerRow(NamedTuple):
    """A pulled row (a tuple: made 100k times in a first download)."""

    tbl: str
    id: str
    project_id: str
    data: dict[str, Any]
    field_versions: dict[str, Any] | str  # JSON text straight from the server
    row_version: int
    updated_at: str | None = None


def upsert_accepted(
    session: Session, raw: sqlite3.Connection, accepted: list[tuple[ServerRow, dict[str, Any]]]
) -> list[tuple[ServerRow, str]]:
    """Upsert the rows with their storage values; returns ``(row, SQLite's reason)`` of
    the rows a local constraint refused."""
    ids = {r.id for r, _ in accepted}
    pending = pending_fields(session, ids)
    # Fields of refused changes waiting here stay as they are too; the server's
    # values are remembered for when the change is discarded (``sync.refused``).
    held = refused.held_fields(session, ids)
    groups: dict[tuple[str, tuple[str, ...], frozenset[str]], list[list[Any]]] = defaultdict(list)
    theirs: dict[str, dict[str, Any]] = {}
    nothing: frozenset[str] = frozenset()
    for row, values in accepted:
        keep = (
            frozenset(pending.get(row.id, set()) | held.get(row.id, set()))
            if row.id in pending or row.id in held
            else nothing
        )
        # the values in the order of their columns (a first download: 100k rows)
        groups[(row.tbl, tuple(values), keep)].append(list(values.values()))
        if row.id in held:
            theirs[row.id] = {f: values[f] for f in held[row.id] if f in values}
    if theirs:
        refused.remember_theirs(raw, theirs)
    refused_ids = [
        (tbl, rid, problem)
        for (tbl, cols, keep), params in groups.items()
        for rid, problem in upsert(raw, tbl, cols, keep, params)
    ]
    if not refused_ids:
        return []
    rows = {(row.tbl, row.id): row for row, _values in accepted}
    return [(rows[(tbl, rid)], problem) for tbl, rid, problem in refused_ids]


def write_conflicts(
    raw: sqlite3.Connection, rows: Iterable[ServerRow], pending: dict[str, set[str]]
) -> None:
    """Upsert the server's conflict rows; fields pending here keep their local value."""
    cols = ("id", *_CONFLICT_FIELDS, "row_version")
    by_keep: dict[frozenset[str], list[list[Any]]] = defaultdict(list)
    for row in rows:
        d = row.data
        values = [
            row.id,
            row.project_id,
            d.get("table"),
            d.get("row_id"),
            d.get("field"),
            d.get("kind"),
            d.get("status", "open"),
            json.dumps(d.get("shown")),
            json.dumps(d.get("other")),
            d.get("shown_by"),
            d.get("other_by"),
            d.get("shown_hlc"),
            d.get("other_hlc"),
            d.get("created_at"),
            row.row_version,
        ]
        by_keep[frozenset(pending.get(row.id, ()))].append(values)
    for keep, params in by_keep.items():
        upsert(raw, SyncConflict.__tablename__, cols, keep, params)


def upsert(
    raw: sqlite3.Connection,
    tbl: str,
    cols: tuple[str, ...],
    keep: frozenset[str],
    params: list[list[Any]],
) -> list[tuple[str, str]]:
    """Upsert; returns ``(id, SQLite's reason)`` of the rows refused by a constraint
    (e.g. a second project with the same code made offline elsewhere)."""
    names = ", ".join(f'"{c}"' for c in cols)
    marks = ", ".join("?" for _ in cols)
    updates = ", ".join(f'"{c}" = excluded."{c}"' for c in cols if c != "id" and c not in keep)
    statement = (
        f'INSERT INTO "{tbl}" ({names}) VALUES ({marks}) '
        f'ON CONFLICT(id) DO UPDATE SET {updates} WHERE excluded.row_version > "{tbl}".row_version'
    )
    try:
        raw.executemany(statement, params)
        return []
    except sqlite3.IntegrityError:
        failed = []
        for one in params:
            try:
                raw.execute(statement, one)
            except sqlite3.IntegrityError as exc:
                failed.append((str(one[cols.index("id")]), str(exc)))
        return failed


def pending_fields(session: Session, ids: set[str]) -> dict[str, set[str]]:
    """Fields of these rows that still wait in the outbox (keep the local value)."""
    out: dict[str, set[str]] = defaultdict(set)
    if not ids:
        return out
    has_any = session.scalar(select(Outbox.seq).limit(1))
    if has_any is None:
        return out
    id_list = list(ids)
    for start in range(0, len(id_list), 900):
        chunk = id_list[start : start + 900]
        for row_id, patch in session.execute(
            select(Outbox.row_id, Outbox.patch).where(Outbox.row_id.in_(chunk))
        ):
            out[row_id].update(patch or {})
    return out
