"""F1: a translucent sheet over the window listing every keyboard shortcut."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QKeyEvent, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget


class HelpOverlay(QWidget):
    """Covers its parent; any key or click closes it."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.entries: list[tuple[str, str]] = []  # (keys, what it does)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Keyboard shortcuts"))
        parent.installEventFilter(self)
        self.hide()

    def set_entries(self, entries: Sequence[tuple[str, str]]) -> None:
        self.entries = list(entries)
        self.update()

    def text(self) -> str:
        return "\n".join(f"{keys}\t{what}" for keys, what in self.entries)

    def toggle(self) -> None:
        if self.isVisible():
            self.hide()
            return
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self.raise_()
        self.show()
        self.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize:
            parent = self.parentWidget()
            if parent is not None:
                self.setGeometry(parent.rect())
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self.hide()
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.hide()
        event.accept()

    def paintEvent(self, event: QPaintEvent) -> None:
        """The card with the entries in as many columns as the window's height needs
        (a 1280×720 laptop shows every entry, none is cut off)."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor(10, 14, 20, 200))
        title_font = QFont(self.font())
        title_font.setPointSizeF(self.font().pointSizeF() * 1.5)
        title_font.setBold(True)
        body = QFont(self.font())
        body.setPointSizeF(self.font().pointSizeF() * 1.1)
        painter.setFont(body)
        fm = painter.fontMetrics()
        line = fm.height() + 10
        keys_w = max((fm.horizontalAdvance(k) for k, _ in self.entries), default=80) + 24
        what_w = max((fm.horizontalAdvance(w) for _, w in self.entries), default=200) + 20
        room = max(line, self.height() - 40 - 90)
        per_column = max(1, room // line)
        columns = max(1, -(-len(self.entries) // per_column))
        column_w = keys_w + 8 + what_w + 24
        width = min(self.width() - 40, column_w * columns + 24)
        what_w = max(60, (width - 24) // columns - keys_w - 32)
        rows = min(per_column, len(self.entries))
        height = min(self.height() - 40, 90 + line * rows)
        card = QRectF((self.width() - width) / 2, (self.height() - height) / 2, width, height)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#FFFFFF"))
        painter.drawRoundedRect(card, 12, 12)
        painter.setPen(QColor("#1B1F24"))
        painter.setFont(title_font)
        painter.drawText(
            QRectF(card.left() + 24, card.top() + 14, card.width() - 48, 36),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            self.tr("Keyboard shortcuts"),
        )
        painter.setFont(body)
        for index, (keys, what) in enumerate(self.entries):
            column, row = divmod(index, per_column)
            x = card.left() + 24 + column * (keys_w + 8 + what_w + 24)
            y = card.top() + 64 + row * line
            key_rect = QRectF(x, y, keys_w - 8, line - 6)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#E9EDF1"))
            painter.drawRoundedRect(key_rect, 5, 5)
            painter.setPen(QColor("#1F3A5F"))
            painter.drawText(key_rect, int(Qt.AlignmentFlag.AlignCenter), keys)
            painter.setPen(QColor("#1B1F24"))
            painter.drawText(
                QRectF(x + keys_w + 8, y, what_w, line - 6),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                fm.elidedText(what, Qt.TextElideMode.ElideRight, int(what_w)),
            )
        painter.end()
