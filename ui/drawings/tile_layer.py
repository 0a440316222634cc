"""One sheet revision's tiles in a graphics scene, fetched off the GUI thread.

Scene coordinates are page points (origin top-left). For the visible part of the page
the layer asks the ``TileCache`` for the tiles of the level that matches the view's
device pixels per point, on the runner's ``cpu`` pool, centre first, in 2×2 blocks
(one engine call each). The one tile of level 0 is always kept as a backdrop, and the
tiles of the level shown before stay until the sharp ones cover the view, so zooming
shows a scaled picture at once and sharpens it. Requests that the user zoomed or panned
away from are cancelled (a job not started yet ends at once). Only tiles near the view
are kept as pixmaps: an A0 sheet at full zoom never becomes one big bitmap.

Tints (``red``/``cyan``) recolour dark lines for the revision overlay; tinted tiles are
drawn with the multiply composition so two overlaid revisions show black where they
agree and red or cyan where they differ.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from PIL import Image
from PySide6.QtCore import QObject, QRectF, Qt, Signal
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtWidgets import (
    QGraphicsPixmapItem,
    QGraphicsScene,
    QStyleOptionGraphicsItem,
    QWidget,
)

from executrek.app.drawings.document_info import PageInfo
from executrek.app.drawings.errors import DrawingError
from executrek.app.drawings.tiles import TileCache
from executrek.ui.tasks import Cancelled, TaskHandle, TaskRunner

Tint = Literal["", "red", "cyan"]
TileKey = tuple[int, int, int]  # level, tx, ty

#: log2 of the enlargement allowed before the next level is asked for (2**0.32 ≈ 1.25).
UPSCALE_SLACK = 0.32

#: Device pixels kept around the view (short pans show tiles at once).
MARGIN_PX = 256


@dataclass(frozen=True)
class SheetSource:
    """Where one revision's page is: the original file, its hash and the page."""

    path: Path
    sha256: str
    page: int
    width_pt: float
    height_pt: float

    @property
    def page_info(self) -> PageInfo:
        return PageInfo(self.page, self.width_pt, self.height_pt, None)


@dataclass(frozen=True)
class _Failed:
    message: str


def to_qimage(image: Image.Image, tint: Tint = "") -> QImage:
    """An RGB Pillow image as a QImage that owns its pixels (safe off the GUI thread)."""
    if image.mode != "RGB":
        image = image.convert("RGB")
    if tint:
        grey = image.convert("L")
        full = Image.new("L", image.size, 255)
        bands = (full, grey, grey) if tint == "red" else (grey, full, full)
        image = Image.merge("RGB", bands)
    data = image.tobytes()
    width, height = image.size
    return QImage(data, width, height, 3 * width, QImage.Format.Format_RGB888).copy()


class _TileItem(QGraphicsPixmapItem):
    def __init__(self, pixmap: QPixmap, multiply: bool) -> None:
        super().__init__(pixmap)
        self.multiply = multiply
        self.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self.setShapeMode(QGraphicsPixmapItem.ShapeMode.BoundingRectShape)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        if self.multiply:
            painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Multiply)
        super().paint(painter, option, widget)  # type: ignore[arg-type]


