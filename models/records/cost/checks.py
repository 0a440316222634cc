"""Checks the cost services share: exact money (never rounded silently), percentages
0–100, required reasons, the "Row N: …" wording of a bulk load's refusal, how a refusal
writes an amount ("60,000.00"), and the SQL sum of a money column (in cents, exact)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import ColumnElement, Integer, func, type_coerce

from executrek.models.errors import ValidationError

CENT = Decimal("0.01")
HUNDRED = Decimal(100)
LIMIT = Decimal(10) ** 13  # what a scaled-integer cents column holds comfortably


def amount_text(value: Decimal) -> str:
    """An amount as the cost services' refusals write it: grouped by thousands, to the
    cent ("60,000.00", "-1,250.50"). The one place; every amount a message names passes
    here (what the user typed is quoted as typed)."""
    return f"{value:,.2f}"


def _number(field: str, label: str, value: object) -> Decimal:
    if isinstance(value, bool):
        raise ValidationError(
            field, "{label} must be a number (got '{value}').", label=label, value=value
        )
    try:
        number = value if isinstance(value, Decimal) else Decimal(str(value).strip())
    except (InvalidOperation, ValueError):
        raise ValidationError(
            field, "{label} must be a number (got '{value}').", label=label, value=value
        ) from None
    if not number.is_finite():
        raise ValidationError(field, "{label} must be a finite number.", label=label)
    return number


def money(field: str, value: object, label: str, *, allow_negative: bool = False) -> Decimal:
    """An amount in the project's currency with at most 2 decimals: more decimals are
    refused (never rounded), as is a negative amount unless ``allow_negative``."""
    number = _number(field, label, value)
    if not allow_negative and number < 0:
        raise ValidationError(
            field, "{label} cannot be negative (got {value}).", label=label, value=number
        )
    if number != number.quantize(CENT):
        raise ValidationError(
            field,
            "{label} has more than 2 decimals ({value}); amounts are kept to the cent.",
            label=label,
            value=number,
        )
    if abs(number) >= LIMIT:
        raise ValidationError(
            field, "{label} is too large ({value}).", label=label, value=amount_text(number)
        )
    return number.quantize(CENT)


def percent(field: str, value: object, label: str) -> Decimal:
    """A percentage 0–100 with at most 2 decimals."""
    number = _number(field, label, value)
    if number < 0 or number > HUNDRED:
        raise ValidationError(
            field,
            "{label} must be between 0 and 100 % (got {value} %).",
            label=label,
            value=number,
        )
    if number != number.quantize(CENT):
        raise ValidationError(
            field, "{label} has more than 2 decimals ({value} %).", label=label, value=number
        )
    return number.quantize(CENT)


def reason(field: str, value: str | None, action: str) -> str:
    """A required reason (a reduction, a rejection, a withholding)."""
    cleaned = (value or "").strip()
    if not cleaned:
        raise ValidationError(field, "{action} needs a reason.", action=action)
    if len(cleaned) > 4000:
        raise ValidationError(
            field,
            "The reason is too long ({length} characters; at most 4000).",
            length=len(cleaned),
        )
    return cleaned


def person(field: str, value: str | None, action: str) -> str:
    """The name of the person deciding (recorded on the event)."""
    cleaned = (value or "").strip()
    if not cleaned:
        raise ValidationError(
            field, "{action} needs the name of the person deciding.", action=action
        )
    if len(cleaned) > 200:
        raise ValidationError(field, "The name is too long (at most 200 characters).")
    return cleaned


@contextmanager
def at_row(row: int) -> Iterator[None]:
    """Prefix a refusal raised inside with the row it is about: "Row 7: …"."""
    try:
        yield
    except ValidationError as exc:
        params = {k: v for k, v in exc.params.items() if k != "field"}
        raise ValidationError(exc.field, "Row {row}: " + exc.template, row=row, **params) from exc


def row_no(given: int | None, index: int) -> int:
    """The row number to name: the importer's own, else the 1-based position."""
    return given if given is not None else index


def summed(column: Any) -> ColumnElement[int]:
    """``SUM`` of a money column as integer cents (0 when there are no rows); read the
    result with ``cents``."""
    return func.coalesce(func.sum(type_coerce(column, Integer)), 0)


def cents(value: int | None) -> Decimal:
    """An integer number of cents as an amount."""
    return Decimal(int(value or 0)).scaleb(-2).quantize(CENT)
