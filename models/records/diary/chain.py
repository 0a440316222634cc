"""The canonical form of a diary day, its content hash, and the hash chain check.

**Canonical form** (version 1). A JSON document::

    {"v": 1, "day": {DAY_FIELDS…}, "entries": {table: [entry, …], …}}

``day`` holds the day's ``DAY_FIELDS`` (``previous_hash`` among them: that is the
chain); ``entries`` holds every entry table of ``ENTRY_KINDS`` (an empty list when the
day has none), each entry as ``id`` plus its fields, live entries only, sorted by id.
Values are in their wire form (as the outbox and the central database hold them):
text, whole numbers, ``null``, dates ``YYYY-MM-DD``, instants ``…T…Z``, id lists as
arrays, and decimals as text with exactly one decimal place (``"2.5"``, ``"0.0"``).
The text is PostgreSQL's ``jsonb`` output: object keys ordered by length and then byte
by byte, ``", "`` and ``": "`` as separators, non-ASCII characters as they are, only
``"``, ``\\`` and control characters escaped — so the central database computes the same
bytes from its copy (``sync/migrations/server_0006.py``). The content hash is the
SHA-256 of those bytes in UTF-8, in lowercase hex.

Number, status, bookkeeping and the hash itself are not part of the content (a day's
number may change at its first sync). Photos and record links are attached, not sealed.

**Chain.** Days are chained per project and author in the order they were closed
(``closed_at``, then id; closing keeps ``closed_at`` after the previous link's): a day's
``previous_hash`` is the ``content_hash`` of the author's day closed before it (empty
for the first). ``verify`` recomputes every closed day and names the first that does not
match.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import json
import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import JSON

from executrek.models.base import Base, Scaled, UTCDateTime
from executrek.models.human_numbers import display
from executrek.models.records.diary.entries import BY_TABLE, ENTRY_TABLES
from executrek.models.records.diary.model import CONTENT_FIELDS, KIND, DiaryDay, DiaryStatus
from executrek.models.store import Store
from executrek.models.tracking import to_wire

VERSION = 1
DAY_FIELDS: tuple[str, ...] = CONTENT_FIELDS
ENTRY_FIELDS: dict[str, tuple[str, ...]] = {t: ("id", *BY_TABLE[t].names) for t in ENTRY_TABLES}


def _pg_key(name: str) -> tuple[int, bytes]:
    raw = name.encode()
    return len(raw), raw


def pg_order(names: Iterable[str]) -> tuple[str, ...]:
    """Names in the order PostgreSQL's ``jsonb`` keeps object keys."""
    return tuple(sorted(names, key=_pg_key))


def _kinds_of(table: str, names: Sequence[str]) -> dict[str, str]:
    """Field → ``dec`` (one-decimal text), ``dt`` (an instant), ``json`` or ``plain``."""
    cols = Base.metadata.tables[table].c
    out = {}
    for name in names:
        type_ = cols[name].type
        if isinstance(type_, Scaled):
            out[name] = "dec"
        elif isinstance(type_, UTCDateTime):
            out[name] = "dt"
        elif isinstance(type_, JSON):
            out[name] = "json"
        else:
            out[name] = "plain"
    return out


def decimal_text(value: Any) -> str | None:
    """The canonical text of a decimal field: one decimal place (``"2.5"``, ``"0.0"``)."""
    if value is None:
        return None
    return str(Decimal(str(value)).quantize(Decimal("0.1")))


@functools.lru_cache(maxsize=4096)
def _tenths_text(stored: int) -> str:
    """A one-place decimal as stored (tenths) in its canonical text."""
    return str(Decimal(stored).scaleb(-1).quantize(Decimal("0.1")))


def instant_text(stored: str | None) -> str | None:
    """An instant as stored by ``UTCDateTime`` (``…T09:00:00.000000Z``) in wire form
    (``…T09:00:00Z``; microseconds only when there are any), without parsing."""
    if stored is None:
        return None
    if stored[20:26] == "000000":
        return stored[:19] + "Z"
    return stored[:26] + "Z"


def canonical_json(doc: Any) -> str:
    """Any JSON value as PostgreSQL's ``jsonb`` prints it (see the module docstring)."""

    def ordered(value: Any) -> Any:
        if isinstance(value, dict):
            return {k: ordered(value[k]) for k in pg_order(value)}
        if isinstance(value, list | tuple):
            return [ordered(v) for v in value]
        if isinstance(value, float):
            raise TypeError("the canonical form holds no floating-point numbers")
        return value

    return json.dumps(ordered(doc), ensure_ascii=False, separators=(", ", ": "))


def canonical_bytes(
    day: Mapping[str, Any], entries: Mapping[str, Sequence[Mapping[str, Any]]]
) -> bytes:
    """The canonical bytes of a day (``day``: its ``DAY_FIELDS`` in wire form; ``entries``:
    table → entry rows in wire form, any order)."""
    doc = {
        "v": VERSION,
        "day": {f: day.get(f) for f in DAY_FIELDS},
        "entries": {
            t: sorted(
                ({f: row.get(f) for f in ENTRY_FIELDS[t]} for row in entries.get(t, ())),
                key=lambda r: str(r["id"]),
            )
            for t in ENTRY_TABLES
        },
    }
    return canonical_json(doc).encode()


