"""The template library: PMO templates every project can use and the project's own;
create, edit and duplicate them in the template editor."""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from executrek.models.changes import Changes
from executrek.models.inspection import InspectionTemplate
from executrek.models.services import inspections
from executrek.ui.inspections.inspections_keys import key_action
from executrek.ui.inspections.template_editor import TemplateEditor

if TYPE_CHECKING:
    from executrek.ui.main_window import MainWindow

Index = QModelIndex | QPersistentModelIndex
TemplateIdRole = Qt.ItemDataRole.UserRole + 1
TEMPLATE_TABLES = ("inspection_templates",)


class Col(enum.IntEnum):
    NAME = 0
    CATEGORY = 1
    SCOPE = 2
    VERSION = 3
    PASS_MARK = 4
    ITEMS = 5


class TemplateTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[InspectionTemplate] = []
        self._headers = {
            Col.NAME: self.tr("Name"),
            Col.CATEGORY: self.tr("Category"),
            Col.SCOPE: self.tr("Available to"),
            Col.VERSION: self.tr("Version"),
            Col.PASS_MARK: self.tr("Pass mark"),
            Col.ITEMS: self.tr("Items"),
        }

    def set_rows(self, rows: list[InspectionTemplate]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def template(self, row: int) -> InspectionTemplate:
        return self._rows[row]

    def row_of(self, template_id: str) -> int:
        return next((r for r, t in enumerate(self._rows) if t.id == template_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(Col)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[Col(section)]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        t = self._rows[index.row()]
        col = Col(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            sections = t.definition.get("sections", [])
            values = {
                Col.NAME: t.name,
                Col.CATEGORY: t.category,
                Col.SCOPE: self.tr("This project") if t.project_id else self.tr("PMO library"),
                Col.VERSION: str(t.version),
                Col.PASS_MARK: f"{t.pass_mark.normalize():f}%",
                Col.ITEMS: self.tr("{items} in {sections} section(s)").format(
                    items=sum(len(s.get("items", [])) for s in sections), sections=len(sections)
                ),
            }
            return values[col]
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (Col.VERSION, Col.PASS_MARK):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == TemplateIdRole:
            return t.id
        return None


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
        self.model = TemplateTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("templateTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(36)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Col.NAME, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        self.new_button.clicked.connect(self.new_template)
        self.edit_button.clicked.connect(self.edit_selected)
        self.copy_button.clicked.connect(self.duplicate_selected)
        self.table.activated.connect(lambda _index: self.edit_selected())
        key_action(
            self,
            "Ctrl+Shift+N",
            self.tr("New inspection template"),
            self.new_template,
            context=Qt.ShortcutContext.WindowShortcut,
        )
        window.changed.connect(self._on_changed)
        window.project_changed.connect(self.set_project)
        self.refresh()

    def set_project(self, project_id: str) -> None:
        self.project_id = project_id
        self.refresh()

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches(*TEMPLATE_TABLES):
            self.refresh()

    def refresh(self) -> None:
        store = self.window_.ctx.store
        pid = self.project_id
        self.window_.runner.submit(
            lambda _h: inspections.templates(store, pid),
            on_done=self._show,
            on_error=self.window_.show_error,
        )

    def _show(self, rows: list[InspectionTemplate]) -> None:
        selected = self.selected()
        self.model.set_rows(rows)
        self.count_label.setText(self.tr("{count} template(s)").format(count=len(rows)))
        if selected is not None:
            row = self.model.row_of(selected.id)
            if row >= 0:
                self.table.selectRow(row)
        self.refreshed.emit()

    def selected(self) -> InspectionTemplate | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        return self.model.template(index.row())

    def new_template(self) -> TemplateEditor:
        return self._open(TemplateEditor(self.window_, project_id=self.project_id, parent=self))

    def edit_selected(self) -> TemplateEditor | None:
        tpl = self.selected()
        if tpl is None:
            return None
        return self._open(
            TemplateEditor(self.window_, template=tpl, project_id=self.project_id, parent=self)
        )

    def duplicate_selected(self) -> TemplateEditor | None:
        tpl = self.selected()
        if tpl is None:
            return None
        return self._open(
            TemplateEditor(self.window_, copy_of=tpl, project_id=self.project_id, parent=self)
        )

    def _open(self, editor: TemplateEditor) -> TemplateEditor:
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.open()
        self.editor_opened.emit(editor)
        return editor
