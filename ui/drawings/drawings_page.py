"""The Drawings screen: the project's sheets on the left (filter by discipline and text,
import, single and bulk edit, QR location labels), the sheet viewer on the right."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from executrek.app.drawings.labels import location_labels_pdf
from executrek.app.drawings.tiles import TileCache
from executrek.models.changes import Changes
from executrek.models.records.drawing import service as drawings
from executrek.models.records.drawing.model import Discipline
from executrek.models.records.drawing.queries import SheetFilter, SheetRow
from executrek.models.services import listings, projects
from executrek.models.services.listings import ProjectChoices
from executrek.ui.drawings.compare import CompareDialog
from executrek.ui.drawings.import_run import DRAWING_TABLES, choose_files, start_import
from executrek.ui.drawings.open_item import open_item
from executrek.ui.drawings.sheet_edit import SheetEditDialog
from executrek.ui.drawings.sheet_table import discipline_label, sheet_columns
from executrek.ui.drawings.viewer import SheetViewer
from executrek.ui.labels import STATUS_COLOURS, value_label
from executrek.ui.widgets.adaptive_splitter import split
from executrek.ui.widgets.columns import IdRole
from executrek.ui.widgets.page_text import page_title
from executrek.ui.widgets.record_list import add_shortcut
from executrek.ui.widgets.rows_model import RowsModel

if TYPE_CHECKING:
    from executrek.ui.main_window import MainWindow

#: Tile size: 256 px renders ~1.2× the visible pixels after a zoom step, 512 px ~1.9×
#: (docs/drawings.md); the view asks for 2×2 blocks, one engine call each.
TILE_PX = 256
#: Tiles kept decoded in memory (256² RGB ≈ 0.2 MB each): a few screens' worth.
MEMORY_TILES = 480


class DrawingsPage(QWidget):
    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self.window_ = window
        self.project_id: str | None = None
        self.choices: ProjectChoices | None = None
        self.cache = TileCache(
            window.ctx.paths.cache / "tiles",
            memory_tiles=MEMORY_TILES,
            tile_px=TILE_PX,
            memory_bytes=MEMORY_TILES * TILE_PX * TILE_PX * 3,
        )
        # The cache keeps a few PDFs open; they are closed when the window goes away.
        window.installEventFilter(self)
        self.compare_dialog: CompareDialog | None = None
        self.edit_dialog: SheetEditDialog | None = None
        self.last_labels: Path | None = None
        self._pending: tuple[str, str, float, float] | None = None
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        head = QHBoxLayout()
        title = page_title(self.tr("Drawings"))
        self.count_label = QLabel()
        self.count_label.setObjectName("muted")
        self.import_button = QPushButton(self.tr("&Import drawings…"))
        self.import_button.setToolTip(self.tr("PDF sets or PNG/JPEG scans, one sheet per page"))
        self.edit_button = QPushButton(self.tr("&Edit sheets…"))
        self.edit_button.setToolTip(self.tr("Number, title, discipline, location, revision"))
        self.labels_button = QPushButton(self.tr("Print location &labels…"))
        self.labels_button.setToolTip(
            self.tr("A PDF of QR labels for the project's rooms and areas")
        )
        head.addWidget(title)
        head.addSpacing(12)
        head.addWidget(self.count_label, 1)
        head.addWidget(self.import_button)
        head.addWidget(self.edit_button)
        head.addWidget(self.labels_button)
        layout.addLayout(head)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        filters = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search number or title"))
        self.search.setClearButtonEnabled(True)
        self.discipline_box = QComboBox()
        self.discipline_box.addItem(self.tr("All disciplines"), None)
        for d in Discipline:
            self.discipline_box.addItem(discipline_label(d), d.value)
        filters.addWidget(self.search, 1)
        filters.addWidget(self.discipline_box)
        left_layout.addLayout(filters)
        self.model: RowsModel[SheetRow] = RowsModel(sheet_columns(), self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(34)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((70, 170, 40, 52, 100, 160)):
            self.table.setColumnWidth(column, width)
        left_layout.addWidget(self.table, 1)
        self.empty_label = QLabel(
            self.tr("No sheets yet. Import the drawing set (PDF, or PNG/JPEG scans).")
        )
        self.empty_label.setObjectName("muted")
        self.empty_label.setWordWrap(True)
        left_layout.addWidget(self.empty_label)
        self.legend = QLabel(self._legend())
        self.legend.setObjectName("muted")
        self.legend.setWordWrap(True)
        left_layout.addWidget(self.legend)

        self.viewer = SheetViewer(window, self.cache)
        left.setMinimumWidth(300)
        splitter = split(Qt.Orientation.Horizontal, (left, 1, 430), (self.viewer, 3, 1000))
        layout.addWidget(splitter, 1)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._search_timer.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.discipline_box.currentIndexChanged.connect(lambda _i: self.reload())
        self.import_button.clicked.connect(self.import_files)
        self.edit_button.clicked.connect(self.edit_sheets)
        self.labels_button.clicked.connect(self.print_labels)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._selection())
        self.table.doubleClicked.connect(lambda _i: self.edit_sheets())
        self.viewer.open_item_requested.connect(self._open_item)
        self.viewer.compare_requested.connect(self.compare)
        for text, keys, slot in (
            (self.tr("Import drawings"), "Ctrl+I", self.import_files),
            (self.tr("Search the sheets"), "Ctrl+F", self.focus_search),
        ):
            add_shortcut(self, text, keys, slot)
        window.project_changed.connect(self.set_project)
        window.changed.connect(self.on_changed)
        self._selection()
        if window.current_project_id:
            self.set_project(window.current_project_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.window_
            and event.type() == QEvent.Type.Hide
            and not self.window_.runner.busy()
        ):
            self.cache.close()  # documents reopen on the next tile asked for
        return False

    def _legend(self) -> str:
        dots = " ".join(
            f"<span style='color:{STATUS_COLOURS[s]}'>●</span>&nbsp;{value_label(s)}"
            for s in ("open", "ready_for_review", "rejected", "closed")
        )
        return self.tr("Pins: {statuses} · ● punch item · ◆ issue").format(statuses=dots)

    # --- project & list ------------------------------------------------------------------
    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def set_project(self, project_id: str) -> None:
        self.project_id = project_id
        self.viewer.show_sheet(None)
        self.model.set_rows([])
        self._reload_choices()
        self.reload()

    def _reload_choices(self) -> None:
        project_id = self.project_id
        if project_id is None:
            return
        store = self.window_.ctx.store
        self.window_.call(
            lambda: listings.choices(store, project_id),
            lambda c: self._choices_loaded(project_id, c),
        )

    def _choices_loaded(self, project_id: str, choices: ProjectChoices) -> None:
        if project_id == self.project_id:
            self.choices = choices
            self.viewer.set_choices(choices)

    def sheet_filter(self) -> SheetFilter:
        value = self.discipline_box.currentData()
        return SheetFilter(
            disciplines=frozenset({Discipline(value)}) if value else frozenset(),
            text=self.search.text(),
        )

    def reload(self) -> None:
        project_id = self.project_id
        if project_id is None:
            return
        store, flt = self.window_.ctx.store, self.sheet_filter()
        self.window_.call(
            lambda: drawings.list_sheets(store, project_id, flt),
            lambda rows: self._loaded(project_id, rows),
        )

    def _loaded(self, project_id: str, rows: list[SheetRow]) -> None:
        if project_id != self.project_id:
            return
        selected = set(self.selected_ids())
        current = self.viewer.sheet.id if self.viewer.sheet else None
        self.model.set_rows(rows)
        self.count_label.setText(self.tr("{count} sheet(s)").format(count=len(rows)))
        filtered = bool(self.search.text().strip() or self.discipline_box.currentData())
        self.empty_label.setVisible(not rows and not filtered)
        selection = self.table.selectionModel()
        for sheet_id in selected:
            row = self.model.find(sheet_id)
            if row >= 0:
                selection.select(
                    self.model.index(row, 0),
                    QItemSelectionModel.SelectionFlag.Select
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
        if self._show_pending():
            self._selection()
            return
        row = self.model.find(current) if current else -1
        if row < 0 and rows:
            row = 0
        if row >= 0:
            selection.setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
            )
            self._show(self.model.row_at(row))
        else:
            self.viewer.show_sheet(None)
        self._selection()

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self._show(self.model.row_at(current.row()))

    def _show(self, row: SheetRow) -> None:
        shown = self.viewer.sheet
        if shown is not None and shown.id == row.id and shown.revision_id == row.revision_id:
            if (shown.sheet_number, shown.title, shown.revision) == (
                row.sheet_number,
                row.title,
                row.revision,
            ):
                self.viewer.sheet = row  # only counts changed: keep the view as it is
                return
            rev = self.viewer.revision
            self.viewer.show_sheet(row, rev.id if rev else None)
            return
        self.viewer.show_sheet(row)

    def selected_ids(self) -> list[str]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [str(self.model.index(r, 0).data(IdRole)) for r in rows]

    def selected_rows(self) -> list[SheetRow]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.row_at(r) for r in rows]

    def _selection(self) -> None:
        n = len(self.table.selectionModel().selectedRows())
        self.edit_button.setEnabled(n > 0)
        self.edit_button.setText(
            self.tr("&Edit {count} sheets…").format(count=n) if n > 1 else self.tr("&Edit sheet…")
        )

    def on_changed(self, changes: Changes) -> None:
        if self.project_id is None:
            return
        if changes.touches("locations", "organisations", "projects"):
            self._reload_choices()
        if changes.touches(*DRAWING_TABLES, "locations"):
            self.reload()

    # --- actions ---------------------------------------------------------------------------
    def import_files(self) -> None:
        if self.project_id is None:
            return
        paths = choose_files(self)
        if paths:
            start_import(self.window_, self.project_id, paths, parent=self)

    def edit_sheets(self) -> None:
        rows = self.selected_rows()
        if not rows:
            return
        dialog = SheetEditDialog(self.window_, rows, self.choices, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.edit_dialog = dialog

    def compare(self) -> None:
        sheet, revisions = self.viewer.sheet, self.viewer.revisions
        if sheet is None or len(revisions) < 2:
            return
        dialog = CompareDialog(self.window_, self.cache, sheet, revisions, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _r: setattr(self, "compare_dialog", None))
        self.compare_dialog = dialog
        dialog.open()

    def _open_item(self, target_type: str, target_id: str) -> None:
        open_item(self.window_, target_type, target_id)

    def show_pin(self, sheet_id: str, revision_id: str, x: float, y: float) -> None:
        """Show a sheet's revision centred on the normalised point (x, y)."""
        self._pending = (sheet_id, revision_id, x, y)
        if self.model.find(sheet_id) >= 0:
            self._show_pending()
        else:
            self.search.blockSignals(True)
            self.search.clear()
            self.search.blockSignals(False)
            self.discipline_box.blockSignals(True)
            self.discipline_box.setCurrentIndex(0)
            self.discipline_box.blockSignals(False)
            self.reload()

    def _show_pending(self) -> bool:
        if self._pending is None:
            return False
        sheet_id, revision_id, x, y = self._pending
        row = self.model.find(sheet_id)
        if row < 0:
            return False
        self._pending = None
        selection = self.table.selectionModel()
        selection.blockSignals(True)
        self.table.selectRow(row)
        selection.blockSignals(False)
        self.table.viewport().update()
        self._selection()
        self.viewer.show_sheet(self.model.row_at(row), revision_id, (x, y))
        return True

    # --- location labels ----------------------------------------------------------------------
    def labels_path(self) -> Path | None:
        """Where to write the labels (tests replace this)."""
        default = self.window_.ctx.paths.exports / "location-labels.pdf"
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Print location labels"), str(default), self.tr("PDF (*.pdf)")
        )
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == ".pdf" else path.with_suffix(".pdf")

    def ask_open(self, path: Path, count: int) -> bool:
        """Offer to open the labels PDF (tests replace this with an answer)."""
        answer = QMessageBox.question(
            self,
            self.tr("Location labels"),
            self.tr("{count} label(s) written to {path}. Open the PDF now?").format(
                count=count, path=path
            ),
        )
        return answer == QMessageBox.StandardButton.Yes

    def print_labels(self) -> None:
        project_id = self.project_id
        if project_id is None:
            return
        path = self.labels_path()
        if path is None:
            return
        store = self.window_.ctx.store

        def work() -> int:
            project = projects.find_project(store, project_id)
            labels = drawings.location_labels(store, project_id)
            if not labels:
                return 0
            path.parent.mkdir(parents=True, exist_ok=True)
            location_labels_pdf(labels, path, title=f"{project.code} — {project.name}")
            return len(labels)

        def done(count: Any) -> None:
            if not count:
                self.window_.show_error(
                    self.tr(
                        "This project has no locations yet; add its buildings, floors and "
                        "rooms in the Directory first."
                    )
                )
                return
            self.last_labels = path
            if self.ask_open(path, int(count)):
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

        self.window_.call(work, done)
