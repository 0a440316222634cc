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

from executrek.app.columns import QT_TRANSLATE_NOOP, Field, Kind, attr_field
from executrek.app.i18n import translate
from executrek.app.interop.errors import InteropError
from executrek.app.interop.exchange_result import ExchangeResult
from executrek.app.list_export import Table, check_format, write_tables
from executrek.models.records.diary.period import DelayRow, ManpowerLine, export_tables
from executrek.models.records.diary.queries import DayView
from executrek.models.store import Store

DAY_FIELDS: tuple[Field[DayView], ...] = (
    attr_field("number", QT_TRANSLATE_NOOP("Columns", "Number"), weight=0.8),
    attr_field("day", QT_TRANSLATE_NOOP("Columns", "Date"), Kind.DATE),
    attr_field("author", QT_TRANSLATE_NOOP("Columns", "Author")),
    attr_field("status", QT_TRANSLATE_NOOP("Columns", "Status"), Kind.STATUS),
    attr_field("title", QT_TRANSLATE_NOOP("Columns", "Summary"), weight=2),
    attr_field("weather_am", QT_TRANSLATE_NOOP("Columns", "Weather AM"), Kind.WORDS),
    attr_field("weather_pm", QT_TRANSLATE_NOOP("Columns", "Weather PM"), Kind.WORDS),
    attr_field("temp_min", QT_TRANSLATE_NOOP("Columns", "Min °C"), Kind.INT),
    attr_field("temp_max", QT_TRANSLATE_NOOP("Columns", "Max °C"), Kind.INT),
    Field(
        "precipitation",
        QT_TRANSLATE_NOOP("Columns", "Precipitation mm"),
        lambda r: r.precipitation_mm,
        Kind.DECIMAL,
    ),
    attr_field("wind", QT_TRANSLATE_NOOP("Columns", "Wind"), Kind.WORDS),
    attr_field("ground", QT_TRANSLATE_NOOP("Columns", "Ground"), Kind.WORDS),
    Field(
        "stopped",
        QT_TRANSLATE_NOOP("Columns", "Hours lost to weather"),
        lambda r: r.weather_stopped_hours,
        Kind.DECIMAL,
    ),
    attr_field("notes", QT_TRANSLATE_NOOP("Columns", "Notes"), weight=3),
    attr_field("closed_at", QT_TRANSLATE_NOOP("Columns", "Closed"), Kind.DATETIME),
    attr_field("content_hash", QT_TRANSLATE_NOOP("Columns", "Content hash")),
)
MANPOWER_FIELDS: tuple[Field[ManpowerLine], ...] = (
    Field("number", QT_TRANSLATE_NOOP("Columns", "Number"), lambda r: r.day_number, weight=0.8),
    attr_field("day", QT_TRANSLATE_NOOP("Columns", "Date"), Kind.DATE),
    attr_field("contractor", QT_TRANSLATE_NOOP("Columns", "Contractor"), weight=2),
    attr_field("trade", QT_TRANSLATE_NOOP("Columns", "Trade")),
    attr_field("headcount", QT_TRANSLATE_NOOP("Columns", "Headcount"), Kind.INT),
    attr_field("hours", QT_TRANSLATE_NOOP("Columns", "Hours"), Kind.DECIMAL),
)
DELAY_FIELDS: tuple[Field[DelayRow], ...] = (
    Field("number", QT_TRANSLATE_NOOP("Columns", "Number"), lambda r: r.day_number, weight=0.8),
    attr_field("day", QT_TRANSLATE_NOOP("Columns", "Date"), Kind.DATE),
    attr_field("cause", QT_TRANSLATE_NOOP("Columns", "Cause"), Kind.WORDS),
    attr_field("responsible", QT_TRANSLATE_NOOP("Columns", "Responsible"), Kind.WORDS),
    Field("start", QT_TRANSLATE_NOOP("Columns", "Start"), lambda r: r.start_time),
    Field("end", QT_TRANSLATE_NOOP("Columns", "End"), lambda r: r.end_time),
    attr_field("hours", QT_TRANSLATE_NOOP("Columns", "Hours"), Kind.DECIMAL),
    attr_field("description", QT_TRANSLATE_NOOP("Columns", "Description"), weight=3),
    attr_field("locations", QT_TRANSLATE_NOOP("Columns", "Locations"), weight=2),
    attr_field("contractors", QT_TRANSLATE_NOOP("Columns", "Contractors"), weight=2),
)


def diary_tables(
    store: Store, project_id: str, start: dt.date | None = None, end: dt.date | None = None
) -> list[Table]:
    """The three tables of a period (all days when no dates are given)."""
    found = export_tables(store, project_id, start, end)
    return [
        Table.of_fields(translate("ListExport", "Diary days"), "", DAY_FIELDS, found.days),
        Table.of_fields(
            translate("ListExport", "Manpower"), "-manpower", MANPOWER_FIELDS, found.manpower
        ),
        Table.of_fields(translate("ListExport", "Delays"), "-delays", DELAY_FIELDS, found.delays),
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
