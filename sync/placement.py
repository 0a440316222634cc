"""Where a pulled row may live, checked on the laptop (the server checks the same).

A row arrives as part of one area: a project, or the shared no-project area (nil
UUID). Its place is that area — never what its data says:

* ``projects`` rows live in their own project (the area is the row's id);
* tables without ``project_id`` (``users``) live only in the shared area;
* tables whose ``project_id`` may be empty (library templates, portfolio reports,
  audit lines about shared rows) may live in either; every other table only in a
  project;
* a ``project_id`` inside the data must name the area (absent: the area is used);
* every foreign key must point at a row of the same area — or, for the shared kinds,
  at the shared area — that this laptop has (or receives in the same transaction).

A row that fails is *set aside*: kept in ``sync_state`` under ``aside:<id>`` with its
reason, not applied, retried at every sync (a missing parent may still arrive), and
counted in the sync summary. It never stops the sync.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table

from executrek.models.store import Store
from executrek.sync.wire import NIL_PROJECT

ASIDE = "aside:"


@dataclass(frozen=True)
class Rules:
    """What the laptop schema says about one synced table."""

    has_project: bool  # a project_id column
    shared_ok: bool  # may live in the shared area
    project_ok: bool  # may live in a project
    refs: tuple[tuple[str, str], ...]  # (column, target table), project_id excluded


def rules_for(table: Table) -> Rules:
    pid = table.c.get("project_id")
    refs = tuple(
        sorted(
            (col.name, fk.column.table.name)
            for col in table.columns
            if col.name != "project_id"
            for fk in col.foreign_keys
        )
    )
    if table.name == "projects":
        return Rules(False, False, True, refs)
    if pid is None:
        return Rules(False, True, False, refs)
    return Rules(True, bool(pid.nullable), True, refs)


def area_sql(table: str, rules: Rules) -> str:
    """SQL for the area of a local row of ``table``."""
    if table == "projects":
        return "id"
    if rules.has_project:
        return f"coalesce(project_id, '{NIL_PROJECT}')"
    return f"'{NIL_PROJECT}'"


def placement_error(
    table: str, row_id: str, area: str, rules: Rules, data: dict[str, Any]
) -> str | None:
    """Why a row of ``table`` sent in ``area`` cannot live there (None: it can)."""
    shared = area == NIL_PROJECT
    if table == "projects":
        if row_id.lower() != area.lower():
            return "a project record sent outside its own project"
    elif shared and not rules.shared_ok:
        return "a project's record sent in the shared area"
    elif not shared and not rules.project_ok:
        return "a shared record sent inside a project"
    if rules.has_project or "project_id" in data:
        named = data.get("project_id")
        if shared and named is not None:
            return "a shared record that names a project"
        if not shared and named is not None and str(named).lower() != area.lower():
            return "a record that names another project than the one it came with"
    return None


def lookup_areas(
    raw: sqlite3.Connection, table: str, rules: Rules, ids: Iterable[str]
) -> dict[str, tuple[str, int]]:
    """id → (area, row_version) of the local rows of ``table`` among ``ids``."""
    out: dict[str, tuple[str, int]] = {}
    id_list = list(dict.fromkeys(ids))
    area = area_sql(table, rules)
    for start in range(0, len(id_list), 900):
        chunk = id_list[start : start + 900]
        marks = ",".join("?" for _ in chunk)
        for rid, where, rv in raw.execute(
            f'SELECT id, {area}, row_version FROM "{table}" WHERE id IN ({marks})', chunk
        ):
            out[str(rid)] = (str(where), int(rv or 0))
    return out


def aside_ids(raw: sqlite3.Connection) -> set[str]:
    return {
        str(k)[len(ASIDE) :]
        for (k,) in raw.execute("SELECT key FROM sync_state WHERE key LIKE ? || '%'", (ASIDE,))
    }


def put_aside(raw: sqlite3.Connection, entries: list[tuple[str, dict[str, Any]]]) -> None:
    """Store set-aside rows (``(id, row as JSON-able dict with its reason)``)."""
    raw.executemany(
        "INSERT INTO sync_state (key, value) VALUES (?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        [(ASIDE + rid, json.dumps(entry)) for rid, entry in entries],
    )


def drop_aside(raw: sqlite3.Connection, ids: Iterable[str]) -> None:
    raw.executemany("DELETE FROM sync_state WHERE key = ?", [(ASIDE + i,) for i in ids])


def load_aside(raw: sqlite3.Connection) -> list[dict[str, Any]]:
    return [
        json.loads(v)
        for (v,) in raw.execute(
            "SELECT value FROM sync_state WHERE key LIKE ? || '%' ORDER BY key", (ASIDE,)
        )
    ]


def set_aside_records(store: Store) -> list[dict[str, Any]]:
    """The set-aside rows as stored (table, id, area, data, reason…), for listing."""
    with store.read() as s:
        raw = s.connection().connection.driver_connection
        assert isinstance(raw, sqlite3.Connection)
        return load_aside(raw)
