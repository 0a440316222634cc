"""Plausible architectural floor plans drawn with reportlab, for tests, benchmarks and demo data.

``floor_plan_pdf`` writes a large-format sheet (A1 or A0, landscape) per page: a structural
grid with bubbles A–H / 1–8, rooms with walls, doors, furniture and floor hatching, room
tags such as "1.04 Office", dimension strings and a title block with the sheet number,
title, revision and date. Thousands of vector elements per sheet, so rendering costs are
realistic. The output is deterministic for a given ``seed``.
"""

from __future__ import annotations

import itertools
import random
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Literal

from reportlab.lib.colors import Color
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from executrek.app.atomic import atomic_path

SheetSize = Literal["A1", "A0"]

#: Landscape page sizes in points.
SHEET_SIZES: dict[str, tuple[float, float]] = {
    "A1": (841 * mm, 594 * mm),
    "A0": (1189 * mm, 841 * mm),
}

GRID_LETTERS = "ABCDEFGH"
GRID_NUMBERS = "12345678"
ROOM_NAMES = (
    "Office",
    "Meeting",
    "Store",
    "Plant",
    "WC",
    "Kitchen",
    "Corridor",
    "Lobby",
    "Server",
    "Cleaner",
    "Open plan",
    "Reception",
    "Lab",
    "Archive",
)

_INK = Color(0, 0, 0)
_GREY = Color(0.55, 0.55, 0.55)
_LIGHT = Color(0.8, 0.8, 0.8)
_BLUE = Color(0.1, 0.25, 0.6)
_WALL_FILL = Color(0.35, 0.35, 0.35)


@dataclass(frozen=True)
class Room:
    """A room of a generated plan, in page points (origin bottom-left, reportlab's)."""

    number: str
    name: str
    x: float
    y: float
    w: float
    h: float


def floor_plan_pdf(
    path: Path,
    *,
    size: SheetSize = "A1",
    pages: int = 1,
    title: str = "General arrangement",
    revision: str = "A",
    seed: int = 1,
    sheet_prefix: str = "A-1",
) -> list[list[Room]]:
    """Write a floor-plan drawing set to ``path`` (atomically); return the rooms per page."""
    if size not in SHEET_SIZES:
        raise ValueError(f"unknown sheet size {size!r}")
    if pages < 1:
        raise ValueError("a drawing needs at least one page")
    width, height = SHEET_SIZES[size]
    rng = random.Random(seed)
    all_rooms: list[list[Room]] = []
    with atomic_path(path, make_parents=True) as tmp:
        canvas = Canvas(str(tmp), pagesize=(width, height), pageCompression=1, invariant=True)
        canvas.setTitle(f"{title} — rev {revision}")
        canvas.setAuthor("Executrek sample drawings")
        for page in range(pages):
            floor = page + 1
            sheet = f"{sheet_prefix}{floor:02d}"
            rooms = _draw_sheet(canvas, width, height, rng, floor=floor)
            _title_block(
                canvas,
                width,
                sheet=sheet,
                title=f"{title} — level {floor}",
                revision=revision,
                scale="1:100" if size == "A1" else "1:50",
            )
            all_rooms.append(rooms)
            canvas.showPage()
        canvas.save()
    return all_rooms


def _draw_sheet(
    canvas: Canvas, width: float, height: float, rng: random.Random, *, floor: int
) -> list[Room]:
    margin = 20 * mm
    canvas.setStrokeColor(_INK)
    canvas.setLineWidth(1.2)
    canvas.rect(margin / 2, margin / 2, width - margin, height - margin)
    # The building occupies the area left of the title block column.
    left, bottom = margin * 2.5, margin * 2.5
    right, top = width - 190 * mm, height - margin * 2.5
    cols, rows = len(GRID_LETTERS), len(GRID_NUMBERS)
    xs = [left + (right - left) * i / (cols - 1) for i in range(cols)]
    ys = [bottom + (top - bottom) * j / (rows - 1) for j in range(rows)]
    _grid(canvas, xs, ys)
    rooms = _rooms(rng, xs, ys, floor)
    for room in rooms:
        _floor_hatch(canvas, room, rng)
    for room in rooms:
        _furniture(canvas, room, rng)
    _walls(canvas, rooms)
    for room in rooms:
        _door(canvas, room, rng)
        _room_tag(canvas, room)
    _dimensions(canvas, xs, ys)
    _notes(canvas, width, height, rng)
    return rooms


