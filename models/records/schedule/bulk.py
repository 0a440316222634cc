"""New synced rows of one table written with ``executemany``, and their outbox entries
built by SQLite from the rows just written (``INSERT … SELECT json_object(…)``), in the
same transaction.

The rows take the exact form the ORM types store; each outbox entry is what
``models.tracking`` writes for an insert — ``{field: [null, wire value]}`` with its own
hybrid-logical-clock stamp — so an update of 10,000 activities and 15,000 links pushes
through ``sync_push_rows`` as runs of new rows like any other, and costs little more
than the rows themselves.
"""

from __future__ import annotations

import datetime as dt
import enum
import json
import sqlite3
from collections.abc import Callable
from decimal import Decimal
from operator import itemgetter
from typing import Any

from sqlalchemy import JSON, Boolean, Date, Enum, Table

from executrek.models.base import Scaled, UTCDateTime, utcnow
from executrek.models.ids import HLCStamp, HybridLogicalClock, new_id

_BOOKKEEPING = ("id", "updated_at", "updated_by", "row_version", "field_versions")
Convert = Callable[[Any], Any]


def stamp(when: dt.datetime) -> str:
    """A UTC date-time as ``UTCDateTime`` stores it."""
    return when.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _plain(value: Any) -> Any:
    return value.value if isinstance(value, enum.Enum) else value


def _day(value: dt.date) -> str:
    return value.isoformat()


def _scaled(scale: int) -> Convert:
    def storage(value: Decimal) -> int:
        return int(Decimal(value).scaleb(scale).to_integral_value())

    return storage


def _storage(table: Table, column: str) -> Convert | None:
    """How a Python value (not None) of the column is stored (None: as it is)."""
    kind = table.c[column].type
    if isinstance(kind, Scaled):
        return _scaled(kind.scale)
    if isinstance(kind, JSON):
        return json.dumps
    if isinstance(kind, Boolean):
        return int
    if isinstance(kind, Date):
        return _day
    if isinstance(kind, UTCDateTime):
        return stamp
    if isinstance(kind, Enum) and kind.enum_class is not None and issubclass(kind.enum_class, str):
        return None  # a StrEnum binds as its value
    return _plain


def _wire_sql(table: Table, column: str) -> str:
    """SQL for the wire value (``tracking.to_wire``) of a stored column."""
    kind = table.c[column].type
    c = f'"{column}"'
    if isinstance(kind, Scaled) and kind.scale > 0:
        unit = 10**kind.scale
        return (
            f"CASE WHEN {c} IS NULL THEN NULL ELSE (CASE WHEN {c} < 0 THEN '-' ELSE '' END)"
            f" || (abs({c}) / {unit}) || '.' || substr('{'0' * kind.scale}' || (abs({c}) % {unit}),"
            f" -{kind.scale}) END"
        )
    if isinstance(kind, Scaled):
        return f"CAST({c} AS TEXT)"
    if isinstance(kind, JSON):
        return f"json({c})"
    if isinstance(kind, Boolean):
        return f"CASE WHEN {c} IS NULL THEN NULL WHEN {c} THEN json('true') ELSE json('false') END"
    return c


class BulkInsert:
    """Collects new rows of ``table`` (values by column name; omitted columns take their
    scalar default or None); ``flush`` writes them and their outbox entries."""

    def __init__(
        self,
        raw: sqlite3.Connection,
        table: Table,
        project_id: str,
        actor: str | None,
        clock: HybridLogicalClock,
    ) -> None:
        self.raw = raw
        self.name = table.name
        self.project_id = project_id
        self.actor = actor
        self.clock = clock
        self.now = stamp(utcnow())
        self.columns = tuple(c.name for c in table.columns)
        defaults: dict[str, Any] = {}
        for col in table.columns:
            default = col.default
            if default is not None and getattr(default, "is_scalar", False):
                defaults[col.name] = getattr(default, "arg", None)
        fixed = {
            "project_id": project_id,
            "created_at": self.now,
            "created_by": actor,
            "updated_at": self.now,
            "updated_by": actor,
            "deleted_at": None,
            "row_version": 0,
            "field_versions": "{}",
        }
        # Each row is read from its values in column order in one step (missing values
        # take the defaults, the bookkeeping its fixed values), then the columns whose
        # stored form differs are converted.
        self.base = {**defaults, **fixed}
        self.read = itemgetter(*self.columns)
        self.convert = [
            (i, conv)
            for i, c in enumerate(self.columns)
            if c not in fixed and (conv := _storage(table, c)) is not None
        ]
        self.id_at = self.columns.index("id")
        fields = [c for c in self.columns if c not in _BOOKKEEPING]
        pairs = ", ".join(f"'{c}', json_array(NULL, {_wire_sql(table, c)})" for c in fields)
        self.insert = (
            f"INSERT INTO {table.name} ({', '.join(self.columns)}) "
            f"VALUES ({', '.join('?' * len(self.columns))})"
        )
        self.outbox = (
            "INSERT INTO outbox (table_name, row_id, project_id, op, patch, base_version, hlc,"
            " created_at) SELECT ?, id, project_id, 'insert', json_object("
            + pairs
            + "), 0, printf('%015d-%010d-%s', ?, ? + row_number() OVER (ORDER BY rowid), ?),"
            f" ? FROM {table.name} WHERE rowid > ? ORDER BY rowid"
        )
        self.rows: list[list[Any]] = []
        self.count = 0

    def add(self, values: dict[str, Any]) -> str:
        """Queue one row; returns its new id."""
        row = list(self.read({**self.base, **values, "id": None}))
        for i, convert in self.convert:
            value = row[i]
            if value is not None:
                row[i] = convert(value)
        row_id = new_id()
        row[self.id_at] = row_id
        self.rows.append(row)
        return row_id

    def flush(self) -> None:
        """Write the queued rows, then their outbox entries in row order."""
        if not self.rows:
            return
        (last,) = self.raw.execute(f"SELECT coalesce(max(rowid), 0) FROM {self.name}").fetchone()
        self.raw.executemany(self.insert, self.rows)
        first = self.clock.now()  # one stamp per row, reserved in one step
        self.clock.observe(HLCStamp(first.wall_ms, first.counter + len(self.rows), first.device))
        self.raw.execute(
            self.outbox,
            (self.name, first.wall_ms, first.counter, first.device, self.now, last),
        )
        self.count += len(self.rows)
        self.rows.clear()
