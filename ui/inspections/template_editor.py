"""Create or edit an inspection template: sections and items in an outline on the left,
the selected section or item's fields on the right. This is the layout;
``TemplateEditorController`` (``template_controller.py``) fills it, keeps outline and
forms in step, checks the document with the service's rules and saves it, and names
the section, item and field of a refusal beside the form."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTreeWidget,
    QVBoxLayout,
    QWidget,
)

from executrek.app.permissions import Action
from executrek.models.records.inspection.model import (
    FailureAction,
    InspectionTemplate,
    ResponseType,
)
from executrek.ui.inspections.inspections_text import inspection_word
from executrek.ui.inspections.template_controller import TemplateEditorController
from executrek.ui.widgets.confirm import discard_ok
from executrek.ui.widgets.field_errors import error_label
from executrek.ui.widgets.permission_gate import PermissionGate
from executrek.ui.widgets.screen_fit import resize_within_screen
from executrek.ui.widgets.sizes import at_least

if TYPE_CHECKING:
    from executrek.ui.main_window import MainWindow


def named_edit(name: str) -> QLineEdit:
    """A line edit with an object name (what ``findChild`` finds it by)."""
    edit = QLineEdit()
    edit.setObjectName(name)
    return edit


class TemplateEditor(QDialog):
    """The editor's widgets; ``controller`` does the rest. Closing with unsaved changes
    asks first."""

    saved = Signal(str)  # the template's id

    def __init__(
        self,
        window: MainWindow,
        *,
        template: InspectionTemplate | None = None,
        copy_of: InspectionTemplate | None = None,
        project_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            self.tr("Edit template") if template else self.tr("New inspection template")
        )
        resize_within_screen(self, 1100, 720)
        self._build(editing=template is not None, project_id=project_id)
        self.controller = TemplateEditorController(
            window, self, template=template, copy_of=copy_of, project_id=project_id
        )
        # The PMO library is the PMO administrators'; a project's own, its writers'.
        self.gate = PermissionGate(window, self)
        self._project_id, self._template = project_id, template
        self.scope_box.currentIndexChanged.connect(self._gate)
        self._gate()

    def _gate(self) -> None:
        t = self._template
        library = t.project_id is None if t is not None else self.scope_box.currentData() is None
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        need = Action.LIBRARY_TEMPLATES if library else Action.WRITE
        self.gate.set_controls(self._project_id, [(save, need)])

    # --- layout ----------------------------------------------------------------------
    def _build(self, *, editing: bool, project_id: str | None) -> None:
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_head(editing, project_id))
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self._build_outline())
        self.forms = QStackedWidget()
        self.forms.addWidget(self._build_section_form())
        self.forms.addWidget(self._build_item_form())
        forms_scroll = QScrollArea()  # the item form scrolls on a 720 px screen
        forms_scroll.setWidgetResizable(True)
        forms_scroll.setWidget(self.forms)
        splitter.addWidget(forms_scroll)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout.addWidget(splitter, 1)

        self.message = error_label()
        self.message.setObjectName("formMessage")
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        at_least(44, *self.buttons.buttons())
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def _build_head(self, editing: bool, project_id: str | None) -> QFormLayout:
        head = QFormLayout()
        self.name_edit = named_edit("templateName")
        self.category_edit = QLineEdit(self.tr("General"))
        self.pass_mark = QSpinBox()
        self.pass_mark.setRange(0, 100)
        self.pass_mark.setValue(80)
        self.pass_mark.setSuffix(" %")
        self.scope_box = QComboBox()
        self.scope_box.addItem(self.tr("PMO library (every project)"), None)
        if project_id:
            self.scope_box.addItem(self.tr("This project only"), project_id)
        if editing:
            for widget in (self.category_edit, self.pass_mark, self.scope_box):
                widget.setEnabled(False)
                widget.setToolTip(self.tr("Set when the template is created."))
        at_least(36, self.name_edit, self.category_edit, self.pass_mark, self.scope_box)
        head.addRow(self.tr("&Name"), self.name_edit)
        head.addRow(self.tr("Ca&tegory"), self.category_edit)
        head.addRow(self.tr("Pass &mark"), self.pass_mark)
        head.addRow(self.tr("&Available to"), self.scope_box)
        self.raise_on_complete = QCheckBox(
            self.tr("Raise punch items and issues for failed items when an inspection is completed")
        )
        self.raise_on_complete.setChecked(True)
        head.addRow("", self.raise_on_complete)
        return head

    def _build_outline(self) -> QWidget:
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.outline = QTreeWidget()
        self.outline.setObjectName("templateOutline")
        self.outline.setHeaderLabel(self.tr("Sections and items"))
        self.outline.setStyleSheet("QTreeView::item { padding: 6px 2px; }")
        left_layout.addWidget(self.outline, 1)
        tools = QHBoxLayout()
        self.add_section_button = QPushButton(self.tr("+ &Section"))
        self.add_item_button = QPushButton(self.tr("+ &Item"))
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.up_button = QPushButton(self.tr("▲"))
        self.up_button.setToolTip(self.tr("Move up (Ctrl+Up)"))
        self.down_button = QPushButton(self.tr("▼"))
        self.down_button.setToolTip(self.tr("Move down (Ctrl+Down)"))
        self.add_section_button.setToolTip(self.tr("Add a section (Ctrl+Shift+Return)"))
        self.add_item_button.setToolTip(self.tr("Add an item to this section (Ctrl+Return)"))
        for button in (
            self.add_section_button,
            self.add_item_button,
            self.remove_button,
            self.up_button,
            self.down_button,
        ):
            button.setMinimumHeight(44)
            tools.addWidget(button)
        left_layout.addLayout(tools)
        history = QHBoxLayout()
        self.undo_button = QPushButton(self.tr("↶ &Undo"))
        self.undo_button.setToolTip(self.tr("Undo the last change to the outline (Ctrl+Z)"))
        self.redo_button = QPushButton(self.tr("↷ Re&do"))
        self.redo_button.setToolTip(self.tr("Redo (Ctrl+Shift+Z or Ctrl+Y)"))
        for button in (self.undo_button, self.redo_button):
            button.setMinimumHeight(44)
            button.setEnabled(False)
            history.addWidget(button)
        left_layout.addLayout(history)
        return left

    def _build_section_form(self) -> QWidget:
        page = QGroupBox(self.tr("Section"))
        form = QFormLayout(page)
        self.section_title = named_edit("sectionTitle")
        self.section_title.setMinimumHeight(36)
        form.addRow(self.tr("Section &title"), self.section_title)
        return page

    def _build_item_form(self) -> QWidget:
        page = QGroupBox(self.tr("Item"))
        form = QFormLayout(page)
        self.prompt_edit = named_edit("itemPrompt")
        self.type_box = QComboBox()
        for rtype in ResponseType:
            self.type_box.addItem(inspection_word(rtype), rtype.value)
        self.weight_edit = named_edit("itemWeight")
        self.critical_check = QCheckBox(self.tr("Critical: a failure fails the whole inspection"))
        self.photo_check = QCheckBox(self.tr("Photo required when it fails"))
        self.action_box = QComboBox()
        for action in (FailureAction.PUNCH_ITEM, FailureAction.ISSUE, FailureAction.NONE):
            self.action_box.addItem(inspection_word(action), action.value)
        self.target_edit = named_edit("itemTarget")
        self.tolerance_edit = named_edit("itemTolerance")
        self.unit_edit = QLineEdit()
        self.unit_edit.setMaxLength(16)
        self.choices_edit = QPlainTextEdit()
        self.choices_edit.setPlaceholderText(self.tr("One option per line"))
        self.choices_edit.setMaximumHeight(110)
        self.failing_edit = QPlainTextEdit()
        self.failing_edit.setPlaceholderText(self.tr("Options that fail the item, one per line"))
        self.failing_edit.setMaximumHeight(80)
        self.expected_box = QComboBox()
        self.expected_box.addItem(self.tr("Yes passes"), True)
        self.expected_box.addItem(self.tr("No passes"), False)
        at_least(
            36,
            self.prompt_edit,
            self.type_box,
            self.weight_edit,
            self.action_box,
            self.target_edit,
            self.tolerance_edit,
            self.unit_edit,
            self.expected_box,
        )
        form.addRow(self.tr("&Prompt"), self.prompt_edit)
        form.addRow(self.tr("Response t&ype"), self.type_box)
        form.addRow(self.tr("&Weight"), self.weight_edit)
        form.addRow("", self.critical_check)
        form.addRow("", self.photo_check)
        form.addRow(self.tr("On &failure"), self.action_box)
        self.number_box = QGroupBox(self.tr("Measured value"))
        number_form = QFormLayout(self.number_box)
        number_form.addRow(self.tr("Tar&get"), self.target_edit)
        number_form.addRow(self.tr("T&olerance (±)"), self.tolerance_edit)
        number_form.addRow(self.tr("&Unit"), self.unit_edit)
        self.choice_box = QGroupBox(self.tr("Options"))
        choice_form = QFormLayout(self.choice_box)
        choice_form.addRow(self.tr("O&ptions"), self.choices_edit)
        choice_form.addRow(self.tr("Fai&ling options"), self.failing_edit)
        self.yes_no_box = QGroupBox(self.tr("Yes / No"))
        yes_no_form = QFormLayout(self.yes_no_box)
        yes_no_form.addRow(self.tr("E&xpected"), self.expected_box)
        form.addRow(self.number_box)
        form.addRow(self.choice_box)
        form.addRow(self.yes_no_box)
        return page

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    # --- leaving ---------------------------------------------------------------------
    def reject(self) -> None:
        if self.controller.dirty and not self._discard_ok():
            return
        super().reject()

    def _discard_ok(self) -> bool:
        return discard_ok(
            self,
            self.tr("Unsaved template"),
            self.tr("Discard the changes to this template?"),
        )
