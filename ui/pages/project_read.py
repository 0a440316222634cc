"""The query a page's feed runs for the window's project: one read of the store, off the
GUI thread, with the store the window has when the feed asks."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

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
