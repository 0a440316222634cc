"""Page references: "see page 7" printed before page 7 has been laid out.

``page_anchor(key)`` marks a place in the story; put it right before a heading and it
goes with the heading (it keeps with what follows, as a heading does), so it lands on
the heading's page. ``page_ref(ctx, template, key)`` prints ``template`` with
``{page}`` replaced by the printed number of that page (in the final page order, when a
table of contents moved behind page 1), linked to the anchor. As with "Page X of Y",
the text is drawn when the document is saved (``ReportCanvas.defer``): still one layout
pass. Its width is reserved for a three-digit page number.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib.colors import Color
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from executrek.app.pdf.context import ReportContext
from executrek.app.pdf.markup import normalise
from executrek.app.pdf.palette import MUTED

_WIDEST_PAGE = "888"


def _anchors(doc: Any) -> dict[str, int] | None:
    """The document's anchor register (laid-out page by key), if it keeps one."""
    anchors = getattr(doc, "anchors", None)
    return anchors if isinstance(anchors, dict) else None


class PageAnchor(Flowable):
    """A zero-size mark recording the page it lands on (and a link target there)."""

    _ZEROSIZE = True

    def __init__(self, key: str) -> None:
        super().__init__()
        self.key = key
        self.width = self.height = 0.0
        self.keepWithNext = 1  # with the heading that follows, like a heading

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0.0, 0.0

    def draw(self) -> None:
        doc = getattr(self.canv, "_doctemplate", None)
        anchors = _anchors(doc)
        if anchors is None or self.key in anchors:
            return
        anchors[self.key] = int(doc.page)  # type: ignore[union-attr]
        self.canv.bookmarkHorizontal(self.key, 0, 12)


class PageRef(Flowable):
    """One line of text naming the page of an anchor, drawn at save."""

    def __init__(
        self, template: str, key: str, font: str, size: float, colour: Color = MUTED
    ) -> None:
        super().__init__()
        self.template = normalise(template)
        self.key = key
        self.font = font
        self.size = size
        self.colour = colour
        self.width = stringWidth(self.template.format(page=_WIDEST_PAGE), font, size)
        self.height = size * 1.25

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        doc = getattr(self.canv, "_doctemplate", None)

        def later(canvas: Canvas, total: int) -> None:
            anchors = _anchors(doc)
            laid_out = anchors.get(self.key) if anchors is not None else None
            shown = doc.display_page(laid_out) if laid_out is not None else None  # type: ignore[union-attr]
            text = self.template.format(page=shown if shown is not None else "\u2014")
            canvas.setFont(self.font, self.size)
            canvas.setFillColor(self.colour)
            canvas.drawString(0, self.height - self.size, text)
            if shown is not None:
                box = (0, 0, stringWidth(text, self.font, self.size), self.height)
                canvas.linkRect("", self.key, box, relative=1, thickness=0)

        self.canv.defer(later)


class Stack(Flowable):
    """Flowables one under the other, as one (a table cell holding a title, its note and
    a page reference)."""

    def __init__(self, parts: Sequence[Flowable]) -> None:
        super().__init__()
        self.parts = list(parts)
        self._sizes: list[tuple[float, float]] = []

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self._sizes = [part.wrap(availWidth, availHeight) for part in self.parts]
        self.width = max((w for w, _ in self._sizes), default=0.0)
        self.height = sum(h for _, h in self._sizes)
        return self.width, self.height

    def draw(self) -> None:
        y = self.height
        for part, (_, h) in zip(self.parts, self._sizes, strict=True):
            y -= h
            part.drawOn(self.canv, 0, y)


def page_anchor(key: str) -> PageAnchor:
    """Mark the page of what follows (put it before a heading) as ``key``."""
    return PageAnchor(key)


def page_ref(ctx: ReportContext, template: str, key: str, *, size: float = 7.0) -> PageRef:
    """``template`` (already translated, with ``{page}``) naming the page of ``key``,
    small and grey, linked to the anchor."""
    return PageRef(template, key, ctx.styles.fonts.regular, size)
