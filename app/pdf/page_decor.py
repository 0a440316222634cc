"""What is drawn around the text: the cover page, and the header and footer of every
other page ("Page X of Y", report number, who prepared it and when, and under them the
PMO's footer line when it has one)."""

from __future__ import annotations

from reportlab.lib.colors import Color
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, Table, TableStyle

from executrek.app.pdf.context import ReportContext
from executrek.app.pdf.layout import FOOTER_BASE, HEADER_TOP, SIDE_MARGIN, PageGeometry
from executrek.app.pdf.logos import Logo
from executrek.app.pdf.markup import escape, normalise, para
from executrek.app.pdf.palette import INK, MUTED, RULE
from executrek.app.pdf.title_block import band_styles, report_details

_ELLIPSIS = "\u2026"


def fit_text(text: str, font: str, size: float, width: float) -> str:
    """``text``, shortened with an ellipsis if it is wider than ``width``."""
    text = normalise(text)
    if stringWidth(text, font, size) <= width:
        return text
    low, high = 0, len(text)
    while low < high:
        mid = (low + high + 1) // 2
        if stringWidth(text[:mid].rstrip() + _ELLIPSIS, font, size) <= width:
            low = mid
        else:
            high = mid - 1
    return text[:low].rstrip() + _ELLIPSIS


