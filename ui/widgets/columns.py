"""Column specs shared by the table models: what a column shows, how it sorts, its colour."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import Qt

R = TypeVar("R")

IdRole = Qt.ItemDataRole.UserRole + 1
RowRole = Qt.ItemDataRole.UserRole + 2
SortRole = Qt.ItemDataRole.UserRole + 3


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


_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)


def alignment(column: Column[Any]) -> int:
    return _RIGHT if column.right else _LEFT