def hash_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# --- reading days in wire form, straight from SQLite ------------------------------------


class _Reader:
    """Reads days and their live entries in wire form with one query per table.

    The same reader serves closing (inside the closing transaction) and verifying, so
    both hash exactly the same bytes."""

    def __init__(self) -> None:
        self.day_kinds = _kinds_of("diary_days", DAY_FIELDS)
        self.entry_kinds = {t: _kinds_of(t, ENTRY_FIELDS[t]) for t in ENTRY_TABLES}
        # Key order fixed once: the rows are built already in jsonb order.
        self.day_order = pg_order(DAY_FIELDS)
        self.entry_order = {t: pg_order(ENTRY_FIELDS[t]) for t in ENTRY_TABLES}
        self.table_order = pg_order(ENTRY_TABLES)
        self.day_special = self._special(self.day_kinds, self.day_order)
        self.entry_special = {
            t: self._special(self.entry_kinds[t], self.entry_order[t]) for t in ENTRY_TABLES
        }

    @staticmethod
    def _special(
        kinds: Mapping[str, str], names: Sequence[str]
    ) -> tuple[tuple[int, str, str], ...]:
        """(position, name, kind) of the columns whose stored value is not the wire value."""
        return tuple((i, n, kinds[n]) for i, n in enumerate(names) if kinds[n] != "plain")

    @staticmethod
    def _convert(
        special: Sequence[tuple[int, str, str]], names: Sequence[str], raw: Sequence[Any]
    ) -> dict[str, Any]:
        out = dict(zip(names, raw, strict=False))
        for index, name, kind in special:
            value = raw[index]
            if value is None:
                continue
            if kind == "dec":
                out[name] = _tenths_text(value)
            elif kind == "dt":
                out[name] = instant_text(value)
            elif isinstance(value, str):
                out[name] = json.loads(value)
        return out

    def days(
        self, con: sqlite3.Connection, where: str, params: Sequence[Any]
    ) -> list[dict[str, Any]]:
        extra = ("status", "content_hash", "number", "draft_number")
        cols = ", ".join((*self.day_order, *extra))
        rows = con.execute(
            f"SELECT {cols} FROM diary_days WHERE deleted_at IS NULL AND {where}", params
        ).fetchall()
        out = []
        n = len(self.day_order)
        for raw in rows:
            day = self._convert(self.day_special, self.day_order, raw[:n])
            day.update(zip(extra, raw[n:], strict=True))
            out.append(day)
        return out

    def entries(
        self, con: sqlite3.Connection, project_id: str, day_ids: Sequence[str]
    ) -> dict[str, dict[str, list[dict[str, Any]]]]:
        """day id → table → its live entries (sorted by id), wire form."""
        out: dict[str, dict[str, list[dict[str, Any]]]] = defaultdict(dict)
        wanted = set(day_ids)
        for table in ENTRY_TABLES:
            order = self.entry_order[table]
            special = self.entry_special[table]
            if len(wanted) <= 500:
                marks = ", ".join("?" * len(wanted))
                sql = (
                    f"SELECT day_id, {', '.join(order)} FROM {table} "
                    f"WHERE deleted_at IS NULL AND day_id IN ({marks}) ORDER BY day_id, id"
                )
                params: list[Any] = sorted(wanted)
            else:
                sql = (
                    f"SELECT day_id, {', '.join(order)} FROM {table} "
                    "WHERE deleted_at IS NULL AND project_id = ? ORDER BY day_id, id"
                )
                params = [project_id]
            for raw in con.execute(sql, params):
                if raw[0] in wanted:
                    rows = out[raw[0]].setdefault(table, [])
                    rows.append(self._convert(special, order, raw[1:]))
        return out

    def doc_bytes(
        self, day: Mapping[str, Any], entries: Mapping[str, list[dict[str, Any]]]
    ) -> bytes:
        """``canonical_bytes`` for rows this reader built (keys already in order)."""
        doc = {
            "v": VERSION,
            "day": {f: day[f] for f in self.day_order},
            "entries": {t: entries.get(t, []) for t in self.table_order},
        }
        return json.dumps(doc, ensure_ascii=False, separators=(", ", ": ")).encode()


_READER: _Reader | None = None


def reader() -> _Reader:
    global _READER
    if _READER is None:
        _READER = _Reader()
    return _READER


def day_bytes(con: sqlite3.Connection, day_id: str) -> bytes:
    """The canonical bytes of one day as stored now (inside the caller's transaction)."""
    r = reader()
    days = r.days(con, "id = ?", [day_id])
    if not days:
        raise LookupError(day_id)
    return r.doc_bytes(days[0], r.entries(con, days[0]["project_id"], [day_id]).get(day_id, {}))


