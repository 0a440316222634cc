"""The site diary page: the calendar strip of the project's diary days, the day form in
sections and the delay register across days.

Keyboard first: the strip moves with Left/Right and opens a date with Enter; Tab runs
through the day's boxes; Ctrl+D copies the previous diary day's weather and manpower;
Ctrl+Z undoes. "Sign and close…" seals the day with a drawn signature; a closed day is
read-only and takes addenda instead. "Raise…" makes a punch item, an issue, a safety
issue or a change event with the day's context. Layout only here: the controller
(``diary_controller``) reads and shows, ``diary_edits`` writes.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QLabel,
    QMenu,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from executrek.app.permissions import Action
from executrek.app.report_kinds.diary_labels import value_word
from executrek.models import clock
from executrek.models.records.diary.queries import DayDetail
from executrek.ui.pages.diary_calendar import CalendarStrip
from executrek.ui.pages.diary_controller import DiaryController
from executrek.ui.pages.diary_day_view import DayForm
from executrek.ui.pages.diary_edits import DiaryEdits
from executrek.ui.pages.diary_register import RegisterView
from executrek.ui.widgets.dates import qdate, today_qdate
from executrek.ui.widgets.flow_layout import FlowLayout, together
from executrek.ui.widgets.form_parts import tipped_button
from executrek.ui.widgets.page_text import MessageLine, page_title
from executrek.ui.widgets.permission_gate import each, gate_project
from executrek.ui.widgets.record_list import add_shortcut
from executrek.ui.widgets.screen_fit import scrolling

if TYPE_CHECKING:
    from executrek.ui.main_window import MainWindow


class DiaryPage(QWidget):
    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self.window_ = window
        self.dialog: QWidget | None = None  # the dialog open last (tests reach it here)
        title = page_title(self.tr("Site diary"))
        self.date_edit = QDateEdit(today_qdate())
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setAccessibleName(self.tr("Date of the diary"))
        date_label = QLabel(self.tr("&Date"))
        date_label.setBuddy(self.date_edit)
        self.open_button = tipped_button(
            self.tr("&Open day"), self.tr("Open the diary of the date (a new one if none)")
        )
        self.copy_button = tipped_button(
            self.tr("Copy &yesterday"),
            self.tr("The previous diary day's weather and manpower into this day (Ctrl+D)"),
        )
        self.raise_button = QPushButton(self.tr("&Raise…"))
        self.raise_menu = QMenu(self.raise_button)
        self.raise_button.setMenu(self.raise_menu)
        self.close_button = QPushButton(self.tr("&Sign and close…"))
        self.addendum_button = QPushButton(self.tr("Add a&ddendum…"))
        head = FlowLayout()
        head.add_widget(title)
        head.add_stretch()
        head.add_widget(together(date_label, self.date_edit, self.open_button))
        for button in (self.copy_button, self.raise_button, self.close_button):
            head.add_widget(button)
        head.add_widget(self.addendum_button)
        self.calendar = CalendarStrip()
        self.info = QLabel()
        self.info.setObjectName("sectionTitle")
        self.info.setWordWrap(True)
        self.message = MessageLine()

        self.form = DayForm(window)
        self.day_scroll = scrolling(self.form)
        self.empty = QWidget()
        empty_layout = QVBoxLayout(self.empty)
        self.empty_text = QLabel()
        self.empty_text.setWordWrap(True)
        self.start_button = QPushButton()
        self.start_button.setObjectName("primaryAction")
        empty_layout.addWidget(self.empty_text)
        empty_layout.addWidget(self.start_button)
        empty_layout.addStretch(1)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.day_scroll)
        self.register = RegisterView()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.stack, self.tr("The &day"))
        self.tabs.addTab(self.register, self.tr("Delay re&gister"))

        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.calendar)
        layout.addWidget(self.info)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs, 1)

        self.controller = DiaryController(window, self)
        self.edits = DiaryEdits(window, self, self.controller)
        self._wire()
        self.show_no_day(clock.today())
        writes = (self.start_button, self.copy_button, self.raise_button, self.close_button)
        self.gate = gate_project(  # a viewer reads the diary only
            window, self, each(Action.WRITE, *writes, self.addendum_button, self.form)
        )
        self.controller.start()

    def _wire(self) -> None:
        c, e = self.controller, self.edits
        self.calendar.date_chosen.connect(c.choose_date)
        self.calendar.date_opened.connect(self._open_chosen)
        self.date_edit.dateChanged.connect(lambda d: c.choose_date(d.toPython()))
        self.open_button.clicked.connect(lambda: c.open_date(self.date()))
        self.start_button.clicked.connect(lambda: c.open_date(self.date()))
        self.copy_button.clicked.connect(e.copy_previous)
        self.close_button.clicked.connect(e.close_day)
        self.addendum_button.clicked.connect(e.add_addendum)
        raise_kinds = (
            ("punch_item", self.tr("A &punch item")),
            ("issue", self.tr("An &issue")),
            ("safety", self.tr("A &safety issue")),
            ("change_event", self.tr("A &change event")),
        )
        for kind, text in raise_kinds:
            action = self.raise_menu.addAction(text)
            action.triggered.connect(lambda _c=False, k=kind: e.raise_from_day(k))
        self.form.day_edited.connect(e.save_day)
        self.form.strip.photo_activated.connect(lambda p: e.edit_markup(self.form.strip, p))
        for section in self.form.sections.values():
            section.save_requested.connect(e.save_entry)
            section.remove_requested.connect(e.remove_entry)
            section.link_requested.connect(e.link_delay)
            section.photo_activated.connect(e.edit_markup)
            section.line_selected.connect(e.line_selected)
        self.register.period_changed.connect(c.load_register)
        self.register.day_opened.connect(self._open_delay_day)
        self.tabs.currentChanged.connect(
            lambda _i: c.load_register() if self.register_visible() else None
        )
        add_shortcut(
            self, self.tr("Copy yesterday's weather and manpower"), "Ctrl+D", e.copy_previous
        )

    # --- what the controller shows ---------------------------------------------------------
    def date(self) -> dt.date:
        value: dt.date = self.date_edit.date().toPython()  # type: ignore[assignment]
        return value

    def show_date(self, date: dt.date) -> None:
        if self.date() != date:
            self.date_edit.blockSignals(True)
            self.date_edit.setDate(QDate(qdate(date)))
            self.date_edit.blockSignals(False)

    def show_no_day(self, date: dt.date) -> None:
        future = date > clock.today()
        self.info.setText(date.isoformat())
        self.empty_text.setText(
            self.tr("{date} is still to come: a diary is written on its day.").format(
                date=date.isoformat()
            )
            if future
            else self.tr("There is no diary for {date} yet.").format(date=date.isoformat())
        )
        self.start_button.setText(
            self.tr("Start the diary of {date}").format(date=date.isoformat())
        )
        self.stack.setCurrentWidget(self.empty)
        self.form.strip.clear_record()
        for button in (
            self.copy_button,
            self.close_button,
            self.addendum_button,
            self.raise_button,
        ):
            button.setEnabled(False)

    def show_day(self, detail: DayDetail) -> None:
        d = detail.day
        parts = [d.number, d.day.isoformat(), d.author or "", value_word(d.status)]
        people = self.tr("{count} on site").format(count=detail.headcount)
        self.info.setText(" · ".join([p for p in parts if p] + [people]))
        if d.closed:
            self.info.setText(
                self.info.text() + " — " + self.tr("read-only: corrections are addenda")
            )
        self.stack.setCurrentWidget(self.day_scroll)
        self.form.show_day(d)
        self.form.show_addenda(detail.addenda, d.closed)
        if self.form.strip.record != ("diary_day", d.id):
            self.form.strip.set_record(d.project_id, "diary_day", d.id)
        self.copy_button.setEnabled(not d.closed)
        self.close_button.setEnabled(not d.closed)
        self.addendum_button.setEnabled(d.closed)
        self.raise_button.setEnabled(True)

    def show_message(self, text: str, *, error: bool = True) -> None:
        """The page's message line: a refusal in red, a result in the normal colour."""
        self.message.say(text, error=error)

    def register_visible(self) -> bool:
        return self.tabs.currentWidget() is self.register

    def _open_chosen(self, date: dt.date) -> None:
        if self.calendar.day_of(date) is None:
            self.controller.open_date(date)

    def _open_delay_day(self, day_id: str) -> None:
        self.tabs.setCurrentWidget(self.stack)
        self.controller.show_day(day_id)

    def show_record(self, day_id: str) -> None:
        """Open a diary day by id (search everywhere, another page's link)."""
        self._open_delay_day(day_id)
