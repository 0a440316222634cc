"""Checks shared by the services; each failure names the field and says what is wrong."""

from __future__ import annotations

import datetime as dt
import enum
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any, TypeVar

from executrek.models.errors import QT_TRANSLATE_NOOP, ValidationError

E = TypeVar("E", bound=enum.Enum)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
ROW_PREFIX = QT_TRANSLATE_NOOP("Errors", "Row {row}: ")


def own_template(exc: ValidationError) -> str:
    """``exc``'s template without the prefix it may already have (a row named again)."""
    return exc.template[len(exc.prefix) :]


def in_row(row: int, exc: ValidationError) -> ValidationError:
    """``exc`` naming the row of a file (1-based) whose value it refuses: "Row 7: …"."""
    params = {k: v for k, v in exc.params.items() if k not in ("field", "row")}
    return ValidationError(exc.field, own_template(exc), prefix=ROW_PREFIX, row=row, **params)


@contextmanager
def at_row(row: int) -> Iterator[None]:
    """Name the row of a file (1-based) in a refusal raised inside: "Row 7: …"."""
    try:
        yield
    except ValidationError as exc:
        raise in_row(row, exc) from exc


def text(field: str, value: str | None, *, max_len: int, required: bool = True) -> str | None:
    cleaned = (value or "").strip()
    if not cleaned:
        if required:
            raise ValidationError(field, QT_TRANSLATE_NOOP("Errors", "{field} is required."))
        return None
    if len(cleaned) > max_len:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP(
                "Errors", "{field} is too long ({length} characters; at most {max_len})."
            ),
            length=len(cleaned),
            max_len=max_len,
        )
    if _CONTROL.search(cleaned):
        raise ValidationError(
            field, QT_TRANSLATE_NOOP("Errors", "{field} contains control characters.")
        )
    return cleaned


def required_text(field: str, value: str | None, *, max_len: int) -> str:
    out = text(field, value, max_len=max_len, required=True)
    assert out is not None
    return out


@dataclass(frozen=True)
class Words:
    """How ``decimal`` words its refusals. The plain ones name ``{field}`` (a form shows
    them beside its box); a service naming what it checks ("The contract value") passes
    ``label`` and words of its own with ``{label}``. Every template may use ``{value}``,
    ``{minimum}``, ``{maximum}`` and ``{places}``."""

    not_number: str = QT_TRANSLATE_NOOP("Errors", "{field} must be a number (got '{value}').")
    not_finite: str = QT_TRANSLATE_NOOP("Errors", "{field} must be a finite number.")
    negative: str = QT_TRANSLATE_NOOP("Errors", "{field} cannot be negative (got {value}).")
    below: str = QT_TRANSLATE_NOOP("Errors", "{field} must be at least {minimum}.")
    above: str = QT_TRANSLATE_NOOP("Errors", "{field} must be at most {maximum}.")
    places: str = QT_TRANSLATE_NOOP("Errors", "{field} has more than {places} decimal places.")
    too_large: str = QT_TRANSLATE_NOOP("Errors", "{field} is too large.")


PLAIN = Words()


def decimal(
    field: str,
    value: object,
    *,
    minimum: Decimal | None = None,
    maximum: Decimal | None = None,
    places: int = 2,
    allow_negative: bool = True,
    label: str | None = None,
    words: Words = PLAIN,
) -> Decimal:
    """An exact number with at most ``places`` decimals (more are refused, never
    rounded), finite and below 10¹³; refusals worded by ``words``."""

    def refuse(template: str, **params: Any) -> ValidationError:
        return ValidationError(
            field, template, label=label, minimum=minimum, maximum=maximum, places=places,
            **params,
        )  # fmt: skip

    try:
        number = value if isinstance(value, Decimal) else Decimal(str(value).strip())
    except (InvalidOperation, ValueError):
        raise refuse(words.not_number, value=value) from None
    if not number.is_finite():
        raise refuse(words.not_finite, value=value)
    if not allow_negative and number < 0:
        raise refuse(words.negative, value=number)
    if minimum is not None and number < minimum:
        raise refuse(words.below, value=number)
    if maximum is not None and number > maximum:
        raise refuse(words.above, value=number)
    if number != number.quantize(Decimal(1).scaleb(-places)):
        raise refuse(words.places, value=number)
    if abs(number) >= Decimal(10) ** 13:
        raise refuse(words.too_large, value=f"{number:,.{places}f}")
    return number


def choice(field: str, enum_cls: type[E], value: E | str) -> E:
    try:
        return enum_cls(value)
    except ValueError:
        allowed = ", ".join(str(m.value) for m in enum_cls)
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("Errors", "{field} must be one of {allowed} (got '{value}')."),
            allowed=allowed,
            value=value,
        )


def int_range(field: str, value: object, low: int, high: int) -> int:
    try:
        number = int(str(value))
    except ValueError:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("Errors", "{field} must be a whole number (got '{value}')."),
            value=value,
        )
    if not low <= number <= high:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("Errors", "{field} must be between {low} and {high} (got {value})."),
            low=low,
            high=high,
            value=number,
        )
    return number


def _days_refused(field: str, template: str, value: dt.date, **days: dt.date) -> ValidationError:
    """A refusal of the day ``value`` of ``field``, naming it and the ``days`` it is
    measured against (ISO dates)."""
    named = {key: day.isoformat() for key, day in days.items()}
    return ValidationError(field, template, value=value.isoformat(), **named)


def not_after(field: str, value: dt.date | None, today: dt.date) -> dt.date | None:
    """A day that has already come (a creation or inspection date)."""
    if value is not None and value > today:
        raise _days_refused(
            field,
            QT_TRANSLATE_NOOP(
                "Errors", "{field} ({value}) cannot be in the future (today is {today})."
            ),
            value,
            today=today,
        )
    return value


def due_date(field: str, value: dt.date | None, created: dt.date) -> dt.date | None:
    if value is None:
        return None
    if value < created:
        raise _days_refused(
            field,
            QT_TRANSLATE_NOOP(
                "Errors", "{field} ({value}) cannot be before the record was created ({created})."
            ),
            value,
            created=created,
        )
    return value
