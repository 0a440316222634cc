"""Pins on the sheet: one marker per punch item or issue, the same size at every zoom,
filled with the item's status colour (the punch list's colours). Punch items are round,
issues are diamonds. A click opens the item; a drag moves the pin (``moved`` carries the
new normalised place)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsItem,
    QGraphicsObject,
    QGraphicsSceneMouseEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from executrek.models.records.drawing.model import PIN_ISSUE
from executrek.models.records.drawing.pins import PinRow
from executrek.ui.labels import STATUS_COLOURS, value_label

PIN_Z = 1000.0
_HEAD = 9.0  # radius of the head, screen pixels
_STEM = 14.0  # from the head's centre down to the tip


def pin_colour(status: str) -> QColor:
    return QColor(STATUS_COLOURS.get(status, "#1F5FA8"))


def pin_path(issue: bool) -> QPainterPath:
    """The marker with its tip at (0, 0), pointing down."""
    path = QPainterPath()
    cy = -_STEM - _HEAD * 0.4
    if issue:
        r = _HEAD * 1.15
        path.moveTo(0, 0)
        path.lineTo(-r * 0.55, cy + r * 0.45)
        path.lineTo(-r, cy)
        path.lineTo(0, cy - r)
        path.lineTo(r, cy)
        path.lineTo(r * 0.55, cy + r * 0.45)
        path.closeSubpath()
    else:
        path.moveTo(0, 0)
        path.lineTo(-_HEAD * 0.7, cy + _HEAD * 0.7)
        path.arcTo(QRectF(-_HEAD, cy - _HEAD, 2 * _HEAD, 2 * _HEAD), 225, -270)
        path.closeSubpath()
    return path


class PinItem(QGraphicsObject):
    clicked = Signal(object)  # PinRow
    moved = Signal(object, float, float)  # PinRow, new x, new y (normalised)

    def __init__(self, row: PinRow, page: QSizeF, *, movable: bool = True) -> None:
        super().__init__()
        self.row = row
        self.page = QSizeF(page)
        self._path = pin_path(row.target_type == PIN_ISSUE)
        self._press = QPointF()
        self._start = QPointF()
        self._label = False
        self._font = QFont()
        self._font.setPointSizeF(8.0)
        self._font.setBold(True)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable, movable)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAcceptHoverEvents(True)
        self.setZValue(PIN_Z)
        self.set_row(row)

    def set_label_shown(self, shown: bool) -> None:
        """Show the item's number beside the marker (the viewer does when zoomed in)."""
        if shown != self._label:
            self.prepareGeometryChange()
            self._label = shown
            self.update()

    def _label_rect(self) -> QRectF:
        width = QFontMetricsF(self._font).horizontalAdvance(self.row.number) + 10
        height = QFontMetricsF(self._font).height() + 4
        cy = -_STEM - _HEAD * 0.4
        return QRectF(_HEAD + 4, cy - height / 2, width, height)

    def set_row(self, row: PinRow) -> None:
        self.prepareGeometryChange()
        self.row = row
        self.setPos(self.scene_point(row.x, row.y))
        parts = [f"<b>{row.number}</b> · {row.title}", value_label(row.status)]
        if row.contractor:
            parts.append(row.contractor)
        if row.location:
            parts.append(row.location)
        self.setToolTip("<br>".join(parts))
        self.update()

    def scene_point(self, x: float, y: float) -> QPointF:
        return QPointF(x * self.page.width(), y * self.page.height())

    def normalised(self) -> tuple[float, float]:
        p = self.pos()
        x = min(1.0, max(0.0, p.x() / self.page.width()))
        y = min(1.0, max(0.0, p.y() / self.page.height()))
        return round(x, 6), round(y, 6)

    # --- painting ----------------------------------------------------------------
    def boundingRect(self) -> QRectF:
        rect = self._path.boundingRect().adjusted(-3, -3, 3, 3)
        return rect.united(self._label_rect().adjusted(-1, -1, 1, 1)) if self._label else rect

    def shape(self) -> QPainterPath:
        return self._path

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(0, 0, 0, 70), 3.5))
        painter.drawPath(self._path)
        painter.setPen(QPen(QColor("#FFFFFF"), 1.8))
        painter.setBrush(QBrush(pin_colour(self.row.status)))
        painter.drawPath(self._path)
        dot = -_STEM - _HEAD * 0.4
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(QColor("#FFFFFF")))
        painter.drawEllipse(QPointF(0, dot), 3.0, 3.0)
        if self._label:
            box = self._label_rect()
            painter.setPen(QPen(pin_colour(self.row.status), 1.2))
            painter.setBrush(QBrush(QColor(255, 255, 255, 235)))
            painter.drawRoundedRect(box, 4, 4)
            painter.setFont(self._font)
            painter.setPen(QColor("#1B1F24"))
            painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), self.row.number)

    # --- input ---------------------------------------------------------------------
    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseMoveEvent(event)
        p = self.pos()
        inside = QPointF(
            min(self.page.width(), max(0.0, p.x())), min(self.page.height(), max(0.0, p.y()))
        )
        if inside != p:  # keep the pin on the sheet
            self.setPos(inside)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        self._press = event.screenPos().toPointF()
        self._start = self.pos()
        super().mousePressEvent(event)
        event.accept()

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if event.button() != Qt.MouseButton.LeftButton:
            return
        travel = (event.screenPos().toPointF() - self._press).manhattanLength()
        if travel < QApplication.startDragDistance():
            self.setPos(self._start)
            self.clicked.emit(self.row)
            return
        x, y = self.normalised()
        if (x, y) != (self.row.x, self.row.y):
            self.moved.emit(self.row, x, y)
