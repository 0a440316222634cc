"""The template editor's behaviour: fills the ``TemplateEditor`` (its layout) from the
template, keeps the outline and the selected section or item's form in step, records
each outline change on its undo stack, checks the document with the service's rules
and saves it off the GUI thread; a refusal names the section, item and field."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialogButtonBox, QTreeWidgetItem, QWidget

from executrek.app.messages import user_message
from executrek.models import validation
from executrek.models.errors import ValidationError
from executrek.models.records.inspection import service as inspections
from executrek.models.records.inspection.model import InspectionTemplate, ResponseType
from executrek.models.services.common import Done
from executrek.ui.inspections.inspections_tasks import run_from_dialog
from executrek.ui.inspections.inspections_text import FAIL_COLOUR
from executrek.ui.inspections.template_outline import (
    DocRole,
    OutlineStep,
    Snapshot,
    TemplateOutline,
    lines,
)
from executrek.ui.widgets.record_list import add_shortcut

if TYPE_CHECKING:
    from executrek.ui.inspections.template_editor import TemplateEditor
    from executrek.ui.main_window import MainWindow

_PATH = re.compile(r"^sections\[(\d+)\](?:\.items\[(\d+)\])?(?:\.(\w+))?$")
SECTION_FORM, ITEM_FORM = 0, 1


class TemplateEditorController(QObject):
    """Behind one ``TemplateEditor``; ``dirty`` while there are unsaved changes."""

    def __init__(
        self,
        window: MainWindow,
        editor: TemplateEditor,
        *,
        template: InspectionTemplate | None = None,
        copy_of: InspectionTemplate | None = None,
        project_id: str | None = None,
    ) -> None:
        super().__init__(editor)
        self.window_ = window
        self.editor = editor
        self.outline = TemplateOutline(editor.outline)
        self.template_id = template.id if template else None
        self.project_id = project_id
        self.dirty = False
        self._loading = False
        self._flagged: list[QWidget] = []
        self.undo_stack = QUndoStack(self)
        self._state: Snapshot = ([], (-1, -1))
        self._recording = False
        self._wire()
        source = template or copy_of
        if source is not None:
            name = source.name if template else self.tr("Copy of {name}").format(name=source.name)
            editor.name_edit.setText(name)
            editor.category_edit.setText(source.category)
            editor.pass_mark.setValue(int(source.pass_mark))
            editor.raise_on_complete.setChecked(inspections.raises_on_complete(source.definition))
            self.outline.load(source.definition)
        else:
            self.add_section()
        self.dirty = False
        self._state = self.outline.snapshot()
        self._recording = True

    def _wire(self) -> None:
        e = self.editor
        for changed in (
            e.raise_on_complete.toggled,
            e.name_edit.textEdited,
            e.category_edit.textEdited,
            e.pass_mark.valueChanged,
        ):
            changed.connect(self._mark_dirty)
        e.outline.currentItemChanged.connect(self._selected)
        e.add_section_button.clicked.connect(self.add_section)
        e.add_item_button.clicked.connect(self.add_item)
        e.remove_button.clicked.connect(self.remove)
        e.up_button.clicked.connect(lambda: self.move(-1))
        e.down_button.clicked.connect(lambda: self.move(1))
        e.undo_button.clicked.connect(self.undo_stack.undo)
        e.redo_button.clicked.connect(self.undo_stack.redo)
        self.undo_stack.canUndoChanged.connect(e.undo_button.setEnabled)
        self.undo_stack.canRedoChanged.connect(e.redo_button.setEnabled)
        e.buttons.accepted.connect(self.save)
        e.section_title.textEdited.connect(self._section_edited)
        for edited in (
            e.prompt_edit.textEdited,
            e.weight_edit.textEdited,
            e.target_edit.textEdited,
            e.tolerance_edit.textEdited,
            e.unit_edit.textEdited,
            e.choices_edit.textChanged,
            e.failing_edit.textChanged,
            e.type_box.currentIndexChanged,
            e.action_box.currentIndexChanged,
            e.expected_box.currentIndexChanged,
            e.critical_check.toggled,
            e.photo_check.toggled,
        ):
            edited.connect(self._item_edited)
        for keys, text, slot in (
            ("Ctrl+Return", self.tr("Add an item"), self.add_item),
            ("Ctrl+Shift+Return", self.tr("Add a section"), self.add_section),
            ("Ctrl+Up", self.tr("Move up"), lambda: self.move(-1)),
            ("Ctrl+Down", self.tr("Move down"), lambda: self.move(1)),
            ("Ctrl+S", self.tr("Save the template"), self.save),
            ("Ctrl+Z", self.tr("Undo"), self.undo_stack.undo),
            ("Ctrl+Shift+Z", self.tr("Redo"), self.undo_stack.redo),
            ("Ctrl+Y", "", self.undo_stack.redo),
        ):
            add_shortcut(e, text, keys, slot, context=Qt.ShortcutContext.WindowShortcut)

    # --- the outline -----------------------------------------------------------------
    def add_section(self) -> None:
        self.editor.outline.setCurrentItem(self.outline.section_node(""))
        self.editor.section_title.setFocus()
        self._touched(self.tr("Add section"))

    def add_item(self) -> None:
        self.outline.add_item()
        self.editor.prompt_edit.setFocus()
        self._touched(self.tr("Add item"))

    def remove(self) -> None:
        if self.outline.remove_current():
            self._touched(self.tr("Remove"))

    def move(self, step: int) -> None:
        if self.outline.move_current(step):
            self._touched(self.tr("Move"))

    # --- the forms -------------------------------------------------------------------
    def _selected(self, node: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        if node is None:
            return
        e = self.editor
        was_loading, self._loading = self._loading, True
        doc = node.data(0, DocRole)
        if node.parent() is None:
            e.forms.setCurrentIndex(SECTION_FORM)
            e.section_title.setText(doc.get("title", ""))
        else:
            e.forms.setCurrentIndex(ITEM_FORM)
            e.prompt_edit.setText(doc.get("prompt", ""))
            e.type_box.setCurrentIndex(max(0, e.type_box.findData(doc["type"])))
            e.weight_edit.setText(str(doc.get("weight", "1")))
            e.critical_check.setChecked(bool(doc.get("critical")))
            e.photo_check.setChecked(bool(doc.get("photo_required")))
            e.action_box.setCurrentIndex(
                max(0, e.action_box.findData(doc.get("failure_action", "punch_item")))
            )
            e.target_edit.setText(str(doc.get("target", "")))
            e.tolerance_edit.setText(str(doc.get("tolerance", "0")))
            e.unit_edit.setText(str(doc.get("unit", "")))
            e.choices_edit.setPlainText("\n".join(map(str, doc.get("choices", []))))
            e.failing_edit.setPlainText("\n".join(map(str, doc.get("failing_choices", []))))
            e.expected_box.setCurrentIndex(0 if doc.get("expected_yes", True) else 1)
            self._show_type_fields(doc["type"])
        self._loading = was_loading
        e.add_item_button.setEnabled(True)

    def _show_type_fields(self, rtype: str) -> None:
        self.editor.number_box.setVisible(rtype == ResponseType.NUMBER.value)
        self.editor.choice_box.setVisible(rtype == ResponseType.CHOICE.value)
        self.editor.yes_no_box.setVisible(rtype == ResponseType.YES_NO.value)

    def _section_edited(self) -> None:
        node = self.editor.outline.currentItem()
        if self._loading or node is None or node.parent() is not None:
            return
        self.outline.set_section_title(node, self.editor.section_title.text())
        self._touched(self.tr("Edit section"), merge=f"section:{self.outline.path(node)}")

    def _item_edited(self) -> None:
        e = self.editor
        node = e.outline.currentItem()
        if self._loading or node is None or node.parent() is None:
            return
        doc = dict(node.data(0, DocRole))
        doc.update(
            prompt=e.prompt_edit.text(),
            type=e.type_box.currentData(),
            weight=e.weight_edit.text(),
            critical=e.critical_check.isChecked(),
            photo_required=e.photo_check.isChecked(),
            failure_action=e.action_box.currentData(),
            target=e.target_edit.text(),
            tolerance=e.tolerance_edit.text(),
            unit=e.unit_edit.text(),
            choices=lines(e.choices_edit.toPlainText()),
            failing_choices=lines(e.failing_edit.toPlainText()),
            expected_yes=bool(e.expected_box.currentData()),
        )
        node.setData(0, DocRole, doc)
        self.outline.label_item(node)
        self._show_type_fields(doc["type"])
        self._touched(self.tr("Edit item"), merge=f"item:{self.outline.path(node)}")

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
        after = self.outline.snapshot()
        self.undo_stack.push(OutlineStep(self.restore, self._state, after, what, merge))
        self._state = after

    def restore(self, state: Snapshot) -> None:
        """Show an earlier outline (undo/redo)."""
        was_loading, self._loading = self._loading, True
        self.outline.restore(state)
        self._loading = was_loading
        self._state = state
        self._mark_dirty()

    # --- saving ----------------------------------------------------------------------
    def definition(self) -> dict[str, Any]:
        return {
            "sections": self.outline.sections_document(),
            inspections.RAISE_ON_COMPLETE: self.editor.raise_on_complete.isChecked(),
        }

    def _field_widgets(self) -> dict[str, tuple[str, QWidget]]:
        e = self.editor
        return {
            "title": (self.tr("Section title"), e.section_title),
            "prompt": (self.tr("Prompt"), e.prompt_edit),
            "type": (self.tr("Response type"), e.type_box),
            "weight": (self.tr("Weight"), e.weight_edit),
            "failure_action": (self.tr("On failure"), e.action_box),
            "target": (self.tr("Target"), e.target_edit),
            "tolerance": (self.tr("Tolerance"), e.tolerance_edit),
            "choices": (self.tr("Options"), e.choices_edit),
            "failing_choices": (self.tr("Failing options"), e.failing_edit),
            "items": (self.tr("Items"), e.outline),
        }

    def show_error(self, exc: ValidationError) -> None:
        """Select what the error is about, mark the field and say what is wrong with it."""
        e = self.editor
        heads: dict[str, tuple[str, QWidget]] = {
            "name": (self.tr("Name"), e.name_edit),
            "category": (self.tr("Category"), e.category_edit),
            "pass_mark": (self.tr("Pass mark"), e.pass_mark),
            "definition": (self.tr("Sections"), e.outline),
        }
        where = ""
        label, widget = heads.get(exc.field, (exc.field, e.outline))
        match = _PATH.match(exc.field)
        if match:
            s_index = int(match.group(1)) - 1
            section = self.outline.node_at(s_index, -1)
            node = section
            if section is not None:
                title = section.data(0, DocRole).get("title") or str(s_index + 1)
                where = self.tr("Section '{title}'").format(title=title)
                if match.group(2):
                    i_index = int(match.group(2)) - 1
                    node = self.outline.node_at(s_index, i_index) or section
                    where = self.tr("Section '{title}', item {n}").format(
                        title=title, n=i_index + 1
                    )
            if node is not None:
                e.outline.setCurrentItem(node)
            key = match.group(3) or ("items" if match.group(2) is None else "prompt")
            label, widget = self._field_widgets().get(key, (key, e.outline))
        text = user_message(exc, label)
        if not text.startswith(label):
            text = f"{label}: {text}"
        e.show_message(f"{where} — {text}" if where else text)
        widget.setStyleSheet(f"border: 2px solid {FAIL_COLOUR};")
        self._flagged.append(widget)
        widget.setFocus()

    def save(self) -> None:
        e = self.editor
        if not e.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled():
            return  # the role does not allow it (the button says why)
        e.message.hide()
        try:
            name = validation.required_text("name", e.name_edit.text(), max_len=200)
            category = validation.required_text("category", e.category_edit.text(), max_len=80)
            definition = inspections.validate_definition(self.definition())
        except ValidationError as exc:
            self.show_error(exc)
            return
        store = self.window_.ctx.store
        template_id = self.template_id
        pass_mark = Decimal(e.pass_mark.value())
        scope = e.scope_box.currentData()

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
            e.buttons.setEnabled(True)
            self.template_id = result.value.id
            self.dirty = False
            e.saved.emit(result.value.id)
            e.accept()

        run_from_dialog(self.window_, e.buttons, work, done, e.show_message)
