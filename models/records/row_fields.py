"""Rows built from another row's fields of the same name, for every room.

A screen's frozen dataclass (``SheetRow``, ``PayAppRow``, a G703 line…) mostly repeats
the record it reads, and a copied child row (a change order's lines, a diary day's
manpower, a sheet's pins) repeats its source's columns: ``read_row`` fills every field
not given from the record's attribute of the same name, ``columns_of`` picks the named
columns of a row to pass on, ``label_of`` reads one column of the row a reference
names. Rooms import it without importing each other.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from enum import Enum
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

T = TypeVar("T")


_FIELDS: dict[type[Any], tuple[str, ...]] = {}


def _field_names(cls: type[Any]) -> tuple[str, ...]:
    names = _FIELDS.get(cls)
    if names is None:
        names = _FIELDS[cls] = tuple(f.name for f in dataclasses.fields(cls))
    return names


def read_row(cls: type[T], record: Any, **given: Any) -> T:
    """``cls`` (a dataclass) with ``given`` and, for every other field, ``record``'s
    attribute of that name (an enum's ``value``)."""
    values = dict(given)
    for name in _field_names(cls):
        if name not in values:
            value = getattr(record, name)
            values[name] = value.value if isinstance(value, Enum) else value
    return cls(**values)


def columns_of(row: Any, names: Iterable[str]) -> dict[str, Any]:
    """``row``'s attributes called ``names``, as keyword arguments (enums kept)."""
    return {name: getattr(row, name) for name in names}


def label_of(s: Session, cls: type[Any], row_id: str | None, column: str) -> Any:
    """``column`` of the ``cls`` row ``row_id`` names; None when it names none (or a row
    that is not there)."""
    row = s.get(cls, row_id) if row_id else None
    return getattr(row, column) if row is not None else None
