"""``DataTable``: a table flowable that splits across pages in linear time.

Reportlab's own ``Table.split`` rebuilds the remaining table, re-measures its rows and
re-applies all its style commands at every page break: quadratic in the row count, and
its in-row splitting repeats the header in mid-page. Here every row is measured once
when the table is made; a page break is a sum of known heights; and a plain reportlab
``Table`` is made only for the rows that land on each page, header row first.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from executrek.app.reports.errors import ReportError

_FUZZ = 1e-6
MEASURING = "_executrek_measuring"  # canvas attribute: this pass only lays out pages

# A style command for one row: (operation, first column, last column, *arguments).
RowCommand = tuple[Any, ...]


class CellParagraph(Paragraph):
    """A Paragraph that remembers its last wrap. Cells are measured once when the
    table is made and drawn at that same width in every pass, so the line breaking
    (the costly part) is done once, not once per pass."""

    _wrapped_width: float | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if self._wrapped_width == availWidth:
            return self.width, self.height
        width, height = super().wrap(availWidth, availHeight)
        self._wrapped_width = availWidth
        return width, height


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
    ) -> None:
        super().__init__()
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
        return [self._part(self.body[:fits]), self._part(self.body[fits:])]

    def _part(self, rows: Sequence[TableRow]) -> DataTable:
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
        if getattr(self.canv, MEASURING, False):
            return  # a layout-only pass: its pages are never written
        table = self.table()
        table.wrapOn(self.canv, self.width, self.height)
        table.drawOn(self.canv, 0, 0)
