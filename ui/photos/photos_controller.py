"""The Photos page's behaviour: loads the project's gallery for the filters off the GUI
thread (only the newest answer is shown), the selected photo's details, saves captions,
opens the viewer, before/after and markup, attaches photos to records and imports
files. ``PhotosPage`` (``photos_page.py``) is the layout it drives."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QInputDialog

from executrek.app import record_refs
from executrek.app.photos import catalogue as photo_catalogue
from executrek.app.photos.catalogue import PhotoDetails, PhotoFilter, PhotoSummary
from executrek.app.record_refs import RecordRef
from executrek.models.changes import Changes
from executrek.ui.photos import photo_open
from executrek.ui.photos.markup_editor import open_markup_editor
from executrek.ui.photos.photo_grid_model import PhotoGridModel
from executrek.ui.photos.photo_import import (
    PHOTO_TABLES,
    library_for,
    pick_photos,
    start_import,
    thumbnail_source,
)
from executrek.ui.photos.photo_viewer import PhotoViewerDialog
from executrek.ui.photos.thumbnail_loader import ThumbnailLoader

if TYPE_CHECKING:
    from executrek.ui.main_window import MainWindow
    from executrek.ui.photos.photos_page import PhotosPage


class PhotosController(QObject):
    """Behind one ``PhotosPage``: the project, the photo library, the gallery's model
    (thumbnails loaded lazily) and the details of the one photo selected."""

    def __init__(self, window: MainWindow, page: PhotosPage) -> None:
        super().__init__(page)
        self.window_ = window
        self.page = page
        self.library = library_for(window)
        self.project_id: str | None = None
        self.loader = ThumbnailLoader(window.runner, parent=self)
        self.model = PhotoGridModel(self.loader, thumbnail_source(self.library), parent=self)
        self._details: PhotoDetails | None = None
        self._refresh_serial = 0
        page.use_model(self.model)
        steps = (
            (page.import_files_button, self._pick_files),
            (page.import_folder_button, self._pick_folder),
            (page.save_caption_button, self.save_caption),
            (page.view_button, self.view_selected),
            (page.compare_button, self.compare),
            (page.markup_button, self.edit_markup),
            (page.attach_button, self._ask_attach),
        )
        for button, step in steps:
            button.clicked.connect(step)
        for edit in (page.date_from, page.date_to):
            edit.dateChanged.connect(lambda _d: self.refresh())
        page.dates.toggled.connect(self._dates_toggled)
        for box in (page.location_box, page.record_box):
            box.currentIndexChanged.connect(lambda _i: self.refresh())
        page.unlinked.toggled.connect(lambda _c: self.refresh())
        page.grid.files_dropped.connect(self.import_files)
        page.grid.doubleClicked.connect(lambda _i: self.view_selected())
        page.grid.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        window.project_changed.connect(self.set_project)
        window.changed.connect(self._on_changed)
        self._selection_changed()
        if window.current_project_id:
            self.set_project(window.current_project_id)

    # -- loading -----------------------------------------------------------------------

    def set_project(self, project_id: str) -> None:
        self.project_id = project_id
        self._load_choices()
        self.refresh()

    def current_filter(self) -> PhotoFilter:
        page = self.page
        date_from = date_to = None
        if page.dates.isChecked():
            date_from = page.date_from.date().toPython()
            date_to = page.date_to.date().toPython()
        record = page.record_box.currentData()
        location = page.location_box.currentData()
        return PhotoFilter(
            date_from=date_from if isinstance(date_from, dt.date) else None,
            date_to=date_to if isinstance(date_to, dt.date) else None,
            location_id=str(location) if location else None,
            record=(str(record[0]), str(record[1])) if record else None,
            unlinked_only=page.unlinked.isChecked(),
        )

    def refresh(self) -> None:
        if self.project_id is None:
            return
        self._refresh_serial += 1
        serial, store, pid, flt = (
            self._refresh_serial,
            self.window_.ctx.store,
            self.project_id,
            self.current_filter(),
        )

        def show(rows: list[PhotoSummary]) -> None:
            if serial == self._refresh_serial:
                self.page.show_photos(rows)
                self._selection_changed()

        self.window_.call(
            lambda: photo_catalogue.list_photos(store, pid, flt),
            show,
        )

    def _load_choices(self) -> None:
        if self.project_id is None:
            return
        store, pid = self.window_.ctx.store, self.project_id

        def work(_h: object) -> tuple[list[tuple[str, str]], list[RecordRef]]:
            return photo_catalogue.locations(store, pid), photo_catalogue.linked_records(store, pid)

        self.window_.runner.submit(
            work, on_done=self._show_choices, on_error=self.window_.show_error
        )

    def _show_choices(self, choices: tuple[list[tuple[str, str]], list[RecordRef]]) -> None:
        places, records = choices
        self.page.show_choices(places, [(list(r.key), r.label) for r in records])

    def _dates_toggled(self, on: bool) -> None:
        self.page.date_from.setEnabled(on)
        self.page.date_to.setEnabled(on)
        self.refresh()

    def _on_changed(self, changes: Changes) -> None:
        if self.project_id is None:
            return
        if changes.touches(*PHOTO_TABLES):
            self._load_choices()
            self.refresh()
            if self._details is not None:
                self._load_details(self._details.summary.id)
        elif changes.touches("locations", "punch_items", "contractor_issues"):
            self._load_choices()

    # -- selection and details ---------------------------------------------------------

    def _selection_changed(self) -> None:
        chosen = self.page.selected()
        self.page.show_selection(
            chosen, record_chosen=self.page.record_box.currentData() is not None
        )
        if len(chosen) == 1:
            self._load_details(chosen[0].id)
        else:
            self._details = None

    def _load_details(self, photo_id: str) -> None:
        store = self.window_.ctx.store
        self.window_.call(
            lambda: photo_catalogue.photo_details(store, photo_id),
            self._show_details,
        )

    def _show_details(self, details: PhotoDetails) -> None:
        chosen = self.page.selected()
        if len(chosen) != 1 or chosen[0].id != details.summary.id:
            return
        self._details = details
        self.page.show_details(details)

    # -- actions -----------------------------------------------------------------------

    def save_caption(self) -> None:
        chosen = self.page.selected()
        if len(chosen) != 1:
            return
        photo_id, text = chosen[0].id, self.page.caption.toPlainText()
        library = self.library
        self.window_.call(lambda: library.set_caption(photo_id, text))

    def _open_images(self, photos: list[PhotoSummary], titles: list[str]) -> PhotoViewerDialog:
        return photo_open.open_images(self.window_, self.library, photos, titles, self.page)

    def view_selected(self) -> PhotoViewerDialog | None:
        chosen = self.page.selected()
        if len(chosen) != 1:
            return None
        return self._open_images(chosen, [chosen[0].caption or chosen[0].filename])

    def compare(self) -> None:
        chosen = self.page.selected()
        if len(chosen) == 2:
            self._compare(chosen[0], chosen[1])
            return
        record = self.page.record_box.currentData()
        if not record:
            return
        store = self.window_.ctx.store
        record_type, record_id = str(record[0]), str(record[1])
        by_id = {p.id: p for p in self.model.photos()}

        def show(pair: tuple[str, str] | None) -> None:
            if pair is None or pair[0] not in by_id or pair[1] not in by_id:
                self.window_.show_error(
                    self.tr("This record needs at least two photos to compare.")
                )
                return
            self._compare(by_id[pair[0]], by_id[pair[1]])

        self.window_.call(
            lambda: photo_catalogue.before_and_after(store, record_type, record_id),
            show,
        )

    def _compare(self, before: PhotoSummary, after: PhotoSummary) -> PhotoViewerDialog:
        return photo_open.compare(self.window_, self.library, before, after, self.page)

    def edit_markup(self) -> None:
        chosen = self.page.selected()
        if len(chosen) != 1:
            return
        open_markup_editor(self.window_, self.library, chosen[0], self.page)

    def _ask_attach(self) -> None:
        number, ok = QInputDialog.getText(
            self.page,
            self.tr("Attach to record"),
            self.tr("Record number (e.g. PI-0042, NCR-001, CO-003, INS-002):"),
        )
        if ok and number.strip():
            self.attach_selected(number.strip())

    def attach_selected(self, number: str) -> None:
        if self.project_id is None:
            return
        ids = [p.id for p in self.page.selected()]
        store, pid, library = self.window_.ctx.store, self.project_id, self.library

        def work() -> Changes:
            ref = record_refs.resolve(store, pid, number)
            out = Changes()
            for photo_id in ids:
                out.merge(library.attach(photo_id, *ref.key).changes)
            return out

        def done(changes: Changes) -> None:
            if changes:
                self.window_.changed.emit(changes)

        self.window_.call(work, done)

    # -- import ------------------------------------------------------------------------

    def import_files(self, paths: list[Path]) -> None:
        if self.project_id is None:
            self.window_.show_error(self.tr("Pick a project first."))
            return
        record = self.page.record_box.currentData()
        attach_to = (str(record[0]), str(record[1])) if record else None
        start_import(
            self.window_,
            self.library,
            self.project_id,
            paths,
            attach_to=attach_to,
            parent=self.page,
        )

    def _pick_files(self) -> None:
        files = pick_photos(self.page, self.tr("Import photos"))
        if files:
            self.import_files(files)

    def _pick_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self.page, self.tr("Import a folder (e.g. a camera card)")
        )
        if folder:
            self.import_files([Path(folder)])
