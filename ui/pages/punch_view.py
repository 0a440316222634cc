"""The punch list page's layout: the heading with the counts, the filter bar, quick entry,
the SQL-paged table beside (or above) the detail pane, the empty state and the bulk
actions. Only widgets and their arrangement; ``PunchPage`` (``punch_page.py``) gives
them their behaviour. Texts are in the punch page's translation context."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from executrek.app import list_columns_punch as punch_columns
from executrek.app.saved_filters import SavedFilters
from executrek.models import clock
from executrek.models.records.punch.list_page import PunchFilter, PunchRow
from executrek.models.records.punch.model import Priority, PunchStatus
from executrek.ui.pages.punch_detail import PunchDetailPane
from executrek.ui.widgets.adaptive_splitter import AdaptiveSplitter
from executrek.ui.widgets.choices import add_values
from executrek.ui.widgets.column_chooser import ColumnChooser
from executrek.ui.widgets.columns import screen_columns
from executrek.ui.widgets.dates import today_qdate
from executrek.ui.widgets.flow_layout import FlowLayout, together
from executrek.ui.widgets.list_export import ListExporter
from executrek.ui.widgets.location_box import LocationBox
from executrek.ui.widgets.page_text import page_title
from executrek.ui.widgets.paged_model import PagedModel
from executrek.ui.widgets.punch_filter_bar import PunchFilterBar
from executrek.ui.widgets.record_list import EmptyState
from executrek.ui.widgets.sizes import chars_wide

if TYPE_CHECKING:
    from executrek.ui.main_window import MainWindow

# The table's starting widths (px) by column key; the last column stretches.
WIDTHS = {
    "number": 90,
    "title": 300,
    "status": 130,
    "priority": 90,
    "due_date": 100,
    "location": 240,
    "contractor": 170,
}
BULK_STATUSES = (
    PunchStatus.READY_FOR_REVIEW,
    PunchStatus.CLOSED,
    PunchStatus.OPEN,
    PunchStatus.VOID,
)


translate = QCoreApplication.translate  # texts in the "PunchPage" context, as before the split


class PunchPageView(QWidget):
    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self.window_ = window
        self.saved = SavedFilters.load(window.ctx.paths.data / "saved_filters.json")
        self.filter = PunchFilter()  # what the list shows (the exporter writes the same)
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        self.head = QHBoxLayout()
        title = page_title(translate("PunchPage", "Punch list"))
        self.count_label = QLabel()
        self.count_label.setObjectName("muted")
        self.head.addWidget(title)
        self.head.addSpacing(12)
        self.head.addWidget(self.count_label, 1)
        layout.addLayout(self.head)

        self.filter_bar = PunchFilterBar(self.saved)
        layout.addWidget(self.filter_bar)
        layout.addLayout(self._quick_entry())
        layout.addWidget(self.quick_message)

        self.today = clock.today()
        self.columns = screen_columns(punch_columns.SCREEN, lambda: self.today)
        self.model: PagedModel[PunchRow] = PagedModel(window.runner, self.columns, self)
        self.table = self._table()
        self.chooser = ColumnChooser(self.table, self.columns, self.saved, "punch")
        self.head.addWidget(self.chooser.button(self))
        self.exporter = ListExporter(window, self, "punch", lambda: self.filter)
        self.head.addWidget(self.exporter.button)

        self.detail = PunchDetailPane(window)
        # Side by side on a wide window; the detail goes below the list on a narrow one.
        self.splitter = AdaptiveSplitter(self.table, self.detail, breakpoint=860, shares=(5, 3))
        layout.addWidget(self.splitter, 1)
        self.empty_state = EmptyState(
            translate("PunchPage", "No punch items in this project yet"),
            translate(
                "PunchPage",
                "The punch list holds the defects and unfinished work found on site, each "
                "with its location, contractor, due date and photos, until it is closed. "
                "Type a title in quick entry above and press Enter; the location and "
                "contractor are kept for the next one.",
            ),
            translate("PunchPage", "Add the first punch item"),
        )
        self.empty_state.hide()
        layout.addWidget(self.empty_state, 1)
        self.bulk_bar = self._bulk_bar()
        layout.addWidget(self.bulk_bar)

    def _quick_entry(self) -> QHBoxLayout:
        """Type a title, Enter, next (location and contractor remembered)."""
        quick = QHBoxLayout()
        self.quick_title = QLineEdit()
        self.quick_title.setPlaceholderText(
            translate("PunchPage", "Quick entry: type a title and press Enter (Ctrl+E)")
        )
        self.quick_location = LocationBox()
        self.quick_contractor = QComboBox()
        self.quick_priority = QComboBox()
        add_values(self.quick_priority, Priority, Priority.MEDIUM)
        chars_wide(14, self.quick_location, self.quick_contractor)
        self.quick_add = QPushButton(translate("PunchPage", "Add"))
        self.quick_message = QLabel()
        self.quick_message.setObjectName("muted")
        self.quick_message.hide()  # shown with a message only: no empty line on a laptop
        quick.addWidget(self.quick_title, 3)
        quick.addWidget(self.quick_location, 2)
        quick.addWidget(self.quick_contractor, 2)
        quick.addWidget(self.quick_priority)
        quick.addWidget(self.quick_add)
        return quick

    def _table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setAlternatingRowColors(True)
        table.setSortingEnabled(True)
        table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(34)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for index, column in enumerate(self.columns):
            if column.key in WIDTHS:
                table.setColumnWidth(index, WIDTHS[column.key])
        return table

    def _bulk_bar(self) -> QWidget:
        """The bulk actions on one line; the selection count sits in the heading."""
        bar = QWidget()
        bulk = FlowLayout(bar)
        self.selection_label = QLabel(translate("PunchPage", "No items selected"))
        self.bulk_status = QComboBox()
        add_values(self.bulk_status, BULK_STATUSES)
        self.bulk_status_button = QPushButton(translate("PunchPage", "Set status"))
        self.bulk_close_button = QPushButton(translate("PunchPage", "Close selected"))
        self.bulk_assignee = QComboBox()
        self.bulk_assign_button = QPushButton(translate("PunchPage", "Assign"))
        self.bulk_due = QDateEdit(today_qdate(days=7))
        self.bulk_due.setCalendarPopup(True)
        self.bulk_due.setDisplayFormat("yyyy-MM-dd")
        self.bulk_due_button = QPushButton(translate("PunchPage", "Set due date"))
        self.select_all_button = QPushButton(translate("PunchPage", "Select all matching"))
        chars_wide(10, self.bulk_assignee)
        head = self.head
        head.setStretchFactor(self.count_label, 0)
        head.insertSpacing(head.indexOf(self.count_label) + 1, 16)
        head.insertWidget(head.indexOf(self.count_label) + 2, self.selection_label, 1)
        bulk.add_stretch()
        for widget in (
            self.select_all_button,
            self.bulk_close_button,
            together(self.bulk_status, self.bulk_status_button),
            together(self.bulk_assignee, self.bulk_assign_button),
            together(self.bulk_due, self.bulk_due_button),
        ):
            bulk.add_widget(widget)
        return bar
