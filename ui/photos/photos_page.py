"""The Photos page: the project's gallery with filters, details, caption, viewer,
before/after, markup and import (buttons or drag and drop)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import Shiboken

from executrek.app import record_refs
from executrek.app.photos import catalogue as photo_catalogue
from executrek.app.photos.catalogue import PhotoDetails, PhotoFilter, PhotoSummary
from executrek.app.photos.markup import Markup
from executrek.app.record_refs import RecordRef
from executrek.models.changes import Changes
from executrek.ui.photos.markup_editor import MarkupEditor
from executrek.ui.photos.photo_grid import PhotoGrid
from executrek.ui.photos.photo_grid_model import PhotoGridModel
from executrek.ui.photos.photo_import import (
    PHOTO_TABLES,
    library_for,
    start_import,
    thumbnail_source,
)
from executrek.ui.photos.photo_strip import PHOTO_FILES
from executrek.ui.photos.photo_viewer import PhotoViewerDialog
from executrek.ui.photos.thumbnail_loader import ThumbnailLoader
from executrek.ui.widgets.dates import today_qdate
from executrek.ui.widgets.flow_layout import FlowLayout, together

if TYPE_CHECKING:
    from executrek.ui.main_window import MainWindow


class PhotosPage(QWidget):
    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self.window_ = window
        self.library = library_for(window)
        self.project_id: str | None = None
        self.loader = ThumbnailLoader(window.runner, parent=self)
        self.model = PhotoGridModel(self.loader, thumbnail_source(self.library), parent=self)
        self._details: PhotoDetails | None = None
        self._refresh_serial = 0

        title = QLabel(self.tr("Photos"))
        title.setObjectName("pageTitle")
        self.import_files_button = QPushButton(self.tr("Import photos…"))
        self.import_files_button.clicked.connect(self._pick_files)
        self.import_folder_button = QPushButton(self.tr("Import folder…"))
        self.import_folder_button.clicked.connect(self._pick_folder)
        header = QHBoxLayout()
        header.addWidget(title)
        header.addSpacing(12)
        header.addWidget(self.import_files_button)
        header.addWidget(self.import_folder_button)

        self.dates = QCheckBox(self.tr("Taken from"))
        self.date_from = QDateEdit(today_qdate(days=-7))
        self.date_to = QDateEdit(today_qdate())
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setEnabled(False)
            edit.dateChanged.connect(lambda _d: self.refresh())
        self.dates.toggled.connect(self._dates_toggled)
        self.location_box = QComboBox()
        self.location_box.setMinimumWidth(160)
        self.record_box = QComboBox()
        self.record_box.setMinimumWidth(200)
        self.unlinked = QCheckBox(self.tr("Not linked yet"))
        for box in (self.location_box, self.record_box):
            box.currentIndexChanged.connect(lambda _i: self.refresh())
        self.unlinked.toggled.connect(lambda _c: self.refresh())
        self.count_label = QLabel()
        # Label and box stay together; the groups wrap onto a second line on a laptop.
        filters = FlowLayout()
        filters.add_widget(
            together(self.dates, self.date_from, QLabel(self.tr("to")), self.date_to)
        )
        filters.add_widget(together(QLabel(self.tr("Location")), self.location_box))
        filters.add_widget(together(QLabel(self.tr("Record")), self.record_box))
        filters.add_widget(self.unlinked)
        self.count_label.setObjectName("muted")
        header.insertWidget(header.indexOf(title) + 2, self.count_label, 1)

        self.grid = PhotoGrid()
        self.grid.setModel(self.model)
        self.grid.files_dropped.connect(self.import_files)
        self.grid.doubleClicked.connect(lambda _i: self.view_selected())
        self.grid.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.empty = QLabel(
            self.tr("No photos here yet. Drop photos or a folder on this page, or use Import.")
        )
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.hide()

        # The details and actions scroll when the window is short.
        self.side = QScrollArea()
        self.side.setWidgetResizable(True)
        self.side.setFrameShape(QFrame.Shape.NoFrame)
        self.side.setWidget(self._build_side_pane())
        self.side.setMinimumWidth(300)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        middle = QWidget()
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        middle_layout.addWidget(self.grid, 1)
        middle_layout.addWidget(self.empty)
        splitter.addWidget(middle)
        splitter.addWidget(self.side)
        splitter.setStretchFactor(0, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        self.setAcceptDrops(False)

        window.project_changed.connect(self.set_project)
        window.changed.connect(self._on_changed)
        self._selection_changed()
        if window.current_project_id:
            self.set_project(window.current_project_id)

    def _build_side_pane(self) -> QWidget:
        pane = QWidget()
        pane.setMinimumWidth(280)
        form = QFormLayout()
        self.name_label = QLabel()
        self.name_label.setWordWrap(True)
        self.taken_label = QLabel()
        self.camera_label = QLabel()
        self.position_label = QLabel()
        self.position_label.setWordWrap(True)
        form.addRow(self.tr("File"), self.name_label)
        form.addRow(self.tr("Taken"), self.taken_label)
        form.addRow(self.tr("Camera"), self.camera_label)
        form.addRow(self.tr("Position"), self.position_label)
        self.links = QListWidget()
        self.links.setMaximumHeight(110)
        self.caption = QPlainTextEdit()
        self.caption.setPlaceholderText(self.tr("Caption shown under the photo in reports"))
        self.caption.setMaximumHeight(90)
        self.save_caption_button = QPushButton(self.tr("Save caption"))
        self.save_caption_button.clicked.connect(self.save_caption)
        self.view_button = QPushButton(self.tr("View"))
        self.view_button.clicked.connect(self.view_selected)
        self.compare_button = QPushButton(self.tr("Before / after"))
        self.compare_button.setToolTip(
            self.tr("Select two photos, or pick a record to compare its before and after photos")
        )
        self.compare_button.clicked.connect(self.compare)
        self.markup_button = QPushButton(self.tr("Mark up…"))
        self.markup_button.clicked.connect(self.edit_markup)
        self.attach_button = QPushButton(self.tr("Attach to record…"))
        self.attach_button.clicked.connect(self._ask_attach)
        layout = QVBoxLayout(pane)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Linked to")))
        layout.addWidget(self.links)
        layout.addWidget(QLabel(self.tr("Caption")))
        layout.addWidget(self.caption)
        layout.addWidget(self.save_caption_button)
        for button in (
            self.view_button,
            self.compare_button,
            self.markup_button,
            self.attach_button,
        ):
            layout.addWidget(button)
        layout.addStretch(1)
        return pane

    # -- loading -----------------------------------------------------------------------

    def set_project(self, project_id: str) -> None:
        self.project_id = project_id
        self._load_choices()
        self.refresh()

    def current_filter(self) -> PhotoFilter:
        date_from = date_to = None
        if self.dates.isChecked():
            date_from = self.date_from.date().toPython()
            date_to = self.date_to.date().toPython()
        record = self.record_box.currentData()
        location = self.location_box.currentData()
        return PhotoFilter(
            date_from=date_from if isinstance(date_from, dt.date) else None,
            date_to=date_to if isinstance(date_to, dt.date) else None,
            location_id=str(location) if location else None,
            record=(str(record[0]), str(record[1])) if record else None,
            unlinked_only=self.unlinked.isChecked(),
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
                self.show_photos(rows)

        self.window_.runner.submit(
            lambda _h: photo_catalogue.list_photos(store, pid, flt),
            on_done=show,
            on_error=self.window_.show_error,
        )

    def show_photos(self, rows: list[PhotoSummary]) -> None:
        selected = {s.id for s in self.selected()}
        self.model.set_photos(rows)
        for photo_id in selected:
            row = self.model.row_of(photo_id)
            if row is not None:
                self.grid.selectionModel().select(
                    self.model.index(row), self.grid.selectionModel().SelectionFlag.Select
                )
        self.count_label.setText(self.tr("{count} photo(s)").format(count=len(rows)))
        self.empty.setVisible(not rows)
        self._selection_changed()

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
        for box, items, anything in (
            (self.location_box, [(label, rid) for rid, label in places], self.tr("Any location")),
            (self.record_box, [(r.label, list(r.key)) for r in records], self.tr("Any record")),
        ):
            current = box.currentData()
            box.blockSignals(True)
            box.clear()
            box.addItem(anything, None)
            for label, data in items:
                box.addItem(label, data)
            index = box.findData(current) if current else 0
            box.setCurrentIndex(max(0, index))
            box.blockSignals(False)

    def _dates_toggled(self, on: bool) -> None:
        self.date_from.setEnabled(on)
        self.date_to.setEnabled(on)
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

    def selected(self) -> list[PhotoSummary]:
        rows = sorted(i.row() for i in self.grid.selectionModel().selectedIndexes())
        return [self.model.photo(r) for r in rows if 0 <= r < self.model.rowCount()]

    def _selection_changed(self) -> None:
        chosen = self.selected()
        one = len(chosen) == 1
        for button in (
            self.view_button,
            self.markup_button,
            self.save_caption_button,
            self.caption,
        ):
            button.setEnabled(one)
        self.attach_button.setEnabled(bool(chosen))
        self.compare_button.setEnabled(
            len(chosen) == 2 or self.record_box.currentData() is not None
        )
        if one:
            self._load_details(chosen[0].id)
        else:
            self._details = None
            for label in (
                self.name_label,
                self.taken_label,
                self.camera_label,
                self.position_label,
            ):
                label.clear()
            self.links.clear()
            self.caption.clear()
            if chosen:
                self.name_label.setText(
                    self.tr("{count} photos selected").format(count=len(chosen))
                )

    def _load_details(self, photo_id: str) -> None:
        store = self.window_.ctx.store
        self.window_.runner.submit(
            lambda _h: photo_catalogue.photo_details(store, photo_id),
            on_done=self._show_details,
            on_error=self.window_.show_error,
        )

    def _show_details(self, details: PhotoDetails) -> None:
        chosen = self.selected()
        if len(chosen) != 1 or chosen[0].id != details.summary.id:
            return
        self._details = details
        summary = details.summary
        self.name_label.setText(summary.filename)
        when = summary.taken.astimezone().strftime("%Y-%m-%d %H:%M")
        self.taken_label.setText(
            when
            if summary.has_capture_time
            else self.tr("not stated (imported {when})").format(when=when)
        )
        self.camera_label.setText(details.camera or "—")
        if details.gps is not None:
            lat, lon, _alt = details.gps
            self.position_label.setText(
                self.tr(
                    "{lat:.5f}, {lon:.5f} (kept in the app; reports leave it out unless asked)"
                ).format(lat=lat, lon=lon)
            )
        else:
            self.position_label.setText("—")
        self.links.clear()
        for ref, role in details.links:
            self.links.addItem(ref.label if role == "evidence" else f"{ref.label} ({role})")
        if not details.links:
            self.links.addItem(self.tr("Not linked yet"))
        self.caption.setPlainText(summary.caption or "")

    # -- actions -----------------------------------------------------------------------

    def save_caption(self) -> None:
        chosen = self.selected()
        if len(chosen) != 1:
            return
        photo_id, text = chosen[0].id, self.caption.toPlainText()
        library = self.library
        self.window_.call(lambda: library.set_caption(photo_id, text))

    def _open_images(self, photos: list[PhotoSummary], titles: list[str]) -> PhotoViewerDialog:
        viewer = PhotoViewerDialog(titles, self)
        viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        library = self.library
        for position, photo in enumerate(photos):
            markup = None if photo.markup.is_empty else photo.markup

            def done(image: QImage, position: int = position) -> None:
                if Shiboken.isValid(viewer):  # the user may have closed it meanwhile
                    viewer.set_image(position, image)

            def load(_h: object, p: PhotoSummary = photo, m: Markup | None = markup) -> QImage:
                return QImage(str(library.report_copy(p.sha256, m)))

            self.window_.runner.submit(
                load,
                on_done=done,
                on_error=self.window_.show_error,
                pool="cpu",
            )
        viewer.show()
        return viewer

    def view_selected(self) -> PhotoViewerDialog | None:
        chosen = self.selected()
        if len(chosen) != 1:
            return None
        return self._open_images(chosen, [chosen[0].caption or chosen[0].filename])

    def compare(self) -> None:
        chosen = self.selected()
        if len(chosen) == 2:
            self._compare(chosen[0], chosen[1])
            return
        record = self.record_box.currentData()
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

        self.window_.runner.submit(
            lambda _h: photo_catalogue.before_and_after(store, record_type, record_id),
            on_done=show,
            on_error=self.window_.show_error,
        )

    def _compare(self, before: PhotoSummary, after: PhotoSummary) -> PhotoViewerDialog:
        if after.taken < before.taken:
            before, after = after, before

        def title(word: str, p: PhotoSummary) -> str:
            return f"{word}: {p.caption or p.filename} — {p.taken.astimezone():%Y-%m-%d %H:%M}"

        return self._open_images(
            [before, after], [title(self.tr("Before"), before), title(self.tr("After"), after)]
        )

    def edit_markup(self) -> None:
        chosen = self.selected()
        if len(chosen) != 1:
            return
        photo = chosen[0]
        library = self.library

        def save(markup: Markup) -> None:
            self.window_.call(lambda: library.set_markup(photo.id, markup))

        def open_editor(image: QImage) -> None:
            editor = MarkupEditor(image, photo.markup, save, self)
            editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            editor.open()

        self.window_.runner.submit(
            lambda _h: QImage(str(library.report_copy(photo.sha256))),
            on_done=open_editor,
            on_error=self.window_.show_error,
            pool="cpu",
        )

    def _ask_attach(self) -> None:
        number, ok = QInputDialog.getText(
            self,
            self.tr("Attach to record"),
            self.tr("Record number (e.g. PI-0042, NCR-001, CO-003, INS-002):"),
        )
        if ok and number.strip():
            self.attach_selected(number.strip())

    def attach_selected(self, number: str) -> None:
        if self.project_id is None:
            return
        ids = [p.id for p in self.selected()]
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
        record = self.record_box.currentData()
        attach_to = (str(record[0]), str(record[1])) if record else None
        start_import(
            self.window_, self.library, self.project_id, paths, attach_to=attach_to, parent=self
        )

    def _pick_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Import photos"),
            "",
            self.tr("Photos ({patterns});;All files (*)").format(patterns=PHOTO_FILES),
        )
        if files:
            self.import_files([Path(f) for f in files])

    def _pick_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Import a folder (e.g. a camera card)")
        )
        if folder:
            self.import_files([Path(folder)])
