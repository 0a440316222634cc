"""What travels between laptop and server: protocol constants, the mapping of local
number series to server counters, and wire values ⇄ SQLite storage values."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from sqlalchemy import JSON, Boolean, Column, ColumnElement, Date, Enum, Table

from executrek.models import kinds
from executrek.models.base import Scaled, UTCDateTime

# Protocol 4: the server keeps the diary's rules (0006_diary); 5: the cost rules and the
# commitment number series (0008_cost); 6: laptops ask for their rights
# (pmo.sync_rights, 0009_roles_settings); 7: batches of edits go column-wise
# (pmo.sync_push_rows with ops, base versions and base values, 0011_edit_rows).
PROTOCOL = 7
# Servers from this protocol on tell a person their roles and rights (pmo.sync_rights).
RIGHTS_PROTOCOL = 6
# Servers from this protocol on take runs of new rows column-wise (pmo.sync_push_rows).
ROWS_PROTOCOL = 2
# Servers from this protocol on take batches of edits (and the new rows around them)
# column-wise too (the second form of pmo.sync_push_rows).
EDITS_PROTOCOL = 7
# Servers from this protocol on keep what happened to refused changes
# (pmo.quarantine_done, pmo.sync_quarantine_close; migration 0005_sync_recovery).
REFUSED_PROTOCOL = 3
NIL_PROJECT = "00000000-0000-0000-0000-000000000000"
CONFLICTS = "_conflicts"
BLOB_TABLES = ("photos", "attachments", "drawing_files")


def series_keys() -> dict[str, str]:
    """Local number series (``PI``, ``CO``…) → the server's counter key."""
    return kinds.counter_keys()


def _stamp(value: Any) -> Any:
    if value is None:
        return None
    if isinstance(value, str) and len(value) == 27 and value[19] == "." and value[-1] == "Z":
        return value  # already the stored form (what to_wire makes of microsecond stamps)
    when = dt.datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return when.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _scaled(scale: int) -> Callable[[Any], Any]:
    def convert(value: Any) -> Any:
        if value is None:
            return None
        return int(Decimal(str(value)).scaleb(scale).to_integral_value())

    return convert


def _json(value: Any) -> Any:
    return json.dumps(value)


def _bool(value: Any) -> Any:
    return None if value is None else int(bool(value))


def _same(value: Any) -> Any:
    return value


def storage_converter(column: Column[Any]) -> Callable[[Any], Any]:
    """wire value → the value SQLite stores for this column (what SQLAlchemy would bind)."""
    kind = column.type
    if isinstance(kind, UTCDateTime):
        return _stamp
    if isinstance(kind, Scaled):
        return _scaled(kind.scale)
    if isinstance(kind, JSON):
        return _json
    if isinstance(kind, Boolean):
        return _bool
    return _same


def python_value(column: ColumnElement[Any], value: Any) -> Any:
    """wire value → the Python value an ORM attribute takes (for local edits)."""
    if value is None:
        return None
    kind = column.type
    if isinstance(kind, UTCDateTime):
        return dt.datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    if isinstance(kind, Scaled):
        return Decimal(str(value))
    if isinstance(kind, Date):
        return dt.date.fromisoformat(str(value))
    if isinstance(kind, Enum) and kind.enum_class is not None:
        return kind.enum_class(value)
    return value


def column_defaults(table: Table) -> dict[str, Any]:
    """Storage values for columns a row from the server does not carry (older writers)."""
    out: dict[str, Any] = {}
    for col in table.columns:
        default = col.default
        if default is not None and getattr(default, "is_scalar", False):
            out[col.name] = storage_converter(col)(_wire_of(getattr(default, "arg", None)))
        elif isinstance(col.type, JSON) and not col.nullable:
            out[col.name] = "{}"
        else:
            out[col.name] = None
    return out


def _wire_of(value: Any) -> Any:
    from executrek.models.tracking import to_wire

    return to_wire(value)
