"""``PhotoStrip``: one record's photos in a row, for record detail panes.

Embed it in a pane and tell it which record to show::

    strip = PhotoStrip(window)                 # the MainWindow (ctx, runner, changed…)
    strip.set_record(project_id, "punch_item", item_id)
    strip.photo_activated.connect(open_photo)  # photo id, on double-click / Enter
    strip.clear_record()                       # nothing selected

Files or folders dropped on it (or picked with "Add photos…") are imported onto the
project and attached to the record; the strip refreshes itself from the main window's
``changed`` signal, and so does every other gallery.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QSize, Signal
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget
from shiboken6 import Shiboken

from executrek.app.photos import catalogue as photo_catalogue
from executrek.app.photos.catalogue import PhotoFilter, PhotoSummary
from executrek.app.photos.library import LibraryImport
from executrek.models.changes import Changes
from executrek.ui.photos.photo_grid import PhotoGrid
from executrek.ui.photos.photo_grid_model import PhotoGridModel, PhotoIdRole
from executrek.ui.photos.photo_import import (
    PHOTO_TABLES,
    library_for,
    start_import,
    thumbnail_source,
)
from executrek.ui.photos.thumbnail_loader import ThumbnailLoader

if TYPE_CHECKING:
    from executrek.ui.main_window import MainWindow

PHOTO_FILES = "*.jpg *.jpeg *.png *.heic *.heif *.tif *.tiff *.webp *.gif *.bmp *.avif"


class PhotoStrip(QWidget):
    photo_activated = Signal(str)  # photo id
    imported = Signal(object)  # LibraryImport
    photos_shown = Signal(int)  # how many photos the record has, after each refresh

    def __init__(self, window: MainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.window_ = window
        self.library = library_for(window)
        self.project_id: str | None = None
        self.record: tuple[str, str] | None = None
        self.loader = ThumbnailLoader(window.runner, parent=self)
        self.model = PhotoGridModel(
            self.loader, thumbnail_source(self.library), icon_size=QSize(96, 72), parent=self
        )
        self.grid = PhotoGrid(icon_size=QSize(96, 72), strip=True)
        self.grid.setModel(self.model)
        self.grid.setEnabled(False)
        self.grid.files_dropped.connect(self.import_files)
        self.grid.activated.connect(self._activated)
        self.grid.doubleClicked.connect(self._activated)
        self.add_button = QPushButton(self.tr("Add photos…"))
        self.add_button.setEnabled(False)
        self.add_button.clicked.connect(self._pick_files)
        self.hint = QLabel(self.tr("Drop photos here to attach them"))
        self.hint.setObjectName("hint")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Photos")))
        top.addStretch(1)
        top.addWidget(self.hint)
        top.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.grid)
        window.changed.connect(self._on_changed)

    def set_record(self, project_id: str, record_type: str, record_id: str) -> None:
        self.project_id = project_id
        self.record = (record_type, record_id)
        self.grid.setEnabled(True)
        self.add_button.setEnabled(True)
        self.refresh()

    def clear_record(self) -> None:
        self.project_id = None
        self.record = None
        self.grid.setEnabled(False)
        self.add_button.setEnabled(False)
        self.model.set_photos([])

    def refresh(self) -> None:
        if self.project_id is None or self.record is None:
            return
        store, pid, flt = self.window_.ctx.store, self.project_id, PhotoFilter(record=self.record)
        wanted = (pid, self.record)

        def show(rows: list[PhotoSummary]) -> None:
            if Shiboken.isValid(self) and (self.project_id, self.record) == wanted:
                self.model.set_photos(rows)
                self.photos_shown.emit(len(rows))

        self.window_.runner.submit(
            lambda _h: photo_catalogue.list_photos(store, pid, flt),
            on_done=show,
            on_error=self.window_.show_error,
        )

    def import_files(self, paths: list[Path]) -> None:
        """Import ``paths`` onto the project and attach them to the record shown."""
        if self.project_id is None or self.record is None or not paths:
            return
        start_import(
            self.window_,
            self.library,
            self.project_id,
            paths,
            attach_to=self.record,
            parent=self,
            on_done=self._imported,
        )

    def _imported(self, report: LibraryImport) -> None:
        if Shiboken.isValid(self):
            self.imported.emit(report)

    def _pick_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Add photos"),
            "",
            self.tr("Photos ({patterns});;All files (*)").format(patterns=PHOTO_FILES),
        )
        if files:
            self.import_files([Path(f) for f in files])

    def _activated(self, index: QModelIndex) -> None:
        photo_id = index.data(PhotoIdRole)
        if photo_id:
            self.photo_activated.emit(str(photo_id))

    def _on_changed(self, changes: Changes) -> None:
        if self.project_id is not None and changes.touches(*PHOTO_TABLES):
            self.refresh()
