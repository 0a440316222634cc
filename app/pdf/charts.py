"""Vector charts (reportlab.graphics, no raster): bars, stacked bars, lines, donuts.

Each function returns a ``Drawing`` (a flowable) exactly ``width`` wide, labelled in the
report font. With nothing to show it returns a framed "No data for this period" panel
instead of failing. Values may be int, float or Decimal; labels are formatted with the
report's ``Formatter`` (pass ``value_format`` for money or percentages).
The risk matrix and the budget waterfall are in ``risk_matrix.py`` and
``waterfall.py``.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from reportlab.graphics.shapes import Circle, Drawing, Line, PolyLine, Rect, Wedge
from reportlab.lib.colors import Color, white

from executrek.app.pdf.chart_kit import (
    AXIS,
    GRID,
    ChartTheme,
    Number,
    ValueFormat,
    add_title,
    colour_of,
    dash_of,
    empty_chart,
    legend,
    new_drawing,
    nice_range,
    step_places,
    ticks,
    wrap_label,
)
from executrek.app.pdf.context import ReportContext
from executrek.app.pdf.errors import ReportError
from executrek.app.pdf.palette import MUTED, Tone


@dataclass(frozen=True)
class Datum:
    """One bar or slice. ``colour`` overrides the series colour (e.g. a RAG tone)."""

    label: str
    value: Number
    colour: Color | Tone | None = None


@dataclass(frozen=True)
class Series:
    """One stacked-bar series: a value per category, in category order."""

    name: str
    values: Sequence[Number]
    colour: Color | Tone | None = None


@dataclass(frozen=True)
class TimeSeries:
    """One line: (date, value) points; a None value leaves a gap."""

    name: str
    points: Sequence[tuple[date, Number | None]]
    colour: Color | Tone | None = None


def _default_format(ctx: ReportContext, values: Sequence[float]) -> ValueFormat:
    places = 0 if all(float(v).is_integer() for v in values) else 1
    return lambda v: ctx.fmt.number(v, places)


def _axis_format(ctx: ReportContext, step: float, given: ValueFormat | None) -> ValueFormat:
    if given is not None:
        return given
    places = step_places(step)
    return lambda v: ctx.fmt.number(v, places)


def _integral(values: Sequence[float]) -> bool:
    return all(float(v).is_integer() for v in values)


# -- bar charts ----------------------------------------------------------------------


def bar_chart(
    ctx: ReportContext,
    data: Sequence[Datum],
    *,
    width: float | None = None,
    height: float | None = None,
    horizontal: bool = True,
    title: str | None = None,
    value_format: ValueFormat | None = None,
    colour: Color | Tone | None = None,
) -> Drawing:
    """Bars, one per datum: horizontal (long labels, e.g. by contractor) or vertical."""
    width = width if width is not None else ctx.width
    values = [float(d.value) for d in data]
    if not data or all(v == 0 for v in values):
        return empty_chart(ctx, width, height or 120, title)
    theme = ChartTheme.of(ctx)
    base = colour_of(colour, theme.colour(0))
    colours = [colour_of(d.colour, base) for d in data]
    labels = [d.label for d in data]
    fmt = value_format or _default_format(ctx, values)
    if horizontal:
        height = height if height is not None else 34 + len(data) * 19 + (14 if title else 0)
        return _horizontal_bars(
            ctx, theme, labels, values, colours, width, height, title, fmt, value_format
        )
    height = height if height is not None else 190.0
    return _vertical_bars(
        ctx, theme, labels, [values], [colours], width, height, title, fmt, value_format
    )


def stacked_bar_chart(
    ctx: ReportContext,
    categories: Sequence[str],
    series: Sequence[Series],
    *,
    width: float | None = None,
    height: float | None = None,
    title: str | None = None,
    value_format: ValueFormat | None = None,
) -> Drawing:
    """Vertical stacked bars: one bar per category, one segment per series, with a
    legend and the stack total above each bar. Values must not be negative."""
    width = width if width is not None else ctx.width
    height = height if height is not None else 210.0
    for s in series:
        if len(s.values) != len(categories):
            raise ReportError(
                f"series {s.name!r} has {len(s.values)} values for {len(categories)} categories"
            )
        if any(float(v) < 0 for v in s.values):
            raise ReportError(f"series {s.name!r} has negative values; stacks cannot show them")
    matrix = [[float(v) for v in s.values] for s in series]
    if not categories or not series or all(v == 0 for row in matrix for v in row):
        return empty_chart(ctx, width, height, title)
    theme = ChartTheme.of(ctx)
    colours = [colour_of(s.colour, theme.colour(i)) for i, s in enumerate(series)]
    totals = [sum(column) for column in zip(*matrix, strict=True)]
    fmt = value_format or _default_format(ctx, [v for row in matrix for v in row])
    drawing = _vertical_bars(
        ctx,
        theme,
        list(categories),
        matrix,
        [[c] * len(categories) for c in colours],
        width,
        height,
        title,
        fmt,
        value_format,
        legend_entries=[(s.name, c) for s, c in zip(series, colours, strict=True)],
        totals=totals,
    )
    return drawing


def _horizontal_bars(
    ctx: ReportContext,
    theme: ChartTheme,
    labels: list[str],
    values: list[float],
    colours: list[Color],
    width: float,
    height: float,
    title: str | None,
    fmt: ValueFormat,
    axis_format: ValueFormat | None,
) -> Drawing:
    drawing = new_drawing(width, height, theme)
    top = height - add_title(drawing, theme, title)
    label_w = min(max(theme.width_of(s) for s in labels) + 8, width * 0.38)
    value_labels = [fmt(v) for v in values]
    value_w = max(theme.width_of(s, bold=True) for s in value_labels) + 6
    low, high, step = nice_range(min(values), max(values), integer=_integral(values))
    axis_fmt = _axis_format(ctx, step, axis_format)
    x0, x1 = label_w, width - value_w
    y0, y1 = 14.0, top - 4
    span = high - low

    def sx(v: float) -> float:
        return x0 + (v - low) / span * (x1 - x0)

    for tick in ticks(low, high, step):
        x = sx(tick)
        drawing.add(Line(x, y0, x, y1, strokeColor=GRID, strokeWidth=0.6))
        drawing.add(theme.text(x, 3, axis_fmt(tick), anchor="middle", colour=MUTED, size=6.5))
    band = (y1 - y0) / len(values)
    thickness = min(band * 0.64, 16.0)
    for i, (label, value, colour) in enumerate(zip(labels, values, colours, strict=True)):
        centre = y1 - band * (i + 0.5)
        left, right = sorted((sx(0), sx(value)))
        drawing.add(
            Rect(
                left,
                centre - thickness / 2,
                max(right - left, 0.01),
                thickness,
                fillColor=colour,
                strokeColor=None,
            )
        )
        drawing.add(theme.text(x0 - 6, centre - 2.6, label, anchor="end", max_width=label_w - 8))
        if value < 0:
            drawing.add(
                theme.text(left - 3, centre - 2.6, value_labels[i], anchor="end", bold=True)
            )
        else:
            drawing.add(theme.text(right + 3, centre - 2.6, value_labels[i], bold=True))
    drawing.add(Line(sx(0), y0, sx(0), y1, strokeColor=AXIS, strokeWidth=0.8))
    return drawing


def _vertical_bars(
    ctx: ReportContext,
    theme: ChartTheme,
    labels: list[str],
    layers: list[list[float]],
    colours: list[list[Color]],
    width: float,
    height: float,
    title: str | None,
    fmt: ValueFormat,
    axis_format: ValueFormat | None,
    *,
    legend_entries: list[tuple[str, Color]] | None = None,
    totals: list[float] | None = None,
) -> Drawing:
    """Bars with ``layers`` stacked bottom-up (one layer: a simple bar chart)."""
    drawing = new_drawing(width, height, theme)
    top = height - add_title(drawing, theme, title)
    bottom = 0.0
    if legend_entries:
        group, used = legend(theme, legend_entries, 0, 0, width)
        group.shift(0, used)
        drawing.add(group)
        bottom = used + 4
    tops = totals if totals is not None else layers[0]
    lows = [min(0.0, v) for v in layers[0]] if totals is None else [0.0]
    every_value = [v for layer in layers for v in layer]
    low, high, step = nice_range(min(lows + tops), max(tops), integer=_integral(every_value))
    axis_fmt = _axis_format(ctx, step, axis_format)
    tick_values = ticks(low, high, step)
    axis_w = max(theme.width_of(axis_fmt(t)) for t in tick_values) + 6
    n = len(labels)
    x0, x1 = axis_w, width
    band = (x1 - x0) / n
    label_lines = [wrap_label(theme, s, band - 4) for s in labels]
    label_h = 10.0 * max(len(lines) for lines in label_lines) + 4
    y0 = bottom + label_h
    y1 = top - 12  # room for the value labels
    span = high - low

    def sy(v: float) -> float:
        return y0 + (v - low) / span * (y1 - y0)

    for tick in tick_values:
        y = sy(tick)
        drawing.add(Line(x0, y, x1, y, strokeColor=GRID, strokeWidth=0.6))
        drawing.add(
            theme.text(x0 - 4, y - 2.5, axis_fmt(tick), anchor="end", colour=MUTED, size=6.5)
        )
    thickness = min(band * 0.62, 46.0)
    for i in range(n):
        centre = x0 + band * (i + 0.5)
        running = 0.0
        for layer, layer_colours in zip(layers, colours, strict=True):
            value = layer[i]
            start, end = sorted((sy(running), sy(running + value)))
            if end - start > 0:
                drawing.add(
                    Rect(
                        centre - thickness / 2,
                        start,
                        thickness,
                        end - start,
                        fillColor=layer_colours[i],
                        strokeColor=white,
                        strokeWidth=0.4,
                    )
                )
            if totals is not None:
                running += value
        shown = totals[i] if totals is not None else layers[0][i]
        y = sy(shown) + 3 if shown >= 0 else sy(shown) - 9
        drawing.add(theme.text(centre, y, fmt(shown), anchor="middle", bold=True))
        for j, line in enumerate(label_lines[i]):
            drawing.add(theme.text(centre, y0 - 10 - 10 * j, line, anchor="middle"))
    drawing.add(Line(x0, sy(0), x1, sy(0), strokeColor=AXIS, strokeWidth=0.8))
    return drawing


# -- line chart --------------------------------------------------------------------------


def line_chart(
    ctx: ReportContext,
    series: Sequence[TimeSeries],
    *,
    width: float | None = None,
    height: float = 190.0,
    title: str | None = None,
    value_format: ValueFormat | None = None,
    date_format: Callable[[date], str] | None = None,
    y_range: tuple[float, float] | None = None,
) -> Drawing:
    """Lines over time, x spaced by real dates (uneven intervals stay uneven).

    ``y_range`` fixes the value axis (e.g. (0, 1) for a pass rate with
    ``value_format=ctx.fmt.percent``); otherwise it is fitted to the data and 0.
    """
    width = width if width is not None else ctx.width
    points = [(d, float(v)) for s in series for d, v in s.points if v is not None]
    if not points:
        return empty_chart(ctx, width, height, title)
    theme = ChartTheme.of(ctx)
    drawing = new_drawing(width, height, theme)
    top = height - add_title(drawing, theme, title)
    colours = [colour_of(s.colour, theme.colour(i)) for i, s in enumerate(series)]
    bottom = 0.0
    if len(series) > 1:
        group, used = legend(
            theme,
            [(s.name, c) for s, c in zip(series, colours, strict=True)],
            0,
            0,
            width,
            lines=True,
        )
        group.shift(0, used)
        drawing.add(group)
        bottom = used + 4
    values = [v for _, v in points]
    if y_range is not None:
        low, high = y_range
        step = (high - low) / 5 if high > low else 1.0
        high = high if high > low else low + 1.0
    else:
        spread = (max(values) - min(values)) or abs(max(values)) or 1.0
        low, high, step = nice_range(
            min(values) - spread * 0.05,
            max(values) + spread * 0.05,
            integer=_integral(values),
            include_zero=False,
        )
    fmt = value_format or _axis_format(ctx, step, None)
    tick_values = ticks(low, high, step)
    axis_w = max(theme.width_of(fmt(t)) for t in tick_values) + 6
    dates = sorted({d for d, _ in points})
    first, last = dates[0].toordinal(), dates[-1].toordinal()
    date_text = date_format or ctx.fmt.date
    label_w = max(theme.width_of(date_text(d)) for d in dates) + 8
    pad = label_w / 2
    x0, x1 = axis_w + pad, width - pad
    y0, y1 = bottom + 14, top - 6

    def sx(d: date) -> float:
        if last == first:
            return (x0 + x1) / 2
        return x0 + (d.toordinal() - first) / (last - first) * (x1 - x0)

    def sy(v: float) -> float:
        v = min(max(v, low), high)
        return y0 + (v - low) / (high - low) * (y1 - y0)

    for tick in tick_values:
        y = sy(tick)
        drawing.add(Line(axis_w, y, width, y, strokeColor=GRID, strokeWidth=0.6))
        drawing.add(
            theme.text(axis_w - 4, y - 2.5, fmt(tick), anchor="end", colour=MUTED, size=6.5)
        )
    # Date labels: every date if they fit, else an even selection.
    every = max(1, math.ceil(len(dates) * label_w / max(x1 - x0 + label_w, 1)))
    for d in dates[::every]:
        drawing.add(
            theme.text(sx(d), y0 - 11, date_text(d), anchor="middle", colour=MUTED, size=6.5)
        )
    drawing.add(Line(axis_w, y0, width, y0, strokeColor=AXIS, strokeWidth=0.8))
    for index, (s, colour) in enumerate(zip(series, colours, strict=True)):
        dash = dash_of(index)
        run: list[float] = []
        ordered = sorted(s.points, key=lambda p: p[0])
        for d, v in [*ordered, (date.max, None)]:
            if v is None:
                if len(run) >= 4:
                    drawing.add(
                        PolyLine(
                            run,
                            strokeColor=colour,
                            strokeWidth=1.6,
                            strokeLineJoin=1,
                            strokeDashArray=dash,
                        )
                    )
                run = []
                continue
            run += [sx(d), sy(float(v))]
        for d, v in ordered:
            if v is not None:
                drawing.add(
                    Circle(
                        sx(d),
                        sy(float(v)),
                        2.2,
                        fillColor=colour,
                        strokeColor=white,
                        strokeWidth=0.6,
                    )
                )
    return drawing


# -- donut -------------------------------------------------------------------------------


def donut_chart(
    ctx: ReportContext,
    data: Sequence[Datum],
    *,
    width: float | None = None,
    height: float = 170.0,
    title: str | None = None,
    value_format: ValueFormat | None = None,
    centre_label: str | None = None,
) -> Drawing:
    """A donut with the total in the middle and a legend of values and shares."""
    width = width if width is not None else ctx.width
    values = [float(d.value) for d in data]
    if any(v < 0 for v in values):
        raise ReportError("donut charts cannot show negative values")
    total = sum(values)
    if not data or total <= 0:
        return empty_chart(ctx, width, height, title)
    theme = ChartTheme.of(ctx)
    fmt = value_format or _default_format(ctx, values)
    drawing = new_drawing(width, height, theme)
    top = height - add_title(drawing, theme, title)
    radius = min(top, width * 0.45) / 2 - 4
    cx, cy = radius + 4, top / 2
    angle = 90.0
    colours = [colour_of(d.colour, theme.colour(i)) for i, d in enumerate(data)]
    for value, colour in zip(values, colours, strict=True):
        if value <= 0:
            continue
        sweep = 360.0 * value / total
        if sweep >= 359.999:
            drawing.add(Circle(cx, cy, radius, fillColor=colour, strokeColor=None))
        else:
            drawing.add(
                Wedge(
                    cx,
                    cy,
                    radius,
                    angle - sweep,
                    angle,
                    radius1=radius * 0.6,
                    fillColor=colour,
                    strokeColor=white,
                    strokeWidth=1,
                )
            )
        angle -= sweep
    drawing.add(Circle(cx, cy, radius * 0.6, fillColor=white, strokeColor=None))
    drawing.add(theme.text(cx, cy - 2, fmt(total), anchor="middle", bold=True, size=13))
    if centre_label:
        drawing.add(
            theme.text(
                cx, cy - 13, centre_label, anchor="middle", colour=MUTED, max_width=radius * 1.1
            )
        )
    # Legend: label, value, share.
    lx = cx + radius + 22
    room = min(width - lx, 300.0)
    line_h = 13.0
    y = cy + line_h * len(data) / 2 - 9
    share_x = lx + room
    value_x = share_x - 48
    for d, value, colour in zip(data, values, colours, strict=True):
        drawing.add(Rect(lx, y, 8, 8, fillColor=colour, strokeColor=None))
        drawing.add(theme.text(lx + 12, y + 1, d.label, max_width=value_x - lx - 56))
        drawing.add(theme.text(value_x, y + 1, fmt(value), anchor="end", bold=True))
        drawing.add(
            theme.text(share_x, y + 1, ctx.fmt.percent(value / total), anchor="end", colour=MUTED)
        )
        y -= line_h
    return drawing
