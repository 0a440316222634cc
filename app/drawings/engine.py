"""The drawings engine: inspect a drawing file and render regions of its pages.

``inspect_file`` validates a file (PDF, PNG or JPEG, decided by content, never by name)
and describes it; ``DrawingDocument`` opens one for rendering. Every failure a file can
cause is a ``DrawingError`` with one clear sentence; nothing else escapes for bad input.

Coordinates: a region is given in page points (1/72 inch) with the origin at the
top-left corner of the page as displayed (page rotation applied); ``scale`` is pixels
per point. Rendering returns RGB Pillow images.

Threads: a ``DrawingDocument`` may be used from several threads. PDF work is serialised
by one process-wide lock (``pdf_pages.PDFIUM_LOCK``) because PDFium is not thread-safe;
scans render from an immutable decoded image. Opening and rendering are CPU work: keep
them off the GUI thread.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Protocol

from PIL import Image

from executrek.app.closing import Closing
from executrek.app.drawings import errors
from executrek.app.drawings.document_info import DocInfo, DocKind, PageInfo
from executrek.app.drawings.errors import DrawingError
from executrek.app.drawings.pdf_pages import PdfPages
from executrek.app.drawings.scan_pages import ScanPages

__all__ = [
    "MAX_FILE_BYTES",
    "MAX_RENDER_PIXELS",
    "DocInfo",
    "DrawingDocument",
    "DrawingError",
    "PageInfo",
    "inspect_file",
    "sniff_kind",
]

#: Largest drawing file accepted (a big A0 set with raster underlays is ~200 MB).
MAX_FILE_BYTES = 1024 * 1024 * 1024

#: Largest image one render call may produce (40 MP ≈ 120 MB of RGB).
MAX_RENDER_PIXELS = 40_000_000

_HEAD = 1024


class _Pages(Protocol):
    info: DocInfo

    def render(
        self, index: int, scale: float, x: float, y: float, size: tuple[int, int]
    ) -> Image.Image: ...

    def close(self) -> None: ...


def sniff_kind(path: Path) -> DocKind:
    """``"pdf"`` or ``"image"`` from the file's first bytes; ``DrawingError`` otherwise."""
    try:
        size = path.stat().st_size
        with open(path, "rb") as fh:
            head = fh.read(_HEAD)
    except OSError:
        raise errors.missing(path.name)
    if size == 0:
        raise errors.empty(path.name)
    if size > MAX_FILE_BYTES:
        raise errors.file_too_large(path.name, size // 2**20, MAX_FILE_BYTES // 2**20)
    if b"%PDF-" in head:  # the header may follow some junk bytes, as readers allow
        return "pdf"
    if head.startswith((b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff")):
        return "image"
    raise errors.unknown_type(path.name)


def _open_pages(path: Path, *, validate_only: bool = False) -> _Pages:
    kind = sniff_kind(path)
    if kind == "pdf":
        return PdfPages(path)
    return ScanPages(path, validate_only=validate_only)


def inspect_file(path: Path) -> DocInfo:
    """Validate ``path`` and describe it, without rendering PDF pages.

    Raises ``DrawingError`` for anything that is not a usable drawing: empty, unknown
    type, encrypted, damaged, too many pages, pages of zero or absurd size, scans over
    the pixel limits, truncated scans.
    """
    pages = _open_pages(path, validate_only=True)
    try:
        return pages.info
    finally:
        pages.close()


class DrawingDocument(Closing):
    """An open drawing, for rendering. Use as a context manager or call ``close``."""

    def __init__(self, pages: _Pages) -> None:
        self._pages = pages
        self.info: DocInfo = pages.info

    @classmethod
    def open(cls, path: Path) -> DrawingDocument:
        return cls(_open_pages(path))

    def close(self) -> None:
        self._pages.close()

    def page(self, page: int) -> PageInfo:
        if not 0 <= page < len(self.info.pages):
            raise errors.no_such_page(page, len(self.info.pages))
        return self.info.pages[page]

    def render_region(
        self, page: int, scale: float, x: float, y: float, w: float, h: float
    ) -> Image.Image:
        """Render the region (``x``, ``y``, ``w``, ``h`` in page points, origin top-left) at
        ``scale`` pixels per point: an RGB image of ceil(w·scale) × ceil(h·scale) pixels.
        Parts of the region outside the page are white."""
        self.page(page)
        if not (scale > 0 and w > 0 and h > 0) or not all(
            math.isfinite(v) for v in (scale, x, y, w, h)
        ):
            raise ValueError(f"bad render region {scale=} {x=} {y=} {w=} {h=}")
        size = (max(1, math.ceil(w * scale - 1e-9)), max(1, math.ceil(h * scale - 1e-9)))
        return self.render_pixels(page, scale, x * scale, y * scale, size)

    def render_pixels(
        self, page: int, scale: float, left_px: float, top_px: float, size: tuple[int, int]
    ) -> Image.Image:
        """Render ``size`` pixels of the page drawn at ``scale`` pixels per point, starting
        at pixel (``left_px``, ``top_px``) of that drawing: the exact-size form tiles use."""
        self.page(page)
        if not (scale > 0 and math.isfinite(scale)) or min(size) < 1:
            raise ValueError(f"bad render size {scale=} {size=}")
        pixels = size[0] * size[1]
        if pixels > MAX_RENDER_PIXELS:
            raise errors.render_too_large(round(pixels / 1e6), MAX_RENDER_PIXELS // 1_000_000)
        try:
            return self._pages.render(page, scale, left_px / scale, top_px / scale, size)
        except MemoryError:
            raise errors.render_too_large(round(pixels / 1e6), MAX_RENDER_PIXELS // 1_000_000)

    def render_thumbnail(self, page: int, max_px: int = 512) -> Image.Image:
        """The whole page, its longer side ``max_px`` pixels."""
        info = self.page(page)
        scale = max_px / max(info.width_pt, info.height_pt)
        return self.render_region(page, scale, 0.0, 0.0, info.width_pt, info.height_pt)
