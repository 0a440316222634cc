"""The report's document template: page templates, headers and footers, table of
contents, PDF outline and metadata."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from executrek.app.pdf.contents import (
    Contents,
    ContentsEntry,
    ContentsIfLong,
    ContentsLedger,
    ContentsTitle,
    entry_text,
    expected_entries,
    heading_key,
    outline_level,
)
from executrek.app.pdf.context import (
    COVER_TEMPLATE,
    FIRST_TEMPLATE,
    LANDSCAPE_TEMPLATE,
    PORTRAIT_TEMPLATE,
    ReportContext,
)
from executrek.app.pdf.flowables import SectionHeading
from executrek.app.pdf.keep import HeadingKeeper
from executrek.app.pdf.layout import PageGeometry
from executrek.app.pdf.page_decor import PageDecor
from executrek.app.pdf.pdf_canvas import ReportCanvas
from executrek.app.pdf.pdf_writer import Writable

CREATOR = "Executrek Field"
PageHook = Callable[[int], None]


def _frame(geometry: PageGeometry, frame_id: str) -> Frame:
    return Frame(
        geometry.frame_x,
        geometry.frame_y,
        geometry.frame_width,
        geometry.frame_height,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id=frame_id,
    )


def _template(
    template_id: str,
    geometry: PageGeometry,
    frame_id: str,
    on_page: Callable[[Canvas, BaseDocTemplate], None],
) -> PageTemplate:
    """A page template of one full frame in ``geometry``, drawn by ``on_page``."""
    return PageTemplate(
        id=template_id,
        frames=[_frame(geometry, frame_id)],
        onPage=on_page,
        pagesize=geometry.size,
    )


class ReportDocTemplate(BaseDocTemplate):
    """A4 or Letter report: a cover page or a first page with the title block, then
    portrait and landscape content pages.

    Laid out in one pass (``build``) on a ``ReportCanvas``: footers ("Page X of Y")
    and the table of contents are drawn when the document is saved, once the page
    numbers are known. A table of contents laid out after the body (``ContentsTitle``)
    is moved behind the first page when the file is written; ``display_page`` gives
    every page its number in that final order.
    """

    def __init__(
        self,
        target: Writable,
        ctx: ReportContext,
        *,
        invariant: bool = False,
        on_page: PageHook | None = None,
    ) -> None:
        meta = ctx.meta
        portrait = ctx.portrait
        self.ctx = ctx
        self.decor = PageDecor(ctx)
        self.contents = ContentsLedger()
        self.anchors: dict[str, int] = {}  # page_refs: laid-out page of each anchor
        self.pages = 0
        self._on_page = on_page
        self._heading_seq = 0
        self._outline_level = -1
        self._moved_from: int | None = None  # first page of contents laid out at the end
        self.contents.display = self.display_page
        subject = f"{meta.kind} \u2014 {meta.project_code} {meta.project_name}, " + (
            ctx.fmt.period(meta.period_start, meta.period_end)
        )
        super().__init__(
            target,
            pagesize=portrait.size,
            title=meta.title,
            author=f"{meta.prepared_by} ({ctx.branding.pmo_name})",
            subject=subject,
            creator=CREATOR,
            keywords=[meta.report_number, meta.project_code, meta.kind],
            invariant=1 if invariant else 0,
            lang=meta.language,
            displayDocTitle=1,
            keepTogetherClass=HeadingKeeper,
            # Without this reportlab starts every page in Helvetica, a font that is
            # never embedded; everything in a report is DejaVu.
            initialFontName=ctx.styles.fonts.regular,
            initialFontSize=ctx.styles.body.fontSize,
            initialLeading=ctx.styles.body.leading,
            leftMargin=portrait.frame_x,
            rightMargin=portrait.frame_x,
            topMargin=portrait.height - portrait.frame_y - portrait.frame_height,
            bottomMargin=portrait.frame_y,
        )
        landscape = ctx.landscape
        content = ctx.content
        self.addPageTemplates(
            [
                _template(COVER_TEMPLATE, portrait, "cover", self._draw_cover),
                _template(FIRST_TEMPLATE, content, "first", self._draw_first),
                _template(PORTRAIT_TEMPLATE, portrait, "portrait", self._draw_page),
                _template(LANDSCAPE_TEMPLATE, landscape, "landscape", self._draw_page),
            ]
        )
        self._firstPageTemplateIndex = 0 if ctx.page.cover else 1

    # -- page numbers --------------------------------------------------------------------

    def display_page(self, page: int) -> int:
        """The printed number of the ``page``-th page laid out (from 1)."""
        moved = self._moved_from
        if moved is None or page < 2 or moved > self.pages:
            return page
        if page >= moved:
            return page - moved + 2
        return page + self.pages - moved + 1

    def page_order(self) -> list[int] | None:
        """Laid-out page numbers in their final order, or None when unchanged."""
        moved = self._moved_from
        if moved is None or moved > self.pages:
            return None
        return [1, *range(moved, self.pages + 1), *range(2, moved)]

    # -- page decoration ---------------------------------------------------------------

    def _geometry(self) -> PageGeometry:
        width, height = self.pageTemplate.pagesize or self.pagesize
        return PageGeometry(float(width), float(height))

    def _draw_cover(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        geometry = self._geometry()
        self.decor.draw_cover(canvas, geometry)
        self._defer_footer(canvas, geometry)

    def _draw_first(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        geometry = self._geometry()
        self.decor.draw_first_header(canvas, geometry)
        self._defer_footer(canvas, geometry)

    def _draw_page(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        geometry = self._geometry()
        self.decor.draw_header(canvas, geometry)
        self._defer_footer(canvas, geometry)

    def _defer_footer(self, canvas: Canvas, geometry: PageGeometry) -> None:
        page = self.page
        decor = self.decor

        def footer(canvas: Canvas, total: int) -> None:
            decor.draw_footer(canvas, geometry, self.display_page(page), total)

        canvas.defer(footer)

    # -- reportlab hooks ---------------------------------------------------------------

    def build(self, flowables: list[Flowable], **kwargs: Any) -> None:
        """Lay ``flowables`` out (once) and write the file."""
        self.contents.expected = expected_entries(flowables)
        super().build(flowables, canvasmaker=self._canvas, **kwargs)

    def _canvas(self, *args: Any, **kwargs: Any) -> ReportCanvas:
        canvas = ReportCanvas(*args, **kwargs)
        canvas.page_order = self.page_order
        return canvas

    def beforeDocument(self) -> None:
        self._heading_seq = 0
        self.anchors.clear()
        self._outline_level = -1
        self.canv.showOutline()

    def filterFlowables(self, flowables: list[Flowable | None]) -> None:
        """Swap the contents marker for the contents (or nothing) without asking a frame
        for room: at the very foot of a page even a zero-height flowable opens a page."""
        first = flowables[0]
        if isinstance(first, ContentsIfLong):
            flowables[0:1] = [None, *first.expand(self.page)]

    def afterPage(self) -> None:
        self.pages = self.page
        if self._on_page is not None:
            self._on_page(self.page)

    def afterFlowable(self, flowable: Flowable) -> None:
        if isinstance(flowable, ContentsTitle) and self._moved_from is None:
            self._moved_from = self.page  # these pages go behind the first page
        if not isinstance(flowable, SectionHeading):
            return
        self._heading_seq += 1
        key = heading_key(self._heading_seq)
        top = self.frame._y + flowable.getSpaceAfter() + flowable.height + 6
        self.canv.bookmarkPage(key, fit="XYZ", left=0, top=top)
        level = outline_level(flowable.level, self._outline_level)
        self._outline_level = level
        self.canv.addOutlineEntry(flowable.plain_text, key, level=level, closed=level > 0)
        if flowable.in_contents:
            entry = ContentsEntry(level, entry_text(level, flowable.plain_text), key)
            self.contents.place(entry, self.page)


def contents_flowable(ctx: ReportContext, doc: ReportDocTemplate) -> Contents:
    """The table of contents of ``doc``, styled for the report."""
    return Contents(ctx, doc.contents)
