"""Create or edit an inspection template: sections and items in an outline on the left,
the selected section or item's fields on the right. The document is checked with the
same rules the service uses before it is saved, and a refusal names the section, item
and field beside the form."""

from __future__ import annotations

import copy
import re
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from executrek.models import validation
from executrek.models.errors import ValidationError
from executrek.models.inspection import FailureAction, InspectionTemplate, ResponseType
from executrek.models.services import inspections
from executrek.models.services.common import Done
from executrek.ui.inspections.inspections_keys import key_action
from executrek.ui.inspections.inspections_tasks import run_service
from executrek.ui.inspections.inspections_text import (
    FAIL_COLOUR,
    domain_message,
    failure_action_text,
    response_type_text,
)
from executrek.ui.widgets.screen_fit import resize_within_screen

if TYPE_CHECKING:
    from executrek.ui.main_window import MainWindow

DocRole = Qt.ItemDataRole.UserRole + 1
_PATH = re.compile(r"^sections\[(\d+)\](?:\.items\[(\d+)\])?(?:\.(\w+))?$")


def new_item() -> dict[str, Any]:
    return {
        "prompt": "",
        "type": ResponseType.PASS_FAIL_NA.value,
        "weight": "1",
        "photo_required": False,
        "critical": False,
        "failure_action": FailureAction.PUNCH_ITEM.value,
        "target": "",
        "tolerance": "0",
        "unit": "",
        "choices": [],
        "failing_choices": [],
        "expected_yes": True,
    }


def item_document(doc: dict[str, Any]) -> dict[str, Any]:
    """The template item as the service takes it: only the keys its type uses."""
    out: dict[str, Any] = {
        "prompt": doc.get("prompt", ""),
        "type": doc.get("type", ResponseType.PASS_FAIL_NA.value),
        "weight": doc.get("weight", "1"),
        "photo_required": bool(doc.get("photo_required")),
        "critical": bool(doc.get("critical")),
        "failure_action": doc.get("failure_action", FailureAction.PUNCH_ITEM.value),
    }
    rtype = out["type"]
    if rtype == ResponseType.NUMBER.value:
        out["target"] = doc.get("target", "")
        out["tolerance"] = doc.get("tolerance", "") or "0"
        out["unit"] = doc.get("unit", "")
    elif rtype == ResponseType.CHOICE.value:
        out["choices"] = list(doc.get("choices", []))
        out["failing_choices"] = list(doc.get("failing_choices", []))
    elif rtype == ResponseType.YES_NO.value:
        out["expected_yes"] = bool(doc.get("expected_yes", True))
    return out


Snapshot = tuple[list[tuple[str, list[dict[str, Any]]]], tuple[int, int]]


class _OutlineStep(QUndoCommand):
    """One outline change as before/after snapshots (a template is small)."""

    def __init__(
        self,
        editor: TemplateEditor,
        before: Snapshot,
        after: Snapshot,
        text: str,
        merge: str | None,
    ) -> None:
        super().__init__(text)
        self.editor = editor
        self.before = before
        self.after = after
        self.merge = merge
        self._fresh = True  # push() calls redo(); the change is already on screen

    def id(self) -> int:
        return 1 if self.merge else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if isinstance(other, _OutlineStep) and self.merge and other.merge == self.merge:
            self.after = other.after
            return True
        return False

    def redo(self) -> None:
        if self._fresh:
            self._fresh = False
            return
        self.editor.restore(self.after)

    def undo(self) -> None:
        self.editor.restore(self.before)


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


