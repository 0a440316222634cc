"""The punch list as the screens and reports see it: filtered, sorted and paged in SQL
(keyset paging), so 100,000 items cost the same as 100."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import and_, bindparam, case, func, literal_column, select, tuple_
from sqlalchemy.dialects import sqlite

from executrek.models import search
from executrek.models.directory import Organisation, Person
from executrek.models.project import Location, Trade
from executrek.models.records.punch.model import Priority, PunchItem, PunchStatus
from executrek.models.services.common import local_today, locations_within
from executrek.models.services.record_reads import list_conditions
from executrek.models.store import Store
from executrek.models.vocab import LIVE as LIVE

PRIORITY_RANK = {Priority.CRITICAL: 0, Priority.HIGH: 1, Priority.MEDIUM: 2, Priority.LOW: 3}
STATUS_RANK = {
    PunchStatus.DRAFT: 0,
    PunchStatus.OPEN: 1,
    PunchStatus.REJECTED: 2,
    PunchStatus.READY_FOR_REVIEW: 3,
    PunchStatus.CLOSED: 4,
    PunchStatus.VOID: 5,
}


@dataclass(frozen=True)
class PunchFilter:
    statuses: frozenset[PunchStatus] = frozenset()
    priorities: frozenset[Priority] = frozenset()
    contractor_ids: frozenset[str] = frozenset()
    trade_ids: frozenset[str] = frozenset()
    location_id: str | None = None  # this location and everything below it
    created_by: str | None = None
    overdue_only: bool = False
    due_from: dt.date | None = None
    due_to: dt.date | None = None
    text: str = ""
    today: dt.date | None = None  # for "overdue"; defaults to the local date


SORTS = (
    "number",
    "title",
    "status",
    "priority",
    "due_date",
    "location",
    "contractor",
    "trade",
    "assignee",
    "updated_at",
    "created_at",
)


@dataclass(frozen=True)
class PunchSort:
    key: str = "number"
    descending: bool = False


@dataclass(frozen=True)
class PunchRow:
    id: str
    number: int | None
    draft_number: str | None
    title: str
    status: PunchStatus
    priority: Priority
    due_date: dt.date | None
    location: str | None
    contractor: str | None
    trade: str | None
    assignee: str | None
    updated_at: dt.datetime
    created_at: dt.datetime
    sort_value: Any = field(compare=False)

    @property
    def display_number(self) -> str:
        return f"PI-{self.number:04d}" if self.number is not None else f"PI-{self.draft_number}"

    def overdue(self, today: dt.date) -> bool:
        return self.due_date is not None and self.due_date < today and self.status in LIVE


@dataclass(frozen=True)
class Page:
    rows: list[PunchRow]
    next_after: tuple[Any, str] | None  # keyset cursor for the following page


def _sort_expr(key: str) -> Any:
    # The number, title and due-date keys are written exactly as the expression indexes of
    # migration 0004 (inline literals, not bound parameters), so SQLite reads the first page
    # in index order instead of sorting every row.
    if key == "number":
        return func.coalesce(PunchItem.number, literal_column("1099511627776"))
    if key == "title":
        return func.lower(PunchItem.title)
    if key == "status":
        return case({s.value: r for s, r in STATUS_RANK.items()}, value=PunchItem.status)
    if key == "priority":
        return case({p.value: r for p, r in PRIORITY_RANK.items()}, value=PunchItem.priority)
    if key == "due_date":
        return func.coalesce(PunchItem.due_date, literal_column("'9999-12-31'"))
    if key == "location":
        return func.coalesce(Location.path, "")
    if key == "contractor":
        return func.coalesce(Organisation.name, "")
    if key == "trade":
        return func.coalesce(Trade.name, "")
    if key == "assignee":
        return func.coalesce(Person.name, "")
    if key == "updated_at":
        return PunchItem.updated_at
    if key == "created_at":
        return PunchItem.created_at
    raise ValueError(f"unknown sort {key!r}")


def _where(project_id: str, flt: PunchFilter) -> list[Any]:
    conds = list_conditions(
        PunchItem,
        project_id,
        status=[s.value for s in flt.statuses],
        priority=[p.value for p in flt.priorities],
        contractor_id=flt.contractor_ids,
        trade_id=flt.trade_ids,
    )
    if flt.created_by:
        conds.append(PunchItem.created_by == flt.created_by)
    if flt.location_id:
        conds.append(PunchItem.location_id.in_(locations_within(flt.location_id)))
    today = flt.today or local_today()
    if flt.overdue_only:
        conds.append(
            and_(PunchItem.due_date < today, PunchItem.status.in_([s.value for s in LIVE]))
        )
    if flt.due_from:
        conds.append(PunchItem.due_date >= flt.due_from)
    if flt.due_to:
        conds.append(PunchItem.due_date <= flt.due_to)
    match = search.matching("punch_items", flt.text)
    if match is not None:
        conds.append(match)
    return conds


def _base(project_id: str, flt: PunchFilter, sort: PunchSort) -> tuple[Any, Any]:
    sort_col = _sort_expr(sort.key).label("sort_value")
    stmt = (
        select(
            PunchItem.id,
            PunchItem.number,
            PunchItem.draft_number,
            PunchItem.title,
            PunchItem.status,
            PunchItem.priority,
            PunchItem.due_date,
            Location.path.label("location"),
            Organisation.name.label("contractor"),
            Trade.name.label("trade"),
            Person.name.label("assignee"),
            PunchItem.updated_at,
            PunchItem.created_at,
            sort_col,
        )
        .select_from(PunchItem)
        .outerjoin(Location, Location.id == PunchItem.location_id)
        .outerjoin(Organisation, Organisation.id == PunchItem.contractor_id)
        .outerjoin(Trade, Trade.id == PunchItem.trade_id)
        .outerjoin(Person, Person.id == PunchItem.assignee_id)
        .where(*_where(project_id, flt))
    )
    return stmt, _sort_expr(sort.key)


@functools.lru_cache(maxsize=64)
def page_statement(
    project_id: str,
    flt: PunchFilter,
    sort: PunchSort,
    *,
    paged: bool = False,
    limit: int = 201,
) -> Any:
    """The SELECT behind one page (public so tests can check its query plan). Built once
    per filter and sort (building it costs more than running it on the index); a following
    page binds its keyset cursor as ``after_value``/``after_id``."""
    stmt, key = _base(project_id, flt, sort)
    if paged:
        cmp = tuple_(key, PunchItem.id)
        # Bind the cursor with the sort column's own type, so it compares as stored.
        bound = tuple_(
            bindparam("after_value", None, type_=key.type, required=False),
            bindparam("after_id", None, required=False),
        )
        stmt = stmt.where(cmp < bound if sort.descending else cmp > bound)
    order = (key.desc(), PunchItem.id.desc()) if sort.descending else (key, PunchItem.id)
    return stmt.order_by(*order).limit(limit)


_DIALECT = sqlite.dialect()
_STATUS = {s.value: s for s in PunchStatus}
_PRIORITY = {p.value: p for p in Priority}


@dataclass(frozen=True)
class _PageSql:
    sql: str
    params: tuple[Any, ...]  # positional, ready for sqlite3; cursor slots hold None
    after_slots: tuple[int, int] | None  # where the keyset cursor's value and id go


@functools.lru_cache(maxsize=64)
def _page_sql(
    project_id: str, flt: PunchFilter, sort: PunchSort, paged: bool, limit: int
) -> _PageSql:
    """``page_statement`` compiled once to SQLite text with its parameters in order: a
    page then runs on the plain sqlite3 connection, without SQLAlchemy's execution and
    result machinery (most of a page's time on 100,000 items)."""
    stmt = page_statement(project_id, flt, sort, paged=paged, limit=limit)
    compiled = stmt.compile(dialect=_DIALECT, compile_kwargs={"render_postcompile": True})
    given = compiled.construct_params()
    names = list(compiled.positiontup or ())
    params = tuple(_sql_value(given[n]) for n in names)
    slots = (names.index("after_value"), names.index("after_id")) if paged else None
    return _PageSql(str(compiled), params, slots)


def _sql_value(value: Any) -> Any:
    if isinstance(value, dt.date):  # dates are stored as ISO text
        return value.isoformat()
    return getattr(value, "value", value)  # enum members as their stored value


_new = object.__new__
_date = dt.date.fromisoformat
_datetime = dt.datetime.fromisoformat


def _punch_row(r: Sequence[Any]) -> PunchRow:
    """A row of ``page_statement`` as stored (ISO dates, enum values) to a PunchRow;
    ``sort_value`` stays as stored: it is the keyset cursor bound back as is.

    The instance's fields are filled in one step: a frozen dataclass's ``__init__`` sets
    each of its 14 fields through ``object.__setattr__``, 0.4-0.8 ms of a first page's
    200 rows on the db worker (about a third of the page). The same instance as
    ``PunchRow(...)``; a test compares the two and the field names."""
    due = r[6]
    row: PunchRow = _new(PunchRow)
    row.__dict__.update(
        {
            "id": r[0],
            "number": r[1],
            "draft_number": r[2],
            "title": r[3],
            "status": _STATUS[r[4]],
            "priority": _PRIORITY[r[5]],
            "due_date": _date(due) if due else None,
            "location": r[7],
            "contractor": r[8],
            "trade": r[9],
            "assignee": r[10],
            "updated_at": _datetime(r[11]),
            "created_at": _datetime(r[12]),
            "sort_value": r[13],
        }
    )
    return row


def page(
    store: Store,
    project_id: str,
    flt: PunchFilter = PunchFilter(),
    sort: PunchSort = PunchSort(),
    *,
    after: tuple[Any, str] | None = None,
    limit: int = 200,
) -> Page:
    if flt.today is None:  # "overdue" is relative to today: part of the cached statement
        flt = replace(flt, today=local_today())
    query = _page_sql(project_id, flt, sort, after is not None, limit + 1)
    params = list(query.params)
    if query.after_slots is not None and after is not None:
        params[query.after_slots[0]], params[query.after_slots[1]] = after
    with store.sql() as con:
        raw = con.execute(query.sql, params).fetchall()
    rows = [_punch_row(r) for r in raw[:limit]]
    nxt = (rows[-1].sort_value, rows[-1].id) if len(raw) > limit and rows else None
    return Page(rows, nxt)


def count(store: Store, project_id: str, flt: PunchFilter = PunchFilter()) -> int:
    stmt = select(func.count()).select_from(PunchItem).where(*_where(project_id, flt))
    with store.read() as s:
        return int(s.scalar(stmt) or 0)


def ids_matching(store: Store, project_id: str, flt: PunchFilter) -> Sequence[str]:
    """Every id the filter selects (for "select all" bulk actions)."""
    with store.read() as s:
        return list(s.scalars(select(PunchItem.id).where(*_where(project_id, flt))))
