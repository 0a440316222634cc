"""What a story builder gets: styles, the formatter, the translator and the page
size, so every flowable it makes matches the report it goes into."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.platypus import Flowable, NextPageTemplate, PageBreak

from executrek.app.pdf.fonts import register_fonts
from executrek.app.pdf.formatting import Formatter
from executrek.app.pdf.layout import PageGeometry
from executrek.app.pdf.palette import Palette
from executrek.app.pdf.settings import Branding, NumberStyle, PageSetup, ReportMeta
from executrek.app.pdf.styles import ReportStyles, make_styles
from executrek.app.pdf.translate import Translate

PORTRAIT_TEMPLATE = "content-portrait"
LANDSCAPE_TEMPLATE = "content-landscape"
COVER_TEMPLATE = "cover"
FIRST_TEMPLATE = "first"  # the first page of a report without a cover


@dataclass(frozen=True)
class ReportContext:
    meta: ReportMeta
    branding: Branding
    page: PageSetup
    styles: ReportStyles
    fmt: Formatter
    translate: Translate

    @classmethod
    def create(
        cls,
        meta: ReportMeta,
        branding: Branding,
        *,
        translate: Translate,
        page: PageSetup | None = None,
        numbers: NumberStyle | None = None,
    ) -> ReportContext:
        fonts = register_fonts()
        return cls(
            meta=meta,
            branding=branding,
            page=page or PageSetup(),
            styles=make_styles(fonts, Palette.from_branding(branding)),
            fmt=Formatter(numbers or NumberStyle(), translate),
            translate=translate,
        )

    @property
    def portrait(self) -> PageGeometry:
        return PageGeometry.of(self.page.paper, landscape=False)

    @property
    def landscape(self) -> PageGeometry:
        return PageGeometry.of(self.page.paper, landscape=True)

    @property
    def content(self) -> PageGeometry:
        """Geometry of the content pages by default (``PageSetup.landscape``)."""
        return self.landscape if self.page.landscape else self.portrait

    @property
    def width(self) -> float:
        """Text width of the default content pages, in points."""
        return self.content.frame_width

    @property
    def default_template(self) -> str:
        return LANDSCAPE_TEMPLATE if self.page.landscape else PORTRAIT_TEMPLATE

    def landscape_pages(self) -> list[Flowable]:
        """Flowables that continue on a new landscape page (for wide tables). Size what
        follows with ``ctx.landscape.frame_width``."""
        return [NextPageTemplate(LANDSCAPE_TEMPLATE), PageBreak()]

    def portrait_pages(self) -> list[Flowable]:
        """Flowables that continue on a new portrait page."""
        return [NextPageTemplate(PORTRAIT_TEMPLATE), PageBreak()]
