"""The schedule page's delay events: the register (number, title, status, who carries
it, dates, the activity hit, days claimed and granted) with its actions, and the dialogs
that write through the core (``service.create_delay_event``, ``update_delay_event``,
``change_delay_status``): a new or edited event, and a decision — claim time, grant it
(wholly or in part), reject or withdraw. The days granted move the contractual
completion (the forecast reads them)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from executrek.app.report_kinds.schedule_labels import date_text, value_word
from executrek.models.records.schedule import service
from executrek.models.records.schedule.delay import TRANSITIONS
from executrek.models.records.schedule.queries import DelayRow
from executrek.models.records.schedule.service import MAX_DAYS
from executrek.models.records.schedule.vocab import DelayResponsibility, DelayStatus
from executrek.ui.labels import STATUS_COLOURS
from executrek.ui.pages.record_dialog import RecordDialog, edit_or_new
from executrek.ui.widgets.columns import Column
from executrek.ui.widgets.dates import qdate, today_qdate
from executrek.ui.widgets.flow_layout import FlowLayout
from executrek.ui.widgets.form_dialog import Button, FormDialog
from executrek.ui.widgets.form_parts import intro_above, short_text
from executrek.ui.widgets.record_list import current_row, record_table
from executrek.ui.widgets.rows_model import RowsModel

if TYPE_CHECKING:
    from executrek.ui.main_window import MainWindow

_STATUS_TONE = {"granted": "closed", "rejected": "rejected", "claimed": "open"}


def day_of(edit: QDateEdit) -> dt.date:
    value: dt.date = edit.date().toPython()  # type: ignore[assignment]
    return value


def date_edit(day: dt.date | None = None) -> QDateEdit:
    edit = QDateEdit(qdate(day) if day is not None else today_qdate())
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


class DelaysTab(QWidget):
    """The register and its buttons; ``decide_requested(row, status)`` for a decision."""

    new_requested = Signal()
    edit_requested = Signal(object)  # DelayRow
    decide_requested = Signal(object, str)  # DelayRow, the status asked for

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = RowsModel[DelayRow](
            [
                Column("number", self.tr("Number"), lambda d: d.number),
                Column("title", self.tr("Title"), lambda d: d.title),
                Column(
                    "status",
                    self.tr("Status"),
                    lambda d: value_word(d.status),
                    colour=lambda d: STATUS_COLOURS.get(_STATUS_TONE.get(d.status, "")),
                ),
                Column("who", self.tr("Carried by"), lambda d: value_word(d.responsibility)),
                Column(
                    "start",
                    self.tr("Start"),
                    lambda d: date_text(d.start_date),
                    lambda d: d.start_date,
                ),
                Column("end", self.tr("End"), lambda d: date_text(d.end_date)),
                Column("activity", self.tr("Activity"), lambda d: d.activity_code or ""),
                Column(
                    "claimed",
                    self.tr("Claimed"),
                    lambda d: str(d.days_claimed),
                    lambda d: d.days_claimed,
                    right=True,
                ),
                Column(
                    "granted",
                    self.tr("Granted"),
                    lambda d: str(d.days_granted),
                    lambda d: d.days_granted,
                    right=True,
                ),
            ],
            self,
        )
        self.table = record_table(self.model, sort_column=4, wide_column=1, wide_width=260)
        self.totals = QLabel()
        self.new_button = QPushButton(self.tr("&New delay event…"))
        self.new_button.setObjectName("primaryAction")
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.buttons = {
            "claimed": QPushButton(self.tr("C&laim time…")),
            "granted": QPushButton(self.tr("&Grant…")),
            "rejected": QPushButton(self.tr("Re&ject…")),
            "withdrawn": QPushButton(self.tr("&Withdraw…")),
        }
        bar = FlowLayout()
        bar.add_widget(self.totals, 1)
        bar.add_widget(self.new_button)
        bar.add_widget(self.edit_button)
        for button in self.buttons.values():
            bar.add_widget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self.new_button.clicked.connect(self.new_requested.emit)
        self.edit_button.clicked.connect(self._edit)
        self.table.activated.connect(lambda _i: self._edit())
        for status, button in self.buttons.items():
            button.clicked.connect(lambda _c=False, s=status: self._decide(s))
        self.table.selectionModel().currentRowChanged.connect(lambda _c, _p: self._enable())
        self._enable()

    def selected(self) -> DelayRow | None:
        return current_row(self.table, self.model)

    def set_rows(self, rows: list[DelayRow]) -> None:
        keep = self.selected()
        self.model.set_rows(rows)
        if keep is not None and (row := self.model.find(keep.id)) >= 0:
            self.table.selectRow(row)
        claimed = sum(d.days_claimed for d in rows if d.status != "withdrawn")
        granted = sum(d.days_granted for d in rows if d.status == "granted")
        self.totals.setText(
            self.tr(
                "Delay events: {count} · days claimed: {claimed} · days granted: {granted}"
            ).format(count=len(rows), claimed=claimed, granted=granted)
        )
        self._enable()

    def select(self, event_id: str) -> bool:
        row = self.model.find(event_id)
        if row >= 0:
            self.table.selectRow(row)
        return row >= 0

    def _enable(self) -> None:
        d = self.selected()
        allowed = (
            TRANSITIONS.get(DelayStatus(d.status), frozenset()) if d is not None else frozenset()
        )
        self.edit_button.setEnabled(d is not None)
        for status, button in self.buttons.items():
            button.setEnabled(DelayStatus(status) in allowed)

    def _edit(self) -> None:
        if (d := self.selected()) is not None:
            self.edit_requested.emit(d)

    def _decide(self, status: str) -> None:
        if (d := self.selected()) is not None:
            self.decide_requested.emit(d, status)


class DelayDialog(RecordDialog):
    """A new delay event, or an edit of one (its days move with its status instead)."""

    def __init__(
        self,
        window: MainWindow,
        project_id: str,
        codes: list[str],
        existing: DelayRow | None = None,
    ) -> None:
        title = edit_or_new(existing, self.tr("Edit {number}"), self.tr("New delay event"))
        super().__init__(window, project_id, title, min_width=480, ok=Button.Save)
        self.existing = existing
        self.title = QLineEdit(existing.title if existing else "")
        self.responsibility = QComboBox()
        for who in DelayResponsibility:
            self.responsibility.addItem(value_word(who.value), who.value)
        if existing:
            self.responsibility.setCurrentIndex(
                self.responsibility.findData(existing.responsibility)
            )
        self.start = date_edit(existing.start_date if existing else None)
        self.ended = QCheckBox(self.tr("It has ended"))
        self.end = date_edit(existing.end_date if existing and existing.end_date else None)
        self.ended.setChecked(bool(existing and existing.end_date))
        self.end.setEnabled(self.ended.isChecked())
        self.ended.toggled.connect(self.end.setEnabled)
        self.activity = QComboBox()
        self.activity.setEditable(True)
        self.activity.addItem("")
        self.activity.addItems(codes)
        self.activity.setCurrentText((existing.activity_code or "") if existing else "")
        self.description = short_text(90, (existing.description or "") if existing else "")
        self.errors.add_rows(
            self.form,
            (self.tr("&Title"), "title", self.title),
            (self.tr("&Carried by"), "responsibility", self.responsibility),
            (self.tr("&Start"), "start_date", self.start),
            ("", None, self.ended),
            (self.tr("&End"), "end_date", self.end),
            (self.tr("&Activity hit"), "activity_code", self.activity),
            (self.tr("&What happened"), "description", self.description),
        )
        self.title.setFocus()

    def submit(self) -> None:
        self.errors.clear()
        store = self.window_.ctx.store
        title, who = self.title.text(), str(self.responsibility.currentData())
        start, end = day_of(self.start), day_of(self.end) if self.ended.isChecked() else None
        code = self.activity.currentText().strip() or None
        text = self.description.toPlainText().strip() or None
        fields: dict[str, Any] = {
            "title": title,
            "start_date": start,
            "end_date": end,
            "responsibility": who,
            "description": text,
            "activity_code": code,
        }
        if self.existing is None:
            pid = self.project_id
            self.run(
                self.window_,
                lambda: service.create_delay_event(store, pid, **fields),
                lambda _d: self.accept(),
            )
        else:
            event_id = self.existing.id
            self.run(
                self.window_,
                lambda: service.update_delay_event(store, event_id, **fields),
                lambda _d: self.accept(),
            )


class DecisionDialog(FormDialog):
    """Move a delay event on: days for a claim or a grant, a note for every decision."""

    def __init__(self, window: MainWindow, row: DelayRow, status: str) -> None:
        titles = {
            "claimed": self.tr("Claim time for {number}"),
            "granted": self.tr("Grant time for {number}"),
            "rejected": self.tr("Reject {number}"),
            "withdrawn": self.tr("Withdraw {number}"),
        }
        super().__init__(window, titles[status].format(number=row.number), min_width=420)
        self.window_ = window
        self.row = row
        self.status = status
        intro_above(self, f"{row.number} · {row.title}")
        self.days = QSpinBox()
        self.days.setRange(0, MAX_DAYS if status == "claimed" else max(0, row.days_claimed))
        self.days.setValue(row.days_claimed)
        self.days.setSuffix(self.tr(" calendar days"))
        self.note = QLineEdit()
        rows: list[tuple[str, str | None, QWidget]] = []
        if status in ("claimed", "granted"):
            field = "days_claimed" if status == "claimed" else "days_granted"
            rows.append((self.tr("&Days"), field, self.days))
        rows.append((self.tr("&Note"), "decision_note", self.note))
        self.errors.add_rows(self.form, *rows)
        (self.days if status in ("claimed", "granted") else self.note).setFocus()

    def submit(self) -> None:
        self.errors.clear()
        store, event_id, status = self.window_.ctx.store, self.row.id, self.status
        days = self.days.value() if status in ("claimed", "granted") else None
        note = self.note.text().strip() or None
        self.run(
            self.window_,
            lambda: service.change_delay_status(store, event_id, status, days=days, note=note),
            lambda _d: self.accept(),
        )
