"""Amounts read from the cells of a budget or schedule-of-values spreadsheet.

A cell may hold a number (an XLSX number cell) or text as people type it: thousands
separators (``1,234,567.89``, ``1.234.567,89``, ``1 234 567,89``, ``1'234'567.89``),
currency symbols and codes (``$``, ``€``, ``£``, ``USD 1,200``), accounting negatives
(``(1,000.00)``). Whether ``,`` or ``.`` is the decimal mark is decided for the whole
column, never per cell: ``1,234`` alone could be 1234 or 1.234, so the column's other
values decide (``1,234.50`` elsewhere in it says the comma groups thousands); when none
does, the file's hint (the user's ``--decimal``, else a CSV's ``;`` delimiter meaning a
decimal comma and ``,`` a decimal point) decides; else the cell is refused with its row.

Amounts are exact: at most two decimals (a number cell's binary value is rounded to the
cent), never a float in between.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, time
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from enum import StrEnum

from executrek.app.i18n import translate
from executrek.app.interop.table_model import CellValue, is_blank

CENT = Decimal("0.01")
_FLOAT_NOISE = Decimal("0.000001")
_TOO_LARGE = Decimal(10) ** 13  # ten trillion: far beyond any budget, well inside int64 cents


class DecimalMark(StrEnum):
    """What separates the whole units from the cents."""

    POINT = "point"  # 1,234.50
    COMMA = "comma"  # 1.234,50


def hint_from_delimiter(delimiter: str | None) -> DecimalMark | None:
    """A CSV's delimiter as a hint: Excel writes ``;`` where the decimal mark is a comma."""
    if delimiter == ";":
        return DecimalMark.COMMA
    if delimiter == ",":
        return DecimalMark.POINT
    return None


# Currency written beside an amount: a symbol or an ISO code. "$" is any dollar.
_SYMBOLS: dict[str, frozenset[str]] = {
    "US$": frozenset({"USD"}),
    "C$": frozenset({"CAD"}),
    "A$": frozenset({"AUD"}),
    "NZ$": frozenset({"NZD"}),
    "$": frozenset({"USD", "CAD", "AUD", "NZD", "SGD", "HKD", "MXN", "CLP", "COP", "ARS"}),
    "€": frozenset({"EUR"}),
    "£": frozenset({"GBP"}),
    "¥": frozenset({"JPY", "CNY"}),
    "₹": frozenset({"INR"}),
    "zł": frozenset({"PLN"}),
    "kr": frozenset({"SEK", "NOK", "DKK", "ISK"}),
}
_CURRENCY = "|".join([re.escape(s) for s in sorted(_SYMBOLS, key=len, reverse=True)] + ["[A-Z]{3}"])
_LEADING = re.compile(rf"^(?P<cur>{_CURRENCY})\s*")
_TRAILING = re.compile(rf"\s*(?P<cur>{_CURRENCY})$")
_BODY = re.compile(r"^[0-9.,' ]*[0-9]$|^[.,][0-9]+$")
_SPACES = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2019": "'"})
_ERROR_VALUES = re.compile(r"^#(?:[A-Z0-9/]+[!?]|N/A)$")


@dataclass(frozen=True)
class _Parsed:
    """The readings of one text: one per decimal mark it may use (two equal ones when it
    has no mark at all, two different ones when it is ambiguous)."""

    readings: dict[DecimalMark, Decimal]
    definite: bool
    negative: bool
    currency: str | None


class _NotAmount(ValueError):
    pass


@dataclass(frozen=True)
class Amounts:
    """What one column gave: ``values`` by row number, ``problems`` (row number, the
    reason without the row and column) in row order."""

    values: dict[int, Decimal]
    problems: list[tuple[int, str]]


