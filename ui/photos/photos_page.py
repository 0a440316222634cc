"""The Photos page: the project's gallery with filters, details, caption, viewer,
before/after, markup and import (buttons or drag and drop). This is the layout and what
it shows; ``PhotosController`` (``photos_controller.py``) does the work."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from executrek.app.photos.catalogue import PhotoDetails, PhotoSummary
from executrek.ui.photos.photo_grid import PhotoGrid
from executrek.ui.photos.photo_grid_model import PhotoGridModel
from executrek.ui.photos.photos_controller import PhotosController
from executrek.ui.widgets.choices import fill
from executrek.ui.widgets.dates import today_qdate
from executrek.ui.widgets.flow_layout import FlowLayout, together
from executrek.ui.widgets.page_text import page_title
from executrek.ui.widgets.screen_fit import scrolling

if TYPE_CHECKING:
    from executrek.ui.main_window import MainWindow


class PhotosPage(QWidget):
    """The gallery with its filters and, beside it, the selected photo's details and
    actions; ``controller`` (``PhotosController``) does the work."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__()

        title = page_title(self.tr("Photos"))
        self.import_files_button = QPushButton(self.tr("Import photos…"))
        self.import_folder_button = QPushButton(self.tr("Import folder…"))
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
        self.location_box = QComboBox()
        self.location_box.setMinimumWidth(160)
        self.record_box = QComboBox()
        self.record_box.setMinimumWidth(200)
        self.unlinked = QCheckBox(self.tr("Not linked yet"))
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
        self.empty = QLabel(
            self.tr("No photos here yet. Drop photos or a folder on this page, or use Import.")
        )
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.hide()

        # The details and actions scroll when the window is short.
        self.side = scrolling(self._build_side_pane())
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

        self.controller = PhotosController(window, self)

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
        self.view_button = QPushButton(self.tr("View"))
        self.compare_button = QPushButton(self.tr("Before / after"))
        self.compare_button.setToolTip(
            self.tr("Select two photos, or pick a record to compare its before and after photos")
        )
        self.markup_button = QPushButton(self.tr("Mark up…"))
        self.attach_button = QPushButton(self.tr("Attach to record…"))
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

    def use_model(self, model: PhotoGridModel) -> None:
        """Show the gallery of ``model`` (before anything is selected)."""
        self.model = model
        self.grid.setModel(model)

    # -- showing -----------------------------------------------------------------------

    def selected(self) -> list[PhotoSummary]:
        rows = sorted(i.row() for i in self.grid.selectionModel().selectedIndexes())
        return [self.model.photo(r) for r in rows if 0 <= r < self.model.rowCount()]

    def show_photos(self, rows: list[PhotoSummary]) -> None:
        """The gallery shows ``rows``; photos selected before stay selected."""
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

    def show_choices(
        self, places: list[tuple[str, str]], records: list[tuple[list[str], str]]
    ) -> None:
        """The location and record filters offer ``(value, text)`` rows."""
        fill(self.location_box, places, self.tr("Any location"))
        fill(self.record_box, records, self.tr("Any record"))

    def show_selection(self, chosen: list[PhotoSummary], *, record_chosen: bool) -> None:
        """The actions the selection allows; the details clear unless one photo is chosen
        (they come with ``show_details``)."""
        one = len(chosen) == 1
        for widget in (
            self.view_button,
            self.markup_button,
            self.save_caption_button,
            self.caption,
        ):
            widget.setEnabled(one)
        self.attach_button.setEnabled(bool(chosen))
        self.compare_button.setEnabled(len(chosen) == 2 or record_chosen)
        if one:
            return
        for label in (self.name_label, self.taken_label, self.camera_label, self.position_label):
            label.clear()
        self.links.clear()
        self.caption.clear()
        if chosen:
            self.name_label.setText(self.tr("{count} photos selected").format(count=len(chosen)))

    def show_details(self, details: PhotoDetails) -> None:
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
