"""Keeping headings with what follows them.

Reportlab's stock ``KeepTogether`` moves a heading and everything after it to a new
page when the whole group does not fit, which pushes every long table to a fresh page
and leaves half-empty pages behind. ``HeadingKeeper`` (the report template's
``keepTogetherClass``) keeps a heading on this page when at least the first part of the
next flowable fits under it (a table header and some rows, a few lines of text), and
moves both to the next page otherwise. A heading is never the last thing on a page.

Blocks that fit on one page never split across two: ``WholeTable`` (panels, photo grids,
signatures, the title block) and short data tables move whole to the next page; only
what is taller than a page splits (between rows).
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable, KeepTogether, Table, TableStyle
from reportlab.platypus.doctemplate import FrameBreak

_FORCE_SPLIT = 0xFFFFFF


class HeadingKeeper(KeepTogether):
    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        # Never placed whole: split() decides where the group starts.
        self._wrapInfo = (availWidth, availHeight)
        return availWidth, _FORCE_SPLIT

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        content: list[Flowable] = list(self._content)
        frame = getattr(self, "_frame", None)
        at_top = bool(frame is not None and getattr(frame, "_atTop", False))
        if at_top or len(content) < 2 or self._start_fits(content, availWidth, availHeight):
            return content
        return [FrameBreak(), *content]

    def _start_fits(self, content: list[Flowable], width: float, height: float) -> bool:
        """Do the lead flowables and the first part of the last one fit in ``height``?"""
        canvas = self.canv
        *lead, last = content
        used = 0.0
        for index, flowable in enumerate(lead):
            _, h = flowable.wrapOn(canvas, width, height)
            if index:
                used += flowable.getSpaceBefore()
            used += h + flowable.getSpaceAfter()
        remaining = height - used - last.getSpaceBefore()
        if remaining <= 0:
            return False
        _, h = last.wrapOn(canvas, width, remaining)
        if h <= remaining:
            return True
        return bool(last.splitOn(canvas, width, remaining))


def fits_a_page(flowable: Flowable, height: float) -> bool:
    """Whether ``height`` (of ``flowable``) fits an empty frame of the page it is on
    (False when it is not being laid out, e.g. split by hand in a test)."""
    frame = getattr(flowable, "_frame", None)
    if frame is None:  # measured before it is placed (e.g. by ``HeadingKeeper``)
        doc = getattr(getattr(flowable, "canv", None), "_doctemplate", None)
        frame = getattr(doc, "frame", None)
    full = getattr(frame, "_height", None)
    return full is not None and height <= float(full) + 1e-6


class WholeTable(Table):
    """A block laid out as a table (key-value panel, photo grid, signatures, title
    block) that never splits across two pages when it fits on one: it moves to the next
    page instead. Taller than a page, it splits between rows as any table."""

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        _, height = self.wrap(availWidth, availHeight)
        if fits_a_page(self, height):
            return []
        result: list[Flowable] = super().split(availWidth, availHeight)
        return result


def grid(
    cells: Sequence[object],
    *,
    per_row: int,
    cell_width: float,
    gap: float,
    font: str,
    space_before: float,
    bottom_padding: float,
) -> WholeTable:
    """``cells`` (photos, signatures) ``per_row`` to a row, ``cell_width`` wide with a
    ``gap`` column between them; the last row is filled with blanks (no cells: one
    blank row). Rows never split."""
    rows: list[list[object]] = []
    for start in range(0, max(len(cells), 1), per_row):
        row: list[object] = []
        for cell in [*cells[start : start + per_row], *[""] * per_row][:per_row]:
            if row:
                row.append("")  # the gap column
            row.append(cell)
        rows.append(row)
    widths = [gap if i % 2 else cell_width for i in range(2 * per_row - 1)]
    table = WholeTable(
        rows, colWidths=widths, hAlign="LEFT", spaceBefore=space_before, spaceAfter=10
    )
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), font),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), bottom_padding),
            ]
        )
    )
    return table
