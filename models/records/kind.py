"""``RecordKind``: what one kind of record is, said once.

Each room in ``models/records/`` declares one descriptor next to its table; the registry
``models/kinds.py`` collects them, and every table that used to repeat a kind's key — the
record types photos and comments attach to, number series and their widths, status
workflows, search sources, the central database's counter keys, the pages and exports —
is derived from it. Qt-free and database-free (the first screen reads number series before SQLAlchemy
loads): the GUI reads ``page`` and the CLI reads ``export``.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from executrek.models.errors import WorkflowError
from executrek.models.human_numbers import display


@dataclass(frozen=True)
class NumberSeries:
    """One numbering series: ``RSK-004`` is prefix ``RSK``, width 3."""

    prefix: str
    width: int
    counter: str  # the central database's counter key for this series
    variant: str | None = None  # the value of the kind's variant column choosing it


def pick(series: tuple[NumberSeries, ...], variant: object = None) -> NumberSeries:
    """The series of ``series`` for a variant value (an issue type, a CO tier), or the
    only one."""
    if len(series) == 1:
        return series[0]
    value = getattr(variant, "value", variant)
    for one in series:
        if one.variant == value:
            return one
    raise ValueError(f"no number series for {value!r}")


def show(series: tuple[NumberSeries, ...], number: int | None, draft: str | None,
         variant: object = None) -> str:  # fmt: skip
    """``RSK-004`` for a numbered record, its draft number before the first sync."""
    one = pick(series, variant)
    return display(one.prefix, number, draft, width=one.width)


@dataclass(frozen=True)
class RecordKind:
    """One kind of record, and everything the spanning code needs to know of it."""

    key: str  # the record type photos, comments and links name (``"risk"``)
    table: str  # its table (``"risks"``)
    model: type[Any]  # the mapped class
    series: tuple[NumberSeries, ...]
    status: type[enum.Enum]  # its status vocabulary
    transitions: Mapping[Any, frozenset[Any]]  # status → the statuses it may move to
    search_columns: tuple[str, ...]  # the columns full-text search indexes
    page: str  # the page key of the GUI's registry
    export: str  # the list name of ``executrek export``
    variant: str | None = None  # the column choosing the series (issue type, CO tier)
    contractor: bool = True  # has a responsible contractor
    location: bool = True  # has a location
    own_trade: bool = False  # a trade column of its own (else the contractor's trade)

    def __post_init__(self) -> None:
        if not self.series:
            raise ValueError(f"record kind {self.key!r} has no number series")
        if (self.variant is None) != (len(self.series) == 1):
            raise ValueError(f"record kind {self.key!r}: a variant column needs several series")

    @property
    def width(self) -> int:
        return self.series[0].width

    def series_of(self, variant: object = None) -> NumberSeries:
        return pick(self.series, variant)

    def prefix(self, variant: object = None) -> str:
        return self.series_of(variant).prefix

    def display(self, number: int | None, draft: str | None, variant: object = None) -> str:
        """``RSK-004`` for a numbered record, its draft number before the first sync."""
        return show(self.series, number, draft, variant)

    def number_of(self, row: Any) -> str:
        variant = getattr(row, self.variant) if self.variant else None
        return self.display(row.number, row.draft_number, variant)

    def label(self, row: Any) -> str:
        """``RSK-004 · Late steel delivery``: how a person recognises the record."""
        return f"{self.number_of(row)} · {row.title}"

    def require_status(self, row: Any, wanted: object, refusal: str) -> None:
        """Refuse unless ``row``'s status is ``wanted``: a ``WorkflowError`` of ``refusal``
        (a template naming the record's ``{number}`` and its ``{status}``)."""
        if row.status is not wanted:
            raise WorkflowError(refusal, number=self.number_of(row), status=row.status.value)
