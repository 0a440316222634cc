"""The calendar strip of the site diary: one cell per date up to today, left to right.

A date with a diary shows its number and headcount with a bar in the status colour
(open or signed and closed); a red dot marks recorded delays; a date without a diary is
an empty cell (open it to start that day's diary). Left and Right move a day, Home and
End jump to the ends, Enter opens the date; the strip keeps the focus while moving.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from executrek.app.report_kinds.diary_labels import value_word
from executrek.models.records.diary.queries import CalendarDay
from executrek.ui.labels import STATUS_COLOURS

Index = QModelIndex | QPersistentModelIndex
DateRole = Qt.ItemDataRole.UserRole + 1
DayRole = Qt.ItemDataRole.UserRole + 2  # the CalendarDay, or None
CELL = QSize(58, 58)
DELAY_COLOUR = "#C62828"


class CalendarModel(QAbstractListModel):
    """The dates of a period and the diary day of each (the user's own first)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dates: list[dt.date] = []
        self.days: dict[dt.date, CalendarDay] = {}

    def set_days(
        self, start: dt.date, end: dt.date, days: Sequence[CalendarDay], me: str | None
    ) -> None:
        self.beginResetModel()
        self.dates = [start + dt.timedelta(days=i) for i in range((end - start).days + 1)]
        self.days = {}
        for d in days:  # oldest first: keep the user's own, else the first written
            if d.day not in self.days or (d.author_id == me and self.days[d.day].author_id != me):
                self.days[d.day] = d
        self.endResetModel()

    def row_of(self, day: dt.date) -> int:
        return self.dates.index(day) if day in self.dates else -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.dates)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.dates):
            return None
        date = self.dates[index.row()]
        day = self.days.get(date)
        if role == DateRole:
            return date
        if role == DayRole:
            return day
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{weekday(date)}\n{date.day}"
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return describe(date, day)
        return None


def weekday(date: dt.date) -> str:
    """The short weekday name in the user's language ("Mon")."""
    return QLocale().dayName(date.isoweekday(), QLocale.FormatType.ShortFormat)


def describe(date: dt.date, day: CalendarDay | None) -> str:
    """What a cell says to a screen reader and in its tooltip."""
    if day is None:
        return QCoreApplication.translate("DiaryCalendar", "{date}: no diary yet").format(
            date=date.isoformat()
        )
    text = QCoreApplication.translate(
        "DiaryCalendar", "{date}: {number}, {status}, {people} on site"
    ).format(
        date=date.isoformat(),
        number=day.number,
        status=value_word(day.status),
        people=day.headcount,
    )
    if day.has_delays:
        text += QCoreApplication.translate("DiaryCalendar", ", delays recorded")
    return text


class CalendarDelegate(QStyledItemDelegate):
    """Weekday and date, a status bar at the foot, a red dot for delays."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        return CELL

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        painter.save()
        rect: QRect = option.rect.adjusted(2, 2, -2, -2)
        palette: QPalette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        day: CalendarDay | None = index.data(DayRole)
        date: dt.date = index.data(DateRole)
        fill = palette.color(QPalette.ColorRole.Highlight if selected else QPalette.ColorRole.Base)
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, 4, 4)
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.setPen(palette.color(text_role))
        if day is None:
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        font = painter.font()
        font.setBold(day is not None)
        painter.setFont(font)
        top = rect.adjusted(0, 3, 0, -rect.height() // 2)
        painter.drawText(top, Qt.AlignmentFlag.AlignHCenter, weekday(date))
        painter.drawText(
            rect.adjusted(0, rect.height() // 2 - 6, 0, -8),
            Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
            str(date.day),
        )
        if day is not None:
            colour = STATUS_COLOURS.get(day.status, "#5F6B76")
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(colour))
            painter.drawRect(rect.left() + 4, rect.bottom() - 6, rect.width() - 8, 4)
            if day.has_delays:
                painter.setBrush(QColor(DELAY_COLOUR))
                painter.drawEllipse(rect.right() - 11, rect.top() + 4, 7, 7)
        painter.restore()


class CalendarStrip(QListView):
    """The dates in one scrolling row; ``date_chosen`` when the current date changes,
    ``date_opened`` on Enter or a double click."""

    date_chosen = Signal(object)  # dt.date
    date_opened = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.calendar = CalendarModel(self)
        self.setModel(self.calendar)
        self.setItemDelegate(CalendarDelegate(self))
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(False)
        self.setUniformItemSizes(True)
        self.setSpacing(1)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFixedHeight(CELL.height() + 22)
        self.setMinimumWidth(CELL.width() * 5)
        self.setAccessibleName(QCoreApplication.translate("DiaryCalendar", "Diary days"))
        self.selectionModel().currentRowChanged.connect(self._current)
        self.activated.connect(self._opened)

    def set_days(
        self, start: dt.date, end: dt.date, days: Sequence[CalendarDay], me: str | None
    ) -> None:
        current = self.current_date()
        self.blockSignals(True)
        self.calendar.set_days(start, end, days, me)
        self.blockSignals(False)
        if current is not None:
            self.select(current, quiet=True)

    def current_date(self) -> dt.date | None:
        index = self.currentIndex()
        return index.data(DateRole) if index.isValid() else None

    def day_of(self, date: dt.date) -> CalendarDay | None:
        return self.calendar.days.get(date)

    def select(self, date: dt.date, *, quiet: bool = False) -> bool:
        """Make ``date`` current (scrolled into view); False when the strip lacks it."""
        row = self.calendar.row_of(date)
        if row < 0:
            return False
        index = self.calendar.index(row, 0)
        if quiet:
            self.selectionModel().blockSignals(True)
        self.setCurrentIndex(index)
        self.selectionModel().blockSignals(False)
        self.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        return True

    def _current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.date_chosen.emit(current.data(DateRole))

    def _opened(self, index: QModelIndex) -> None:
        if index.isValid():
            self.date_opened.emit(index.data(DateRole))