class TileLayer(QObject):
    """The tiles of one ``SheetSource`` in ``scene`` (see the module docstring)."""

    failed = Signal(str)  # a sentence: the drawing cannot be rendered

    def __init__(
        self,
        scene: QGraphicsScene,
        runner: TaskRunner,
        cache: TileCache,
        *,
        z: float = 0.0,
        tint: Tint = "",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.scene = scene
        self.runner = runner
        self.cache = cache
        self.z = z
        self.tint: Tint = tint
        self.source: SheetSource | None = None
        self.level = 0
        self.items: dict[TileKey, _TileItem] = {}
        self.inflight: dict[TileKey, TaskHandle] = {}
        self._generation = 0
        self._opacity = 1.0
        self._visible = QRectF()
        self._error: str | None = None

    # --- state -------------------------------------------------------------------
    def set_source(self, source: SheetSource | None) -> None:
        """Show another page (or nothing): forget every tile and request."""
        self.clear()
        self.source = source
        self._error = None

    def clear(self) -> None:
        self._generation += 1
        for handle in self.inflight.values():
            handle.cancel()
        self.inflight.clear()
        for item in self.items.values():
            self.scene.removeItem(item)
        self.items.clear()

    def set_opacity(self, opacity: float) -> None:
        self._opacity = opacity
        for item in self.items.values():
            item.setOpacity(opacity)

    def levels_shown(self) -> dict[int, int]:
        """How many tiles of each level are in the scene (tests, status)."""
        out: dict[int, int] = {}
        for level, _tx, _ty in self.items:
            out[level] = out.get(level, 0) + 1
        return out

    def busy(self) -> bool:
        return bool(self.inflight)

    def level_for(self, device_scale: float) -> int:
        """The shallowest level whose pixels are about as fine as the screen's (drawn at
        most ~1.25× enlarged: the next level would render up to 2.5× the pixels)."""
        assert self.source is not None
        info = self.source.page_info
        base = self.cache.scale(info, 0)
        wanted = math.ceil(math.log2(max(device_scale, 1e-6) / base) - UPSCALE_SLACK)
        return max(0, min(self.cache.max_level(info), wanted))

    # --- the view moved ------------------------------------------------------------
    def update_view(self, visible: QRectF, device_scale: float) -> None:
        """The view shows ``visible`` (scene points) at ``device_scale`` device pixels per
        point: request what is missing, cancel what is no longer wanted, drop far tiles."""
        source = self.source
        if source is None or self._error is not None:
            return
        self._visible = QRectF(visible)
        self.level = self.level_for(device_scale)
        wanted = self._wanted(source)
        for key, handle in list(self.inflight.items()):
            if key not in wanted:
                handle.cancel()
                del self.inflight[key]
        missing = [k for k in wanted if k not in self.items and k not in self.inflight]
        for level, coords in self._blocks(missing):
            self._request(source, level, coords)
        self._prune(wanted)

    def _wanted(self, source: SheetSource) -> set[TileKey]:
        info = source.page_info
        wanted: set[TileKey] = {(0, 0, 0)}
        scale = self.cache.scale(info, self.level)
        margin = MARGIN_PX
        v = self._visible
        box = (
            v.left() * scale - margin,
            v.top() * scale - margin,
            v.right() * scale + margin,
            v.bottom() * scale + margin,
        )
        for tx, ty in self.cache.tiles_covering(info, self.level, box):
            wanted.add((self.level, tx, ty))
        return wanted

    def _blocks(self, keys: Iterable[TileKey]) -> list[tuple[int, list[tuple[int, int]]]]:
        """Group tiles into 2×2 blocks per level, coarse levels first, then nearest the
        centre of the view first."""
        blocks: dict[tuple[int, int, int], list[tuple[int, int]]] = {}
        for level, tx, ty in keys:
            blocks.setdefault((level, tx // 2, ty // 2), []).append((tx, ty))
        assert self.source is not None
        info = self.source.page_info
        centre = self._visible.center()

        def distance(block: tuple[int, int, int]) -> tuple[int, float]:
            level, bx, by = block
            size = 2 * self.cache.tile_px / self.cache.scale(info, level)
            cx, cy = (bx + 0.5) * size, (by + 0.5) * size
            return level, math.hypot(cx - centre.x(), cy - centre.y())

        return [(key[0], sorted(blocks[key])) for key in sorted(blocks, key=distance)]

    def _request(self, source: SheetSource, level: int, coords: list[tuple[int, int]]) -> None:
        cache, tint = self.cache, self.tint
        generation = self._generation

        def work(handle: TaskHandle) -> Any:
            if handle.cancel_event.is_set():
                raise Cancelled()
            try:
                images = cache.tiles(source.path, source.sha256, source.page, level, coords)
            except DrawingError as exc:
                return _Failed(exc.message)
            if handle.cancel_event.is_set():
                raise Cancelled()
            return {xy: to_qimage(image, tint) for xy, image in images.items()}

        handle = self.runner.submit(
            work,
            on_done=lambda result: self._arrived(generation, level, coords, result),
            on_error=self._failed,
            pool="cpu",
        )
        for tx, ty in coords:
            self.inflight[(level, tx, ty)] = handle

    def _failed(self, message: str) -> None:
        self._error = message
        self.clear()
        self.failed.emit(message)

    def _arrived(
        self, generation: int, level: int, coords: list[tuple[int, int]], result: Any
    ) -> None:
        if generation != self._generation or self.source is None:
            return
        for tx, ty in coords:
            self.inflight.pop((level, tx, ty), None)
        if isinstance(result, _Failed):
            self._failed(result.message)
            return
        scale = self.cache.scale(self.source.page_info, level)
        wanted = self._wanted(self.source)
        for (tx, ty), image in result.items():
            key = (level, tx, ty)
            if key not in wanted or key in self.items:
                continue
            item = _TileItem(QPixmap.fromImage(image), multiply=bool(self.tint))
            tile = self.cache.tile_px / scale
            item.setPos(tx * tile, ty * tile)
            item.setScale(1.0 / scale)
            item.setZValue(self.z + level * 0.01)
            item.setOpacity(self._opacity)
            self.scene.addItem(item)
            self.items[key] = item
        self._prune(wanted)

    def _prune(self, wanted: set[TileKey]) -> None:
        """Drop tiles far from the view; keep the backdrop, and the tiles of other levels
        only while the current level does not yet cover the view."""
        current_done = all(k in self.items for k in wanted if k[0] == self.level)
        backdrop = self.items.get((0, 0, 0))
        if backdrop is not None and self.tint:
            # multiplied tiles do not cover what lies below: hide the blurry backdrop
            backdrop.setVisible(self.level == 0 or not current_done)
        for key in list(self.items):
            if key in wanted or key == (0, 0, 0):
                continue
            item = self.items[key]
            stale_level = key[0] != self.level
            far = not item.sceneBoundingRect().intersects(self._visible)
            if far or (stale_level and current_done) or not stale_level:
                self.scene.removeItem(item)
                del self.items[key]
