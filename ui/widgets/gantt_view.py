"""The Gantt: the activity table on the left and the bar chart on the right, two
``QTableView``s over one ``GanttModel`` that share the selection and scroll together.

Virtualised by the views themselves: rows have one fixed height, no column is sized to
its contents, and the chart's one bar column is painted by ``BarDelegate`` only for the
rows on screen, so 10,000 activities load and scroll like a hundred. The chart's header
is the timeline; the zoom is a ``gantt_scale.Zoom`` (``FIT`` follows the chart's width).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QSplitter, QTableView, QWidget

from executrek.models.records.schedule.queries import Activity
from executrek.ui.widgets.gantt_model import Col, GanttModel
from executrek.ui.widgets.gantt_paint import (
    ROW_HEIGHT,
    BarDelegate,
    ChartState,
    TimelineHeader,
    month_names,
)
from executrek.ui.widgets.gantt_rows import GanttRow
from executrek.ui.widgets.gantt_scale import PX_PER_DAY, TimeScale, Zoom

TABLE_WIDTHS = {Col.CODE: 60, Col.NAME: 170, Col.START: 84, Col.FINISH: 84, Col.FLOAT: 46}
SCROLLBAR = Qt.ScrollBarPolicy


class ChartView(QTableView):
    """The bar column's view; ``resized`` lets a fitted zoom follow its width."""

    resized = Signal()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.resized.emit()


def _rows_view(view: QTableView) -> None:
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    view.setWordWrap(False)
    view.setShowGrid(False)
    rows = view.verticalHeader()
    rows.hide()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(ROW_HEIGHT)
    view.setHorizontalScrollBarPolicy(SCROLLBAR.ScrollBarAlwaysOn)  # equal viewport heights


