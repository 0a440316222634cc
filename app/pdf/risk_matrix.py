"""The 5×5 risk matrix: probability (rows, 5 at the top) by impact (columns), cells
coloured by score band, each cell showing its risk IDs or a count."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum

from reportlab.graphics.shapes import Drawing, Group, Rect
from reportlab.lib.colors import Color, HexColor

from executrek.app.pdf.chart_kit import ChartTheme, add_title, empty_chart, new_drawing
from executrek.app.pdf.context import ReportContext
from executrek.app.pdf.errors import ReportError
from executrek.app.pdf.page_decor import fit_text
from executrek.app.pdf.palette import (
    MUTED,
    RISK_EXTREME,
    RISK_HIGH,
    RISK_LOW,
    RISK_MEDIUM,
    text_on,
)

SIZE = 5


class RiskBand(Enum):
    """Score bands of probability × impact (1–25)."""

    LOW = (1, 4, RISK_LOW)
    MEDIUM = (5, 9, RISK_MEDIUM)
    HIGH = (10, 16, RISK_HIGH)
    EXTREME = (20, 25, RISK_EXTREME)

    @property
    def colour(self) -> Color:
        return HexColor(self.value[2])

    @classmethod
    def of(cls, score: int) -> RiskBand:
        for band in cls:
            if score <= band.value[1]:
                return band
        return cls.EXTREME


@dataclass(frozen=True)
class RiskItem:
    risk_id: str
    probability: int  # 1 (rare) .. 5 (almost certain)
    impact: int  # 1 (insignificant) .. 5 (severe)

    def __post_init__(self) -> None:
        for name, value in (("probability", self.probability), ("impact", self.impact)):
            if not 1 <= value <= SIZE:
                raise ReportError(f"risk {self.risk_id}: {name} {value} is not 1..5")

    @property
    def score(self) -> int:
        return self.probability * self.impact


def _band_names(ctx: ReportContext) -> dict[RiskBand, str]:
    translate = ctx.translate
    return {
        RiskBand.LOW: translate("Reports", "Low"),
        RiskBand.MEDIUM: translate("Reports", "Medium"),
        RiskBand.HIGH: translate("Reports", "High"),
        RiskBand.EXTREME: translate("Reports", "Extreme"),
    }


def default_probability_labels(ctx: ReportContext) -> tuple[str, ...]:
    translate = ctx.translate
    return (
        translate("Reports", "Rare"),
        translate("Reports", "Unlikely"),
        translate("Reports", "Possible"),
        translate("Reports", "Likely"),
        translate("Reports", "Almost certain"),
    )


def default_impact_labels(ctx: ReportContext) -> tuple[str, ...]:
    translate = ctx.translate
    return (
        translate("Reports", "Insignificant"),
        translate("Reports", "Minor"),
        translate("Reports", "Moderate"),
        translate("Reports", "Major"),
        translate("Reports", "Severe"),
    )


def risk_matrix(
    ctx: ReportContext,
    risks: Sequence[RiskItem],
    *,
    width: float | None = None,
    height: float = 250.0,
    title: str | None = None,
    show_ids: bool = True,
    probability_labels: Sequence[str] | None = None,
    impact_labels: Sequence[str] | None = None,
) -> Drawing:
    """Cells list their risk IDs (as many as fit, then "+n more") or, with
    ``show_ids=False``, a count."""
    width = width if width is not None else ctx.width
    if not risks:
        return empty_chart(ctx, width, height, title)
    theme = ChartTheme.of(ctx)
    translate = ctx.translate
    p_labels = list(probability_labels or default_probability_labels(ctx))
    i_labels = list(impact_labels or default_impact_labels(ctx))
    if len(p_labels) != SIZE or len(i_labels) != SIZE:
        raise ReportError("the risk matrix needs 5 probability and 5 impact labels")
    cells: dict[tuple[int, int], list[str]] = {}
    for risk in risks:
        cells.setdefault((risk.probability, risk.impact), []).append(risk.risk_id)

    drawing = new_drawing(width, height, theme)
    top = height - add_title(drawing, theme, title)
    legend_h = 16.0
    axis_title = 12.0
    row_label_w = min(max(theme.width_of(s) for s in p_labels) + 8, width * 0.2)
    x0 = axis_title + row_label_w
    y0 = legend_h + 12 + 12  # impact labels and axis title underneath
    grid_w = width - x0
    grid_h = top - y0 - 2
    cell_w, cell_h = grid_w / SIZE, grid_h / SIZE

    for p in range(1, SIZE + 1):
        for i in range(1, SIZE + 1):
            band = RiskBand.of(p * i)
            x = x0 + (i - 1) * cell_w
            y = y0 + (p - 1) * cell_h
            drawing.add(
                Rect(
                    x,
                    y,
                    cell_w,
                    cell_h,
                    fillColor=band.colour,
                    strokeColor=HexColor("#FFFFFF"),
                    strokeWidth=1.5,
                )
            )
            ids = sorted(cells.get((p, i), []))
            ink = text_on(band.colour)
            drawing.add(
                theme.text(x + cell_w - 3, y + 3, str(p * i), anchor="end", size=5.5, colour=ink)
            )
            if ids:
                _cell_text(drawing, theme, ids, x, y, cell_w, cell_h, ink, show_ids)
    # Axis labels.
    for p, label in enumerate(p_labels, start=1):
        y = y0 + (p - 0.5) * cell_h
        drawing.add(
            theme.text(
                x0 - 5, y - 2.5, f"{p} {label}", anchor="end", max_width=row_label_w - 4, size=6.8
            )
        )
    for i, label in enumerate(i_labels, start=1):
        x = x0 + (i - 0.5) * cell_w
        drawing.add(
            theme.text(x, y0 - 10, f"{i} {label}", anchor="middle", max_width=cell_w - 2, size=6.8)
        )
    drawing.add(
        theme.text(
            x0 + grid_w / 2, y0 - 22, translate("Reports", "Impact"), anchor="middle", bold=True
        )
    )
    vertical = Group(
        theme.text(0, 0, translate("Reports", "Probability"), anchor="middle", bold=True)
    )
    vertical.translate(8, y0 + grid_h / 2)
    vertical.rotate(90)
    drawing.add(vertical)
    # Band legend.
    names = _band_names(ctx)
    lx = x0
    for band in RiskBand:
        low, high, _ = band.value
        text = f"{names[band]} ({low}\u2013{high})"
        drawing.add(Rect(lx, 1, 8, 8, fillColor=band.colour, strokeColor=None))
        drawing.add(theme.text(lx + 11, 2, text, colour=MUTED))
        lx += 11 + theme.width_of(text) + 14
    return drawing


def _cell_text(
    drawing: Drawing,
    theme: ChartTheme,
    ids: list[str],
    x: float,
    y: float,
    w: float,
    h: float,
    ink: Color,
    show_ids: bool,
) -> None:
    if not show_ids:
        drawing.add(
            theme.text(
                x + w / 2,
                y + h / 2 - 4,
                str(len(ids)),
                anchor="middle",
                bold=True,
                size=11,
                colour=ink,
            )
        )
        return
    size = 6.8
    line_h = size + 1.6
    room = w - 6
    lines: list[str] = []
    current = ""
    for risk_id in ids:
        candidate = f"{current}, {risk_id}" if current else risk_id
        if theme.width_of(candidate, bold=True, size=size) <= room:
            current = candidate
        else:
            if current:
                lines.append(current)
            current = risk_id
    if current:
        lines.append(current)
    capacity = max(int((h - 10) // line_h), 1)
    if len(lines) > capacity:
        shown = lines[: capacity - 1] if capacity > 1 else []
        hidden = len(ids) - sum(len(line.split(", ")) for line in shown)
        lines = [*shown, f"+{hidden}"]
    start = y + h - 4 - size
    for n, line in enumerate(lines):
        text = fit_text(line, theme.bold, size, room)
        drawing.add(theme.text(x + 3, start - n * line_h, text, bold=True, size=size, colour=ink))
