"""The screens' words for stored values (statuses, priorities, kinds: ``value_label``,
the one table of ``app.value_words`` the exports use too), their colours, and the
display formats of money and dates."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from executrek.app.value_words import value_label as value_label

# Text colours of record statuses on the light theme (the light scheme's own table);
# ``theme.apply`` swaps the live tables below to the scheme in use (lighter on the dark
# theme), so each stays at 4.5:1 or better.
LIGHT_STATUS_TEXT = {
    "draft": "#5F6B76",
    "open": "#1F5FA8",
    "ready_for_review": "#8E44AD",
    "rejected": "#C62828",
    "closed": "#2B7A3B",
    "void": "#5F6B76",
    "pending": "#9A5A00",
    "approved": "#2B7A3B",
    "promoted": "#00747F",
    "responded": "#8E44AD",
    "mitigating": "#9A5A00",
    "occurred": "#C62828",
    "critical": "#C62828",
    "high": "#9A5A00",
}

LIGHT_RAG_TEXT = {"green": "#2E8540", "amber": "#9A5A00", "red": "#C62828"}

# The live tables the screens read; keys of RAG_COLOURS are ``Rag`` values.
STATUS_COLOURS = dict(LIGHT_STATUS_TEXT)
RAG_COLOURS = dict(LIGHT_RAG_TEXT)


def money(amount: Decimal | float | int, currency: str = "") -> str:
    text = f"{Decimal(amount):,.2f}"
    return f"{currency} {text}".strip()


def money_short(amount: Decimal | float | int, currency: str = "") -> str:
    text = f"{Decimal(amount):,.0f}"
    return f"{currency} {text}".strip()


def day(value: dt.date | None) -> str:
    if value is None:
        return ""
    return value.isoformat()


def when(value: dt.datetime | None) -> str:
    if value is None:
        return ""
    return value.astimezone().strftime("%Y-%m-%d %H:%M")
