"""The screen's table columns: what a column shows, how it sorts, its colour and tooltip.

A list's columns are declared once, Qt-free, as ``app.columns.Field``s (see
``app/list_columns_*.py``); :func:`screen_columns` turns a list's screen view into these
``Column``s: the text each kind of value shows (words for stored values, money, dates in
local time), figures right-aligned, status and overdue colours from the live theme
tables. Lists with no spec of their own (the directory, the dashboard) build ``Column``s
directly."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, Qt

from executrek.app.columns import ORDERED, OVERDUE, Field, Kind, yes_no
from executrek.models import clock
from executrek.ui.labels import STATUS_COLOURS, day, money, value_label, when

R = TypeVar("R")

IdRole = Qt.ItemDataRole.UserRole + 1
RowRole = Qt.ItemDataRole.UserRole + 2
SortRole = Qt.ItemDataRole.UserRole + 3

OVERDUE_COLOUR = "#C62828"


@dataclass(frozen=True)
class Column(Generic[R]):
    key: str
    title: str  # already translated
    text: Callable[[R], str]
    sort_value: Callable[[R], Any] | None = None  # small lists sort in Python with this
    sort_key: str | None = None  # big lists: the SQL sort key (None: not sortable)
    right: bool = False
    colour: Callable[[R], str | None] | None = None
    tooltip: Callable[[R], str | None] | None = None
    hidden_by_default: bool = False

    @classmethod
    def from_field(
        cls,
        field: Field[R],
        today: Callable[[], dt.date] = clock.today,
        colour: Callable[[R], str | None] | None = None,
    ) -> Column[R]:
        """The screen column of ``field``; ``colour`` stands in for its tone's colour."""
        toned = field.tone is not None or field.kind is Kind.STATUS

        def tone(row: R) -> str | None:
            return field.tone_of(row, today())

        def tone_colour(row: R) -> str | None:
            name = tone(row)
            return OVERDUE_COLOUR if name == OVERDUE else STATUS_COLOURS.get(name or "")

        def overdue(row: R) -> str | None:
            return (
                QCoreApplication.translate("Columns", "Overdue") if tone(row) == OVERDUE else None
            )

        return cls(
            field.key,
            field.header(),
            _text(field),
            sort_value=field.sort_value or (field.value if field.kind in ORDERED else None),
            sort_key=field.sort_key,
            right=field.right,
            colour=colour or (tone_colour if toned else None),
            tooltip=overdue if field.tone is not None else None,
            hidden_by_default=field.hidden_by_default,
        )


def screen_columns(
    fields: Sequence[Field[R]],
    today: Callable[[], dt.date] = clock.today,
    colours: Mapping[str, Callable[[R], str | None]] | None = None,
) -> list[Column[R]]:
    """The screen's columns of a list view; ``colours`` colours columns by key instead
    of by their tone (the risk score by the matrix's colours)."""
    own = colours or {}
    return [Column.from_field(f, today, own.get(f.key)) for f in fields]


def _words(value: Any) -> str:
    return value_label(str(value))


def _decimal(value: Any) -> str:
    return f"{Decimal(value).normalize():f}"


def _percent(value: Any) -> str:
    return f"{_decimal(value)}%"


_SHOWN: dict[Kind, Callable[[Any], str]] = {
    Kind.WORDS: _words,
    Kind.STATUS: _words,
    Kind.MONEY: money,
    Kind.DATE: day,
    Kind.DATETIME: when,
    Kind.YESNO: yes_no,
    Kind.DECIMAL: _decimal,
    Kind.PERCENT: _percent,
}


def _text(field: Field[R]) -> Callable[[R], str]:
    """What a cell of ``field`` shows: "" for no value, else by the field's kind."""
    value = field.value
    shown = _SHOWN.get(field.kind)
    if shown is None:
        shown = _first_line if field.brief else str

    def text(row: R) -> str:
        v = value(row)
        return "" if v is None else shown(v)

    return text


def _first_line(value: Any) -> str:
    text = str(value)
    return text.splitlines()[0] if text else ""


_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)


def alignment(column: Column[Any]) -> int:
    return _RIGHT if column.right else _LEFT
