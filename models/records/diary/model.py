"""The diary day table, its pick lists and status workflow, and the diary ``RecordKind``.

A day is written by its author while ``open`` and then signed and ``closed``; a closed
day never changes again (corrections are addenda, see ``entries.DiaryAddendum``). The
canonical content of a closed day is hashed together with the previous closed day of the
same project and author (``content_hash``/``previous_hash``: a hash chain, ``chain.py``).
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Mapping
from decimal import Decimal

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from executrek.models.base import Base, Numbered, Scaled, Synced
from executrek.models.directory import enum_column
from executrek.models.records.kind import NumberSeries, RecordKind
from executrek.models.table_keys import project_index, unique_number


class DiaryStatus(enum.StrEnum):
    OPEN = "open"
    CLOSED = "closed"


class Sky(enum.StrEnum):
    """Weather of a half day (the pick list of the morning and afternoon boxes)."""

    SUNNY = "sunny"
    PARTLY_CLOUDY = "partly_cloudy"
    OVERCAST = "overcast"
    FOG = "fog"
    DRIZZLE = "drizzle"
    RAIN = "rain"
    HEAVY_RAIN = "heavy_rain"
    THUNDERSTORM = "thunderstorm"
    SNOW = "snow"
    SLEET = "sleet"
    FROST = "frost"


class Wind(enum.StrEnum):
    CALM = "calm"
    LIGHT = "light"
    MODERATE = "moderate"
    STRONG = "strong"
    GALE = "gale"


class Ground(enum.StrEnum):
    DRY = "dry"
    DAMP = "damp"
    WET = "wet"
    MUDDY = "muddy"
    WATERLOGGED = "waterlogged"
    FROZEN = "frozen"
    SNOW_COVERED = "snow_covered"


class DiaryDay(Numbered, Synced, Base):
    """One diary day of one author in one project."""

    __tablename__ = "diary_days"
    __table_args__ = (
        unique_number(),
        project_index(__tablename__, "day"),
        Index("ix_diary_days_author_day", "project_id", "author_id", "day"),
    )

    title: Mapped[str] = mapped_column(String(300))  # one-line summary
    day: Mapped[dt.date]
    author_id: Mapped[str | None] = mapped_column(ForeignKey("users.id"))
    weather_am: Mapped[Sky | None] = enum_column(Sky, "diary_sky_am")
    weather_pm: Mapped[Sky | None] = enum_column(Sky, "diary_sky_pm")
    temp_min: Mapped[int | None]  # °C
    temp_max: Mapped[int | None]  # °C
    precipitation_mm: Mapped[Decimal | None] = mapped_column(Scaled(1))
    wind: Mapped[Wind | None] = enum_column(Wind, "diary_wind")
    ground: Mapped[Ground | None] = enum_column(Ground, "diary_ground")
    weather_stopped_hours: Mapped[Decimal] = mapped_column(Scaled(1), default=Decimal(0))
    notes: Mapped[str | None] = mapped_column(Text)
    status: Mapped[DiaryStatus] = enum_column(DiaryStatus, "diary_status", DiaryStatus.OPEN)
    closed_at: Mapped[dt.datetime | None]
    signature_id: Mapped[str | None] = mapped_column(ForeignKey("signatures.id"))
    content_hash: Mapped[str | None] = mapped_column(String(64))
    previous_hash: Mapped[str | None] = mapped_column(String(64))

    @property
    def is_closed(self) -> bool:
        return self.status is DiaryStatus.CLOSED


# The weather of a day: what "copy yesterday's" takes over (not the hours lost).
WEATHER_FIELDS = (
    "weather_am",
    "weather_pm",
    "temp_min",
    "temp_max",
    "precipitation_mm",
    "wind",
    "ground",
)
# The day's fields in its canonical form (``chain.py``): who, when, what, and the link.
CONTENT_FIELDS = (
    "id",
    "project_id",
    "day",
    "author_id",
    "title",
    *WEATHER_FIELDS,
    "weather_stopped_hours",
    "notes",
    "closed_at",
    "signature_id",
    "previous_hash",
)

D = DiaryStatus
TRANSITIONS: Mapping[DiaryStatus, frozenset[DiaryStatus]] = {
    D.OPEN: frozenset({D.CLOSED}),
    D.CLOSED: frozenset(),  # a closed day never changes: corrections are addenda
}
LIVE = (DiaryStatus.OPEN.value,)  # days still being written

KIND = RecordKind(
    key="diary_day",
    model=DiaryDay,
    series=(NumberSeries("DIA", 3),),
    transitions=TRANSITIONS,
    search_columns=("title", "notes"),
    page="diary",
)


def default_title(day: dt.date) -> str:
    return f"Site diary {day.isoformat()}"
