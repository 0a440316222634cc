"""Reads of the site diary: one day whole, which day is whose, and the calendar.

Everything is plain SQL in one read transaction (``Store.sql``): the day form opens a
day with a hundred lines and thirty photos in a few milliseconds. Reads over a period
(delay register, manpower, weather, export) are in ``period``.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import sqlite3
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, NamedTuple

from executrek.models.human_numbers import display
from executrek.models.records.diary.entries import ENTRY_KINDS, EntryKind
from executrek.models.records.diary.model import KIND
from executrek.models.store import Store

_SERIES = KIND.series[0]
_ADDENDA_SQL = (
    "SELECT a.id, a.author_id, u.display_name, a.written_at, a.reason, a.body FROM diary_addenda a "
    "LEFT JOIN users u ON u.id = a.author_id WHERE a.day_id = ? ORDER BY a.written_at, a.id"
)


def number_of(number: int | None, draft: str | None) -> str:
    return display(_SERIES.prefix, number, draft, width=_SERIES.width)


def decimal_of(value: int | None) -> Decimal | None:
    """A one-place decimal as stored (tenths) → ``Decimal`` (the same values come back
    day after day: hours, headcounts, so they are kept)."""
    return None if value is None else _tenths(value)


@functools.lru_cache(maxsize=4096)
def _tenths(value: int) -> Decimal:
    return Decimal(value).scaleb(-1)


def _instant(value: str | None) -> dt.datetime | None:
    return None if value is None else dt.datetime.fromisoformat(value)


def _minutes(hhmm: str | None) -> int | None:
    if not hhmm:
        return None
    return int(hhmm[:2]) * 60 + int(hhmm[3:5])


def delay_hours(start: str | None, end: str | None) -> Decimal:
    """Hours between two ``HH:MM`` times (0 when either is missing)."""
    a, b = _minutes(start), _minutes(end)
    if a is None or b is None or b <= a:
        return Decimal("0.0")
    return (Decimal(b - a) / 60).quantize(Decimal("0.1"))


# --- one day ----------------------------------------------------------------------------


class PhotoRef(NamedTuple):
    """A photo attached to the day or to one of its entries (``record_type``/``record_id``
    name what it is attached to)."""

    photo_id: str
    sha256: str
    filename: str
    caption: str | None
    record_type: str
    record_id: str


class LinkRef(NamedTuple):
    """A record linked to the day or to one of its entries (``from_*``: the diary side;
    ``other_*``: the issue, change order or punch item)."""

    from_type: str
    from_id: str
    other_type: str
    other_id: str
    relation: str


@dataclass(slots=True)
class Entry:
    """One entry line: its kind (``manpower``…), its fields (Python values: ``Decimal``
    hours, ``HH:MM`` times, id lists) and the names its ids stand for. Read-only by
    convention (not frozen: a day form builds a hundred of them at a time)."""

    kind: str
    id: str
    values: dict[str, Any]
    names: dict[str, str] = field(default_factory=dict)  # field → what its id names

    def __getitem__(self, key: str) -> Any:
        return self.values[key]


@dataclass(frozen=True)
class Addendum:
    id: str
    author_id: str | None
    author: str | None
    written_at: dt.datetime
    reason: str
    body: str


@dataclass(frozen=True)
class SignatureView:
    signer_name: str
    signer_role: str | None
    signed_at: dt.datetime
    strokes: list[Any]


@dataclass(frozen=True)
class DayView:
    """The day's own fields, as the form and the report show them."""

    id: str
    project_id: str
    number: str
    title: str
    day: dt.date
    author_id: str | None
    author: str | None
    status: str
    weather_am: str | None
    weather_pm: str | None
    temp_min: int | None
    temp_max: int | None
    precipitation_mm: Decimal | None
    wind: str | None
    ground: str | None
    weather_stopped_hours: Decimal
    notes: str | None
    closed_at: dt.datetime | None
    content_hash: str | None
    previous_hash: str | None

    @property
    def closed(self) -> bool:
        return self.status == "closed"


