"""``PhotoStrip``: one record's photos in a row, for record detail panes.

Embed it in a pane and tell it which record to show::

    strip = PhotoStrip(window)                 # the MainWindow (ctx, runner, changed…)
    strip.set_record(project_id, "punch_item", item_id)
    strip.photo_activated.connect(open_photo)  # photo id, on double-click / Enter
    strip.clear_record()                       # nothing selected

Files or folders dropped on it, pasted into it (Ctrl+V: copied files or an image) or
picked with "Add photos…" are imported onto the project and attached to the record; what
happened shows on the strip's status line (no box to dismiss), with "Undo" beside it: the
add is one step on the window's undo stack (Ctrl+Z takes every photo of it off again,
redo puts them back; ``undo_commands.PhotosAdded``). The strip refreshes itself
from the main window's ``changed`` signal, and so does every other gallery.

Double-click or Enter opens the photo in the viewer ("Open"), "Mark up…" draws on it and
"Before/after" shows the record's first and latest photos side by side. A page that
connects ``photo_activated`` decides itself what activation does (the diary marks up).
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QMetaMethod, QModelIndex, QObject, QSize, Signal
from PySide6.QtGui import QGuiApplication, QImage, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget
from shiboken6 import Shiboken

from executrek.app.photos import catalogue as photo_catalogue
from executrek.app.photos.catalogue import PhotoFilter, PhotoSummary
from executrek.app.photos.library import LibraryImport
from executrek.models.changes import Changes
from executrek.ui.photos import photo_open
from executrek.ui.photos.markup_editor import open_markup_editor
from executrek.ui.photos.photo_grid import PhotoGrid, local_files
from executrek.ui.photos.photo_grid_model import PhotoGridModel, PhotoIdRole
from executrek.ui.photos.photo_import import (
    PHOTO_TABLES,
    describe,
    library_for,
    pick_photos,
    start_import,
    thumbnail_source,
)
from executrek.ui.photos.thumbnail_loader import ThumbnailLoader
from executrek.ui.undo_commands import PhotosAdded
from executrek.ui.widgets.action_row import ActionRow

if TYPE_CHECKING:
    from executrek.ui.main_window import MainWindow


class PhotoStrip(QWidget):
    photo_activated = Signal(str)  # photo id
    imported = Signal(object)  # LibraryImport
    photos_shown = Signal(int)  # how many photos the record has, after each refresh

    def __init__(
        self, window: MainWindow, parent: QWidget | None = None, *, adds: bool = True
    ) -> None:
        """``adds=False``: a strip to look at, where the owner adds photos its own way
        (the checklist runner counts the photos it attaches)."""
        super().__init__(parent)
        self.window_ = window
        self.adds = adds
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
        if adds:
            self.grid.installEventFilter(self)  # Ctrl+V pastes photos
        else:
            self.grid.setAcceptDrops(False)
            self.grid.viewport().setAcceptDrops(False)
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.setToolTip(self.tr("Open the selected photo (double-click or Enter)"))
        self.open_button.clicked.connect(self.open_selected)
        self.markup_button = QPushButton(self.tr("Mark up…"))
        self.markup_button.clicked.connect(self.mark_up_selected)
        self.compare_button = QPushButton(self.tr("Before/after"))
        self.compare_button.setToolTip(self.tr("The first and the latest photo side by side"))
        self.compare_button.clicked.connect(self.compare)
        self.add_button = QPushButton(self.tr("Add photos…"))
        self.add_button.setToolTip(self.tr("Or drop photo files here, or paste them (Ctrl+V)"))
        self.add_button.clicked.connect(self._pick_files)
        self.status = QLabel()  # what the last add did; hidden until then
        self.status.setObjectName("hint")
        self.status.setWordWrap(True)
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setToolTip(self.tr("Take the photos just added off again (Ctrl+Z)"))
        self.undo_button.clicked.connect(self.undo_add)
        self.undo_button.hide()
        self.added: PhotosAdded | None = None  # the last add, while it can be undone here
        self._said_added = ""  # what the status line said of it
        # Open and Add stay in view; Mark up and Before/after go into "More" when narrow.
        actions = ActionRow(align_right=True)
        actions.add(self.open_button, primary=True)
        actions.add(self.markup_button)
        actions.add(self.compare_button)
        if adds:
            actions.add(self.add_button, primary=True)
        else:
            self.add_button.setParent(self)  # kept for its owner's code, never shown
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Photos")))
        top.addWidget(actions, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.grid)
        status_row = QHBoxLayout()
        status_row.addWidget(self.status, 1)
        status_row.addWidget(self.undo_button)
        layout.addLayout(status_row)
        self.add_button.setVisible(adds)
        self.status.hide()
        self.grid.setToolTip(self.tr("Drop or paste photos here to attach them"))
        self.grid.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()
        window.changed.connect(self._on_changed)
        window.undo_stack.indexChanged.connect(self._stack_moved)

    def set_record(self, project_id: str, record_type: str, record_id: str) -> None:
        if self.record != (record_type, record_id):  # another record's add is not said here
            self.status.hide()
            self.added = None
            self._update_undo()
        self.project_id = project_id
        self.record = (record_type, record_id)
        self.grid.setEnabled(True)
        self._update_buttons()
        self.refresh()

    def clear_record(self) -> None:
        self.status.hide()
        self.added = None
        self._update_undo()
        self.project_id = None
        self.record = None
        self.grid.setEnabled(False)
        self.model.set_photos([])
        self._update_buttons()

    def refresh(self) -> None:
        if self.project_id is None or self.record is None:
            return
        store, pid, flt = self.window_.ctx.store, self.project_id, PhotoFilter(record=self.record)
        wanted = (pid, self.record)

        def show(rows: list[PhotoSummary]) -> None:
            if Shiboken.isValid(self) and (self.project_id, self.record) == wanted:
                self.model.set_photos(rows)
                self._update_buttons()
                self.photos_shown.emit(len(rows))

        self.window_.call(
            lambda: photo_catalogue.list_photos(store, pid, flt),
            show,
        )

    def import_files(self, paths: list[Path], *, scratch: Path | None = None) -> None:
        """Import ``paths`` onto the project and attach them to the record shown
        (``scratch``: a folder made for this import, removed when it ends)."""
        if self.project_id is None or self.record is None or not paths:
            if scratch is not None:
                shutil.rmtree(scratch, ignore_errors=True)
            return
        start_import(
            self.window_,
            self.library,
            self.project_id,
            paths,
            attach_to=self.record,
            parent=self,
            on_done=self._imported,
            show_summary=False,
            scratch=scratch,
        )

    def _imported(self, report: LibraryImport) -> None:
        if Shiboken.isValid(self):
            problems = [describe(line) for line in (*report.duplicates, *report.refused)]
            self.say(" · ".join([report.summary(), *problems]))
            self._push_undo(report)
            self.imported.emit(report)

    def _push_undo(self, report: LibraryImport) -> None:
        """The add as one undo step: the links it made (new or put back) and the photos
        it brought into the library."""
        made = report.changes.created.get("photo_links", set())
        links = made | report.changes.updated.get("photo_links", set())
        if not links:
            return
        photos = {line.photo_id for line in report.imported if line.photo_id}
        command = PhotosAdded(
            self.window_, self.tr("Add {count} photo(s)").format(count=len(links)), links, photos
        )
        self.window_.undo_stack.push(command)
        self.added = command
        self._said_added = self.status.text()
        self._update_undo()

    def undo_add(self) -> None:
        """Undo the last add, if it is still the latest step on the undo stack."""
        if self._add_on_top():
            self.window_.undo_stack.undo()

    def _add_on_top(self) -> bool:
        stack = self.window_.undo_stack
        index = stack.index()
        return self.added is not None and index > 0 and stack.command(index - 1) is self.added

    def _stack_moved(self, _index: int) -> None:
        self._update_undo()

    def _update_undo(self) -> None:
        """Offer "Undo" while the last add is the latest step; the status line says
        whether it stands or was undone (by the button, Ctrl+Z or the Edit menu)."""
        if not (Shiboken.isValid(self) and Shiboken.isValid(self.window_.undo_stack)):
            return  # the window is closing
        at = self._added_at() if self.status.isVisible() else -1
        if at >= 0:  # still on the stack: done or undone
            undone = self.window_.undo_stack.index() <= at
            self.status.setText(
                self.tr("The photos just added were taken off again.")
                if undone
                else self._said_added
            )
        self.undo_button.setVisible(self.status.isVisible() and self._add_on_top())

    def _added_at(self) -> int:
        """The place of the last add on the undo stack (-1: gone from it)."""
        stack = self.window_.undo_stack
        return next((i for i in range(stack.count()) if stack.command(i) is self.added), -1)

    def paste(self) -> None:
        """Attach what the clipboard holds: copied photo files, else a copied image."""
        mime = QGuiApplication.clipboard().mimeData()
        if mime is None or self.record is None:
            return
        files = local_files(mime)
        scratch: Path | None = None
        if not files and mime.hasImage():
            image = QImage(mime.imageData())
            if not image.isNull():
                # In the app's cache folder, removed when the import ends (not left in /tmp).
                cache = self.window_.ctx.paths.cache
                cache.mkdir(parents=True, exist_ok=True)
                scratch = Path(tempfile.mkdtemp(prefix="paste-", dir=cache))
                files = [scratch / "pasted.png"]
                image.save(str(files[0]))  # PNG, from the suffix
        if files:
            self.import_files(files, scratch=scratch)
        else:
            self.say(self.tr("The clipboard holds no photo."))

    def say(self, text: str) -> None:
        """Show ``text`` on the strip's status line (instead of a box to dismiss)."""
        self.status.setText(text)
        self.status.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.grid
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.matches(QKeySequence.StandardKey.Paste)
        ):
            self.paste()
            return True
        return super().eventFilter(watched, event)

    def selected(self) -> PhotoSummary | None:
        """The photo selected, else the only one."""
        index = self.grid.currentIndex()
        if not index.isValid() and self.model.rowCount() == 1:
            index = self.model.index(0)
        return self.model.photo(index.row()) if index.isValid() else None

    def open_selected(self) -> None:
        photo = self.selected()
        if photo is not None:
            photo_open.open_images(
                self.window_, self.library, [photo], [photo_open.photo_title(photo)], self
            )

    def mark_up_selected(self) -> None:
        photo = self.selected()
        if photo is not None:
            open_markup_editor(self.window_, self.library, photo, self)

    def compare(self) -> None:
        photos = self.model.photos()
        if len(photos) >= 2:
            earliest = min(photos, key=lambda p: p.taken)
            latest = max(photos, key=lambda p: p.taken)
            photo_open.compare(self.window_, self.library, earliest, latest, self)

    def _update_buttons(self) -> None:
        on = self.record is not None
        count = self.model.rowCount() if on else 0
        self.add_button.setEnabled(on)
        self.open_button.setEnabled(count > 0)
        self.markup_button.setEnabled(count > 0)
        self.compare_button.setEnabled(count >= 2)

    def _pick_files(self) -> None:
        files = pick_photos(self, self.tr("Add photos"))
        if files:
            self.import_files(files)

    def _activated(self, index: QModelIndex) -> None:
        photo_id = index.data(PhotoIdRole)
        if not photo_id:
            return
        if self.isSignalConnected(QMetaMethod.fromSignal(self.photo_activated)):
            self.photo_activated.emit(str(photo_id))
        else:
            self.grid.setCurrentIndex(index)
            self.open_selected()

    def _on_changed(self, changes: Changes) -> None:
        if self.project_id is not None and changes.touches(*PHOTO_TABLES):
            self.refresh()