class GanttView(QSplitter):
    """The table and the chart side by side; ``set_rows`` shows rows, ``set_zoom`` the
    time scale, ``select_code`` an activity."""

    activity_selected = Signal(object)  # the Activity of the current row, None for none
    activity_activated = Signal(object)  # an Activity double-clicked or Enter pressed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.model = GanttModel(self)
        self.state = ChartState(months=month_names())
        self.zoom = Zoom.FIT
        self.span: tuple[int, int] | None = None
        self._widths = dict(TABLE_WIDTHS)
        bold = self.font()
        bold.setBold(True)  # WBS headings are bold
        metrics = QFontMetrics(bold)
        date_width = metrics.horizontalAdvance("2027-12-31") + 14
        self._widths[Col.START] = self._widths[Col.FINISH] = date_width
        title = self.model.headerData(Col.FLOAT, Qt.Orientation.Horizontal)
        self._widths[Col.FLOAT] = max(46, metrics.horizontalAdvance(str(title)) + 16)
        self.table = QTableView()
        self.table.setObjectName("ganttTable")
        self.chart = ChartView()
        self.chart.setObjectName("ganttChart")
        self.header = TimelineHeader(self.state, self.chart)
        self.chart.setHorizontalHeader(self.header)
        for view in (self.table, self.chart):
            view.setModel(self.model)
            _rows_view(view)
        self.table.setAlternatingRowColors(True)
        self.chart.setSelectionModel(self.table.selectionModel())
        self.delegate = BarDelegate(self.model, self.state, self.chart)
        self.chart.setItemDelegateForColumn(Col.BAR, self.delegate)
        self.chart.setMouseTracking(True)
        self.table.setVerticalScrollBarPolicy(SCROLLBAR.ScrollBarAlwaysOff)
        self.table.horizontalHeader().setMinimumHeight(self.header.sizeHint().height())
        self.table.horizontalHeader().setHighlightSections(False)
        self.table.setMinimumWidth(160)
        self.chart.setMinimumWidth(200)
        self.addWidget(self.table)
        self.addWidget(self.chart)
        self.setStretchFactor(0, 1)
        self.setStretchFactor(1, 1)
        self.setChildrenCollapsible(False)
        self._wire()
        self._columns()

    def _wire(self) -> None:
        t, c = self.table.verticalScrollBar(), self.chart.verticalScrollBar()
        t.valueChanged.connect(c.setValue)
        c.valueChanged.connect(t.setValue)
        self.model.modelAboutToBeReset.connect(self._keep_widths)
        self.model.modelReset.connect(self._columns)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        for view in (self.table, self.chart):
            view.activated.connect(self._activated)  # double-click or Enter
        self.chart.resized.connect(self._follow_width)

    # --- columns and scale -------------------------------------------------------------
    def _keep_widths(self) -> None:
        for col in TABLE_WIDTHS:
            width = self.table.columnWidth(col)
            if width > 0:
                self._widths[col] = width

    def _columns(self) -> None:
        """Each view shows its columns (a reset forgets hidden sections and widths)."""
        for col in Col:  # each call relays out a header: only what differs
            bar = col is Col.BAR
            if self.table.isColumnHidden(col) != bar:
                self.table.setColumnHidden(col, bar)
            if self.chart.isColumnHidden(col) == bar:
                self.chart.setColumnHidden(col, not bar)
            if not bar and self.table.columnWidth(col) != self._widths[col]:
                self.table.setColumnWidth(col, self._widths[col])
        self.table.horizontalHeader().setStretchLastSection(False)
        self._apply_scale()

    def _apply_scale(self) -> None:
        if self.chart.columnWidth(Col.BAR) != self.state.scale.width:
            self.chart.setColumnWidth(Col.BAR, self.state.scale.width)
            self.chart.updateGeometries()  # the scroll range follows the new width now
        self.header.viewport().update()
        self.chart.viewport().update()

    def _follow_width(self) -> None:
        if self.zoom is Zoom.FIT:
            self._rescale()

    def _rescale(self) -> None:
        if self.span is None:
            return
        base = TimeScale.around(self.span[0], self.span[1], 1.0)
        if self.zoom is Zoom.FIT:
            base = base.fitted(max(200, self.chart.viewport().width() - 2))
        else:
            base = base.rezoomed(PX_PER_DAY[self.zoom])
        self.state.scale = base
        self._apply_scale()

    def set_zoom(self, zoom: Zoom) -> None:
        """Show the time at ``zoom``, centred on the selected activity (or on the day
        at the chart's centre before)."""
        bar = self.chart.horizontalScrollBar()
        middle = self.state.scale.day_at(bar.value() + self.chart.viewport().width() / 2)
        row = self.current_row()
        if row is not None and row.start is not None:
            middle = row.start
        self.zoom = zoom
        self._rescale()
        self.scroll_to_day(middle, centre=True)

    def scroll_to_day(self, day: int, *, centre: bool = False) -> None:
        """Scroll the chart so ``day`` is a quarter in (or centred)."""
        width = self.chart.viewport().width()
        x = self.state.scale.x(day) - (width / 2 if centre else width / 4)
        self.chart.horizontalScrollBar().setValue(max(0, int(x)))

    # --- rows --------------------------------------------------------------------------
    def set_rows(
        self,
        rows: Sequence[GanttRow],
        *,
        span: tuple[int, int] | None,
        data_date: int | None,
    ) -> None:
        """Show ``rows`` over the days ``span`` (the whole update's, so filtering keeps
        the scale), with the data-date line at ``data_date``."""
        rescale = span != self.span
        self.span = span
        self.state.data_date = data_date
        if rescale:
            self._rescale()
        self.model.set_rows(rows)

    def current_row(self) -> GanttRow | None:
        index = self.table.selectionModel().currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def select_code(self, code: str) -> bool:
        """Select activity ``code`` and bring its row and bar into view."""
        row = self.model.find_code(code)
        if row < 0:
            return False
        index = self.model.index(row, Col.CODE)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        found = self.model.row_at(row)
        if found.start is not None:
            self.scroll_to_day(found.start)
        return True

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = self.model.row_at(current.row()) if current.isValid() else None
        self.activity_selected.emit(row.activity if row is not None else None)

    def _activated(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        activity: Activity | None = self.model.row_at(index.row()).activity
        if activity is not None:
            self.activity_activated.emit(activity)
