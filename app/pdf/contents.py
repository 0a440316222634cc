"""The table of contents, laid out before the pages it lists exist.

The headings are all in the story before the layout starts, so the contents' rows and
their height are known up front; only the page numbers are not (they are drawn by a
callback after each entry's text, so they never change its line breaks). ``Contents`` takes its space in
the one layout pass and draws itself when the document is saved
(``ReportCanvas.defer``), with the page numbers the headings actually got.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle
from reportlab.platypus.tableofcontents import drawPageNumbers

from executrek.app.pdf.context import ReportContext
from executrek.app.pdf.errors import ReportError
from executrek.app.pdf.flowables import SectionHeading
from executrek.app.pdf.markup import escape


@dataclass(frozen=True)
class ContentsEntry:
    level: int
    text: str  # markup, as printed
    key: str  # the heading's bookmark


def heading_key(seq: int) -> str:
    """The bookmark of the ``seq``-th heading of a report (from 1)."""
    return f"section-{seq}"


def outline_level(heading_level: int, previous: int) -> int:
    """PDF outline levels may go down any amount but up only one at a time."""
    return min(heading_level, previous + 1)


def entry_text(level: int, plain: str) -> str:
    text = escape(plain)
    return f"<b>{text}</b>" if level == 0 else text


def _headings(flowables: Iterable[object]) -> Iterable[SectionHeading]:
    for flowable in flowables:
        if isinstance(flowable, SectionHeading):
            yield flowable
        elif isinstance(flowable, KeepTogether):
            yield from _headings(flowable._content)
        elif isinstance(flowable, list | tuple):
            yield from _headings(flowable)


def expected_entries(story: Sequence[Flowable]) -> list[ContentsEntry]:
    """The contents of ``story``, numbered and levelled as ``ReportDocTemplate`` will
    number and level its headings while laying them out."""
    entries: list[ContentsEntry] = []
    previous = -1
    for seq, heading in enumerate(_headings(story), start=1):
        level = outline_level(heading.level, previous)
        previous = level
        if heading.in_contents:
            text = entry_text(level, heading.plain_text)
            entries.append(ContentsEntry(level, text, heading_key(seq)))
    return entries


@dataclass
class ContentsLedger:
    """What the contents will list, and the pages the headings landed on."""

    expected: list[ContentsEntry] = field(default_factory=list)
    placed: list[tuple[ContentsEntry, int]] = field(default_factory=list)
    display: Callable[[int], int] = lambda page: page  # laid-out page → printed number
    _checked: bool = False

    def place(self, entry: ContentsEntry, page: int) -> None:
        self.placed.append((entry, page))

    def page_of(self, index: int) -> int:
        """The page of the ``index``-th entry, once the layout is complete."""
        if not self._checked:
            if [entry for entry, _ in self.placed] != self.expected:
                raise ReportError(
                    "the table of contents changed during layout: headings must be "
                    "top-level flowables of the story"
                )
            self._checked = True
        return self.display(self.placed[index][1])


_CALLBACK = "executrekContentsEntryEnd"


class ContentsTitle(Paragraph):
    """The title of a table of contents laid out after the body: the document moves
    the pages from this one on behind the first page."""


class ContentsIfLong(Flowable):
    """Placed after the body: when the report has run past ``min_pages`` by then, it
    stands for a page break, the contents title (``ContentsTitle``) and the contents.

    It never reaches a frame: the document template swaps it for what it stands for
    (``expand``) before placing it, so a body that ends exactly at the foot of a page
    does not open an empty page for a zero-height marker."""

    def __init__(self, min_pages: int, make: Callable[[], list[Flowable]]) -> None:
        super().__init__()
        self.min_pages = min_pages
        self._make = make

    def expand(self, page: int) -> list[Flowable]:
        """What stands in the story instead of the marker when it is reached on ``page``."""
        return self._make() if page > self.min_pages else []

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0.0, 0.0

    def draw(self) -> None:
        pass


class Contents(Flowable):
    """The table of contents (or, after a page break, a run of its rows).

    Its rows are made once, from the headings in the story; the page numbers and
    leader dots are drawn by a paragraph callback when the canvas draws the deferred
    contents at save (``ReportCanvas.defer``), reading the pages from the ledger."""

    def __init__(
        self, ctx: ReportContext, ledger: ContentsLedger, part: Table | None = None
    ) -> None:
        super().__init__()
        self.ctx = ctx
        self.ledger = ledger
        self._part = part
        self._made: tuple[float, Table | None] | None = None

    def _levels(self) -> tuple[ParagraphStyle, ...]:
        return tuple(self.ctx.styles.toc_levels)

    def _table(self, width: float) -> Table | None:
        if self._part is not None:
            return self._part
        if self._made is None or self._made[0] != width:
            self._made = (width, self._make(width))
        return self._made[1]

    def _make(self, width: float) -> Table | None:
        if not self.ledger.expected:
            return None
        levels = self._levels()
        data: list[list[Flowable]] = []
        for index, entry in enumerate(self.ledger.expected):
            style = levels[min(entry.level, len(levels) - 1)]
            text = (
                f'<a href="#{entry.key}">{entry.text}</a>'
                f'<onDraw name="{_CALLBACK}" label="{index}"/>'
            )
            if style.spaceBefore:
                data.append([Spacer(1, style.spaceBefore)])
            data.append([Paragraph(text, style)])
        table = Table(
            data,
            colWidths=(width,),
            style=TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), self.ctx.styles.fonts.regular),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ]
            ),
        )
        return table

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        table = self._table(availWidth)
        if table is None:
            self.width, self.height = availWidth, 0.0
        else:
            self.width, self.height = table.wrapOn(self.canv, availWidth, availHeight)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        table = self._table(availWidth)
        if table is None:
            return []
        parts = table.splitOn(self.canv, availWidth, availHeight)
        if len(parts) < 2:
            return []
        return [Contents(self.ctx, self.ledger, part) for part in parts]

    def draw(self) -> None:
        table = self._table(self.width)
        if table is not None and self.height > 0:
            self.canv.defer(lambda canvas, total: self._draw_later(canvas, table))

    def _draw_later(self, canvas: Canvas, table: Table) -> None:
        levels = self._levels()
        width = float(self.width)
        expected = self.ledger.expected

        def entry_end(canvas: Canvas, kind: str, label: str) -> None:
            index = int(label)
            entry = expected[index]
            style = levels[min(entry.level, len(levels) - 1)]
            page = self.ledger.page_of(index)
            drawPageNumbers(canvas, style, [(page, entry.key)], width, 0, " . ")

        canvas.setNamedCB(_CALLBACK, entry_end)
        table.drawOn(canvas, 0, 0)
