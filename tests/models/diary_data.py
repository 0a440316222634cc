"""A project with a diary to test against: contractors, a location, and full days."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from executrek.models.records.diary import service
from executrek.models.services import projects
from executrek.models.store import Store

SIG = [[[0.1, 0.2], [0.4, 0.6], [0.8, 0.3]]]
NOTES = 'Crane "T2" stood down 10:20–12:00\nGusts > 60 km/h \\ tabbed\there; Ødegård 😀'


@dataclass(frozen=True)
class Site:
    project_id: str
    steel: str  # organisation ids
    sparks: str
    level3: str  # a location id


def site(store: Store, project_id: str) -> Site:
    steel = projects.add_organisation(store, project_id, "Nordstål Steel", "subcontractor")
    sparks = projects.add_organisation(store, project_id, "Ampère Electrical", "subcontractor")
    level = projects.add_location(store, project_id, "L3", "Level 3", "floor")
    return Site(project_id, steel.value.id, sparks.value.id, level.value.id)


def full_day(store: Store, where: Site, day: dt.date, *, close: bool = True) -> str:
    """A day with weather and one entry of every kind (two manpower lines)."""
    row = service.open_day(store, where.project_id, day).value
    service.update_day(
        store,
        row.id,
        weather_am="rain",
        weather_pm="overcast",
        temp_min=-2,
        temp_max=7,
        precipitation_mm="4.5",
        wind="strong",
        ground="muddy",
        weather_stopped_hours="1.5",
        notes=NOTES,
    )
    add = service.add_entry
    add(
        store,
        row.id,
        "manpower",
        organisation_id=where.steel,
        trade="Steel",
        headcount=14,
        hours="112",
    )
    add(store, row.id, "manpower", organisation_id=where.sparks, headcount=6, hours=48)
    add(store, row.id, "equipment", item="Tower crane T2", state="idle")
    add(store, row.id, "delivery", description="Rebar 12 t", supplier="Nordstål", received_by="Ann")
    add(store, row.id, "visitor", name="Building inspector", time_in="09:00", time_out="10:15")
    add(store, row.id, "work", location_id=where.level3, description="Slab pour, bays 1–4")
    add(
        store,
        row.id,
        "delay",
        cause="weather",
        responsible="neutral",
        start_time="10:20",
        end_time="12:00",
        description="High wind: crane stood down",
        organisation_ids=[where.steel],
        location_ids=[where.level3],
    )
    add(
        store,
        row.id,
        "instruction",
        direction="given",
        from_name="Owner's rep",
        to_name="GC PM",
        body="Keep bay 4 clear",
    )
    add(store, row.id, "safety", description="Missing edge protection, L3 north")
    if close:
        service.close_day(store, row.id, signer_name="Zoë Ødegård", signature_strokes=SIG)
    return row.id