def _grid(canvas: Canvas, xs: list[float], ys: list[float]) -> None:
    radius = 5 * mm
    canvas.setLineWidth(0.35)
    canvas.setStrokeColor(_GREY)
    canvas.setDash([12, 3, 2, 3])
    for x in xs:
        canvas.line(x, ys[0] - 18 * mm, x, ys[-1] + 18 * mm)
    for y in ys:
        canvas.line(xs[0] - 18 * mm, y, xs[-1] + 18 * mm, y)
    canvas.setDash()
    canvas.setStrokeColor(_INK)
    canvas.setFont("Helvetica-Bold", 12)
    for letter, x in zip(GRID_LETTERS, xs, strict=True):
        for y in (ys[0] - 18 * mm - radius, ys[-1] + 18 * mm + radius):
            canvas.circle(x, y, radius)
            canvas.drawCentredString(x, y - 4, letter)
    for number, y in zip(GRID_NUMBERS, ys, strict=True):
        for x in (xs[0] - 18 * mm - radius, xs[-1] + 18 * mm + radius):
            canvas.circle(x, y, radius)
            canvas.drawCentredString(x, y - 4, number)


def _rooms(rng: random.Random, xs: list[float], ys: list[float], floor: int) -> list[Room]:
    rooms: list[Room] = []
    number = 1
    for j in range(len(ys) - 1):
        i = 0
        while i < len(xs) - 1:
            span = min(rng.choice((1, 1, 2)), len(xs) - 1 - i)
            x0, x1 = xs[i], xs[i + span]
            y0, y1 = ys[j], ys[j + 1]
            if rng.random() < 0.35:  # split the bay into two rooms
                mid = x0 + (x1 - x0) * rng.uniform(0.35, 0.65)
                parts = [(x0, mid), (mid, x1)]
            else:
                parts = [(x0, x1)]
            for a, b in parts:
                name = rng.choice(ROOM_NAMES)
                rooms.append(Room(f"{floor}.{number:02d}", name, a, y0, b - a, y1 - y0))
                number += 1
            i += span
    return rooms


def _floor_hatch(canvas: Canvas, room: Room, rng: random.Random) -> None:
    if room.name not in ("WC", "Kitchen", "Plant", "Lab", "Cleaner"):
        return
    step = 6.0 if room.name != "Plant" else 9.0
    canvas.setStrokeColor(_LIGHT)
    canvas.setLineWidth(0.2)
    x = room.x + step
    while x < room.x + room.w:
        canvas.line(x, room.y, x, room.y + room.h)
        x += step
    y = room.y + step
    while y < room.y + room.h:
        canvas.line(room.x, y, room.x + room.w, y)
        y += step


def _furniture(canvas: Canvas, room: Room, rng: random.Random) -> None:
    canvas.setStrokeColor(_BLUE)
    canvas.setLineWidth(0.3)
    desks = int(room.w * room.h / 9000) + rng.randint(0, 3)
    for _ in range(desks):
        w, h = rng.uniform(30, 50), rng.uniform(18, 25)
        if room.w < w + 20 or room.h < h + 20:
            continue
        x = rng.uniform(room.x + 10, room.x + room.w - w - 10)
        y = rng.uniform(room.y + 10, room.y + room.h - h - 10)
        canvas.rect(x, y, w, h)
        canvas.circle(x + w / 2, y - 6, 5)  # chair
        canvas.line(x + 3, y + 3, x + w - 3, y + h - 3)


def _walls(canvas: Canvas, rooms: list[Room]) -> None:
    canvas.setStrokeColor(_INK)
    canvas.setFillColor(_WALL_FILL)
    canvas.setLineWidth(0.5)
    thickness = 4.0
    for room in rooms:
        path = canvas.beginPath()
        path.rect(room.x, room.y, room.w, room.h)
        path.rect(
            room.x + thickness, room.y + thickness, room.w - 2 * thickness, room.h - 2 * thickness
        )
        canvas.drawPath(path, stroke=1, fill=1, fillMode=0)  # even-odd: a wall band
    canvas.setFillColor(_INK)


