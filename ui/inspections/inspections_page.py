"""Inspections: the project's inspections with filters, the template library, and the
checklist runner that opens in place when an inspection is started or opened."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from executrek.app.permissions import Action
from executrek.models.changes import Changes
from executrek.models.records.inspection import queries as inspection_queries
from executrek.models.records.inspection.model import InspectionResult, InspectionStatus
from executrek.models.records.inspection.queries import InspectionFilter, InspectionRow
from executrek.ui.inspections.checklist_runner import ChecklistRunner
from executrek.ui.inspections.inspections_new import (
    NewInspectionDialog,
    ProjectOptions,
    project_options,
)
from executrek.ui.inspections.inspections_table import Col, inspection_columns
from executrek.ui.inspections.inspections_text import inspection_word
from executrek.ui.inspections.template_library import TemplateLibrary
from executrek.ui.widgets.choices import fill
from executrek.ui.widgets.flow_layout import FlowLayout
from executrek.ui.widgets.list_export import ListExporter
from executrek.ui.widgets.page_text import page_title
from executrek.ui.widgets.permission_gate import PermissionGate
from executrek.ui.widgets.record_list import add_shortcut, current_row, record_table
from executrek.ui.widgets.rows_model import RowsModel

if TYPE_CHECKING:
    from executrek.ui.main_window import MainWindow

INSPECTION_TABLES = (
    "inspections",
    "inspection_items",
    "inspection_responses",
    "inspection_templates",
    "signatures",
    "locations",
    "organisations",
)
NO_DATE = QDate(2000, 1, 1)


def _date_or_none(edit: QDateEdit) -> dt.date | None:
    qd = edit.date()
    if qd == edit.minimumDate():
        return None
    return dt.date(qd.year(), qd.month(), qd.day())


class InspectionsPage(QWidget):
    refreshed = Signal()  # the list shows the current filter's rows
    dialog_opened = Signal(object)  # the NewInspectionDialog

    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self.window_ = window
        self.project_id: str | None = window.current_project_id
        self.options = ProjectOptions([], [], [])
        self._generation = 0
        self.stack = QStackedWidget()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_list(), self.tr("Inspections"))
        self.library = TemplateLibrary(window)
        self.tabs.addTab(self.library, self.tr("Template library"))
        self.runner = ChecklistRunner(window)
        self.runner.closed.connect(self.show_list)
        self.stack.addWidget(self.tabs)
        self.stack.addWidget(self.runner.view)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(200)
        self._debounce.timeout.connect(self.refresh)
        self.gate = PermissionGate(window, self)  # a viewer reads inspections only
        window.project_changed.connect(self.set_project)
        window.changed.connect(self._on_changed)
        if self.project_id:
            self.set_project(self.project_id)

    # --- layout ----------------------------------------------------------------------
    def _build_list(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        top = QHBoxLayout()
        title = page_title(self.tr("Inspections"))
        self.new_button = QPushButton(self.tr("&New inspection…"))
        self.new_button.setMinimumHeight(48)
        self.new_button.setToolTip(self.tr("Start an inspection from a template (Ctrl+Shift+N)"))
        self.new_button.clicked.connect(self.new_inspection)
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.setMinimumHeight(48)
        self.open_button.setToolTip(self.tr("Open the selected inspection (Enter)"))
        self.open_button.clicked.connect(self.open_selected)
        top.addWidget(title)
        top.addStretch(1)
        layout.addLayout(top)

        filters = FlowLayout()  # wraps on a laptop instead of widening the window
        self.status_box = QComboBox()
        self.status_box.addItem(self.tr("Any status"), None)
        for status in InspectionStatus:
            self.status_box.addItem(inspection_word(status), status.value)
        self.result_box = QComboBox()
        self.result_box.addItem(self.tr("Any result"), None)
        for result in InspectionResult:
            self.result_box.addItem(inspection_word(result), result.value)
        self.template_box = QComboBox()
        fill(self.template_box, [], self.tr("Any template"))
        self.location_box = QComboBox()
        fill(self.location_box, [], self.tr("Anywhere"))
        self.location_box.setMinimumContentsLength(18)
        self.from_edit = QDateEdit()
        self.to_edit = QDateEdit()
        for edit, label in (
            (self.from_edit, self.tr("from: any")),
            (self.to_edit, self.tr("to: any")),
        ):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setMinimumDate(NO_DATE)
            edit.setSpecialValueText(label)
            edit.setDate(NO_DATE)
            edit.dateChanged.connect(lambda _d: self._debounce.start())
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Search number or title (Ctrl+F)"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(lambda _t: self._debounce.start())
        self.clear_button = QPushButton(self.tr("Clear filters"))
        self.clear_button.clicked.connect(self.clear_filters)
        for box in (self.status_box, self.result_box, self.template_box, self.location_box):
            box.currentIndexChanged.connect(lambda _i: self._debounce.start())
        for widget in (
            self.status_box,
            self.result_box,
            self.template_box,
            self.location_box,
            self.from_edit,
            self.to_edit,
            self.clear_button,
        ):
            widget.setMinimumHeight(40)
            filters.add_widget(widget)
        self.search_edit.setMinimumHeight(40)
        top.addWidget(self.search_edit, 2)
        self.exporter = ListExporter(self.window_, page, "inspections", self.current_filter)
        self.exporter.button.setMinimumHeight(48)
        top.addWidget(self.exporter.button)
        top.addWidget(self.open_button)
        top.addWidget(self.new_button)
        layout.addLayout(filters)

        self.model: RowsModel[InspectionRow] = RowsModel(inspection_columns(), self)
        self.table = record_table(
            self.model,
            sort_column=Col.DATE,
            order=Qt.SortOrder.DescendingOrder,
            wide_column=None,
            stretch_column=Col.TITLE,
            row_height=36,
        )
        self.table.setObjectName("inspectionTable")
        header = self.table.horizontalHeader()
        for col, width in ((Col.TEMPLATE, 200), (Col.LOCATION, 200), (Col.CONTRACTOR, 150)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(col, width)
        self.table.setColumnHidden(Col.TEMPLATE, True)  # the title's tooltip names it
        self.table.setWordWrap(False)
        self.table.activated.connect(self._activated)
        layout.addWidget(self.table, 1)
        self.summary = QLabel()
        layout.addWidget(self.summary)
        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.hide()
        layout.addWidget(self.empty, 1)

        window_wide = Qt.ShortcutContext.WindowShortcut
        add_shortcut(
            page,
            self.tr("New inspection"),
            "Ctrl+Shift+N",
            self.new_inspection,
            context=window_wide,
        )
        add_shortcut(
            page,
            self.tr("Search the inspections"),
            "Ctrl+F",
            self.search_edit.setFocus,
            context=window_wide,
        )
        return page

    # --- data ------------------------------------------------------------------------
    def set_project(self, project_id: str) -> None:
        self.project_id = project_id
        card = self.runner.card
        writes = (self.new_button, card.answer_stack, card.note_edit, card.photo_button)
        self.gate.set_controls(
            project_id,
            [
                (w, Action.WRITE)
                for w in (*writes, card.complete_button, self.runner.view.result_button)
            ],
        )
        if self.stack.currentWidget() is self.runner.view:
            self.show_list()
        self._load_options()
        self.refresh()

    def _on_changed(self, changes: Changes) -> None:
        if not changes.touches(*INSPECTION_TABLES):
            return
        elsewhere = bool(changes.projects) and self.project_id not in changes.projects
        if elsewhere and not changes.touches("inspection_templates"):
            return
        if changes.touches("inspection_templates", "locations", "organisations"):
            self._load_options()
        self._debounce.start()

    def _load_options(self) -> None:
        pid = self.project_id
        if not pid:
            return
        store = self.window_.ctx.store
        self.window_.call(
            lambda: project_options(store, pid),
            self._show_options,
        )

    def _show_options(self, options: ProjectOptions) -> None:
        self.options = options
        fill(self.template_box, options.templates, self.tr("Any template"))
        fill(self.location_box, options.locations, self.tr("Anywhere"))

    def current_filter(self) -> InspectionFilter:
        status = self.status_box.currentData()
        result = self.result_box.currentData()
        return InspectionFilter(
            status=InspectionStatus(status) if status else None,
            result=InspectionResult(result) if result else None,
            template_id=self.template_box.currentData(),
            date_from=_date_or_none(self.from_edit),
            date_to=_date_or_none(self.to_edit),
            location_id=self.location_box.currentData(),
            text=self.search_edit.text(),
        )

    def clear_filters(self) -> None:
        for box in (self.status_box, self.result_box, self.template_box, self.location_box):
            box.setCurrentIndex(0)
        self.from_edit.setDate(NO_DATE)
        self.to_edit.setDate(NO_DATE)
        self.search_edit.clear()

    def refresh(self) -> None:
        self._debounce.stop()
        pid = self.project_id
        if not pid:
            self._show_rows(self._generation, [])
            return
        self._generation += 1
        generation = self._generation
        store = self.window_.ctx.store
        flt = self.current_filter()
        self.window_.call(
            lambda: inspection_queries.list_inspections(store, pid, flt),
            lambda rows: self._show_rows(generation, rows),
        )

    def _show_rows(self, generation: int, rows: list[InspectionRow]) -> None:
        if generation != self._generation:
            return  # a newer filter is on its way
        selected = self.selected_id()
        self.model.set_rows(rows)
        filtered = self.current_filter() != InspectionFilter()
        self.table.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        if not self.project_id:
            self.empty.setText(self.tr("Choose a project in the toolbar."))
        elif filtered:
            self.empty.setText(self.tr("No inspection matches these filters."))
        else:
            self.empty.setText(
                self.tr("No inspections yet. Start one with New inspection (Ctrl+Shift+N).")
            )
        completed = [r for r in rows if r.status is InspectionStatus.COMPLETED]
        passed = sum(1 for r in completed if r.result is InspectionResult.PASS)
        self.summary.setText(
            self.tr("{count} inspection(s) · {done} completed · {passed} passed").format(
                count=len(rows), done=len(completed), passed=passed
            )
        )
        row = self.model.find(selected) if selected else -1
        if row >= 0:
            self.table.selectRow(row)
        self.refreshed.emit()

    def selected_id(self) -> str | None:
        row = current_row(self.table, self.model)
        return row.id if row is not None else None

    # --- actions ---------------------------------------------------------------------
    def new_inspection(self) -> NewInspectionDialog | None:
        if not self.project_id or not self.new_button.isEnabled():
            return None
        dialog = NewInspectionDialog(self.window_, self.project_id, self.options, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._started(dialog.inspection_id))
        dialog.open()
        self.dialog_opened.emit(dialog)
        return dialog

    def _started(self, inspection_id: str | None) -> None:
        if inspection_id:
            self.open_inspection(inspection_id)

    def _activated(self, index: QModelIndex) -> None:
        self.open_inspection(self.model.row_at(index.row()).id)

    def open_selected(self) -> None:
        selected = self.selected_id()
        if selected:
            self.open_inspection(selected)

    def open_inspection(self, inspection_id: str) -> None:
        self.stack.setCurrentWidget(self.runner.view)
        self.runner.open_inspection(inspection_id)
        self.window().activateWindow()  # back from the new-inspection dialog
        self.runner.table.setFocus()

    def has_unsaved(self) -> bool:
        """Asked by the main window before it closes."""
        return self.stack.currentWidget() is self.runner.view and self.runner.has_unsaved()

    def show_list(self) -> None:
        self.stack.setCurrentWidget(self.tabs)
        self.table.setFocus()
