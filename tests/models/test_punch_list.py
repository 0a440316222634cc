"""Keyset paging returns exactly what sorting everything in Python would, page by page."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

import pytest

from executrek.models.local_read import local_today
from executrek.models.project import Project
from executrek.models.records.punch import list_page as pl
from executrek.models.records.punch import service as punch
from executrek.models.records.punch.model import Priority, PunchStatus
from executrek.models.services import projects
from executrek.models.store import Store

pytestmark = pytest.mark.dates


@pytest.fixture
def loaded(store: Store, project: Project) -> dict[str, Any]:
    rng = random.Random(7)
    b = projects.add_location(store, project.id, "B1", "Building 1", "building").value
    floors = [
        projects.add_location(store, project.id, f"B1-L{i}", f"Level {i}", "floor", b.id).value
        for i in (1, 2)
    ]
    orgs = [
        projects.add_organisation(store, project.id, n, "subcontractor").value
        for n in ("Acme Drywall", "Zenith Electrical", "Ålborg Glazing")
    ]
    today = dt.date.today()
    items = []
    for i in range(260):
        items.append(
            punch.NewPunchItem(
                title=f"{rng.choice(['Crack', 'Scuff', 'Gap', 'Missing trim'])} {i}",
                location_id=rng.choice(floors).id if rng.random() > 0.2 else None,
                contractor_id=rng.choice(orgs).id if rng.random() > 0.1 else None,
                priority=rng.choice(list(Priority)),
                due_date=today + dt.timedelta(days=rng.randint(0, 40))
                if rng.random() > 0.3
                else None,
            )
        )
    punch.bulk_create_punch_items(store, project.id, items)
    return {"floors": floors, "orgs": orgs, "building": b}


def all_pages(store: Store, project: Project, flt: pl.PunchFilter, sort: pl.PunchSort) -> list[str]:
    out: list[str] = []
    after = None
    for _ in range(100):
        pg = pl.page(store, project.id, flt, sort, after=after, limit=37)
        out.extend(r.id for r in pg.rows)
        if pg.next_after is None:
            return out
        after = pg.next_after
    raise AssertionError("paging never ended")


@pytest.mark.parametrize("key", pl.SORTS)
@pytest.mark.parametrize("descending", [False, True])
def test_paging_equals_full_sort(
    store: Store, project: Project, loaded: dict[str, Any], key: str, descending: bool
) -> None:
    sort = pl.PunchSort(key, descending)
    paged = all_pages(store, project, pl.PunchFilter(), sort)
    full = pl.page(store, project.id, pl.PunchFilter(), sort, limit=10_000).rows
    assert paged == [r.id for r in full]
    assert len(paged) == 260 == len(set(paged))
    values = [r.sort_value for r in full]
    assert values == sorted(values, reverse=descending)


def test_filters_combine(store: Store, project: Project, loaded: dict[str, Any]) -> None:
    acme = loaded["orgs"][0]
    flt = pl.PunchFilter(
        contractor_ids=frozenset({acme.id}),
        priorities=frozenset({Priority.HIGH, Priority.CRITICAL}),
    )
    rows = pl.page(store, project.id, flt, limit=1000).rows
    assert rows
    assert all(r.contractor == "Acme Drywall" and r.priority in flt.priorities for r in rows)
    assert pl.count(store, project.id, flt) == len(rows)


def test_location_filter_includes_children(
    store: Store, project: Project, loaded: dict[str, Any]
) -> None:
    flt = pl.PunchFilter(location_id=loaded["building"].id)
    rows = pl.page(store, project.id, flt, limit=1000).rows
    assert rows
    assert all(r.location and r.location.startswith("Building 1 › Level") for r in rows)


def test_overdue_and_text(store: Store, project: Project, loaded: dict[str, Any]) -> None:
    later = dt.date.today() + dt.timedelta(days=20)
    flt = pl.PunchFilter(overdue_only=True, today=later)
    rows = pl.page(store, project.id, flt, limit=1000).rows
    assert rows
    assert all(r.overdue(later) for r in rows)
    hits = pl.page(store, project.id, pl.PunchFilter(text="missing tri"), limit=1000).rows
    assert hits
    assert all(r.title.startswith("Missing trim") for r in hits)
    closed = pl.PunchFilter(statuses=frozenset({PunchStatus.CLOSED}))
    assert pl.count(store, project.id, closed) == 0


def test_counts(store: Store, project: Project, loaded: dict[str, Any]) -> None:
    from executrek.models.services.health import punch_counts_in

    with store.sql() as con:
        c = punch_counts_in(con, local_today(), project.id)[project.id]
    assert c.total == 260
    assert c.by_status == {"open": 260}
    assert sum(c.by_contractor.values()) == 260


@pytest.mark.parametrize("key", ["number", "title", "due_date", "updated_at"])
@pytest.mark.parametrize("descending", [False, True])
def test_first_page_reads_in_index_order(
    store: Store, project: Project, loaded: dict[str, Any], key: str, descending: bool
) -> None:
    """The big-list sorts are served by an index: no temporary B-tree sorting every row."""
    stmt = pl.page_statement(project.id, pl.PunchFilter(), pl.PunchSort(key, descending))
    with store.read() as s:
        compiled = stmt.compile(s.get_bind())
        params = compiled.construct_params()
        sql = str(compiled)
        plan = [
            r[-1]
            for r in s.connection().exec_driver_sql(
                "EXPLAIN QUERY PLAN " + sql, tuple(params[k] for k in compiled.positiontup or ())
            )
        ]
    text_plan = "\n".join(plan)
    # "FOR RIGHT PART OF ORDER BY" (ties on the id) is fine; sorting every row is not.
    assert "TEMP B-TREE FOR ORDER BY" not in text_plan, text_plan
    assert "USING INDEX ix_punch_" in text_plan, text_plan


def test_page_columns_are_the_row_fields_in_order(store: Store, project: Project) -> None:
    """``page`` builds rows positionally: the SELECT must list PunchRow's fields in order."""
    import dataclasses

    stmt = pl.page_statement(project.id, pl.PunchFilter(), pl.PunchSort())
    names = [c.name for c in stmt.selected_columns]
    assert names == [f.name for f in dataclasses.fields(pl.PunchRow)]


