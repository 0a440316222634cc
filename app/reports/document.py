"""The report's document template: page templates, headers and footers, table of
contents, PDF outline and metadata."""

from __future__ import annotations

from collections.abc import Callable
from typing import IO, Any

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, TableStyle
from reportlab.platypus.tableofcontents import TableOfContents

from executrek.app.reports.context import (
    COVER_TEMPLATE,
    LANDSCAPE_TEMPLATE,
    PORTRAIT_TEMPLATE,
    ReportContext,
)
from executrek.app.reports.flowables import SectionHeading
from executrek.app.reports.keep import HeadingKeeper
from executrek.app.reports.layout import PageGeometry
from executrek.app.reports.markup import escape
from executrek.app.reports.page_count import PAGE_END, PageCount
from executrek.app.reports.page_decor import PageDecor
from executrek.app.reports.table_flowable import MEASURING

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


class ReportDocTemplate(BaseDocTemplate):
    """A4 or Letter report: cover page, then portrait and landscape content pages.

    Build it with ``multiBuild`` (``build_pdf`` does): the page total and the table of
    contents need more than one pass.
    """

    def __init__(
        self,
        target: IO[bytes],
        ctx: ReportContext,
        *,
        invariant: bool = False,
        on_page: PageHook | None = None,
    ) -> None:
        meta = ctx.meta
        portrait = ctx.portrait
        self.ctx = ctx
        self.decor = PageDecor(ctx)
        self.page_count = PageCount()
        self._on_page = on_page
        self._heading_seq = 0
        self._outline_level = -1
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
        self.addPageTemplates(
            [
                PageTemplate(
                    id=COVER_TEMPLATE,
                    frames=[_frame(portrait, "cover")],
                    onPage=self._draw_cover,
                    pagesize=portrait.size,
                ),
                PageTemplate(
                    id=PORTRAIT_TEMPLATE,
                    frames=[_frame(portrait, "portrait")],
                    onPage=self._draw_page,
                    pagesize=portrait.size,
                ),
                PageTemplate(
                    id=LANDSCAPE_TEMPLATE,
                    frames=[_frame(landscape, "landscape")],
                    onPage=self._draw_page,
                    pagesize=landscape.size,
                ),
            ]
        )

    # -- page decoration ---------------------------------------------------------------

    def _geometry(self) -> PageGeometry:
        width, height = self.pageTemplate.pagesize or self.pagesize
        return PageGeometry(float(width), float(height))

    def _draw_cover(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        self.decor.draw_cover(canvas, self._geometry(), self.page, self.page_count.total)

    def _draw_page(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        geometry = self._geometry()
        self.decor.draw_header(canvas, geometry)
        self.decor.draw_footer(canvas, geometry, self.page, self.page_count.total)

    # -- reportlab hooks ---------------------------------------------------------------

    def multiBuild(self, story: list[Flowable], maxPasses: int = 10, **buildKwds: Any) -> int:
        return int(super().multiBuild([self.page_count, *story], maxPasses, **buildKwds))

    def beforeDocument(self) -> None:
        self._heading_seq = 0
        self._outline_level = -1
        self.canv.showOutline()
        # The first pass only counts pages (its output is never saved, as the page
        # total is unknown until it ends), so data tables skip drawing in it.
        setattr(self.canv, MEASURING, self.page_count.total == 0)

    def afterPage(self) -> None:
        self.notify(PAGE_END, self.page)
        if self._on_page is not None:
            self._on_page(self.page)

    def afterFlowable(self, flowable: Flowable) -> None:
        if not isinstance(flowable, SectionHeading):
            return
        self._heading_seq += 1
        key = f"section-{self._heading_seq}"
        top = self.frame._y + flowable.getSpaceAfter() + flowable.height + 6
        self.canv.bookmarkPage(key, fit="XYZ", left=0, top=top)
        # Outline levels may go down any amount but up only one at a time.
        level = min(flowable.level, self._outline_level + 1)
        self._outline_level = level
        self.canv.addOutlineEntry(flowable.plain_text, key, level=level, closed=level > 0)
        if flowable.in_contents:
            text = escape(flowable.plain_text)
            self.notify(
                "TOCEntry", (level, f"<b>{text}</b>" if level == 0 else text, self.page, key)
            )


def contents_flowable(ctx: ReportContext) -> TableOfContents:
    """The table of contents, styled for the report."""
    return TableOfContents(
        levelStyles=list(ctx.styles.toc_levels),
        dotsMinLevel=0,
        rightColumnWidth=40,
        tableStyle=TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), ctx.styles.fonts.regular),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        ),
    )
