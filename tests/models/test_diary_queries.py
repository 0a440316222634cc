"""Reading the site diary: a day whole (entries with their names, photos, links,
addenda, signature), the calendar, the delay register with its totals, manpower per
contractor, weather days lost, and the export tables."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from diary_data import NOTES, Site, full_day, site

from executrek.models.project import Project
from executrek.models.records.diary import period, queries, service
from executrek.models.services import diary_actions, projects, records
from executrek.models.store import Store

pytestmark = pytest.mark.dates


@pytest.fixture
def where(store: Store, project: Project) -> Site:
    return site(store, project.id)


def _photo(store: Store, project_id: str, n: int, target: tuple[str, str]) -> str:
    new = records.NewPhoto(
        sha256=f"{n:064x}", filename=f"p{n}.jpg", mime="image/jpeg", size_bytes=9
    )
    return records.add_photo(store, project_id, new, attach_to=target).value[0].id


def test_a_day_whole_in_one_read(clock: dt.date, store: Store, where: Site) -> None:
    day = full_day(store, where, clock - dt.timedelta(days=1), close=False)
    first = queries.day_detail(store, day)
    assert first is not None
    delivery = first.entries["delivery"][0].id
    note = _photo(store, where.project_id, 1, ("diary_delivery", delivery))
    overview = _photo(store, where.project_id, 2, ("diary_day", day))
    rfi = diary_actions.raise_issue(store, day, title="Which rebar?", issue_type="rfi").value
    service.link_delay(store, first.entries["delay"][0].id, "issue", rfi.id)
    service.close_day(
        store,
        day,
        signer_name="Zoë",
        signer_role="Owner's rep",
        signature_strokes=[[[0.1, 0.1], [0.9, 0.9]]],
    )
    service.add_addendum(store, day, reason="Typo", body="Bays 1–5.")
    detail = queries.day_detail(store, day)
    assert detail is not None
    d = detail.day
    assert (d.number, d.status, d.author, d.notes) == ("DIA-001", "closed", "Zoë Ødegård", NOTES)
    assert (d.precipitation_mm, d.weather_stopped_hours) == (Decimal("4.5"), Decimal("1.5"))
    assert list(detail.entries) == list(service.ENTRY_KINDS)
    assert detail.headcount == 20 and detail.manpower_hours == Decimal("160.0")
    manpower = detail.entries["manpower"]
    assert {e.names["organisation_id"] for e in manpower} == {"Nordstål Steel", "Ampère Electrical"}
    delay = detail.entries["delay"][0]
    assert delay.names == {"location_ids": "Level 3", "organisation_ids": "Nordstål Steel"}
    assert delay["cause"] == "weather" and delay["start_time"] == "10:20"
    assert detail.signature is not None and detail.signature.signer_role == "Owner's rep"
    assert detail.signature.strokes == [[[0.1, 0.1], [0.9, 0.9]]]
    assert [p.photo_id for p in detail.photos_of("diary_delivery", delivery)] == [note]
    assert {p.photo_id for p in detail.photos} == {note, overview}
    linked = {(link.from_type, link.other_type, link.relation) for link in detail.links}
    assert linked == {("diary_day", "issue", "raised from"), ("diary_delay", "issue", "related")}
    assert [a.body for a in detail.addenda] == ["Bays 1–5."]
    assert queries.day_detail(store, "missing") is None


def test_find_day_and_the_calendar(clock: dt.date, store: Store, where: Site) -> None:
    mine = full_day(store, where, clock - dt.timedelta(days=2))
    me = store.actor.user_id
    quiet = service.open_day(store, where.project_id, clock - dt.timedelta(days=1)).value.id
    other = projects.ensure_user(store, "second", "Second Rep").value
    theirs = service.open_day(
        store, where.project_id, clock - dt.timedelta(days=2), author_id=other.id
    ).value.id
    store.set_current_user(me)
    assert queries.find_day(store, where.project_id, clock - dt.timedelta(days=2)) == mine
    assert (
        queries.find_day(store, where.project_id, clock - dt.timedelta(days=2), other.id) == theirs
    )
    assert queries.find_day(store, where.project_id, clock) is None
    cal = queries.calendar(store, where.project_id, clock - dt.timedelta(days=7), clock)
    assert [(c.day_id, c.status, c.has_delays, c.headcount) for c in cal] == [
        (mine, "closed", True, 20),
        (theirs, "open", False, 0),
        (quiet, "open", False, 0),
    ]
    assert [c.day_id for c in queries.calendar(store, where.project_id, author_id=other.id)] == [
        theirs
    ]
    assert queries.calendar(store, where.project_id, clock, clock) == []


def test_the_delay_register_totals_by_cause_and_party(
    clock: dt.date, store: Store, where: Site
) -> None:
    d1 = full_day(store, where, clock - dt.timedelta(days=3), close=False)
    full_day(store, where, clock - dt.timedelta(days=2))
    service.add_entry(
        store,
        d1,
        "delay",
        cause="late_information",
        responsible="design_team",
        start_time="08:00",
        end_time="12:30",
        description="RFI 4 unanswered",
    )
    service.add_entry(store, d1, "delay", cause="access", description="Gate blocked")
    register = period.delay_register(store, where.project_id)
    assert [(r.day, r.cause, r.hours) for r in register.rows] == [
        (clock - dt.timedelta(days=3), "access", Decimal("0.0")),
        (clock - dt.timedelta(days=3), "late_information", Decimal("4.5")),
        (clock - dt.timedelta(days=3), "weather", Decimal("1.7")),
        (clock - dt.timedelta(days=2), "weather", Decimal("1.7")),
    ]
    assert register.by_cause["weather"] == period.Totals(2, Decimal("3.4"))
    assert register.by_responsible["design_team"] == period.Totals(1, Decimal("4.5"))
    assert register.total == period.Totals(2, Decimal("7.9"))
    assert (
        register.rows[2].contractors == "Nordstål Steel" and register.rows[2].locations == "Level 3"
    )
    narrowed = period.delay_register(store, where.project_id, clock - dt.timedelta(days=2))
    assert len(narrowed.rows) == 1 and narrowed.total.days == 1


def test_manpower_and_weather_over_a_period(clock: dt.date, store: Store, where: Site) -> None:
    full_day(store, where, clock - dt.timedelta(days=2))
    dry = service.open_day(store, where.project_id, clock - dt.timedelta(days=1)).value.id
    service.add_entry(store, dry, "manpower", organisation_id=where.steel, headcount=3, hours=24)
    totals = period.manpower_totals(store, where.project_id, clock - dt.timedelta(days=5), clock)
    assert [(t.day.day, t.contractor, t.headcount, t.hours) for t in totals] == [
        ((clock - dt.timedelta(days=2)).day, "Ampère Electrical", 6, Decimal("48.0")),
        ((clock - dt.timedelta(days=2)).day, "Nordstål Steel", 14, Decimal("112.0")),
        ((clock - dt.timedelta(days=1)).day, "Nordstål Steel", 3, Decimal("24.0")),
    ]
    lost = period.weather_days_lost(store, where.project_id)
    assert (lost.count, lost.hours) == (1, Decimal("1.5"))
    assert lost.days[0].weather_am == "rain" and lost.days[0].precipitation_mm == Decimal("4.5")


def test_the_export_tables(clock: dt.date, store: Store, where: Site) -> None:
    full_day(store, where, clock - dt.timedelta(days=2))
    full_day(store, where, clock - dt.timedelta(days=1), close=False)
    found = period.export_tables(store, where.project_id)
    assert [d.status for d in found.days] == ["closed", "open"]
    assert len(found.manpower) == 4 and len(found.delays) == 2
    assert found.manpower[0].day_number == "DIA-001"
    only = period.export_tables(store, where.project_id, clock - dt.timedelta(days=1), clock)
    assert [d.number for d in only.days] == ["DIA-002"] and len(only.manpower) == 2
