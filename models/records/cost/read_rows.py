"""A read row of the cost room from its record: the screens' frozen dataclasses
(``BudgetLineRow``, ``CommitmentRow``, ``PayAppRow``, the ``Certificate``…) mostly repeat
the record's own columns, so each field not given is the record's attribute of the same
name, an enum as its value (the rows hold plain strings)."""

from __future__ import annotations

import dataclasses
from enum import Enum
from typing import Any, TypeVar

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
