"""Page geometry: paper sizes, margins, and where the header, footer and text go."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm

from executrek.app.pdf.settings import Paper

_SIZES: dict[Paper, tuple[float, float]] = {Paper.A4: A4, Paper.LETTER: LETTER}

SIDE_MARGIN = 18 * mm
TOP_MARGIN = 27 * mm  # header band sits inside this
BOTTOM_MARGIN = 22 * mm  # footer band sits inside this
HEADER_TOP = 10 * mm  # distance from the paper's top edge to the top of the header
FOOTER_BASE = 10 * mm  # distance from the paper's bottom edge to the footer baseline


@dataclass(frozen=True)
class PageGeometry:
    width: float
    height: float

    @classmethod
    def of(cls, paper: Paper, landscape: bool) -> PageGeometry:
        short, long = _SIZES[paper]
        return cls(long, short) if landscape else cls(short, long)

    @property
    def size(self) -> tuple[float, float]:
        return (self.width, self.height)

    @property
    def landscape(self) -> bool:
        return self.width > self.height

    @property
    def frame_x(self) -> float:
        return SIDE_MARGIN

    @property
    def frame_y(self) -> float:
        return BOTTOM_MARGIN

    @property
    def frame_width(self) -> float:
        return self.width - 2 * SIDE_MARGIN

    @property
    def frame_height(self) -> float:
        return self.height - TOP_MARGIN - BOTTOM_MARGIN