def _door(canvas: Canvas, room: Room, rng: random.Random) -> None:
    leaf = 26.0
    if room.w < leaf * 2:
        return
    x = rng.uniform(room.x + 8, room.x + room.w - leaf - 8)
    y = room.y
    canvas.setFillColor(Color(1, 1, 1))
    canvas.setStrokeColor(Color(1, 1, 1))
    canvas.rect(x, y - 1, leaf, 6, stroke=0, fill=1)  # opening in the wall
    canvas.setStrokeColor(_INK)
    canvas.setLineWidth(0.4)
    canvas.line(x, y, x, y + leaf)  # leaf
    canvas.arc(x - leaf, y - leaf, x + leaf, y + leaf, startAng=0, extent=90)  # swing
    canvas.setFillColor(_INK)


def _room_tag(canvas: Canvas, room: Room) -> None:
    cx, cy = room.x + room.w / 2, room.y + room.h / 2
    canvas.setFillColor(_INK)
    canvas.setFont("Helvetica-Bold", 9)
    canvas.drawCentredString(cx, cy + 2, room.number)
    canvas.setFont("Helvetica", 8)
    canvas.drawCentredString(cx, cy - 8, room.name)
    area = room.w * room.h / (mm * mm) / 100  # m² at 1:100
    canvas.setFont("Helvetica", 6)
    canvas.drawCentredString(cx, cy - 16, f"{area:.1f} m²")


def _dimensions(canvas: Canvas, xs: list[float], ys: list[float]) -> None:
    canvas.setStrokeColor(_INK)
    canvas.setLineWidth(0.25)
    canvas.setFont("Helvetica", 7)
    y = ys[0] - 30 * mm
    for a, b in itertools.pairwise(xs):
        canvas.line(a, y, b, y)
        for x in (a, b):
            canvas.line(x - 3, y - 3, x + 3, y + 3)
            canvas.line(x, y - 5, x, y + 5)
        canvas.drawCentredString((a + b) / 2, y + 3, f"{(b - a) / mm * 100:.0f}")
    x = xs[-1] + 30 * mm
    for a, b in itertools.pairwise(ys):
        canvas.line(x, a, x, b)
        for yy in (a, b):
            canvas.line(x - 3, yy - 3, x + 3, yy + 3)
        canvas.saveState()
        canvas.translate(x - 3, (a + b) / 2)
        canvas.rotate(90)
        canvas.drawCentredString(0, 0, f"{(b - a) / mm * 100:.0f}")
        canvas.restoreState()


def _notes(canvas: Canvas, width: float, height: float, rng: random.Random) -> None:
    x, y = width - 180 * mm, height - 30 * mm
    canvas.setFont("Helvetica-Bold", 9)
    canvas.drawString(x, y, "GENERAL NOTES")
    canvas.setFont("Helvetica", 7)
    for n in range(1, 25):
        y -= 10
        canvas.drawString(
            x,
            y,
            f"{n}. All dimensions in mm; check on site before fabrication ({rng.randint(100, 999)}).",
        )


def _title_block(
    canvas: Canvas, width: float, *, sheet: str, title: str, revision: str, scale: str
) -> None:
    w, h = 170 * mm, 95 * mm
    x, y = width - 10 * mm - w, 10 * mm
    canvas.setStrokeColor(_INK)
    canvas.setFillColor(_INK)
    canvas.setLineWidth(1.0)
    canvas.rect(x, y, w, h)
    rows = (
        ("PROJECT", "Riverside Offices"),
        ("DRAWING TITLE", title),
        ("SCALE", scale),
        ("DATE", date(2026, 11, 2).isoformat()),
        ("REVISION", revision),
    )
    row_h = (h - 30 * mm) / len(rows)
    for n, (label, value) in enumerate(rows):
        ry = y + h - (n + 1) * row_h
        canvas.line(x, ry, x + w, ry)
        canvas.setFont("Helvetica", 6)
        canvas.drawString(x + 3, ry + row_h - 8, label)
        canvas.setFont("Helvetica-Bold", 11)
        canvas.drawString(x + 3, ry + 5, value)
    canvas.setFont("Helvetica", 7)
    canvas.drawString(x + 3, y + 30 * mm - 9, "SHEET NUMBER")
    canvas.setFont("Helvetica-Bold", 36)
    canvas.drawString(x + 6, y + 8 * mm, sheet)
    canvas.setFont("Helvetica-Bold", 20)
    canvas.drawRightString(x + w - 6, y + 8 * mm, f"Rev {revision}")