def read_amounts(
    cells: Sequence[tuple[int, CellValue]],
    *,
    hint: DecimalMark | None = None,
    currency: str | None = None,
    allow_negative: bool = False,
) -> Amounts:
    """The amounts of one column's cells (row number, value); blank cells are left out of
    ``values`` (the caller decides whether blank is allowed). ``currency`` (the project's)
    refuses an amount marked in another one."""
    parsed: dict[int, _Parsed] = {}
    texts: dict[int, str] = {}
    problems: dict[int, str] = {}
    for row, value in cells:
        if is_blank(value):
            continue
        texts[row] = _shown(value)
        try:
            parsed[row] = _parse_cell(value)
        except _NotAmount as exc:
            problems[row] = str(exc)
    mark, conflicts = _decide(parsed, texts, hint)
    problems.update(conflicts)
    values: dict[int, Decimal] = {}
    for row, reading in parsed.items():
        if row in problems:
            continue
        text = texts[row]
        if mark is None and len(set(reading.readings.values())) > 1:
            point, comma = reading.readings[DecimalMark.POINT], reading.readings[DecimalMark.COMMA]
            problems[row] = translate(
                "Interop",
                "“{text}” could be {point} or {comma}; write it with its decimals "
                "(1,234.00 or 1.234,00) or say which decimal mark the file uses",
            ).format(text=text, point=_plain(point), comma=_plain(comma))
            continue
        amount = reading.readings[mark] if mark in reading.readings else _only(reading)
        problem = _check(amount, reading, text, currency=currency, allow_negative=allow_negative)
        if problem is not None:
            problems[row] = problem
            continue
        values[row] = -amount if reading.negative else amount
    return Amounts(values, sorted(problems.items()))


def parse_amount(text: str, *, mark: DecimalMark = DecimalMark.POINT) -> Decimal:
    """One amount typed by a person (a command-line option), read with ``mark`` when it
    could be read either way; ``ValueError`` with the reason when it is not an amount."""
    found = read_amounts([(1, text)], hint=mark, allow_negative=True)
    if found.problems:
        raise ValueError(found.problems[0][1])
    return found.values[1]


# --- one cell -----------------------------------------------------------------------------
def _shown(value: CellValue) -> str:
    return value.strip() if isinstance(value, str) else str(value)


def _parse_cell(value: CellValue) -> _Parsed:
    if isinstance(value, bool | date | time):
        raise _NotAmount(
            translate("Interop", "“{text}” is not an amount").format(text=_shown(value))
        )
    if isinstance(value, int):
        number = Decimal(value)
        return _Parsed(_both(abs(number)), False, number < 0, None)
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            raise _NotAmount(
                translate("Interop", "“{text}” is not an amount").format(text=str(value))
            )
        number = Decimal(repr(value))
        rounded = number.quantize(CENT, rounding=ROUND_HALF_UP)
        if abs(number - rounded) > _FLOAT_NOISE:
            raise _NotAmount(
                translate(
                    "Interop", "{text} has fractions of a cent; round it to two decimals"
                ).format(text=repr(value))
            )
        return _Parsed(_both(abs(rounded)), False, rounded < 0, None)
    assert isinstance(value, str)
    return _parse_text(value.strip())


def _parse_text(original: str) -> _Parsed:
    if _ERROR_VALUES.match(original):
        raise _NotAmount(
            translate(
                "Interop",
                "the formula's saved result is an error ({text}); correct it in Excel first",
            ).format(text=original)
        )
    text = original.translate(_SPACES).replace("\u2212", "-").strip()
    negative = signed = False
    if text.startswith("(") and text.endswith(")"):
        negative = signed = True
        text = text[1:-1].strip()
    currency: str | None = None
    for _ in range(2):  # "-$1,000" and "$-1,000" alike
        match = _LEADING.match(text)
        if match and currency is None:
            currency, text = match["cur"], text[match.end() :]
        if text.startswith(("-", "+")) and not signed:
            negative, signed, text = text[0] == "-", True, text[1:].strip()
    match = _TRAILING.search(text)
    if match and currency is None:
        currency, text = match["cur"], text[: match.start()]
    if text.endswith("-") and not signed:  # "1,000-" as some ledgers write it
        negative, text = True, text[:-1].strip()
    if not _BODY.match(text):
        raise _NotAmount(translate("Interop", "“{text}” is not an amount").format(text=original))
    try:
        readings, definite = _readings(text)
    except (_NotAmount, InvalidOperation):
        raise _NotAmount(
            translate("Interop", "“{text}” is not an amount").format(text=original)
        ) from None
    return _Parsed(readings, definite, negative, currency)


def _readings(body: str) -> tuple[dict[DecimalMark, Decimal], bool]:
    grouped = " " in body or "'" in body
    marks = [ch for ch in body if ch in ".,"]
    if not marks:
        return _both(_whole(body)), False
    kinds = set(marks)
    if len(kinds) == 2:
        decimal_char = marks[-1]
        if marks.count(decimal_char) > 1:
            raise _NotAmount(body)
        return {_mark_of(decimal_char): _number(body, decimal_char)}, True
    char = marks[0]
    if len(marks) > 1:  # "1,234,567": the mark groups thousands
        return {_other(_mark_of(char)): _whole(body.replace(char, " "))}, True
    whole, fraction = body.split(char)
    digits = whole.replace(" ", "").replace("'", "")
    if len(fraction) != 3 or grouped or digits in ("", "0") or len(digits) > 3:
        return {_mark_of(char): _number(body, char)}, True
    return {
        _mark_of(char): _number(body, char),
        _other(_mark_of(char)): _whole(body.replace(char, " ")),
    }, False


