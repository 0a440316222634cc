"""Import / export: bring a contractor's punch list (CSV/XLSX: Procore, Fieldwire, ours…),
a BIM tool's BCF issues or a COBie workbook into the current project, and write punch
lists and issues back out in the formats those tools read.

The file is read and checked off the GUI thread; the preview shows every row with why it
would be refused. For punch lists each of our fields has a column chooser; the mapping
is remembered for the next file with the same columns. The import runs in one unit of
work on the database thread with progress and Cancel (a cancelled import leaves nothing
behind), then a summary lists what was created, updated and refused.

This is the layout and what it shows; ``ExchangeController`` (``exchange_controller.py``)
does the work.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from executrek.app.interop.dates import DateOrder
from executrek.app.interop.exchange_preview import PreviewGrid
from executrek.app.interop.exchange_result import ExchangeResult
from executrek.app.interop.punch_fields import PunchField, PunchPriority, field_label
from executrek.app.interop.punch_fields import PunchStatus as FileStatus
from executrek.app.interop.punch_table import ColumnMapping, UnknownValues
from executrek.app.interop.punch_vocab import normalize_value
from executrek.ui.pages.exchange_controller import UNUSED, ExchangeController
from executrek.ui.pages.exchange_preview_model import PreviewModel
from executrek.ui.widgets.page_text import page_title
from executrek.ui.widgets.pane_layout import flush_column

if TYPE_CHECKING:
    from executrek.ui.main_window import MainWindow

MAX_COLUMN_WIDTH = 320


class ExchangePage(QWidget):
    """The import box (kind, file, column and value choosers, preview, progress, result)
    and the export box; ``controller`` does the work."""

    column_picked = Signal(object)  # the PunchField whose column box changed
    value_picked = Signal(str, str)  # kind ("status"/"priority") and the file's word

    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self.field_boxes: dict[PunchField, QComboBox] = {}
        title = page_title(self.tr("Import / export"))
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self._import_box())
        splitter.addWidget(self._export_box())
        splitter.setStretchFactor(0, 1)
        layout.addWidget(splitter, 1)
        self.controller = ExchangeController(window, self)

    # --- layout ------------------------------------------------------------------------
    def _import_box(self) -> QWidget:
        box = QGroupBox(self.tr("Import"))
        layout = QVBoxLayout(box)
        top = QHBoxLayout()
        self.kind_box = QComboBox()
        self.kind_box.addItem(self.tr("Punch list (CSV, XLSX: Procore, Fieldwire…)"), "punch")
        self.kind_box.addItem(self.tr("Issues (BCF 2.1 / 3.0)"), "bcf")
        self.kind_box.addItem(self.tr("Locations (COBie workbook)"), "cobie")
        self.choose_button = QPushButton(self.tr("Choose file…"))
        self.file_label = QLabel(self.tr("No file chosen."))
        self.components_box = QCheckBox(self.tr("Also import components as areas"))
        self.components_box.hide()
        top.addWidget(QLabel(self.tr("Kind:")))
        top.addWidget(self.kind_box)
        top.addWidget(self.choose_button)
        top.addWidget(self.file_label, 1)
        top.addWidget(self.components_box)
        layout.addLayout(top)

        self.mapping_box = QGroupBox(self.tr("Columns"))
        form = QFormLayout(self.mapping_box)
        for punch_field in PunchField:
            combo = QComboBox()
            combo.setObjectName(f"column_{punch_field.value}")
            combo.currentIndexChanged.connect(lambda _i, f=punch_field: self.column_picked.emit(f))
            self.field_boxes[punch_field] = combo
            label = field_label(punch_field)  # "due date" in messages: a capital in front
            form.addRow(label[:1].upper() + label[1:], combo)
        self.date_order_box = QComboBox()
        self.date_order_box.addItem(self.tr("Found from the dates"), DateOrder.AUTO.value)
        self.date_order_box.addItem(self.tr("Day first (31/12/2026)"), DateOrder.DAY_FIRST.value)
        self.date_order_box.addItem(
            self.tr("Month first (12/31/2026)"), DateOrder.MONTH_FIRST.value
        )
        form.addRow(self.tr("Date order"), self.date_order_box)
        self.values_box = QGroupBox(self.tr("Values"))
        self.values_box.setToolTip(self.tr("Words in the file that need one of our values"))
        self.values_form = QFormLayout(self.values_box)
        self.values_box.hide()
        self.value_boxes: dict[tuple[str, str], QComboBox] = {}
        side = QWidget()
        side_layout = flush_column(side)
        side_layout.addWidget(self.mapping_box)
        side_layout.addWidget(self.values_box)
        side_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(side)
        scroll.setMaximumWidth(380)
        self.mapping_scroll = scroll

        self.model = PreviewModel(self)
        self.preview = QTableView()
        self.preview.setModel(self.model)
        self.preview.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.preview.setAlternatingRowColors(True)
        middle = QHBoxLayout()
        middle.addWidget(scroll)
        middle.addWidget(self.preview, 1)
        layout.addLayout(middle, 1)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        actions = QHBoxLayout()
        self.import_button = QPushButton(self.tr("Import"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.progress = QProgressBar()
        self.progress.hide()
        actions.addWidget(self.import_button)
        actions.addWidget(self.cancel_button)
        actions.addWidget(self.progress, 1)
        layout.addLayout(actions)
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setMaximumHeight(120)
        self.details.hide()
        layout.addWidget(self.result_label)
        layout.addWidget(self.details)
        return box

    def _export_box(self) -> QWidget:
        box = QGroupBox(self.tr("Export"))
        row = QHBoxLayout(box)
        self.export_format = QComboBox()
        formats = (
            (self.tr("Punch list, CSV (our columns)"), "punch", "csv"),
            (self.tr("Punch list, XLSX (our columns)"), "punch", "xlsx"),
            (self.tr("Punch list, Procore import template"), "punch", "procore"),
            (
                self.tr("Punch list, Procore “Deficiency” template (en-CA)"),
                "punch",
                "procore_deficiency",
            ),
            (self.tr("Issues, BCF 3.0"), "bcf", "bcf30"),
            (self.tr("Issues, BCF 2.1"), "bcf", "bcf21"),
        )
        for text, kind, fmt in formats:
            self.export_format.addItem(text, (kind, fmt))
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_label = QLabel()
        self.export_label.setWordWrap(True)
        row.addWidget(self.export_format)
        row.addWidget(self.export_button)
        row.addWidget(self.export_label, 1)
        return box

    # --- showing -----------------------------------------------------------------------
    def show_state(self, *, kind: str, has_project: bool, ready: bool, running: bool) -> None:
        self.import_button.setEnabled(has_project and ready and not running)
        self.cancel_button.setEnabled(running)
        self.choose_button.setEnabled(not running)
        self.kind_box.setEnabled(not running)
        self.export_button.setEnabled(has_project and not running)
        self.mapping_scroll.setVisible(kind == "punch")
        self.components_box.setVisible(kind == "cobie")

    def show_no_file(self) -> None:
        self.file_label.setText(self.tr("No file chosen."))
        self.model.clear()
        self.summary.clear()

    def show_reading(self, name: str) -> None:
        self.model.clear()
        self.file_label.setText(name)
        self.summary.setText(self.tr("Reading {name}…").format(name=name))
        self.result_label.clear()
        self.details.hide()

    def show_columns(self, headers: tuple[str, ...], mapping: ColumnMapping) -> None:
        """Each field's box offers the file's columns, the mapped one chosen."""
        for punch_field, combo in self.field_boxes.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("(not imported)"), UNUSED)
            for index, header in enumerate(headers):
                combo.addItem(header or self.tr("(column {n})").format(n=index + 1), index)
            columns = mapping.columns_for(punch_field)
            combo.setCurrentIndex(columns[0] + 1 if columns else 0)
            if len(columns) > 1:
                combo.setToolTip(
                    self.tr("Reads {count} columns: {names}").format(
                        count=len(columns), names=", ".join(headers[i] for i in columns)
                    )
                )
            combo.blockSignals(False)
        self.date_order_box.blockSignals(True)
        self.date_order_box.setCurrentIndex(
            max(0, self.date_order_box.findData(mapping.date_order.value))
        )
        self.date_order_box.blockSignals(False)

    def set_column(self, punch_field: PunchField, column: int | None) -> None:
        """Let ``punch_field`` read ``column`` (None: not imported) and check again."""
        combo = self.field_boxes[punch_field]
        combo.setCurrentIndex(0 if column is None else column + 1)

    def show_values(self, mapping: ColumnMapping, unknown: UnknownValues) -> None:
        """A box for each status or priority word of the file that needs one of ours."""
        while self.values_form.rowCount():
            self.values_form.removeRow(0)
        self.value_boxes.clear()
        statuses = dict.fromkeys([*unknown.statuses, *mapping.status_values])
        priorities = dict.fromkeys([*unknown.priorities, *mapping.priority_values])
        for kind, words, choices, chosen in (
            ("status", statuses, [s.value for s in FileStatus], mapping.status_values),
            ("priority", priorities, [p.value for p in PunchPriority], mapping.priority_values),
        ):
            for word in words:
                combo = QComboBox()
                combo.addItem(self.tr("(refuse these rows)"), "")
                for choice in choices:
                    combo.addItem(choice, choice)
                picked = chosen.get(normalize_value(word))
                combo.setCurrentIndex(max(0, combo.findData(picked.value)) if picked else 0)
                combo.currentIndexChanged.connect(
                    lambda _i, k=kind, w=word: self.value_picked.emit(k, w)
                )
                self.value_boxes[(kind, word)] = combo
                label = self.tr("{kind} “{word}”").format(
                    kind=field_label(PunchField(kind)).capitalize(), word=word
                )
                self.values_form.addRow(label, combo)
        self.values_box.setVisible(bool(self.value_boxes))

    def map_value(self, kind: str, word: str, value: str) -> None:
        """Read the file's ``word`` in the status or priority column as our ``value``."""
        combo = self.value_boxes[(kind, word)]
        combo.setCurrentIndex(combo.findData(value))

    def show_grid(self, grid: PreviewGrid) -> None:
        self.model.set_grid(grid)
        self.preview.resizeColumnsToContents()
        for column in range(self.model.columnCount()):
            if self.preview.columnWidth(column) > MAX_COLUMN_WIDTH:
                self.preview.setColumnWidth(column, MAX_COLUMN_WIDTH)
        lines = [grid.summary, *grid.warnings]
        self.summary.setText("\n".join(lines))

    def show_importing(self, name: str) -> None:
        self.result_label.setText(self.tr("Importing {name}…").format(name=name))
        self.details.hide()
        self.progress.setRange(0, 0)
        self.progress.show()

    def show_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def show_result(self, result: ExchangeResult) -> None:
        self.result_label.setText(result.summary())
        lines = [
            *(self.tr("Refused: {line}").format(line=line) for line in result.rejected),
            *(self.tr("Warning: {line}").format(line=line) for line in result.warnings),
            *(self.tr("Note: {line}").format(line=line) for line in result.notes),
        ]
        self.details.setPlainText("\n".join(lines))
        self.details.setVisible(bool(lines))
