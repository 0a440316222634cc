"""Looking closely: a zoomable, pannable photo view, and two of them side by side
(before / after) that zoom and pan together."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QImage, QKeySequence, QPainter, QPixmap, QShortcut, QWheelEvent
from PySide6.QtWidgets import (
    QDialog,
    QGraphicsPixmapItem,
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from executrek.ui.widgets.screen_fit import resize_within_screen

ZOOM_STEP = 1.25
MAX_SCALE = 16.0


class PhotoView(QGraphicsView):
    """Wheel to zoom (around the pointer), drag to pan, double-click to fit."""

    view_changed = Signal()  # zoom or scroll position changed by the user

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self._pixmap = QGraphicsPixmapItem()
        self._pixmap.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self.scene().addItem(self._pixmap)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setRenderHints(
            QPainter.RenderHint.SmoothPixmapTransform | QPainter.RenderHint.Antialiasing
        )
        self.setBackgroundBrush(Qt.GlobalColor.darkGray)
        self._fitted = True
        self.horizontalScrollBar().valueChanged.connect(lambda _v: self.view_changed.emit())
        self.verticalScrollBar().valueChanged.connect(lambda _v: self.view_changed.emit())

    def set_image(self, image: QImage) -> None:
        self._pixmap.setPixmap(QPixmap.fromImage(image))
        self.scene().setSceneRect(QRectF(self._pixmap.pixmap().rect()))
        self.fit()

    def has_image(self) -> bool:
        return not self._pixmap.pixmap().isNull()

    @property
    def scale_factor(self) -> float:
        return float(self.transform().m11())

    def fit(self) -> None:
        if self.has_image():
            self.fitInView(self._pixmap, Qt.AspectRatioMode.KeepAspectRatio)
        self._fitted = True
        self.view_changed.emit()

    def zoom_by(self, factor: float) -> None:
        if not self.has_image():
            return
        target = self.scale_factor * factor
        if target > MAX_SCALE:
            factor = MAX_SCALE / self.scale_factor
        self.scale(factor, factor)
        self._fitted = False
        self.view_changed.emit()

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom_by(ZOOM_STEP**steps)
        event.accept()

    def mouseDoubleClickEvent(self, event: object) -> None:
        self.fit()

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)  # type: ignore[arg-type]
        if self._fitted:
            self.fit()

    def follow(self, other: PhotoView) -> None:
        """Take ``other``'s zoom and relative scroll position (for side by side)."""
        self.setTransform(other.transform())
        for mine, theirs in (
            (self.horizontalScrollBar(), other.horizontalScrollBar()),
            (self.verticalScrollBar(), other.verticalScrollBar()),
        ):
            span = theirs.maximum() - theirs.minimum()
            ratio = (theirs.value() - theirs.minimum()) / span if span else 0.5
            mine.setValue(round(mine.minimum() + ratio * (mine.maximum() - mine.minimum())))


class PhotoViewerDialog(QDialog):
    """One photo, or two side by side (before / after) that zoom and pan together."""

    def __init__(self, titles: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Photo") if len(titles) == 1 else self.tr("Before and after"))
        resize_within_screen(self, 1100 if len(titles) > 1 else 900, 700)
        self.views: list[PhotoView] = []
        panes = QHBoxLayout()
        for title in titles:
            column = QVBoxLayout()
            label = QLabel(title)
            label.setWordWrap(True)
            view = PhotoView()
            column.addWidget(label)
            column.addWidget(view, 1)
            panes.addLayout(column, 1)
            self.views.append(view)
        self._syncing = False
        for view in self.views:
            view.view_changed.connect(lambda v=view: self._sync(v))
        buttons = QHBoxLayout()
        for text, action, key in (
            (self.tr("Zoom in"), lambda: self._zoom(ZOOM_STEP), QKeySequence.StandardKey.ZoomIn),
            (
                self.tr("Zoom out"),
                lambda: self._zoom(1 / ZOOM_STEP),
                QKeySequence.StandardKey.ZoomOut,
            ),
            (self.tr("Fit"), self._fit, None),
        ):
            button = QPushButton(text)
            button.clicked.connect(action)
            buttons.addWidget(button)
            if key is not None:
                QShortcut(QKeySequence(key), self, action)
        buttons.addStretch(1)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(panes, 1)
        layout.addLayout(buttons)

    def set_image(self, position: int, image: QImage) -> None:
        self.views[position].set_image(image)

    def _zoom(self, factor: float) -> None:
        if self.views:
            self.views[0].zoom_by(factor)

    def _fit(self) -> None:
        for view in self.views:
            view.fit()

    def _sync(self, source: PhotoView) -> None:
        if self._syncing:
            return
        self._syncing = True
        try:
            for view in self.views:
                if view is not source and view.has_image():
                    view.follow(source)
        finally:
            self._syncing = False