def closing_bytes(con: sqlite3.Connection, day: DiaryDay) -> bytes:
    """The canonical bytes of ``day`` with its fields as they are on the object (not yet
    written: closing writes status, times, signature and hash in one change) and its
    entries as stored."""
    r = reader()
    values: dict[str, Any] = {}
    for name in r.day_order:
        value = getattr(day, name)
        if r.day_kinds[name] == "dec":
            values[name] = decimal_text(value)
        else:
            values[name] = to_wire(value)
    return r.doc_bytes(values, r.entries(con, day.project_id, [day.id]).get(day.id, {}))


# --- verifying the chain -------------------------------------------------------------


@dataclass(frozen=True)
class ChainProblem:
    """A closed day that does not match: ``reason`` is ``content`` (changed after it was
    closed), ``link`` (its previous hash is not the hash of the day closed before it) or
    ``open`` (it has a hash but is no longer closed)."""

    project_id: str
    day_id: str
    number: str  # "DIA-012"
    day: dt.date
    author_id: str | None
    reason: str
    previous_number: str | None = None  # the day before it in the chain (``link``)

    @property
    def message(self) -> str:
        if self.reason == "content":
            return (
                f"{self.number} ({self.day.isoformat()}) was changed after it was closed: "
                "its content no longer matches its hash."
            )
        if self.reason == "link":
            before = self.previous_number or "the day before it"
            return (
                f"{self.number} ({self.day.isoformat()}) no longer follows {before} in the "
                f"chain: {before} was changed or removed after {self.number} was closed."
            )
        return f"{self.number} ({self.day.isoformat()}) has a hash but is no longer closed."


@dataclass(frozen=True)
class ChainReport:
    """The result of ``verify``: how many closed days were checked, in how many chains
    (one per author), and the problems in chain order (the first is the first bad day)."""

    project_id: str
    days_checked: int
    chains: int
    problems: tuple[ChainProblem, ...] = field(default_factory=tuple)

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def first(self) -> ChainProblem | None:
        return self.problems[0] if self.problems else None


def _number(day: Mapping[str, Any]) -> str:
    one = KIND.series[0]
    return display(one.prefix, day["number"], day["draft_number"], width=one.width)


def _closing_order(day: Mapping[str, Any]) -> tuple[str, str]:
    """(closed_at, id) with every instant at microseconds (the wire form drops ``.000000``,
    which would sort ``…:00Z`` after ``…:00.5Z``)."""
    at = day["closed_at"] or ""
    return (at[:19] + ".000000Z" if len(at) == 20 else at), day["id"]


def verify_connection(con: sqlite3.Connection, project_id: str) -> ChainReport:
    """``verify`` on an open sqlite3 connection (one read transaction)."""
    r = reader()
    days = r.days(
        con,
        "project_id = ? AND (status = 'closed' OR content_hash IS NOT NULL)",
        [project_id],
    )
    entries = r.entries(con, project_id, [d["id"] for d in days])
    chains: dict[str | None, list[dict[str, Any]]] = defaultdict(list)
    for d in days:
        chains[d["author_id"]].append(d)
    problems: list[tuple[str, str, ChainProblem]] = []
    for author, chain in chains.items():
        chain.sort(key=_closing_order)
        previous: dict[str, Any] | None = None
        for d in chain:
            problem = None
            if d["status"] != DiaryStatus.CLOSED.value:
                problem = "open"
            elif hash_bytes(r.doc_bytes(d, entries.get(d["id"], {}))) != d["content_hash"]:
                problem = "content"
            elif (d["previous_hash"] or "") != ((previous or {}).get("content_hash") or ""):
                problem = "link"
            if problem is not None:
                found = ChainProblem(
                    project_id,
                    d["id"],
                    _number(d),
                    dt.date.fromisoformat(d["day"]),
                    author,
                    problem,
                    _number(previous) if previous and problem == "link" else None,
                )
                problems.append((*_closing_order(d), found))
            previous = d
    problems.sort(key=lambda p: (p[0], p[1]))
    return ChainReport(project_id, len(days), len(chains), tuple(p[2] for p in problems))


def verify(store: Store, project_id: str) -> ChainReport:
    """Recompute every closed day of the project, chain by chain (one per author), in one
    read; the report names the first day that does not match."""
    with store.sql() as con:
        return verify_connection(con, project_id)


def chain_problems(store: Store) -> list[ChainProblem]:
    """Every closed day on this laptop that does not match, in all projects (for the
    Sync screen: an edited closed day that came with a pull or an import)."""
    with store.sql() as con:
        projects = [
            str(p)
            for (p,) in con.execute(
                "SELECT DISTINCT project_id FROM diary_days WHERE deleted_at IS NULL "
                "AND (status = 'closed' OR content_hash IS NOT NULL)"
            )
        ]
        out: list[ChainProblem] = []
        for project_id in projects:
            out.extend(verify_connection(con, project_id).problems)
    return out