class PageDecor:
    """Draws cover, headers and footers for one report."""

    def __init__(self, ctx: ReportContext) -> None:
        self.ctx = ctx
        branding = ctx.branding
        self.owner_logo = Logo.load(branding.owner_logo) if branding.owner_logo else None
        self.pmo_logo = Logo.load(branding.pmo_logo) if branding.pmo_logo else None
        translate = ctx.translate
        meta = ctx.meta
        self._prepared_line = translate(
            "Reports", "{number} \u00b7 Prepared by {name} on {date}"
        ).format(number=meta.report_number, name=meta.prepared_by, date=ctx.fmt.date(meta.issued))
        self._page_label = translate("Reports", "Page {page} of {total}")

    # -- every page ----------------------------------------------------------------

    def page_label(self, page: int, total: int) -> str:
        return self._page_label.format(page=page, total=max(total, page))

    def draw_footer(self, canvas: Canvas, geometry: PageGeometry, page: int, total: int) -> None:
        fonts = self.ctx.styles.fonts
        left = SIDE_MARGIN
        right = geometry.width - SIDE_MARGIN
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(left, FOOTER_BASE + 10, right, FOOTER_BASE + 10)
        label = self.page_label(page, total)
        canvas.setFont(fonts.bold, 7.5)
        canvas.setFillColor(INK)
        canvas.drawRightString(right, FOOTER_BASE, label)
        label_width = stringWidth(label, fonts.bold, 7.5)
        canvas.setFont(fonts.regular, 7)
        canvas.setFillColor(MUTED)
        room = right - left - label_width - 12
        canvas.drawString(left, FOOTER_BASE, fit_text(self._prepared_line, fonts.regular, 7, room))
        footer = self.ctx.branding.footer
        if footer:  # the PMO's line, under the report's own
            canvas.setFont(fonts.regular, 6.5)
            canvas.drawString(
                left, FOOTER_BASE - 9, fit_text(footer, fonts.regular, 6.5, right - left)
            )
        canvas.restoreState()

    def draw_header(self, canvas: Canvas, geometry: PageGeometry) -> None:
        ctx = self.ctx
        fonts = ctx.styles.fonts
        meta = ctx.meta
        left = SIDE_MARGIN
        right = geometry.width - SIDE_MARGIN
        top = geometry.height - HEADER_TOP
        logo_h = 8.5 * mm
        base = top - logo_h
        canvas.saveState()
        x = left
        if self.owner_logo:
            x += self.owner_logo.draw(canvas, x, base, 32 * mm, logo_h) + 4 * mm
        end = right
        if self.pmo_logo:
            w, _ = self.pmo_logo.fit(28 * mm, logo_h)
            self.pmo_logo.draw(canvas, right - w, base, w, logo_h)
            end = right - w - 4 * mm
        room = end - x
        right_text = meta.report_number
        right_w = min(stringWidth(right_text, fonts.regular, 7.5), room * 0.3)
        text_room = room - right_w - 6 * mm
        project = f"{meta.project_code} \u00b7 {meta.project_name}"
        canvas.setFillColor(INK)
        canvas.setFont(fonts.bold, 8.5)
        canvas.drawString(x, base + logo_h - 8, fit_text(project, fonts.bold, 8.5, text_room))
        canvas.setFont(fonts.regular, 7.5)
        canvas.setFillColor(MUTED)
        canvas.drawString(x, base + 1.5, fit_text(meta.title, fonts.regular, 7.5, text_room))
        canvas.drawRightString(
            end, base + 1.5, fit_text(right_text, fonts.regular, 7.5, right_w + 1)
        )
        period = ctx.fmt.period(meta.period_start, meta.period_end)
        canvas.drawRightString(
            end, base + logo_h - 8, fit_text(period, fonts.regular, 7.5, room * 0.35)
        )
        canvas.setStrokeColor(ctx.styles.palette.primary)
        canvas.setLineWidth(0.9)
        canvas.line(left, base - 3 * mm, right, base - 3 * mm)
        canvas.restoreState()

    def draw_first_header(self, canvas: Canvas, geometry: PageGeometry) -> None:
        """The first page of a report without a cover: the logos (or the owner's and
        PMO's names) above the title block."""
        fonts = self.ctx.styles.fonts
        branding = self.ctx.branding
        left = SIDE_MARGIN
        right = geometry.width - SIDE_MARGIN
        logo_h = 11 * mm
        base = geometry.height - HEADER_TOP - logo_h
        room = (right - left) / 2 - 4 * mm
        canvas.saveState()
        canvas.setFillColor(self.ctx.styles.palette.primary)
        if self.owner_logo:
            self.owner_logo.draw(canvas, left, base, 45 * mm, logo_h)
        else:
            canvas.setFont(fonts.bold, 11)
            canvas.drawString(left, base + 2, fit_text(branding.owner_name, fonts.bold, 11, room))
        if self.pmo_logo:
            w, _ = self.pmo_logo.fit(38 * mm, logo_h)
            self.pmo_logo.draw(canvas, right - w, base, w, logo_h)
        elif branding.pmo_name:
            canvas.setFont(fonts.regular, 9)
            canvas.setFillColor(MUTED)
            canvas.drawRightString(
                right, base + 2, fit_text(branding.pmo_name, fonts.regular, 9, room)
            )
        canvas.restoreState()

    # -- cover -----------------------------------------------------------------------

    def draw_cover(self, canvas: Canvas, geometry: PageGeometry) -> None:
        """The cover, but for its footer (``draw_footer``, once the total is known)."""
        ctx = self.ctx
        meta = ctx.meta
        palette = ctx.styles.palette
        fonts = ctx.styles.fonts
        width, height = geometry.width, geometry.height
        left = SIDE_MARGIN + 4 * mm
        inner = width - 2 * left
        canvas.saveState()

        # Logo strip.
        strip_top = height - 16 * mm
        logo_h = 20 * mm
        if self.owner_logo:
            self.owner_logo.draw(canvas, left, strip_top - logo_h, 70 * mm, logo_h)
        else:
            canvas.setFont(fonts.bold, 14)
            canvas.setFillColor(palette.primary)
            canvas.drawString(
                left, strip_top - 12, fit_text(ctx.branding.owner_name, fonts.bold, 14, inner)
            )
        if self.pmo_logo:
            w, _ = self.pmo_logo.fit(55 * mm, logo_h * 0.8)
            self.pmo_logo.draw(canvas, width - left - w, strip_top - logo_h * 0.8, w, logo_h * 0.8)

        # Title band.
        band_top = height - 52 * mm
        band_bottom = height - 150 * mm
        canvas.setFillColor(palette.primary)
        canvas.rect(0, band_bottom, width, band_top - band_bottom, stroke=0, fill=1)
        canvas.setFillColor(palette.accent)
        canvas.rect(0, band_bottom - 2.2 * mm, width, 2.2 * mm, stroke=0, fill=1)
        kind_style, title_style, project_style = band_styles(
            "Cover", fonts, palette.on_primary, ((10.5, 13), (25, 30), (13, 17))
        )
        y = band_top - 14 * mm
        y = self._draw_para(canvas, para(meta.kind.upper(), kind_style), left, y, inner) - 5 * mm
        title = Paragraph(escape(meta.title), title_style)
        y = self._draw_para(canvas, title, left, y, inner, max_height=y - band_bottom - 24 * mm)
        project = para(f"{meta.project_code} \u00b7 {meta.project_name}", project_style)
        self._draw_para(canvas, project, left, band_bottom + 20 * mm, inner, anchor_bottom=True)
        period = para(ctx.fmt.period(meta.period_start, meta.period_end), project_style)
        self._draw_para(canvas, period, left, band_bottom + 9 * mm, inner, anchor_bottom=True)

        # Details.
        rows = report_details(ctx)
        self._draw_details(canvas, rows, left, band_bottom - 16 * mm, inner, palette.primary)

        canvas.restoreState()

    def _draw_details(
        self,
        canvas: Canvas,
        rows: list[tuple[str, str]],
        x: float,
        top: float,
        width: float,
        colour: Color,
    ) -> None:
        styles = self.ctx.styles
        key_style = ParagraphStyle("CoverKey", parent=styles.key, fontSize=9, leading=12)
        value_style = ParagraphStyle("CoverValue", parent=styles.value, fontSize=10.5, leading=14)
        data = [[para(k, key_style), para(v, value_style)] for k, v in rows]
        table = Table(data, colWidths=[width * 0.3, width * 0.7])
        table.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), styles.fonts.regular),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 6),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE),
                    ("LINEABOVE", (0, 0), (-1, 0), 1.2, colour),
                ]
            )
        )
        _, h = table.wrapOn(canvas, width, top)
        table.drawOn(canvas, x, top - h)

    @staticmethod
    def _draw_para(
        canvas: Canvas,
        paragraph: Paragraph,
        x: float,
        y: float,
        width: float,
        *,
        max_height: float | None = None,
        anchor_bottom: bool = False,
    ) -> float:
        """Draw with its top at ``y`` (or its bottom, with ``anchor_bottom``); returns
        the y below it. Text taller than ``max_height`` shrinks to fit."""
        _, h = paragraph.wrapOn(canvas, width, 10_000)
        style = paragraph.style
        while max_height is not None and h > max_height and style.fontSize > 12:
            style = ParagraphStyle(
                style.name, parent=style, fontSize=style.fontSize - 2, leading=style.leading - 2.4
            )
            paragraph = Paragraph(paragraph.text, style)
            _, h = paragraph.wrapOn(canvas, width, 10_000)
        bottom = y if anchor_bottom else y - h
        paragraph.drawOn(canvas, x, bottom)
        return bottom