@dataclass(frozen=True)
class DayDetail:
    """A day whole: its fields, every entry kind (all keys of ``ENTRY_KINDS``, in
    creation order), addenda, signature, photos of the day and its entries, links."""

    day: DayView
    entries: dict[str, tuple[Entry, ...]]
    addenda: tuple[Addendum, ...]
    signature: SignatureView | None
    photos: tuple[PhotoRef, ...]
    links: tuple[LinkRef, ...]

    @property
    def headcount(self) -> int:
        return sum(int(e["headcount"]) for e in self.entries["manpower"])

    @property
    def manpower_hours(self) -> Decimal:
        return sum((e["hours"] or Decimal(0) for e in self.entries["manpower"]), Decimal(0))

    def photos_of(self, record_type: str, record_id: str) -> tuple[PhotoRef, ...]:
        return tuple(
            p for p in self.photos if (p.record_type, p.record_id) == (record_type, record_id)
        )


DAY_COLUMNS = (
    "d.id, d.project_id, d.number, d.draft_number, d.title, d.day, d.author_id, u.display_name, "
    "d.status, d.weather_am, d.weather_pm, d.temp_min, d.temp_max, d.precipitation_mm, d.wind, "
    "d.ground, d.weather_stopped_hours, d.notes, d.closed_at, d.content_hash, d.previous_hash, "
    "d.signature_id"
)


def day_view(r: Sequence[Any]) -> DayView:
    return DayView(
        id=r[0],
        project_id=r[1],
        number=number_of(r[2], r[3]),
        title=r[4],
        day=dt.date.fromisoformat(r[5]),
        author_id=r[6],
        author=r[7],
        status=r[8],
        weather_am=r[9],
        weather_pm=r[10],
        temp_min=r[11],
        temp_max=r[12],
        precipitation_mm=decimal_of(r[13]),
        wind=r[14],
        ground=r[15],
        weather_stopped_hours=decimal_of(r[16]) or Decimal("0.0"),
        notes=r[17],
        closed_at=_instant(r[18]),
        content_hash=r[19],
        previous_hash=r[20],
    )


# The names of what entries point at, by id ({} is the list of marks).
NAME_SQL = {
    "organisations": "SELECT id, name FROM organisations WHERE id IN ({})",
    "locations": "SELECT id, coalesce(nullif(path, ''), name) FROM locations WHERE id IN ({})",
    "contractor_issues": "SELECT id, title FROM contractor_issues WHERE id IN ({})",
}


# What a ``ref`` field's id stands for, read with a join: table → name expression.
_NAME_OF = {
    "organisations": "{a}.name",
    "locations": "coalesce(nullif({a}.path, ''), {a}.name)",
    "contractor_issues": "{a}.title",
}


@dataclass(frozen=True)
class _Plan:
    """How the rows of one entry table are read: its columns, then the names its ``ref``
    fields stand for (joined), which columns are decimals, which are id lists."""

    kind: EntryKind
    sql: str
    names: tuple[str, ...]
    refs: tuple[str, ...]  # the ``ref`` fields whose names follow the columns
    decimals: tuple[str, ...]
    lists: tuple[tuple[str, str], ...]  # (field, target table)


def _plan(kind: EntryKind) -> _Plan:
    refs = [f for f in kind.fields if f.kind == "ref" and str(f.target) in _NAME_OF]
    joined = [
        (
            _NAME_OF[str(f.target)].format(a=f"r{i}"),
            f"LEFT JOIN {f.target} r{i} ON r{i}.id = e.{f.name}",
        )
        for i, f in enumerate(refs)
    ]
    columns = ", ".join([*(f"e.{n}" for n in kind.names), *(c for c, _j in joined)])
    return _Plan(
        kind,
        f"SELECT e.id, {columns} FROM {kind.table} e {' '.join(j for _c, j in joined)} "
        "WHERE e.day_id = ? AND e.deleted_at IS NULL ORDER BY e.id",
        kind.names,
        tuple(f.name for f in refs),
        tuple(f.name for f in kind.fields if f.kind == "decimal"),
        tuple((f.name, str(f.target)) for f in kind.fields if f.kind == "ids"),
    )


