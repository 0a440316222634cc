"""“On sheet A-101 (rev C)” for a record's detail pane; the sheet is a link that opens
the Drawings screen centred on the record's pin. Hidden when the record has no pin."""

from __future__ import annotations

import html
import re
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from executrek.models.records.drawing import service as drawings
from executrek.models.records.drawing.pins import ItemPin

if TYPE_CHECKING:
    from executrek.ui.main_window import MainWindow


class SheetLink(QWidget):
    def __init__(self, window: MainWindow, target_type: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.window_ = window
        self.target_type = target_type
        self.target_id: str | None = None
        self.pin: ItemPin | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setToolTip(self.tr("Open the drawing centred on this item's pin"))
        self.label.linkActivated.connect(lambda _link: self.open_sheet())
        layout.addWidget(self.label, 1)
        self.hide()

    def load(self, target_id: str | None) -> None:
        self.target_id = target_id
        if target_id is None:
            self._show_pins(None, [])
            return
        store, kind = self.window_.ctx.store, self.target_type
        self.window_.call(
            lambda: drawings.pins_for_item(store, kind, target_id),
            lambda pins: self._show_pins(target_id, pins),
        )

    def _show_pins(self, target_id: str | None, pins: list[ItemPin]) -> None:
        if target_id != self.target_id:
            return
        self.pin = pins[0] if pins else None
        can_open = "drawings" in self.window_.page_widgets
        if self.pin is None:
            self.hide()
            return
        where = self.tr("{number} (rev {rev})").format(
            number=html.escape(self.pin.sheet_number), rev=html.escape(self.pin.revision or "–")
        )
        if can_open:
            where = f"<a href='sheet'>{where}</a>"
        text = self.tr("On sheet {where}").format(where=where)
        if len(pins) > 1:
            text += self.tr(" and {count} more").format(count=len(pins) - 1)
        self.label.setText(text)
        self.show()

    def text(self) -> str:
        """The label as plain text (“On sheet A-101 (rev C)”)."""
        return re.sub(r"<[^>]+>", "", self.label.text())

    def open_sheet(self) -> None:
        pin = self.pin
        if pin is None or "drawings" not in self.window_.page_widgets:
            return
        from executrek.ui.drawings.drawings_page import DrawingsPage

        page = self.window_.show_page("drawings")
        assert isinstance(page, DrawingsPage)
        page.show_pin(pin.sheet_id, pin.revision_id, pin.x, pin.y)
