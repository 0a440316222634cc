"""The demo's site diaries: each demo project gets a diary day for each of its recent
working days, written by the demo's owner's representative.

The weather follows the season (temperatures by month, some wet days, a few that stop
work); manpower follows the project's phase (each subcontractor's crew peaks in its part
of the programme, the general contractor is always there); a few delays are recorded,
linked to the project's RFIs and change orders; deliveries, visitors, work by location,
instructions and safety notes fill the days. Every day before today is signed and closed
(a hash chain), today's is still open. Dates come from ``models.clock``; the random
numbers from a generator seeded by the project's code, so the other demo data does not
change with the diary.
"""

from __future__ import annotations

import datetime as dt
import math
import random
import sqlite3
from typing import Any

from executrek.app.demo_recipes import SIGN
from executrek.models import clock
from executrek.models.records.diary import service as diary
from executrek.models.services import projects
from executrek.models.store import Store

WORKING_DAYS = 15
# Mean daily minimum and maximum (°C) by month, a temperate northern site.
CLIMATE = {
    1: (-3, 3),
    2: (-2, 5),
    3: (1, 9),
    4: (4, 14),
    5: (8, 18),
    6: (11, 22),
    7: (13, 24),
    8: (13, 23),
    9: (10, 19),
    10: (6, 13),
    11: (2, 8),
    12: (-1, 4),
}
DRY = ("sunny", "partly_cloudy", "overcast")
WET = ("drizzle", "rain", "heavy_rain", "thunderstorm")
DELIVERIES = (
    ("Ready-mix concrete C32/40, 24 m³", "Harbour Concrete"),
    ("Rebar bundles, 6 t", "Nordstål Steel"),
    ("Plasterboard, 180 sheets", "BuildMart Supplies"),
    ("Cable drums, 4 × 500 m", "Volta Wholesale"),
    ("Ductwork sections, level 2", "AirForm Ducting"),
    ("Curtain wall units, 12 panels", "Delta Glazing"),
)
VISITORS = (
    ("Building control inspector", "City Building Control", "Frame inspection"),
    ("Client project director", "Owner", "Monthly site walk"),
    ("Fire engineer", "Atelier Nguyễn Architects", "Fire-stopping review"),
    ("Utility technician", "Northbridge Power", "Temporary supply check"),
)
WORK = (
    "Formwork and reinforcement",
    "First-fix electrical containment",
    "Duct installation and hangers",
    "Drywall framing and boarding",
    "Fire-stopping at service penetrations",
    "Screed and floor preparation",
    "Ceiling grid installation",
)
INSTRUCTIONS = (
    ("given", "Owner's rep", "GC project manager", "Keep the east stair clear for inspection."),
    ("received", "Architect", "Owner's rep", "Revised door schedule rev C to be used from today."),
    ("given", "Owner's rep", "GC superintendent", "Protect finished floors before MEP works."),
)
SAFETY = (
    "Edge protection missing at level 3 slab edge; GC restored it by 10:00.",
    "Housekeeping poor at the loading bay; materials blocking the walkway.",
    "Good practice: exclusion zone set up for crane lift.",
)


def _ids(con: sqlite3.Connection, sql: str, project_id: str) -> list[str]:
    """The ids the one-column query ``sql`` finds in the project."""
    return [str(r) for (r,) in con.execute(sql, (project_id,))]


def add_diary(store: Store, code: str) -> int:
    """Diary days for the project ``code``'s recent working days; returns how many."""
    rng = random.Random(f"diary-{code}")
    project = projects.find_project(store, code)
    today = clock.today()
    start = project.baseline_start or today - dt.timedelta(days=60)
    finish = project.baseline_finish or today + dt.timedelta(days=300)
    with store.sql() as con:
        orgs = [
            (str(i), str(k))
            for i, k in con.execute(
                "SELECT id, kind FROM organisations WHERE project_id = ? AND deleted_at IS NULL "
                "AND kind IN ('general_contractor', 'subcontractor') ORDER BY kind, name",
                (project.id,),
            )
        ]
        trades = {
            str(i): str(t)
            for i, t in con.execute(
                "SELECT o.id, t.name FROM organisations o JOIN trades t ON t.id = o.trade_id "
                "WHERE o.project_id = ?",
                (project.id,),
            )
        }
        rooms = _ids(
            con,
            "SELECT id FROM locations WHERE project_id = ? AND kind = 'room' ORDER BY code",
            project.id,
        )
        rfis = _ids(
            con,
            "SELECT id FROM contractor_issues WHERE project_id = ? AND issue_type = 'rfi'",
            project.id,
        )
        cos = _ids(
            con,
            "SELECT id FROM change_orders WHERE project_id = ? AND tier = 'change_event'",
            project.id,
        )
    days = _working_days(today, max(start, today - dt.timedelta(days=40)))
    for day in days:
        phase = min(max((day - start).days / max((finish - start).days, 1), 0.0), 1.0)
        _one_day(
            store, project.id, day, phase, rng, orgs, trades, rooms, rfis, cos, close=day < today
        )
    return len(days)


def _working_days(today: dt.date, first: dt.date) -> list[dt.date]:
    out: list[dt.date] = []
    day = today
    while len(out) < WORKING_DAYS and day >= first:
        if day.weekday() < 5:
            out.append(day)
        day -= dt.timedelta(days=1)
    return sorted(out)


