"""The canonical form of a diary day and the hash chain: the text is PostgreSQL's jsonb
text, the two ways of building it agree, and ``verify`` names the first day that was
changed after closing — in its content, its entries, or its place in the chain."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from diary_data import Site, full_day, site

from executrek.models.project import Project
from executrek.models.records.diary import chain
from executrek.models.services import projects
from executrek.models.store import Store

pytestmark = pytest.mark.dates


@pytest.fixture
def where(store: Store, project: Project) -> Site:
    return site(store, project.id)


def _tamper(store: Store, sql: str, *params: object) -> None:
    """What a person with the database file (not the app) could do."""
    with store.sql() as con:
        con.execute("SAVEPOINT tamper")
        con.execute(sql, params)
        con.execute("RELEASE tamper")
        con.execute("COMMIT")
        con.execute("BEGIN")


def test_the_canonical_text_is_jsonb_text() -> None:
    doc = {"v": 1, "entries": {"bb": [], "a": [{"zz": 1, "y": None}]}, "day": {"n": 'é "q"\n\t\\'}}
    assert chain.canonical_json(doc) == (
        '{"v": 1, "day": {"n": "é \\"q\\"\\n\\t\\\\"}, "entries": {"a": [{"y": null, "zz": 1}], "bb": []}}'
    )
    assert chain.pg_order(["title", "id", "day", "notes"]) == ("id", "day", "notes", "title")
    assert chain.decimal_text("2.50") == "2.5" and chain.decimal_text(0) == "0.0"
    assert chain.instant_text("2026-11-25T09:00:00.000000Z") == "2026-11-25T09:00:00Z"
    assert chain.instant_text("2026-11-25T09:00:00.120000Z") == "2026-11-25T09:00:00.120000Z"
    with pytest.raises(TypeError):
        chain.canonical_json({"x": 1.5})


def test_both_ways_of_building_a_day_agree(clock: dt.date, store: Store, where: Site) -> None:
    day = full_day(store, where, clock - dt.timedelta(days=1))
    with store.sql() as con:
        stored = chain.day_bytes(con, day)
    doc = json.loads(stored)
    assert list(doc) == ["v", "day", "entries"]
    assert [len(doc["entries"][t]) for t in chain.ENTRY_FIELDS] == [2, 1, 1, 1, 1, 1, 1, 1]
    assert doc["day"]["precipitation_mm"] == "4.5" and doc["day"]["weather_stopped_hours"] == "1.5"
    # The general builder gives the same bytes from the same values.
    assert chain.canonical_bytes(doc["day"], doc["entries"]) == stored
    report = chain.verify(store, where.project_id)
    assert report.ok and report.days_checked == 1


@pytest.mark.parametrize(
    ("sql", "reason"),
    [
        ("UPDATE diary_days SET notes = 'Quiet day.' WHERE id = ?", "content"),
        ("UPDATE diary_days SET weather_stopped_hours = 0 WHERE id = ?", "content"),
        ("UPDATE diary_manpower SET headcount = 40 WHERE day_id = ?", "content"),
        (
            "UPDATE diary_delays SET deleted_at = '2026-11-25T10:00:00.000000Z' WHERE day_id = ?",
            "content",
        ),
        ("UPDATE diary_days SET status = 'open' WHERE id = ?", "open"),
    ],
)
def test_a_day_changed_after_closing_is_named(
    clock: dt.date, store: Store, where: Site, sql: str, reason: str
) -> None:
    first = full_day(store, where, clock - dt.timedelta(days=3))
    bad = full_day(store, where, clock - dt.timedelta(days=2))
    full_day(store, where, clock - dt.timedelta(days=1))
    _tamper(store, sql, bad)
    report = chain.verify(store, where.project_id)
    assert not report.ok and report.first is not None
    assert (report.first.day_id, report.first.reason) == (bad, reason)
    assert report.first.number == "DIA-002" and first not in {p.day_id for p in report.problems}


def test_a_rehashed_day_breaks_the_link_of_the_next(
    clock: dt.date, store: Store, where: Site
) -> None:
    """Changing a closed day and writing its new hash keeps its own check quiet, but the
    day closed after it still holds the old hash: the next day is named, with it."""
    full_day(store, where, clock - dt.timedelta(days=3))
    edited = full_day(store, where, clock - dt.timedelta(days=2))
    after = full_day(store, where, clock - dt.timedelta(days=1))
    _tamper(store, "UPDATE diary_days SET temp_max = 30 WHERE id = ?", edited)
    with store.sql() as con:
        fresh = chain.hash_bytes(chain.day_bytes(con, edited))
    _tamper(store, "UPDATE diary_days SET content_hash = ? WHERE id = ?", fresh, edited)
    report = chain.verify(store, where.project_id)
    assert [(p.day_id, p.reason, p.previous_number) for p in report.problems] == [
        (after, "link", "DIA-002")
    ]
    assert "DIA-002 was changed or removed after DIA-003 was closed" in report.problems[0].message


def test_chain_problems_covers_every_project(clock: dt.date, store: Store, where: Site) -> None:
    other = projects.create_project(
        store, projects.NewProject(code="SCHL", name="School", owner_name="District")
    ).value
    there = site(store, other.id)
    full_day(store, where, clock - dt.timedelta(days=1))
    bad = full_day(store, there, clock - dt.timedelta(days=1))
    assert chain.chain_problems(store) == []
    _tamper(store, "UPDATE diary_visitors SET name = 'Nobody' WHERE day_id = ?", bad)
    found = chain.chain_problems(store)
    assert [(p.project_id, p.day_id, p.reason) for p in found] == [(other.id, bad, "content")]
    assert chain.verify(store, where.project_id).ok


def test_the_chain_order_reads_instants_without_microseconds_right() -> None:
    whole = {"closed_at": "2026-11-25T09:00:00Z", "id": "b"}
    later = {"closed_at": "2026-11-25T09:00:00.500000Z", "id": "a"}
    assert chain._closing_order(whole) < chain._closing_order(later)
