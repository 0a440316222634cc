"""Conduct an inspection fast: the checklist on the left, the current item large on the
right. Keyboard first: P/F/N answer pass/fail/N/A, Y/N yes/no, digits type a number or
pick a choice, Enter goes on, Ctrl+Enter completes. A passing answer moves straight to
the next item; a failing one stays so the rep can add a note or a photo. Every answer
is saved at once (insert-only), off the GUI thread, and the score updates live.
Completing raises the failed items as punch items or issues when the template says so.

The controller (a plain QObject): ``ChecklistView`` (``checklist_view.py``) is the layout
it fills, ``ChecklistKeys`` (``checklist_keys.py``) its keys."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelectionModel, QMimeData, QModelIndex, QObject, Signal
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication

from executrek.app.messages import user_message
from executrek.models.errors import ValidationError
from executrek.models.records.inspection import queries as inspection_queries
from executrek.models.records.inspection import service as inspections
from executrek.models.records.inspection.completion import Deficiency
from executrek.models.records.inspection.model import (
    FailureAction,
    InspectionItem,
    InspectionResponse,
    InspectionStatus,
    Outcome,
)
from executrek.models.records.inspection.queries import InspectionHeader, RaisedRecord
from executrek.models.records.inspection.scoring import Score
from executrek.models.services import users
from executrek.models.services.common import Done
from executrek.ui.inspections.checklist_card import TYPED
from executrek.ui.inspections.checklist_keys import ChecklistKeys
from executrek.ui.inspections.checklist_model import Col, Entry
from executrek.ui.inspections.checklist_view import ChecklistView
from executrek.ui.inspections.inspection_finish import Deficiencies, InspectionFinish, Signer
from executrek.ui.inspections.inspections_photos import attach_photos
from executrek.ui.inspections.inspections_tasks import run_service
from executrek.ui.photos.photo_grid import local_files
from executrek.ui.photos.photo_import import pick_photos
from executrek.ui.photos.photo_strip import PhotoStrip

if TYPE_CHECKING:
    from executrek.ui.main_window import MainWindow


@dataclass(frozen=True)
class Loaded:
    header: InspectionHeader
    items: list[tuple[InspectionItem, InspectionResponse | None]]
    photos: dict[str, int]
    score: Score
    raised: list[RaisedRecord]
    automatic: bool  # the template raises failed items on completion
    signer: Signer | None  # the signed-in user, who signs by default


def load_inspection(window: MainWindow, inspection_id: str) -> Loaded:
    """Everything the runner shows (runs on the worker)."""
    store = window.ctx.store
    me = users.current_identity(store)
    return Loaded(
        inspection_queries.header(store, inspection_id),
        inspections.items_of(store, inspection_id),
        inspection_queries.photo_counts(store, inspection_id),
        inspection_queries.live_score(store, inspection_id),
        inspection_queries.raised_from(store, inspection_id),
        inspections.template_raises_on_complete(store, inspection_id),
        Signer(me.display_name, me.title) if me is not None and me.display_name else None,
    )


def deficiencies(entries: list[Entry], raised: list[RaisedRecord], automatic: bool) -> Deficiencies:
    """The failed items and what is linked to them, for the result page."""
    failed = [e for e in entries if e.outcome is Outcome.FAIL]
    linked = {r.item_id for r in raised}
    unraised = sum(
        1
        for e in failed
        if e.item.failure_action is not FailureAction.NONE and e.item.id not in linked
    )
    return Deficiencies(raised, len(failed), unraised, automatic)


def first_to_fix(entries: list[Entry]) -> int:
    """The row completing needs first: unanswered, else failed without its photo."""
    unanswered = (r for r, e in enumerate(entries) if not e.answered)
    no_photo = (
        r
        for r, e in enumerate(entries)
        if e.item.photo_required and e.outcome is Outcome.FAIL and not e.photos
    )
    return next(unanswered, next(no_photo, -1))


class ChecklistRunner(QObject):
    """The runner's behaviour: loading, answering, saving, photos, completing. ``view``
    (a ``ChecklistView``) is the widget the inspections page shows; the runner lives as
    long as it and takes the photo files dropped on it."""

    closed = Signal()  # back to the list
    loaded = Signal()  # an inspection is on screen
    idle = Signal()  # every answer, note and photo is saved

    def __init__(self, window: MainWindow) -> None:
        view = ChecklistView(InspectionFinish(window))
        super().__init__(view)
        self.window_ = window
        self.view = view
        self.inspection_id: str | None = None
        self.header: InspectionHeader | None = None
        self.editable = False
        self._pending = 0
        self._current = -1
        self._banner_row: int | None = None  # the item a banner is about, if any
        # the parts of the view the inspections page and the tests reach
        self.card, self.table, self.model = view.card, view.table, view.model
        self.photo_strip = PhotoStrip(window, adds=False)  # the runner adds photos itself
        self.photo_strip.hide()  # shown once the item has photos
        self.photo_strip.photos_shown.connect(lambda n: self.photo_strip.setVisible(n > 0))
        self.card.add_photo_strip(self.photo_strip)
        self.finish, self.banner, self.right = view.finish, view.banner, view.right
        self.score_label, self.back_button = view.score_label, view.back_button
        self._wire()
        self.keys = ChecklistKeys(self)
        view.setAcceptDrops(True)
        view.installEventFilter(self)

    def _wire(self) -> None:
        view, card = self.view, self.card
        view.back_button.clicked.connect(self.close_runner)
        view.result_button.clicked.connect(self.show_finish)
        self.finish.signed.connect(self._reload_header)
        card.answered.connect(self.answer)
        card.save_value_button.clicked.connect(lambda: self.answer(card.value_edit.text()))
        card.photo_button.clicked.connect(self.choose_photos)
        card.prev_button.clicked.connect(self.previous_item)
        card.next_button.clicked.connect(self.next_item)
        card.complete_button.clicked.connect(self.complete)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Photo files dropped anywhere on the view go to the current item; a note typed
        before the view is hidden (another screen) is kept."""
        if watched is not self.view:
            return False
        kind = event.type()
        if kind == QEvent.Type.Hide:
            self._leave(self._current)
        elif kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop):
            assert isinstance(event, QDropEvent)  # the drag events derive from it
            if not self._takes_drop(event.mimeData()):
                event.ignore()
                return True
            event.acceptProposedAction()
            if kind == QEvent.Type.Drop:
                self.add_photos(local_files(event.mimeData()))
            return True
        return False

    # --- loading ---------------------------------------------------------------------
    def open_inspection(self, inspection_id: str) -> None:
        self.inspection_id = inspection_id
        self.model.set_rows([])
        self._current = -1
        self.view.show_loading()
        self._hide_banner()
        window = self.window_
        window.runner.submit(
            lambda _h: load_inspection(window, inspection_id),
            on_done=self._show_loaded,
            on_error=self._show_banner,
        )

    def _show_loaded(self, data: Loaded, created: list[Deficiency] | None = None) -> None:
        if data.header.id != self.inspection_id:
            return
        self.header = data.header
        self.editable = data.header.status is InspectionStatus.IN_PROGRESS
        entries = [
            Entry(
                item=item,
                value=resp.value if resp else None,
                outcome=resp.outcome if resp else None,
                note=(resp.note or "") if resp else "",
                photos=data.photos.get(item.id, 0),
            )
            for item, resp in data.items
        ]
        self.model.set_rows(entries)
        self.view.show_header(data.header, editable=self.editable)
        self.view.show_score(data.score, data.header.pass_mark)
        state = deficiencies(entries, data.raised, data.automatic)
        self.finish.show_inspection(data.header, state, data.signer)
        if created:
            self.finish.show_created(created, data.raised)
        if self.editable:
            first = next((r for r, e in enumerate(entries) if not e.answered), 0)
            self.view.show_card()
            self.select_row(first)
        else:
            self.select_row(0)
            self.show_finish()
        self.loaded.emit()

    def _reload_header(self) -> None:
        if self.finish.header is not None:
            self.header = self.finish.header

    # --- navigation ------------------------------------------------------------------
    def select_row(self, row: int) -> None:
        if not 0 <= row < self.model.rowCount():
            return
        index = self.model.index(row, Col.PROMPT)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)

    def current_row(self) -> int:
        return self._current

    def current_entry(self) -> Entry | None:
        return self.model.row_at(self._current) if self._current >= 0 else None

    def next_item(self) -> None:
        row = self._current
        if row + 1 < self.model.rowCount():
            self.select_row(row + 1)
            return
        self._leave(row)
        unanswered = [r for r, e in enumerate(self.model.rows()) if not e.answered]
        if unanswered and self.editable:
            self.select_row(unanswered[0])
            return
        if self.editable:
            self.card.complete_button.setFocus()
            self._show_banner(
                self.tr("Every item is answered: Ctrl+Enter completes the inspection."),
                error=False,
            )

    def previous_item(self) -> None:
        if self._current > 0:
            self.select_row(self._current - 1)

    def _row_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if previous.isValid():
            self._leave(previous.row())
        self._current = current.row() if current.isValid() else -1
        if self._banner_row is not None and self._banner_row != self._current:
            self._hide_banner()  # it was about the item just left
        if self._current >= 0:
            self.view.show_card()
            self._show_entry(self._current)

    def _show_entry(self, row: int) -> None:
        e = self.model.row_at(row)
        self.card.show_entry(e, row, self.model.rowCount(), editable=self.editable)
        if self.header is not None and self.photo_strip.record != ("inspection_item", e.item.id):
            self.photo_strip.set_record(self.header.project_id, "inspection_item", e.item.id)
        if self.editable and e.item.response_type in TYPED:
            self.card.value_edit.setFocus()
            self.card.value_edit.selectAll()
        elif self.view.isVisible() and QApplication.focusWidget() is not self.table:
            self.table.setFocus()

    def _leave(self, row: int) -> None:
        """Keep the note typed for ``row`` (saved with the answer, or now if answered)."""
        if not self.editable or not 0 <= row < self.model.rowCount():
            return
        e = self.model.row_at(row)
        note = self.card.note_edit.text().strip()
        if note == e.note:
            return
        previous = (e.value, e.outcome, e.note)
        e.note = note
        if e.answered and e.value is not None:
            self._save(row, e.value, note, previous)
        self.model.touch(row)

    # --- answering -------------------------------------------------------------------
    def answer(self, value: str) -> None:
        """Answer the current item; moves on unless the answer fails."""
        row = self._current
        if row < 0:
            return
        if not self.editable:
            self._show_banner(
                self.tr("This inspection is completed; its answers can no longer change.")
            )
            return
        if not self.card.answer_stack.isEnabled():  # a key press from a viewer
            self._show_banner(self.card.answer_stack.toolTip())
            return
        e = self.model.row_at(row)
        try:
            outcome = inspections.outcome_of(e.item, value)
        except ValidationError as exc:
            self._show_banner(
                self.tr("Answer to item {n}: {message}").format(
                    n=e.item.position, message=user_message(exc, self.tr("Answer"))
                ),
                row=row,
            )
            if e.item.response_type in TYPED:
                self.card.value_edit.setFocus()
                self.card.value_edit.selectAll()
            return
        self._hide_banner()
        note = self.card.note_edit.text().strip()
        previous = (e.value, e.outcome, e.note)
        e.value, e.outcome, e.note, e.saving = value.strip(), outcome, note, True
        self.model.touch(row)
        self.card.check_answer(e)
        self.card.show_photos(e)
        self._save(row, e.value, note, previous)
        if outcome is Outcome.FAIL:
            self.card.note_edit.setFocus()
            self.card.note_edit.selectAll()
            self._show_banner(
                self.tr("Failed: add a note or a photo, then Enter for the next item."),
                error=False,
                row=row,
            )
        else:
            self.next_item()

    def _save(
        self,
        row: int,
        value: str,
        note: str,
        previous: tuple[str | None, Outcome | None, str],
    ) -> None:
        store = self.window_.ctx.store
        iid = str(self.inspection_id)
        item_id = self.model.row_at(row).item.id
        self._pending += 1

        def work() -> Done[Score]:
            done = inspections.respond(store, item_id, value, note or None)
            return Done(inspection_queries.live_score(store, iid), done.changes)

        def finished(result: Done[Score]) -> None:
            if iid == self.inspection_id:
                r = self.model.find(item_id)
                if r >= 0:
                    self.model.row_at(r).saving = False
                    self.model.touch(r)
                self.view.show_score(result.value, self.header.pass_mark if self.header else None)
            self._job_done()

        def failed(message: str) -> None:
            if iid == self.inspection_id:
                r = self.model.find(item_id)
                if r >= 0:
                    e = self.model.row_at(r)
                    e.value, e.outcome, e.note = previous
                    e.saving = False
                    self.model.touch(r)
                    if r == self._current:
                        self._show_entry(r)
                self._show_banner(message)
            self._job_done()

        run_service(self.window_, work, finished, failed)

    def _job_done(self) -> None:
        self._pending -= 1
        if self._pending == 0:
            self.idle.emit()

    def busy(self) -> bool:
        return self._pending > 0

    def has_unsaved(self) -> bool:
        """A note typed for the current item that has not gone to the store yet."""
        if not self.editable or not 0 <= self._current < self.model.rowCount():
            return False
        return self.card.note_edit.text().strip() != self.model.row_at(self._current).note

    # --- photos ----------------------------------------------------------------------
    def choose_photos(self) -> None:
        if not self.editable or self._current < 0 or self.view.finish_shown():
            return
        files = pick_photos(self.view, self.tr("Add photos to this item"))
        if files:
            self.add_photos(files)

    def add_photos(self, paths: list[Path]) -> None:
        """Import files and attach them to the current item."""
        if self._current < 0 or self.header is None:
            return
        item_id = self.model.row_at(self._current).item.id
        iid = self.header.id
        self._pending += 1
        self.card.photo_label.setText(
            self.tr("Importing {count} photo(s)…").format(count=len(paths))
        )

        def finished(count: int | None) -> None:
            r = self.model.find(item_id)
            if count is not None and r >= 0 and iid == self.inspection_id:
                self.model.row_at(r).photos = count
                self.model.touch(r)
            if self._current >= 0 and self.model.row_at(self._current).item.id == item_id:
                self.card.show_photos(self.model.row_at(self._current))
            self._job_done()

        attach_photos(
            self.window_,
            paths,
            project_id=self.header.project_id,
            inspection_id=iid,
            item_id=item_id,
            problem=self._show_banner,
            finished=finished,
        )

    def _takes_drop(self, mime: QMimeData) -> bool:
        return self.editable and self._current >= 0 and bool(local_files(mime))

    # --- completing ------------------------------------------------------------------
    def complete(self) -> None:
        if not self.editable or self.inspection_id is None:
            return
        self._leave(self._current)
        window = self.window_
        store = window.ctx.store
        iid = self.inspection_id
        due = self.finish.due_day()
        self.card.complete_button.setEnabled(False)
        self._pending += 1

        def work() -> Done[tuple[list[Deficiency] | None, Loaded]]:
            done = inspections.complete_and_raise(store, iid, due_date=due)
            return Done((done.value.raised, load_inspection(window, iid)), done.changes)

        def finished(result: Done[tuple[list[Deficiency] | None, Loaded]]) -> None:
            self._hide_banner()
            created, loaded = result.value
            if iid == self.inspection_id:
                self._show_loaded(loaded, created)
            self._job_done()

        def failed(message: str) -> None:
            self.card.complete_button.setEnabled(True)
            self._show_banner(message)
            first = first_to_fix(self.model.rows())
            if first >= 0:
                self.select_row(first)
            self._job_done()

        run_service(window, work, finished, failed)

    def show_finish(self) -> None:
        self.view.show_finish()

    def close_runner(self) -> None:
        self._leave(self._current)
        self.closed.emit()

    # --- messages --------------------------------------------------------------------
    def _show_banner(self, message: str, *, error: bool = True, row: int | None = None) -> None:
        """A message above the checklist; one about item ``row`` goes when another item
        is shown."""
        self._banner_row = row
        self.view.show_banner(message, error=error)

    def _hide_banner(self) -> None:
        self._banner_row = None
        self.view.hide_banner()