def test_page_rows_are_whole_punch_rows(
    store: Store, project: Project, loaded: dict[str, Any]
) -> None:
    """``page`` fills a row's fields in one step instead of through the frozen
    dataclass's ``__init__``: every field there (in order), the stored values as the ORM
    reads them, still frozen, equal and hashing as the constructor's row."""
    import dataclasses

    from sqlalchemy import select

    from executrek.models.records.punch.model import PunchItem

    rows = pl.page(store, project.id, pl.PunchFilter(), pl.PunchSort("due_date"), limit=300).rows
    with store.read() as s:
        items = {i.id: i for i in s.scalars(select(PunchItem))}
        stored = {
            i.id: (i.number, i.title, i.status, i.priority, i.due_date) for i in items.values()
        }
    assert {r.id for r in rows} == set(stored) and len(rows) == 260
    names = [f.name for f in dataclasses.fields(pl.PunchRow)]
    for row in rows:
        assert list(vars(row)) == names
        assert (row.number, row.title, row.status, row.priority, row.due_date) == stored[row.id]
        assert type(row.status) is PunchStatus and type(row.priority) is Priority
        assert isinstance(row.updated_at, dt.datetime) and isinstance(row.created_at, dt.datetime)
        built = pl.PunchRow(**vars(row))
        assert built == row and hash(built) == hash(row) and vars(built) == vars(row)
    with pytest.raises(dataclasses.FrozenInstanceError):
        rows[0].title = "changed"  # type: ignore[misc]
    assert any(r.due_date is None for r in rows) and any(r.location for r in rows)
