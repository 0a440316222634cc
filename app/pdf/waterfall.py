"""The budget waterfall: a starting budget, the changes to it (approved, pending,
savings), optional subtotals, and the resulting total, computed here in Decimal so the
last bar always equals the first plus the changes."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from reportlab.graphics.shapes import Drawing, Line, PolyLine, Rect
from reportlab.lib.colors import Color, white

from executrek.app.pdf.chart_kit import (
    AXIS,
    GRID,
    ChartTheme,
    add_title,
    empty_chart,
    new_drawing,
    nice_range,
    ticks,
    wrap_label,
)
from executrek.app.pdf.context import ReportContext
from executrek.app.pdf.palette import MUTED, Tone, tint

_INCREASE = Tone.RED.colour  # apart in grey too (palette.LEGENDS "budget change")
_DECREASE = Tone.GREEN.colour


@dataclass(frozen=True)
class Change:
    """A change to the budget; ``pending`` ones (not yet approved) are drawn pale
    with a dashed outline."""

    label: str
    amount: Decimal
    pending: bool = False


@dataclass(frozen=True)
class Subtotal:
    """A full-height bar of the running total at this point (e.g. "Revised budget")."""

    label: str


@dataclass(frozen=True)
class _Bar:
    label: str
    low: Decimal
    high: Decimal
    amount: Decimal  # signed change, or the total for total bars
    total: bool
    pending: bool = False


def budget_waterfall(
    ctx: ReportContext,
    start_label: str,
    start: Decimal,
    steps: Sequence[Change | Subtotal],
    end_label: str,
    *,
    currency: str,
    width: float | None = None,
    height: float = 220.0,
    title: str | None = None,
) -> Drawing:
    """E.g. Original budget → Approved changes → Revised budget (Subtotal) → Pending
    changes → Forecast final cost (the end bar)."""
    width = width if width is not None else ctx.width
    if start == 0 and not any(isinstance(s, Change) and s.amount for s in steps):
        return empty_chart(ctx, width, height, title)
    bars: list[_Bar] = [
        _Bar(start_label, min(start, Decimal(0)), max(start, Decimal(0)), start, True)
    ]
    running = start
    for step in steps:
        if isinstance(step, Subtotal):
            bars.append(
                _Bar(step.label, min(running, Decimal(0)), max(running, Decimal(0)), running, True)
            )
            continue
        after = running + step.amount
        bars.append(
            _Bar(
                step.label,
                min(running, after),
                max(running, after),
                step.amount,
                False,
                step.pending,
            )
        )
        running = after
    bars.append(_Bar(end_label, min(running, Decimal(0)), max(running, Decimal(0)), running, True))

    theme = ChartTheme.of(ctx)
    fmt = ctx.fmt
    drawing = new_drawing(width, height, theme)
    top = height - add_title(drawing, theme, title)
    # The changes are often a few percent of the budget: from zero they would be
    # slivers. Then the axis starts just below the lowest level and the total bars
    # carry a break mark, as in printed cost reports.
    floor = min(float(b.amount) if b.total else float(b.low) for b in bars)
    ceiling = float(max(b.high for b in bars))
    broken = floor > 0 and ceiling - floor < 0.35 * ceiling
    if broken:
        spread = ceiling - floor or ceiling * 0.1
        low, high, tick_step = nice_range(floor - spread * 0.6, ceiling, include_zero=False)
        low = max(low, 0.0)
        broken = low > 0
    else:
        low, high, tick_step = nice_range(float(min(b.low for b in bars)), ceiling)
    tick_values = ticks(low, high, tick_step)
    axis_w = max(theme.width_of(fmt.money_compact(t)) for t in tick_values) + 6
    n = len(bars)
    x0, x1 = axis_w, width
    band = (x1 - x0) / n
    wrapped = [wrap_label(theme, b.label, band - 4) for b in bars]
    y0 = 10.0 * max(len(w) for w in wrapped) + 6
    y1 = top - 14

    def sy(v: float) -> float:
        return y0 + (max(v, low) - low) / (high - low) * (y1 - y0)

    for tick in tick_values:
        y = sy(tick)
        drawing.add(Line(x0, y, x1, y, strokeColor=GRID, strokeWidth=0.6))
        drawing.add(
            theme.text(
                x0 - 4, y - 2.5, fmt.money_compact(tick), anchor="end", colour=MUTED, size=6.5
            )
        )
    primary = ctx.styles.palette.primary
    thickness = min(band * 0.6, 52.0)
    previous_level: float | None = None
    for index, bar in enumerate(bars):
        centre = x0 + band * (index + 0.5)
        left = centre - thickness / 2
        bottom, top_y = sy(float(bar.low)), sy(float(bar.high))
        colour: Color
        if bar.total:
            colour = primary
        else:
            colour = _INCREASE if bar.amount > 0 else _DECREASE
        fill = tint(colour, 0.35) if bar.pending else colour
        drawing.add(
            Rect(
                left,
                bottom,
                thickness,
                max(top_y - bottom, 0.6),
                fillColor=fill,
                strokeColor=colour if bar.pending else None,
                strokeWidth=0.8,
                strokeDashArray=[2, 1.5] if bar.pending else None,
            )
        )
        if broken and bar.total:
            zig = bottom + 7
            teeth = 6
            points: list[float] = []
            for k in range(teeth + 1):
                points += [left + thickness * k / teeth, zig + (2.2 if k % 2 else -2.2)]
            drawing.add(PolyLine(points, strokeColor=white, strokeWidth=2.2))
        # Connector from the previous bar's level.
        if previous_level is not None:
            drawing.add(
                Line(
                    left - (band - thickness),
                    previous_level,
                    left,
                    previous_level,
                    strokeColor=AXIS,
                    strokeWidth=0.5,
                    strokeDashArray=[1.5, 1.5],
                )
            )
        level = float(bar.high if bar.total or bar.amount >= 0 else bar.low)
        if bar.total:
            level = float(bar.amount)
        previous_level = sy(level)
        if bar.total:
            label = fmt.money_compact(bar.amount)
        else:
            label = ("+" if bar.amount > 0 else "") + fmt.money_compact(bar.amount)
        drawing.add(theme.text(centre, top_y + 3, label, anchor="middle", bold=True))
        for j, line in enumerate(wrapped[index]):
            drawing.add(
                theme.text(centre, y0 - 10 - 10 * j, line, anchor="middle", max_width=band - 2)
            )
    drawing.add(
        Line(x0, sy(max(0.0, low)), x1, sy(max(0.0, low)), strokeColor=AXIS, strokeWidth=0.8)
    )
    drawing.add(theme.text(x0 - 4, y1 + 6, currency, anchor="end", colour=MUTED, size=6.5))
    return drawing
