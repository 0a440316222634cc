"""The status bar's sync indicator: a coloured dot and a few words (offline, syncing n %,
up to date at HH:MM, needs attention, not set up). Clicking it opens the sync screen."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QToolButton, QWidget

from executrek.app.sync_schedule import SyncState, SyncStatus

COLOURS = {
    SyncState.NOT_SET_UP: "#9AA3AD",
    SyncState.OFFLINE: "#6B7580",
    SyncState.ONLINE: "#1F5FA8",
    SyncState.SYNCING: "#1F5FA8",
    SyncState.UP_TO_DATE: "#2E8540",
    SyncState.ATTENTION: "#E07A1F",
}


def dot(colour: str, hollow: bool = False, size: int = 12) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QColor(colour))
    if hollow:
        painter.setBrush(Qt.BrushStyle.NoBrush)
    else:
        painter.setBrush(QColor(colour))
    painter.drawEllipse(1, 1, size - 2, size - 2)
    painter.end()
    return QIcon(pixmap)


class SyncIndicator(QToolButton):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncIndicator")
        self.setAutoRaise(True)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.setIconSize(QSize(12, 12))
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.state = SyncState.NOT_SET_UP
        self.show_status(SyncStatus(SyncState.NOT_SET_UP))

    def show_status(self, status: SyncStatus) -> None:
        self.state = status.state
        self.setText(status.text())
        hollow = status.state in (SyncState.NOT_SET_UP, SyncState.OFFLINE)
        self.setIcon(dot(COLOURS[status.state], hollow))
        tip = status.detail or self.tr("Open the sync screen")
        self.setToolTip(tip)
        self.setAccessibleName(self.tr("Sync status: {text}").format(text=status.text()))
