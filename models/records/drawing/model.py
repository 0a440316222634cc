"""Drawings: plan sheets, their revisions, the original files and the pins on them.

A *drawing file* is an imported original (PDF, PNG or JPEG) kept in the content-addressed
blob store and synced like a photo. Each page of a file is one *revision* of a *sheet*
(``A-101 Ground Floor Plan``); importing a newer file for the same sheet number adds a
revision, marks the previous one superseded and copies its pins. A *pin* puts a punch
item or a contractor issue at a normalised point (0..1, origin top-left of the page as
shown) of one revision.

Sheets carry no unique key on their number: two laptops may import the same sheet
offline, and a unique key would make the second one unsyncable. The services treat the
live sheet with a number as *the* sheet. The column is ``sheet_number``, never
``number``: the central server reads ``number`` as a human-number series.
"""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import Float, ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from executrek.models.base import Base, InProject, Synced
from executrek.models.directory import enum_column
from executrek.models.table_keys import owned_by, project_index


class Discipline(enum.StrEnum):
    GENERAL = "general"
    ARCHITECTURAL = "architectural"
    STRUCTURAL = "structural"
    CIVIL = "civil"
    LANDSCAPE = "landscape"
    INTERIORS = "interiors"
    MECHANICAL = "mechanical"
    ELECTRICAL = "electrical"
    PLUMBING = "plumbing"
    FIRE_PROTECTION = "fire_protection"
    MEP = "mep"
    OTHER = "other"


# Sheet-number prefixes of the US National CAD Standard (and the usual UK/EU letters).
DISCIPLINE_PREFIX: dict[str, Discipline] = {
    "G": Discipline.GENERAL,
    "A": Discipline.ARCHITECTURAL,
    "S": Discipline.STRUCTURAL,
    "C": Discipline.CIVIL,
    "L": Discipline.LANDSCAPE,
    "I": Discipline.INTERIORS,
    "M": Discipline.MECHANICAL,
    "H": Discipline.MECHANICAL,
    "E": Discipline.ELECTRICAL,
    "P": Discipline.PLUMBING,
    "F": Discipline.FIRE_PROTECTION,
    "FP": Discipline.FIRE_PROTECTION,
    "MEP": Discipline.MEP,
}

# Pin targets: the table names of the records a pin may point at.
PIN_PUNCH = "punch_items"
PIN_ISSUE = "contractor_issues"
PIN_TARGETS = (PIN_PUNCH, PIN_ISSUE)


class DrawingFile(InProject, Synced, Base):
    """An imported original; the bytes live in the blob store under ``sha256``."""

    __tablename__ = "drawing_files"
    __table_args__ = (UniqueConstraint("project_id", "sha256"),)

    sha256: Mapped[str] = mapped_column(String(64))
    filename: Mapped[str] = mapped_column(String(300))
    mime: Mapped[str] = mapped_column(String(60))
    size_bytes: Mapped[int]
    page_count: Mapped[int]


class Sheet(InProject, Synced, Base):
    __tablename__ = "drawing_sheets"
    __table_args__ = (project_index(__tablename__, "number", "sheet_number"),)

    sheet_number: Mapped[str] = mapped_column(String(40))
    title: Mapped[str] = mapped_column(String(300))
    discipline: Mapped[Discipline] = enum_column(Discipline, "discipline", Discipline.OTHER)
    # Items dropped on the sheet take this location.
    location_id: Mapped[str | None] = mapped_column(ForeignKey("locations.id"))
    current_revision_id: Mapped[str | None] = mapped_column(
        ForeignKey("drawing_revisions.id", use_alter=True)
    )


class SheetRevision(InProject, Synced, Base):
    """One issue of a sheet: a page of a drawing file."""

    __tablename__ = "drawing_revisions"
    __table_args__ = (Index("ix_drawing_revisions_sheet", "sheet_id", "created_at"),)

    sheet_id: Mapped[str] = owned_by("drawing_sheets")
    revision: Mapped[str] = mapped_column(String(20), default="")
    file_id: Mapped[str] = mapped_column(ForeignKey("drawing_files.id"))
    page_index: Mapped[int]
    width_pt: Mapped[float] = mapped_column(Float)
    height_pt: Mapped[float] = mapped_column(Float)
    issued_on: Mapped[dt.date | None]
    superseded: Mapped[bool] = mapped_column(default=False)


class DrawingPin(InProject, Synced, Base):
    """A punch item or contractor issue at a normalised point of one sheet revision."""

    __tablename__ = "drawing_pins"
    __table_args__ = (
        Index("ix_drawing_pins_revision", "revision_id"),
        Index("ix_drawing_pins_target", "target_type", "target_id"),
    )

    sheet_id: Mapped[str] = owned_by("drawing_sheets")
    revision_id: Mapped[str] = owned_by("drawing_revisions")
    target_type: Mapped[str] = mapped_column(String(40))
    target_id: Mapped[str] = mapped_column(String(36))
    x: Mapped[float] = mapped_column(Float)
    y: Mapped[float] = mapped_column(Float)
