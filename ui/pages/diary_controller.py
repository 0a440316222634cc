"""What the site diary page does: read the calendar and a day off the GUI thread, open a
date (a new diary day or the one already there), and show what changed after every
write, whoever made it. The writes themselves are in ``diary_edits``.

Reads run on the db worker through ``MainWindow.call``; the page refreshes from the
window's ``changed`` signal (the diary's tables, photos and links), so an edit made
here, an undo, a sync or another page all show the same way.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal

from executrek.app.report_kinds import diary_data
from executrek.app.report_kinds.diary_data import LinkChoice, Pair
from executrek.app.report_kinds.diary_labels import error_text
from executrek.models import clock
from executrek.models.changes import Changes
from executrek.models.errors import DomainError
from executrek.models.records.diary import queries
from executrek.models.records.diary import service as diary
from executrek.models.records.diary.entries import ADDENDA_TABLE, ENTRY_KINDS, ENTRY_TABLES
from executrek.models.records.diary.model import KIND
from executrek.models.records.diary.queries import CalendarDay, DayDetail
from executrek.models.services import listings
from executrek.models.services.listings import Choice, ProjectChoices
from executrek.models.store import Store
from executrek.ui.pages.diary_register import read_register
from executrek.ui.pages.diary_sections import Line
from executrek.ui.widgets.record_list import FedController

if TYPE_CHECKING:
    from executrek.ui.main_window import MainWindow
    from executrek.ui.pages.diary_page import DiaryPage

STRIP_DAYS = 42  # the calendar strip shows six weeks up to today (or the date chosen)
WATCHED = (KIND.table, *ENTRY_TABLES, ADDENDA_TABLE, "photo_links", "record_links", "signatures")


@dataclass(frozen=True)
class DayState:
    """A day as the form shows it: the day whole and the names of its linked records."""

    detail: DayDetail
    labels: dict[Pair, str]


def read_day(store: Store, day_id: str) -> DayState | None:
    detail = queries.day_detail(store, day_id)
    if detail is None:
        return None
    pairs = [(x.other_type, x.other_id) for x in detail.links if x.from_type == "diary_delay"]
    return DayState(detail, diary_data.record_labels(store, pairs))


@dataclass(frozen=True)
class Calendar:
    start: dt.date
    end: dt.date
    days: tuple[CalendarDay, ...]


def lines_of(detail: DayDetail, labels: dict[Pair, str], kind: str) -> list[Line]:
    part = ENTRY_KINDS[kind].part
    linked: dict[str, list[str]] = {}
    for x in detail.links:
        if x.from_type == part:
            linked.setdefault(x.from_id, []).append(labels.get((x.other_type, x.other_id), ""))
    return [
        Line(e.id, e, len(detail.photos_of(part, e.id)), ", ".join(sorted(linked.get(e.id, []))))
        for e in detail.entries[kind]
    ]


class DiaryController(FedController["DiaryPage"]):
    """The page's reads and what it shows; see the module docstring."""

    day_shown = Signal(object)  # the DayDetail shown, None for a date without a diary
    calendar_loaded = Signal()
    register_loaded = Signal()

    def __init__(self, window: MainWindow, page: DiaryPage) -> None:
        super().__init__(window, page)
        self.select_latest = False
        self.detail: DayDetail | None = None
        self.date: dt.date = clock.today()
        self.choices: ProjectChoices | None = None
        self.link_choices: tuple[LinkChoice, ...] = ()
        self.anchor = clock.today()  # the strip runs from STRIP_DAYS before this to today

    def start(self) -> None:
        """Follow the window's project; the calendar reloads when the diary changes."""
        self.window_.changed.connect(self.on_changed)
        self.follow((*WATCHED, "photos"), self._calendar_query, self._calendar, self._project_set)

    # --- the project -------------------------------------------------------------------
    def _project_set(self, project_id: str) -> None:
        self.detail = None
        self.date = clock.today()
        self.anchor = self.date
        self.select_latest = True  # the first calendar of a project opens its latest day
        store = self.store
        self.window_.call(lambda: listings.choices(store, project_id), self._choices)
        self.window_.call(lambda: diary_data.link_choices(store, project_id), self._links)

    def _choices(self, choices: ProjectChoices) -> None:
        self.choices = choices
        for section in self.page.form.sections.values():
            section.form.set_choices("organisations", choices.contractors)
            section.form.set_choices("locations", choices.locations)

    def _links(self, found: tuple[LinkChoice, ...]) -> None:
        self.link_choices = found
        safety = [Choice(c.record_id, c.label) for c in found if c.variant == "safety"]
        self.page.form.sections["safety"].form.set_choices("contractor_issues", safety)
        self.page.form.sections["delay"].set_link_choices(found)

    # --- the calendar ------------------------------------------------------------------
    def _calendar_query(self, project_id: str) -> Callable[[], Calendar]:
        store = self.store
        end = clock.today()
        start = min(self.anchor, end) - dt.timedelta(days=STRIP_DAYS - 1)
        return lambda: Calendar(start, end, tuple(queries.calendar(store, project_id, start, end)))

    def _calendar(self, found: Calendar) -> None:
        me = self.store.actor.user_id
        self.page.calendar.set_days(found.start, found.end, found.days, me)
        self.calendar_loaded.emit()
        if self.select_latest:
            self.select_latest = False
            own = [d for d in found.days if d.author_id == me] or list(found.days)
            latest = own[-1].day if own else self.date
            self.page.calendar.select(latest, quiet=True)
            self.choose_date(latest)

    def choose_date(self, date: dt.date) -> None:
        """Show the diary of ``date`` (the strip's or the date box's), or say there is
        none yet."""
        self.date = date
        self.page.show_date(date)
        if not self.page.calendar.select(date, quiet=True) and date <= clock.today():
            self.anchor = date
            self.feed.refresh()
        found = self.page.calendar.day_of(date)
        if found is not None:
            self.show_day(found.day_id)
        else:
            self.detail = None
            self.page.show_no_day(date)
            self.day_shown.emit(None)

    # --- one day -----------------------------------------------------------------------
    def show_day(self, day_id: str) -> None:
        store = self.store
        self.window_.call(lambda: read_day(store, day_id), self._day)

    def _day(self, state: DayState | None) -> None:
        if state is None:
            self.detail = None
            self.page.show_no_day(self.date)
            self.day_shown.emit(None)
            return
        d = state.detail
        self.detail = d
        if d.day.day != self.date:
            self.date = d.day.day
            self.page.show_date(d.day.day)
            self.page.calendar.select(d.day.day, quiet=True)
        assert self.project_id is not None
        self.page.show_day(d)
        for kind, section in self.page.form.sections.items():
            section.set_lines(self.project_id, lines_of(d, state.labels, kind))
        self.day_shown.emit(d)

    def open_date(self, date: dt.date) -> None:
        """Open the diary of ``date``: the user's day when there is one, else a new one.
        A date in the future is refused with the service's message."""
        if self.project_id is None:
            return
        store, pid = self.store, self.project_id
        self.page.show_message("")

        def opened(done: object) -> None:
            day = getattr(done, "value", None)
            if day is not None:
                self.date = date
                self.show_day(day.id)
                self.feed.refresh()

        self.window_.call_form(lambda: diary.open_day(store, pid, date), opened, self.refused)

    def refused(self, exc: DomainError) -> None:
        self.page.show_message(error_text(exc))

    # --- what changed ------------------------------------------------------------------
    def on_changed(self, changes: Changes) -> None:
        """The day shown and the register follow every change (the feed reloads the
        calendar)."""
        if self.project_id is None or not changes.touches(*WATCHED, "photos"):
            return
        if self.detail is not None:
            self.show_day(self.detail.day.id)
        if self.page.register_visible():
            self.load_register()

    def load_register(self) -> None:
        if self.project_id is None:
            return
        store, pid, start = self.store, self.project_id, self.page.register.start()

        def shown(found: object) -> None:
            self.page.register.show_register(found)  # type: ignore[arg-type]
            self.register_loaded.emit()

        self.window_.call(lambda: read_register(store, pid, start), shown)
