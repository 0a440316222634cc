"""The site diary as a spreadsheet: ``executrek export diary`` (and the list export's
``diary`` kind) writes the days, their manpower lines and the delays of a period.

XLSX: three sheets (Diary days, Manpower, Delays). CSV: three files, ``FILE.csv`` for
the days and ``FILE-manpower.csv``, ``FILE-delays.csv`` beside it. The columns are
``app/columns`` fields (the report of the diary can print the same ones); the writers are
the list export's, so cells, formats and atomic files are the same as every other list.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from executrek.app.columns import QT_TRANSLATE_NOOP, Field, Kind
from executrek.app.i18n import translate
from executrek.app.interop.errors import InteropError
from executrek.app.interop.exchange_result import ExchangeResult
from executrek.app.list_export import Column, Table, check_format, write_tables
from executrek.models.records.diary.period import DelayRow, ManpowerLine, export_tables
from executrek.models.records.diary.queries import DayView
from executrek.models.store import Store

DAY_FIELDS: tuple[Field[DayView], ...] = (
    Field("number", QT_TRANSLATE_NOOP("Columns", "Number"), lambda r: r.number, weight=0.8),
    Field("day", QT_TRANSLATE_NOOP("Columns", "Date"), lambda r: r.day, Kind.DATE),
    Field("author", QT_TRANSLATE_NOOP("Columns", "Author"), lambda r: r.author),
    Field("status", QT_TRANSLATE_NOOP("Columns", "Status"), lambda r: r.status, Kind.STATUS),
    Field("title", QT_TRANSLATE_NOOP("Columns", "Summary"), lambda r: r.title, weight=2),
    Field(
        "weather_am", QT_TRANSLATE_NOOP("Columns", "Weather AM"), lambda r: r.weather_am, Kind.WORDS
    ),
    Field(
        "weather_pm", QT_TRANSLATE_NOOP("Columns", "Weather PM"), lambda r: r.weather_pm, Kind.WORDS
    ),
    Field("temp_min", QT_TRANSLATE_NOOP("Columns", "Min °C"), lambda r: r.temp_min, Kind.INT),
    Field("temp_max", QT_TRANSLATE_NOOP("Columns", "Max °C"), lambda r: r.temp_max, Kind.INT),
    Field(
        "precipitation",
        QT_TRANSLATE_NOOP("Columns", "Precipitation mm"),
        lambda r: r.precipitation_mm,
        Kind.DECIMAL,
    ),
    Field("wind", QT_TRANSLATE_NOOP("Columns", "Wind"), lambda r: r.wind, Kind.WORDS),
    Field("ground", QT_TRANSLATE_NOOP("Columns", "Ground"), lambda r: r.ground, Kind.WORDS),
    Field(
        "stopped",
        QT_TRANSLATE_NOOP("Columns", "Hours lost to weather"),
        lambda r: r.weather_stopped_hours,
        Kind.DECIMAL,
    ),
    Field("notes", QT_TRANSLATE_NOOP("Columns", "Notes"), lambda r: r.notes, weight=3),
    Field(
        "closed_at", QT_TRANSLATE_NOOP("Columns", "Closed"), lambda r: r.closed_at, Kind.DATETIME
    ),
    Field("content_hash", QT_TRANSLATE_NOOP("Columns", "Content hash"), lambda r: r.content_hash),
)
MANPOWER_FIELDS: tuple[Field[ManpowerLine], ...] = (
    Field("number", QT_TRANSLATE_NOOP("Columns", "Number"), lambda r: r.day_number, weight=0.8),
    Field("day", QT_TRANSLATE_NOOP("Columns", "Date"), lambda r: r.day, Kind.DATE),
    Field(
        "contractor", QT_TRANSLATE_NOOP("Columns", "Contractor"), lambda r: r.contractor, weight=2
    ),
    Field("trade", QT_TRANSLATE_NOOP("Columns", "Trade"), lambda r: r.trade),
    Field("headcount", QT_TRANSLATE_NOOP("Columns", "Headcount"), lambda r: r.headcount, Kind.INT),
    Field("hours", QT_TRANSLATE_NOOP("Columns", "Hours"), lambda r: r.hours, Kind.DECIMAL),
)
DELAY_FIELDS: tuple[Field[DelayRow], ...] = (
    Field("number", QT_TRANSLATE_NOOP("Columns", "Number"), lambda r: r.day_number, weight=0.8),
    Field("day", QT_TRANSLATE_NOOP("Columns", "Date"), lambda r: r.day, Kind.DATE),
    Field("cause", QT_TRANSLATE_NOOP("Columns", "Cause"), lambda r: r.cause, Kind.WORDS),
    Field(
        "responsible",
        QT_TRANSLATE_NOOP("Columns", "Responsible"),
        lambda r: r.responsible,
        Kind.WORDS,
    ),
    Field("start", QT_TRANSLATE_NOOP("Columns", "Start"), lambda r: r.start_time),
    Field("end", QT_TRANSLATE_NOOP("Columns", "End"), lambda r: r.end_time),
    Field("hours", QT_TRANSLATE_NOOP("Columns", "Hours"), lambda r: r.hours, Kind.DECIMAL),
    Field(
        "description",
        QT_TRANSLATE_NOOP("Columns", "Description"),
        lambda r: r.description,
        weight=3,
    ),
    Field("locations", QT_TRANSLATE_NOOP("Columns", "Locations"), lambda r: r.locations, weight=2),
    Field(
        "contractors",
        QT_TRANSLATE_NOOP("Columns", "Contractors"),
        lambda r: r.contractors,
        weight=2,
    ),
)


def diary_tables(
    store: Store, project_id: str, start: dt.date | None = None, end: dt.date | None = None
) -> list[Table]:
    """The three tables of a period (all days when no dates are given)."""
    found = export_tables(store, project_id, start, end)
    return [
        Table(
            translate("ListExport", "Diary days"),
            "",
            tuple(Column.from_field(f) for f in DAY_FIELDS),
            found.days,
        ),
        Table(
            translate("ListExport", "Manpower"),
            "-manpower",
            tuple(Column.from_field(f) for f in MANPOWER_FIELDS),
            found.manpower,
        ),
        Table(
            translate("ListExport", "Delays"),
            "-delays",
            tuple(Column.from_field(f) for f in DELAY_FIELDS),
            found.delays,
        ),
    ]


def export_diary(
    store: Store,
    project_id: str,
    path: Path,
    fmt: str,
    start: dt.date | None = None,
    end: dt.date | None = None,
) -> ExchangeResult:
    """Write the diary of a period to ``path`` as ``csv`` (three files) or ``xlsx``."""
    check_format("diary", fmt)
    if start is not None and end is not None and start > end:
        raise InteropError(
            translate("Exchange", "--from {first} is after --to {last}.").format(
                first=start.isoformat(), last=end.isoformat()
            )
        )
    return write_tables("diary", diary_tables(store, project_id, start, end), path, fmt)
