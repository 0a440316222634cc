"""The sheet list's columns and the translated discipline names."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from executrek.models.records.drawing.model import Discipline
from executrek.models.records.drawing.queries import SheetRow
from executrek.ui.widgets.columns import Column


def discipline_label(value: Discipline | str) -> str:
    names = {
        "general": QCoreApplication.translate("Drawings", "General"),
        "architectural": QCoreApplication.translate("Drawings", "Architectural"),
        "structural": QCoreApplication.translate("Drawings", "Structural"),
        "civil": QCoreApplication.translate("Drawings", "Civil"),
        "landscape": QCoreApplication.translate("Drawings", "Landscape"),
        "interiors": QCoreApplication.translate("Drawings", "Interiors"),
        "mechanical": QCoreApplication.translate("Drawings", "Mechanical"),
        "electrical": QCoreApplication.translate("Drawings", "Electrical"),
        "plumbing": QCoreApplication.translate("Drawings", "Plumbing"),
        "fire_protection": QCoreApplication.translate("Drawings", "Fire protection"),
        "mep": QCoreApplication.translate("Drawings", "MEP"),
        "other": QCoreApplication.translate("Drawings", "Other"),
    }
    key = value.value if isinstance(value, Discipline) else str(value)
    return names.get(key, key)


def _natural(text: str) -> tuple[tuple[int, int, str], ...]:
    import re

    return tuple(
        (0, int(part), "") if part.isdigit() else (1, 0, part.lower())
        for part in re.split(r"(\d+)", text)
        if part
    )


def sheet_columns() -> list[Column[SheetRow]]:
    return [
        Column(
            "sheet_number",
            QCoreApplication.translate("Drawings", "Sheet"),
            lambda r: r.sheet_number,
            sort_value=lambda r: _natural(r.sheet_number),
        ),
        Column(
            "title",
            QCoreApplication.translate("Drawings", "Title"),
            lambda r: r.title,
            sort_value=lambda r: r.title.lower(),
            tooltip=lambda r: r.filename,
        ),
        Column(
            "revision",
            QCoreApplication.translate("Drawings", "Rev"),
            lambda r: r.revision or "–",
            sort_value=lambda r: _natural(r.revision),
            tooltip=lambda r: QCoreApplication.translate("Drawings", "{count} revision(s)").format(
                count=r.revision_count
            ),
        ),
        Column(
            "pins",
            QCoreApplication.translate("Drawings", "Pins"),
            lambda r: str(r.pin_count),
            sort_value=lambda r: r.pin_count,
            right=True,
        ),
        Column(
            "discipline",
            QCoreApplication.translate("Drawings", "Discipline"),
            lambda r: discipline_label(r.discipline),
            sort_value=lambda r: discipline_label(r.discipline),
        ),
        Column(
            "location",
            QCoreApplication.translate("Drawings", "Location"),
            lambda r: r.location or "",
            sort_value=lambda r: r.location or "",
        ),
    ]
