"""Search everywhere: one box finds a project's records of every kind (punch items,
contractor issues, change orders, inspections, risks).

What a query matches:

* a record number in any form: ``PI-0042``, ``pi-42``, ``pi 42`` (that kind only), or
  ``42``, ``0042``, ``#42`` (every kind); a draft number ``PI-7F3A-3``. The prefixes are
  the number series of the record kinds (``models/kinds.py``), not a list of
  their own;
* otherwise every word (a prefix, accents and case ignored) must match somewhere in the
  record: its title, description, spec reference, notes or mitigation (the FTS5 tables
  of ``models/search.py``), one of its comments, its contractor's name, its trade (the
  item's own, or its contractor's), or any level of its location's path or code.

Results come grouped by kind, exact number matches first, then newest first (the
order rows were stored in this file), ``limit`` per kind; the total per kind is counted
apart (``totals``) so the first results need not wait for it. Plain SQL over a
``SqlSource``; no schema of its own: the contractor, trade and location names are
matched in Python on the project's (small) directory tables and become ``IN`` lists.

Plans: a big project's rows are read by one pass over the table (``NOT INDEXED``,
newest first, stopping once ``limit`` rows matched) rather than through the project
index, whose order sends each lookup to a random page; a small project's through its
index.
"""

from __future__ import annotations

import functools
import re
import sqlite3
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from executrek.models import search as fts_tables
from executrek.models.errors import QT_TRANSLATE_NOOP, ValidationError
from executrek.models.kinds import BY_KEY, KINDS, by_prefix
from executrek.models.local_read import SqlSource, marks
from executrek.models.records.kind import RecordKind

LIMIT = 20
MAX_WORDS = 8
# Above this many rows in the project, a kind is read by one pass over its table.
SCAN_FROM = 5000


def series() -> dict[str, tuple[str, str | None]]:
    """Number prefix → (kind, value of the kind's variant column or None)."""
    return {prefix: (k.key, one.variant) for prefix, (k, one) in by_prefix().items()}


# --- the query ----------------------------------------------------------------------
@dataclass(frozen=True)
class Query:
    text: str
    words: tuple[str, ...] = ()  # lower case, accents kept (FTS5 folds them itself)
    number: int | None = None
    draft: str | None = None  # the part after the prefix of a draft number
    series: str | None = None  # the prefix typed with the number (None: any kind)

    @property
    def only_number(self) -> bool:
        """A number with its prefix (or a draft number): nothing but that record."""
        return self.series is not None

    @property
    def empty(self) -> bool:
        return not self.words and self.number is None and self.draft is None


_BARE = re.compile(r"#?\s*0*(\d{1,9})")
_PREFIXED = re.compile(r"([^\W\d_]{1,4})\s*[-‐–]?\s*#?\s*0*(\d{1,9})")
_DRAFT = re.compile(r"([^\W\d_]{1,4})-(\w{1,16}-\d{1,9})")


