"""Drawing markup over a photo: arrow, ellipse, rectangle, freehand and text.

The canvas keeps a ``Markup`` (vector shapes in 0…1 coordinates of the upright photo)
and an undo history; the photo itself is never changed. Shapes are drawn with Qt the
way ``markup_render`` draws them with Pillow for thumbnails and reports.
"""

from __future__ import annotations

import contextlib
import enum
import math
from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QImage,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsPixmapItem,
    QGraphicsScene,
    QGraphicsView,
    QInputDialog,
    QWidget,
)

from executrek.app.photos.markup import (
    DEFAULT_TEXT_SIZE,
    MAX_SHAPES,
    Arrow,
    Ellipse,
    Freehand,
    Markup,
    MarkupError,
    Point,
    Rectangle,
    Shape,
    Text,
)

_HEAD_LENGTH = 4.0  # × stroke width, as markup_render draws it
_HEAD_MIN = 0.02  # × long edge
_HEAD_ANGLE = math.radians(28)


class Tool(enum.StrEnum):
    ARROW = "arrow"
    ELLIPSE = "ellipse"
    RECTANGLE = "rectangle"
    FREEHAND = "freehand"
    TEXT = "text"


def _qcolour(colour: str) -> QColor:
    if len(colour) == 9:  # #rrggbbaa → Qt wants #aarrggbb
        return QColor(f"#{colour[7:9]}{colour[1:7]}")
    return QColor(colour)


