"""What a page's list is fed.

The query a page's feed runs for the window's project: one read of the store, off the
GUI thread, with the store the window has when the feed asks.

A register row as a cost list shows it: the record's row and what the list adds to
it; it answers to the row's id, as the lists select by id."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Generic, Protocol, TypeVar

if TYPE_CHECKING:
    from executrek.models.store import Store
    from executrek.ui.main_window import MainWindow
    from executrek.ui.widgets.record_list import Query

T = TypeVar("T")


def project_read(window: MainWindow, read: Callable[[Store, str], T]) -> Query[T]:
    """``read(store, project_id)`` as the feed's query for a project."""

    def query(project_id: str) -> Callable[[], T]:
        store = window.ctx.store
        return lambda: read(store, project_id)

    return query


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