_PLANS = tuple(_plan(k) for k in ENTRY_KINDS.values())


def _marks(n: int) -> str:
    return ", ".join("?" * n)


@functools.lru_cache(maxsize=1024)
def _id_list(text: str) -> tuple[str, ...]:
    return tuple(json.loads(text))


def _entries(
    con: sqlite3.Connection, day_id: str
) -> tuple[dict[str, tuple[Entry, ...]], list[tuple[str, str]]]:
    """The day's entries by kind, with the names their ids stand for, and their (record
    type, id) pairs."""
    by_kind: dict[str, tuple[Entry, ...]] = {}
    targets: list[tuple[str, str]] = []
    listed: list[tuple[Entry, str, str]] = []  # id-list fields, named below in one go
    for plan in _PLANS:
        width = len(plan.names) + 1
        columns, refs, decimals, lists = plan.names, plan.refs, plan.decimals, plan.lists
        key, part = plan.kind.key, plan.kind.part
        found = []
        for row in con.execute(plan.sql, (day_id,)):
            values = dict(zip(columns, row[1:width], strict=False))  # the SQL lists these
            labels = (
                {n: v for n, v in zip(refs, row[width:], strict=False) if v is not None}
                if refs
                else {}
            )
            for name in decimals:
                values[name] = decimal_of(values[name])
            entry = Entry(key, row[0], values, labels)
            for name, target in lists:
                values[name] = list(_id_list(values[name])) if values[name] else []
                if values[name]:
                    listed.append((entry, name, target))
            found.append(entry)
            targets.append((part, row[0]))
        by_kind[key] = tuple(found)
    if listed:
        wanted: dict[str, set[str]] = defaultdict(set)
        for entry, name, target in listed:
            wanted[target].update(entry.values[name])
        names: dict[str, str] = {}
        for table, ids in wanted.items():
            names.update(con.execute(NAME_SQL[table].format(_marks(len(ids))), sorted(ids)))
        for entry, name, _target in listed:
            entry.names[name] = ", ".join(names.get(v, v) for v in entry.values[name])
    return by_kind, targets


def _photos_and_links(
    con: sqlite3.Connection, targets: list[tuple[str, str]]
) -> tuple[tuple[PhotoRef, ...], tuple[LinkRef, ...]]:
    """Photos linked to the targets and record links from or to them (through the
    (type, id) indexes: types × ids probes, a few hundred for a full day)."""
    photos: list[PhotoRef] = []
    links: list[LinkRef] = []
    for start in range(0, len(targets), 400):
        chunk = targets[start : start + 400]
        mine = {i for _t, i in chunk}
        types = sorted({t for t, _i in chunk})
        params = [*types, *mine]
        pair = f"{{}}_type IN ({_marks(len(types))}) AND {{}}_id IN ({_marks(len(mine))})"
        photos.extend(
            map(
                PhotoRef._make,
                con.execute(
                    "SELECT p.id, p.sha256, p.filename, p.caption, l.record_type, l.record_id "
                    "FROM photo_links l JOIN photos p ON p.id = l.photo_id "
                    f"WHERE {pair.format('l.record', 'l.record')} AND l.deleted_at IS NULL "
                    "AND p.deleted_at IS NULL ORDER BY p.captured_at, p.id",
                    params,
                ),
            )
        )
        for f_type, f_id, t_type, t_id, rel in con.execute(
            "SELECT from_type, from_id, to_type, to_id, relation FROM record_links "
            f"WHERE deleted_at IS NULL AND (({pair.format('from', 'from')}) "
            f"OR ({pair.format('to', 'to')}))",
            params + params,
        ):
            if f_id in mine:
                links.append(LinkRef(f_type, f_id, t_type, t_id, rel))
            else:
                links.append(LinkRef(t_type, t_id, f_type, f_id, rel))
    return tuple(photos), tuple(links)


