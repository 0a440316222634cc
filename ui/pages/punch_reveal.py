"""Showing the punch item quick entry just added: once the SQL-paged list has reloaded,
its row is selected and scrolled to; while it lies beyond the rows read, further pages
are read (up to ``REVEAL_PAGES``); when the list's filters hide it, or it lies further
down than that, the status bar says so. Texts are in the punch page's context."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

from executrek.models.records.punch import list_page as punch_list
from executrek.models.records.punch.list_page import PunchFilter

if TYPE_CHECKING:
    from executrek.ui.pages.punch_page import PunchPage

# Pages read to reach an added item further down the list (as many as a refresh keeps).
REVEAL_PAGES = 20


class RevealAdded(QObject):
    def __init__(self, page: PunchPage) -> None:
        super().__init__(page)
        self.page = page
        self.pending: tuple[str, str] | None = None  # the item to show: id, number
        page.model.rowsInserted.connect(lambda *_a: self.try_now())

    def start(self, item_id: str, number: str) -> None:
        """Show ``item_id`` once the list has it (the reload follows the change)."""
        self.pending = (item_id, number)
        self.try_now()

    def cancel(self) -> None:
        self.pending = None

    def try_now(self) -> None:
        page, model = self.page, self.page.model
        if self.pending is None or model.loading():
            return
        item_id, number = self.pending
        row = model.find(item_id)
        if row >= 0:
            self.pending = None
            if not page.detail.has_unsaved():  # selecting would replace the edits shown
                page.select_row(row)
                page.table.scrollTo(model.index(row, 0))
            return
        if model.has_more() and model.rowCount() < REVEAL_PAGES * model.page_size:
            model.fetchMore()  # rowsInserted brings us back
            return
        self.pending = None
        window, project_id, flt = page.window_, page.project_id, page.filter
        if not model.has_more() or project_id is None:
            self._not_listed(number, hidden=True)  # every matching row is read
        elif flt == PunchFilter():
            self._not_listed(number, hidden=False)
        else:
            store = window.ctx.store
            window.runner.submit(
                lambda _h: item_id in set(punch_list.ids_matching(store, project_id, flt)),
                on_done=lambda matches: self._not_listed(number, hidden=not matches),
                on_error=window.show_error,
            )

    def _not_listed(self, number: str, *, hidden: bool) -> None:
        text = (
            QCoreApplication.translate(
                "PunchPage",
                "{number} was added, but the list's filters hide it: reset them to see it.",
            )
            if hidden
            else QCoreApplication.translate(
                "PunchPage",
                "{number} was added further down the list than is loaded: scroll down, or "
                "sort by number, to see it.",
            )
        )
        self.page.window_.statusBar().showMessage(text.format(number=number), 10_000)
