"""The title block that opens the first page of a report without a cover: a band in
the primary colour with the kind, the title and the project, over the report's details
(number, period, prepared for, prepared by, issued). The logos are drawn above it by
the first page's header (``PageDecor.draw_first_header``)."""

from __future__ import annotations

from reportlab.lib.colors import Color
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Table, TableStyle

from executrek.app.pdf.context import ReportContext
from executrek.app.pdf.fonts import FontSet
from executrek.app.pdf.keep import WholeTable
from executrek.app.pdf.markup import para
from executrek.app.pdf.palette import RULE, tint

_DETAIL_WEIGHTS = (1.25, 1.35, 1.5, 1.75, 0.95)

# (font size, leading) of a band's kind, title and project lines
BandSizes = tuple[tuple[float, float], tuple[float, float], tuple[float, float]]


def band_styles(
    name: str, fonts: FontSet, on: Color, sizes: BandSizes
) -> tuple[ParagraphStyle, ParagraphStyle, ParagraphStyle]:
    """The kind, title and project styles of a band in the primary colour (``on``: the
    text colour on it), for the title block and the cover."""
    parts = zip(
        ("Kind", "Title", "Project"),
        (fonts.bold, fonts.bold, fonts.family),
        (tint(on, 0.8), on, on),
        sizes,
        strict=True,
    )
    kind, title, project = (
        ParagraphStyle(
            f"{name}{part}", fontName=font, fontSize=size, leading=leading, textColor=ink
        )
        for part, font, ink, (size, leading) in parts
    )
    return kind, title, project


def report_details(ctx: ReportContext) -> list[tuple[str, str]]:
    """(label, value) of the report's details: number, period, prepared for, prepared by,
    issued."""
    meta = ctx.meta
    translate = ctx.translate
    return [
        (translate("Reports", "Report number"), meta.report_number),
        (
            translate("Reports", "Reporting period"),
            ctx.fmt.period(meta.period_start, meta.period_end),
        ),
        (translate("Reports", "Prepared for"), ctx.branding.owner_name),
        (translate("Reports", "Prepared by"), f"{meta.prepared_by}, {ctx.branding.pmo_name}"),
        (translate("Reports", "Issued"), ctx.fmt.date(meta.issued)),
    ]


def title_block(ctx: ReportContext) -> Table:
    meta = ctx.meta
    styles = ctx.styles
    palette = styles.palette
    fonts = styles.fonts
    kind_style, title_style, project_style = band_styles(
        "Title", fonts, palette.on_primary, ((8, 10), (17, 21), (10, 13))
    )
    key_style = ParagraphStyle("TitleKey", parent=styles.key, fontSize=7.5, leading=9.5)
    value_style = ParagraphStyle("TitleValue", parent=styles.value, fontSize=8.5, leading=11)
    details = report_details(ctx)
    width = ctx.width
    unit = width / sum(_DETAIL_WEIGHTS)
    columns = [w * unit for w in _DETAIL_WEIGHTS]
    band = [
        para(meta.kind.upper(), kind_style),
        para(meta.title, title_style),
        para(f"{meta.project_code} \u00b7 {meta.project_name}", project_style),
    ]
    rows = [
        [band, "", "", "", ""],
        [para(k, key_style) for k, _ in details],
        [para(v, value_style) for _, v in details],
    ]
    table = WholeTable(rows, colWidths=columns, hAlign="LEFT", spaceBefore=0, spaceAfter=12)
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), fonts.regular),
                ("SPAN", (0, 0), (-1, 0)),
                ("BACKGROUND", (0, 0), (-1, 0), palette.primary),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, 0), 9),
                ("BOTTOMPADDING", (0, 0), (-1, 0), 9),
                ("TOPPADDING", (0, 1), (-1, 1), 6),
                ("BOTTOMPADDING", (0, 1), (-1, 1), 0),
                ("TOPPADDING", (0, 2), (-1, 2), 1),
                ("BOTTOMPADDING", (0, 2), (-1, 2), 6),
                ("LINEABOVE", (0, 1), (-1, 1), 2.2, palette.accent),
                ("LINEBELOW", (0, 2), (-1, 2), 0.5, RULE),
            ]
        )
    )
    return table
