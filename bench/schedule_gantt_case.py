"""Bench cases of the ``schedule`` suite: the schedule page's Gantt (``ui/widgets/gantt_view``)
with 10,000 activities.

* first paint: the rows handed to the page (as the db worker hands them over with the
  update it read: ``chart_rows`` and ``visible_rows``) to the table and the chart
  painted — ``GanttView.set_rows``, the events run, the view grabbed — against a bare
  ``QTableView`` over a minimal ``QAbstractTableModel`` given the same activities (code,
  name, start, finish, float as text), set and grabbed the same way, same size:
  ratio ≤ 3;
* scrolling: a page down (the chart's vertical scroll bar by its page step; the events
  run, so Qt paints the table and the chart where they scrolled), averaged over 40
  pages through the programme: ≤ 16 ms a page (the bare table's, for the record);
* the rows made on the worker from the activities (``chart_rows``: bars, the baseline's
  bars, WBS groups by start; ``visible_rows``: a heading per group), for the record:
  ≤ 0.25 s (our line; the update's read itself is the ``schedule`` suite's).

Both views are made once, outside the timing; each run sets 10,000 fresh rows.
"""

from __future__ import annotations

import datetime as dt
import time
from decimal import Decimal
from typing import Any

from bench.harness import BenchContext, Record, timed

SUITE = "schedule"
START = dt.date(2026, 1, 5)
SIZE = (1200, 700)
PAGES = 40


def activities(count: int, shift: int = 0) -> list[Any]:
    """``count`` activities under 50 WBS nodes, in programme order; ``shift`` moves every
    date (a later update's slip)."""
    from executrek.models.records.schedule.queries import Activity
    from executrek.models.records.schedule.vocab import ActivityKind, ActivityStatus

    out = []
    for i in range(count):
        start = START + dt.timedelta(days=(i // 20) * 2 + shift)
        milestone = i % 97 == 0
        length = 0 if milestone else 1 + (i * 7) % 30
        out.append(
            Activity(
                id=f"act-{i}",
                code=f"A{i:06d}",
                name=f"Activity {i} of work package {i % 50}",
                wbs_path=f"PRJ.Z{i % 5}.W{i % 50:02d}",
                wbs_name=f"Work package {i % 50}",
                kind=ActivityKind.MILESTONE if milestone else ActivityKind.TASK,
                status=ActivityStatus.IN_PROGRESS if i % 3 == 0 else ActivityStatus.NOT_STARTED,
                calendar_code="1",
                original_duration=Decimal(length),
                remaining_duration=Decimal(length),
                start=start,
                finish=start + dt.timedelta(days=length),
                planned_start=start,
                planned_finish=start + dt.timedelta(days=length),
                early_start=None,
                early_finish=None,
                late_start=None,
                late_finish=None,
                actual_start=None,
                actual_finish=None,
                pct_duration=Decimal((i * 11) % 100),
                pct_physical=None,
                total_float=Decimal((i * 13) % 60 - 5),
                free_float=Decimal(0),
                critical=i % 20 == 0,
                constraint_type=None,
                constraint_date=None,
                resource_count=None,
            )
        )
    out.sort(key=lambda a: (a.wbs_path, a.start, a.code))
    return out


def _bare_model(parent: Any) -> Any:
    from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

    display = Qt.ItemDataRole.DisplayRole.value

    class Bare(QAbstractTableModel):
        def __init__(self) -> None:
            super().__init__(parent)
            self.rows: list[Any] = []

        def set_rows(self, rows: list[Any]) -> None:
            self.beginResetModel()
            self.rows = rows
            self.endResetModel()

        def rowCount(self, index: Any = QModelIndex()) -> int:
            return 0 if index.isValid() else len(self.rows)

        def columnCount(self, index: Any = QModelIndex()) -> int:
            return 0 if index.isValid() else 6

        def data(self, index: Any, role: int = display) -> Any:
            if role != display:
                return None
            a = self.rows[index.row()]
            c = index.column()
            if c == 0:
                return a.code
            if c == 1:
                return a.name
            if c == 2:
                return a.start.isoformat()
            if c == 3:
                return a.finish.isoformat()
            return str(a.total_float) if c == 4 else None

    return Bare()


def _scroll_page(bars: Any, app: Any) -> float:
    """Seconds per page down through the programme (``PAGES`` pages): the scroll bar
    moved by its page step, then the events run (Qt paints what scrolled into view)."""
    bars.setValue(0)
    app.processEvents()
    step = max(1, bars.pageStep())
    total = 0.0
    for page in range(PAGES):
        target = ((page + 1) * step) % (bars.maximum() + 1)
        begin = time.perf_counter()
        bars.setValue(target)
        app.processEvents()
        total += time.perf_counter() - begin
    return total / PAGES


def gantt_cases(ctx: BenchContext) -> list[Record]:
    from PySide6.QtWidgets import QApplication, QHeaderView, QTableView

    from executrek.ui.widgets.gantt_rows import Filter, chart_rows, day_span, visible_rows
    from executrek.ui.widgets.gantt_view import GanttView

    app = QApplication.instance() or QApplication([])
    count = 2000 if ctx.quick else 10_000
    base = activities(count)
    later = activities(count, shift=9)
    compared = {a.code: a for a in base}
    names = {a.wbs_path: a.wbs_name for a in later}
    data_date = (START + dt.timedelta(days=120)).toordinal()

    gantt = GanttView()
    gantt.resize(*SIZE)
    gantt.show()
    bare = QTableView()
    model = _bare_model(bare)
    bare.setModel(model)
    bare.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    bare.verticalHeader().setDefaultSectionSize(24)
    bare.resize(*SIZE)
    bare.show()
    app.processEvents()

    def prepare() -> tuple[list[Any], tuple[int, int] | None]:
        rows = chart_rows(later, compared)
        return visible_rows(rows, Filter(), names), day_span(rows)

    made = prepare()

    def ours() -> None:
        shown, span = made
        gantt.set_rows(list(shown), span=span, data_date=data_date)
        app.processEvents()
        gantt.grab()

    def raw() -> None:
        model.set_rows(list(later))
        app.processEvents()
        bare.grab()

    repeat = 3 if ctx.quick else 5
    first_ours = timed(ours, repeat=repeat)
    first_raw = timed(raw, repeat=repeat)
    building = timed(prepare, repeat=repeat)
    scroll_ours = _scroll_page(gantt.chart.verticalScrollBar(), app)
    scroll_raw = _scroll_page(bare.verticalScrollBar(), app)
    gantt.close()
    bare.close()
    size = f"{count:,} activities, {SIZE[0]}×{SIZE[1]}"
    return [
        Record(
            SUITE,
            "Gantt first paint vs a bare QTableView",
            first_ours,
            first_raw,
            "s",
            "ratio <= 3",
            size,
        ),
        Record(
            SUITE,
            "Gantt rows from the activities (worker), for the record",
            building,
            first_raw,
            "s",
            "value <= 0.25",
            size,
        ),
        Record(
            SUITE,
            "Gantt scroll one page (table + chart)",
            scroll_ours,
            scroll_raw,
            "s",
            "value <= 0.016",
            f"{size}; baseline: the bare table's page",
        ),
    ]
