"""The entries of a diary day, one table each, and the addenda of a closed day.

Every entry row belongs to one day (``day_id``) and is written only while the day is
open. ``ENTRY_KINDS`` describes each kind once — its table, the record type photos and
links attach to, and its fields with their type and limits — so the service validates,
the canonical form hashes and a form lays out every kind from the same list.

Addenda (``DiaryAddendum``) are insert-only rows: the only thing that may be added to a
closed day (who, when, why, what); they are never edited or deleted.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from executrek.models.base import Base, EventRow, InProject, Scaled, Synced
from executrek.models.directory import enum_column
from executrek.models.table_keys import owned_by


class EquipmentState(enum.StrEnum):
    WORKING = "working"
    IDLE = "idle"
    BROKEN = "broken"


class DelayCause(enum.StrEnum):
    WEATHER = "weather"
    LATE_INFORMATION = "late_information"
    DESIGN_CHANGE = "design_change"
    OWNER_INSTRUCTION = "owner_instruction"
    CONTRACTOR_RESOURCE = "contractor_resource"
    UTILITY = "utility"
    ACCESS = "access"
    OTHER = "other"


class Responsible(enum.StrEnum):
    """Who carries a delay (the delay register totals by it)."""

    OWNER = "owner"
    DESIGN_TEAM = "design_team"
    CONTRACTOR = "contractor"
    SUBCONTRACTOR = "subcontractor"
    UTILITY_AUTHORITY = "utility_authority"
    NEUTRAL = "neutral"  # weather, force majeure: nobody's fault
    UNDETERMINED = "undetermined"


class Direction(enum.StrEnum):
    GIVEN = "given"
    RECEIVED = "received"


class _Entry(Synced):
    """What every entry row has: its project and its day."""

    project_id: Mapped[str] = owned_by("projects")
    day_id: Mapped[str] = owned_by("diary_days")


class DiaryManpower(_Entry, Base):
    __tablename__ = "diary_manpower"
    __table_args__ = (Index("ix_diary_manpower_day", "day_id"),)

    organisation_id: Mapped[str] = mapped_column(ForeignKey("organisations.id"))
    trade: Mapped[str | None] = mapped_column(String(100))
    headcount: Mapped[int]
    hours: Mapped[Decimal | None] = mapped_column(Scaled(1))  # person-hours worked that day


class DiaryEquipment(_Entry, Base):
    __tablename__ = "diary_equipment"
    __table_args__ = (Index("ix_diary_equipment_day", "day_id"),)

    item: Mapped[str] = mapped_column(String(200))
    count: Mapped[int] = mapped_column(default=1)
    state: Mapped[EquipmentState] = enum_column(
        EquipmentState, "diary_equipment_state", EquipmentState.WORKING
    )
    organisation_id: Mapped[str | None] = mapped_column(ForeignKey("organisations.id"))


class DiaryDelivery(_Entry, Base):
    """A delivery; the photo of its delivery note is a photo linked to it."""

    __tablename__ = "diary_deliveries"
    __table_args__ = (Index("ix_diary_deliveries_day", "day_id"),)

    description: Mapped[str] = mapped_column(String(300))  # what was delivered
    supplier: Mapped[str | None] = mapped_column(String(200))
    received_by: Mapped[str | None] = mapped_column(String(200))


class DiaryVisitor(_Entry, Base):
    __tablename__ = "diary_visitors"
    __table_args__ = (Index("ix_diary_visitors_day", "day_id"),)

    name: Mapped[str] = mapped_column(String(200))
    organisation: Mapped[str | None] = mapped_column(String(200))
    purpose: Mapped[str | None] = mapped_column(String(300))
    time_in: Mapped[str | None] = mapped_column(String(5))  # "HH:MM"
    time_out: Mapped[str | None] = mapped_column(String(5))


class DiaryWork(_Entry, Base):
    """Work performed, by location (and schedule activity when there is one)."""

    __tablename__ = "diary_work"
    __table_args__ = (Index("ix_diary_work_day", "day_id"),)

    location_id: Mapped[str | None] = mapped_column(ForeignKey("locations.id"))
    organisation_id: Mapped[str | None] = mapped_column(ForeignKey("organisations.id"))
    description: Mapped[str] = mapped_column(Text)
    activity_ref: Mapped[str | None] = mapped_column(String(100))


class DiaryDelay(_Entry, Base):
    """A delay or disruption; issues, RFIs and change orders link to it (record_links,
    record type ``diary_delay``)."""

    __tablename__ = "diary_delays"
    __table_args__ = (Index("ix_diary_delays_day", "day_id"),)

    cause: Mapped[DelayCause] = enum_column(DelayCause, "diary_delay_cause")
    responsible: Mapped[Responsible] = enum_column(
        Responsible, "diary_responsible", Responsible.UNDETERMINED
    )
    start_time: Mapped[str | None] = mapped_column(String(5))  # "HH:MM"
    end_time: Mapped[str | None] = mapped_column(String(5))
    description: Mapped[str] = mapped_column(Text)
    location_ids: Mapped[list[Any]] = mapped_column(JSON, default=list)
    organisation_ids: Mapped[list[Any]] = mapped_column(JSON, default=list)


class DiaryInstruction(_Entry, Base):
    __tablename__ = "diary_instructions"
    __table_args__ = (Index("ix_diary_instructions_day", "day_id"),)

    direction: Mapped[Direction] = enum_column(Direction, "diary_direction")
    from_name: Mapped[str] = mapped_column(String(200))
    to_name: Mapped[str] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text)


class DiarySafety(_Entry, Base):
    __tablename__ = "diary_safety"
    __table_args__ = (Index("ix_diary_safety_day", "day_id"),)

    description: Mapped[str] = mapped_column(Text)
    issue_id: Mapped[str | None] = mapped_column(ForeignKey("contractor_issues.id"))


class DiaryAddendum(InProject, EventRow, Base):
    """A correction of a closed day: who, when, why and what (insert-only)."""

    __tablename__ = "diary_addenda"
    __table_args__ = (Index("ix_diary_addenda_day", "day_id", "created_at"),)

    day_id: Mapped[str] = owned_by("diary_days")
    author_id: Mapped[str | None] = mapped_column(ForeignKey("users.id"))
    written_at: Mapped[dt.datetime]
    reason: Mapped[str] = mapped_column(Text)
    body: Mapped[str] = mapped_column(Text)


@dataclass(frozen=True)
class EntryField:
    """One field of an entry kind: how it is checked and shown.

    ``kind``: ``text`` (one line), ``long_text``, ``int``, ``decimal`` (one decimal
    place), ``choice`` (of ``choices``), ``time`` (``HH:MM``), ``ref`` (an id of
    ``target``), ``ids`` (a list of ids of ``target``)."""

    name: str
    kind: str
    required: bool = False
    max_len: int = 300
    low: int = 0
    high: int = 100_000
    choices: type[enum.Enum] | None = None
    target: str | None = None  # the table a ``ref``/``ids`` field points at
    default: Any = None


@dataclass(frozen=True)
class EntryKind:
    """One kind of entry: ``key`` as the API names it, its table and record type."""

    key: str
    model: type[Any]
    fields: tuple[EntryField, ...]

    @property
    def part(self) -> str:
        """The record type photos and links attach to (``diary_delay``)."""
        return f"diary_{self.key}"

    @property
    def table(self) -> str:
        return str(self.model.__tablename__)

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields)


F = EntryField
MAX_HEADCOUNT = 5000  # more on one line needs confirm=True

ENTRY_KINDS: dict[str, EntryKind] = {
    k.key: k
    for k in (
        EntryKind(
            "manpower",
            DiaryManpower,
            (
                F("organisation_id", "ref", required=True, target="organisations"),
                F("trade", "text", max_len=100),
                F("headcount", "int", required=True, low=0, high=1_000_000),
                F("hours", "decimal", high=1_000_000),
            ),
        ),
        EntryKind(
            "equipment",
            DiaryEquipment,
            (
                F("item", "text", required=True, max_len=200),
                F("count", "int", low=0, high=10_000, default=1),
                F("state", "choice", choices=EquipmentState, default=EquipmentState.WORKING),
                F("organisation_id", "ref", target="organisations"),
            ),
        ),
        EntryKind(
            "delivery",
            DiaryDelivery,
            (
                F("description", "text", required=True, max_len=300),
                F("supplier", "text", max_len=200),
                F("received_by", "text", max_len=200),
            ),
        ),
        EntryKind(
            "visitor",
            DiaryVisitor,
            (
                F("name", "text", required=True, max_len=200),
                F("organisation", "text", max_len=200),
                F("purpose", "text", max_len=300),
                F("time_in", "time"),
                F("time_out", "time"),
            ),
        ),
        EntryKind(
            "work",
            DiaryWork,
            (
                F("location_id", "ref", target="locations"),
                F("organisation_id", "ref", target="organisations"),
                F("description", "long_text", required=True, max_len=20000),
                F("activity_ref", "text", max_len=100),
            ),
        ),
        EntryKind(
            "delay",
            DiaryDelay,
            (
                F("cause", "choice", required=True, choices=DelayCause),
                F(
                    "responsible",
                    "choice",
                    choices=Responsible,
                    default=Responsible.UNDETERMINED,
                ),
                F("start_time", "time"),
                F("end_time", "time"),
                F("description", "long_text", required=True, max_len=20000),
                F("location_ids", "ids", target="locations", default=()),
                F("organisation_ids", "ids", target="organisations", default=()),
            ),
        ),
        EntryKind(
            "instruction",
            DiaryInstruction,
            (
                F("direction", "choice", required=True, choices=Direction),
                F("from_name", "text", required=True, max_len=200),
                F("to_name", "text", required=True, max_len=200),
                F("body", "long_text", required=True, max_len=20000),
            ),
        ),
        EntryKind(
            "safety",
            DiarySafety,
            (
                F("description", "long_text", required=True, max_len=20000),
                F("issue_id", "ref", target="contractor_issues"),
            ),
        ),
    )
}
BY_TABLE: dict[str, EntryKind] = {k.table: k for k in ENTRY_KINDS.values()}
# Record types of the entries (photos and links attach to them), for models/kinds.py.
PARTS: dict[str, str] = {k.part: k.table for k in ENTRY_KINDS.values()}
ENTRY_TABLES: tuple[str, ...] = tuple(BY_TABLE)
ADDENDA_TABLE = "diary_addenda"
