"""Painting the Gantt: the bar delegate (a row's bars, baseline under current, critical in
red, milestones as diamonds, WBS headings as summary brackets, the data-date line, month
lines and the activity's name) and the timeline header (two tiers of dates and the
data-date mark).

Both paint only what is on screen: the views call the delegate for visible rows, and
each finds the ticks of its visible x range by bisection (``TimeScale.ticks``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFontMetrics,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
    QPolygonF,
)
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from executrek.ui.widgets.gantt_model import GROUP_SHADE, GanttModel
from executrek.ui.widgets.gantt_rows import GanttRow, RowKind
from executrek.ui.widgets.gantt_scale import TimeScale, Unit, tick_label, tiers

Index = QModelIndex | QPersistentModelIndex
_GROUP, _MILESTONE, _SUMMARY, _LOE = RowKind.GROUP, RowKind.MILESTONE, RowKind.SUMMARY, RowKind.LOE

BAR = QColor("#1F5FA8")
BAR_DONE = QColor("#0E3A6E")
CRITICAL = QColor("#C62828")
CRITICAL_DONE = QColor("#7F1414")
LOE = QColor("#7FA7D6")
COMPARED = QColor("#9AA5B1")
DATA_DATE = QColor("#E07A1F")
GRID = QColor(128, 128, 128, 45)
GRID_PEN = QPen(GRID, 1)
DATA_DATE_PEN = QPen(DATA_DATE, 1.5, Qt.PenStyle.DashLine)
SELECTED = QStyle.StateFlag.State_Selected
_LEFT_MIDDLE = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
ROW_HEIGHT = 24
EPOCH = dt.date(2000, 1, 3).toordinal()  # an empty chart's origin


# The short month names of the timeline, marked for translation (``month_names``).
_MONTHS = tuple(
    str(name)
    for name in (
        QT_TRANSLATE_NOOP("GanttChart", "Jan"),
        QT_TRANSLATE_NOOP("GanttChart", "Feb"),
        QT_TRANSLATE_NOOP("GanttChart", "Mar"),
        QT_TRANSLATE_NOOP("GanttChart", "Apr"),
        QT_TRANSLATE_NOOP("GanttChart", "May"),
        QT_TRANSLATE_NOOP("GanttChart", "Jun"),
        QT_TRANSLATE_NOOP("GanttChart", "Jul"),
        QT_TRANSLATE_NOOP("GanttChart", "Aug"),
        QT_TRANSLATE_NOOP("GanttChart", "Sep"),
        QT_TRANSLATE_NOOP("GanttChart", "Oct"),
        QT_TRANSLATE_NOOP("GanttChart", "Nov"),
        QT_TRANSLATE_NOOP("GanttChart", "Dec"),
    )
)


def month_names() -> tuple[str, ...]:
    """The short month names, translated (January first)."""
    return tuple(QCoreApplication.translate("GanttChart", n) for n in _MONTHS)


@dataclass
class ChartState:
    """What the delegate and the header draw with; the chart view keeps it current."""

    scale: TimeScale = field(default_factory=lambda: TimeScale(EPOCH, 1, 1.0))
    data_date: int | None = None
    months: tuple[str, ...] = ()
    names: bool = True  # the activity's name right of its bar

    def tick_units(self) -> tuple[Unit, Unit]:
        return tiers(self.scale.px_per_day)


def _diamond(cx: float, cy: float, r: float) -> QPolygonF:
    return QPolygonF(
        [QPointF(cx, cy - r), QPointF(cx + r, cy), QPointF(cx, cy + r), QPointF(cx - r, cy)]
    )


class BarDelegate(QStyledItemDelegate):
    """Paints the bar column of a ``GanttModel`` row."""

    def __init__(self, model: GanttModel, state: ChartState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.state = state
        self._tile: QPixmap | None = None
        self._tile_key: tuple[object, ...] = ()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        return QSize(self.state.scale.width, ROW_HEIGHT)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        row = self.model.row_at(index.row())
        rect: QRect = option.rect
        palette: QPalette = option.palette
        view = option.widget
        width = view.viewport().width() if isinstance(view, QAbstractScrollArea) else rect.width()
        left = float(rect.left())  # the cell starts left of the viewport when scrolled
        top = float(rect.top())
        painter.save()
        if option.state & SELECTED:
            shade = QColor(palette.color(QPalette.ColorRole.Highlight))
            shade.setAlpha(60)
            painter.fillRect(rect, shade)
        elif row.kind is _GROUP:
            painter.fillRect(rect, GROUP_SHADE)
        painter.drawPixmap(0, rect.top(), self._backdrop(left, width, rect.height()))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        self._compared(painter, row, left, top)
        end_x = self._current(painter, row, left, top, palette)
        if self.state.names and end_x is not None and row.kind is not _GROUP:
            painter.setPen(palette.color(QPalette.ColorRole.Text))
            room = width - end_x - 6
            if room > 12:
                painter.drawText(
                    QRectF(end_x + 6, top, room, rect.height()), _LEFT_MIDDLE, row.name
                )
        painter.restore()

    def _backdrop(self, left: float, width: int, height: int) -> QPixmap:
        """The month (or week…) lines and the data-date line of one row at this scroll
        position, drawn once per position and stamped on every row."""
        scale = self.state.scale
        key = (id(scale), scale.px_per_day, left, width, height, self.state.data_date)
        if self._tile is not None and self._tile_key == key:
            return self._tile
        tile = QPixmap(max(1, width), max(1, height))
        tile.fill(Qt.GlobalColor.transparent)
        p = QPainter(tile)
        p.setPen(GRID_PEN)
        _upper, lower = self.state.tick_units()
        for day in scale.ticks(lower, -left, -left + width):
            x = left + scale.x(day)
            p.drawLine(QPointF(x, 0), QPointF(x, height))
        if self.state.data_date is not None:
            x = left + scale.x(self.state.data_date)
            p.setPen(DATA_DATE_PEN)
            p.drawLine(QPointF(x, 0), QPointF(x, height))
        p.end()
        self._tile, self._tile_key = tile, key
        return tile

    def _compared(self, painter: QPainter, row: GanttRow, left: float, top: float) -> None:
        """The bar of the update compared with, low in the row, under the current bar."""
        if row.base_start is None or row.base_end is None:
            return
        scale = self.state.scale
        painter.setBrush(COMPARED)
        x1 = left + scale.x(row.base_start)
        if row.kind is _MILESTONE or row.base_end == row.base_start:
            painter.drawPolygon(_diamond(x1, top + 17.5, 4.0))
            return
        x2 = left + scale.x(row.base_end)
        painter.drawRect(QRectF(x1, top + 15, max(1.5, x2 - x1), 5))

    def _current(
        self, painter: QPainter, row: GanttRow, left: float, top: float, palette: QPalette
    ) -> float | None:
        """The current bar (and its progress); the x where it ends, None without one."""
        if row.start is None or row.end is None:
            return None
        scale = self.state.scale
        x1 = left + scale.x(row.start)
        x2 = left + scale.x(row.end)
        kind = row.kind
        if kind is _MILESTONE:
            painter.setPen(palette.color(QPalette.ColorRole.Base))
            painter.setBrush(CRITICAL if row.critical else palette.color(QPalette.ColorRole.Text))
            painter.drawPolygon(_diamond(x1, top + 9.5, 6.5))
            return x1 + 6.5
        width = max(2.0, x2 - x1)
        if kind is _GROUP or kind is _SUMMARY:
            painter.setBrush(palette.color(QPalette.ColorRole.Text))
            painter.drawRect(QRectF(x1, top + 5, width, 5))
            for x in (x1, x1 + width):
                painter.drawPolygon(
                    QPolygonF(
                        [QPointF(x - 4, top + 5), QPointF(x + 4, top + 5), QPointF(x, top + 13)]
                    )
                )
            return x1 + width
        colour, done_colour = (CRITICAL, CRITICAL_DONE) if row.critical else (BAR, BAR_DONE)
        if kind is _LOE:
            colour = done_colour = LOE
        painter.setBrush(colour)
        bar = QRectF(x1, top + 4, width, 10)
        painter.drawRoundedRect(bar, 2, 2)
        if row.done > 0:
            painter.setBrush(done_colour)
            painter.drawRoundedRect(QRectF(x1, top + 4, width * row.done, 10), 2, 2)
        return x1 + width


class TimelineHeader(QHeaderView):
    """The chart's header: two tiers of dates over the bar column and the data date."""

    def __init__(self, state: ChartState, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.chart = state
        self.setSectionsClickable(False)
        self.setHighlightSections(False)

    def tier_height(self) -> int:
        return QFontMetrics(self.font()).height() + 6

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width(), 2 * self.tier_height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self.viewport())
        palette = self.palette()
        area = self.viewport().rect()
        painter.fillRect(area, palette.color(QPalette.ColorRole.Button))
        model = self.model()
        if model is None or model.columnCount() == 0:
            painter.end()
            return
        bar_column = model.columnCount() - 1
        left = float(self.sectionViewportPosition(bar_column))
        scale = self.chart.scale
        x_lo, x_hi = -left, -left + area.width()
        tier = self.tier_height()
        months = self.chart.months or month_names()
        upper, lower = self.chart.tick_units()
        text_pen = QPen(palette.color(QPalette.ColorRole.ButtonText))
        line_pen = QPen(palette.color(QPalette.ColorRole.Mid), 1)
        for row_index, unit in enumerate((upper, lower)):
            y = row_index * tier
            days = scale.ticks(unit, x_lo, x_hi)
            for i, day in enumerate(days):
                x = left + scale.x(day)
                nxt = left + scale.x(days[i + 1]) if i + 1 < len(days) else left + scale.width
                painter.setPen(line_pen)
                painter.drawLine(QPointF(x, y), QPointF(x, y + tier))
                label = tick_label(unit, day, months, upper=row_index == 0)
                start = max(x, 0.0)
                room = nxt - start - 6
                if room > painter.fontMetrics().horizontalAdvance(label) or (
                    row_index == 0 and room > 20
                ):
                    painter.setPen(text_pen)
                    painter.drawText(
                        QRectF(start + 3, y, max(0.0, room), tier),
                        int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                        label,
                    )
        painter.setPen(line_pen)
        painter.drawLine(QPointF(area.left(), tier), QPointF(area.right(), tier))
        painter.drawLine(QPointF(area.left(), area.bottom()), QPointF(area.right(), area.bottom()))
        if self.chart.data_date is not None:
            x = left + scale.x(self.chart.data_date)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(DATA_DATE)
            bottom = float(area.bottom())
            painter.drawPolygon(
                QPolygonF(
                    [QPointF(x - 5, bottom - 7), QPointF(x + 5, bottom - 7), QPointF(x, bottom)]
                )
            )
        painter.end()
