"""The schedule page's review tabs: the quality check (the DCMA 14 points with count,
threshold, pass or fail, and the offending activities of the point selected) and the
comparison with another update (the finish's movement, then each heading — milestones,
most slipped, float consumed, critical path entered and left, logic changes, progress
— with its lines). Double-clicking an activity opens it on the programme tab
(``activity_opened``)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QLabel, QTableView, QVBoxLayout, QWidget

from executrek.app.report_kinds.schedule_labels import (
    measure,
    point_title,
    section_titles,
    threshold,
    verdict,
)
from executrek.app.report_kinds.schedule_lines import ChangeLine, ChangeSection
from executrek.models.records.schedule.compare import Comparison
from executrek.models.records.schedule.quality import Offender, Point, QualityReport
from executrek.ui.labels import RAG_COLOURS
from executrek.ui.widgets.adaptive_splitter import split
from executrek.ui.widgets.columns import Column
from executrek.ui.widgets.page_text import section_heading
from executrek.ui.widgets.pane_layout import flush_column
from executrek.ui.widgets.record_list import record_table
from executrek.ui.widgets.rows_model import RowsModel


def _result_colour(p: Point) -> str | None:
    if p.passed is None:
        return None
    return RAG_COLOURS["green"] if p.passed else RAG_COLOURS["red"]


def _heading_over(tab: QWidget, heading: QLabel, body: QWidget) -> None:
    """``tab``'s layout: ``heading`` over ``body``, which takes the room."""
    layout = QVBoxLayout(tab)
    layout.setContentsMargins(0, 6, 0, 0)
    layout.addWidget(heading)
    layout.addWidget(body, 1)


def opener(
    table: QTableView, code_of: Callable[[Any], str], open_code: Callable[[str], None]
) -> None:
    """Double-click (or Enter) on a row opens the row's activity (``open_code(code)``)."""

    def opened(index: QModelIndex) -> None:
        model = table.model()
        assert isinstance(model, RowsModel)
        code = code_of(model.row_at(index.row()))
        if code:
            open_code(code)

    table.activated.connect(opened)


