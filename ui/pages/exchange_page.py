"""Import / export: bring a contractor's punch list (CSV/XLSX: Procore, Fieldwire, ours…),
a BIM tool's BCF issues or a COBie workbook into the current project, and write punch
lists and issues back out in the formats those tools read.

The file is read and checked off the GUI thread; the preview shows every row with why it
would be refused. For punch lists each of our fields has a column chooser; the mapping
is remembered for the next file with the same columns. The import runs in one unit of
work on the database thread with progress and Cancel (a cancelled import leaves nothing
behind), then a summary lists what was created, updated and refused.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
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

from executrek.app.import_mappings import MappingMemory
from executrek.app.interop.bcf_exchange import export_bcf, import_bcf
from executrek.app.interop.cobie_import import import_cobie
from executrek.app.interop.dates import DateOrder
from executrek.app.interop.exchange_preview import PreviewGrid, bcf_grid, cobie_grid, punch_grid
from executrek.app.interop.exchange_result import ExchangeResult
from executrek.app.interop.punch_exchange import (
    PunchPlan,
    export_punch,
    import_punch_plan,
    plan_punch,
    read_punch,
)
from executrek.app.interop.punch_fields import PunchField, PunchPriority, field_label
from executrek.app.interop.punch_fields import PunchStatus as FileStatus
from executrek.app.interop.punch_table import ColumnMapping, PunchTable, UnknownValues
from executrek.app.interop.punch_validate import unknown_values
from executrek.app.interop.punch_vocab import normalize_value
from executrek.ui.pages.exchange_preview_model import PreviewModel
from executrek.ui.tasks import Cancelled, TaskHandle

if TYPE_CHECKING:
    from executrek.ui.main_window import MainWindow

UNUSED = -1
MAX_COLUMN_WIDTH = 320


@dataclass(frozen=True)
class _Checked:
    plan: PunchPlan | None
    grid: PreviewGrid | None  # None: a required field has no column
    unknown: UnknownValues


class ExchangePage(QWidget):
    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self.window_ = window
        self.memory = MappingMemory.in_folder(window.ctx.paths.data)
        self.path: Path | None = None
        self.table_data: PunchTable | None = None
        self.mapping: ColumnMapping | None = None
        self.plan: PunchPlan | None = None
        self.grid: PreviewGrid | None = None
        self.handle: TaskHandle | None = None
        self._generation = 0
        self.field_boxes: dict[PunchField, QComboBox] = {}

        title = QLabel(self.tr("Import / export"))
        title.setObjectName("pageTitle")
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self._import_box())
        splitter.addWidget(self._export_box())
        splitter.setStretchFactor(0, 1)
        layout.addWidget(splitter, 1)
        window.project_changed.connect(lambda _pid: self._update_buttons())
        self._update_buttons()

    # --- layout ------------------------------------------------------------------------
    def _import_box(self) -> QWidget:
        box = QGroupBox(self.tr("Import"))
        layout = QVBoxLayout(box)
        top = QHBoxLayout()
        self.kind_box = QComboBox()
        self.kind_box.addItem(self.tr("Punch list (CSV, XLSX: Procore, Fieldwire…)"), "punch")
        self.kind_box.addItem(self.tr("Issues (BCF 2.1 / 3.0)"), "bcf")
        self.kind_box.addItem(self.tr("Locations (COBie workbook)"), "cobie")
        self.kind_box.currentIndexChanged.connect(self._kind_changed)
        self.choose_button = QPushButton(self.tr("Choose file…"))
        self.choose_button.clicked.connect(self._choose_file)
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
            combo.currentIndexChanged.connect(lambda _i, f=punch_field: self._column_picked(f))
            self.field_boxes[punch_field] = combo
            form.addRow(field_label(punch_field).capitalize(), combo)
        self.date_order_box = QComboBox()
        self.date_order_box.addItem(self.tr("Found from the dates"), DateOrder.AUTO.value)
        self.date_order_box.addItem(self.tr("Day first (31/12/2026)"), DateOrder.DAY_FIRST.value)
        self.date_order_box.addItem(
            self.tr("Month first (12/31/2026)"), DateOrder.MONTH_FIRST.value
        )
        self.date_order_box.currentIndexChanged.connect(self._date_order_picked)
        form.addRow(self.tr("Date order"), self.date_order_box)
        self.values_box = QGroupBox(self.tr("Values"))
        self.values_box.setToolTip(self.tr("Words in the file that need one of our values"))
        self.values_form = QFormLayout(self.values_box)
        self.values_box.hide()
        self.value_boxes: dict[tuple[str, str], QComboBox] = {}
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
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
        self.import_button.clicked.connect(self.start_import)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
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
        self.export_button.clicked.connect(self._choose_export)
        self.export_label = QLabel()
        self.export_label.setWordWrap(True)
        row.addWidget(self.export_format)
        row.addWidget(self.export_button)
        row.addWidget(self.export_label, 1)
        return box

    # --- state ---------------------------------------------------------------------------
    @property
    def kind(self) -> str:
        return str(self.kind_box.currentData())

    def _update_buttons(self) -> None:
        running = self.handle is not None
        has_project = self.window_.current_project_id is not None
        ready = self.grid is not None and bool(self.grid.total)
        self.import_button.setEnabled(has_project and ready and not running)
        self.cancel_button.setEnabled(running)
        self.choose_button.setEnabled(not running)
        self.kind_box.setEnabled(not running)
        self.export_button.setEnabled(has_project and not running)
        self.mapping_scroll.setVisible(self.kind == "punch")
        self.components_box.setVisible(self.kind == "cobie")

    def _kind_changed(self) -> None:
        self.path = None
        self.table_data = self.mapping = self.plan = self.grid = None
        self.file_label.setText(self.tr("No file chosen."))
        self.model.clear()
        self.summary.clear()
        self._update_buttons()

    # --- reading and checking --------------------------------------------------------
    def _choose_file(self) -> None:
        filters = {
            "punch": self.tr("Punch lists (*.csv *.tsv *.txt *.xlsx);;All files (*)"),
            "bcf": self.tr("BCF files (*.bcf *.bcfzip);;All files (*)"),
            "cobie": self.tr("COBie workbooks (*.xlsx);;All files (*)"),
        }
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a file to import"), "", filters[self.kind]
        )
        if name:
            self.load_file(Path(name))

    def load_file(self, path: Path) -> None:
        """Read ``path`` as the chosen kind off the GUI thread and show its preview."""
        self.path = path
        self.table_data = self.mapping = self.plan = self.grid = None
        self.model.clear()
        self.file_label.setText(path.name)
        self.summary.setText(self.tr("Reading {name}…").format(name=path.name))
        self.result_label.clear()
        self.details.hide()
        self._update_buttons()
        generation = self._next_generation()
        memory, kind = self.memory, self.kind
        if kind == "punch":
            self.window_.runner.submit(
                lambda _h: read_punch(path, memory),
                on_done=lambda table: self._table_read(generation, table),
                on_error=self._read_failed,
                pool="cpu",
            )
        else:
            reader = bcf_grid if kind == "bcf" else cobie_grid
            self.window_.runner.submit(
                lambda _h: reader(path),
                on_done=lambda grid: self._show_grid(generation, grid, None),
                on_error=self._read_failed,
                pool="cpu",
            )

    def _next_generation(self) -> int:
        self._generation += 1
        return self._generation

    def _read_failed(self, message: str) -> None:
        self.summary.setText(message)
        self._update_buttons()

    def _table_read(self, generation: int, table: PunchTable) -> None:
        if generation != self._generation:
            return
        self.table_data = table
        self._fill_column_boxes(table.headers, table.mapping)
        self._set_mapping(table.mapping)

    def _fill_column_boxes(self, headers: tuple[str, ...], mapping: ColumnMapping) -> None:
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

    def _column_picked(self, punch_field: PunchField) -> None:
        if self.mapping is None:
            return
        column = self.field_boxes[punch_field].currentData()
        if column is None or column == UNUSED:
            mapping = self.mapping.with_columns(punch_field)
        else:
            mapping = self.mapping.with_columns(punch_field, int(column))
        self._fill_column_boxes(mapping.headers, mapping)
        self._set_mapping(mapping)

    def _date_order_picked(self) -> None:
        if self.mapping is not None:
            self._set_mapping(
                self.mapping.with_date_order(DateOrder(self.date_order_box.currentData()))
            )

    def _set_mapping(self, mapping: ColumnMapping) -> None:
        table = self.table_data
        if table is None:
            return
        self.mapping = mapping
        self.plan = self.grid = None
        self._update_buttons()
        generation = self._next_generation()

        def check(_h: TaskHandle) -> _Checked:
            unknown = unknown_values(table.rows, mapping)
            if mapping.missing_required():
                return _Checked(None, None, unknown)
            plan = plan_punch(table, mapping)
            return _Checked(plan, punch_grid(plan), unknown)

        self.window_.runner.submit(
            check,
            on_done=lambda out: self._checked(generation, out),
            on_error=self._read_failed,
            pool="cpu",
        )

    def _checked(self, generation: int, out: _Checked) -> None:
        if generation != self._generation or self.mapping is None:
            return
        self._fill_value_boxes(self.mapping, out.unknown)
        if out.grid is None:
            self.model.clear()
            self.summary.setText(
                self.tr("Choose a column for: {fields}.").format(
                    fields=", ".join(field_label(f) for f in self.mapping.missing_required())
                )
            )
            self._update_buttons()
            return
        self._show_grid(generation, out.grid, out.plan)

    def _fill_value_boxes(self, mapping: ColumnMapping, unknown: UnknownValues) -> None:
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
                    lambda _i, k=kind, w=word: self._value_picked(k, w)
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

    def _value_picked(self, kind: str, word: str) -> None:
        if self.mapping is None:
            return
        value = str(self.value_boxes[(kind, word)].currentData() or "")
        mapping = self.mapping
        if kind == "status":
            statuses = dict(mapping.status_values)
            statuses.pop(normalize_value(word), None)
            mapping = replace(mapping, status_values=MappingProxyType(statuses))
            if value:
                mapping = mapping.with_status_value(word, FileStatus(value))
        else:
            priorities = dict(mapping.priority_values)
            priorities.pop(normalize_value(word), None)
            mapping = replace(mapping, priority_values=MappingProxyType(priorities))
            if value:
                mapping = mapping.with_priority_value(word, PunchPriority(value))
        self._set_mapping(mapping)

    def _show_grid(self, generation: int, grid: PreviewGrid, plan: PunchPlan | None) -> None:
        if generation != self._generation:
            return
        self.plan, self.grid = plan, grid
        self.model.set_grid(grid)
        self.preview.resizeColumnsToContents()
        for column in range(self.model.columnCount()):
            if self.preview.columnWidth(column) > MAX_COLUMN_WIDTH:
                self.preview.setColumnWidth(column, MAX_COLUMN_WIDTH)
        lines = [grid.summary, *grid.warnings]
        self.summary.setText("\n".join(lines))
        self._update_buttons()

    # --- importing -------------------------------------------------------------------
    def start_import(self) -> None:
        project_id = self.window_.current_project_id
        path = self.path
        if project_id is None or path is None or self.grid is None:
            return
        store, paths, memory = self.window_.ctx.store, self.window_.ctx.paths, self.memory
        plan, kind = self.plan, self.kind
        components = self.components_box.isChecked()

        def run(handle: TaskHandle) -> ExchangeResult:
            progress = handle.report_progress
            if kind == "punch":
                assert plan is not None
                return import_punch_plan(
                    store, project_id, plan, path, memory=memory, progress=progress
                )
            if kind == "bcf":
                return import_bcf(store, paths, project_id, path, progress=progress)
            return import_cobie(
                store, project_id, path, include_components=components, progress=progress
            )

        def work(handle: TaskHandle) -> ExchangeResult | None:
            try:
                return run(handle)
            except Cancelled:  # raised inside the unit of work, which rolled back
                return None

        self.result_label.setText(self.tr("Importing {name}…").format(name=path.name))
        self.details.hide()
        self.progress.setRange(0, 0)
        self.progress.show()
        self.handle = self.window_.runner.submit(
            work, on_done=self._imported, on_error=self._import_failed, pool="db"
        )
        self.handle.progressed.connect(self._progressed)
        self._update_buttons()

    def cancel(self) -> None:
        if self.handle is not None:
            self.handle.cancel()
            self.result_label.setText(self.tr("Cancelling…"))

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _finish(self) -> None:
        self.handle = None
        self.progress.hide()
        self._update_buttons()

    def _import_failed(self, message: str) -> None:
        self._finish()
        self.result_label.setText(
            self.tr("Nothing was imported: {message}").format(message=message)
        )

    def _imported(self, result: ExchangeResult | None) -> None:
        self._finish()
        if result is None:
            self.result_label.setText(self.tr("Import cancelled; nothing was imported."))
            return
        self.result_label.setText(result.summary())
        lines = [
            *(self.tr("Refused: {line}").format(line=line) for line in result.rejected),
            *(self.tr("Warning: {line}").format(line=line) for line in result.warnings),
            *(self.tr("Note: {line}").format(line=line) for line in result.notes),
        ]
        self.details.setPlainText("\n".join(lines))
        self.details.setVisible(bool(lines))
        if result.changes:
            self.window_.changed.emit(result.changes)

    # --- exporting -------------------------------------------------------------------
    def _choose_export(self) -> None:
        kind, fmt = self.export_format.currentData()
        suffix = {"csv": ".csv", "bcf30": ".bcf", "bcf21": ".bcf"}.get(fmt, ".xlsx")
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export to"), f"{kind}{suffix}", f"*{suffix}"
        )
        if name:
            self.export_to(Path(name), kind, fmt)

    def export_to(self, path: Path, kind: str, fmt: str) -> None:
        project_id = self.window_.current_project_id
        if project_id is None:
            return
        store, paths = self.window_.ctx.store, self.window_.ctx.paths

        def work(_h: TaskHandle) -> ExchangeResult:
            if kind == "punch":
                return export_punch(store, project_id, path, fmt)
            return export_bcf(store, paths, project_id, path, fmt)

        self.export_button.setEnabled(False)
        self.export_label.setText(self.tr("Writing {name}…").format(name=path.name))
        self.window_.runner.submit(
            work, on_done=self._exported, on_error=self._export_failed, pool="db"
        )

    def _exported(self, result: ExchangeResult) -> None:
        self.export_label.setText(result.summary())
        self._update_buttons()

    def _export_failed(self, message: str) -> None:
        self.export_label.setText(message)
        self._update_buttons()
