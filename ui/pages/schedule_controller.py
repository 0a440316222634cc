"""What the schedule page does: read the project's updates, delay events and forecast,
then the update picked (with the update it is compared with) off the GUI thread; compute
the quality check and the comparison on the cpu pool and read the look-ahead when their
tab is shown; open an activity on the programme tab; and run the page's writes (import,
review, delay events) through their dialogs.

The page refreshes from the window's ``changed`` signal: a new update or a delay event
reloads the overview; links to activities (field evidence) reload the update shown.
Answers to a pick the user has already moved on from are dropped.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal

from executrek.app.report_kinds.schedule_lines import change_sections
from executrek.models.changes import Changes
from executrek.models.records.schedule import compare, quality, queries
from executrek.models.records.schedule.forecast import ScheduleForecast, schedule_forecast
from executrek.models.records.schedule.lookahead import lookahead
from executrek.models.records.schedule.page_reads import BASELINE, ScheduleView, schedule_view
from executrek.models.records.schedule.queries import DelayRow, UpdateRow
from executrek.models.store import Store
from executrek.ui.pages.page_feed import project_read
from executrek.ui.pages.schedule_delays import DecisionDialog, DelayDialog
from executrek.ui.pages.schedule_import import ImportDialog, ReviewDialog
from executrek.ui.widgets.gantt_rows import Filter, GanttRow, chart_rows, day_span, visible_rows
from executrek.ui.widgets.record_list import FedController

if TYPE_CHECKING:
    from executrek.ui.main_window import MainWindow
    from executrek.ui.pages.schedule_page import SchedulePage

WATCHED = ("schedule_updates", "schedule_delay_events")
EVIDENCE = ("record_links", "schedule_activities")  # what the update shown reads besides


@dataclass(frozen=True)
class Overview:
    updates: tuple[UpdateRow, ...]
    delays: tuple[DelayRow, ...]
    forecast: ScheduleForecast | None


def read_overview(store: Store, project_id: str) -> Overview:
    return Overview(
        tuple(queries.updates(store, project_id)),
        tuple(queries.delay_events(store, project_id)),
        schedule_forecast(store, project_id),
    )


@dataclass(frozen=True)
class Loaded:
    """An update read and its Gantt rows built (on the worker)."""

    view: ScheduleView
    rows: list[GanttRow]
    names: dict[str, str]  # WBS path → its name
    span: tuple[int, int] | None
    shown: list[GanttRow]  # every row under its WBS heading: the chart without a filter


def read_loaded(
    store: Store, project_id: str, update_id: str | None, against: str, unnamed: str = ""
) -> Loaded | None:
    """The update read and its Gantt rows built, all of them shown under their WBS
    headings too (``unnamed`` heads the activities outside the WBS)."""
    view = schedule_view(store, project_id, update_id, against)
    if view is None:
        return None
    compared = view.against.by_code() if view.against is not None else None
    rows = chart_rows(view.data.activities, compared)
    names = {a.wbs_path: a.wbs_name for a in view.data.activities if a.wbs_path and a.wbs_name}
    shown = visible_rows(rows, Filter(), names, unnamed=unnamed)
    return Loaded(view, rows, names, day_span(rows), shown)


def update_number(update: UpdateRow) -> int | None:
    """``SU-004`` → 4 (None for a draft number)."""
    tail = update.number.rpartition("-")[2]
    return int(tail) if tail.isdigit() else None


class ScheduleController(FedController["SchedulePage"]):
    overview_loaded = Signal()
    view_loaded = Signal()
    quality_loaded = Signal()
    compare_loaded = Signal()
    lookahead_loaded = Signal()

    def __init__(self, window: MainWindow, page: SchedulePage) -> None:
        super().__init__(window, page)
        self.overview: Overview | None = None
        self.loaded: Loaded | None = None
        self.update_id: str | None = None
        self.against = BASELINE
        self.wanted: str | None = None  # a record to show once the lists arrive
        self._asked = 0  # the latest update read asked for (older answers are dropped)
        self._stale: set[str] = set()  # tabs to read again when shown

    def start(self) -> None:
        self.window_.changed.connect(self._changed)
        self.follow(
            WATCHED, project_read(self.window_, read_overview), self._overview, self._project_set
        )

    # --- the project and its updates ---------------------------------------------------
    def _project_set(self, _project_id: str) -> None:
        self.overview = self.loaded = None
        self.update_id = None
        self.page.clear()

    def _overview(self, found: Overview) -> None:
        self.overview = found
        ids = [u.id for u in found.updates]
        if self.wanted in ids:
            self.update_id, self.wanted = self.wanted, None
        elif self.update_id not in ids:
            current = queries.current(list(found.updates))
            self.update_id = current.id if current is not None else None
        self.page.show_overview(found, self.update_id, self.against)
        if self.wanted is not None and self.page.delays.select(self.wanted):
            self.page.show_tab(self.page.delays)
            self.wanted = None
        self.overview_loaded.emit()
        shown = self.loaded.view.data.update if self.loaded is not None else None
        now = next((u for u in found.updates if u.id == self.update_id), None)
        if now is not None and (shown != now or "view" in self._stale):  # picked, or reviewed
            self.load_view()

    def _changed(self, changes: Changes) -> None:
        if self.project_id is None:
            return
        if changes.touches(*EVIDENCE):
            self._stale.add("view")
            if not changes.touches(*WATCHED):  # the feed reloads the overview otherwise
                self.load_view()
        if changes.touches("punch_items", "contractor_issues", *EVIDENCE):
            self._stale.add("lookahead")
            self.tab_shown()

    def pick_update(self, update_id: str) -> None:
        if update_id and update_id != self.update_id:
            self.page.show_message("")
            self.update_id = update_id
            self.load_view()

    def pick_against(self, against: str) -> None:
        if against and against != self.against:
            self.page.show_message("")
            self.against = against
            self.load_view()

    def load_view(self) -> None:
        if self.project_id is None or self.update_id is None:
            return
        self._stale.discard("view")
        self._asked += 1
        asked, store, pid = self._asked, self.store, self.project_id
        update_id, against = self.update_id, self.against
        unnamed = self.page.programme.unnamed

        def loaded(found: Loaded | None) -> None:
            if asked == self._asked:
                self._loaded(found)

        self.window_.call(lambda: read_loaded(store, pid, update_id, against, unnamed), loaded)

    def _loaded(self, found: Loaded | None) -> None:
        self.loaded = found
        if found is None:
            return
        self.page.show_loaded(found)
        self._stale.update({"quality", "compare", "lookahead"})
        self.view_loaded.emit()
        self.tab_shown()

    # --- the tabs ------------------------------------------------------------------------
    def tab_shown(self) -> None:
        """Read what the tab shown needs, if it is out of date."""
        tab = self.page.tabs.currentWidget()
        for key, widget, load in (
            ("quality", self.page.quality, self.load_quality),
            ("compare", self.page.compare, self.load_compare),
            ("lookahead", self.page.lookahead, self.load_lookahead),
        ):
            if tab is widget and key in self._stale:
                self._stale.discard(key)
                load()

    def _fresh(self, fn: Callable[[Any], None]) -> Callable[[Any], None]:
        """``fn`` for an answer about the update shown now, dropped otherwise."""
        asked = self._asked
        return lambda result: fn(result) if asked == self._asked else None

    def load_quality(self) -> None:
        if self.loaded is None:
            return
        view = self.loaded.view

        def shown(report: quality.QualityReport) -> None:
            self.page.quality.show_report(report)
            self.quality_loaded.emit()

        self.window_.call(
            lambda: quality.check(view.data, view.baseline), self._fresh(shown), pool="cpu"
        )

    def load_compare(self) -> None:
        if self.loaded is None:
            return
        view = self.loaded.view
        if view.against is None:
            self.page.compare.clear(
                self.tr("{number} has nothing to compare with: it is the first update.").format(
                    number=view.data.update.number
                )
            )
            self.compare_loaded.emit()
            return
        earlier, later = view.against, view.data

        def work() -> tuple[compare.Comparison, Any]:
            c = compare.compare(earlier, later)
            names = {a.code: a.name for a in (*earlier.activities, *later.activities)}
            return c, change_sections(c, names)

        def shown(result: tuple[compare.Comparison, Any]) -> None:
            c, sections = result
            self.page.compare.show_comparison(c, sections, self.page.against_words(earlier.update))
            self.compare_loaded.emit()

        self.window_.call(work, self._fresh(shown), pool="cpu")

    def load_lookahead(self) -> None:
        if self.loaded is None or self.project_id is None:
            return
        update = self.loaded.view.data.update
        number = update_number(update)
        store, pid, days = self.store, self.project_id, self.page.lookahead.days.value()
        if number is None and update.id != self.current_id():
            self.page.lookahead.clear(
                self.tr("{number} has no number yet: its look-ahead shows after a sync.").format(
                    number=update.number
                )
            )
            return

        def shown(result: Any) -> None:
            self.page.lookahead.show_rows(*result)
            self.lookahead_loaded.emit()

        self.window_.call(
            lambda: lookahead(store, pid, number=number, days=days), self._fresh(shown)
        )

    def window_changed(self) -> None:
        self._stale.add("lookahead")
        self.tab_shown()

    def current_id(self) -> str | None:
        if self.overview is None:
            return None
        found = queries.current(list(self.overview.updates))
        return found.id if found is not None else None

    # --- opening -------------------------------------------------------------------------
    def open_activity(self, code: str) -> None:
        """Show activity ``code`` on the programme tab (filters cleared if they hide it)."""
        self.page.show_tab(self.page.programme)
        if not self.page.programme.reveal(code):
            self.page.show_message(
                self.tr("Activity {code} is not in {number}.").format(
                    code=code, number=self.loaded.view.data.update.number if self.loaded else ""
                )
            )

    def show_record(self, record_id: str) -> None:
        """An update (picked) or a delay event (selected on its tab), by id."""
        if self.overview is None:
            self.wanted = record_id
            return
        if any(u.id == record_id for u in self.overview.updates):
            self.page.show_tab(self.page.programme)
            self.page.pick_update(record_id)
        elif self.page.delays.select(record_id):
            self.page.show_tab(self.page.delays)

    # --- writes --------------------------------------------------------------------------
    def import_programme(self) -> ImportDialog | None:
        if self.project_id is None:
            return None
        dialog = ImportDialog(self.window_, self.project_id)

        def imported() -> None:
            u = dialog.imported
            if u is None:
                return
            self.wanted = u.id
            text = self.tr(
                "{number} imported: {activities} activities, {links} relationships, "
                "{milestones} milestones; data date {date}."
            ).format(
                number=u.number,
                activities=u.activities,
                links=u.links,
                milestones=u.milestones,
                date=u.data_date.isoformat(),
            )
            if u.other_project_links:
                text += " " + self.tr(
                    "{count} relationships to activities of other projects in the file were "
                    "left out."
                ).format(count=u.other_project_links)
            self.page.show_message(text, error=False)

        dialog.accepted.connect(imported)
        dialog.open()
        return dialog

    def review(self, status: str) -> ReviewDialog | None:
        update = self.loaded.view.data.update if self.loaded is not None else None
        if update is None or update.status != "submitted":
            return None
        dialog = ReviewDialog(self.window_, update, status)
        dialog.open()
        return dialog

    def new_delay(self) -> DelayDialog | None:
        if self.project_id is None:
            return None
        dialog = DelayDialog(self.window_, self.project_id, self.codes())
        dialog.open()
        return dialog

    def edit_delay(self, row: DelayRow) -> DelayDialog | None:
        if self.project_id is None:
            return None
        dialog = DelayDialog(self.window_, self.project_id, self.codes(), row)
        dialog.open()
        return dialog

    def decide_delay(self, row: DelayRow, status: str) -> DecisionDialog:
        dialog = DecisionDialog(self.window_, row, status)
        dialog.open()
        return dialog

    def codes(self) -> list[str]:
        if self.loaded is None:
            return []
        return [a.code for a in self.loaded.view.data.activities if a.is_work]