def day_detail(store: Store, day_id: str) -> DayDetail | None:
    """The day with all its entries, addenda, signature, photos and links (one read);
    None when there is no such day (or it was removed)."""
    with store.sql() as con:
        r = con.execute(
            f"SELECT {DAY_COLUMNS}, g.signer_name, g.signer_role, g.signed_at, g.strokes "
            "FROM diary_days d LEFT JOIN users u ON u.id = d.author_id "
            "LEFT JOIN signatures g ON g.id = d.signature_id "
            "WHERE d.id = ? AND d.deleted_at IS NULL",
            (day_id,),
        ).fetchone()
        if r is None:
            return None
        entries, targets = _entries(con, day_id)
        addenda = tuple(
            Addendum(a[0], a[1], a[2], dt.datetime.fromisoformat(a[3]), a[4], a[5])
            for a in con.execute(_ADDENDA_SQL, (day_id,))
        )
        signature = None
        if r[22] is not None:
            signature = SignatureView(
                r[22], r[23], dt.datetime.fromisoformat(r[24]), json.loads(r[25])
            )
        photos, links = _photos_and_links(con, [(KIND.key, day_id), *targets])
        return DayDetail(day_view(r), entries, addenda, signature, photos, links)


def find_day(
    store: Store, project_id: str, day: dt.date, author_id: str | None = None
) -> str | None:
    """The id of the diary day of ``day`` (the given author's, or the current user's,
    or — with no user — anyone's oldest); None when there is none."""
    author = author_id or store.actor.user_id
    with store.sql() as con:
        sql = "SELECT id FROM diary_days WHERE project_id = ? AND day = ? AND deleted_at IS NULL"
        params: list[Any] = [project_id, day.isoformat()]
        if author is not None:
            row = con.execute(
                sql + " AND author_id = ? ORDER BY created_at, id LIMIT 1", [*params, author]
            ).fetchone()
            if row is not None:
                return str(row[0])
        row = con.execute(sql + " ORDER BY created_at, id LIMIT 1", params).fetchone()
        return None if row is None else str(row[0])


# --- over a period ---------------------------------------------------------------------


@dataclass(frozen=True)
class CalendarDay:
    """One diary day in the calendar strip."""

    day: dt.date
    day_id: str
    number: str
    title: str
    status: str
    author_id: str | None
    author: str | None
    has_delays: bool
    headcount: int


def period_sql(start: dt.date | None, end: dt.date | None) -> tuple[str, list[Any]]:
    sql, params = "", []
    if start is not None:
        sql += " AND d.day >= ?"
        params.append(start.isoformat())
    if end is not None:
        sql += " AND d.day <= ?"
        params.append(end.isoformat())
    return sql, params


def calendar(
    store: Store,
    project_id: str,
    start: dt.date | None = None,
    end: dt.date | None = None,
    *,
    author_id: str | None = None,
) -> list[CalendarDay]:
    """The diary days of a period (every author's, or one's), oldest first: date,
    status, whether it records delays, and the headcount on site."""
    period, params = period_sql(start, end)
    if author_id is not None:
        period += " AND d.author_id = ?"
        params.append(author_id)
    with store.sql() as con:
        rows = con.execute(
            "SELECT d.day, d.id, d.number, d.draft_number, d.title, d.status, d.author_id, "
            "u.display_name, EXISTS (SELECT 1 FROM diary_delays x WHERE x.day_id = d.id "
            "AND x.deleted_at IS NULL), (SELECT coalesce(sum(m.headcount), 0) FROM diary_manpower m "
            "WHERE m.day_id = d.id AND m.deleted_at IS NULL) "
            "FROM diary_days d LEFT JOIN users u ON u.id = d.author_id "
            f"WHERE d.project_id = ? AND d.deleted_at IS NULL{period} ORDER BY d.day, d.created_at",
            [project_id, *params],
        ).fetchall()
    return [
        CalendarDay(
            dt.date.fromisoformat(r[0]),
            r[1],
            number_of(r[2], r[3]),
            r[4],
            r[5],
            r[6],
            r[7],
            bool(r[8]),
            int(r[9]),
        )
        for r in rows
    ]
