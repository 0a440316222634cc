"""The delay register of the site diary: every delay and disruption across days (date,
diary, cause, responsible party, times, hours, what, where, who, linked records) and
their totals of days and hours by cause and by responsible party, over a chosen period.
A double click (or Enter) on a delay opens its day."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSplitter, QWidget

from executrek.app.report_kinds import diary_data
from executrek.app.report_kinds.diary_labels import field_word, value_word
from executrek.models import clock
from executrek.models.records.diary import period
from executrek.models.records.diary.period import DelayRow
from executrek.models.store import Store
from executrek.ui.labels import day
from executrek.ui.widgets.columns import Column
from executrek.ui.widgets.pane_layout import flush_column
from executrek.ui.widgets.record_list import record_table
from executrek.ui.widgets.rows_model import RowsModel


@dataclass(frozen=True)
class RegisterRow:
    id: str
    delay: DelayRow
    linked: str


@dataclass(frozen=True)
class TotalRow:
    id: str
    group: str  # "Cause", "Responsible party" or "All delays"
    by: str  # the cause's or the party's words
    days: int
    hours: Decimal


@dataclass(frozen=True)
class Register:
    rows: tuple[RegisterRow, ...]
    totals: tuple[TotalRow, ...]
    total: TotalRow


def read_register(store: Store, project_id: str, start: dt.date | None) -> Register:
    """The register from ``start`` (None: every day) with the numbers of the linked
    records and its totals (runs off the GUI thread)."""
    found = period.delay_register(store, project_id, start, None)
    labels = diary_data.record_labels(store, [p for r in found.rows for p in r.linked])
    rows = tuple(
        RegisterRow(r.delay_id, r, ", ".join(sorted(labels[p] for p in r.linked)))
        for r in found.rows
    )
    cause, party = field_word("cause"), field_word("responsible")
    totals = [
        TotalRow(f"cause-{k}", cause, value_word(k), t.days, t.hours)
        for k, t in found.by_cause.items()
    ] + [
        TotalRow(f"party-{k}", party, value_word(k), t.days, t.hours)
        for k, t in found.by_responsible.items()
    ]
    everything = QCoreApplication.translate("DiaryRegister", "All delays")
    total = TotalRow("total", everything, "", found.total.days, found.total.hours)
    return Register(rows, (*totals, total), total)


def _hours(value: Decimal) -> str:
    return str(value.quantize(Decimal("0.1")))


def _text(get: Callable[[DelayRow], Any]) -> Callable[[RegisterRow], str]:
    return lambda r: str(get(r.delay) or "")


def register_columns() -> list[Column[RegisterRow]]:
    return [
        Column("day", field_word("day"), lambda r: day(r.delay.day), lambda r: r.delay.day),
        Column("number", QCoreApplication.translate("DiaryRegister", "Diary"), _text(lambda d: d.day_number)),
        Column("cause", field_word("cause"), lambda r: value_word(r.delay.cause)),
        Column("responsible", field_word("responsible"), lambda r: value_word(r.delay.responsible)),
        Column("start", field_word("start_time"), _text(lambda d: d.start_time)),
        Column("end", field_word("end_time"), _text(lambda d: d.end_time)),
        Column("hours", QCoreApplication.translate("DiaryRegister", "Hours"), lambda r: _hours(r.delay.hours), lambda r: r.delay.hours, right=True),
        Column("description", field_word("description"), _text(lambda d: d.description.splitlines()[0] if d.description else "")),
        Column("locations", field_word("location_ids"), _text(lambda d: d.locations)),
        Column("contractors", field_word("organisation_ids"), _text(lambda d: d.contractors)),
        Column("linked", QCoreApplication.translate("DiaryRegister", "Linked"), lambda r: r.linked),
    ]  # fmt: skip


def total_columns() -> list[Column[TotalRow]]:
    return [
        Column("group", QCoreApplication.translate("DiaryRegister", "Totals by"), lambda r: r.group),
        Column("by", "", lambda r: r.by),
        Column("days", QCoreApplication.translate("DiaryRegister", "Days"), lambda r: str(r.days), lambda r: r.days, right=True),
        Column("hours", QCoreApplication.translate("DiaryRegister", "Hours"), lambda r: _hours(r.hours), lambda r: r.hours, right=True),
    ]  # fmt: skip


PERIODS = (("all", None), ("week", 7), ("month", 30), ("quarter", 91))


class RegisterView(QWidget):
    """The register's table and totals; ``period_changed`` asks for a new read and
    ``day_opened(day_id)`` opens the day of a delay."""

    period_changed = Signal()
    day_opened = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.period = QComboBox()
        names = {
            "all": self.tr("Every day"),
            "week": self.tr("The last 7 days"),
            "month": self.tr("The last 30 days"),
            "quarter": self.tr("The last 3 months"),
        }
        for key, days in PERIODS:
            self.period.addItem(names[key], days)
        self.period.currentIndexChanged.connect(lambda _i: self.period_changed.emit())
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        top = QHBoxLayout()
        label = QLabel(self.tr("&Period"))
        label.setBuddy(self.period)
        top.addWidget(label)
        top.addWidget(self.period)
        top.addWidget(self.summary, 1)
        self.model: RowsModel[RegisterRow] = RowsModel(register_columns(), self)
        self.table = record_table(self.model, wide_column=7, stretch_column=None)
        self.table.setAccessibleName(self.tr("Delay register"))
        self.table.activated.connect(self._open)
        self.table.doubleClicked.connect(self._open)
        self.totals_model: RowsModel[TotalRow] = RowsModel(total_columns(), self)
        self.totals = record_table(
            self.totals_model, sortable=False, wide_column=None, stretch_column=1
        )
        self.totals.setAccessibleName(self.tr("Delay totals"))
        split = QSplitter(Qt.Orientation.Vertical)
        split.setChildrenCollapsible(False)
        split.addWidget(self.table)
        split.addWidget(self.totals)
        split.setSizes([300, 160])
        layout = flush_column(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)

    def start(self) -> dt.date | None:
        days = self.period.currentData()
        return None if days is None else clock.today() - dt.timedelta(days=int(days) - 1)

    def show_register(self, register: Register) -> None:
        self.model.set_rows(register.rows)
        self.totals_model.set_rows(register.totals)
        self.summary.setText(
            self.tr("{count} delays on {days} days, {hours} hours in all").format(
                count=len(register.rows),
                days=register.total.days,
                hours=_hours(register.total.hours),
            )
        )

    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            self.day_opened.emit(self.model.row_at(index.row()).delay.day_id)
