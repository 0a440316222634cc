"""The punch list: SQL-paged table with filters, saved filters, column chooser, quick
entry, bulk actions and the detail pane.

Quick entry: type a title, Enter. The location box finds a location by any part of its
path; Enter there adds the item too. The item added is selected and scrolled to in the
list (more pages are read while it is further down); when the list's filters hide it, or
it lies beyond the pages read, the status bar says so. A project without punch items
shows what the list is for and "Add the first punch item" instead of an empty table
beside a blank form."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QInputDialog

from executrek.app.messages import user_message
from executrek.app.permissions import Action
from executrek.models.changes import Changes
from executrek.models.errors import DomainError
from executrek.models.records.punch import list_page as punch_list
from executrek.models.records.punch import service as punch
from executrek.models.records.punch.list_page import PunchFilter, PunchRow, PunchSort
from executrek.models.records.punch.model import PunchStatus
from executrek.models.services import listings
from executrek.models.services.listings import ProjectChoices
from executrek.ui.labels import value_label
from executrek.ui.pages.punch_bulk import PunchBulk
from executrek.ui.pages.punch_reveal import RevealAdded
from executrek.ui.pages.punch_view import PunchPageView
from executrek.ui.widgets.columns import IdRole
from executrek.ui.widgets.permission_gate import PermissionGate
from executrek.ui.widgets.record_list import add_shortcut

if TYPE_CHECKING:
    from executrek.models.store import Store
    from executrek.ui.main_window import MainWindow


class PunchPage(PunchPageView):
    """The punch list's behaviour over its layout (``PunchPageView``): the project's
    choices and paged query, selection, quick entry and the bulk and detail actions."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.project_id: str | None = None
        self.choices: ProjectChoices | None = None
        self.bulk = PunchBulk(window, self)
        self.all_matching: list[str] | None = None

        self.filter_bar.changed.connect(self.set_filter)
        self.quick_title.returnPressed.connect(self.quick_enter)
        self.quick_location.entered.connect(self.quick_enter)
        self.quick_add.clicked.connect(self.quick_enter)
        self.empty_state.button.clicked.connect(self.focus_quick_entry)
        self.reveal = RevealAdded(self)  # the item quick entry added, once listed
        self.model.page_shown.connect(self._page_shown)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.model.total_changed.connect(self._total_changed)
        self.model.page_shown.connect(lambda _n: self._selection_changed())
        self.model.failed.connect(window.show_error)
        self.bulk_close_button.clicked.connect(
            lambda: self.bulk_status_change(PunchStatus.CLOSED.value)
        )
        self.bulk_status_button.clicked.connect(
            lambda: self.bulk_status_change(str(self.bulk_status.currentData()))
        )
        self.bulk_assign_button.clicked.connect(self.bulk_assign)
        self.bulk_due_button.clicked.connect(self.bulk_set_due)
        self.select_all_button.clicked.connect(self.select_all_matching)
        self.detail.status_requested.connect(self.detail_status)
        add_shortcut(self, self.tr("Search the punch list"), "Ctrl+F", self.focus_search)
        add_shortcut(self, self.tr("Quick entry"), "Ctrl+E", self.focus_quick_entry)
        add_shortcut(
            self,
            self.tr("Close the selected items"),
            "Ctrl+Shift+C",
            lambda: self.bulk_status_change(PunchStatus.CLOSED.value),
        )
        add_shortcut(
            self,
            self.tr("Mark selected ready for review"),
            "Ctrl+Shift+V",
            lambda: self.bulk_status_change(PunchStatus.READY_FOR_REVIEW.value),
        )
        add_shortcut(self, self.tr("Go to the table"), "Ctrl+T", self.table.setFocus)
        self.gate = PermissionGate(window, self)
        window.project_changed.connect(self.set_project)
        window.changed.connect(self.on_changed)
        self._selection_changed()
        if window.current_project_id:
            self.set_project(window.current_project_id)

    def focus_quick_entry(self) -> None:
        self.quick_title.setFocus()
        self.quick_title.selectAll()

    def focus_search(self) -> None:
        self.filter_bar.search.setFocus()
        self.filter_bar.search.selectAll()

    def has_unsaved(self) -> bool:
        return self.detail.has_unsaved()

    # --- project & query ------------------------------------------------------------
    def set_project(self, project_id: str) -> None:
        self.project_id = project_id
        d = self.detail
        writes = [
            self.quick_title,
            self.quick_add,
            self.empty_state.button,
            d.save_button,
            d.comment_button,
            self.bulk_close_button,
            self.bulk_status_button,
            self.bulk_assign_button,
            self.bulk_due_button,
            *d.status_buttons.values(),
        ]
        self.gate.set_controls(project_id, [(w, Action.WRITE) for w in writes])
        self.reveal.cancel()
        self.detail.load(None)
        store = self.window_.ctx.store
        self.window_.call(
            lambda: listings.choices(store, project_id),
            lambda c: self._choices_loaded(project_id, c),
        )
        self.reload()

    def _choices_loaded(self, project_id: str, choices: ProjectChoices) -> None:
        if project_id != self.project_id:
            return
        self.choices = choices
        self.filter_bar.set_choices(choices)
        self.detail.set_choices(choices)
        for box, items, text in (
            (self.quick_location, choices.locations, self.tr("(no location)")),
            (self.quick_contractor, choices.contractors, self.tr("(no contractor)")),
            (self.bulk_assignee, choices.people, self.tr("(unassigned)")),
        ):
            keep = box.currentData()
            box.clear()
            box.addItem(text, None)
            for c in items:
                box.addItem(c.label, c.id)
            box.setCurrentIndex(max(0, box.findData(keep)))

    def set_filter(self, flt: PunchFilter) -> None:
        self.filter = flt
        self.reload()

    def _list_read(self) -> tuple[Store, str, PunchFilter] | None:
        """The store, the project and the filter a read of the list takes; None while no
        project is open."""
        if self.project_id is None:
            return None
        return self.window_.ctx.store, self.project_id, self.filter

    def reload(self) -> None:
        read = self._list_read()
        if read is None:
            return
        store, project_id, flt = read
        self.all_matching = None

        def loader(key: str, desc: bool, after: Any, limit: int) -> tuple[list[PunchRow], Any]:
            result = punch_list.page(
                store, project_id, flt, PunchSort(key, desc), after=after, limit=limit
            )
            return result.rows, result.next_after

        self.model.set_query(loader, lambda: punch_list.count(store, project_id, flt))

    def on_changed(self, changes: Changes) -> None:
        if self.project_id is None:
            return
        if changes.touches("projects", "organisations", "locations", "trades", "people"):
            self._reload_choices()
        if changes.touches("punch_items", "punch_status_events"):
            self.all_matching = None
            self.model.refresh()
        current = self.detail.current_id()
        if current and changes.touches(
            "punch_items", "punch_status_events", "comments", "photo_links"
        ):
            self.detail.load(current)

    def _reload_choices(self) -> None:
        if self.project_id:
            project_id = self.project_id
            store = self.window_.ctx.store
            self.window_.call(
                lambda: listings.choices(store, project_id),
                lambda c: self._choices_loaded(project_id, c),
            )

    def _total_changed(self, total: int) -> None:
        self.count_label.setText(self.tr("{count} item(s) match").format(count=f"{total:,}"))

    # --- selection ------------------------------------------------------------------
    def selected_ids(self) -> list[str]:
        if self.all_matching is not None:
            return list(self.all_matching)
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [str(self.model.index(r, 0).data(IdRole)) for r in rows]

    def _selection_changed(self, *_args: Any) -> None:
        if self.all_matching is not None and self.table.selectionModel().hasSelection():
            n = len(self.all_matching)
        else:
            self.all_matching = None
            n = len(self.table.selectionModel().selectedRows())
        self.selection_label.setText(
            self.tr("{count} selected").format(count=f"{n:,}")
            if n
            else self.tr("No items selected")
        )
        for w in (
            self.bulk_close_button,
            self.bulk_status_button,
            self.bulk_assign_button,
            self.bulk_due_button,
        ):
            w.setEnabled(n > 0)

    def _current_changed(self, current: Any, _previous: Any) -> None:
        if current.isValid():
            self.detail.load(str(self.model.index(current.row(), 0).data(IdRole)))

    def select_all_matching(self) -> None:
        read = self._list_read()
        if read is None:
            return
        store, project_id, flt = read

        def got(ids: Any) -> None:
            self.table.selectAll()
            self.all_matching = list(ids)
            self._selection_changed()

        self.window_.call(
            lambda: punch_list.ids_matching(store, project_id, flt),
            got,
        )

    def select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )

    # --- actions --------------------------------------------------------------------
    def quick_enter(self) -> None:
        title = self.quick_title.text().strip()
        project_id = self.project_id
        if project_id is None or not self.quick_add.isEnabled():
            return
        if not title:
            self.focus_quick_entry()  # Enter in the location box before a title
            return
        self.quick_location.settle()
        new = punch.NewPunchItem(
            title=title,
            location_id=self.quick_location.currentData(),
            contractor_id=self.quick_contractor.currentData(),
            priority=str(self.quick_priority.currentData()),
        )
        store = self.window_.ctx.store
        self.quick_title.clear()
        self.quick_title.setFocus()

        def created(done: Any) -> None:
            number = punch.punch_number(done.value)
            self.quick_message.setText(
                self.tr("Added {number}: {title}").format(number=number, title=done.value.title)
            )
            self.quick_message.show()
            # the list reloads from the change just announced: show the item once it has
            self.reveal.start(str(done.value.id), number)

        def refused(error: DomainError) -> None:
            self.quick_title.setText(title)
            self.quick_message.setText(user_message(error))
            self.quick_message.show()

        self.window_.call_form(
            lambda: punch.create_punch_item(store, project_id, new), created, refused
        )

    # --- an empty project, and the item just added --------------------------------
    def _page_shown(self, rows: int) -> None:
        empty = rows == 0 and self.filter == PunchFilter()
        self.empty_state.setVisible(empty)
        self.splitter.setVisible(not empty)
        self.bulk_bar.setVisible(not empty)
        self.reveal.try_now()

    def bulk_status_change(self, target: str, note: str | None = None) -> None:
        ids = self.selected_ids()
        if not ids or not self.bulk_status_button.isEnabled():  # a shortcut, or a viewer
            return
        if target == PunchStatus.REJECTED.value and note is None:
            note = self.detail.ask_note(self.tr("Reject"))
            if note is None:
                return
        if self.project_id is None:
            return

        def done(count: int) -> None:
            self.window_.statusBar().showMessage(
                self.tr("{count} item(s) now {status}.").format(
                    count=count, status=value_label(target)
                ),
                5000,
            )

        self.bulk.change_status(self.project_id, ids, PunchStatus(target), note, done)

    def detail_status(self, target: str) -> None:
        item_id = self.detail.current_id()
        if item_id is None:
            return
        note: str | None = None
        if target == PunchStatus.REJECTED.value:
            note = self.detail.ask_note(self.tr("Reject"))
            if note is None:
                return
        if self.project_id is None:
            return
        # One item: undoable like a bulk change; asks only when it cannot be undone.
        self.bulk.change_status(self.project_id, [item_id], PunchStatus(target), note, single=True)

    def bulk_assign(self) -> None:
        ids = self.selected_ids()
        if ids and self.project_id is not None:
            assignee = self.bulk_assignee.currentData()
            self.bulk.update(self.project_id, ids, "assignee_id", assignee)

    def bulk_set_due(self) -> None:
        ids = self.selected_ids()
        if ids and self.project_id is not None:
            due: dt.date = self.bulk_due.date().toPython()  # type: ignore[assignment]
            self.bulk.update(self.project_id, ids, "due_date", due)

    def ask_text(self, title: str, label: str) -> str | None:
        text, ok = QInputDialog.getText(self, title, label)
        return text if ok else None
