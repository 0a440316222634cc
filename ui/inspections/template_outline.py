"""The template editor's outline: sections and their items in a ``QTreeWidget``, each
node holding its document (``DocRole``). Adding, removing and moving nodes, the outline
as a snapshot for undo, and the definition the service takes. Knows no form and no
service: ``TemplateEditorController`` drives it."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

from executrek.models.records.inspection.model import FailureAction, ResponseType
from executrek.ui.inspections.inspections_text import inspection_word
from executrek.ui.undo_commands import DoneCommand

translate = QCoreApplication.translate

DocRole = Qt.ItemDataRole.UserRole + 1

#: The sections (title, item documents) and the selected (section, item) positions.
Snapshot = tuple[list[tuple[str, list[dict[str, Any]]]], tuple[int, int]]


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


def lines(text: str) -> list[str]:
    """The non-empty lines of a text box, stripped."""
    return [line.strip() for line in text.splitlines() if line.strip()]


class OutlineStep(DoneCommand):
    """One outline change as before/after snapshots (a template is small); typing in one
    field (the same ``merge`` key) merges into one step."""

    def __init__(
        self,
        restore: Callable[[Snapshot], None],
        before: Snapshot,
        after: Snapshot,
        text: str,
        merge: str | None,
    ) -> None:
        super().__init__(text)
        self.restore = restore
        self.before = before
        self.after = after
        self.merge = merge

    def id(self) -> int:
        return 1 if self.merge else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if isinstance(other, OutlineStep) and self.merge and other.merge == self.merge:
            self.after = other.after
            return True
        return False

    def again(self) -> None:
        self.restore(self.after)

    def undo(self) -> None:
        self.restore(self.before)


class TemplateOutline:
    """The nodes of ``tree``: top-level nodes are sections, their children items."""

    def __init__(self, tree: QTreeWidget) -> None:
        self.tree = tree

    # --- nodes -----------------------------------------------------------------------
    def section_node(self, title: str) -> QTreeWidgetItem:
        node = QTreeWidgetItem([title or translate("TemplateEditor", "(untitled section)")])
        node.setData(0, DocRole, {"title": title})
        self.tree.addTopLevelItem(node)
        return node

    def item_node(self, section: QTreeWidgetItem, doc: dict[str, Any]) -> QTreeWidgetItem:
        node = QTreeWidgetItem()
        node.setData(0, DocRole, doc)
        section.addChild(node)
        self.label_item(node)
        return node

    def label_item(self, node: QTreeWidgetItem) -> None:
        doc = node.data(0, DocRole)
        prompt = doc.get("prompt") or translate("TemplateEditor", "(no prompt yet)")
        marks = " ★" if doc.get("critical") else ""
        node.setText(0, f"{prompt}{marks}")
        node.setToolTip(0, inspection_word(ResponseType(doc["type"])))

    def set_section_title(self, node: QTreeWidgetItem, title: str) -> None:
        node.setData(0, DocRole, {"title": title})
        node.setText(0, title or translate("TemplateEditor", "(untitled section)"))

    def sections(self) -> list[QTreeWidgetItem]:
        found = (self.tree.topLevelItem(s) for s in range(self.tree.topLevelItemCount()))
        return [node for node in found if node is not None]

    def items(self, section: QTreeWidgetItem) -> list[QTreeWidgetItem]:
        found = (section.child(i) for i in range(section.childCount()))
        return [node for node in found if node is not None]

    def current_section(self) -> QTreeWidgetItem | None:
        node = self.tree.currentItem()
        if node is None:
            return None
        return node.parent() or node

    def path(self, node: QTreeWidgetItem | None) -> tuple[int, int]:
        """(section, item) positions of ``node``; item -1 for a section."""
        if node is None:
            return (-1, -1)
        parent = node.parent()
        if parent is None:
            return (self.tree.indexOfTopLevelItem(node), -1)
        return (self.tree.indexOfTopLevelItem(parent), parent.indexOfChild(node))

    def node_at(self, s_index: int, i_index: int) -> QTreeWidgetItem | None:
        """The section at ``s_index`` (``i_index`` -1) or its item at ``i_index``; None
        when there is no such node."""
        section = self.tree.topLevelItem(s_index) if s_index >= 0 else None
        if section is None or i_index < 0:
            return section
        return section.child(i_index)

    # --- editing ---------------------------------------------------------------------
    def add_item(self) -> QTreeWidgetItem:
        """A new item after the current one (at the end of the current section; in a new
        section when there is none), selected."""
        section = self.current_section()
        if section is None:
            section = self.section_node("")
        node = QTreeWidgetItem()
        node.setData(0, DocRole, new_item())
        current = self.tree.currentItem()
        if current is not None and current.parent() is section:
            section.insertChild(section.indexOfChild(current) + 1, node)
        else:
            section.addChild(node)
        self.label_item(node)
        section.setExpanded(True)
        self.tree.setCurrentItem(node)
        return node

    def remove_current(self) -> bool:
        node = self.tree.currentItem()
        if node is None:
            return False
        parent = node.parent()
        if parent is None:
            self.tree.takeTopLevelItem(self.tree.indexOfTopLevelItem(node))
        else:
            parent.removeChild(node)
        return True

    def move_current(self, step: int) -> bool:
        """Move the current node ``step`` places among its siblings; False at an end."""
        node = self.tree.currentItem()
        if node is None:
            return False
        parent = node.parent()
        if parent is None:
            index = self.tree.indexOfTopLevelItem(node)
            target = index + step
            if not 0 <= target < self.tree.topLevelItemCount():
                return False
            expanded = node.isExpanded()
            self.tree.takeTopLevelItem(index)
            self.tree.insertTopLevelItem(target, node)
            node.setExpanded(expanded)
        else:
            index = parent.indexOfChild(node)
            target = index + step
            if not 0 <= target < parent.childCount():
                return False
            parent.takeChild(index)
            parent.insertChild(target, node)
        self.tree.setCurrentItem(node)
        return True

    # --- whole outline ---------------------------------------------------------------
    def fill(self, sections: list[tuple[str, list[dict[str, Any]]]]) -> None:
        self.tree.clear()
        for title, docs in sections:
            node = self.section_node(title)
            for doc in docs:
                self.item_node(node, doc)
        self.tree.expandAll()

    def load(self, definition: dict[str, Any]) -> None:
        """A stored definition, the first item (else section) selected."""
        sections = []
        for section in definition.get("sections", []):
            docs = []
            for item in section.get("items", []):
                doc = new_item()
                doc.update(copy.deepcopy(item))
                for key in ("weight", "target", "tolerance"):
                    if key in item:
                        doc[key] = str(item[key])
                docs.append(doc)
            sections.append((str(section.get("title", "")), docs))
        self.fill(sections)
        first = self.tree.topLevelItem(0)
        if first is not None:
            self.tree.setCurrentItem(first.child(0) or first)

    def snapshot(self) -> Snapshot:
        sections = [
            (
                str(node.data(0, DocRole).get("title", "")),
                [copy.deepcopy(child.data(0, DocRole)) for child in self.items(node)],
            )
            for node in self.sections()
        ]
        return (sections, self.path(self.tree.currentItem()))

    def restore(self, state: Snapshot) -> None:
        """Show an earlier outline and select what was selected then."""
        sections, (s_index, i_index) = state
        self.fill([(title, [copy.deepcopy(doc) for doc in docs]) for title, docs in sections])
        target = self.node_at(s_index, i_index) or self.tree.topLevelItem(0)
        if target is not None:
            self.tree.setCurrentItem(target)

    def sections_document(self) -> list[dict[str, Any]]:
        return [
            {
                "title": node.data(0, DocRole).get("title", ""),
                "items": [item_document(child.data(0, DocRole)) for child in self.items(node)],
            }
            for node in self.sections()
        ]
