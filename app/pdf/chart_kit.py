"""Shared parts of the charts: theme, number scales, text, legend, empty state."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import TypeAlias

from reportlab.graphics.shapes import Drawing, Group, Line, Rect, String
from reportlab.lib.attrmap import AttrMap, AttrMapValue
from reportlab.lib.colors import Color, HexColor
from reportlab.lib.utils import simpleSplit
from reportlab.lib.validators import isNumber
from reportlab.pdfbase.pdfmetrics import stringWidth

from executrek.app.pdf.context import ReportContext
from executrek.app.pdf.markup import normalise
from executrek.app.pdf.page_decor import fit_text
from executrek.app.pdf.palette import INK, MUTED, Tone

Number: TypeAlias = int | float | Decimal
ValueFormat = Callable[[float], str]

GRID = HexColor("#E3E8EE")
AXIS = HexColor("#9AA5B1")


@dataclass(frozen=True)
class ChartTheme:
    font: str
    bold: str
    label_size: float
    title_size: float
    series: tuple[Color, ...]

    @classmethod
    def of(cls, ctx: ReportContext) -> ChartTheme:
        fonts = ctx.styles.fonts
        return cls(
            font=fonts.condensed,
            bold=fonts.condensed_bold,
            label_size=7.5,
            title_size=9.5,
            series=ctx.styles.palette.series,
        )

    def colour(self, index: int) -> Color:
        return self.series[index % len(self.series)]

    def width_of(self, text: str, bold: bool = False, size: float | None = None) -> float:
        return float(stringWidth(text, self.bold if bold else self.font, size or self.label_size))

    def text(
        self,
        x: float,
        y: float,
        text: str,
        *,
        anchor: str = "start",
        bold: bool = False,
        size: float | None = None,
        colour: Color = INK,
        max_width: float | None = None,
    ) -> String:
        font = self.bold if bold else self.font
        size = size or self.label_size
        text = fit_text(text, font, size, max_width) if max_width is not None else normalise(text)
        return String(x, y, text, fontName=font, fontSize=size, fillColor=colour, textAnchor=anchor)


def wrap_label(theme: ChartTheme, text: str, width: float, max_lines: int = 2) -> list[str]:
    """``text`` in at most ``max_lines`` lines of ``width``; the last line ends in an
    ellipsis if text was left over."""
    lines = simpleSplit(normalise(text), theme.font, theme.label_size, width) or [""]
    if len(lines) <= max_lines:
        return list(lines)
    kept = list(lines[:max_lines])
    last = kept[-1]
    while last and theme.width_of(last + "\u2026") > width:
        last = last[:-1]
    kept[-1] = last.rstrip() + "\u2026"
    return kept


def colour_of(value: Color | Tone | None, fallback: Color) -> Color:
    if value is None:
        return fallback
    if isinstance(value, Tone):
        return value.colour
    return value


def nice_step(span: float, target_ticks: int = 5, *, integer: bool = False) -> float:
    """The round tick step (1, 2, 2.5 or 5 × 10^n) giving the tick count nearest
    ``target_ticks``; ``integer`` steps are whole numbers without 2.5 (counts never
    tick at 7.5)."""
    if span <= 0 or not math.isfinite(span):
        return 1.0
    power = 10 ** math.floor(math.log10(span / max(target_ticks, 1)))
    candidates = [
        factor * power * scale
        for scale in (0.1, 1, 10)
        for factor in ((1, 2, 5) if integer else (1, 2, 2.5, 5))
    ]
    if integer:
        candidates = [c for c in candidates if c >= 1 and float(c).is_integer()] or [1.0]
    return min(candidates, key=lambda step: (abs(span / step - target_ticks), -step))


def nice_range(
    low: float,
    high: float,
    target_ticks: int = 5,
    *,
    integer: bool = False,
    include_zero: bool = True,
) -> tuple[float, float, float]:
    """(axis min, axis max, step) covering ``low``..``high`` (and 0, by default)."""
    if include_zero:
        low = min(low, 0.0)
        high = max(high, 0.0)
    if high == low:
        high = low + 1.0
    step = nice_step(high - low, target_ticks, integer=integer)
    return math.floor(low / step) * step, math.ceil(high / step) * step, step


def step_places(step: float) -> int:
    """Decimals needed to print ticks ``step`` apart: 2.5 → 1, 0.25 → 2, 50 → 0."""
    exponent = Decimal(repr(float(step))).normalize().as_tuple().exponent
    return max(0, -int(exponent))


def ticks(low: float, high: float, step: float) -> list[float]:
    count = round((high - low) / step)
    return [low + i * step for i in range(count + 1)]


class ChartDrawing(Drawing):
    """A Drawing that keeps some space around it in the text flow."""

    _attrMap = AttrMap(
        BASE=Drawing,
        spaceBefore=AttrMapValue(isNumber, desc="space above, in points"),
        spaceAfter=AttrMapValue(isNumber, desc="space below, in points"),
    )


def new_drawing(width: float, height: float, theme: ChartTheme) -> Drawing:
    drawing = ChartDrawing(width, height)
    drawing.initialFontName = theme.font  # else reportlab starts in Helvetica
    drawing.initialFontSize = theme.label_size
    drawing.hAlign = "LEFT"
    drawing.spaceBefore = 4
    drawing.spaceAfter = 14
    return drawing


def add_title(drawing: Drawing, theme: ChartTheme, title: str | None) -> float:
    """Draw ``title`` at the top; returns the height it takes."""
    if not title:
        return 0.0
    drawing.add(
        theme.text(
            0,
            drawing.height - theme.title_size,
            title,
            bold=True,
            size=theme.title_size,
            max_width=drawing.width,
        )
    )
    return theme.title_size + 8


def empty_chart(
    ctx: ReportContext, width: float, height: float, title: str | None = None
) -> Drawing:
    """A framed, honest "No data for this period" in place of a chart."""
    theme = ChartTheme.of(ctx)
    drawing = new_drawing(width, height, theme)
    top = height - add_title(drawing, theme, title)
    drawing.add(Rect(0, 0, width, top, strokeColor=GRID, strokeWidth=0.8, fillColor=None))
    message = ctx.translate("Reports", "No data for this period")
    drawing.add(theme.text(width / 2, top / 2 - 3, message, anchor="middle", size=9, colour=MUTED))
    return drawing


# Line styles of the series of a line chart, in order: lines stay apart in grey and on a
# black-and-white print whatever the branding colours are.
DASHES: tuple[tuple[float, ...] | None, ...] = (None, (5, 2.5), (1.5, 2), (6, 2, 1.5, 2))


def dash_of(index: int) -> tuple[float, ...] | None:
    return DASHES[index % len(DASHES)]


def legend(
    theme: ChartTheme,
    entries: Sequence[tuple[str, Color]],
    x: float,
    y: float,
    width: float,
    *,
    lines: bool = False,
) -> tuple[Group, float]:
    """A wrapping legend from (x, y) downwards; returns the group and its height.
    ``lines``: samples of the series' lines (``DASHES`` in order) instead of swatches."""
    group = Group()
    swatch = 14.0 if lines else 7.0
    line_h = 11.0
    cx, cy = x, y - line_h
    for index, (label, colour) in enumerate(entries):
        label = fit_text(label, theme.font, theme.label_size, width - swatch - 4)
        item_w = swatch + 4 + theme.width_of(label) + 12
        if cx > x and cx + item_w > x + width:
            cx = x
            cy -= line_h
        if lines:
            group.add(
                Line(
                    cx,
                    cy + 4.5,
                    cx + swatch,
                    cy + 4.5,
                    strokeColor=colour,
                    strokeWidth=1.6,
                    strokeDashArray=dash_of(index),
                )
            )
        else:
            group.add(Rect(cx, cy + 1, swatch, swatch, fillColor=colour, strokeColor=None))
        group.add(theme.text(cx + swatch + 4, cy + 1.5, label))
        cx += item_w
    return group, y - cy


def as_float(value: Number) -> float:
    return float(value)
