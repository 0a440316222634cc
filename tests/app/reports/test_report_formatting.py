"""Figures as they print: money, numbers, percentages, dates, durations."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal

import pytest

from executrek.app import pdf as r
from executrek.app.pdf.formatting import minor_units


@pytest.fixture
def fmt() -> r.Formatter:
    return r.Formatter(r.NumberStyle(), r.untranslated)


@pytest.fixture
def european() -> r.Formatter:
    style = r.NumberStyle(
        decimal_separator=",",
        group_separator=".",
        negative=r.NegativeStyle.MINUS,
        dates=r.DateStyle.ISO,
    )
    return r.Formatter(style, r.untranslated)


@pytest.mark.parametrize(
    ("amount", "currency", "expected"),
    [
        (Decimal("1234567.891"), "USD", "USD 1,234,567.89"),
        (Decimal("-1234.5"), "USD", "USD (1,234.50)"),
        (Decimal("0.005"), "EUR", "EUR 0.01"),  # half away from zero
        (Decimal("-0.005"), "EUR", "EUR (0.01)"),
        (Decimal("-0.004"), "EUR", "EUR 0.00"),  # no "(0.00)"
        (Decimal("999.995"), "GBP", "GBP 1,000.00"),
        (1500, "JPY", "JPY 1,500"),
        (Decimal("1500.5"), "JPY", "JPY 1,501"),
        (Decimal("12.3456"), "KWD", "KWD 12.346"),
        (Decimal("0"), "USD", "USD 0.00"),
        (Decimal("1E+3"), "USD", "USD 1,000.00"),
    ],
)
def test_money(fmt: r.Formatter, amount: Decimal | int, currency: str, expected: str) -> None:
    assert fmt.money(amount, currency) == expected


def test_money_without_code_and_minus_style(fmt: r.Formatter, european: r.Formatter) -> None:
    assert fmt.money(Decimal("-42"), "USD", with_code=False) == "(42.00)"
    assert european.money(Decimal("-1234567.5"), "EUR") == "EUR -1.234.567,50"


def test_money_refuses_floats_and_bad_codes(fmt: r.Formatter) -> None:
    with pytest.raises(TypeError):
        fmt.money(0.1, "USD")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="ISO 4217"):
        fmt.money(Decimal(1), "usd")
    with pytest.raises(ValueError, match="not a number"):
        fmt.money(Decimal("NaN"), "USD")
    assert minor_units("CHF") == 2


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (Decimal("1250000"), "1.3M"),
        (Decimal("1000000"), "1M"),
        (Decimal("-8500"), "(8.5k)"),
        (999, "999"),
        (2_500_000_000, "2.5B"),
    ],
)
def test_compact_money(fmt: r.Formatter, value: Decimal | int, expected: str) -> None:
    assert fmt.money_compact(value) == expected


def test_numbers_and_percentages(fmt: r.Formatter, european: r.Formatter) -> None:
    assert fmt.number(1234567) == "1,234,567"
    assert fmt.number(Decimal("-1234.56"), 1) == "(1,234.6)"
    assert fmt.number(0.1 + 0.2, 2) == "0.30"
    assert fmt.number(float("nan")) == "\u2014"
    assert fmt.percent(0.873) == "87.3%"
    assert fmt.percent(Decimal("0.5"), 0) == "50%"
    assert fmt.percent(-0.125) == "(12.5)%"
    assert european.number(1234567.25, 2) == "1.234.567,25"
    assert european.percent(0.5) == "50,0%"


def test_dates(fmt: r.Formatter, european: r.Formatter) -> None:
    assert fmt.date(date(2026, 11, 25)) == "25 Nov 2026"
    assert fmt.date(date(2026, 1, 5)) == "5 Jan 2026"
    assert european.date(date(2026, 1, 5)) == "2026-01-05"
    assert fmt.month(date(2026, 11, 25)) == "Nov 2026"
    assert european.month(date(2026, 11, 25)) == "2026-11"
    assert fmt.period(date(2026, 11, 1), date(2026, 11, 30)) == "1 Nov 2026 \u2013 30 Nov 2026"


def test_datetimes_carry_their_zone(fmt: r.Formatter) -> None:
    naive = datetime(2026, 11, 25, 9, 5)
    assert fmt.datetime(naive) == "25 Nov 2026 09:05"
    utc = naive.replace(tzinfo=UTC)
    assert fmt.datetime(utc) == "25 Nov 2026 09:05 UTC"
    india = naive.replace(tzinfo=timezone(timedelta(hours=5, minutes=30)))
    assert fmt.datetime(india) == "25 Nov 2026 09:05 UTC+05:30"
    newfoundland = naive.replace(tzinfo=timezone(-timedelta(hours=3, minutes=30)))
    assert fmt.datetime(newfoundland) == "25 Nov 2026 09:05 UTC-03:30"


def test_days(fmt: r.Formatter) -> None:
    assert fmt.days(1) == "1 day"
    assert fmt.days(0) == "0 days"
    assert fmt.days(12) == "12 days"
    assert fmt.days(-1) == "-1 day"
    assert fmt.days(-12) == "-12 days"
    assert fmt.days(1500) == "1,500 days"


def test_month_names_are_translated() -> None:
    def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return {"Nov": "lis", "%n days": "%n dni"}.get(text, text)

    polish = r.Formatter(r.NumberStyle(), translate)
    assert polish.date(date(2026, 11, 25)) == "25 lis 2026"
    assert polish.days(5) == "5 dni"
