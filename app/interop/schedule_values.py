"""What both programme readers (XER and MS Project XML) read the same way: a date or a
number from a text value (None when empty or unreadable), and a refusal naming the file."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal, InvalidOperation
from pathlib import Path

from executrek.app.interop.errors import InteropError


def refused(path: Path, text: str, **params: object) -> InteropError:
    """One line (``text``, already translated, with ``{file}`` and ``params``) refusing ``path``."""
    return InteropError(text.format(file=path.name, **params))


def day(text: str | None) -> dt.date | None:
    """``2019-06-10 08:00`` or ``2016-02-08T08:00:00`` → the day."""
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        return None


def number(text: str | None) -> Decimal | None:
    if not text:
        return None
    try:
        return Decimal(text)
    except InvalidOperation:
        return None
