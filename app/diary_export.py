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


def _t(text: str) -> str:
    return QT_TRANSLATE_NOOP("Columns", text)


DAY_FIELDS: tuple[Field[DayView], ...] = (
    Field("number", _t("Number"), lambda r: r.number, weight=0.8),
    Field("day", _t("Date"), lambda r: r.day, Kind.DATE),
    Field("author", _t("Author"), lambda r: r.author),
    Field("status", _t("Status"), lambda r: r.status, Kind.STATUS),
    Field("title", _t("Summary"), lambda r: r.title, weight=2),
    Field("weather_am", _t("Weather AM"), lambda r: r.weather_am, Kind.WORDS),
    Field("weather_pm", _t("Weather PM"), lambda r: r.weather_pm, Kind.WORDS),
    Field("temp_min", _t("Min °C"), lambda r: r.temp_min, Kind.INT),
    Field("temp_max", _t("Max °C"), lambda r: r.temp_max, Kind.INT),
    Field("precipitation", _t("Precipitation mm"), lambda r: r.precipitation_mm, Kind.DECIMAL),
    Field("wind", _t("Wind"), lambda r: r.wind, Kind.WORDS),
    Field("ground", _t("Ground"), lambda r: r.ground, Kind.WORDS),
    Field("stopped", _t("Hours lost to weather"), lambda r: r.weather_stopped_hours, Kind.DECIMAL),
    Field("notes", _t("Notes"), lambda r: r.notes, weight=3),
    Field("closed_at", _t("Closed"), lambda r: r.closed_at, Kind.DATETIME),
    Field("content_hash", _t("Content hash"), lambda r: r.content_hash),
)
MANPOWER_FIELDS: tuple[Field[ManpowerLine], ...] = (
    Field("number", _t("Number"), lambda r: r.day_number, weight=0.8),
    Field("day", _t("Date"), lambda r: r.day, Kind.DATE),
    Field("contractor", _t("Contractor"), lambda r: r.contractor, weight=2),
    Field("trade", _t("Trade"), lambda r: r.trade),
    Field("headcount", _t("Headcount"), lambda r: r.headcount, Kind.INT),
    Field("hours", _t("Hours"), lambda r: r.hours, Kind.DECIMAL),
)
DELAY_FIELDS: tuple[Field[DelayRow], ...] = (
    Field("number", _t("Number"), lambda r: r.day_number, weight=0.8),
    Field("day", _t("Date"), lambda r: r.day, Kind.DATE),
    Field("cause", _t("Cause"), lambda r: r.cause, Kind.WORDS),
    Field("responsible", _t("Responsible"), lambda r: r.responsible, Kind.WORDS),
    Field("start", _t("Start"), lambda r: r.start_time),
    Field("end", _t("End"), lambda r: r.end_time),
    Field("hours", _t("Hours"), lambda r: r.hours, Kind.DECIMAL),
    Field("description", _t("Description"), lambda r: r.description, weight=3),
    Field("locations", _t("Locations"), lambda r: r.locations, weight=2),
    Field("contractors", _t("Contractors"), lambda r: r.contractors, weight=2),
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
