"""The schedule page: the contractor's programme, update by update, as the owner's rep
reviews it.

At the top, the update shown (its data date, baseline flag, review) and the update its
bars and the Compare tab are compared with (the baseline unless chosen), the import and
the review of an update; under them, the update and the forecast in a line. Tabs: the
programme (WBS tree, activity table and Gantt, ``schedule_programme``), the DCMA
quality check and the comparison (``schedule_review``), the three-week look-ahead
(``schedule_lookahead``) and the delay events (``schedule_delays``). Layout only here:
``schedule_controller`` reads, computes and writes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QMenu,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from executrek.app.report_kinds.schedule_labels import date_text, days_text, value_word
from executrek.models.records.schedule.page_reads import BASELINE, PREVIOUS
from executrek.models.records.schedule.queries import UpdateRow
from executrek.ui.pages.schedule_controller import Loaded, Overview, ScheduleController
from executrek.ui.pages.schedule_delays import DelaysTab
from executrek.ui.pages.schedule_lookahead import LookaheadTab
from executrek.ui.pages.schedule_programme import ProgrammeTab
from executrek.ui.pages.schedule_review import CompareTab, QualityTab
from executrek.ui.widgets.flow_layout import FlowLayout, together
from executrek.ui.widgets.page_text import MessageLine, page_title
from executrek.ui.widgets.record_list import EmptyState
from executrek.ui.widgets.sizes import chars_wide

if TYPE_CHECKING:
    from executrek.ui.main_window import MainWindow


class SchedulePage(QWidget):
    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self.window_ = window
        self._forecast = ""  # the forecast line of the overview
        title = page_title(self.tr("Schedule"))
        self.update_box = QComboBox()
        self.update_box.setAccessibleName(self.tr("Programme update shown"))
        chars_wide(18, self.update_box)
        update_label = QLabel(self.tr("&Update"))
        update_label.setBuddy(self.update_box)
        self.against_box = QComboBox()
        self.against_box.setAccessibleName(self.tr("Compared with"))
        chars_wide(12, self.against_box)
        against_label = QLabel(self.tr("Compare &with"))
        against_label.setBuddy(self.against_box)
        self.import_button = QPushButton(self.tr("&Import programme…"))
        self.import_button.setObjectName("primaryAction")
        self.import_button.setToolTip(
            self.tr("Import the contractor's programme (P6 XER or MS Project XML) as a new update")
        )
        self.review_button = QPushButton(self.tr("Re&view…"))
        self.review_menu = QMenu(self.review_button)
        self.accept_action = self.review_menu.addAction(self.tr("Accept the update…"))
        self.reject_action = self.review_menu.addAction(self.tr("Reject the update…"))
        self.review_button.setMenu(self.review_menu)
        head = FlowLayout()
        head.add_widget(title)
        head.add_stretch()
        head.add_widget(together(update_label, self.update_box))
        head.add_widget(together(against_label, self.against_box))
        head.add_widget(self.import_button)
        head.add_widget(self.review_button)
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.message = MessageLine()

        self.programme = ProgrammeTab()
        self.quality = QualityTab()
        self.compare = CompareTab()
        self.lookahead = LookaheadTab()
        self.delays = DelaysTab()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.programme, self.tr("&Programme"))
        self.tabs.addTab(self.quality, self.tr("&Quality check"))
        self.tabs.addTab(self.compare, self.tr("C&ompare"))
        self.tabs.addTab(self.lookahead, self.tr("Look-a&head"))
        self.tabs.addTab(self.delays, self.tr("Dela&y events"))
        self.empty = EmptyState(
            self.tr("No programme yet"),
            self.tr(
                "Import the contractor's programme — a Primavera P6 .xer file or a Microsoft "
                "Project .xml file — to review its quality, follow its updates against the "
                "baseline and see the forecast computed from it. Each import is kept as an "
                "update; the first is the baseline."
            ),
            self.tr("Import a programme…"),
        )
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.tabs)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.info)
        layout.addWidget(self.message)
        layout.addWidget(self.stack, 1)
        self.table = self.programme.gantt.table  # the list a test or a search selects in
        self.controller = ScheduleController(window, self)
        self._wire()
        self.clear()
        self.controller.start()

    def _wire(self) -> None:
        c = self.controller
        self.update_box.currentIndexChanged.connect(
            lambda _i: c.pick_update(self.update_box.currentData() or "")
        )
        self.against_box.currentIndexChanged.connect(
            lambda _i: c.pick_against(self.against_box.currentData() or "")
        )
        self.import_button.clicked.connect(c.import_programme)
        self.empty.button.clicked.connect(c.import_programme)
        self.accept_action.triggered.connect(lambda: c.review("accepted"))
        self.reject_action.triggered.connect(lambda: c.review("rejected"))
        self.tabs.currentChanged.connect(lambda _i: c.tab_shown())
        for tab in (self.quality, self.compare, self.lookahead):
            tab.activity_opened.connect(c.open_activity)
        self.lookahead.window_changed.connect(lambda _d: c.window_changed())
        self.delays.new_requested.connect(c.new_delay)
        self.delays.edit_requested.connect(c.edit_delay)
        self.delays.decide_requested.connect(c.decide_delay)

    # --- what the controller shows -------------------------------------------------------
    def clear(self) -> None:
        self.update_box.blockSignals(True)
        self.update_box.clear()
        self.update_box.blockSignals(False)
        self.info.clear()
        self.show_message("")
        self.review_button.setEnabled(False)
        for tab in (self.quality, self.compare, self.lookahead):
            tab.clear()

    def show_overview(self, found: Overview, update_id: str | None, against: str) -> None:
        """The updates in the pickers (``update_id`` chosen), the delay events, and the
        empty state while the project has no programme."""
        self.stack.setCurrentWidget(self.tabs if found.updates else self.empty)
        self.update_box.blockSignals(True)
        self.update_box.clear()
        for u in reversed(found.updates):  # the latest first
            self.update_box.addItem(self.update_text(u), u.id)
        self.update_box.setCurrentIndex(max(0, self.update_box.findData(update_id)))
        self.update_box.blockSignals(False)
        self.against_box.blockSignals(True)
        self.against_box.clear()
        self.against_box.addItem(self.tr("The baseline"), BASELINE)
        self.against_box.addItem(self.tr("The previous update"), PREVIOUS)
        for u in reversed(found.updates):
            self.against_box.addItem(self.update_text(u), u.id)
        self.against_box.setCurrentIndex(max(0, self.against_box.findData(against)))
        self.against_box.blockSignals(False)
        self.delays.set_rows(list(found.delays))
        self._forecast = self._forecast_text(found)

    def update_text(self, u: UpdateRow) -> str:
        parts = [u.number, u.data_date.isoformat()]
        if u.is_baseline:
            parts.append(self.tr("baseline"))
        if u.status == "rejected":
            parts.append(self.tr("rejected"))
        return " · ".join(parts)

    def _forecast_text(self, found: Overview) -> str:
        f = found.forecast
        if f is None or f.forecast_finish is None:
            return ""
        variance = f.variance_days
        text = self.tr("Forecast completion {forecast} against the contractual {contract}").format(
            forecast=date_text(f.forecast_finish), contract=date_text(f.contract_finish)
        )
        if variance is not None:
            text += " — " + (
                self.tr("{days} days late").format(days=variance)
                if variance > 0
                else self.tr("on time ({days} days to spare)").format(days=-variance)
            )
        if f.completion_float is not None:
            text += " · " + self.tr("float on the critical path {days} working days").format(
                days=days_text(f.completion_float)
            )
        return text + " " + self.tr("(from {number})").format(number=f.programme.update.number)

    def show_loaded(self, found: Loaded) -> None:
        view = found.view
        u = view.data.update
        self.programme.show_rows(
            found.rows,
            found.names,
            view.locations,
            view.location_paths,
            found.span,
            u.data_date.toordinal(),
            found.shown,
        )
        against = (
            self.tr("bars under: {number}").format(number=view.against.update.number)
            if view.against is not None
            else self.tr("nothing to compare with")
        )
        line = " · ".join(
            [
                f"{u.number} — " + self.tr("data date {date}").format(date=u.data_date.isoformat()),
                value_word(u.status),
                self.tr(
                    "{activities} activities, {links} relationships, {milestones} milestones"
                ).format(
                    activities=u.activity_count, links=u.link_count, milestones=u.milestone_count
                ),
                self.tr("finish {date}").format(date=date_text(u.finish_date)),
                against,
            ]
        )
        self.info.setText(line + ("\n" + self._forecast if self._forecast else ""))
        self.review_button.setEnabled(u.status == "submitted")

    def against_words(self, update: UpdateRow) -> str:
        """What the earlier update of a comparison is, in words."""
        return self.tr("the baseline") if update.is_baseline else self.tr("an earlier update")

    def show_message(self, text: str, *, error: bool = True) -> None:
        self.message.say(text, error=error)

    def show_tab(self, tab: QWidget) -> None:
        self.tabs.setCurrentWidget(tab)

    def pick_update(self, update_id: str) -> None:
        index = self.update_box.findData(update_id)
        if index >= 0:
            self.update_box.setCurrentIndex(index)

    def show_record(self, record_id: str) -> None:
        """Open a schedule update or a delay event by id (search everywhere)."""
        self.controller.show_record(record_id)
