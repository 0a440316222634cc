"""How numbers read to people: record numbers (``PI-0042`` once numbered, ``PI-3F2A-7`` as
a draft) and measured answers ("1.50000" stored, "1.5" shown on screen and in reports)."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation


def display(prefix: str, number: int | None, draft: str | None, width: int = 4) -> str:
    if number is not None:
        return f"{prefix}-{number:0{width}d}"
    return f"{prefix}-{draft or '?'}"


def plain(number: Decimal) -> str:
    """25, 0.5, 10, 1.5 — never 1E+1 or 1.50000."""
    return f"{number.normalize():f}"


def number_text(value: str | None) -> str:
    """A stored numeric answer as the rep reads it: "1.50000" → "1.5"; anything that is
    not a number is shown as stored."""
    if not value:
        return ""
    try:
        number = Decimal(value.strip().replace(",", "."))
    except InvalidOperation:
        return value
    return plain(number) if number.is_finite() else value