class TemplateEditor(QDialog):
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
        self.window_ = window
        self.template_id = template.id if template else None
        self.project_id = project_id
        self.dirty = False
        self._loading = False
        self._flagged: list[QWidget] = []
        self.undo_stack = QUndoStack(self)
        self._state: Snapshot = ([], (-1, -1))
        self._recording = False
        source = template or copy_of
        self.setWindowTitle(
            self.tr("Edit template") if template else self.tr("New inspection template")
        )
        resize_within_screen(self, 1100, 720)
        self._build(template is not None)
        if source is not None:
            name = source.name if template else self.tr("Copy of {name}").format(name=source.name)
            self.name_edit.setText(name)
            self.category_edit.setText(source.category)
            self.pass_mark.setValue(int(source.pass_mark))
            self.raise_on_complete.setChecked(inspections.raises_on_complete(source.definition))
            self._load_definition(source.definition)
        else:
            self._add_section()
        self.dirty = False
        self._state = self._snapshot()
        self._recording = True

    # --- layout ----------------------------------------------------------------------
    def _build(self, editing: bool) -> None:
        layout = QVBoxLayout(self)
        head = QFormLayout()
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("templateName")
        self.category_edit = QLineEdit(self.tr("General"))
        self.pass_mark = QSpinBox()
        self.pass_mark.setRange(0, 100)
        self.pass_mark.setValue(80)
        self.pass_mark.setSuffix(" %")
        self.scope_box = QComboBox()
        self.scope_box.addItem(self.tr("PMO library (every project)"), None)
        if self.project_id:
            self.scope_box.addItem(self.tr("This project only"), self.project_id)
        if editing:
            for widget in (self.category_edit, self.pass_mark, self.scope_box):
                widget.setEnabled(False)
                widget.setToolTip(self.tr("Set when the template is created."))
        for widget in (self.name_edit, self.category_edit, self.pass_mark, self.scope_box):
            widget.setMinimumHeight(36)
        head.addRow(self.tr("&Name"), self.name_edit)
        head.addRow(self.tr("Ca&tegory"), self.category_edit)
        head.addRow(self.tr("Pass &mark"), self.pass_mark)
        head.addRow(self.tr("&Available to"), self.scope_box)
        self.raise_on_complete = QCheckBox(
            self.tr("Raise punch items and issues for failed items when an inspection is completed")
        )
        self.raise_on_complete.setChecked(True)
        self.raise_on_complete.toggled.connect(self._mark_dirty)
        head.addRow("", self.raise_on_complete)
        layout.addLayout(head)
        self.name_edit.textEdited.connect(self._mark_dirty)
        self.category_edit.textEdited.connect(self._mark_dirty)
        self.pass_mark.valueChanged.connect(self._mark_dirty)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.outline = QTreeWidget()
        self.outline.setObjectName("templateOutline")
        self.outline.setHeaderLabel(self.tr("Sections and items"))
        self.outline.setStyleSheet("QTreeView::item { padding: 6px 2px; }")
        self.outline.currentItemChanged.connect(self._selected)
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
        self.add_section_button.clicked.connect(self._add_section)
        self.add_item_button.clicked.connect(self._add_item)
        self.remove_button.clicked.connect(self._remove)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        left_layout.addLayout(tools)
        history = QHBoxLayout()
        self.undo_button = QPushButton(self.tr("↶ &Undo"))
        self.undo_button.setToolTip(self.tr("Undo the last change to the outline (Ctrl+Z)"))
        self.redo_button = QPushButton(self.tr("↷ Re&do"))
        self.redo_button.setToolTip(self.tr("Redo (Ctrl+Shift+Z or Ctrl+Y)"))
        for button in (self.undo_button, self.redo_button):
            button.setMinimumHeight(44)
            history.addWidget(button)
        self.undo_button.clicked.connect(self.undo_stack.undo)
        self.redo_button.clicked.connect(self.undo_stack.redo)
        self.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo_stack.canRedoChanged.connect(self.redo_button.setEnabled)
        self.undo_button.setEnabled(False)
        self.redo_button.setEnabled(False)
        left_layout.addLayout(history)
        splitter.addWidget(left)

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

        self.message = QLabel()
        self.message.setObjectName("formMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(f"color: {FAIL_COLOUR}; font-weight: bold;")
        self.message.hide()
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        for box_button in self.buttons.buttons():
            box_button.setMinimumHeight(44)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        for keys, text, slot in (
            ("Ctrl+Return", self.tr("Add an item"), self._add_item),
            ("Ctrl+Shift+Return", self.tr("Add a section"), self._add_section),
            ("Ctrl+Up", self.tr("Move up"), lambda: self._move(-1)),
            ("Ctrl+Down", self.tr("Move down"), lambda: self._move(1)),
            ("Ctrl+S", self.tr("Save the template"), self.save),
            ("Ctrl+Z", self.tr("Undo"), self.undo_stack.undo),
            ("Ctrl+Shift+Z", self.tr("Redo"), self.undo_stack.redo),
            ("Ctrl+Y", "", self.undo_stack.redo),
        ):
            key_action(self, keys, text, slot, context=Qt.ShortcutContext.WindowShortcut)

    def _build_section_form(self) -> QWidget:
        page = QGroupBox(self.tr("Section"))
        form = QFormLayout(page)
        self.section_title = QLineEdit()
        self.section_title.setObjectName("sectionTitle")
        self.section_title.setMinimumHeight(36)
        self.section_title.textEdited.connect(self._section_edited)
        form.addRow(self.tr("Section &title"), self.section_title)
        return page

    def _build_item_form(self) -> QWidget:
        page = QGroupBox(self.tr("Item"))
        form = QFormLayout(page)
        self.prompt_edit = QLineEdit()
        self.prompt_edit.setObjectName("itemPrompt")
        self.type_box = QComboBox()
        for rtype in ResponseType:
            self.type_box.addItem(response_type_text(rtype), rtype.value)
        self.weight_edit = QLineEdit()
        self.weight_edit.setObjectName("itemWeight")
        self.critical_check = QCheckBox(self.tr("Critical: a failure fails the whole inspection"))
        self.photo_check = QCheckBox(self.tr("Photo required when it fails"))
        self.action_box = QComboBox()
        for action in (FailureAction.PUNCH_ITEM, FailureAction.ISSUE, FailureAction.NONE):
            self.action_box.addItem(failure_action_text(action), action.value)
        self.target_edit = QLineEdit()
        self.target_edit.setObjectName("itemTarget")
        self.tolerance_edit = QLineEdit()
        self.tolerance_edit.setObjectName("itemTolerance")
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
        for widget in (
            self.prompt_edit,
            self.type_box,
            self.weight_edit,
            self.action_box,
            self.target_edit,
            self.tolerance_edit,
            self.unit_edit,
            self.expected_box,
        ):
            widget.setMinimumHeight(36)
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
        self.prompt_edit.textEdited.connect(self._item_edited)
        self.weight_edit.textEdited.connect(self._item_edited)
        self.target_edit.textEdited.connect(self._item_edited)
        self.tolerance_edit.textEdited.connect(self._item_edited)
        self.unit_edit.textEdited.connect(self._item_edited)
        self.choices_edit.textChanged.connect(self._item_edited)
        self.failing_edit.textChanged.connect(self._item_edited)
        self.type_box.currentIndexChanged.connect(self._item_edited)
        self.action_box.currentIndexChanged.connect(self._item_edited)
        self.expected_box.currentIndexChanged.connect(self._item_edited)
        self.critical_check.toggled.connect(self._item_edited)
        self.photo_check.toggled.connect(self._item_edited)
        return page

    # --- the outline -----------------------------------------------------------------
    def _load_definition(self, definition: dict[str, Any]) -> None:
        self.outline.clear()
        for section in definition.get("sections", []):
            node = self._section_node(str(section.get("title", "")))
            for item in section.get("items", []):
                doc = new_item()
                doc.update(copy.deepcopy(item))
                for key in ("weight", "target", "tolerance"):
                    if key in item:
                        doc[key] = str(item[key])
                self._item_node(node, doc)
        self.outline.expandAll()
        first = self.outline.topLevelItem(0)
        if first is not None:
            self.outline.setCurrentItem(first.child(0) or first)

    def _section_node(self, title: str) -> QTreeWidgetItem:
        node = QTreeWidgetItem([title or self.tr("(untitled section)")])
        node.setData(0, DocRole, {"title": title})
        self.outline.addTopLevelItem(node)
        return node

    def _item_node(self, section: QTreeWidgetItem, doc: dict[str, Any]) -> QTreeWidgetItem:
        node = QTreeWidgetItem()
        node.setData(0, DocRole, doc)
        section.addChild(node)
        self._label_item(node)
        return node

    def _label_item(self, node: QTreeWidgetItem) -> None:
        doc = node.data(0, DocRole)
        prompt = doc.get("prompt") or self.tr("(no prompt yet)")
        marks = " ★" if doc.get("critical") else ""
        node.setText(0, f"{prompt}{marks}")
        node.setToolTip(0, response_type_text(ResponseType(doc["type"])))

    def _current_section(self) -> QTreeWidgetItem | None:
        node = self.outline.currentItem()
        if node is None:
            return None
        return node.parent() or node

    def _add_section(self) -> None:
        node = self._section_node("")
        self.outline.setCurrentItem(node)
        self.section_title.setFocus()
        self._touched(self.tr("Add section"))

    def _add_item(self) -> None:
        section = self._current_section()
        if section is None:
            section = self._section_node("")
        node = QTreeWidgetItem()
        node.setData(0, DocRole, new_item())
        current = self.outline.currentItem()
        if current is not None and current.parent() is section:
            section.insertChild(section.indexOfChild(current) + 1, node)
        else:
            section.addChild(node)
        self._label_item(node)
        section.setExpanded(True)
        self.outline.setCurrentItem(node)
        self.prompt_edit.setFocus()
        self._touched(self.tr("Add item"))

    def _remove(self) -> None:
        node = self.outline.currentItem()
        if node is None:
            return
        parent = node.parent()
        if parent is None:
            self.outline.takeTopLevelItem(self.outline.indexOfTopLevelItem(node))
        else:
            parent.removeChild(node)
        self._touched(self.tr("Remove"))

    def _move(self, step: int) -> None:
        node = self.outline.currentItem()
        if node is None:
            return
        parent = node.parent()
        if parent is None:
            index = self.outline.indexOfTopLevelItem(node)
            target = index + step
            if not 0 <= target < self.outline.topLevelItemCount():
                return
            expanded = node.isExpanded()
            self.outline.takeTopLevelItem(index)
            self.outline.insertTopLevelItem(target, node)
            node.setExpanded(expanded)
        else:
            index = parent.indexOfChild(node)
            target = index + step
            if not 0 <= target < parent.childCount():
                return
            parent.takeChild(index)
            parent.insertChild(target, node)
        self.outline.setCurrentItem(node)
        self._touched(self.tr("Move"))

    # --- the forms -------------------------------------------------------------------
    def _selected(self, node: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        if node is None:
            return
        was_loading, self._loading = self._loading, True
        doc = node.data(0, DocRole)
        if node.parent() is None:
            self.forms.setCurrentIndex(0)
            self.section_title.setText(doc.get("title", ""))
        else:
            self.forms.setCurrentIndex(1)
            self.prompt_edit.setText(doc.get("prompt", ""))
            self.type_box.setCurrentIndex(max(0, self.type_box.findData(doc["type"])))
            self.weight_edit.setText(str(doc.get("weight", "1")))
            self.critical_check.setChecked(bool(doc.get("critical")))
            self.photo_check.setChecked(bool(doc.get("photo_required")))
            self.action_box.setCurrentIndex(
                max(0, self.action_box.findData(doc.get("failure_action", "punch_item")))
            )
            self.target_edit.setText(str(doc.get("target", "")))
            self.tolerance_edit.setText(str(doc.get("tolerance", "0")))
            self.unit_edit.setText(str(doc.get("unit", "")))
            self.choices_edit.setPlainText("\n".join(map(str, doc.get("choices", []))))
            self.failing_edit.setPlainText("\n".join(map(str, doc.get("failing_choices", []))))
            self.expected_box.setCurrentIndex(0 if doc.get("expected_yes", True) else 1)
            self._show_type_fields(doc["type"])
        self._loading = was_loading
        self.add_item_button.setEnabled(True)

    def _show_type_fields(self, rtype: str) -> None:
        self.number_box.setVisible(rtype == ResponseType.NUMBER.value)
        self.choice_box.setVisible(rtype == ResponseType.CHOICE.value)
        self.yes_no_box.setVisible(rtype == ResponseType.YES_NO.value)

    def _section_edited(self) -> None:
        node = self.outline.currentItem()
        if self._loading or node is None or node.parent() is not None:
            return
        title = self.section_title.text()
        node.setData(0, DocRole, {"title": title})
        node.setText(0, title or self.tr("(untitled section)"))
        self._touched(self.tr("Edit section"), merge=f"section:{self._path(node)}")

    def _item_edited(self) -> None:
        node = self.outline.currentItem()
        if self._loading or node is None or node.parent() is None:
            return
        doc = dict(node.data(0, DocRole))
        doc.update(
            prompt=self.prompt_edit.text(),
            type=self.type_box.currentData(),
            weight=self.weight_edit.text(),
            critical=self.critical_check.isChecked(),
            photo_required=self.photo_check.isChecked(),
            failure_action=self.action_box.currentData(),
            target=self.target_edit.text(),
            tolerance=self.tolerance_edit.text(),
            unit=self.unit_edit.text(),
            choices=_lines(self.choices_edit.toPlainText()),
            failing_choices=_lines(self.failing_edit.toPlainText()),
            expected_yes=bool(self.expected_box.currentData()),
        )
        node.setData(0, DocRole, doc)
        self._label_item(node)
        self._show_type_fields(doc["type"])
        self._touched(self.tr("Edit item"), merge=f"item:{self._path(node)}")

    def _mark_dirty(self) -> None:
        self.dirty = True
        for widget in self._flagged:
            widget.setStyleSheet("")
        self._flagged = []

    def _touched(self, what: str, merge: str | None = None) -> None:
        """An outline change: dirty, and one step on the undo stack (typing in one field
        merges into one step)."""
        self._mark_dirty()
        if not self._recording:
            return
        after = self._snapshot()
        self.undo_stack.push(_OutlineStep(self, self._state, after, what, merge))
        self._state = after

    # --- undo ------------------------------------------------------------------------
    def _path(self, node: QTreeWidgetItem | None) -> tuple[int, int]:
        if node is None:
            return (-1, -1)
        parent = node.parent()
        if parent is None:
            return (self.outline.indexOfTopLevelItem(node), -1)
        return (self.outline.indexOfTopLevelItem(parent), parent.indexOfChild(node))

    def _snapshot(self) -> Snapshot:
        sections: list[tuple[str, list[dict[str, Any]]]] = []
        for s in range(self.outline.topLevelItemCount()):
            node = self.outline.topLevelItem(s)
            assert node is not None
            docs = []
            for i in range(node.childCount()):
                child = node.child(i)
                assert child is not None
                docs.append(copy.deepcopy(child.data(0, DocRole)))
            sections.append((str(node.data(0, DocRole).get("title", "")), docs))
        return (sections, self._path(self.outline.currentItem()))

    def restore(self, state: Snapshot) -> None:
        """Show an earlier outline (undo/redo)."""
        sections, (s_index, i_index) = state
        was_loading, self._loading = self._loading, True
        self.outline.clear()
        for title, docs in sections:
            node = self._section_node(title)
            for doc in docs:
                self._item_node(node, copy.deepcopy(doc))
        self.outline.expandAll()
        self._loading = was_loading
        section = self.outline.topLevelItem(s_index) if s_index >= 0 else None
        target = section.child(i_index) if section is not None and i_index >= 0 else section
        if target is None:
            target = self.outline.topLevelItem(0)
        if target is not None:
            self.outline.setCurrentItem(target)
        self._state = state
        self._mark_dirty()

    # --- saving ----------------------------------------------------------------------
    def definition(self) -> dict[str, Any]:
        sections = []
        for s in range(self.outline.topLevelItemCount()):
            node = self.outline.topLevelItem(s)
            assert node is not None
            items = []
            for i in range(node.childCount()):
                child = node.child(i)
                assert child is not None
                items.append(item_document(child.data(0, DocRole)))
            sections.append({"title": node.data(0, DocRole).get("title", ""), "items": items})
        return {
            "sections": sections,
            inspections.RAISE_ON_COMPLETE: self.raise_on_complete.isChecked(),
        }

    def _field_widgets(self) -> dict[str, tuple[str, QWidget]]:
        return {
            "title": (self.tr("Section title"), self.section_title),
            "prompt": (self.tr("Prompt"), self.prompt_edit),
            "type": (self.tr("Response type"), self.type_box),
            "weight": (self.tr("Weight"), self.weight_edit),
            "failure_action": (self.tr("On failure"), self.action_box),
            "target": (self.tr("Target"), self.target_edit),
            "tolerance": (self.tr("Tolerance"), self.tolerance_edit),
            "choices": (self.tr("Options"), self.choices_edit),
            "failing_choices": (self.tr("Failing options"), self.failing_edit),
            "items": (self.tr("Items"), self.outline),
        }

    def show_error(self, exc: ValidationError) -> None:
        """Select what the error is about, mark the field and say what is wrong with it."""
        heads: dict[str, tuple[str, QWidget]] = {
            "name": (self.tr("Name"), self.name_edit),
            "category": (self.tr("Category"), self.category_edit),
            "pass_mark": (self.tr("Pass mark"), self.pass_mark),
            "definition": (self.tr("Sections"), self.outline),
        }
        where = ""
        label, widget = heads.get(exc.field, (exc.field, self.outline))
        match = _PATH.match(exc.field)
        if match:
            s_index = int(match.group(1)) - 1
            section = self.outline.topLevelItem(s_index)
            node = section
            if section is not None:
                title = section.data(0, DocRole).get("title") or str(s_index + 1)
                where = self.tr("Section '{title}'").format(title=title)
                if match.group(2):
                    i_index = int(match.group(2)) - 1
                    node = section.child(i_index) or section
                    where = self.tr("Section '{title}', item {n}").format(
                        title=title, n=i_index + 1
                    )
            if node is not None:
                self.outline.setCurrentItem(node)
            key = match.group(3) or ("items" if match.group(2) is None else "prompt")
            label, widget = self._field_widgets().get(key, (key, self.outline))
        text = domain_message(exc, label)
        if not text.startswith(label):
            text = f"{label}: {text}"
        self.show_message(f"{where} — {text}" if where else text)
        widget.setStyleSheet(f"border: 2px solid {FAIL_COLOUR};")
        self._flagged.append(widget)
        widget.setFocus()

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def save(self) -> None:
        self.message.hide()
        try:
            name = validation.required_text("name", self.name_edit.text(), max_len=200)
            category = validation.required_text("category", self.category_edit.text(), max_len=80)
            definition = inspections.validate_definition(self.definition())
        except ValidationError as exc:
            self.show_error(exc)
            return
        store = self.window_.ctx.store
        template_id = self.template_id
        pass_mark = Decimal(self.pass_mark.value())
        scope = self.scope_box.currentData()

        def work() -> Done[InspectionTemplate]:
            if template_id is None:
                return inspections.create_template(
                    store,
                    name=name,
                    definition=definition,
                    category=category,
                    project_id=scope,
                    pass_mark=pass_mark,
                )
            return inspections.update_template(store, template_id, definition=definition, name=name)

        def done(result: Done[InspectionTemplate]) -> None:
            self.buttons.setEnabled(True)
            self.template_id = result.value.id
            self.dirty = False
            self.saved.emit(result.value.id)
            self.accept()

        def failed(message: str) -> None:
            self.buttons.setEnabled(True)
            self.show_message(message)

        self.buttons.setEnabled(False)
        run_service(self.window_, work, done, failed)

    # --- leaving ---------------------------------------------------------------------
    def reject(self) -> None:
        if self.dirty and not self._discard_ok():
            return
        super().reject()

    def _discard_ok(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved template"),
            self.tr("Discard the changes to this template?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard
