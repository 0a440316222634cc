"""Checks the cost services share: exact money (never rounded silently), percentages
0–100, required reasons, the row a bulk load's refusal names, how a refusal
writes an amount ("60,000.00"), and the SQL sum of a money column (in cents, exact)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, Integer, func, type_coerce
from sqlalchemy.orm import Session

from executrek.models import validation
from executrek.models.base import Base
from executrek.models.errors import QT_TRANSLATE_NOOP, ValidationError
from executrek.models.services.common import load

CENT = Decimal("0.01")
HUNDRED = Decimal(100)
M = TypeVar("M", bound=Base)
ZERO_AMOUNT = Decimal("0.00")


def amount_text(value: Decimal) -> str:
    """An amount as the cost services' refusals write it: grouped by thousands, to the
    cent ("60,000.00", "-1,250.50"). The one place; every amount a message names passes
    here (what the user typed is quoted as typed)."""
    return f"{value:,.2f}"


# The cost services name what they check ("The contract value") and quote the amount.
MONEY = validation.Words(
    not_number=QT_TRANSLATE_NOOP("Errors", "{label} must be a number (got '{value}')."),
    not_finite=QT_TRANSLATE_NOOP("Errors", "{label} must be a finite number."),
    negative=QT_TRANSLATE_NOOP("Errors", "{label} cannot be negative (got {value})."),
    places=QT_TRANSLATE_NOOP(
        "Errors", "{label} has more than 2 decimals ({value}); amounts are kept to the cent."
    ),
    too_large=QT_TRANSLATE_NOOP("Errors", "{label} is too large ({value})."),
)
PERCENT = validation.Words(
    not_number=MONEY.not_number,
    not_finite=MONEY.not_finite,
    below=QT_TRANSLATE_NOOP("Errors", "{label} must be between 0 and 100 % (got {value} %)."),
    above=QT_TRANSLATE_NOOP("Errors", "{label} must be between 0 and 100 % (got {value} %)."),
    places=QT_TRANSLATE_NOOP("Errors", "{label} has more than 2 decimals ({value} %)."),
    too_large=MONEY.too_large,
)


def money(field: str, value: object, label: str, *, allow_negative: bool = False) -> Decimal:
    """An amount in the project's currency with at most 2 decimals: more decimals are
    refused (never rounded), as is a negative amount unless ``allow_negative``."""
    number = validation.decimal(
        field, value, allow_negative=allow_negative, label=label, words=MONEY
    )
    return number.quantize(CENT)


def percent(field: str, value: object, label: str) -> Decimal:
    """A percentage 0–100 with at most 2 decimals."""
    number = validation.decimal(
        field, value, minimum=Decimal(0), maximum=HUNDRED, label=label, words=PERCENT
    )
    return number.quantize(CENT)


def in_project(row: Any, project_id: str, field: str, label: str) -> None:
    """Refuse a record (a contractor, a cost code…) of another project."""
    if row.project_id != project_id:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("Errors", "The {label} belongs to another project."),
            label=label,
        )


def of_project(
    s: Session, cls: type[M], row_id: str, project_id: str, field: str, what: str, **named: str
) -> M:
    """The record ``row_id`` a write names in ``field``: it exists (``named["label"]`` or
    ``what`` capitalised in the refusal) and is the project's (``in_project``)."""
    row = load(s, cls, row_id, named.get("label", what.capitalize()))
    in_project(row, project_id, field, what)
    return row


def note_by(note: str | None, actor_name: str | None) -> tuple[str | None, str | None]:
    """The optional note on a step and the optional name of whoever took it."""
    return (
        validation.text("note", note, max_len=4000, required=False),
        validation.text("actor_name", actor_name, max_len=200, required=False),
    )


def reason(field: str, value: str | None, action: str) -> str:
    """A required reason (a reduction, a rejection, a withholding)."""
    cleaned = (value or "").strip()
    if not cleaned:
        raise ValidationError(
            field, QT_TRANSLATE_NOOP("Errors", "{action} needs a reason."), action=action
        )
    if len(cleaned) > 4000:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP(
                "Errors", "The reason is too long ({length} characters; at most 4000)."
            ),
            length=len(cleaned),
        )
    return cleaned


def person(field: str, value: str | None, action: str) -> str:
    """The name of the person deciding (recorded on the event)."""
    cleaned = (value or "").strip()
    if not cleaned:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("Errors", "{action} needs the name of the person deciding."),
            action=action,
        )
    if len(cleaned) > 200:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("Errors", "The name is too long (at most 200 characters)."),
        )
    return cleaned


def row_no(given: int | None, index: int) -> int:
    """The row number to name: the importer's own, else the 1-based position."""
    return given if given is not None else index


_TWICE = {
    "item": QT_TRANSLATE_NOOP("Errors", "item {item} is also on row {other}."),
    "code": QT_TRANSLATE_NOOP("Errors", "cost code {code} is also on row {other}."),
}


def first_on_sheet(seen: dict[str, int], value: str, row: int, field: str = "item") -> None:
    """Refuse a ``field`` value (an SOV item, a cost code) a sheet names twice; remember
    the row it first stands on."""
    if value in seen:
        raise ValidationError(field, _TWICE[field], **{field: value}, other=seen[value])
    seen[value] = row


def summed(column: Any) -> ColumnElement[int]:
    """``SUM`` of a money column as integer cents (0 when there are no rows); read the
    result with ``cents``."""
    return func.coalesce(func.sum(type_coerce(column, Integer)), 0)


def cents(value: int | None) -> Decimal:
    """An integer number of cents (a ``Scaled(2)`` column read as SQL, a ``summed``
    total) as the exact ``Decimal`` the ORM would give. The one place of it."""
    return Decimal(int(value)) * CENT if value else ZERO_AMOUNT
