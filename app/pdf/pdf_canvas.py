"""The report canvas: one layout pass, parts of pages drawn once the page total is
known, and a file written object by object.

``defer(draw)`` leaves a mark in the current page's content; when the document is
saved, ``draw(canvas, total_pages)`` runs in the graphics state of that moment (same
position, same transformation, links land on that page) and its drawing replaces the
mark. "Page X of Y" footers and the page numbers of the table of contents are drawn
this way, so a report is laid out once instead of once to count the pages and once
more to print them. The file may list the pages in another order than they were laid
out (``page_order``: a table of contents laid out last goes behind the first page). Deferred drawing may use text, paths, colours and links; it must
not draw images, forms or transparency (their page resources are fixed at page end).

JPEG photos given by file name are embedded from disk while the file is written (see
``pdf_writer``), and the file is written as it is formatted.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from reportlab.lib.utils import _digester
from reportlab.pdfgen.canvas import Canvas

from executrek.app.pdf.pdf_writer import JpegFileXObject, Writable, write_document

DeferredDraw = Callable[[Canvas, int], None]


@dataclass(frozen=True)
class _Deferred:
    mark: str
    draw: DeferredDraw
    matrix: tuple[float, ...]


@dataclass(frozen=True)
class _PagePart:
    page: Any  # reportlab PDFPage
    annotations: list[Any]  # the page's annotation list, for links drawn later
    part: _Deferred


class ReportCanvas(Canvas):
    def __init__(self, target: Writable, *args: Any, **kwargs: Any) -> None:
        super().__init__(target, *args, **kwargs)
        self._target = target
        self._on_this_page: list[_Deferred] = []
        self._later: list[_PagePart] = []
        self._marks = 0
        # Laid-out page numbers in the order the file lists them (None: as laid out).
        self.page_order: Callable[[], list[int] | None] = lambda: None

    @property
    def pages_done(self) -> int:
        """Pages finished so far."""
        return int(self._pageNumber) - 1

    def defer(self, draw: DeferredDraw) -> None:
        """Run ``draw(canvas, total_pages)`` here, once the document is complete."""
        self._marks += 1
        mark = f"% executrek deferred {self._marks}"
        self._code.append(mark)
        self._on_this_page.append(_Deferred(mark, draw, tuple(self._currentMatrix)))

    def showPage(self) -> None:
        parts, self._on_this_page = self._on_this_page, []
        annotations = self._annotationrefs
        super().showPage()
        if parts:
            page = self._doc.Pages.pages[-1]
            self._later += [_PagePart(page, annotations, part) for part in parts]

    def drawImage(self, image: Any, *args: Any, **kwargs: Any) -> Any:
        mask = kwargs.get("mask", args[4] if len(args) > 4 else None)
        if isinstance(image, str) and mask is None:
            self._register_jpeg(image)
        return super().drawImage(image, *args, **kwargs)

    def _register_jpeg(self, path: str) -> None:
        # The name reportlab gives an image drawn from a file name (see drawImage).
        name = _digester(f"{path}{None}")
        reg_name = self._doc.getXObjectName(name)
        if reg_name in self._doc.idToObject:
            return
        try:
            image = JpegFileXObject(name, path)
        except ValueError:
            return  # not a JPEG file: reportlab's own drawImage embeds it
        self._setXObjects(image)
        self._doc.Reference(image, reg_name)
        self._doc.addForm(name, image)

    def save(self) -> None:
        if len(self._code):
            self.showPage()
        order = self.page_order()
        if order is not None:
            pages = self._doc.Pages.pages
            if sorted(order) != list(range(1, len(pages) + 1)):
                raise ValueError(f"page order {order} does not list {len(pages)} pages")
            self._doc.Pages.pages = [pages[n - 1] for n in order]
        self._draw_deferred(self.pages_done)
        write_document(self._doc, self, self._target)

    def _draw_deferred(self, total: int) -> None:
        later, self._later = self._later, []
        canvas: Any = self  # reportlab's page state attributes are untyped
        for item in later:
            saved = (canvas._code, canvas._annotationrefs, canvas._currentMatrix)
            canvas._code = []
            canvas._annotationrefs = item.annotations
            canvas._currentMatrix = item.part.matrix
            try:
                self.saveState()
                item.part.draw(self, total)
                self.restoreState()
                code = "\n".join(canvas._code)
            finally:
                canvas._code, canvas._annotationrefs, canvas._currentMatrix = saved
            stream: str = item.page.stream
            at = stream.index(item.part.mark)
            item.page.stream = stream[:at] + code + stream[at + len(item.part.mark) :]
