"""PDF pages through pypdfium2 (PDFium): inspect and render regions of a page.

PDFium is not thread-safe: one process-wide lock, ``PDFIUM_LOCK``, serialises every call
into it (opening, page loading, rendering, closing). Callers may use documents from any
thread; renders of different documents simply take turns. The lock is re-entrant.
"""

from __future__ import annotations

import ctypes
import logging
import threading
from collections import OrderedDict
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from PIL import Image

from executrek.app.drawings import errors
from executrek.app.drawings.document_info import DocInfo, PageInfo
from executrek.app.drawings.errors import DrawingError

_log = logging.getLogger(__name__)

#: Serialises all PDFium calls in this process (PDFium keeps global state).
PDFIUM_LOCK = threading.RLock()

#: More pages than this and the file is refused (a drawing set, not a book). Inspecting
#: reads each page's size and label without parsing its content: ~2 ms per 100 pages.
MAX_PAGES = 3000

#: Page sides outside this range (points) are refused: smaller than 1/2 inch is not a
#: sheet; PDF itself allows at most 14,400 pt (200 inches) without UserUnit.
MIN_PAGE_PT = 36.0
MAX_PAGE_PT = 14_400.0

#: Parsed pages kept open per document (parsing a dense sheet costs more than a tile).
_OPEN_PAGES = 4

_WHITE = 0xFFFFFFFF

#: What PDFium reports for a page without a usable MediaBox (US Letter, either way up).
_FALLBACK_SIZES = frozenset({(612.0, 792.0), (792.0, 612.0)})


def _error_for_load(name: str, exc: pdfium.PdfiumError) -> DrawingError:
    code = exc.err_code
    if code == pdfium_c.FPDF_ERR_PASSWORD:
        return errors.encrypted(name)
    if code == pdfium_c.FPDF_ERR_SECURITY:
        return errors.unsupported_security(name)
    if code == pdfium_c.FPDF_ERR_FILE:
        return errors.missing(name)
    return errors.damaged(name)


class PdfPages:
    """An open PDF. Use from any thread; every PDFium call holds ``PDFIUM_LOCK``."""

    def __init__(self, path: Path) -> None:
        self._name = path.name
        self._pages: OrderedDict[int, Any] = OrderedDict()
        with PDFIUM_LOCK:
            try:
                self._pdf = pdfium.PdfDocument(path)
            except pdfium.PdfiumError as exc:
                raise _error_for_load(self._name, exc) from exc
            try:
                self.info = self._read_info()
            except BaseException:
                self._pdf.close()
                raise

    def _read_info(self) -> DocInfo:
        count = len(self._pdf)
        if count > MAX_PAGES:
            raise errors.too_many_pages(self._name, count, MAX_PAGES)
        pages = []
        for index in range(count):
            try:
                width, height = self._pdf.get_page_size(index)
            except pdfium.PdfiumError as exc:
                raise errors.page_unreadable(self._name, index + 1) from exc
            if (width, height) in _FALLBACK_SIZES:
                width, height = self._declared_size(index, width, height)
            if not (MIN_PAGE_PT <= width <= MAX_PAGE_PT and MIN_PAGE_PT <= height <= MAX_PAGE_PT):
                raise errors.bad_page_size(self._name, index + 1, width, height)
            label = self._pdf.get_page_label(index) or None
            pages.append(PageInfo(index, float(width), float(height), label))
        title = self._pdf.get_metadata_value("Title") or None
        return DocInfo(kind="pdf", pages=tuple(pages), title=title)

    def _declared_size(self, index: int, width: float, height: float) -> tuple[float, float]:
        """The size the page's own MediaBox declares. PDFium shows a page whose MediaBox is
        empty (0 × 0) as US Letter, so for Letter-sized pages only, the box is read from
        the loaded page (loading parses the page: too slow to do for every page)."""
        try:
            page = self._pdf[index]
        except pdfium.PdfiumError as exc:
            raise errors.page_unreadable(self._name, index + 1) from exc
        try:
            box = [ctypes.c_float() for _ in range(4)]
            found = pdfium_c.FPDFPage_GetMediaBox(page, *(ctypes.byref(v) for v in box))
        finally:
            page.close()
        if not found:  # inherited from the page tree: PDFium's size is the real one
            return width, height
        left, bottom, right, top = (v.value for v in box)
        return abs(right - left), abs(top - bottom)

    def _page(self, index: int) -> Any:
        """The parsed page (call with the lock held); a few stay open, least recent closes."""
        page = self._pages.get(index)
        if page is not None:
            self._pages.move_to_end(index)
            return page
        try:
            page = self._pdf[index]
        except pdfium.PdfiumError as exc:
            raise errors.page_unreadable(self._name, index + 1) from exc
        self._pages[index] = page
        while len(self._pages) > _OPEN_PAGES:
            _, old = self._pages.popitem(last=False)
            old.close()
        return page

    def render(
        self, index: int, scale: float, x: float, y: float, size: tuple[int, int]
    ) -> Image.Image:
        """Render the page region whose top-left corner is (``x``, ``y``) points at
        ``scale`` pixels per point into an RGB image of ``size`` pixels."""
        width, height = size
        with PDFIUM_LOCK:
            page = self._page(index)
            bitmap = pdfium.PdfBitmap.new_native(
                width, height, pdfium_c.FPDFBitmap_BGR, rev_byteorder=True
            )
            pdfium_c.FPDFBitmap_FillRect(bitmap, 0, 0, width, height, _WHITE)
            # The page's display matrix (rotation, y flip, top-left origin, points) is
            # applied first; ours scales and moves the region to the bitmap's origin.
            matrix = pdfium_c.FS_MATRIX(scale, 0, 0, scale, -x * scale, -y * scale)
            clip = pdfium_c.FS_RECTF(0, 0, width, height)
            flags = pdfium_c.FPDF_ANNOT | pdfium_c.FPDF_REVERSE_BYTE_ORDER
            pdfium_c.FPDF_RenderPageBitmapWithMatrix(bitmap, page, matrix, clip, flags)
            image: Image.Image = bitmap.to_pil()  # RGB: Pillow copies the buffer
            bitmap.close()
        return image

    def close(self) -> None:
        with PDFIUM_LOCK:
            for page in self._pages.values():
                page.close()
            self._pages.clear()
            self._pdf.close()
