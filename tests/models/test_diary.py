"""Writing the site diary: opening a day (one per project, day and author), the weather
and the entries, copying yesterday's, closing and signing, addenda, quick actions, and
every bad input the issue names."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from diary_data import NOTES, SIG, Site, full_day, site
from sqlalchemy import select

from executrek.models import clock as clock_module
from executrek.models.common import RecordLink
from executrek.models.errors import ValidationError, WorkflowError
from executrek.models.local import Outbox
from executrek.models.project import Project
from executrek.models.records.diary import chain, queries, service
from executrek.models.records.diary.entries import DiarySafety
from executrek.models.records.diary.model import DiaryDay
from executrek.models.services import diary_actions, projects
from executrek.models.services import search as search_service
from executrek.models.store import Store

pytestmark = pytest.mark.dates


@pytest.fixture
def where(store: Store, project: Project) -> Site:
    return site(store, project.id)


def _day(store: Store, day_id: str) -> DiaryDay:
    with store.read() as s:
        row = s.get(DiaryDay, day_id)
        assert row is not None
        return row


def test_opening_a_day_twice_opens_the_same_day(clock: dt.date, store: Store, where: Site) -> None:
    yesterday = clock - dt.timedelta(days=1)
    first = service.open_day(store, where.project_id, yesterday)
    assert first.changes.created.get("diary_days")
    again = service.open_day(store, where.project_id, yesterday, title="Other title")
    assert again.value.id == first.value.id and not again.changes
    assert again.value.title == f"Site diary {yesterday.isoformat()}"
    assert service.day_number(first.value) == "DIA-001"
    # Another author gets a day of their own for the same date.
    other = projects.ensure_user(store, "second", "Second Rep").value
    theirs = service.open_day(store, where.project_id, yesterday, author_id=other.id)
    assert theirs.value.id != first.value.id


def test_a_day_in_the_future_is_refused_in_one_line(
    clock: dt.date, store: Store, where: Site
) -> None:
    with pytest.raises(ValidationError) as caught:
        service.open_day(store, where.project_id, clock + dt.timedelta(days=1))
    assert caught.value.field == "day"
    assert (
        str(caught.value)
        == "A diary day cannot be in the future (2026-11-26; today is 2026-11-25)."
    )
    assert service.open_day(store, where.project_id, clock).value.day == clock


def test_weather_fields_are_checked(clock: dt.date, store: Store, where: Site) -> None:
    day = service.open_day(store, where.project_id, clock).value.id
    row = service.update_day(
        store,
        day,
        weather_am="heavy_rain",
        precipitation_mm="12.5",
        temp_min=-5,
        temp_max=3,
        weather_stopped_hours=4,
    ).value
    assert str(row.precipitation_mm) == "12.5" and str(row.weather_stopped_hours) == "4.0"
    with pytest.raises(ValidationError, match="above the maximum"):
        service.update_day(store, day, temp_min=9)
    with pytest.raises(ValidationError, match="weather_am must be one of"):
        service.update_day(store, day, weather_am="hail")
    with pytest.raises(ValidationError, match="at most 24"):
        service.update_day(store, day, weather_stopped_hours="25")
    with pytest.raises(ValidationError, match="decimal places"):
        service.update_day(store, day, precipitation_mm="1.25")
    with pytest.raises(ValidationError, match="cannot be edited here"):
        service.update_day(store, day, status="closed")
    assert service.update_day(store, day, weather_am=None).value.weather_am is None


def test_headcount_negative_or_absurd(clock: dt.date, store: Store, where: Site) -> None:
    day = service.open_day(store, where.project_id, clock).value.id
    add = service.add_entry
    with pytest.raises(ValidationError, match="headcount cannot be negative"):
        add(store, day, "manpower", organisation_id=where.steel, headcount=-3)
    with pytest.raises(ValidationError) as caught:
        add(store, day, "manpower", organisation_id=where.steel, headcount=5001)
    assert "confirm it if it is right" in str(caught.value) and caught.value.field == "headcount"
    line = add(store, day, "manpower", organisation_id=where.steel, headcount=5001, confirm=True)
    assert line.value.headcount == 5001
    with pytest.raises(ValidationError, match="more than 5000"):
        service.update_entry(store, "manpower", line.value.id, headcount=9000)
    assert (
        add(store, day, "manpower", organisation_id=where.sparks, headcount=5000).value.headcount
        == 5000
    )


def test_entries_are_checked_field_by_field(
    clock: dt.date, store: Store, where: Site, project: Project
) -> None:
    day = service.open_day(store, where.project_id, clock).value.id
    with pytest.raises(ValidationError, match="kind must be one of"):
        service.add_entry(store, day, "weather")
    with pytest.raises(ValidationError, match="organisation_id is required"):
        service.add_entry(store, day, "manpower", headcount=3)
    with pytest.raises(ValidationError, match="names nothing in this project"):
        service.add_entry(store, day, "manpower", organisation_id="nope", headcount=3)
    with pytest.raises(ValidationError, match="a time like 07:30"):
        service.add_entry(store, day, "visitor", name="Ann", time_in="25:00")
    with pytest.raises(ValidationError, match="end_time"):
        service.add_entry(
            store,
            day,
            "delay",
            cause="access",
            start_time="11:00",
            end_time="09:00",
            description="Gate locked",
        )
    with pytest.raises(ValidationError, match="not a field"):
        service.add_entry(store, day, "delivery", description="Bricks", colour="red")
    other = projects.create_project(
        store, projects.NewProject(code="OTHER", name="Other", owner_name="Someone")
    ).value
    foreign = projects.add_location(store, other.id, "X", "Elsewhere", "floor").value.id
    with pytest.raises(ValidationError, match="names nothing in this project"):
        service.add_entry(store, day, "work", location_id=foreign, description="x")
    delay = service.add_entry(
        store,
        day,
        "delay",
        cause="access",
        description="Gate locked",
        location_ids=[where.level3, where.level3],
    ).value
    assert delay.location_ids == [where.level3] and delay.responsible.value == "undetermined"


def test_copy_yesterdays_manpower_and_weather(clock: dt.date, store: Store, where: Site) -> None:
    first = full_day(store, where, clock - dt.timedelta(days=3))
    today = service.open_day(store, where.project_id, clock).value.id
    service.add_entry(
        store, today, "manpower", organisation_id=where.steel, trade="Steel", headcount=2
    )
    done = service.copy_previous(store, today)
    assert done.value.source_id == first and done.value.manpower == 1  # Steel was there already
    detail = queries.day_detail(store, today)
    assert detail is not None
    assert (detail.day.weather_am, detail.day.temp_min, detail.day.ground) == ("rain", -2, "muddy")
    assert detail.day.weather_stopped_hours == 0  # an event of that day, not copied
    assert sorted(e["headcount"] for e in detail.entries["manpower"]) == [2, 6]
    assert service.copy_previous(store, today).value.manpower == 0  # nothing twice
    earliest = service.open_day(store, where.project_id, clock - dt.timedelta(days=5)).value.id
    with pytest.raises(WorkflowError, match="no earlier diary day"):
        service.copy_previous(store, earliest)


def test_closing_signs_hashes_and_sends_one_change(
    clock: dt.date, store: Store, where: Site
) -> None:
    day = full_day(store, where, clock - dt.timedelta(days=1), close=False)
    with pytest.raises(WorkflowError, match="signature is required"):
        service.close_day(store, day, signer_name="Zoë", signature_strokes=[])
    with pytest.raises(WorkflowError, match="signer's name"):
        service.close_day(store, day, signer_name=" ", signature_strokes=SIG)
    other = projects.ensure_user(store, "other", "Other Rep").value
    store.set_current_user(other.id)
    with pytest.raises(WorkflowError, match="Only its author"):
        service.close_day(store, day, signer_name="Other", signature_strokes=SIG)
    store.set_current_user(_day(store, day).author_id)
    with store.read() as s:
        before = s.scalar(select(Outbox.seq).order_by(Outbox.seq.desc()).limit(1))
    closed = service.close_day(store, day, signer_name="Zoë", signature_strokes=SIG).value
    assert closed.status.value == "closed" and closed.previous_hash is None
    assert len(closed.content_hash or "") == 64
    with store.read() as s:
        sent = list(
            s.scalars(select(Outbox).where(Outbox.seq > before, Outbox.table_name == "diary_days"))
        )
    assert len(sent) == 1
    assert {"status", "content_hash", "closed_at", "signature_id"} <= set(sent[0].patch)
    assert chain.verify(store, where.project_id).ok
    with pytest.raises(WorkflowError, match="already closed"):
        service.close_day(store, day, signer_name="Zoë", signature_strokes=SIG)


def test_a_closed_day_never_changes(clock: dt.date, store: Store, where: Site) -> None:
    day = full_day(store, where, clock - dt.timedelta(days=1))
    detail = queries.day_detail(store, day)
    assert detail is not None
    line = detail.entries["manpower"][0].id
    delay = detail.entries["delay"][0].id
    refused = [
        lambda: service.update_day(store, day, notes="Nothing happened."),
        lambda: service.add_entry(store, day, "visitor", name="Late visitor"),
        lambda: service.update_entry(store, "manpower", line, headcount=1),
        lambda: service.remove_entry(store, "manpower", line),
        lambda: service.delete_day(store, day),
        lambda: service.copy_previous(store, day),
        lambda: service.link_delay(store, delay, "issue", "x"),
    ]
    for attempt in refused:
        with pytest.raises(WorkflowError, match="signed and closed; it can no longer change"):
            attempt()
    assert chain.verify(store, where.project_id).ok


def test_an_addendum_goes_to_a_closed_day_only(clock: dt.date, store: Store, where: Site) -> None:
    day = full_day(store, where, clock - dt.timedelta(days=1), close=False)
    with pytest.raises(WorkflowError, match="still open: edit it instead"):
        service.add_addendum(store, day, reason="Typo", body="Crane T3")
    service.close_day(store, day, signer_name="Zoë", signature_strokes=SIG)
    with pytest.raises(ValidationError, match="reason is required"):
        service.add_addendum(store, day, reason="", body="Crane T3")
    added = service.add_addendum(store, day, reason="Typo in the notes", body="Crane T3, not T2.")
    assert added.changes.created.get("diary_addenda") and not added.changes.updated
    detail = queries.day_detail(store, day)
    assert detail is not None and detail.day.notes == NOTES
    assert [(a.reason, a.author) for a in detail.addenda] == [("Typo in the notes", "Zoë Ødegård")]
    assert chain.verify(store, where.project_id).ok


def test_closed_days_chain_per_author_in_closing_order(
    clock: dt.date, store: Store, where: Site
) -> None:
    d1 = full_day(store, where, clock - dt.timedelta(days=3))
    d3 = full_day(store, where, clock - dt.timedelta(days=1))
    d2 = full_day(store, where, clock - dt.timedelta(days=2))  # closed late: after d3
    rows = {d: _day(store, d) for d in (d1, d2, d3)}
    assert rows[d1].previous_hash is None
    assert rows[d3].previous_hash == rows[d1].content_hash
    assert rows[d2].previous_hash == rows[d3].content_hash
    other = projects.ensure_user(store, "second", "Second Rep").value
    store.set_current_user(other.id)
    theirs = full_day(store, where, clock - dt.timedelta(days=2))
    assert _day(store, theirs).previous_hash is None  # a chain of their own
    report = chain.verify(store, where.project_id)
    assert report.ok and (report.days_checked, report.chains) == (4, 2)


def test_closing_keeps_the_chain_in_order_when_the_clock_goes_back(
    clock: dt.date, store: Store, where: Site
) -> None:
    first = full_day(store, where, clock - dt.timedelta(days=2))
    with clock_module.pinned(
        dt.datetime.combine(clock, dt.time(6, 0)).astimezone() - dt.timedelta(days=1)
    ):
        second = full_day(store, where, clock - dt.timedelta(days=1))
    a, b = _day(store, first), _day(store, second)
    assert a.closed_at is not None and b.closed_at is not None and b.closed_at > a.closed_at
    assert b.previous_hash == a.content_hash and chain.verify(store, where.project_id).ok


def test_removing_entries_and_days_of_an_open_day(
    clock: dt.date, store: Store, where: Site
) -> None:
    day = full_day(store, where, clock, close=False)
    detail = queries.day_detail(store, day)
    assert detail is not None
    service.remove_entry(store, "visitor", detail.entries["visitor"][0].id)
    after = queries.day_detail(store, day)
    assert after is not None and after.entries["visitor"] == ()
    service.delete_day(store, day)
    assert queries.day_detail(store, day) is None
    assert service.open_day(store, where.project_id, clock).value.id != day


def test_quick_actions_prefill_and_link_to_the_day(
    clock: dt.date, store: Store, where: Site
) -> None:
    day = full_day(store, where, clock, close=False)
    detail = queries.day_detail(store, day)
    assert detail is not None
    safety = detail.entries["safety"][0].id
    issue = diary_actions.raise_issue(
        store, day, title="Edge protection", issue_type="safety", source=("safety", safety)
    ).value
    assert issue.description is not None
    assert issue.description.startswith("From site diary DIA-001, 2026-11-25 (Zoë Ødegård).")
    assert "Missing edge protection" in issue.description
    with store.read() as s:
        entry = s.get(DiarySafety, safety)
        assert entry is not None and entry.issue_id == issue.id
    item = diary_actions.raise_punch_item(
        store, day, title="Patch slab edge", location_id=where.level3
    ).value
    service.close_day(store, day, signer_name="Zoë", signature_strokes=SIG)
    change = diary_actions.raise_change_event(
        store, day, title="Extra crane day", description="Standby cost"
    ).value
    assert change.description is not None and change.description.startswith(
        "Standby cost\n\nFrom site"
    )
    with store.read() as s:
        links = {
            (r.from_type, r.from_id, r.relation)
            for r in s.scalars(select(RecordLink).where(RecordLink.to_id == day))
        }
    assert links == {
        ("issue", issue.id, "raised from"),
        ("punch_item", item.id, "raised from"),
        ("change_order", change.id, "raised from"),
    }
    assert chain.verify(store, where.project_id).ok  # raising changed nothing of the day
    with pytest.raises(ValidationError, match="another diary day"):
        other = service.open_day(store, where.project_id, clock - dt.timedelta(days=1)).value.id
        diary_actions.raise_punch_item(store, other, title="x", source=("safety", safety))


def test_delays_link_to_rfis_and_change_orders(clock: dt.date, store: Store, where: Site) -> None:
    day = full_day(store, where, clock, close=False)
    rfi = diary_actions.raise_issue(store, day, title="Ceiling height?", issue_type="rfi").value
    detail = queries.day_detail(store, day)
    assert detail is not None
    delay = detail.entries["delay"][0].id
    service.link_delay(store, delay, "issue", rfi.id)
    with pytest.raises(ValidationError, match="issues, RFIs and change orders only"):
        service.link_delay(store, delay, "punch_item", rfi.id)
    again = queries.day_detail(store, day)
    assert again is not None
    assert ("diary_delay", delay, "issue", rfi.id) in {
        (link.from_type, link.from_id, link.other_type, link.other_id) for link in again.links
    }


def test_search_finds_a_day_by_its_notes(clock: dt.date, store: Store, where: Site) -> None:
    day = full_day(store, where, clock)
    hits = search_service.search_project(store, where.project_id, "crane stood")
    assert [(h.record_type, h.record_id) for h in hits] == [("diary_day", day)]


def test_the_wire_form_of_a_close_is_what_the_hash_covers(
    clock: dt.date, store: Store, where: Site
) -> None:
    """The values the outbox sends for a day are the ones its canonical form holds."""
    day = full_day(store, where, clock)
    with store.read() as s:
        patches = [
            json.loads(json.dumps(e.patch))
            for e in s.scalars(select(Outbox).where(Outbox.row_id == day).order_by(Outbox.seq))
        ]
    sent: dict[str, object] = {}
    for patch in patches:
        sent.update({k: v[1] for k, v in patch.items()})
    with store.sql() as con:
        canonical = json.loads(chain.day_bytes(con, day))
    for field, value in canonical["day"].items():
        if field in ("id", "project_id"):
            continue
        if field in ("precipitation_mm", "weather_stopped_hours"):
            assert chain.decimal_text(sent[field]) == value, field
        else:
            assert sent[field] == value, field


def test_a_signature_recorded_afterwards_keeps_its_time_within_the_day_and_now(
    clock: dt.date, store: Store, where: Site
) -> None:
    """``close_day(at=…)`` (the demo's past days) signs at that time, never before the
    day and never in the future; the program's clock is not moved for it."""
    past = clock - dt.timedelta(days=5)
    day = service.open_day(store, where.project_id, past).value.id
    evening = dt.datetime.combine(past, dt.time(17, 30), tzinfo=dt.UTC)
    hour = dt.timedelta(hours=1)
    with pytest.raises(ValidationError, match="not in the future"):
        service.close_day(
            store, day, signer_name="A", signature_strokes=SIG, at=clock_module.now() + hour
        )
    with pytest.raises(ValidationError, match="not in the future"):
        service.close_day(
            store, day, signer_name="A", signature_strokes=SIG, at=evening - 3 * 24 * hour
        )
    closed = service.close_day(store, day, signer_name="A", signature_strokes=SIG, at=evening)
    assert closed.value.closed_at == evening
    assert clock_module.today() == clock