class MarkupCanvas(QGraphicsView):
    markup_changed = Signal(object)  # Markup

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        ask_text: Callable[[], str | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setRenderHints(
            QPainter.RenderHint.Antialiasing | QPainter.RenderHint.SmoothPixmapTransform
        )
        self.setMouseTracking(False)
        self._photo = QGraphicsPixmapItem()
        self.scene().addItem(self._photo)
        self._shape_items: list[QGraphicsItem] = []
        self._draft_item: QGraphicsPathItem | None = None
        self._history: list[Markup] = []
        self._markup = Markup()
        self._start: Point | None = None
        self._points: list[Point] = []
        self.tool = Tool.ARROW
        self.colour = "#ff0000"
        self.width_fraction = 0.006
        self.text_size = DEFAULT_TEXT_SIZE
        self._ask_text = ask_text or self._ask_text_dialog

    # -- contents ----------------------------------------------------------------------

    def set_photo(self, image: QImage, markup: Markup) -> None:
        self._photo.setPixmap(QPixmap.fromImage(image))
        self.scene().setSceneRect(QRectF(self._photo.pixmap().rect()))
        self._history.clear()
        self._markup = markup
        self._redraw()
        self.fit()

    def markup(self) -> Markup:
        return self._markup

    def can_undo(self) -> bool:
        return bool(self._history)

    def undo(self) -> None:
        if self._history:
            self._markup = self._history.pop()
            self._redraw()
            self.markup_changed.emit(self._markup)

    def clear_all(self) -> None:
        if not self._markup.is_empty:
            self._apply(Markup())

    def fit(self) -> None:
        if not self._photo.pixmap().isNull():
            self.fitInView(self._photo, Qt.AspectRatioMode.KeepAspectRatio)

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)  # type: ignore[arg-type]
        self.fit()

    def _apply(self, markup: Markup) -> None:
        self._history.append(self._markup)
        self._markup = markup
        self._redraw()
        self.markup_changed.emit(markup)

    def add_shape(self, shape: Shape) -> bool:
        if len(self._markup.shapes) >= MAX_SHAPES:
            return False
        self._apply(Markup((*self._markup.shapes, shape)))
        return True

    # -- geometry ----------------------------------------------------------------------

    @property
    def _size(self) -> tuple[float, float]:
        rect = self._photo.pixmap().rect()
        return float(max(1, rect.width())), float(max(1, rect.height()))

    def _normalised(self, scene: QPointF) -> Point:
        width, height = self._size
        return (min(1.0, max(0.0, scene.x() / width)), min(1.0, max(0.0, scene.y() / height)))

    def _scene(self, point: Point) -> QPointF:
        width, height = self._size
        return QPointF(point[0] * width, point[1] * height)

    def _pen(self, colour: str, width: float) -> QPen:
        pen = QPen(_qcolour(colour))
        pen.setWidthF(max(1.0, width * max(self._size)))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        return pen

    # -- drawing -----------------------------------------------------------------------

    def _redraw(self) -> None:
        for item in self._shape_items:
            self.scene().removeItem(item)
        self._shape_items = [self._item_for(shape) for shape in self._markup.shapes]
        for item in self._shape_items:
            self.scene().addItem(item)

    def _arrow_path(
        self, start: Point, end: Point, width: float
    ) -> tuple[QPainterPath, QPainterPath]:
        a, b = self._scene(start), self._scene(end)
        line = QPainterPath(a)
        head = QPainterPath()
        length = math.hypot(b.x() - a.x(), b.y() - a.y())
        if length < 1:
            return line, head
        stroke = max(1.0, width * max(self._size))
        size = min(length, max(_HEAD_LENGTH * stroke, _HEAD_MIN * max(self._size)))
        angle = math.atan2(b.y() - a.y(), b.x() - a.x())
        base = QPointF(
            b.x() - size * math.cos(angle) * math.cos(_HEAD_ANGLE),
            b.y() - size * math.sin(angle) * math.cos(_HEAD_ANGLE),
        )
        line.lineTo(base)
        head.moveTo(b)
        for side in (-1, 1):
            head.lineTo(
                QPointF(
                    b.x() - size * math.cos(angle + side * _HEAD_ANGLE),
                    b.y() - size * math.sin(angle + side * _HEAD_ANGLE),
                )
            )
        head.closeSubpath()
        return line, head

    def _item_for(self, shape: Shape) -> QGraphicsItem:
        item = QGraphicsPathItem()
        colour = _qcolour(shape.colour)
        if isinstance(shape, Arrow):
            line, head = self._arrow_path(shape.start, shape.end, shape.width)
            stroker = QPainterPathStroker(self._pen(shape.colour, shape.width))
            path = stroker.createStroke(line).united(head)
            item.setPath(path)
            item.setBrush(QBrush(colour))
            item.setPen(Qt.PenStyle.NoPen)
        elif isinstance(shape, Ellipse | Rectangle):
            rect = QRectF(self._scene(shape.corner), self._scene(shape.opposite))
            path = QPainterPath()
            if isinstance(shape, Ellipse):
                path.addEllipse(rect)
            else:
                path.addRect(rect)
            item.setPath(path)
            item.setPen(self._pen(shape.colour, shape.width))
        elif isinstance(shape, Freehand):
            points = [self._scene(p) for p in shape.points]
            path = QPainterPath(points[0])
            for point in points[1:]:
                path.lineTo(point)
            if len(points) == 1:
                path.lineTo(points[0] + QPointF(0.01, 0))
            item.setPath(path)
            item.setPen(self._pen(shape.colour, shape.width))
        else:
            font = QFont("DejaVu Sans")
            font.setBold(True)
            font.setPixelSize(max(6, round(shape.size * max(self._size))))
            path = QPainterPath()
            at = self._scene(shape.at)
            for number, text_line in enumerate(shape.text.split("\n")):
                baseline = at.y() + font.pixelSize() * (0.8 + 1.2 * number)
                path.addText(QPointF(at.x(), baseline), font, text_line)
            item.setPath(path)
            item.setBrush(QBrush(colour))
            outline = QColor("black") if colour.lightness() > 140 else QColor("white")
            item.setPen(QPen(outline, max(1.0, font.pixelSize() / 14)))
        return item

    def _show_draft(self, shape: Shape | None) -> None:
        if self._draft_item is not None:
            self.scene().removeItem(self._draft_item)
            self._draft_item = None
        if shape is None:
            return
        item = self._item_for(shape)
        assert isinstance(item, QGraphicsPathItem)
        self._draft_item = item
        self.scene().addItem(item)

    def _shape(self, end: Point) -> Shape | None:
        start = self._start
        if start is None:
            return None
        try:
            if self.tool is Tool.ARROW:
                return Arrow(start, end, self.colour, self.width_fraction)
            if self.tool is Tool.ELLIPSE:
                return Ellipse(start, end, self.colour, self.width_fraction)
            if self.tool is Tool.RECTANGLE:
                return Rectangle(start, end, self.colour, self.width_fraction)
            if self.tool is Tool.FREEHAND:
                return Freehand(tuple(self._points[-10_000:]), self.colour, self.width_fraction)
        except MarkupError:
            return None
        return None

    # -- mouse -------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self._photo.pixmap().isNull():
            super().mousePressEvent(event)
            return
        point = self._normalised(self.mapToScene(event.position().toPoint()))
        if self.tool is Tool.TEXT:
            text = self._ask_text()
            if text and text.strip():
                with contextlib.suppress(MarkupError):
                    self.add_shape(Text(point, text.strip(), self.colour, self.text_size))
            event.accept()
            return
        self._start = point
        self._points = [point]
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._start is None:
            super().mouseMoveEvent(event)
            return
        self._show_draft(self._shape(self._drag_point(event)))
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._start is None:
            super().mouseReleaseEvent(event)
            return
        point = self._drag_point(event)
        shape = self._shape(point)
        moved = point != self._start or len(self._points) > 2
        self._show_draft(None)
        self._start = None
        self._points = []
        if shape is not None and moved:
            self.add_shape(shape)
        event.accept()

    def _drag_point(self, event: QMouseEvent) -> Point:
        """Where the drag is (on the photo, normalised); a freehand line takes it in."""
        point = self._normalised(self.mapToScene(event.position().toPoint()))
        if self.tool is Tool.FREEHAND:
            self._points.append(point)
        return point

    def _ask_text_dialog(self) -> str | None:
        text, ok = QInputDialog.getMultiLineText(
            self, self.tr("Text"), self.tr("Text to place on the photo:")
        )
        return text if ok else None
