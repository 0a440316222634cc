"""Checks of what a sheet, a revision or a pin is given: sheet numbers, titles,
revision labels, disciplines (guessed from the sheet number's letters), page sizes,
points on a sheet, pin targets and locations; and *the* live sheet with a number.
Each returns the value normalised or raises ``ValidationError`` naming the field."""

from __future__ import annotations

import re

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from executrek.models import validation
from executrek.models.errors import QT_TRANSLATE_NOOP, ValidationError
from executrek.models.project import Location
from executrek.models.records.drawing.model import (
    DISCIPLINE_PREFIX,
    PIN_ISSUE,
    PIN_PUNCH,
    Discipline,
    Sheet,
)
from executrek.models.services.common import load

MAX_PAGE_PT = 14400.0  # PDF's own page-size limit (200 inches)
_PIN_TABLES = {
    "punch": PIN_PUNCH,
    "punch_item": PIN_PUNCH,
    "punch_items": PIN_PUNCH,
    "issue": PIN_ISSUE,
    "contractor_issue": PIN_ISSUE,
    "contractor_issues": PIN_ISSUE,
}


def guess_discipline(sheet_number: str) -> Discipline:
    """The discipline a sheet number's letter prefix stands for (``S-201`` → structural)."""
    match = re.match(r"\s*([A-Za-z]+)", sheet_number or "")
    if match is None:
        return Discipline.OTHER
    letters = match.group(1).upper()
    for size in (3, 2, 1):
        found = DISCIPLINE_PREFIX.get(letters[:size]) if len(letters) >= size else None
        if found is not None:
            return found
    return Discipline.OTHER


def check_sheet_number(value: str | None) -> str:
    return validation.required_text("sheet_number", value, max_len=40)


def check_title(value: str | None) -> str:
    return validation.required_text("title", value, max_len=300)


def check_revision(value: str | None) -> str:
    return validation.text("revision", value, max_len=20, required=False) or ""


def discipline_of(value: Discipline | str | None, sheet_number: str) -> Discipline:
    if value is None or value == "":
        return guess_discipline(sheet_number)
    if isinstance(value, str) and not isinstance(value, Discipline):
        value = value.strip().lower().replace(" ", "_").replace("-", "_")
    return validation.choice("discipline", Discipline, value)


def check_discipline(value: Discipline | str) -> Discipline:
    """A discipline from its value or name ("Fire protection" → fire_protection)."""
    return discipline_of(value or Discipline.OTHER, "")


def check_point(name: str, value: float) -> float:
    number = float(value)
    if not 0.0 <= number <= 1.0:
        raise ValidationError(
            name,
            QT_TRANSLATE_NOOP("Errors", "{field} must lie on the sheet (between 0 and 1)."),
        )
    return round(number, 6)


def check_page_size(width: float, height: float) -> tuple[float, float]:
    for name, value in (("width_pt", width), ("height_pt", height)):
        if not 0 < float(value) <= MAX_PAGE_PT:
            raise ValidationError(
                name,
                QT_TRANSLATE_NOOP("Errors", "{field} must be a page size in points (got {value})."),
                value=value,
            )
    return float(width), float(height)


def pin_table(kind: str) -> str:
    table = _PIN_TABLES.get(kind)
    if table is None:
        raise ValidationError(
            "target_type",
            QT_TRANSLATE_NOOP(
                "Errors", "{field} must be a punch item or a contractor issue (got '{value}')."
            ),
            value=kind,
        )
    return table


def check_location(s: Session, project_id: str, location_id: str | None) -> str | None:
    if location_id is None:
        return None
    loc = load(s, Location, location_id, "Location")
    if loc.project_id != project_id:
        raise ValidationError(
            "location_id",
            QT_TRANSLATE_NOOP("Errors", "{field} belongs to another project."),
        )
    return loc.id


def live_sheet(s: Session, project_id: str, sheet_number: str) -> Sheet | None:
    return s.scalars(
        select(Sheet)
        .where(
            Sheet.project_id == project_id,
            func.lower(Sheet.sheet_number) == sheet_number.lower(),
            Sheet.deleted_at.is_(None),
        )
        .order_by(Sheet.created_at, Sheet.id)
        .limit(1)
    ).first()