def fold(text: str) -> str:
    """Lower case without accents (``Kovač`` → ``kovac``), as FTS5's tokenizer reads."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def words_of(text: str) -> list[str]:
    return re.findall(r"[^\W_]+", fold(text))


def parse(text: str) -> Query:
    typed = text.strip()
    known = series()
    for pattern, is_draft in ((_PREFIXED, False), (_DRAFT, True)):
        m = pattern.fullmatch(typed)
        if m and m.group(1).upper() in known:
            prefix = m.group(1).upper()
            if is_draft:
                return Query(typed, draft=m.group(2).upper(), series=prefix)
            return Query(typed, number=int(m.group(2)), series=prefix)
    m = _BARE.fullmatch(typed)
    if m:
        return Query(typed, words=(m.group(1),), number=int(m.group(1)))
    words = [w for w in words_of(typed) if len(w) >= 2 or w.isdigit()]
    return Query(typed, words=tuple(dict.fromkeys(words))[:MAX_WORDS])


# --- results ------------------------------------------------------------------------
@dataclass(frozen=True)
class Hit:
    kind: str
    id: str
    project_code: str
    number: str  # "PI-0042"
    title: str
    status: str  # the stored value ("ready_for_review")
    location: str | None
    contractor: str | None


@dataclass(frozen=True)
class Group:
    kind: str
    hits: tuple[Hit, ...]
    total: int | None = None  # None until counted


@dataclass(frozen=True)
class Found:
    query: Query
    groups: tuple[Group, ...] = ()  # kinds with hits, in ``KINDS`` order

    @property
    def empty(self) -> bool:
        return not self.groups

    def with_totals(self, totals: dict[str, int]) -> Found:
        groups = tuple(Group(g.kind, g.hits, totals.get(g.kind, g.total)) for g in self.groups)
        return Found(self.query, groups)


# --- the plan -----------------------------------------------------------------------
@dataclass(frozen=True)
class Statement:
    kind: str
    sql: str
    params: tuple[Any, ...]


@dataclass(frozen=True)
class Named:
    """The directory rows one word names (their ids)."""

    orgs: tuple[str, ...] = ()
    trades: tuple[str, ...] = ()
    trade_orgs: tuple[str, ...] = ()  # organisations whose trade the word names
    locations: tuple[str, ...] = ()


@dataclass(frozen=True)
class Names:
    """The directory rows words are matched against, each with its words as
    ``" word word"`` (a word starts after each space: a prefix test is ``" " + w in``)."""

    orgs: list[tuple[str, str, str | None]] = field(default_factory=list)  # id, words, trade
    trades: list[tuple[str, str]] = field(default_factory=list)
    locations: list[tuple[str, str]] = field(default_factory=list)

    def named(self, word: str) -> Named:
        key = " " + fold(word)
        trades = tuple(i for i, text in self.trades if key in text)
        return Named(
            orgs=tuple(i for i, text, _ in self.orgs if key in text),
            trades=trades,
            trade_orgs=tuple(
                i for i, _, trade in self.orgs if trade is not None and trade in trades
            ),
            locations=tuple(i for i, text in self.locations if key in text),
        )


@functools.lru_cache(maxsize=8192)
def _spaced_words(text: str) -> str:
    return "".join(" " + w for w in words_of(text))


def names_statement(project_id: str | None) -> Statement:
    scope = " AND project_id = ?" if project_id else ""
    sql = (
        f"SELECT 'o', id, name, trade_id FROM organisations WHERE deleted_at IS NULL{scope} "
        f"UNION ALL SELECT 't', id, name, NULL FROM trades WHERE deleted_at IS NULL{scope} "
        "UNION ALL SELECT 'l', id, coalesce(nullif(path, ''), name) || ' ' || code, NULL "
        f"FROM locations WHERE deleted_at IS NULL{scope}"
    )
    return Statement("", sql, (project_id,) * 3 if project_id else ())


def read_names(con: sqlite3.Connection, project_id: str | None) -> Names:
    st = names_statement(project_id)
    names = Names()
    for what, row_id, text, trade in con.execute(st.sql, st.params):
        if what == "o":
            names.orgs.append((row_id, _spaced_words(text), trade))
        elif what == "t":
            names.trades.append((row_id, _spaced_words(text)))
        else:
            names.locations.append((row_id, _spaced_words(text)))
    return names


@dataclass(frozen=True)
class Plan:
    """The statements a search runs (the benchmark runs them raw, too)."""

    query: Query
    numbers: tuple[Statement, ...]  # exact number matches (shown first)
    tops: tuple[Statement, ...]  # the newest ``limit + 1`` matches per kind
    counts: tuple[Statement, ...]  # matches per kind


def _columns(kind: RecordKind) -> str:
    variant = f"t.{kind.variant}" if kind.variant else "NULL"
    loc = "l.path" if kind.location else "NULL"
    org = "o.name" if kind.contractor else "NULL"
    return (
        f"SELECT t.id, p.code, t.number, t.draft_number, t.title, t.status, {variant}, "
        f"{loc}, {org} FROM {kind.table} AS t JOIN projects p ON p.id = t.project_id"
        + (" LEFT JOIN locations l ON l.id = t.location_id" if kind.location else "")
        + (" LEFT JOIN organisations o ON o.id = t.contractor_id" if kind.contractor else "")
    )


def _scope(project_id: str | None) -> tuple[str, tuple[Any, ...]]:
    if project_id is None:  # every project: lets SQLite use the (project_id, …) indexes
        return "t.project_id IN (SELECT id FROM projects)", ()
    return "t.project_id = ?", (project_id,)


def _word_group(
    kind: RecordKind, word: str, named: Named, number: int | None, project_id: str | None
) -> tuple[str, list[Any]]:
    """Where ``word`` may match in a record of ``kind``: one OR group."""
    fts = fts_tables.BY_TABLE[kind.table].fts
    match = f'"{word}"*'
    parts = [f"t.rowid IN (SELECT rowid FROM {fts} WHERE {fts} MATCH ?)"]
    params: list[Any] = [match]
    # The comments matching the word are read once, as a list: joined, SQLite ran one
    # FTS5 query per comment of the kind (0.5 ms for 24 issue comments on the 100k demo).
    parts.append(
        f"t.rowid IN (SELECT x.rowid FROM comments c JOIN {kind.table} x ON x.id = "
        "c.record_id WHERE c.rowid IN (SELECT rowid FROM comments_fts WHERE comments_fts "
        "MATCH ?) AND c.record_type = ?)"
    )
    params += [match, kind.key]
    if kind.contractor:
        orgs = set(named.orgs)
        if not kind.own_trade:
            orgs.update(named.trade_orgs)
        if orgs:
            parts.append(f"t.contractor_id IN ({marks(len(orgs))})")
            params += sorted(orgs)
    if kind.own_trade and named.trades:
        parts.append(f"t.trade_id IN ({marks(len(named.trades))})")
        params += named.trades
    if kind.location and named.locations:
        parts.append(f"t.location_id IN ({marks(len(named.locations))})")
        params += named.locations
    if number is not None:  # a rowid set too: a pass over the table cannot use the index
        scope, scope_params = _scope(project_id)
        parts.append(
            f"t.rowid IN (SELECT t.rowid FROM {kind.table} AS t WHERE {scope} AND t.number = ?)"
        )
        params += [*scope_params, number]
    return "(" + " OR ".join(parts) + ")", params


# (table, project, threshold) found big, not probed again: the probe walks SCAN_FROM
# index entries (0.12 ms of a 1 ms search on the 100k demo), a project seldom shrinks
# back below it, and either plan gives the same answers. A small kind is probed each
# time (it may grow); its probe stops after its few rows.
_KNOWN_BIG: set[tuple[str, str, int]] = set()


def _big(con: sqlite3.Connection, kind: RecordKind, project_id: str | None) -> bool:
    if project_id is None:
        return True
    key = (kind.table, project_id, SCAN_FROM)
    if key in _KNOWN_BIG:
        return True
    sql = f"SELECT 1 FROM {kind.table} WHERE project_id = ? LIMIT 1 OFFSET ?"
    big = con.execute(sql, (project_id, SCAN_FROM)).fetchone() is not None
    if big:
        _KNOWN_BIG.add(key)
    return big


def plan(
    con: sqlite3.Connection,
    project_id: str | None,
    query: Query,
    kinds: Sequence[RecordKind],
    limit: int = LIMIT,
    names: Names | None = None,
) -> Plan:
    wanted = series().get(query.series or "")
    if query.only_number and wanted is not None:
        kinds = [k for k in kinds if k.key == wanted[0]]
    numbers: list[Statement] = []
    if query.number is not None or query.draft is not None:
        numbers = [_number_statement(kind, project_id, query, wanted) for kind in kinds]
    tops: list[Statement] = []
    counts: list[Statement] = []
    if query.words and not query.only_number:
        names = names if names is not None else read_names(con, project_id)
        named = {w: names.named(w) for w in query.words}
        for kind in kinds:
            top, count = _word_statements(con, kind, project_id, query, named, limit)
            tops.append(top)
            counts.append(count)
    return Plan(query, tuple(numbers), tuple(tops), tuple(counts))


def _number_statement(
    kind: RecordKind, project_id: str | None, query: Query, wanted: tuple[str, str | None] | None
) -> Statement:
    scope, scope_params = _scope(project_id)
    where = [scope, "t.deleted_at IS NULL"]
    params: list[Any] = list(scope_params)
    if query.draft is not None:
        where.append("upper(t.draft_number) = ?")
        params.append(query.draft)
    else:
        where.append("t.number = ?")
        params.append(query.number)
    if wanted is not None and wanted[1] is not None and kind.variant:
        where.append(f"t.{kind.variant} = ?")
        params.append(wanted[1])
    sql = f"{_columns(kind)} WHERE {' AND '.join(where)} ORDER BY t.rowid DESC"
    return Statement(kind.key, sql, tuple(params))


def _word_statements(
    con: sqlite3.Connection,
    kind: RecordKind,
    project_id: str | None,
    query: Query,
    named: dict[str, Named],
    limit: int,
) -> tuple[Statement, Statement]:
    """The newest ``limit + 1`` matches of ``kind``, and their count."""
    scope, scope_params = _scope(project_id)
    groups = [_word_group(kind, w, named[w], query.number, project_id) for w in query.words]
    where = " AND ".join([scope, "t.deleted_at IS NULL", *(g for g, _ in groups)])
    params = (*scope_params, *(p for _, ps in groups for p in ps))
    source = f"{kind.table} AS t"
    if _big(con, kind, project_id):
        source += " NOT INDEXED"
    top = (
        f"{_columns(kind)} WHERE t.rowid IN (SELECT t.rowid FROM {source} "
        f"WHERE {where} ORDER BY t.rowid DESC LIMIT ?) ORDER BY t.rowid DESC"
    )
    count = f"SELECT count(*) FROM {source} WHERE {where}"
    return Statement(kind.key, top, (*params, limit + 1)), Statement(kind.key, count, params)


# --- running it ---------------------------------------------------------------------
def kinds_of(keys: Iterable[str] | None) -> list[RecordKind]:
    if keys is None:
        return list(KINDS)
    chosen = set(keys)
    unknown = sorted(chosen - set(BY_KEY))
    if unknown:
        raise ValidationError(
            "kind",
            QT_TRANSLATE_NOOP("Errors", "There is no kind of record called {value}."),
            value=unknown[0],
        )
    return [k for k in KINDS if k.key in chosen]


def _hit(kind: RecordKind, r: Sequence[Any]) -> Hit:
    number = kind.display(r[2], r[3], r[6])
    return Hit(kind.key, r[0], r[1], number, r[4], r[5], r[7], r[8])


def run_first(con: sqlite3.Connection, p: Plan, limit: int = LIMIT) -> Found:
    """The first results of a plan: number matches first, then the newest matches."""
    hits: dict[str, list[Hit]] = {}
    for st in (*p.numbers, *p.tops):
        kind = BY_KEY[st.kind]
        group = hits.setdefault(st.kind, [])
        seen = {h.id for h in group}
        group.extend(_hit(kind, r) for r in con.execute(st.sql, st.params) if r[0] not in seen)
    groups = []
    for kind in KINDS:
        found = hits.get(kind.key)
        if found:
            # Only a number with its prefix is counted already: nothing else matches.
            total = len(found) if p.query.only_number else None
            groups.append(Group(kind.key, tuple(found[:limit]), total))
    return Found(p.query, tuple(groups))


def run_counts(con: sqlite3.Connection, p: Plan) -> dict[str, int]:
    return {st.kind: int(con.execute(st.sql, st.params).fetchone()[0]) for st in p.counts}


def first(source: SqlSource, project_id: str | None, text: str, *, limit: int = LIMIT) -> Found:
    """The first results of every kind, without totals (the search box; see ``totals``)."""
    return search(source, project_id, text, limit=limit, with_totals=False)


def totals(
    source: SqlSource, project_id: str | None, text: str, *, kinds: Iterable[str] | None = None
) -> dict[str, int]:
    """How many records of each kind match (kinds with none are left out)."""
    query = parse(text)
    chosen = kinds_of(kinds)
    if query.empty or query.only_number:
        return {}
    with source.sql() as con:
        counted = run_counts(con, plan(con, project_id, query, chosen))
    return {k: n for k, n in counted.items() if n}


def search(
    source: SqlSource,
    project_id: str | None,
    text: str,
    *,
    kinds: Iterable[str] | None = None,
    limit: int = LIMIT,
    with_totals: bool = True,
) -> Found:
    """The first ``limit`` results per kind and (``with_totals``) how many match in all,
    in one read (the command line's search)."""
    query = parse(text)
    chosen = kinds_of(kinds)
    if query.empty:
        return Found(query)
    with source.sql() as con:
        p = plan(con, project_id, query, chosen, limit)
        found = run_first(con, p, limit)
        if not with_totals or query.only_number:
            return found
        return found.with_totals(run_counts(con, p))
