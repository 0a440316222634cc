from __future__ import annotations

import contextlib
from datetime import UTC, date, datetime, time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from executrek.app.interop.dates import (
    AmbiguousDateError,
    DateOrder,
    NotADateError,
    detect_date_order,
    excel_serial_to_date,
    format_iso_datetime,
    parse_date,
    parse_iso_datetime,
)

pytestmark = pytest.mark.dates


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-03-15", date(2026, 3, 15)),
        ("2026/03/15", date(2026, 3, 15)),
        ("2026-03-15T23:30:00Z", date(2026, 3, 15)),
        ("2026-03-15T23:30:00-05:00", date(2026, 3, 15)),  # the date as written, not UTC
        ("2026-03-15T08:00:00.1234567+02:00", date(2026, 3, 15)),
        ("2026-03-15 10:30 AM", date(2026, 3, 15)),
        ("20260315", date(2026, 3, 15)),
        ("15/03/2026", date(2026, 3, 15)),
        ("15-3-2026", date(2026, 3, 15)),
        ("15.03.2026 14:00", date(2026, 3, 15)),
        ("3/15/26", date(2026, 3, 15)),
        ("9/16/23", date(2023, 9, 16)),
        ("05/05/2026", date(2026, 5, 5)),
        ("15-Mar-2026", date(2026, 3, 15)),
        ("15 March 26", date(2026, 3, 15)),
        ("Mar 15, 2026", date(2026, 3, 15)),
        ("Sunday, March 15th, 2026", date(2026, 3, 15)),
        ("46096", date(2026, 3, 15)),
        (" 46096.75 ", date(2026, 3, 15)),
    ],
)
def test_formats_parse(text: str, expected: date) -> None:
    assert parse_date(text) == expected


def test_cells_and_serial_numbers() -> None:
    assert parse_date(datetime(2026, 3, 15, 9, 30)) == date(2026, 3, 15)
    assert parse_date(date(2026, 3, 15)) == date(2026, 3, 15)
    assert parse_date(46096) == date(2026, 3, 15)
    assert parse_date(46096.5) == date(2026, 3, 15)
    assert excel_serial_to_date(18264) == date(1950, 1, 1)
    with pytest.raises(NotADateError):
        excel_serial_to_date(61)  # a 1900 date in a punch list is an id, not a date
    for value in (None, "", "   "):
        assert parse_date(value) is None


@pytest.mark.parametrize(
    "value", ["31/02/2026", "2026-02-30", "13/13/2026", "soon", "12", 5, True, time(9, 0)]
)
def test_not_a_date(value: object) -> None:
    with pytest.raises(NotADateError):
        parse_date(value)


def test_ambiguous_day_month_needs_an_order() -> None:
    with pytest.raises(AmbiguousDateError):
        parse_date("03/04/2026")
    assert parse_date("03/04/2026", DateOrder.DAY_FIRST) == date(2026, 4, 3)
    assert parse_date("03/04/2026", DateOrder.MONTH_FIRST) == date(2026, 3, 4)
    with pytest.raises(NotADateError):
        parse_date("25/04/2026", DateOrder.MONTH_FIRST)


def test_order_detected_from_the_whole_column() -> None:
    assert detect_date_order(["03/04/2026", "25/04/2026", None]) is DateOrder.DAY_FIRST
    assert detect_date_order(["03/04/2026", "4/25/26 10:00"]) is DateOrder.MONTH_FIRST
    assert detect_date_order(["03/04/2026", "2026-01-01", datetime(2026, 1, 1)]) is DateOrder.AUTO
    assert detect_date_order(["25/04/2026", "04/25/2026"]) is DateOrder.AUTO  # contradicts itself


def test_iso_datetimes_for_bcf_and_cobie() -> None:
    assert parse_iso_datetime("2021-02-17T09:16:36.674Z") == datetime(
        2021, 2, 17, 9, 16, 36, 674000, UTC
    )
    assert parse_iso_datetime("2017-05-22T07:51:00.0429879Z") == datetime(
        2017, 5, 22, 7, 51, 0, 42987, UTC
    )
    assert parse_iso_datetime("2014-02-25T11:50:32") == datetime(2014, 2, 25, 11, 50, 32)
    assert parse_iso_datetime("2021-03-15") == datetime(2021, 3, 15)
    assert parse_iso_datetime("not a date") is None
    assert parse_iso_datetime(None) is None
    value = datetime(2021, 2, 17, 9, 16, 36, tzinfo=UTC)
    assert format_iso_datetime(value) == "2021-02-17T09:16:36Z"
    assert parse_iso_datetime(format_iso_datetime(value)) == value


@given(st.one_of(st.text(max_size=40), st.integers(), st.floats(allow_nan=True), st.none()))
def test_parse_date_only_raises_its_own_errors(value: object) -> None:
    for order in DateOrder:
        with contextlib.suppress(NotADateError, AmbiguousDateError):
            parse_date(value, order)


@given(st.dates(min_value=date(1950, 1, 1), max_value=date(2099, 12, 31)))
def test_written_forms_read_back(day: date) -> None:
    assert parse_date(day.isoformat()) == day
    assert parse_date(day.strftime("%d/%m/%Y"), DateOrder.DAY_FIRST) == day
    assert parse_date(day.strftime("%m/%d/%Y"), DateOrder.MONTH_FIRST) == day
    assert parse_date(float((day - date(1899, 12, 30)).days)) == day
