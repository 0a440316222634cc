"""The sheet canvas: a QGraphicsView over page points with tiled rendering.

Wheel, pinch (touchpad gesture or touch) and the zoom actions scale the view around the
pointer; dragging the empty sheet pans. Every pan or zoom asks the tile layers for the
tiles of the new view after a few milliseconds (a burst of wheel events makes one
request). ``view_listeners`` let a second view follow this one (revision compare).

The view tells its listeners through plain callbacks, not Qt signals: with PySide6 6.12
every ``Signal.emit()`` made from Python drops a reference to ``True`` (emit returns it
without a new reference), and a view changes on every scroll step.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QContextMenuEvent,
    QMouseEvent,
    QNativeGestureEvent,
    QPainter,
    QPen,
    QResizeEvent,
    QShowEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QGestureEvent,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsView,
    QPinchGesture,
    QWidget,
)

from executrek.app.drawings.tiles import MAX_SCALE, TileCache
from executrek.ui.drawings.tile_layer import SheetSource, TileLayer, Tint
from executrek.ui.tasks import TaskRunner

#: The deepest zoom, in screen pixels per point (about 290 dpi; the tiles' own limit).
ZOOM_MAX = MAX_SCALE
ZOOM_STEP = 1.25
_PAGE_MARGIN = 40.0  # points of grey around the page


class SheetView(QGraphicsView):
    point_picked = Signal(QPointF)  # a click in pick mode, in scene points
    context_requested = Signal(QPointF, object)  # scene point, global QPoint

    def __init__(self, runner: TaskRunner, cache: TileCache, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.cache = cache
        self.setScene(QGraphicsScene(self))
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setRenderHints(
            QPainter.RenderHint.Antialiasing | QPainter.RenderHint.SmoothPixmapTransform
        )
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setBackgroundBrush(QBrush(QColor("#8C96A0")))
        self.setFrameShape(QGraphicsView.Shape.NoFrame)
        self.viewport().grabGesture(Qt.GestureType.PinchGesture)
        # called with (centre in scene points, scale in px per point) after a pan or zoom
        self.view_listeners: list[Callable[[QPointF, float], None]] = []
        self.zoom_listeners: list[Callable[[float], None]] = []  # the new scale
        self.source: SheetSource | None = None
        self.layers: list[TileLayer] = []
        self.page_item: QGraphicsRectItem | None = None
        self.pick_mode = False
        self._following = False
        self._fitted = True
        self._update_timer = QTimer(self)
        self._update_timer.setSingleShot(True)
        self._update_timer.setInterval(12)
        self._update_timer.timeout.connect(self.update_tiles)
        self.horizontalScrollBar().valueChanged.connect(self._moved)
        self.verticalScrollBar().valueChanged.connect(self._moved)
        self.add_layer()

    def add_layer(self, *, tint: Tint = "", z: float | None = None) -> TileLayer:
        layer = TileLayer(
            self.scene(), self.runner, self.cache, z=z if z is not None else len(self.layers),
            tint=tint, parent=self,
        )  # fmt: skip
        self.layers.append(layer)
        return layer

    @property
    def layer(self) -> TileLayer:
        return self.layers[0]

    # --- the page ----------------------------------------------------------------
    def set_source(self, source: SheetSource | None, layer: int = 0) -> None:
        """Show ``source`` in layer ``layer`` (the first layer sets the page frame)."""
        same_size = (
            self.source is not None
            and source is not None
            and (self.source.width_pt, self.source.height_pt) == (source.width_pt, source.height_pt)
        )
        self.layers[layer].set_source(source)
        if layer != 0:
            self.schedule_update()
            return
        self.source = source
        if self.page_item is not None:
            self.scene().removeItem(self.page_item)
            self.page_item = None
        if source is None:
            self.scene().setSceneRect(QRectF())
            return
        page = QRectF(0, 0, source.width_pt, source.height_pt)
        self.page_item = QGraphicsRectItem(page)
        self.page_item.setBrush(QBrush(QColor("#FFFFFF")))
        self.page_item.setPen(QPen(Qt.PenStyle.NoPen))
        self.page_item.setZValue(-10)
        self.scene().addItem(self.page_item)
        m = _PAGE_MARGIN
        self.scene().setSceneRect(page.adjusted(-m, -m, m, m))
        if not same_size:
            self.fit()
        else:
            self.schedule_update()

    def page_rect(self) -> QRectF:
        if self.source is None:
            return QRectF()
        return QRectF(0, 0, self.source.width_pt, self.source.height_pt)

    # --- zoom ----------------------------------------------------------------------
    def scale_now(self) -> float:
        return float(self.transform().m11())

    def fit_scale(self) -> float:
        page = self.page_rect()
        if page.isEmpty():
            return 1.0
        view = self.viewport().rect()
        m = 2 * _PAGE_MARGIN
        return min(view.width() / (page.width() + m), view.height() / (page.height() + m))

    def fit(self) -> None:
        if self.source is None:
            return
        self._fitted = True
        self._set_scale(self.fit_scale())
        self.centerOn(self.page_rect().center())
        self.schedule_update()

    def zoom_by(self, factor: float, anchor: QPointF | None = None) -> None:
        """Zoom by ``factor`` keeping ``anchor`` (viewport pixels; default: the centre of
        the view) where it is."""
        if self.source is None:
            return
        low = self.fit_scale() * 0.5
        target = max(low, min(ZOOM_MAX, self.scale_now() * factor))
        if abs(target - self.scale_now()) < 1e-9:
            return
        self._fitted = False
        if anchor is None:
            anchor = QPointF(self.viewport().rect().center())
        before = self.mapToScene(anchor.toPoint())
        self._set_scale(target)
        after = self.mapToScene(anchor.toPoint())
        self.centerOn(self.mapToScene(self.viewport().rect().center()) + (before - after))
        self.schedule_update()

    def zoom_in(self) -> None:
        self.zoom_by(ZOOM_STEP)

    def zoom_out(self) -> None:
        self.zoom_by(1 / ZOOM_STEP)

    def _set_scale(self, scale: float) -> None:
        transform = self.transform()
        self.setTransform(transform.fromScale(scale, scale))
        for listener in self.zoom_listeners:
            listener(scale)

    def centre_on_page_point(self, x: float, y: float, scale: float | None = None) -> None:
        """Centre the view on the normalised point (``x``, ``y``) of the page."""
        if self.source is None:
            return
        if scale is not None:
            self._fitted = False
            self._set_scale(max(self.fit_scale() * 0.5, min(ZOOM_MAX, scale)))
        self.centerOn(QPointF(x * self.source.width_pt, y * self.source.height_pt))
        self.schedule_update()

    def follow(self, centre: QPointF, scale: float) -> None:
        """Show what another view shows (its listeners are not told: no echo)."""
        if self.source is None:
            return
        self._following = True
        try:
            self._fitted = False
            if abs(scale - self.scale_now()) > 1e-9:
                self._set_scale(scale)
            self.centerOn(centre)
        finally:
            self._following = False
        self._update_timer.start()

    # --- events ----------------------------------------------------------------------
    def wheelEvent(self, event: QWheelEvent) -> None:
        delta = event.angleDelta().y() or event.angleDelta().x()
        if not delta or self.source is None:
            event.ignore()
            return
        self.zoom_by(1.0015**delta, event.position())
        event.accept()

    def viewportEvent(self, event: QEvent) -> bool:
        if (
            isinstance(event, QNativeGestureEvent)
            and event.gestureType() == Qt.NativeGestureType.ZoomNativeGesture
        ):
            self.zoom_by(1.0 + event.value(), event.position())
            return True
        if event.type() == QEvent.Type.Gesture and isinstance(event, QGestureEvent):
            pinch = event.gesture(Qt.GestureType.PinchGesture)
            if isinstance(pinch, QPinchGesture):
                centre = self.viewport().mapFromGlobal(pinch.centerPoint().toPoint())
                self.zoom_by(pinch.scaleFactor(), QPointF(centre))
                event.accept()
                return True
        return super().viewportEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self.pick_mode and event.button() == Qt.MouseButton.LeftButton:
            point = self.mapToScene(event.position().toPoint())
            if self.page_rect().contains(point):
                self.point_picked.emit(point)
            event.accept()
            return
        super().mousePressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        point = self.mapToScene(event.pos())
        if self.page_rect().contains(point):
            self.context_requested.emit(point, event.globalPos())
            event.accept()
            return
        super().contextMenuEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._fitted:
            self.fit()
        else:
            self.schedule_update()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.schedule_update()

    def _moved(self, _value: int) -> None:
        self.schedule_update()

    # --- tiles -----------------------------------------------------------------------
    def schedule_update(self) -> None:
        self._update_timer.start()
        if not self._following and self.source is not None:
            centre, scale = self.visible_rect().center(), self.scale_now()
            for listener in self.view_listeners:
                listener(centre, scale)

    def visible_rect(self) -> QRectF:
        return self.mapToScene(self.viewport().rect()).boundingRect()

    def update_tiles(self) -> None:
        if not self.isVisible():
            return  # a hidden view asks for nothing; showing it asks again
        visible = self.visible_rect()
        device_scale = self.scale_now() * self.devicePixelRatioF()
        for layer in self.layers:
            layer.update_view(visible, device_scale)

    def busy(self) -> bool:
        return any(layer.busy() for layer in self.layers) or self._update_timer.isActive()
