"""Full-text search (SQLite FTS5) over titles, descriptions and comments.

One external-content FTS5 table per searchable table, kept current by triggers. Bulk
loads drop the triggers inside their transaction, insert, recreate them and rebuild
the index: much faster than a trigger per row.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from executrek.models.kinds import KINDS


@dataclass(frozen=True)
class SearchSource:
    table: str
    columns: tuple[str, ...]
    record_type: str

    @property
    def fts(self) -> str:
        return f"{self.table}_fts"


SOURCES: tuple[SearchSource, ...] = (
    *(SearchSource(k.table, k.search_columns, k.key) for k in KINDS),
    SearchSource("comments", ("body",), "comment"),
)
BY_TABLE = {s.table: s for s in SOURCES}


def is_search_object(name: str | None) -> bool:
    return bool(name) and any(name == s.fts or name.startswith(s.fts + "_") for s in SOURCES)  # type: ignore[union-attr]


def trigger_ddl(src: SearchSource) -> list[str]:
    cols = ", ".join(src.columns)
    new_vals = ", ".join(f"new.{c}" for c in src.columns)
    old_vals = ", ".join(f"old.{c}" for c in src.columns)
    return [
        f"CREATE TRIGGER {src.fts}_ai AFTER INSERT ON {src.table} BEGIN "
        f"INSERT INTO {src.fts}(rowid, {cols}) VALUES (new.rowid, {new_vals}); END",
        f"CREATE TRIGGER {src.fts}_ad AFTER DELETE ON {src.table} BEGIN "
        f"INSERT INTO {src.fts}({src.fts}, rowid, {cols}) VALUES ('delete', old.rowid, {old_vals}); END",
        f"CREATE TRIGGER {src.fts}_au AFTER UPDATE OF {cols} ON {src.table} BEGIN "
        f"INSERT INTO {src.fts}({src.fts}, rowid, {cols}) VALUES ('delete', old.rowid, {old_vals}); "
        f"INSERT INTO {src.fts}(rowid, {cols}) VALUES (new.rowid, {new_vals}); END",
    ]


def drop_triggers(session: Session, src: SearchSource) -> None:
    for suffix in ("ai", "ad", "au"):
        session.execute(text(f"DROP TRIGGER IF EXISTS {src.fts}_{suffix}"))


def create_triggers(session: Session, src: SearchSource) -> None:
    for ddl in trigger_ddl(src):
        session.execute(text(ddl))


def rebuild(session: Session, src: SearchSource) -> None:
    session.execute(text(f"INSERT INTO {src.fts}({src.fts}) VALUES ('rebuild')"))


def matching(table: str, user_text: str) -> Any | None:
    """The condition keeping the rows of ``table`` its search index finds for what the
    user typed (``fts_query``); None when nothing was typed."""
    match = fts_query(user_text)
    if match is None:
        return None
    return text(
        f"{table}.rowid IN (SELECT rowid FROM {table}_fts WHERE {table}_fts MATCH :fts)"
    ).bindparams(fts=match)


def fts_query(user_text: str) -> str | None:
    """Turn what a user typed into a safe FTS5 query: every word must match as a prefix.
    Quotes and operators typed by the user are treated as plain text."""
    words = [w for w in "".join(ch if ch.isalnum() else " " for ch in user_text).split() if w]
    if not words:
        return None
    return " AND ".join(f'"{w}"*' for w in words[:12])
