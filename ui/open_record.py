"""Open a record where it lives: its page shown, its row selected (the selection loads
the detail), as the search box's Enter does (``MainWindow.open_record``).

A page built just now, or a paged list still loading, has no rows yet: the row is
selected once the list arrives (the next model reset, after the page's own handling
of it). A record the list does not show (filtered out, or further down the punch list
than is loaded) still gets its detail where the page can load one by id, and the status
bar says why its row is not selected.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QObject, QTimer
from PySide6.QtWidgets import QTableView

from executrek.ui.widgets.paged_model import PagedModel

if TYPE_CHECKING:
    from executrek.ui.main_window import MainWindow


def page_of(kind: str) -> str | None:
    """The page key of the registry that shows records of ``kind`` (each kind names its
    page; read when needed, so the first screen does not load the database layer)."""
    from executrek.models.kinds import BY_KEY

    found = BY_KEY.get(kind)
    return found.page if found else None


_WITH_DETAIL = ("punch_item", "issue", "change_order")  # pages that load a detail by id
# Kinds whose page opens a record by id itself (``page.show_record``): a tree, a calendar,
# an update picker, or a list that waits for its own rows.
BY_ID = (
    "diary_day",
    "schedule_update",
    "delay_event",
    "budget_line",
    "budget_transfer",
    "commitment",
    "pay_application",
    "change_order",  # a tree: a tier promoted further is a row under its change
)


def open_record(window: MainWindow, kind: str, record_id: str) -> bool:
    """Show the record's page with the record selected; False when the window has no
    page for that kind."""
    key = page_of(kind)
    if key is None or key not in window.page_widgets:
        return False
    fresh = key not in window.page_widgets.built
    page: Any = window.show_page(key)
    if kind in BY_ID:  # opened by id, not a list
        page.show_record(record_id)
        return True
    if kind == "inspection":
        if page.stack.currentWidget() is page.runner and page.runner.has_unsaved():
            window.statusBar().showMessage(
                QCoreApplication.translate(
                    "OpenRecord", "Finish or close the open inspection first, then search again."
                ),
                8000,
            )
            return True
        page.show_list()
        page.tabs.setCurrentIndex(0)
    if kind == "punch_item":
        page.detail.load(record_id)
    elif kind in ("issue", "change_order"):
        page.load_detail(record_id)
    model = page.model
    # A list not read yet: built just now, a paged query under way, or no rows so far.
    waiting = fresh or (isinstance(model, PagedModel) and model.loading()) or model.rowCount() == 0
    for earlier in model.findChildren(_Reveal):
        earlier.cancel()
    _Reveal(window, page.table, model, kind, record_id, wait=waiting)
    return True


def find_row(model: Any, record_id: str) -> int:
    if hasattr(model, "find"):
        return int(model.find(record_id))
    for row in range(model.rowCount()):  # the inspections list's own model
        if model.row(row).id == record_id:
            return row
    return -1


class _Reveal(QObject):
    """Selects the record's row now, or once the list has loaded."""

    def __init__(
        self,
        window: MainWindow,
        table: QTableView,
        model: Any,
        kind: str,
        record_id: str,
        *,
        wait: bool,
    ) -> None:
        super().__init__(model)
        self.window_ = window
        self.table = table
        self.model = model
        self.kind = kind
        self.record_id = record_id
        self.waiting = False
        self.cancelled = False
        if self._select():
            self.deleteLater()
        elif wait:
            self.waiting = True
            model.modelReset.connect(self._reset)
        else:
            self._not_listed()
            self.deleteLater()

    def cancel(self) -> None:
        self.cancelled = True
        self._stop_waiting()
        self.deleteLater()

    def _stop_waiting(self) -> None:
        if self.waiting:
            self.waiting = False
            self.model.modelReset.disconnect(self._reset)

    def _reset(self) -> None:
        self._stop_waiting()
        # The page handles its new rows in the same call (keeps or clears its selection):
        # select after it.
        QTimer.singleShot(0, self, self._retry)

    def _retry(self) -> None:
        if self.cancelled:
            return
        if not self._select():
            self._not_listed()
        self.deleteLater()

    def _select(self) -> bool:
        row = find_row(self.model, self.record_id)
        if row < 0:
            return False
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)
        self.table.setFocus()
        return True

    def _not_listed(self) -> None:
        if self.kind in _WITH_DETAIL:
            text = QCoreApplication.translate(
                "OpenRecord",
                "The record is not in the list as it is filtered or loaded so far; "
                "its details are shown.",
            )
        else:
            text = QCoreApplication.translate(
                "OpenRecord", "The record is not in the list as it is filtered: clear the filters."
            )
        self.window_.statusBar().showMessage(text, 8000)
