"""The schedule page's look-ahead tab: the activities in progress or starting within the
window after the data date (three weeks unless changed), each with the open issues and
open punch items linked to it, by location — the list for a site walk
(``lookahead.lookahead``). Double-clicking an activity opens it on the programme tab."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QSpinBox, QVBoxLayout, QWidget

from executrek.app.report_kinds.schedule_labels import date_text, days_text
from executrek.models.records.schedule.lookahead import WINDOW_DAYS, LookaheadRow
from executrek.ui.pages.schedule_review import opener
from executrek.ui.widgets.columns import Column
from executrek.ui.widgets.flow_layout import FlowLayout, together
from executrek.ui.widgets.page_text import section_heading
from executrek.ui.widgets.record_list import record_table
from executrek.ui.widgets.rows_model import RowsModel


def _places(row: LookaheadRow, none: str) -> str:
    return ", ".join(f"{place or none} {count}" for place, count in row.punch_by_location)


class LookaheadTab(QWidget):
    activity_opened = Signal(str)
    window_changed = Signal(int)  # days

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = section_heading()
        self.days = QSpinBox()
        self.days.setRange(7, 120)
        self.days.setSingleStep(7)
        self.days.setValue(WINDOW_DAYS)
        self.days.setSuffix(self.tr(" days"))
        label = QLabel(self.tr("&Window after the data date"))
        label.setBuddy(self.days)
        bar = FlowLayout()
        bar.add_widget(self.heading, 1)
        bar.add_widget(together(label, self.days))
        no_place = self.tr("(no location)")
        self.model = RowsModel[LookaheadRow](
            [
                Column("code", self.tr("Code"), lambda r: r.activity.code),
                Column("name", self.tr("Activity"), lambda r: r.activity.name),
                Column(
                    "state",
                    self.tr("State"),
                    lambda r: self.tr("Starts") if r.starting else self.tr("In progress"),
                ),
                Column(
                    "start",
                    self.tr("Start"),
                    lambda r: date_text(r.activity.start),
                    lambda r: r.activity.start or dt.date.max,
                ),
                Column("finish", self.tr("Finish"), lambda r: date_text(r.activity.finish)),
                Column(
                    "float",
                    self.tr("Float"),
                    lambda r: days_text(r.activity.total_float),
                    lambda r: r.activity.total_float,
                    right=True,
                ),
                Column(
                    "issues",
                    self.tr("Open issues"),
                    lambda r: str(r.open_issues),
                    lambda r: r.open_issues,
                    right=True,
                ),
                Column(
                    "punch",
                    self.tr("Open punch"),
                    lambda r: str(r.open_punch),
                    lambda r: r.open_punch,
                    right=True,
                ),
                Column("places", self.tr("Punch by location"), lambda r: _places(r, no_place)),
                Column("worked", self.tr("Last worked"), lambda r: date_text(r.last_worked)),
            ],
            self,
        )
        self.table = record_table(self.model, sort_column=3, wide_column=1, wide_width=240)
        self.table.setToolTip(self.tr("Double-click an activity to open it in the programme"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self.days.valueChanged.connect(self.window_changed.emit)
        opener(self.table, lambda r: r.activity.code, self.activity_opened.emit)

    def clear(self, text: str = "") -> None:
        self.heading.setText(text)
        self.model.set_rows([])

    def show_rows(self, data_date: dt.date, rows: list[LookaheadRow]) -> None:
        issues = sum(r.open_issues for r in rows)
        punch = sum(r.open_punch for r in rows)
        self.heading.setText(
            self.tr(
                "From {date} — in progress or starting: {count} · open issues linked: "
                "{issues} · open punch items linked: {punch}"
            ).format(date=data_date.isoformat(), count=len(rows), issues=issues, punch=punch)
        )
        self.model.set_rows(rows)