def _weather(day: dt.date, rng: random.Random) -> dict[str, Any]:
    low, high = CLIMATE[day.month]
    wet = rng.random() < 0.3
    am = rng.choice(WET if wet else DRY)
    pm = rng.choice(WET if wet and rng.random() < 0.7 else DRY)
    rain = "0.0"
    if wet:
        rain = f"{rng.uniform(0.4, 22.0):.1f}"
    stopped = "0.0"
    if am in ("heavy_rain", "thunderstorm") or pm in ("heavy_rain", "thunderstorm"):
        stopped = f"{rng.choice((1.5, 2.0, 3.5, 4.0, 8.0)):.1f}"
    return {
        "weather_am": am,
        "weather_pm": pm,
        "temp_min": low + rng.randint(-3, 2),
        "temp_max": high + rng.randint(-2, 4),
        "precipitation_mm": rain,
        "wind": rng.choice(("calm", "light", "light", "moderate", "strong")),
        "ground": ("wet" if wet else rng.choice(("dry", "damp"))),
        "weather_stopped_hours": stopped,
    }


def _crew(phase: float, index: int, count: int, rng: random.Random) -> int:
    """A subcontractor's crew on a day: it peaks in its share of the programme."""
    centre = 0.2 + 0.7 * (index / max(count - 1, 1))
    size = 26 * math.exp(-(((phase - centre) / 0.22) ** 2))
    return max(0, round(size * rng.uniform(0.8, 1.15)))


def _one_day(
    store: Store,
    project_id: str,
    day: dt.date,
    phase: float,
    rng: random.Random,
    orgs: list[tuple[str, str]],
    trades: dict[str, str],
    rooms: list[str],
    rfis: list[str],
    cos: list[str],
    *,
    close: bool,
) -> None:
    weather = _weather(day, rng)
    busy = "busy day" if phase < 0.9 else "close-out works"
    title = f"{day.strftime('%A')}: {busy}, {weather['weather_am'].replace('_', ' ')}"
    row = diary.open_day(store, project_id, day, title=title).value
    diary.update_day(store, row.id, **weather)
    subs = [o for o, kind in orgs if kind == "subcontractor"]
    for o, kind in orgs:
        if kind == "general_contractor":
            heads = rng.randint(4, 9)
        else:
            heads = _crew(phase, subs.index(o), len(subs), rng)
        if heads:
            diary.add_entry(
                store,
                row.id,
                "manpower",
                organisation_id=o,
                trade=trades.get(o, "General works" if kind == "general_contractor" else None),
                headcount=heads,
                hours=f"{heads * 8 - rng.randint(0, heads):.1f}",
            )
    diary.add_entry(
        store,
        row.id,
        "equipment",
        item="Mobile crane 50 t",
        count=1,
        state="idle" if float(weather["weather_stopped_hours"]) else "working",
    )
    if rng.random() < 0.6:
        what, supplier = rng.choice(DELIVERIES)
        diary.add_entry(
            store,
            row.id,
            "delivery",
            description=what,
            supplier=supplier,
            received_by="Site storeman",
        )
    if rng.random() < 0.25:
        name, org, purpose = rng.choice(VISITORS)
        diary.add_entry(
            store,
            row.id,
            "visitor",
            name=name,
            organisation=org,
            purpose=purpose,
            time_in="10:00",
            time_out="11:30",
        )
    for _ in range(rng.randint(1, 3)):
        diary.add_entry(
            store,
            row.id,
            "work",
            location_id=rng.choice(rooms) if rooms else None,
            organisation_id=rng.choice(subs) if subs else None,
            description=rng.choice(WORK),
        )
    _delays(store, row.id, weather, rng, subs, rfis, cos)
    if rng.random() < 0.2:
        direction, who, to, text = rng.choice(INSTRUCTIONS)
        diary.add_entry(
            store, row.id, "instruction", direction=direction, from_name=who, to_name=to, body=text
        )
    if rng.random() < 0.15:
        diary.add_entry(store, row.id, "safety", description=rng.choice(SAFETY))
    if close:  # signed at the end of that working day, as a rep does
        evening = dt.datetime.combine(day, dt.time(17, 30)).astimezone()
        diary.close_day(
            store,
            row.id,
            signer_name="Alex Morgan",
            signer_role="Owner's rep",
            signature_strokes=SIGN,
            at=min(evening, clock.now()),
        )


def _delays(
    store: Store,
    day_id: str,
    weather: dict[str, Any],
    rng: random.Random,
    subs: list[str],
    rfis: list[str],
    cos: list[str],
) -> None:
    hours = float(weather["weather_stopped_hours"])
    if hours:
        end = f"{min(7 + int(hours), 17):02d}:{30 if hours % 1 else 0:02d}"
        diary.add_entry(
            store,
            day_id,
            "delay",
            cause="weather",
            responsible="neutral",
            start_time="07:00",
            end_time=end,
            organisation_ids=subs[:2],
            description="Heavy rain: external works and crane lifts stopped.",
        )
    roll = rng.random()
    if roll < 0.08 and rfis:
        delay = diary.add_entry(
            store,
            day_id,
            "delay",
            cause="late_information",
            responsible="design_team",
            start_time="08:00",
            end_time="12:00",
            description="Waiting for the RFI answer on ceiling heights.",
            organisation_ids=subs[-1:],
        ).value
        diary.link_delay(store, delay.id, "issue", rng.choice(rfis))
    elif roll < 0.14 and cos:
        delay = diary.add_entry(
            store,
            day_id,
            "delay",
            cause="design_change",
            responsible="owner",
            start_time="13:00",
            end_time="16:30",
            description="Works on hold pending the owner's change.",
            organisation_ids=subs[:1],
        ).value
        diary.link_delay(store, delay.id, "change_order", rng.choice(cos))
