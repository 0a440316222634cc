"""Paragraph styles of a report, derived from its branding and the DejaVu fonts."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle

from executrek.app.pdf.fonts import FontSet
from executrek.app.pdf.palette import INK, MUTED, Palette


@dataclass(frozen=True)
class ReportStyles:
    fonts: FontSet
    palette: Palette
    body: ParagraphStyle
    small: ParagraphStyle
    caption: ParagraphStyle
    headings: tuple[ParagraphStyle, ParagraphStyle, ParagraphStyle]
    table_header: ParagraphStyle
    table_header_right: ParagraphStyle
    table_cell: ParagraphStyle
    table_cell_right: ParagraphStyle
    table_cell_center: ParagraphStyle
    table_total: ParagraphStyle
    table_total_right: ParagraphStyle
    key: ParagraphStyle
    value: ParagraphStyle
    toc_title: ParagraphStyle
    toc_levels: tuple[ParagraphStyle, ParagraphStyle, ParagraphStyle]

    def heading(self, level: int) -> ParagraphStyle:
        return self.headings[max(0, min(level, len(self.headings) - 1))]


def make_styles(fonts: FontSet, palette: Palette) -> ReportStyles:
    body = ParagraphStyle(
        "Body",
        fontName=fonts.family,
        fontSize=9.5,
        leading=13.5,
        textColor=INK,
        spaceAfter=6,
        alignment=TA_LEFT,
        allowOrphans=0,  # no first line alone at the foot of a page
        allowWidows=0,  # nor a last line alone at the top of the next
    )
    small = ParagraphStyle("Small", parent=body, fontSize=8, leading=10.5, spaceAfter=3)
    caption = ParagraphStyle(
        "Caption", parent=small, textColor=MUTED, fontSize=7.5, leading=9.5, spaceAfter=0
    )
    h1 = ParagraphStyle(
        "Heading1",
        parent=body,
        fontName=fonts.bold,
        fontSize=15,
        leading=19,
        textColor=palette.primary,
        spaceBefore=14,
        spaceAfter=8,
        keepWithNext=1,
    )
    h2 = ParagraphStyle(
        "Heading2", parent=h1, fontSize=12, leading=15, spaceBefore=12, spaceAfter=6
    )
    h3 = ParagraphStyle(
        "Heading3",
        parent=h1,
        fontSize=10,
        leading=13,
        spaceBefore=8,
        spaceAfter=4,
        textColor=INK,
    )
    table_cell = ParagraphStyle(
        "TableCell", fontName=fonts.condensed_family, fontSize=8, leading=10, textColor=INK
    )
    table_header = ParagraphStyle(
        "TableHeader",
        parent=table_cell,
        fontName=fonts.condensed_bold,
        textColor=palette.on_primary,
    )
    table_total = ParagraphStyle("TableTotal", parent=table_cell, fontName=fonts.condensed_bold)
    key = ParagraphStyle(
        "Key",
        parent=body,
        fontName=fonts.bold,
        fontSize=8.5,
        leading=11,
        textColor=MUTED,
        spaceAfter=0,
    )
    value = ParagraphStyle("Value", parent=body, fontSize=9, leading=12, spaceAfter=0)
    toc_title = ParagraphStyle("ContentsTitle", parent=h1, keepWithNext=0, spaceBefore=0)
    toc_1 = ParagraphStyle(
        "Contents1",
        parent=body,
        fontName=fonts.family,  # entries are bold by markup, so the leader dots are not
        fontSize=10,
        leading=14,
        leftIndent=0,
        firstLineIndent=0,
        spaceBefore=6,
        spaceAfter=0,
    )
    toc_2 = ParagraphStyle(
        "Contents2", parent=toc_1, fontSize=9, leading=12.5, leftIndent=14, spaceBefore=1
    )
    toc_3 = ParagraphStyle(
        "Contents3", parent=toc_2, fontSize=8.5, leading=11.5, leftIndent=28, textColor=MUTED
    )
    return ReportStyles(
        fonts=fonts,
        palette=palette,
        body=body,
        small=small,
        caption=caption,
        headings=(h1, h2, h3),
        table_header=table_header,
        table_header_right=ParagraphStyle(
            "TableHeaderRight", parent=table_header, alignment=TA_RIGHT
        ),
        table_cell=table_cell,
        table_cell_right=ParagraphStyle("TableCellRight", parent=table_cell, alignment=TA_RIGHT),
        table_cell_center=ParagraphStyle("TableCellCenter", parent=table_cell, alignment=TA_CENTER),
        table_total=table_total,
        table_total_right=ParagraphStyle("TableTotalRight", parent=table_total, alignment=TA_RIGHT),
        key=key,
        value=value,
        toc_title=toc_title,
        toc_levels=(toc_1, toc_2, toc_3),
    )
