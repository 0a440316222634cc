"""Writing pulled server rows into the local store.

Rows go in with raw ``executemany`` upserts inside one remote unit of work (no outbox
entries). A row only moves forward (higher ``row_version``); fields this laptop still
has in its outbox keep their local value until the server has merged them.
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from executrek.models import search
from executrek.models.local import Outbox
from executrek.models.schema import metadata, synced_tables
from executrek.models.sync_local import SyncConflict
from executrek.sync.wire import CONFLICTS, column_defaults, storage_converter

BOOKKEEPING = ("row_version", "field_versions")
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


@dataclass(frozen=True)
class ServerRow:
    tbl: str
    id: str
    project_id: str
    data: dict[str, Any]
    field_versions: dict[str, Any] | str  # JSON text straight from the server
    row_version: int
    updated_at: str | None = None


@dataclass
class _TablePlan:
    table: Table
    converters: dict[str, Callable[[Any], Any]]
    defaults: dict[str, Any]


class RowWriter:
    """Upserts pulled rows; built once per sync (column plans are cached)."""

    def __init__(self) -> None:
        tables = synced_tables()
        self.refused: list[tuple[str, str]] = []
        self.order = {t.name: i for i, t in enumerate(metadata.sorted_tables)}
        self.plans: dict[str, _TablePlan] = {}
        for name, cls in tables.items():
            table = cls.__table__
            assert isinstance(table, Table)
            self.plans[name] = _TablePlan(
                table,
                {c.name: storage_converter(c) for c in table.columns},
                column_defaults(table),
            )

    def write(self, session: Session, rows: Sequence[ServerRow]) -> int:
        """Upsert ``rows`` in the session's transaction; returns how many were known."""
        if not rows:
            return 0
        session.connection().exec_driver_sql("PRAGMA defer_foreign_keys = ON")
        pending = _pending_fields(session, {r.id for r in rows})
        raw = session.connection().connection.driver_connection
        assert isinstance(raw, sqlite3.Connection)
        groups: dict[tuple[str, tuple[str, ...], frozenset[str]], list[list[Any]]] = defaultdict(
            list
        )
        conflicts: list[ServerRow] = []
        known = 0
        ordered = sorted(rows, key=lambda r: self.order.get(r.tbl, len(self.order)))
        for row in ordered:
            if row.tbl == CONFLICTS:
                conflicts.append(row)
                known += 1
                continue
            plan = self.plans.get(row.tbl)
            if plan is None:
                continue  # a table this app version does not know (expand-then-contract)
            known += 1
            values = dict(plan.defaults)
            for key, value in row.data.items():
                conv = plan.converters.get(key)
                if conv is not None and key not in BOOKKEEPING:
                    values[key] = conv(value)
            if "updated_at" in plan.converters and values.get("updated_at") is None:
                stamp = row.data.get("updated_at") or row.data.get("created_at") or row.updated_at
                values["updated_at"] = plan.converters["updated_at"](stamp)
            values["id"] = row.id
            values["row_version"] = row.row_version
            if "field_versions" in plan.converters:
                fv = row.field_versions
                values["field_versions"] = fv if isinstance(fv, str) else json.dumps(fv)
            cols = tuple(values)
            keep = frozenset(pending.get(row.id, ()))
            groups[(row.tbl, cols, keep)].append([values[c] for c in cols])
        for (tbl, cols, keep), params in groups.items():
            self.refused.extend((tbl, rid) for rid in _upsert(raw, tbl, cols, keep, params))
        if conflicts:
            self._write_conflicts(raw, conflicts, pending)
        return known

    def _write_conflicts(
        self, raw: sqlite3.Connection, rows: Iterable[ServerRow], pending: dict[str, set[str]]
    ) -> None:
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
            _upsert(raw, SyncConflict.__tablename__, cols, keep, params)


def _upsert(
    raw: sqlite3.Connection,
    tbl: str,
    cols: tuple[str, ...],
    keep: frozenset[str],
    params: list[list[Any]],
) -> list[str]:
    """Upsert; returns the ids of rows refused by another unique key (e.g. a second
    project with the same code made offline elsewhere), which are reported."""
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
        refused = []
        for one in params:
            try:
                raw.execute(statement, one)
            except sqlite3.IntegrityError:
                refused.append(str(one[cols.index("id")]))
        return refused


def _pending_fields(session: Session, ids: set[str]) -> dict[str, set[str]]:
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


def rebuild_search(session: Session, tables: Iterable[str]) -> None:
    for name in set(tables):
        src = search.BY_TABLE.get(name)
        if src is not None:
            search.rebuild(session, src)


def drop_search_triggers(session: Session) -> None:
    for src in search.SOURCES:
        search.drop_triggers(session, src)


def create_search_triggers(session: Session) -> None:
    for src in search.SOURCES:
        search.create_triggers(session, src)
