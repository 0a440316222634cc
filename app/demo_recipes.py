"""What the demo portfolio is made of: the three projects (``Recipe``: who, where, how
big, which buildings, floors and rooms, which contractors) and the titles, issues, risks
and signature strokes ``app.demo`` draws from. Plain data, no store."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class Recipe:
    code: str
    name: str
    owner: str
    address: str
    contract: Decimal
    contingency_pct: Decimal
    start_offset_days: int
    duration_days: int
    buildings: list[tuple[str, list[str]]]
    rooms_per_floor: list[str]
    gc: str
    subs: list[tuple[str, str, str]]  # name, trade code, trade name
    punch_count: int


RECIPES = [
    Recipe(
        code="HOSP-EW",
        name="St Brigid's Hospital — East Wing",
        owner="Northbridge Health Trust",
        address="1200 Harbour Road, Northbridge",
        contract=Decimal("48500000.00"),
        contingency_pct=Decimal("5"),
        start_offset_days=-420,
        duration_days=640,
        buildings=[("East Wing", ["Basement", "Level 1", "Level 2", "Level 3", "Roof"])],
        rooms_per_floor=[
            "Corridor",
            "Patient room 01",
            "Patient room 02",
            "Nurse station",
            "Clean utility",
            "Plant room",
        ],
        gc="Halvorsen Construction",
        subs=[
            ("Ampère Electrical", "26", "Electrical"),
            ("Nordic Mechanical", "23", "HVAC"),
            ("Brightline Drywall", "09", "Finishes"),
            ("Kovač Fire Protection", "21", "Fire suppression"),
            ("Delta Glazing", "08", "Openings"),
        ],
        punch_count=420,
    ),
    Recipe(
        code="SCH-LHS",
        name="Lakeview High School Modernisation",
        owner="Lakeview Unified School District",
        address="55 Lakeview Avenue, Lakeview",
        contract=Decimal("22800000.00"),
        contingency_pct=Decimal("7"),
        start_offset_days=-300,
        duration_days=520,
        buildings=[("Science Block", ["Ground", "First"]), ("Gymnasium", ["Ground"])],
        rooms_per_floor=["Lab A", "Lab B", "Classroom", "Stair 1", "Toilets"],
        gc="Ortega & Sons Builders",
        subs=[
            ("Summit Roofing", "07", "Roofing"),
            ("Παπαδόπουλος Electrical", "26", "Electrical"),
            ("Greenway Landscaping", "32", "Exterior improvements"),
            ("Precision Millwork", "06", "Wood & casework"),
        ],
        punch_count=260,
    ),
    Recipe(
        code="OFC-HP",
        name="Harbour Point Offices — Levels 12–14 Fit-out",
        owner="Meridian Capital Partners",
        address="8 Quay Street, Level 12–14",
        contract=Decimal("6200000.00"),
        contingency_pct=Decimal("10"),
        start_offset_days=-120,
        duration_days=210,
        buildings=[("Tower", ["Level 12", "Level 13", "Level 14"])],
        rooms_per_floor=["Open office", "Meeting room", "Kitchen", "Comms room"],
        gc="Kuznetsova Interiors",
        subs=[
            ("Lumen Electrical", "26", "Electrical"),
            ("Flowright Plumbing", "22", "Plumbing"),
            ("Carpet & Co", "09", "Finishes"),
        ],
        punch_count=180,
    ),
]

PUNCH_TITLES = [
    "Paint touch-up required on wall",
    "Ceiling tile damaged",
    "Missing door stop",
    "Sealant gap at window head",
    "Outlet cover plate missing",
    "Scuffed skirting",
    "Grout cracked at floor tile",
    "Door does not latch",
    "Fire-stopping incomplete at penetration",
    "Light fitting not working",
    "Handrail loose at bracket",
    "Signage not installed",
    "Diffuser not aligned with grid",
    "Carpet seam visible",
    "Water stain on ceiling",
    "Cabinet door misaligned",
    "Label missing on valve",
    "Silicone bead untidy at sink",
]
ISSUE_SEED = [
    ("rfi", "Confirm door hardware set for corridor doors", "08 71 00"),
    ("non_conformance", "Slab cover below specification at grid C/4", "03 30 00 §3.2"),
    ("observation", "Temporary protection removed from finished floor", None),
    ("safety", "Open edge without guardrail at stair 2", None),
    ("quality", "Inconsistent paint sheen across corridor", "09 91 23"),
    ("schedule", "Switchgear delivery slipped two weeks", None),
    ("rfi", "Ceiling height conflict with duct at gridline 7", "23 31 00"),
    ("non_conformance", "Fire damper access panel omitted", "23 33 00"),
]
RISKS = [
    ("Long-lead switchgear delivery", 4, 5, "schedule", "Expedite; weekly supplier calls"),
    ("Unforeseen asbestos in existing ceiling", 2, 4, "cost", "Survey before demolition"),
    ("Commissioning agent availability", 3, 3, "schedule", "Book early; backup agent"),
    ("Owner scope growth in fit-out", 3, 4, "scope", "Change control board fortnightly"),
    ("Winter weather during roofing", 3, 2, "schedule", "Temporary enclosure allowance"),
]
SIGN = [
    [[0.08, 0.62], [0.2, 0.35], [0.31, 0.6], [0.44, 0.3], [0.58, 0.66], [0.72, 0.4], [0.9, 0.5]]
]
