"""Small vector charts drawn with QPainter (no QtCharts: it would add tens of megabytes to
the installer). Each chart takes plain values, follows the palette, and paints crisply at
any DPI. ``render_to(painter, rect)`` is the same drawing, reusable for exports."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

SERIES = ("#1F5FA8", "#E07A1F", "#2E8540", "#8E44AD", "#C62828", "#00838F", "#6D4C41")
PASS_COLOUR = "#2E8540"
FAIL_COLOUR = "#C62828"


@dataclass(frozen=True)
class Bar:
    label: str
    value: float
    colour: str | None = None
    text: str | None = None  # shown instead of the number


class _Chart(QWidget):
    def __init__(self, title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.empty_text = ""
        self.setMinimumSize(QSize(260, 180))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(420, 260)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.render_to(painter, QRectF(self.rect()))
        painter.end()

    def _frame(self, painter: QPainter, rect: QRectF) -> QRectF:
        pal = self.palette()
        painter.setPen(QPen(pal.color(QPalette.ColorRole.Mid), 1))
        painter.setBrush(pal.color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 8, 8)
        inner = rect.adjusted(14, 10, -14, -10)
        if self.title:
            font = QFont(self.font())
            font.setBold(True)
            painter.setFont(font)
            painter.setPen(pal.color(QPalette.ColorRole.Text))
            height = painter.fontMetrics().height() + 6
            painter.drawText(
                QRectF(inner.left(), inner.top(), inner.width(), height),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                self.title,
            )
            painter.setFont(self.font())
            inner.setTop(inner.top() + height + 4)
        return inner

    def _empty(self, painter: QPainter, rect: QRectF) -> None:
        painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), self.empty_text)

    def render_to(self, painter: QPainter, rect: QRectF) -> None:
        raise NotImplementedError


class HBarChart(_Chart):
    """Horizontal bars with labels on the left: punch items by status or contractor,
    budget roll-up."""

    def __init__(self, title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.bars: list[Bar] = []
        self.max_bars = 8

    def set_bars(self, bars: Sequence[Bar]) -> None:
        self.bars = list(bars)
        self.update()

    def render_to(self, painter: QPainter, rect: QRectF) -> None:
        inner = self._frame(painter, rect)
        bars = self.bars[: self.max_bars]
        if not bars:
            self._empty(painter, inner)
            return
        pal = self.palette()
        fm = painter.fontMetrics()
        label_w = min(inner.width() * 0.42, max(fm.horizontalAdvance(b.label) for b in bars) + 10)
        value_w = max(fm.horizontalAdvance(b.text or f"{b.value:,.0f}") for b in bars) + 10
        top = max((b.value for b in bars), default=0.0) or 1.0
        slot = inner.height() / len(bars)
        bar_h = min(26.0, slot * 0.66)
        for i, bar in enumerate(bars):
            y = inner.top() + i * slot + (slot - bar_h) / 2
            painter.setPen(pal.color(QPalette.ColorRole.Text))
            label = fm.elidedText(bar.label, Qt.TextElideMode.ElideRight, int(label_w - 8))
            painter.drawText(
                QRectF(inner.left(), y, label_w - 8, bar_h),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                label,
            )
            width = max(0.0, (inner.width() - label_w - value_w) * max(bar.value, 0) / top)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(bar.colour or SERIES[i % len(SERIES)]))
            painter.drawRoundedRect(QRectF(inner.left() + label_w, y, width, bar_h), 3, 3)
            painter.setPen(pal.color(QPalette.ColorRole.Text))
            painter.drawText(
                QRectF(inner.left() + label_w + width + 6, y, value_w, bar_h),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                bar.text or f"{bar.value:,.0f}",
            )


@dataclass(frozen=True)
class Stack:
    label: str
    good: int
    bad: int


class StackedColumns(_Chart):
    """Columns of passed (bottom) and failed (top) counts per period."""

    def __init__(self, title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.stacks: list[Stack] = []
        self.legend = ("", "")

    def set_stacks(self, stacks: Sequence[Stack], legend: tuple[str, str]) -> None:
        self.stacks = list(stacks)[-12:]
        self.legend = legend
        self.update()

    def render_to(self, painter: QPainter, rect: QRectF) -> None:
        inner = self._frame(painter, rect)
        if not self.stacks:
            self._empty(painter, inner)
            return
        pal = self.palette()
        fm = painter.fontMetrics()
        legend_h = fm.height() + 6
        axis_h = fm.height() + 6
        plot = QRectF(inner.left() + 28, inner.top() + legend_h, inner.width() - 28, 0)
        plot.setBottom(inner.bottom() - axis_h)
        top = max(4, max(s.good + s.bad for s in self.stacks))
        top = (top + 3) // 4 * 4  # four equal integer steps
        # legend
        x = plot.left()
        for colour, text in ((PASS_COLOUR, self.legend[0]), (FAIL_COLOUR, self.legend[1])):
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(colour))
            painter.drawRect(QRectF(x, inner.top() + 4, 12, 12))
            painter.setPen(pal.color(QPalette.ColorRole.Text))
            painter.drawText(QPointF(x + 16, inner.top() + 4 + fm.ascent() - 1), text)
            x += 16 + fm.horizontalAdvance(text) + 18
        # grid and axis
        painter.setPen(QPen(pal.color(QPalette.ColorRole.Midlight), 1))
        for step in range(5):
            y = plot.bottom() - plot.height() * step / 4
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(
                QRectF(inner.left(), y - 8, 24, 16),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                str(top * step // 4),
            )
            painter.setPen(QPen(pal.color(QPalette.ColorRole.Midlight), 1))
        slot = plot.width() / len(self.stacks)
        col_w = min(44.0, slot * 0.6)
        for i, s in enumerate(self.stacks):
            x = plot.left() + i * slot + (slot - col_w) / 2
            good_h = plot.height() * s.good / top
            bad_h = plot.height() * s.bad / top
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(PASS_COLOUR))
            painter.drawRect(QRectF(x, plot.bottom() - good_h, col_w, good_h))
            painter.setBrush(QColor(FAIL_COLOUR))
            painter.drawRect(QRectF(x, plot.bottom() - good_h - bad_h, col_w, bad_h))
            painter.setPen(pal.color(QPalette.ColorRole.Text))
            painter.drawText(
                QRectF(plot.left() + i * slot, plot.bottom() + 2, slot, axis_h),
                int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
                s.label,
            )


def risk_colour(probability: int, impact: int) -> str:
    score = probability * impact
    if score >= 15:
        return "#C62828"
    if score >= 8:
        return "#E08A00"
    return "#2E8540"


class RiskMatrix(_Chart):
    """Probability (rows, 5 at the top) × impact (columns); each cell shows the count."""

    def __init__(self, title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.cells: dict[tuple[int, int], int] = {}
        self.axis_labels = ("", "")
        self.selected: tuple[int, int] | None = None

    def set_cells(self, cells: dict[tuple[int, int], int], axis_labels: tuple[str, str]) -> None:
        self.cells = dict(cells)
        self.axis_labels = axis_labels
        self.update()

    def cell_rect(self, inner: QRectF, probability: int, impact: int) -> QRectF:
        side = min((inner.width() - 30) / 5, (inner.height() - 24) / 5)
        left = inner.left() + 30
        top = inner.top()
        return QRectF(left + (impact - 1) * side, top + (5 - probability) * side, side, side)

    def render_to(self, painter: QPainter, rect: QRectF) -> None:
        inner = self._frame(painter, rect)
        pal = self.palette()
        bold = QFont(self.font())
        bold.setBold(True)
        bold.setPointSizeF(self.font().pointSizeF() * 1.15)
        for p in range(1, 6):
            for i in range(1, 6):
                cell = self.cell_rect(inner, p, i).adjusted(1.5, 1.5, -1.5, -1.5)
                colour = QColor(risk_colour(p, i))
                count = self.cells.get((p, i), 0)
                colour.setAlpha(235 if count else 70)
                painter.setPen(
                    QPen(pal.color(QPalette.ColorRole.Text), 2)
                    if self.selected == (p, i)
                    else Qt.PenStyle.NoPen
                )
                painter.setBrush(colour)
                painter.drawRoundedRect(cell, 4, 4)
                if count:
                    painter.setFont(bold)
                    painter.setPen(QColor("#FFFFFF"))
                    painter.drawText(cell, int(Qt.AlignmentFlag.AlignCenter), str(count))
                    painter.setFont(self.font())
        painter.setPen(pal.color(QPalette.ColorRole.Text))
        first = self.cell_rect(inner, 1, 1)
        for k in range(1, 6):
            row = self.cell_rect(inner, k, 1)
            painter.drawText(
                QRectF(inner.left(), row.top(), 24, row.height()),
                int(Qt.AlignmentFlag.AlignCenter),
                str(k),
            )
            col = self.cell_rect(inner, 1, k)
            painter.drawText(
                QRectF(col.left(), first.bottom() + 2, col.width(), 18),
                int(Qt.AlignmentFlag.AlignCenter),
                str(k),
            )
        painter.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
        right = self.cell_rect(inner, 1, 5).right()
        room = inner.right() - right - 8
        if room > painter.fontMetrics().horizontalAdvance(f"↑ {self.axis_labels[0]}"):
            painter.drawText(
                QRectF(right + 8, inner.top(), room, first.bottom() - inner.top()),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom),
                f"↑ {self.axis_labels[0]}\n→ {self.axis_labels[1]}",
            )


@dataclass(frozen=True)
class Line:
    """One series of a line chart: a value per label (None: not drawn there), dashed or
    solid so two series differ without colour."""

    label: str
    values: tuple[float | None, ...]
    colour: str
    dashed: bool = False
    markers: bool = False  # a dot on every point, not only where a run starts


class LineChart(_Chart):
    """Series over labelled periods (the cash-flow S-curve: planned and actual cumulative
    payments by month; the EAC trend), with a legend, a zero-based value axis (or, with
    ``from_zero`` False, one fitted to the figures) and ``value_text`` for its figures."""

    def __init__(self, title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.labels: list[str] = []
        self.lines: list[Line] = []
        self.value_text: Callable[[float], str] = lambda v: f"{v:,.0f}"
        # False: the value axis spans the data (round steps) instead of starting at zero,
        # so a trend of a few per cent (the EAC month by month) can be seen.
        self.from_zero = True

    def set_lines(
        self,
        labels: Sequence[str],
        lines: Sequence[Line],
        value_text: Callable[[float], str] | None = None,
    ) -> None:
        self.labels = list(labels)
        self.lines = list(lines)
        if value_text is not None:
            self.value_text = value_text
        self.update()

    def render_to(self, painter: QPainter, rect: QRectF) -> None:
        inner = self._frame(painter, rect)
        values = [v for line in self.lines for v in line.values if v is not None]
        if not self.labels or not values:
            self._empty(painter, inner)
            return
        pal = self.palette()
        fm = painter.fontMetrics()
        low, top = (0.0, max(max(values), 1.0)) if self.from_zero else fitted_axis(values)
        span = top - low
        axis_w = (
            max(fm.horizontalAdvance(self.value_text(low + span * k / 4)) for k in range(5)) + 8
        )
        legend_h = fm.height() + 6
        plot = QRectF(inner.left() + axis_w, inner.top() + legend_h, inner.width() - axis_w, 0)
        plot.setBottom(inner.bottom() - fm.height() - 4)
        x = plot.left()
        for line in self.lines:  # legend: a line sample (dashed or solid) and the name
            painter.setPen(self._pen(line, 2.5))
            y = inner.top() + fm.height() / 2 + 2
            painter.drawLine(QPointF(x, y), QPointF(x + 22, y))
            painter.setPen(pal.color(QPalette.ColorRole.Text))
            painter.drawText(QPointF(x + 28, inner.top() + fm.ascent() + 2), line.label)
            x += 28 + fm.horizontalAdvance(line.label) + 18
        for step in range(5):
            y = plot.bottom() - plot.height() * step / 4
            painter.setPen(QPen(pal.color(QPalette.ColorRole.Midlight), 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(
                QRectF(inner.left(), y - fm.height() / 2, axis_w - 6, fm.height()),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                self.value_text(low + span * step / 4),
            )
        count = len(self.labels)
        slot = plot.width() / max(count, 1)
        widest = max(fm.horizontalAdvance(label) for label in self.labels)
        every = max(1, int((widest + 8) // max(slot, 1)) + 1)
        painter.setPen(pal.color(QPalette.ColorRole.Text))
        for i, label in enumerate(self.labels):
            if i % every == 0:  # under its point, kept inside the plot's width
                centre = plot.left() + i * slot + slot / 2
                left = max(plot.left(), min(centre - widest / 2, plot.right() - widest))
                painter.drawText(
                    QRectF(left, plot.bottom() + 2, widest, fm.height()),
                    int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
                    label,
                )
        for line in self.lines:
            painter.setPen(self._pen(line, 2.0))
            last: QPointF | None = None
            for i, value in enumerate(line.values[:count]):
                if value is None:
                    last = None
                    continue
                point = QPointF(
                    plot.left() + i * slot + slot / 2,
                    plot.bottom() - plot.height() * (value - low) / span,
                )
                if last is not None:
                    painter.drawLine(last, point)
                if line.markers:  # a dot on every point (each one a report)
                    painter.save()
                    painter.setPen(Qt.PenStyle.NoPen)
                    painter.setBrush(QColor(line.colour))
                    painter.drawEllipse(point, 3.5, 3.5)
                    painter.restore()
                elif last is None:
                    painter.drawEllipse(point, 1.5, 1.5)
                last = point

    @staticmethod
    def _pen(line: Line, width: float) -> QPen:
        pen = QPen(QColor(line.colour), width)
        if line.dashed:
            pen.setStyle(Qt.PenStyle.DashLine)
        return pen


def fitted_axis(values: Sequence[float]) -> tuple[float, float]:
    """A value axis around ``values`` in four round steps (1, 2, 2.5 or 5 × 10ⁿ) with a
    little room above and below: (low, high)."""
    least, most = min(values), max(values)
    room = (most - least) * 0.1 or abs(most) * 0.02 or 1.0
    least, most = least - room, most + room
    step = 10 ** math.floor(math.log10((most - least) / 4))
    while True:
        for factor in (1, 2, 2.5, 5):
            low = math.floor(least / (step * factor)) * step * factor
            if low + 4 * step * factor >= most:
                return low, low + 4 * step * factor
        step *= 10
