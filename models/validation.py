"""Checks shared by the services; each failure names the field and says what is wrong."""

from __future__ import annotations

import datetime as dt
import enum
import re
from decimal import Decimal, InvalidOperation
from typing import TypeVar

from executrek.models.errors import ValidationError

E = TypeVar("E", bound=enum.Enum)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def text(field: str, value: str | None, *, max_len: int, required: bool = True) -> str | None:
    cleaned = (value or "").strip()
    if not cleaned:
        if required:
            raise ValidationError(field, "{field} is required.")
        return None
    if len(cleaned) > max_len:
        raise ValidationError(
            field,
            "{field} is too long ({length} characters; at most {max_len}).",
            length=len(cleaned),
            max_len=max_len,
        )
    if _CONTROL.search(cleaned):
        raise ValidationError(field, "{field} contains control characters.")
    return cleaned


def required_text(field: str, value: str | None, *, max_len: int) -> str:
    out = text(field, value, max_len=max_len, required=True)
    assert out is not None
    return out


def decimal(
    field: str,
    value: object,
    *,
    minimum: Decimal | None = None,
    places: int = 2,
    allow_negative: bool = True,
) -> Decimal:
    try:
        number = value if isinstance(value, Decimal) else Decimal(str(value).strip())
    except (InvalidOperation, ValueError):
        raise ValidationError(field, "{field} must be a number (got '{value}').", value=value)
    if not number.is_finite():
        raise ValidationError(field, "{field} must be a finite number.")
    if not allow_negative and number < 0:
        raise ValidationError(field, "{field} cannot be negative (got {value}).", value=number)
    if minimum is not None and number < minimum:
        raise ValidationError(field, "{field} must be at least {minimum}.", minimum=minimum)
    if number != number.quantize(Decimal(1).scaleb(-places)):
        raise ValidationError(
            field, "{field} has more than {places} decimal places.", places=places
        )
    if abs(number) >= Decimal(10) ** 13:
        raise ValidationError(field, "{field} is too large.")
    return number


def choice(field: str, enum_cls: type[E], value: E | str) -> E:
    try:
        return enum_cls(value)
    except ValueError:
        allowed = ", ".join(str(m.value) for m in enum_cls)
        raise ValidationError(
            field,
            "{field} must be one of {allowed} (got '{value}').",
            allowed=allowed,
            value=value,
        )


def int_range(field: str, value: object, low: int, high: int) -> int:
    try:
        number = int(str(value))
    except ValueError:
        raise ValidationError(field, "{field} must be a whole number (got '{value}').", value=value)
    if not low <= number <= high:
        raise ValidationError(
            field,
            "{field} must be between {low} and {high} (got {value}).",
            low=low,
            high=high,
            value=number,
        )
    return number


def not_after(field: str, value: dt.date | None, today: dt.date) -> dt.date | None:
    """A day that has already come (a creation or inspection date)."""
    if value is not None and value > today:
        raise ValidationError(
            field,
            "{field} ({value}) cannot be in the future (today is {today}).",
            value=value.isoformat(),
            today=today.isoformat(),
        )
    return value


def due_date(field: str, value: dt.date | None, created: dt.date) -> dt.date | None:
    if value is None:
        return None
    if value < created:
        raise ValidationError(
            field,
            "{field} ({value}) cannot be before the record was created ({created}).",
            value=value.isoformat(),
            created=created.isoformat(),
        )
    return value
