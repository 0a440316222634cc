"""Date parsing shared by the tabular importers, BCF and COBie.

Tabular exports write dates every way there is: ``2026-03-15``, ``15/03/2026``,
``3/15/26``, ``15-Mar-2026``, Excel serial numbers and real date cells. Day-first and
month-first cannot be told apart from ``03/04/2026`` alone, so callers pass a
:class:`DateOrder`; with ``AUTO`` the order is read from the whole column
(:func:`detect_date_order`) and values that stay ambiguous are reported, never guessed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, datetime, time, timedelta
from enum import StrEnum


class DateOrder(StrEnum):
    AUTO = "auto"
    DAY_FIRST = "day_first"
    MONTH_FIRST = "month_first"


class NotADateError(ValueError):
    """The value cannot be read as a calendar date."""


class AmbiguousDateError(ValueError):
    """The value is a valid date both day-first and month-first, and no order was chosen."""


_EXCEL_EPOCH = date(1899, 12, 30)
# Serial numbers outside 1950-01-01 … 2099-12-31 are far likelier to be ids than dates.
_SERIAL_MIN = (date(1950, 1, 1) - _EXCEL_EPOCH).days
_SERIAL_MAX = (date(2099, 12, 31) - _EXCEL_EPOCH).days

_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}(?:[T ]\d.*)?$")
_YMD = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$")
_DMY = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})$")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_SERIAL = re.compile(r"^\d{5}(?:\.\d+)?$")
_TIME_SUFFIX = re.compile(
    r"(?:[ T]+|,\s*)\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*(?:[AaPp]\.?[Mm]\.?)?"
    r"(?:\s*(?:Z|[+-]\d{2}:?\d{2}|UTC|GMT))?$"
)
_WEEKDAY_PREFIX = re.compile(r"^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+", re.IGNORECASE)
_DAY_MONTHNAME = re.compile(r"^(\d{1,2})[-\s]([A-Za-z]{3,9})\.?[-\s,]+(\d{4}|\d{2})$")
_MONTHNAME_DAY = re.compile(r"^([A-Za-z]{3,9})\.?[-\s]+(\d{1,2})(?:st|nd|rd|th)?,?[-\s]+(\d{4})$")
_MONTHS: dict[str, int] = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4,
    "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8,
    "sep": 9, "sept": 9, "september": 9, "oct": 10, "october": 10, "nov": 11,
    "november": 11, "dec": 12, "december": 12,
}  # fmt: skip


def parse_date(value: object, order: DateOrder = DateOrder.AUTO) -> date | None:
    """The calendar date in ``value``; None for an empty value.

    Accepts date/datetime cells, Excel serial numbers, ISO 8601 (with or without time
    and zone: the date is taken as written, not converted to UTC), ``yyyy/mm/dd``,
    ``yyyymmdd``, ``d/m/y`` or ``m/d/y`` with ``/ - .`` separators and 2- or 4-digit
    years (an optional time after it is ignored) and English month names.

    Raises :class:`NotADateError` or :class:`AmbiguousDateError`.
    """
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, bool | time):
        raise NotADateError(str(value))
    if isinstance(value, int | float):
        return excel_serial_to_date(float(value))
    text = str(value).strip()
    if not text:
        return None
    return _parse_text(text, order)


def excel_serial_to_date(serial: float) -> date:
    """Excel's day number (1900 date system) → date; :class:`NotADateError` outside 1950–2099."""
    if not _SERIAL_MIN <= serial <= _SERIAL_MAX:
        raise NotADateError(str(serial))
    return _EXCEL_EPOCH + timedelta(days=int(serial))


def detect_date_order(values: Iterable[object]) -> DateOrder:
    """DAY_FIRST or MONTH_FIRST when the column proves it (a ``25/03`` or a ``03/25``),
    AUTO when nothing proves either or the column contradicts itself."""
    day_first = month_first = False
    for value in values:
        evidence = _order_evidence(value)
        if evidence is DateOrder.DAY_FIRST:
            day_first = True
        elif evidence is DateOrder.MONTH_FIRST:
            month_first = True
    if day_first and not month_first:
        return DateOrder.DAY_FIRST
    if month_first and not day_first:
        return DateOrder.MONTH_FIRST
    return DateOrder.AUTO


def parse_iso_datetime(text: str | None) -> datetime | None:
    """An ``xs:dateTime`` (as BCF and COBie write them); None for empty or unreadable text.

    Keeps the zone when one is given; a bare date becomes midnight.
    """
    if text is None:
        return None
    clean = text.strip()
    if not clean:
        return None
    try:
        return datetime.fromisoformat(clean)
    except ValueError:
        pass
    try:
        return datetime.combine(_parse_text(clean, DateOrder.AUTO), time())
    except (NotADateError, AmbiguousDateError):
        return None


def format_iso_datetime(value: datetime) -> str:
    """``xs:dateTime`` text; UTC is written with ``Z``."""
    text = value.isoformat()
    return text[:-6] + "Z" if text.endswith("+00:00") else text


def _parse_text(text: str, order: DateOrder) -> date:
    if _ISO.match(text):
        try:
            return datetime.fromisoformat(text).date()
        except ValueError:
            pass  # e.g. "2026-03-15 10:30 AM": the general patterns below handle it
    core = _WEEKDAY_PREFIX.sub("", _TIME_SUFFIX.sub("", text)).strip()
    if match := _YMD.match(core):
        return _build(int(match[1]), int(match[2]), int(match[3]), text)
    if match := _DMY.match(core):
        first, second = int(match[1]), int(match[2])
        year = _full_year(match[3])
        return _resolve(first, second, year, order, text)
    if match := _COMPACT.match(core):
        year = int(match[1])
        if 1900 <= year <= 2199:
            return _build(year, int(match[2]), int(match[3]), text)
        raise NotADateError(text)
    if _SERIAL.match(core):
        return excel_serial_to_date(float(core))
    if match := _DAY_MONTHNAME.match(core):
        return _build(_full_year(match[3]), _month(match[2], text), int(match[1]), text)
    if match := _MONTHNAME_DAY.match(core):
        return _build(int(match[3]), _month(match[1], text), int(match[2]), text)
    raise NotADateError(text)


def _resolve(first: int, second: int, year: int, order: DateOrder, text: str) -> date:
    if order is DateOrder.DAY_FIRST:
        return _build(year, second, first, text)
    if order is DateOrder.MONTH_FIRST:
        return _build(year, first, second, text)
    if first > 12 >= second:
        return _build(year, second, first, text)
    if second > 12 >= first:
        return _build(year, first, second, text)
    if first == second:
        return _build(year, first, second, text)
    if first <= 12 and second <= 12:
        raise AmbiguousDateError(text)
    raise NotADateError(text)


def _order_evidence(value: object) -> DateOrder | None:
    if not isinstance(value, str):
        return None
    core = _TIME_SUFFIX.sub("", value.strip()).strip()
    match = _DMY.match(core)
    if match is None:
        return None
    first, second = int(match[1]), int(match[2])
    if first > 12 >= second:
        return DateOrder.DAY_FIRST
    if second > 12 >= first:
        return DateOrder.MONTH_FIRST
    return None


def _full_year(text: str) -> int:
    year = int(text)
    if len(text) == 2:
        return 2000 + year if year < 69 else 1900 + year
    return year


def _month(name: str, text: str) -> int:
    month = _MONTHS.get(name.lower())
    if month is None:
        raise NotADateError(text)
    return month


def _build(year: int, month: int, day: int, text: str) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise NotADateError(text) from None
