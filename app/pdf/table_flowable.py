"""``DataTable``: a table flowable that splits across pages in linear time.

Reportlab's own ``Table.split`` rebuilds the remaining table, re-measures its rows and
re-applies all its style commands at every page break: quadratic in the row count, and
its in-row splitting repeats the header in mid-page. Here every row is measured once
when the table is made; a page break is a sum of known heights; and a plain reportlab
``Table`` is made only for the rows that land on each page, header row first.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from reportlab.lib.colors import Color
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from executrek.app.pdf.errors import ReportError
from executrek.app.pdf.keep import fits_a_page
from executrek.app.pdf.markup import escape, normalise

_FUZZ = 1e-6

# A style command for one row: (operation, first column, last column, *arguments).
RowCommand = tuple[Any, ...]


def slot(index: int) -> str:
    """A place for a value in a ``CellParagraph.filled`` template."""
    return chr(0xE000 + index)


@functools.lru_cache(maxsize=256)
def _template_frags(template: str, style: ParagraphStyle) -> tuple[Any, ...]:
    return tuple(Paragraph(template, style).frags)


class CellParagraph(Paragraph):
    """A Paragraph that remembers its last wrap. Cells are measured once when the
    table is made and drawn at that same width, so the line breaking (the costly
    part) is done once, not again when the page's table is drawn."""

    _wrapped_width: float | None = None

    @classmethod
    def filled(cls, template: str, style: ParagraphStyle, *values: str) -> CellParagraph:
        """The paragraph of ``template`` markup with ``slot(i)`` standing for the plain
        text ``values[i]``. The markup is parsed once per template and style (parsing
        costs more than laying the text out), then copied with the values put in."""
        values = tuple(normalise(v) for v in values)
        markup = template
        for index, value in enumerate(values):
            markup = markup.replace(slot(index), escape(value))
        if any("\n" in v or "\r" in v for v in values):
            return cls(markup, style)  # line breaks become <br/>: parse as usual
        frags = []
        for frag in _template_frags(template, style):
            text = frag.text
            for index, value in enumerate(values):
                text = text.replace(slot(index), value)
            frags.append(frag.clone(text=text))
        return cls(markup, style, frags=frags)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if self._wrapped_width == availWidth:
            return self.width, self.height
        width, height = super().wrap(availWidth, availHeight)
        self._wrapped_width = availWidth
        return width, height


class TextLines(Flowable):
    """Lines of plain text, each in its own font, size and colour, set as a Paragraph
    of the same lines would be (first baseline one font size below the top, then one
    ``leading`` apart) but drawn as plain strings: a fraction of a Paragraph's cost,
    for the many table cells whose lines are known to fit."""

    def __init__(self, lines: Sequence[tuple[str, str, float, Color]], leading: float) -> None:
        super().__init__()
        self.lines = list(lines)
        self.leading = leading
        self.width = max((stringWidth(t, f, s) for t, f, s, _ in self.lines), default=0.0)
        self.height = leading * len(self.lines)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        y = self.height
        for index, (text, font, size, colour) in enumerate(self.lines):
            y -= size if index == 0 else self.leading
            canvas.setFont(font, size)
            canvas.setFillColor(colour)
            canvas.drawString(0, y, text)


def plain_lines(
    text: str,
    font: str,
    size: float,
    leading: float,
    colour: Color,
    room: float,
    max_height: float = 1e7,
) -> TextLines | None:
    """``text`` (plain, not markup) broken into lines of at most ``room`` points at
    spaces, as a Paragraph breaks it, as ``TextLines``; ``None`` where a Paragraph is
    needed: line breaks in the text, a word wider than ``room``, or more than
    ``max_height`` of lines (a Paragraph can be split between rows or pages)."""
    if "\n" in text or "\r" in text:
        return None
    lines = simpleSplit(text, font, size, room)
    if not lines or len(lines) * leading > max_height:
        return None
    if any(stringWidth(line, font, size) > room for line in lines):
        return None
    return TextLines([(line, font, size, colour) for line in lines], leading)


@dataclass
class TableRow:
    cells: list[str | Flowable]
    height: float
    commands: list[RowCommand] = field(default_factory=list)
    keep_with_previous: bool = False  # a totals row never starts a page alone


class DataTable(Flowable):
    def __init__(
        self,
        col_widths: Sequence[float],
        header: TableRow,
        body: Sequence[TableRow],
        commands: Sequence[tuple[Any, ...]],
        *,
        space_before: float = 0.0,
        space_after: float = 0.0,
        keep_whole: bool = False,
        row_ends: Sequence[int] = (),
    ) -> None:
        super().__init__()
        self.keep_whole = keep_whole  # moves whole to the next page when it fits on one
        self.row_ends = list(row_ends)  # index in ``body`` of each data row's last row
        self.col_widths = list(col_widths)
        self.header = header
        self.body = list(body)
        self.commands = list(commands)  # whole-table commands: fonts, padding, alignment
        self.spaceBefore = space_before
        self.spaceAfter = space_after
        self.hAlign = "LEFT"
        self.width = sum(self.col_widths)
        self.height = header.height + sum(row.height for row in self.body)

    @property
    def row_count(self) -> int:
        return len(self.body)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if self.width > availWidth + 0.5:
            raise ReportError(
                f"a table {self.width:.0f} pt wide does not fit the {availWidth:.0f} pt text "
                "width: make it with the width of the pages it goes on"
            )
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        if self.keep_whole and self.height > availHeight and fits_a_page(self, self.height):
            return []
        room = availHeight - self.header.height
        fits = 0
        used = 0.0
        for row in self.body:
            if used + row.height > room + _FUZZ:
                break
            used += row.height
            fits += 1
        if fits == len(self.body):
            return [self]
        while fits and self.body[fits].keep_with_previous:
            fits -= 1
        # No lone row at the foot of a page or at the top of the next one.
        if len(self.body) - fits == 1 and fits >= 3:
            fits -= 1
        frame = getattr(self, "_frame", None)
        at_top = bool(getattr(frame, "_atTop", False))
        if fits < 2 and len(self.body) >= 4 and not at_top:
            return []
        if fits == 0:
            return []
        return [self.over(self.body[:fits]), self.over(self.body[fits:])]

    def over(self, rows: Sequence[TableRow]) -> DataTable:
        """This table's columns, header, style and spacing over ``rows``; never kept
        whole (a part of a split table splits again as needed)."""
        return DataTable(
            self.col_widths,
            self.header,
            rows,
            self.commands,
            space_before=self.spaceBefore,
            space_after=self.spaceAfter,
        )

    def table(self) -> Table:
        """The reportlab table of exactly these rows."""
        rows = [self.header, *self.body]
        commands = list(self.commands)
        for index, row in enumerate(rows):
            for operation, first, last, *arguments in row.commands:
                commands.append((operation, (first, index), (last, index), *arguments))
        return Table(
            [row.cells for row in rows],
            colWidths=self.col_widths,
            rowHeights=[row.height for row in rows],
            style=TableStyle(commands),
            hAlign="LEFT",
        )

    def draw(self) -> None:
        table = self.table()
        table.wrapOn(self.canv, self.width, self.height)
        table.drawOn(self.canv, 0, 0)
