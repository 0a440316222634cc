"""A signature pad: mouse, pen or touch strokes kept as vectors.

``strokes()`` gives a list of strokes, each a list of ``[x, y]`` points normalised to
0..1 over the pad (the shape services and reports store), so the signature scales to
any size without losing detail."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QTabletEvent,
    QTouchEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

Stroke = list[list[float]]


class SignaturePad(QWidget):
    """Sign here. ``changed`` fires after every stroke and on ``clear()``."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._strokes: list[Stroke] = []
        self._current: Stroke | None = None
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)
        self.setAttribute(Qt.WidgetAttribute.WA_StaticContents, True)
        self.setMinimumSize(QSize(320, 140))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setAccessibleName(self.tr("Signature pad"))
        self.setToolTip(self.tr("Sign with the mouse, a pen or a finger. Delete clears."))

    # --- API ---------------------------------------------------------------------
    def strokes(self) -> list[list[list[float]]]:
        return [[list(p) for p in stroke] for stroke in self._strokes]

    def set_strokes(self, strokes: list[list[list[float]]]) -> None:
        self._strokes = [[[float(x), float(y)] for x, y in stroke] for stroke in strokes]
        self._current = None
        self.update()
        self.changed.emit()

    def clear(self) -> None:
        self._strokes = []
        self._current = None
        self.update()
        self.changed.emit()

    def is_empty(self) -> bool:
        return not any(len(stroke) >= 2 for stroke in self._strokes)

    def sizeHint(self) -> QSize:
        return QSize(480, 180)

    # --- input -------------------------------------------------------------------
    def _norm(self, pos: QPointF) -> list[float]:
        w, h = max(1, self.width()), max(1, self.height())
        return [
            round(min(1.0, max(0.0, pos.x() / w)), 4),
            round(min(1.0, max(0.0, pos.y() / h)), 4),
        ]

    def _begin(self, pos: QPointF) -> None:
        self._current = [self._norm(pos)]
        self._strokes.append(self._current)
        self.update()

    def _extend(self, pos: QPointF) -> None:
        if self._current is None:
            return
        point = self._norm(pos)
        if point != self._current[-1]:
            self._current.append(point)
            self.update()

    def _end(self) -> None:
        if self._current is None:
            return
        if len(self._current) == 1:  # a dot: make it a tiny visible stroke
            x, y = self._current[0]
            self._current.append([min(1.0, x + 0.002), min(1.0, y + 0.002)])
        self._current = None
        self.update()
        self.changed.emit()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._begin(event.position())
            event.accept()
        else:
            super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._extend(event.position())
            event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._extend(event.position())
            self._end()
            event.accept()

    def tabletEvent(self, event: QTabletEvent) -> None:
        kind = event.type()
        if kind == QEvent.Type.TabletPress:
            self._begin(event.position())
        elif kind == QEvent.Type.TabletMove and event.pressure() > 0:
            self._extend(event.position())
        elif kind == QEvent.Type.TabletRelease:
            self._end()
        event.accept()

    def event(self, event: QEvent) -> bool:
        kind = event.type()
        if isinstance(event, QTouchEvent) and kind in (
            QEvent.Type.TouchBegin,
            QEvent.Type.TouchUpdate,
            QEvent.Type.TouchEnd,
        ):
            points = event.points()
            if points:
                pos = points[0].position()
                if kind == QEvent.Type.TouchBegin:
                    self._begin(pos)
                elif kind == QEvent.Type.TouchUpdate:
                    self._extend(pos)
                else:
                    self._extend(pos)
                    self._end()
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.clear()
            event.accept()
            return
        super().keyPressEvent(event)

    # --- drawing -----------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        rect = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        painter.fillRect(rect, pal.color(QPalette.ColorRole.Base))
        border = pal.color(
            QPalette.ColorRole.Highlight if self.hasFocus() else QPalette.ColorRole.Mid
        )
        painter.setPen(QPen(border, 1.5))
        painter.drawRoundedRect(rect, 6, 6)
        # the signing line
        line_y = self.height() * 0.78
        painter.setPen(QPen(pal.color(QPalette.ColorRole.Mid), 1, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(16, line_y), QPointF(self.width() - 16, line_y))
        if self.is_empty() and self._current is None:
            painter.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(
                QRectF(16, line_y - 28, self.width() - 32, 24),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                self.tr("✕  Sign here"),
            )
        pen = QPen(pal.color(QPalette.ColorRole.Text), 2.4)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        w, h = self.width(), self.height()
        for stroke in self._strokes:
            if not stroke:
                continue
            path = QPainterPath(QPointF(stroke[0][0] * w, stroke[0][1] * h))
            for x, y in stroke[1:]:
                path.lineTo(QPointF(x * w, y * h))
            painter.drawPath(path)
        painter.end()
