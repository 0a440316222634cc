"""Full-text search across a project's records."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import text

from executrek.models import search
from executrek.models.store import Store


@dataclass(frozen=True)
class SearchHit:
    record_type: str
    record_id: str
    title: str
    snippet: str
    rank: float


def search_project(
    store: Store, project_id: str, query: str, *, limit: int = 50
) -> list[SearchHit]:
    """Every word a prefix match, best first; comments point at their record."""
    match = search.fts_query(query)
    if match is None:
        return []
    with store.read() as s:
        rows = s.execute(text(SEARCH_SQL), {"q": match, "p": project_id, "n": limit}).all()
    return [SearchHit(r.rt, r.rid, r.title, r.snip, float(r.rank)) for r in rows]


def _search_sql() -> str:
    """One statement over every searchable table (the raw benchmark runs it verbatim)."""
    parts = []
    for src in search.SOURCES:
        if src.table == "comments":
            parts.append(
                f"SELECT c.record_type AS rt, c.record_id AS rid, "
                f"substr(c.body, 1, 120) AS title, "
                f"snippet({src.fts}, 0, '[', ']', '…', 10) AS snip, bm25({src.fts}) AS rank "
                f"FROM {src.fts} JOIN comments c ON c.rowid = {src.fts}.rowid "
                f"WHERE {src.fts} MATCH :q AND c.project_id = :p"
            )
        else:
            parts.append(
                f"SELECT '{src.record_type}' AS rt, t.id AS rid, t.title AS title, "
                f"snippet({src.fts}, -1, '[', ']', '…', 10) AS snip, bm25({src.fts}) AS rank "
                f"FROM {src.fts} JOIN {src.table} t ON t.rowid = {src.fts}.rowid "
                f"WHERE {src.fts} MATCH :q AND t.project_id = :p AND t.deleted_at IS NULL"
            )
    return " UNION ALL ".join(parts) + " ORDER BY rank LIMIT :n"


SEARCH_SQL = _search_sql()