class QualityTab(QWidget):
    activity_opened = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report: QualityReport | None = None
        self.heading = section_heading()
        self.points = RowsModel[Point](
            [
                Column(
                    "number",
                    self.tr("No."),
                    lambda p: str(p.number),
                    lambda p: p.number,
                    right=True,
                ),
                Column("title", self.tr("Check"), lambda p: point_title(p.key, p.title)),
                Column(
                    "count", self.tr("Count"), lambda p: str(p.count), lambda p: p.count, right=True
                ),
                Column(
                    "of",
                    self.tr("Of"),
                    lambda p: str(p.population),
                    lambda p: p.population,
                    right=True,
                ),
                Column("measure", self.tr("Measure"), measure, right=True),
                Column("threshold", self.tr("Threshold"), lambda p: threshold(p.threshold)),
                Column(
                    "result", self.tr("Result"), lambda p: verdict(p.passed), colour=_result_colour
                ),
            ],
            self,
        )
        self.points_table = record_table(
            self.points, sortable=False, wide_column=1, wide_width=300, row_height=26
        )
        self.offenders_label = QLabel()
        self.offenders_label.setWordWrap(True)
        self.offenders = RowsModel[Offender](
            [
                Column("code", self.tr("Code"), lambda o: o.code),
                Column("name", self.tr("Activity"), lambda o: o.name),
                Column("detail", self.tr("Why"), lambda o: o.detail),
            ],
            self,
        )
        self.offenders_table = record_table(
            self.offenders, wide_column=1, wide_width=300, row_height=28
        )
        self.offenders_table.setToolTip(
            self.tr("Double-click an activity to open it in the programme")
        )
        lower = QWidget()
        column = flush_column(lower)
        column.addWidget(self.offenders_label)
        column.addWidget(self.offenders_table, 1)
        _heading_over(
            self,
            self.heading,
            split(Qt.Orientation.Vertical, (self.points_table, 0, 300), (lower, 0, 200)),
        )
        self.points_table.selectionModel().currentRowChanged.connect(self._point_picked)
        opener(self.offenders_table, lambda o: o.code, self.activity_opened.emit)

    def clear(self, text: str = "") -> None:
        self.report = None
        self.heading.setText(text)
        self.points.set_rows([])
        self.offenders.set_rows([])
        self.offenders_label.clear()

    def show_report(self, report: QualityReport) -> None:
        self.report = report
        reported = sum(1 for p in report.points if p.passed is None)
        self.heading.setText(
            self.tr(
                "{number} (data date {date}): {passed} checks passed, {failed} failed, "
                "{reported} reported only"
            ).format(
                number=report.update_number,
                date=report.data_date.isoformat(),
                passed=report.passed,
                failed=report.failed,
                reported=reported,
            )
        )
        self.points.set_rows(list(report.points))
        failed = next((i for i, p in enumerate(report.points) if p.passed is False), 0)
        if report.points:
            self.points_table.selectRow(failed)

    def _point_picked(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        p = self.points.row_at(current.row())
        self.offenders.set_rows(list(p.offenders))
        title = f"{p.number}. {point_title(p.key, p.title)}"
        self.offenders_label.setText(
            self.tr("{point}: {count} offending activities — double-click one to open it").format(
                point=title, count=len(p.offenders)
            )
            if p.offenders
            else self.tr("{point}: no offending activity").format(point=title)
        )


@dataclass(frozen=True)
class SectionRow:
    key: str
    title: str
    section: ChangeSection


class CompareTab(QWidget):
    activity_opened = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = section_heading()
        self.sections = RowsModel[SectionRow](
            [
                Column("title", self.tr("What changed"), lambda s: s.title),
                Column("count", self.tr("Count"), lambda s: str(s.section.total), right=True),
            ],
            self,
        )
        self.sections_table = record_table(self.sections, sortable=False, wide_column=None)
        self.sections_table.setMinimumWidth(180)
        self.lines = RowsModel[ChangeLine](
            [
                Column("code", self.tr("Code"), lambda x: x.code),
                Column("name", self.tr("Activity"), lambda x: x.name),
                Column("before", self.tr("Before"), lambda x: x.cells(str)[0]),
                Column("after", self.tr("After"), lambda x: x.cells(str)[1]),
                Column("change", self.tr("Change"), lambda x: x.change, right=True),
            ],
            self,
        )
        self.lines_table = record_table(self.lines, sortable=False, wide_column=1, wide_width=280)
        self.lines_table.setToolTip(self.tr("Double-click an activity to open it in the programme"))
        _heading_over(
            self,
            self.heading,
            split(
                Qt.Orientation.Horizontal, (self.sections_table, 1, 240), (self.lines_table, 3, 700)
            ),
        )
        self.sections_table.selectionModel().currentRowChanged.connect(self._section_picked)
        opener(self.lines_table, lambda x: x.code, self.activity_opened.emit)

    def clear(self, text: str = "") -> None:
        self.heading.setText(text)
        self.sections.set_rows([])
        self.lines.set_rows([])

    def show_comparison(
        self, c: Comparison, sections: tuple[ChangeSection, ...], against: str
    ) -> None:
        """``c`` (for the heading), its ``sections`` (``schedule_lines.change_sections``);
        ``against`` says what the earlier update is ("the baseline", "the previous…")."""
        moved = c.finish_movement_days
        self.heading.setText(
            self.tr(
                "{later} (data date {after}) against {earlier}, {against} (data date "
                "{before}): the finish moved from {f1} to {f2}, {days} days."
            ).format(
                later=c.later,
                after=c.later_data_date.isoformat(),
                earlier=c.earlier,
                against=against,
                before=c.earlier_data_date.isoformat(),
                f1=c.finish_before.isoformat() if c.finish_before else "—",
                f2=c.finish_after.isoformat() if c.finish_after else "—",
                days=f"{moved:+d}" if moved is not None else "—",
            )
        )
        titles = section_titles()
        self.sections.set_rows([SectionRow(s.key, titles[s.key], s) for s in sections])
        first = next((i for i, s in enumerate(sections) if s.total), 0)
        if sections:
            self.sections_table.selectRow(first)

    def _section_picked(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.lines.set_rows(list(self.sections.row_at(current.row()).section.lines))
