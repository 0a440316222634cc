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
from dataclasses import dataclass, replace
from typing import Any

from executrek.models.errors import WorkflowError
from executrek.models.human_numbers import display


@dataclass(frozen=True)
class NumberSeries:
    """One numbering series: ``RSK-004`` is prefix ``RSK``, width 3."""

    prefix: str
    width: int
    # The central database's counter key for this series; left empty, the kind adopting
    # the series fills in its table (``risks``), or ``table:variant`` for one of several
    # (``change_orders:request``).
    counter: str = ""
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
    """One kind of record, and everything the spanning code needs to know of it.

    What the mapped class already says is read from it: the ``table``, and whether the
    kind has a responsible ``contractor``, a ``location`` and a trade of its own
    (``own_trade``) — its ``contractor_id``, ``location_id`` and ``trade_id`` columns. The
    status vocabulary (``status``) is the one its ``transitions`` are keyed by."""

    key: str  # the record type photos, comments and links name (``"risk"``)
    model: type[Any]  # the mapped class
    series: tuple[NumberSeries, ...]
    transitions: Mapping[Any, frozenset[Any]]  # status → the statuses it may move to
    search_columns: tuple[str, ...]  # the columns full-text search indexes
    page: str = ""  # the page key of the GUI's registry; its table when empty
    export: str = ""  # the list name of ``executrek export``; its page when empty
    variant: str | None = None  # the column choosing the series (issue type, CO tier)

    def __post_init__(self) -> None:
        if not self.series:
            raise ValueError(f"record kind {self.key!r} has no number series")
        if (self.variant is None) != (len(self.series) == 1):
            raise ValueError(f"record kind {self.key!r}: a variant column needs several series")
        if not self.transitions:
            raise ValueError(f"record kind {self.key!r} has no status transitions")
        # Frozen: the defaults are filled in once, here.
        object.__setattr__(self, "series", tuple(self._counted(s) for s in self.series))
        object.__setattr__(self, "page", self.page or self.table)
        object.__setattr__(self, "export", self.export or self.page)

    def _counted(self, one: NumberSeries) -> NumberSeries:
        """``one`` with its counter key, the table's (``table:variant`` for a variant's)."""
        if one.counter:
            return one
        counter = self.table if self.variant is None else f"{self.table}:{one.variant}"
        return replace(one, counter=counter)

    @property
    def table(self) -> str:
        """Its table (``"risks"``)."""
        return str(self.model.__tablename__)

    @property
    def status(self) -> type[enum.Enum]:
        """Its status vocabulary: the enum its transitions are keyed by."""
        return type(next(iter(self.transitions)))

    @property
    def contractor(self) -> bool:
        """Has a responsible contractor."""
        return "contractor_id" in self.model.__table__.columns

    @property
    def location(self) -> bool:
        """Has a location."""
        return "location_id" in self.model.__table__.columns

    @property
    def own_trade(self) -> bool:
        """A trade column of its own (else the contractor's trade counts)."""
        return "trade_id" in self.model.__table__.columns

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
