"""Small building blocks: section headings, status pills and key-value blocks."""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from executrek.app.pdf.context import ReportContext
from executrek.app.pdf.keep import WholeTable
from executrek.app.pdf.markup import escape, normalise, para
from executrek.app.pdf.palette import MUTED, RULE, Tone, text_on


class SectionHeading(Paragraph):
    """A heading that goes into the table of contents and the PDF outline.

    Never left alone at the foot of a page: its style has keepWithNext, and the report
    template keeps it with at least the first part of what follows (see ``keep.py``).
    """

    def __init__(
        self, text: str, style: ParagraphStyle, level: int, *, in_contents: bool = True
    ) -> None:
        super().__init__(escape(text), style)
        self.plain_text = text
        self.level = level
        self.in_contents = in_contents


def section_heading(
    ctx: ReportContext, text: str, level: int = 0, *, in_contents: bool = True
) -> SectionHeading:
    """Level 0 is a chapter, 1 a section, 2 a subsection. Every heading gets a PDF
    bookmark; ``in_contents=False`` leaves it out of the table of contents."""
    if level < 0:
        raise ValueError("heading level must be 0 or more")
    style = ctx.styles.heading(level)
    return SectionHeading(text, style, min(level, 2), in_contents=in_contents)


@dataclass(frozen=True)
class Status:
    """A status as it prints: the label (already translated) and its colour."""

    label: str
    tone: Tone


class StatusPill(Flowable):
    """A rounded coloured label; long labels wrap onto a second line rather than
    being cut.

    A report prints the same few pills hundreds of times, so each distinct pill is
    drawn once into a form XObject and placed by reference after that."""

    _PAD_X = 4.0
    _PAD_Y = 1.8

    def __init__(self, status: Status, font_name: str, font_size: float = 7.0) -> None:
        super().__init__()
        self.status = status
        self.font_name = font_name
        self.font_size = font_size
        self._lines: tuple[str, ...] = (status.label,)
        self._text_width = 0.0
        self._wrapped_for: float | None = None
        self._form = ""

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if self._wrapped_for != availWidth:
            self._wrapped_for = availWidth
            self._lines, self._text_width = _pill_lines(
                self.status.label, self.font_name, self.font_size, availWidth - 2 * self._PAD_X
            )
            self.width = min(self._text_width + 2 * self._PAD_X, availWidth)
            self.height = len(self._lines) * self.font_size * 1.2 + 2 * self._PAD_Y
            self._form = self._form_name()
        return self.width, self.height

    def _form_name(self) -> str:
        key = "|".join(
            [
                *self._lines,
                self.status.tone.colour.hexval(),
                self.font_name,
                f"{self.font_size:g}",
                f"{self.width:.3f}",
                f"{self.height:.3f}",
            ]
        )
        return "pill-" + hashlib.md5(key.encode("utf-8"), usedforsecurity=False).hexdigest()

    def draw(self) -> None:
        canvas = self.canv
        name = self._form
        if not canvas._doc.hasForm(name):
            canvas.beginForm(name, 0, 0, self.width, self.height)
            self._draw_pill(canvas)
            canvas.endForm()
        canvas.doForm(name)

    def _draw_pill(self, canvas: Canvas) -> None:
        fill = self.status.tone.colour
        canvas.saveState()
        canvas.setFillColor(fill)
        canvas.setStrokeColor(fill)
        radius = min(self.height / 2, self.font_size * 0.9)
        canvas.roundRect(0, 0, self.width, self.height, radius, stroke=0, fill=1)
        canvas.setFillColor(text_on(fill))
        canvas.setFont(self.font_name, self.font_size)
        line_h = self.font_size * 1.2
        y = self.height - self._PAD_Y - self.font_size * 0.95
        for line in self._lines:
            canvas.drawCentredString(self.width / 2, y, line)
            y -= line_h
        canvas.restoreState()


@functools.lru_cache(maxsize=512)
def _pill_lines(label: str, font: str, size: float, room: float) -> tuple[tuple[str, ...], float]:
    lines = tuple(simpleSplit(normalise(label), font, size, max(room, 1.0))) or ("",)
    return lines, max(stringWidth(s, font, size) for s in lines)


def status_pill(ctx: ReportContext, status: Status) -> StatusPill:
    return StatusPill(status, ctx.styles.fonts.condensed_bold)


KeyValue = tuple[str, "str | Flowable | None"]


def key_value_block(
    ctx: ReportContext,
    items: Sequence[KeyValue],
    *,
    width: float | None = None,
    columns: int = 2,
) -> Table:
    """Label/value pairs laid out in ``columns`` pairs per row (e.g. a project summary).

    Values are plain text (escaped here), a flowable, or None (prints a dash).
    """
    if columns < 1:
        raise ValueError("columns must be at least 1")
    styles = ctx.styles
    width = width if width is not None else ctx.width
    cells: list[list[Flowable | str]] = []
    row: list[Flowable | str] = []
    for key, value in items:
        if value is None:
            value_cell: Flowable = para("\u2014", styles.value)
        elif isinstance(value, str):
            value_cell = para(value, styles.value)
        else:
            value_cell = value
        row.extend([para(key, styles.key), value_cell])
        if len(row) == 2 * columns:
            cells.append(row)
            row = []
    if row:
        row.extend([""] * (2 * columns - len(row)))
        cells.append(row)
    if not cells:
        cells = [["", ""] * columns]
    pair = width / columns
    col_widths = [pair * 0.38, pair * 0.62] * columns
    table = WholeTable(cells, colWidths=col_widths, hAlign="LEFT", spaceBefore=2, spaceAfter=10)
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), styles.fonts.regular),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 3.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("BACKGROUND", (0, 0), (-1, -1), styles.palette.zebra),
                ("BOX", (0, 0), (-1, -1), 0.5, RULE),
                ("LINEBELOW", (0, 0), (-1, -2), 0.25, RULE),
                ("LINEBEFORE", (0, 0), (0, -1), 2.5, styles.palette.primary),
            ]
        )
    )
    return table


def lead_para(ctx: ReportContext, lead: str, text: str) -> Paragraph:
    """A body paragraph opening with ``lead`` in bold ("Budget. The revised…")."""
    return Paragraph(f"<b>{escape(lead)}.</b> {escape(text)}", ctx.styles.body)


def muted_note(ctx: ReportContext, text: str) -> Paragraph:
    """A small grey remark (e.g. "No items in this period")."""
    return para(text, ParagraphStyle("Muted", parent=ctx.styles.small, textColor=MUTED))


def side_by_side(
    ctx: ReportContext,
    left: Flowable,
    right: Flowable,
    widths: tuple[float, float],
    *,
    gap: float = 0.0,
    space_after: float = 0.0,
) -> Table:
    """Two flowables in one row, top-aligned, without cell padding; ``gap`` points of
    room are kept right of the left one (inside its width)."""
    table = Table([[left, right]], colWidths=list(widths), hAlign="LEFT", spaceAfter=space_after)
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), ctx.styles.fonts.regular),  # no Helvetica
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (0, 0), gap),
                ("RIGHTPADDING", (1, 0), (1, 0), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table
