"""Conduct an inspection fast: the checklist on the left, the current item large on the
right. Keyboard first: P/F/N answer pass/fail/N/A, Y/N yes/no, digits type a number or
pick a choice, Enter goes on, Ctrl+Enter completes. A passing answer moves straight to
the next item; a failing one stays so the rep can add a note or a photo. Every answer
is saved at once (insert-only), off the GUI thread, and the score updates live."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QMimeData, QModelIndex, Qt, Signal
from PySide6.QtGui import (
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QFont,
    QHideEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from executrek.app.photos.blobstore import BlobStore
from executrek.app.photos.importer import ImportedFile, ImportOutcome, iter_import
from executrek.models.changes import Changes
from executrek.models.errors import ValidationError
from executrek.models.inspection import (
    InspectionItem,
    InspectionResponse,
    InspectionStatus,
    Outcome,
    ResponseType,
)
from executrek.models.services import inspection_queries, inspections, records
from executrek.models.services.common import Done
from executrek.models.services.inspection_queries import InspectionHeader, RaisedRecord
from executrek.models.services.inspections import Score
from executrek.ui.pages.checklist_card import ChecklistCard, answer_button, plain
from executrek.ui.pages.checklist_model import ChecklistModel, Col, Entry
from executrek.ui.pages.inspection_finish import InspectionFinish
from executrek.ui.pages.inspections_keys import key_action
from executrek.ui.pages.inspections_tasks import run_service
from executrek.ui.pages.inspections_text import (
    FAIL_COLOUR,
    PASS_COLOUR,
    domain_message,
    failure_action_text,
    status_text,
)

if TYPE_CHECKING:
    from executrek.ui.main_window import MainWindow

PHOTO_FILTER = "*.jpg *.jpeg *.png *.heic *.heif *.tif *.tiff *.webp"


@dataclass(frozen=True)
class Loaded:
    header: InspectionHeader
    items: list[tuple[InspectionItem, InspectionResponse | None]]
    photos: dict[str, int]
    score: Score
    raised: list[RaisedRecord]


def load_inspection(window: MainWindow, inspection_id: str) -> Loaded:
    """Everything the runner shows (runs on the worker)."""
    store = window.ctx.store
    return Loaded(
        inspection_queries.header(store, inspection_id),
        inspections.items_of(store, inspection_id),
        inspection_queries.photo_counts(store, inspection_id),
        inspection_queries.live_score(store, inspection_id),
        inspection_queries.raised_from(store, inspection_id),
    )


def new_photo(record: ImportedFile) -> records.NewPhoto:
    """The photo row for a file the importer stored."""
    meta = record.metadata
    captured = meta.captured_at if meta else None
    if captured is not None and captured.tzinfo is None:
        captured = captured.astimezone()  # camera clock without an offset: local time
    gps = meta.gps if meta else None
    return records.NewPhoto(
        sha256=str(record.sha256),
        filename=record.original_filename[:300],
        mime=record.mime or "application/octet-stream",
        size_bytes=record.size or 0,
        width=meta.width if meta else None,
        height=meta.height if meta else None,
        captured_at=captured.astimezone(dt.UTC) if captured else None,
        camera_make=meta.camera_make if meta else None,
        camera_model=meta.camera_model if meta else None,
        orientation=meta.orientation if meta else None,
        gps_lat=gps.latitude if gps else None,
        gps_lon=gps.longitude if gps else None,
        gps_alt=gps.altitude_m if gps else None,
    )


class ChecklistRunner(QWidget):
    closed = Signal()  # back to the list
    loaded = Signal()  # an inspection is on screen
    idle = Signal()  # every answer, note and photo is saved

    def __init__(self, window: MainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.window_ = window
        self.inspection_id: str | None = None
        self.header: InspectionHeader | None = None
        self.editable = False
        self._pending = 0
        self._current = -1
        self._build()
        self._bind_keys()
        self.setAcceptDrops(True)

    # --- layout ----------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.back_button = QPushButton(self.tr("◀ Inspections"))
        self.back_button.setMinimumHeight(48)
        self.back_button.setToolTip(self.tr("Back to the list (Esc)"))
        self.back_button.clicked.connect(self.close_runner)
        self.title_label = QLabel()
        self.title_label.setObjectName("pageTitle")
        title_font = QFont(self.title_label.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.4)
        title_font.setBold(True)
        self.title_label.setFont(title_font)
        self.score_label = QLabel()
        self.score_label.setObjectName("liveScore")
        score_font = QFont(self.score_label.font())
        score_font.setPointSizeF(score_font.pointSizeF() * 1.4)
        score_font.setBold(True)
        self.score_label.setFont(score_font)
        self.result_button = QPushButton(self.tr("Result && signature"))
        self.result_button.setMinimumHeight(48)
        self.result_button.clicked.connect(self.show_finish)
        top.addWidget(self.back_button)
        top.addWidget(self.title_label, 1)
        top.addWidget(self.result_button)
        layout.addLayout(top)
        second = QHBoxLayout()
        self.progress_label = QLabel()
        self.progress_label.setWordWrap(True)
        second.addWidget(self.progress_label, 1)
        second.addWidget(self.score_label)
        layout.addLayout(second)
        self.banner = QLabel()
        self.banner.setObjectName("runnerMessage")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(
            f"QLabel {{ color: white; background: {FAIL_COLOUR}; padding: 8px; border-radius: 4px; }}"
        )
        self.banner.hide()
        layout.addWidget(self.banner)

        self.model = ChecklistModel(self)
        self.table = QTableView()
        self.table.setObjectName("checklist")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(40)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Col.PROMPT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(Col.ANSWER, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(Col.ANSWER, 130)
        self.table.setColumnHidden(Col.SECTION, True)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)

        self.right = QStackedWidget()
        self.card = ChecklistCard()
        self._wire_card()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.card)
        self.finish = InspectionFinish(self.window_)
        self.finish.signed.connect(self._reload_header)
        finish_scroll = QScrollArea()
        finish_scroll.setWidgetResizable(True)
        finish_scroll.setWidget(self.finish)
        self.right.addWidget(scroll)
        self.right.addWidget(finish_scroll)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(self.right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([480, 720])
        layout.addWidget(splitter, 1)

    def _wire_card(self) -> None:
        card = self.card
        for button, value in (
            (card.pass_button, "pass"),
            (card.fail_button, "fail"),
            (card.na_button, "na"),
            (card.yes_button, "yes"),
            (card.no_button, "no"),
            (card.yes_no_na_button, "na"),
        ):
            button.clicked.connect(self._answer_slot(value))
        card.save_value_button.clicked.connect(lambda: self.answer(card.value_edit.text()))
        card.photo_button.clicked.connect(self.choose_photos)
        card.prev_button.clicked.connect(self.previous_item)
        card.next_button.clicked.connect(self.next_item)
        card.complete_button.clicked.connect(self.complete)

    def _bind_keys(self) -> None:
        bind = key_action
        bind(self, "P", self.tr("Pass (pass/fail items)"), lambda: self._letter("p"))
        bind(self, "F", self.tr("Fail (pass/fail items)"), lambda: self._letter("f"))
        bind(self, "N", self.tr("N/A, or No for yes/no items"), lambda: self._letter("n"))
        bind(self, "Y", self.tr("Yes (yes/no items)"), lambda: self._letter("y"))
        for digit in "0123456789":
            text = self.tr("Digits: type a number, or pick choice 1–9") if digit == "1" else ""
            bind(self, digit, text, self._digit_slot(digit))
        bind(self, "Return", self.tr("Save the answer or note, next item"), self._enter)
        bind(self, "Enter", "", self._enter)
        bind(self, "Ctrl+Return", self.tr("Complete the inspection"), self.complete)
        bind(self, "Ctrl+Enter", "", self.complete)
        bind(self, "Ctrl+Shift+P", self.tr("Add a photo to the item"), self.choose_photos)
        bind(self, "Escape", self.tr("Leave the field, or back to the list"), self._escape)

    def _answer_slot(self, value: str) -> Callable[[], None]:
        return lambda: self.answer(value)

    def _digit_slot(self, digit: str) -> Callable[[], None]:
        return lambda: self._digit(digit)

    # --- loading ---------------------------------------------------------------------
    def open_inspection(self, inspection_id: str) -> None:
        self.inspection_id = inspection_id
        self.model.set_entries([])
        self._current = -1
        self.title_label.setText(self.tr("Loading…"))
        self._hide_banner()
        window = self.window_
        window.runner.submit(
            lambda _h: load_inspection(window, inspection_id),
            on_done=self._show_loaded,
            on_error=self._show_banner,
        )

    def _show_loaded(self, data: Loaded) -> None:
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
        self.model.set_entries(entries)
        self._show_header(data.header)
        self._show_score(data.score)
        self.finish.show_inspection(data.header, data.raised, data.score.failed)
        if self.editable:
            first = next((r for r, e in enumerate(entries) if not e.answered), 0)
            self.right.setCurrentIndex(0)
            self.select_row(first)
        else:
            self.select_row(0)
            self.show_finish()
        self.loaded.emit()

    def _show_header(self, h: InspectionHeader) -> None:
        self.title_label.setText(f"{h.number} — {h.title}")
        bits = [status_text(h.status), h.inspection_date.isoformat()]
        if h.location:
            bits.append(h.location)
        if h.contractor:
            bits.append(h.contractor)
        if h.template_name:
            bits.append(self.tr("template: {name}").format(name=h.template_name))
        self.progress_label.setText(" · ".join(bits))
        self.card.complete_button.setEnabled(self.editable)
        self.result_button.setEnabled(not self.editable)

    def _show_score(self, score: Score) -> None:
        mark = self.header.pass_mark if self.header else None
        value = "—" if score.score is None else f"{score.score}%"
        colour = PASS_COLOUR if score.result.value == "pass" else FAIL_COLOUR
        self.score_label.setStyleSheet(f"color: {colour};")
        self.score_label.setText(
            self.tr(
                "Score {score} (pass mark {mark}%) · {answered}/{total} answered · {failed} failed"
            ).format(
                score=value,
                mark=plain(mark) if mark is not None else "—",
                answered=score.answered,
                total=score.total,
                failed=score.failed,
            )
        )

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

    def next_item(self) -> None:
        row = self._current
        if row + 1 < self.model.rowCount():
            self.select_row(row + 1)
            return
        self._leave(row)
        unanswered = [r for r, e in enumerate(self.model.entries()) if not e.answered]
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
        if self._current >= 0:
            self.right.setCurrentIndex(0)
            self._show_entry(self._current)

    def _show_entry(self, row: int) -> None:
        e = self.model.entry(row)
        item = e.item
        self.card.section_label.setText(
            self.tr("{section} · item {n} of {total}").format(
                section=item.section, n=row + 1, total=self.model.rowCount()
            )
        )
        self.card.prompt_label.setText(item.prompt)
        flags = []
        if item.critical:
            flags.append(self.tr("★ Critical: a failure fails the inspection"))
        if item.photo_required:
            flags.append(self.tr("Photo required if failed"))
        if item.response_type is ResponseType.NUMBER and item.target is not None:
            flags.append(
                self.tr("Target {target} ± {tolerance} {unit}").format(
                    target=plain(item.target),
                    tolerance=plain(item.tolerance or Decimal(0)),
                    unit=item.unit or "",
                )
            )
        if item.response_type is ResponseType.YES_NO:
            flags.append(self.tr("Expected: yes") if item.expected_yes else self.tr("Expected: no"))
        flags.append(self.tr("Weight {weight}").format(weight=plain(item.weight)))
        flags.append(
            self.tr("On failure: {action}").format(action=failure_action_text(item.failure_action))
        )
        self.card.flags_label.setText(" · ".join(flags))
        self.card.answer_stack.setCurrentIndex(self.card.pages[item.response_type])
        if item.response_type is ResponseType.CHOICE:
            self._build_choices(item)
        self._check_answer(e)
        typed = item.response_type in (ResponseType.NUMBER, ResponseType.TEXT)
        self.card.value_edit.setText((e.value or "") if typed else "")
        self.card.value_edit.setPlaceholderText(
            self.tr("Type the measured value, then Enter")
            if item.response_type is ResponseType.NUMBER
            else self.tr("Type the answer, then Enter")
        )
        self.card.unit_label.setText(item.unit or "")
        self.card.note_edit.setText(e.note)
        self._show_photos(e)
        for widget in (
            self.card.value_edit,
            self.card.note_edit,
            self.card.save_value_button,
            self.card.photo_button,
            *self._answer_buttons(),
        ):
            widget.setEnabled(self.editable)
        self.card.prev_button.setEnabled(row > 0)
        if self.editable and item.response_type in (ResponseType.NUMBER, ResponseType.TEXT):
            self.card.value_edit.setFocus()
            self.card.value_edit.selectAll()
        elif self.isVisible() and QApplication.focusWidget() is not self.table:
            self.table.setFocus()

    def _answer_buttons(self) -> list[QPushButton]:
        return [
            self.card.pass_button,
            self.card.fail_button,
            self.card.na_button,
            self.card.yes_button,
            self.card.no_button,
            self.card.yes_no_na_button,
            *self.card.choice_buttons,
        ]

    def _build_choices(self, item: InspectionItem) -> None:
        for button in self.card.choice_buttons:
            self.card.choice_row.removeWidget(button)
            button.deleteLater()
        self.card.choice_buttons = []
        for n, choice in enumerate(item.choices, start=1):
            colour = FAIL_COLOUR if choice in item.failing_choices else PASS_COLOUR
            label = f"{choice}  [{n}]" if n <= 9 else str(choice)
            button = answer_button(label, colour)
            button.clicked.connect(self._answer_slot(str(choice)))
            self.card.choice_row.addWidget(button)
            self.card.choice_buttons.append(button)

    def _check_answer(self, e: Entry) -> None:
        value = (e.value or "").lower()
        rtype = e.item.response_type
        self.card.pass_button.setChecked(
            rtype is ResponseType.PASS_FAIL_NA and e.outcome is Outcome.PASS
        )
        self.card.fail_button.setChecked(
            rtype is ResponseType.PASS_FAIL_NA and e.outcome is Outcome.FAIL
        )
        self.card.na_button.setChecked(
            rtype is ResponseType.PASS_FAIL_NA and e.outcome is Outcome.NA
        )
        self.card.yes_button.setChecked(rtype is ResponseType.YES_NO and value in ("yes", "y"))
        self.card.no_button.setChecked(rtype is ResponseType.YES_NO and value == "no")
        self.card.yes_no_na_button.setChecked(
            rtype is ResponseType.YES_NO and e.outcome is Outcome.NA
        )
        for button, choice in zip(self.card.choice_buttons, e.item.choices, strict=False):
            button.setChecked(e.value == str(choice))

    def _show_photos(self, e: Entry) -> None:
        if e.photos:
            self.card.photo_label.setText(self.tr("{count} photo(s)").format(count=e.photos))
        elif e.item.photo_required and e.outcome is Outcome.FAIL:
            self.card.photo_label.setText(self.tr("A photo is required for this failed item."))
        else:
            self.card.photo_label.setText(self.tr("No photos"))

    def _leave(self, row: int) -> None:
        """Keep the note typed for ``row`` (saved with the answer, or now if answered)."""
        if not self.editable or not 0 <= row < self.model.rowCount():
            return
        e = self.model.entry(row)
        note = self.card.note_edit.text().strip()
        if note == e.note:
            return
        previous = (e.value, e.outcome, e.note)
        e.note = note
        if e.answered and e.value is not None:
            self._save(row, e.value, note, previous)
        self.model.touch(row)

    # --- keys ------------------------------------------------------------------------
    def _typing(self) -> bool:
        return self.right.currentIndex() != 0

    def _letter(self, key: str) -> None:
        if self._typing() or self._current < 0:
            return
        rtype = self.model.entry(self._current).item.response_type
        values = {
            ResponseType.PASS_FAIL_NA: {"p": "pass", "f": "fail", "n": "na"},
            ResponseType.YES_NO: {"y": "yes", "n": "no"},
        }.get(rtype, {})
        if key in values:
            self.answer(values[key])
        elif rtype in (ResponseType.NUMBER, ResponseType.TEXT) and self.editable:
            self.card.value_edit.setFocus()
            if rtype is ResponseType.TEXT:
                self.card.value_edit.insert(key)

    def _digit(self, digit: str) -> None:
        if self._typing() or self._current < 0:
            return
        item = self.model.entry(self._current).item
        if item.response_type is ResponseType.CHOICE:
            n = int(digit)
            if 1 <= n <= len(item.choices):
                self.answer(str(item.choices[n - 1]))
        elif item.response_type in (ResponseType.NUMBER, ResponseType.TEXT) and self.editable:
            self.card.value_edit.setFocus()
            self.card.value_edit.insert(digit)

    def _enter(self) -> None:
        if self._typing():
            return
        focus = QApplication.focusWidget()
        if focus is self.card.value_edit and self.card.value_edit.text().strip():
            e = self.model.entry(self._current) if self._current >= 0 else None
            if e is None or self.card.value_edit.text().strip() != (e.value or ""):
                self.answer(self.card.value_edit.text())
                return
        self.next_item()

    def _escape(self) -> None:
        focus = QApplication.focusWidget()
        if focus in (self.card.value_edit, self.card.note_edit):
            self.table.setFocus()
            return
        self.close_runner()

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
        e = self.model.entry(row)
        try:
            outcome = inspections.outcome_of(e.item, value)
        except ValidationError as exc:
            self._show_banner(
                self.tr("Answer to item {n}: {message}").format(
                    n=e.item.position, message=domain_message(exc, self.tr("Answer"))
                )
            )
            if e.item.response_type in (ResponseType.NUMBER, ResponseType.TEXT):
                self.card.value_edit.setFocus()
                self.card.value_edit.selectAll()
            return
        self._hide_banner()
        note = self.card.note_edit.text().strip()
        previous = (e.value, e.outcome, e.note)
        e.value, e.outcome, e.note, e.saving = value.strip(), outcome, note, True
        self.model.touch(row)
        self._check_answer(e)
        self._show_photos(e)
        self._save(row, e.value, note, previous)
        if outcome is Outcome.FAIL:
            self.card.note_edit.setFocus()
            self.card.note_edit.selectAll()
            self._show_banner(
                self.tr("Failed: add a note or a photo, then Enter for the next item."),
                error=False,
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
        item_id = self.model.entry(row).item.id
        self._pending += 1

        def work() -> Done[Score]:
            done = inspections.respond(store, item_id, value, note or None)
            return Done(inspection_queries.live_score(store, iid), done.changes)

        def finished(result: Done[Score]) -> None:
            if iid == self.inspection_id:
                r = self.model.row_of(item_id)
                if r >= 0:
                    self.model.entry(r).saving = False
                    self.model.touch(r)
                self._show_score(result.value)
            self._job_done()

        def failed(message: str) -> None:
            if iid == self.inspection_id:
                r = self.model.row_of(item_id)
                if r >= 0:
                    e = self.model.entry(r)
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
        return self.card.note_edit.text().strip() != self.model.entry(self._current).note

    # --- photos ----------------------------------------------------------------------
    def choose_photos(self) -> None:
        if not self.editable or self._current < 0 or self._typing():
            return
        files, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Add photos to this item"),
            "",
            self.tr("Photos ({patterns})").format(patterns=PHOTO_FILTER),
        )
        if files:
            self.add_photos([Path(f) for f in files])

    def add_photos(self, paths: list[Path]) -> None:
        """Import files into the blob store (photo pool), then attach them to the current
        item (database worker)."""
        if self._current < 0 or self.header is None:
            return
        window = self.window_
        store = window.ctx.store
        blobs = BlobStore(window.ctx.paths.blobs)
        item_id = self.model.entry(self._current).item.id
        iid, project_id = self.header.id, self.header.project_id
        self._pending += 1
        self.card.photo_label.setText(
            self.tr("Importing {count} photo(s)…").format(count=len(paths))
        )

        def failed(message: str) -> None:
            self._show_banner(message)
            self._refresh_photo_label(item_id)
            self._job_done()

        def attached(result: Done[int]) -> None:
            r = self.model.row_of(item_id)
            if r >= 0 and iid == self.inspection_id:
                self.model.entry(r).photos = result.value
                self.model.touch(r)
            self._refresh_photo_label(item_id)
            self._job_done()

        def imported(found: list[ImportedFile]) -> None:
            refused = [f for f in found if f.outcome is ImportOutcome.REFUSED]
            stored = [f for f in found if f.outcome is not ImportOutcome.REFUSED and f.sha256]
            if refused:
                self._show_banner(
                    self.tr("Not added: {files}").format(
                        files="; ".join(f"{f.original_filename}: {f.reason}" for f in refused)
                    )
                )
            if not stored:
                self._refresh_photo_label(item_id)
                self._job_done()
                return

            def attach() -> Done[int]:
                changes = Changes()
                for f in stored:
                    done = records.add_photo(
                        store, project_id, new_photo(f), attach_to=("inspection_item", item_id)
                    )
                    changes.merge(done.changes)
                count = inspection_queries.photo_counts(store, iid).get(item_id, 0)
                return Done(count, changes)

            run_service(window, attach, attached, failed)

        window.runner.submit(
            lambda h: list(iter_import(paths, blobs, cancel=h.cancel_event)),
            on_done=imported,
            on_error=failed,
            pool="cpu",
        )

    def _refresh_photo_label(self, item_id: str) -> None:
        if self._current >= 0 and self.model.entry(self._current).item.id == item_id:
            self._show_photos(self.model.entry(self._current))

    # --- completing ------------------------------------------------------------------
    def complete(self) -> None:
        if not self.editable or self.inspection_id is None:
            return
        self._leave(self._current)
        window = self.window_
        store = window.ctx.store
        iid = self.inspection_id
        self.card.complete_button.setEnabled(False)
        self._pending += 1

        def work() -> Done[Loaded]:
            done = inspections.complete_inspection(store, iid)
            return Done(load_inspection(window, iid), done.changes)

        def finished(result: Done[Loaded]) -> None:
            self._hide_banner()
            if iid == self.inspection_id:
                self._show_loaded(result.value)
            self._job_done()

        def failed(message: str) -> None:
            self.card.complete_button.setEnabled(True)
            self._show_banner(message)
            first = next(
                (r for r, e in enumerate(self.model.entries()) if not e.answered),
                next(
                    (
                        r
                        for r, e in enumerate(self.model.entries())
                        if e.item.photo_required and e.outcome is Outcome.FAIL and not e.photos
                    ),
                    -1,
                ),
            )
            if first >= 0:
                self.select_row(first)
            self._job_done()

        run_service(window, work, finished, failed)

    # drag and drop: photo files dropped anywhere on the runner go to the current item
    def _dropped_files(self, mime: QMimeData) -> list[Path]:
        if not mime.hasUrls():
            return []
        return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.editable and self._current >= 0 and self._dropped_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self.editable and self._current >= 0 and self._dropped_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        files = self._dropped_files(event.mimeData())
        if not (self.editable and self._current >= 0 and files):
            event.ignore()
            return
        event.acceptProposedAction()
        self.add_photos(files)

    def hideEvent(self, event: QHideEvent) -> None:
        self._leave(self._current)  # a note typed before switching screens is kept
        super().hideEvent(event)

    def show_finish(self) -> None:
        self.right.setCurrentIndex(1)

    def close_runner(self) -> None:
        self._leave(self._current)
        self.closed.emit()

    # --- messages --------------------------------------------------------------------
    def _show_banner(self, message: str, *, error: bool = True) -> None:
        colour = FAIL_COLOUR if error else "#1F5FA8"
        self.banner.setStyleSheet(
            f"QLabel {{ color: white; background: {colour}; padding: 8px; border-radius: 4px; }}"
        )
        self.banner.setText(message)
        self.banner.show()

    def _hide_banner(self) -> None:
        self.banner.hide()
