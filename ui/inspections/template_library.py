"""The template library: PMO templates every project can use and the project's own;
create, edit and duplicate them in the template editor."""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from executrek.app.permissions import Action
from executrek.models.changes import Changes
from executrek.models.records.inspection import service as inspections
from executrek.models.records.inspection.model import InspectionTemplate
from executrek.ui.inspections.template_editor import TemplateEditor
from executrek.ui.widgets.column_model import ordered
from executrek.ui.widgets.columns import Column
from executrek.ui.widgets.permission_gate import PermissionGate
from executrek.ui.widgets.record_list import add_shortcut, current_row, record_table
from executrek.ui.widgets.rows_model import RowsModel

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from executrek.ui.main_window import MainWindow

TEMPLATE_TABLES = ("inspection_templates",)


class Col(enum.IntEnum):
    NAME = 0
    CATEGORY = 1
    SCOPE = 2
    VERSION = 3
    PASS_MARK = 4
    ITEMS = 5


def _items(t: InspectionTemplate) -> str:
    sections = t.definition.get("sections", [])
    return translate("TemplateTableModel", "{items} in {sections} section(s)").format(
        items=sum(len(s.get("items", [])) for s in sections), sections=len(sections)
    )


def template_columns() -> list[Column[InspectionTemplate]]:
    return ordered(
        Col,
        {
            Col.NAME: Column("name", translate("TemplateTableModel", "Name"), lambda t: t.name),
            Col.CATEGORY: Column(
                "category", translate("TemplateTableModel", "Category"), lambda t: t.category
            ),
            Col.SCOPE: Column(
                "scope",
                translate("TemplateTableModel", "Available to"),
                lambda t: (
                    translate("TemplateTableModel", "This project")
                    if t.project_id
                    else translate("TemplateTableModel", "PMO library")
                ),
            ),
            Col.VERSION: Column(
                "version",
                translate("TemplateTableModel", "Version"),
                lambda t: str(t.version),
                right=True,
            ),
            Col.PASS_MARK: Column(
                "pass_mark",
                translate("TemplateTableModel", "Pass mark"),
                lambda t: f"{t.pass_mark.normalize():f}%",
                right=True,
            ),
            Col.ITEMS: Column("items", translate("TemplateTableModel", "Items"), _items),
        },
    )


class TemplateLibrary(QWidget):
    refreshed = Signal()
    editor_opened = Signal(object)  # the TemplateEditor

    def __init__(self, window: MainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.window_ = window
        self.project_id: str | None = window.current_project_id
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.new_button = QPushButton(self.tr("&New template…"))
        self.new_button.setToolTip(self.tr("Create a template (Ctrl+Shift+N)"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.setToolTip(self.tr("Edit the selected template (Enter)"))
        self.copy_button = QPushButton(self.tr("D&uplicate…"))
        for button in (self.new_button, self.edit_button, self.copy_button):
            button.setMinimumHeight(48)
            bar.addWidget(button)
        bar.addStretch(1)
        self.count_label = QLabel()
        bar.addWidget(self.count_label)
        layout.addLayout(bar)
        self.model: RowsModel[InspectionTemplate] = RowsModel(template_columns(), self)
        self.table = record_table(
            self.model, sortable=False, wide_column=None, stretch_column=Col.NAME, row_height=36
        )
        self.table.setObjectName("templateTable")
        layout.addWidget(self.table, 1)
        self.new_button.clicked.connect(self.new_template)
        self.edit_button.clicked.connect(self.edit_selected)
        self.copy_button.clicked.connect(self.duplicate_selected)
        self.table.activated.connect(lambda _index: self.edit_selected())
        add_shortcut(
            self,
            self.tr("New inspection template"),
            "Ctrl+Shift+N",
            self.new_template,
            context=Qt.ShortcutContext.WindowShortcut,
        )
        window.changed.connect(self._on_changed)
        window.project_changed.connect(self.set_project)
        self.gate = PermissionGate(window, self)  # the PMO library: its administrators'
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._gate())
        self._gate()
        self.refresh()

    def set_project(self, project_id: str) -> None:
        self.project_id = project_id
        self._gate()
        self.refresh()

    def _gate(self) -> None:
        tpl = self.selected()
        edit = (
            Action.LIBRARY_TEMPLATES if tpl is not None and tpl.project_id is None else Action.WRITE
        )
        self.gate.set_controls(
            self.project_id,
            [
                (self.new_button, Action.WRITE),
                (self.copy_button, Action.WRITE),
                (self.edit_button, edit),
            ],
        )

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches(*TEMPLATE_TABLES):
            self.refresh()

    def refresh(self) -> None:
        store = self.window_.ctx.store
        pid = self.project_id
        self.window_.call(
            lambda: inspections.templates(store, pid),
            self._show,
        )

    def _show(self, rows: list[InspectionTemplate]) -> None:
        selected = self.selected()
        self.model.set_rows(rows)
        self.count_label.setText(self.tr("{count} template(s)").format(count=len(rows)))
        if selected is not None:
            row = self.model.find(selected.id)
            if row >= 0:
                self.table.selectRow(row)
        self.refreshed.emit()

    def selected(self) -> InspectionTemplate | None:
        return current_row(self.table, self.model)

    def new_template(self) -> TemplateEditor:
        return self._open(TemplateEditor(self.window_, project_id=self.project_id, parent=self))

    def edit_selected(self) -> TemplateEditor | None:
        return self._open_selected(self.edit_button, copy=False)

    def duplicate_selected(self) -> TemplateEditor | None:
        return self._open_selected(self.copy_button, copy=True)

    def _open_selected(self, button: QPushButton, *, copy: bool) -> TemplateEditor | None:
        """An editor on the selected template, or on a copy of it, while ``button`` (the
        step's) is enabled."""
        tpl = self.selected()
        if tpl is None or not button.isEnabled():
            return None
        return self._open(
            TemplateEditor(
                self.window_,
                template=None if copy else tpl,
                copy_of=tpl if copy else None,
                project_id=self.project_id,
                parent=self,
            )
        )

    def _open(self, editor: TemplateEditor) -> TemplateEditor:
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.open()
        self.editor_opened.emit(editor)
        return editor
