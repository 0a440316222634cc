"""The Import / export screen's behaviour: reads and checks the chosen file off the GUI
thread (a newer choice drops older answers), keeps the column and value mapping, runs
the import in one unit of work on the database thread with progress and Cancel, and
writes exports. ``ExchangePage`` (``exchange_page.py``) is the layout it drives."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog

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
from executrek.ui.tasks import Cancelled, TaskHandle

if TYPE_CHECKING:
    from executrek.ui.main_window import MainWindow
    from executrek.ui.pages.exchange_page import ExchangePage

UNUSED = -1


@dataclass(frozen=True)
class _Checked:
    plan: PunchPlan | None
    grid: PreviewGrid | None  # None: a required field has no column
    unknown: UnknownValues


class ExchangeController(QObject):
    """Behind one ``ExchangePage``: the file (``path``), what was read of it and how its
    columns map (``table_data``, ``mapping``), the checked result (``plan``, ``grid``)
    and the running import (``handle``)."""

    def __init__(self, window: MainWindow, page: ExchangePage) -> None:
        super().__init__(page)
        self.window_ = window
        self.page = page
        self.memory = MappingMemory.in_folder(window.ctx.paths.data)
        self.path: Path | None = None
        self.table_data: PunchTable | None = None
        self.mapping: ColumnMapping | None = None
        self.plan: PunchPlan | None = None
        self.grid: PreviewGrid | None = None
        self.handle: TaskHandle | None = None
        self._generation = 0
        page.kind_box.currentIndexChanged.connect(self._kind_changed)
        page.choose_button.clicked.connect(self._choose_file)
        page.column_picked.connect(self._column_picked)
        page.date_order_box.currentIndexChanged.connect(self._date_order_picked)
        page.value_picked.connect(self._value_picked)
        page.import_button.clicked.connect(self.start_import)
        page.cancel_button.clicked.connect(self.cancel)
        page.export_button.clicked.connect(self._choose_export)
        window.project_changed.connect(lambda _pid: self._update_buttons())
        self._update_buttons()

    # --- state ---------------------------------------------------------------------------
    @property
    def kind(self) -> str:
        return str(self.page.kind_box.currentData())

    def _update_buttons(self) -> None:
        running = self.handle is not None
        has_project = self.window_.current_project_id is not None
        ready = self.grid is not None and bool(self.grid.total)
        self.page.show_state(kind=self.kind, has_project=has_project, ready=ready, running=running)

    def _kind_changed(self) -> None:
        self.path = None
        self.table_data = self.mapping = self.plan = self.grid = None
        self.page.show_no_file()
        self._update_buttons()

    # --- reading and checking --------------------------------------------------------
    def _choose_file(self) -> None:
        filters = {
            "punch": self.tr("Punch lists (*.csv *.tsv *.txt *.xlsx);;All files (*)"),
            "bcf": self.tr("BCF files (*.bcf *.bcfzip);;All files (*)"),
            "cobie": self.tr("COBie workbooks (*.xlsx);;All files (*)"),
        }
        name, _ = QFileDialog.getOpenFileName(
            self.page, self.tr("Choose a file to import"), "", filters[self.kind]
        )
        if name:
            self.load_file(Path(name))

    def load_file(self, path: Path) -> None:
        """Read ``path`` as the chosen kind off the GUI thread and show its preview."""
        self.path = path
        self.table_data = self.mapping = self.plan = self.grid = None
        self.page.show_reading(path.name)
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
        self.page.summary.setText(message)
        self._update_buttons()

    def _table_read(self, generation: int, table: PunchTable) -> None:
        if generation != self._generation:
            return
        self.table_data = table
        self.page.show_columns(table.headers, table.mapping)
        self._set_mapping(table.mapping)

    def _column_picked(self, punch_field: PunchField) -> None:
        if self.mapping is None:
            return
        column = self.page.field_boxes[punch_field].currentData()
        if column is None or column == UNUSED:
            mapping = self.mapping.with_columns(punch_field)
        else:
            mapping = self.mapping.with_columns(punch_field, int(column))
        self.page.show_columns(mapping.headers, mapping)
        self._set_mapping(mapping)

    def _date_order_picked(self) -> None:
        if self.mapping is not None:
            order = DateOrder(self.page.date_order_box.currentData())
            self._set_mapping(self.mapping.with_date_order(order))

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
        self.page.show_values(self.mapping, out.unknown)
        if out.grid is None:
            self.page.model.clear()
            self.page.summary.setText(
                self.tr("Choose a column for: {fields}.").format(
                    fields=", ".join(field_label(f) for f in self.mapping.missing_required())
                )
            )
            self._update_buttons()
            return
        self._show_grid(generation, out.grid, out.plan)

    def _value_picked(self, kind: str, word: str) -> None:
        if self.mapping is None:
            return
        value = str(self.page.value_boxes[(kind, word)].currentData() or "")
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
        self.page.show_grid(grid)
        self._update_buttons()

    # --- importing -------------------------------------------------------------------
    def start_import(self) -> None:
        project_id = self.window_.current_project_id
        path = self.path
        if project_id is None or path is None or self.grid is None:
            return
        store, paths, memory = self.window_.ctx.store, self.window_.ctx.paths, self.memory
        plan, kind = self.plan, self.kind
        components = self.page.components_box.isChecked()

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

        self.page.show_importing(path.name)
        self.handle = self.window_.runner.submit(
            work, on_done=self._imported, on_error=self._import_failed, pool="db"
        )
        self.handle.progressed.connect(self.page.show_progress)
        self._update_buttons()

    def cancel(self) -> None:
        if self.handle is not None:
            self.handle.cancel()
            self.page.result_label.setText(self.tr("Cancelling…"))

    def _finish(self) -> None:
        self.handle = None
        self.page.progress.hide()
        self._update_buttons()

    def _import_failed(self, message: str) -> None:
        self._finish()
        self.page.result_label.setText(
            self.tr("Nothing was imported: {message}").format(message=message)
        )

    def _imported(self, result: ExchangeResult | None) -> None:
        self._finish()
        if result is None:
            self.page.result_label.setText(self.tr("Import cancelled; nothing was imported."))
            return
        self.page.show_result(result)
        if result.changes:
            self.window_.changed.emit(result.changes)

    # --- exporting -------------------------------------------------------------------
    def _choose_export(self) -> None:
        kind, fmt = self.page.export_format.currentData()
        suffix = {"csv": ".csv", "bcf30": ".bcf", "bcf21": ".bcf"}.get(fmt, ".xlsx")
        name, _ = QFileDialog.getSaveFileName(
            self.page, self.tr("Export to"), f"{kind}{suffix}", f"*{suffix}"
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

        self.page.export_button.setEnabled(False)
        self.page.export_label.setText(self.tr("Writing {name}…").format(name=path.name))
        self.window_.runner.submit(work, on_done=self._exported, on_error=self._exported, pool="db")

    def _exported(self, result: ExchangeResult | str) -> None:
        """The export's summary, or why it failed."""
        self.page.export_label.setText(result if isinstance(result, str) else result.summary())
        self._update_buttons()