def _number(body: str, decimal_char: str) -> Decimal:
    whole, fraction = body.split(decimal_char)
    thousands = "," if decimal_char == "." else "."
    integer = _whole(whole.replace(thousands, " ")) if whole else Decimal(0)
    if not fraction.isdigit():
        raise _NotAmount(body)
    return integer + Decimal(f"0.{fraction}")


def _whole(text: str) -> Decimal:
    """Digits grouped by spaces or apostrophes in threes (or not grouped at all)."""
    groups = re.split(r"[ ']", text)
    if not all(group.isdigit() for group in groups):
        raise _NotAmount(text)
    if len(groups) > 1 and (len(groups[0]) > 3 or any(len(group) != 3 for group in groups[1:])):
        raise _NotAmount(text)
    return Decimal("".join(groups))


def _mark_of(char: str) -> DecimalMark:
    return DecimalMark.POINT if char == "." else DecimalMark.COMMA


def _other(mark: DecimalMark) -> DecimalMark:
    return DecimalMark.COMMA if mark is DecimalMark.POINT else DecimalMark.POINT


def _both(value: Decimal) -> dict[DecimalMark, Decimal]:
    return {DecimalMark.POINT: value, DecimalMark.COMMA: value}


def _only(reading: _Parsed) -> Decimal:
    return next(iter(reading.readings.values()))


# --- the column -----------------------------------------------------------------------------
def _decide(
    parsed: dict[int, _Parsed], texts: dict[int, str], hint: DecimalMark | None
) -> tuple[DecimalMark | None, dict[int, str]]:
    """The column's decimal mark: the one its definite values use (most of them, the
    others refused), else the hint, else none."""
    rows_by_mark: dict[DecimalMark, list[int]] = {DecimalMark.POINT: [], DecimalMark.COMMA: []}
    for row, reading in parsed.items():
        if reading.definite:
            rows_by_mark[_only_mark(reading)].append(row)
    point, comma = rows_by_mark[DecimalMark.POINT], rows_by_mark[DecimalMark.COMMA]
    if point and comma:
        chosen = DecimalMark.POINT if len(point) >= len(comma) else DecimalMark.COMMA
        odd = comma if chosen is DecimalMark.POINT else point
        usual = point if chosen is DecimalMark.POINT else comma
        words = {
            DecimalMark.POINT: translate("Interop", "a decimal point"),
            DecimalMark.COMMA: translate("Interop", "a decimal comma"),
        }
        problems = {
            row: translate(
                "Interop",
                "“{text}” is written with {odd}, but row {other} of the column uses {usual}",
            ).format(
                text=texts[row], odd=words[_other(chosen)], other=usual[0], usual=words[chosen]
            )
            for row in odd
        }
        return chosen, problems
    if point:
        return DecimalMark.POINT, {}
    if comma:
        return DecimalMark.COMMA, {}
    return hint, {}


def _only_mark(reading: _Parsed) -> DecimalMark:
    return next(iter(reading.readings))


def _check(
    amount: Decimal,
    reading: _Parsed,
    text: str,
    *,
    currency: str | None,
    allow_negative: bool,
) -> str | None:
    if amount >= _TOO_LARGE:
        return translate("Interop", "“{text}” is too large for an amount").format(text=text)
    if amount != amount.quantize(CENT, rounding=ROUND_HALF_UP):
        return translate(
            "Interop", "“{text}” has fractions of a cent; round it to two decimals"
        ).format(text=text)
    if reading.negative and amount and not allow_negative:
        return translate(
            "Interop", "“{text}” is negative; the amount cannot be below zero here"
        ).format(text=text)
    found = reading.currency
    if found is not None and currency is not None:
        codes = _SYMBOLS.get(found, frozenset({found}))
        if currency.upper() not in codes:
            found = next(iter(codes)) if len(codes) == 1 else found
            return translate(
                "Interop", "“{text}” is in {found}, but the project's currency is {currency}"
            ).format(text=text, found=found, currency=currency.upper())
    return None


def _plain(value: Decimal) -> str:
    text = f"{value:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text
