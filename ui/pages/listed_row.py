"""A register row as a cost list shows it: the record's row and what the list adds to
it; it answers to the row's id, as the lists select by id."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, Protocol, TypeVar


class _HasId(Protocol):
    @property
    def id(self) -> str: ...


R = TypeVar("R", bound=_HasId)


@dataclass(frozen=True)
class ListedRow(Generic[R]):
    """The record's ``row``; a subclass adds the fields the list shows beside it."""

    row: R

    @property
    def id(self) -> str:
        return self.row.id
