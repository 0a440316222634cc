"""The punch list's filter bar: text search, status, priority, contractor, trade,
location, created by, overdue, due before; and saved filters. Emits a ``PunchFilter``
(typing is debounced, so SQL runs once per pause, not per key)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from executrek.app.saved_filters import SavedFilters
from executrek.models.records.punch.list_page import LIVE, PunchFilter
from executrek.models.records.punch.model import Priority, PunchStatus
from executrek.models.services.listings import Choice, ProjectChoices
from executrek.ui.widgets.choices import add_values
from executrek.ui.widgets.dates import today_qdate
from executrek.ui.widgets.flow_layout import FlowLayout, together
from executrek.ui.widgets.sizes import chars_wide

LIVE_KEY = "__live__"


def _fill(box: QComboBox, all_text: str, choices: tuple[Choice, ...], keep: Any) -> None:
    box.blockSignals(True)
    box.clear()
    box.addItem(all_text, None)
    for choice in choices:
        box.addItem(choice.label, choice.id)
    index = box.findData(keep) if keep else 0
    box.setCurrentIndex(max(0, index))
    box.blockSignals(False)


class PunchFilterBar(QWidget):
    changed = Signal(object)  # PunchFilter

    def __init__(self, saved: SavedFilters, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.saved = saved
        self._location_codes: dict[str, str] = {}  # casefolded code → location id
        flow = FlowLayout(self)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search titles and descriptions (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.status = QComboBox()
        self.status.addItem(self.tr("All statuses"), None)
        self.status.addItem(self.tr("Live (not closed or void)"), LIVE_KEY)
        add_values(self.status, PunchStatus)
        self.priority = QComboBox()
        self.priority.addItem(self.tr("All priorities"), None)
        add_values(self.priority, Priority)
        self.contractor = QComboBox()
        self.trade = QComboBox()
        self.location = QComboBox()
        self.creator = QComboBox()
        for box, text in (
            (self.contractor, self.tr("All contractors")),
            (self.trade, self.tr("All trades")),
            (self.location, self.tr("All locations")),
            (self.creator, self.tr("Anyone")),
        ):
            box.addItem(text, None)
        # The choice boxes by their key in a saved filter.
        self._boxes = {
            "status": self.status,
            "priority": self.priority,
            "contractor": self.contractor,
            "trade": self.trade,
            "location": self.location,
            "creator": self.creator,
        }
        chars_wide(10, *self._boxes.values())
        self.overdue = QCheckBox(self.tr("&Overdue only"))
        self.due_before_on = QCheckBox(self.tr("Due &before"))
        self.due_before = QDateEdit(today_qdate(days=7))
        self.due_before.setCalendarPopup(True)
        self.due_before.setDisplayFormat("yyyy-MM-dd")
        self.due_before.setEnabled(False)
        self.due_before_on.toggled.connect(self.due_before.setEnabled)
        self.saved_box = QComboBox()
        self.saved_box.setMinimumContentsLength(14)
        self.save_button = QPushButton(self.tr("Save filter…"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.reset_button = QPushButton(self.tr("Reset"))
        # One flowing row: on a wide window two lines, on a laptop three; never wider
        # than the widest group.
        self.search.setMinimumWidth(220)
        flow.add_widget(self.search, 3)
        for widget in (
            self.status,
            self.priority,
            self.overdue,
            self.contractor,
            self.trade,
            self.location,
            self.creator,
        ):
            flow.add_widget(widget)
        flow.add_widget(together(self.due_before_on, self.due_before))
        saved_label = QLabel(self.tr("Saved:"))
        saved_label.setBuddy(self.saved_box)
        flow.add_widget(
            together(
                saved_label,
                self.saved_box,
                self.save_button,
                self.delete_button,
                self.reset_button,
                grows=self.saved_box,
            )
        )

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self._emit)
        self.search.textChanged.connect(self._debounce.start)
        for box in self._boxes.values():
            box.currentIndexChanged.connect(self._emit)
        self.overdue.toggled.connect(self._emit)
        self.due_before_on.toggled.connect(self._emit)
        self.due_before.dateChanged.connect(lambda _d: self._emit())
        self.save_button.clicked.connect(self.save_current)
        self.delete_button.clicked.connect(self.delete_current)
        self.reset_button.clicked.connect(self.reset)
        self.saved_box.activated.connect(self._saved_picked)
        self._refresh_saved()

    # --- choices --------------------------------------------------------------------
    def set_choices(self, choices: ProjectChoices) -> None:
        _fill(
            self.contractor,
            self.tr("All contractors"),
            choices.contractors,
            self.contractor.currentData(),
        )
        _fill(self.trade, self.tr("All trades"), choices.trades, self.trade.currentData())
        _fill(
            self.location, self.tr("All locations"), choices.locations, self.location.currentData()
        )
        _fill(self.creator, self.tr("Anyone"), choices.creators, self.creator.currentData())
        self._location_codes = {c.label.casefold(): c.id for c in choices.location_codes}

    # --- value ----------------------------------------------------------------------
    def value(self) -> PunchFilter:
        status = self.status.currentData()
        statuses: frozenset[PunchStatus] = frozenset()
        if status == LIVE_KEY:
            statuses = frozenset(LIVE)
        elif status:
            statuses = frozenset({PunchStatus(status)})
        priority = self.priority.currentData()
        return PunchFilter(
            statuses=statuses,
            priorities=frozenset({Priority(priority)}) if priority else frozenset(),
            contractor_ids=frozenset({self.contractor.currentData()})
            if self.contractor.currentData()
            else frozenset(),
            trade_ids=frozenset({self.trade.currentData()})
            if self.trade.currentData()
            else frozenset(),
            location_id=self.location.currentData() or None,
            created_by=self.creator.currentData() or None,
            overdue_only=self.overdue.isChecked(),
            due_to=self.due_before.date().toPython()  # type: ignore[arg-type]
            if self.due_before_on.isChecked()
            else None,
            text=self.search.text().strip(),
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.search.text(),
            **{key: box.currentData() for key, box in self._boxes.items()},
            "overdue": self.overdue.isChecked(),
            "due_to": self.due_before.date().toString(Qt.DateFormat.ISODate)
            if self.due_before_on.isChecked()
            else None,
        }

    def from_dict(self, values: dict[str, Any]) -> None:
        widgets: list[QWidget] = [
            self.search,
            *self._boxes.values(),
            self.overdue,
            self.due_before_on,
            self.due_before,
        ]
        for w in widgets:
            w.blockSignals(True)
        self.search.setText(str(values.get("text") or ""))
        for key, box in self._boxes.items():
            box.setCurrentIndex(max(0, box.findData(values.get(key))))
        self.overdue.setChecked(bool(values.get("overdue")))
        due_to = values.get("due_to")
        self.due_before_on.setChecked(bool(due_to))
        self.due_before.setEnabled(bool(due_to))
        if due_to:
            try:
                day = dt.date.fromisoformat(str(due_to))
                self.due_before.setDate(QDate(day.year, day.month, day.day))
            except ValueError:
                self.due_before_on.setChecked(False)
        for w in widgets:
            w.blockSignals(False)
        self._emit()

    def reset(self) -> None:
        self.from_dict({})
        self.saved_box.setCurrentIndex(0)

    def _emit(self) -> None:
        self._debounce.stop()
        self._take_location_code()
        self.changed.emit(self.value())

    def _take_location_code(self) -> None:
        """A location code in the search box (typed, pasted, or sent by a scanner reading a
        printed QR location label) filters by that location and everything below it."""
        location_id = self._location_codes.get(self.search.text().strip().casefold())
        index = self.location.findData(location_id) if location_id else -1
        if index < 0:
            return
        for widget in (self.search, self.location):
            widget.blockSignals(True)
        self.search.clear()
        self.location.setCurrentIndex(index)
        for widget in (self.search, self.location):
            widget.blockSignals(False)

    # --- saved filters --------------------------------------------------------------
    def _refresh_saved(self, current: str | None = None) -> None:
        self.saved_box.blockSignals(True)
        self.saved_box.clear()
        self.saved_box.addItem(self.tr("(none)"), None)
        for name in self.saved.names():
            self.saved_box.addItem(name, name)
        self.saved_box.setCurrentIndex(max(0, self.saved_box.findData(current)))
        self.saved_box.blockSignals(False)
        self.delete_button.setEnabled(current is not None)

    def save_as(self, name: str) -> None:
        clean = name.strip()
        if not clean:
            return
        self.saved.put(clean, self.to_dict())
        self._refresh_saved(clean)

    def save_current(self) -> None:
        name, ok = QInputDialog.getText(
            self, self.tr("Save filter"), self.tr("Name of this filter:")
        )
        if ok:
            self.save_as(name)

    def delete_current(self) -> None:
        name = self.saved_box.currentData()
        if name:
            self.saved.remove(name)
            self._refresh_saved()

    def apply_saved(self, name: str) -> None:
        values = self.saved.filters.get(name)
        if values is not None:
            self._refresh_saved(name)
            self.from_dict(values)

    def _saved_picked(self, index: int) -> None:
        name = self.saved_box.itemData(index)
        self.delete_button.setEnabled(bool(name))
        if name:
            self.apply_saved(str(name))
