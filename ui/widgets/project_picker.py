"""The window's project box: one entry per project; a project whose first download is
not finished reads "CODE — Name (downloading 42 %)" and cannot be picked (its tooltip
says why) until the download is complete."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QComboBox

from executrek.app.project_downloads import Downloads, not_ready, state_text
from executrek.models.services.project_choices import ProjectChoice


def fill(box: QComboBox, rows: list[ProjectChoice], downloads: Downloads) -> list[ProjectChoice]:
    """Fill ``box`` (signals blocked) and return the projects that can be picked."""
    box.blockSignals(True)
    box.clear()
    ready = []
    model = box.model()
    for choice in rows:
        text = f"{choice.code} — {choice.name}"
        if choice.id not in downloads:
            box.addItem(text, choice.id)
            ready.append(choice)
            continue
        percent = downloads[choice.id]
        box.addItem(f"{text} ({state_text(percent)})", choice.id)
        index = box.count() - 1
        box.setItemData(index, not_ready(choice.code, percent), Qt.ItemDataRole.ToolTipRole)
        if isinstance(model, QStandardItemModel):
            item = model.item(index)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
    box.blockSignals(False)
    return ready


def downloading_reason(box: QComboBox, project_id: str) -> str | None:
    """Why ``project_id`` cannot be picked (its download is not finished), else None."""
    index = box.findData(project_id)
    if index < 0:
        return None
    model = box.model()
    if isinstance(model, QStandardItemModel) and model.item(index).isEnabled():
        return None
    tip = box.itemData(index, Qt.ItemDataRole.ToolTipRole)
    return str(tip) if tip else None
