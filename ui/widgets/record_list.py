"""The pieces the record list pages (change orders, contractor issues, risks, the
directory) share, to be composed by each page:

- :class:`ProjectFeed` loads a page's data for the current project off the GUI thread,
  again when the project changes or a change touches one of the page's tables;
- :class:`FilterBar` is the search box, the "All …" choice boxes and the page's buttons;
- :func:`record_table` is the list's table view, set up the same way everywhere;
- :func:`side_by_side` puts the list beside its :class:`DetailSide`, the detail side's
  heading ("Select an issue") and summary;
- :class:`KeepSelection` loads the selected record and keeps it selected across reloads;
- :class:`EmptyState` stands in for the list and its detail while the project has no
  record of the page's kind: what the page is for and the first action;
- :func:`add_shortcut` is a page-wide keyboard shortcut."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtCore import QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from executrek.models.changes import Changes
from executrek.ui.labels import value_label
from executrek.ui.widgets.adaptive_splitter import AdaptiveSplitter
from executrek.ui.widgets.columns import R
from executrek.ui.widgets.rows_model import RowsModel

if TYPE_CHECKING:
    from executrek.models.store import Store
    from executrek.ui.main_window import MainWindow

T = TypeVar("T")
U = TypeVar("U")

# Given the project, the work to run off the GUI thread; it is built on the GUI thread so it
# can read the page's filters there.
Query = Callable[[str], Callable[[], T]]


class ProjectFeed(QObject, Generic[T]):
    """The current project of a page and its data: on a project change ``on_project`` runs
    (clear the detail, load choices…) and ``query`` is loaded into ``loaded``; a change
    touching one of ``tables`` loads it again. Call :meth:`start` once the page is built."""

    def __init__(
        self,
        window: MainWindow,
        page: QWidget,
        tables: Sequence[str],
        query: Query[T],
        loaded: Callable[[T], None],
        on_project: Callable[[str], None] | None = None,
    ) -> None:
        super().__init__(page)
        self.window_ = window
        self.tables = tuple(tables)
        self.query = query
        self.loaded = loaded
        self.on_project = on_project
        self.project_id: str | None = None

    def start(self) -> None:
        self.window_.project_changed.connect(self.set_project)
        self.window_.changed.connect(self.on_changed)
        if self.window_.current_project_id:
            self.set_project(self.window_.current_project_id)

    def set_project(self, project_id: str) -> None:
        self.project_id = project_id
        if self.on_project is not None:
            self.on_project(project_id)
        self.refresh()

    def on_changed(self, changes: Changes) -> None:
        if self.project_id and changes.touches(*self.tables):
            self.refresh()

    def refresh(self) -> None:
        if self.project_id is not None:
            self.window_.call(self.query(self.project_id), self.loaded)

    def fetch(self, work: Callable[[], U], on_done: Callable[[U], None]) -> None:
        """Run other reads of the page (choices, links…) the same way."""
        self.window_.call(work, on_done)


P = TypeVar("P", bound=QWidget)


class FedController(QObject, Generic[P]):
    """A page's controller fed by the window's current project: the store, the project
    shown and :meth:`follow`, which starts the page's ``ProjectFeed``."""

    feed: ProjectFeed[Any]

    def __init__(self, window: MainWindow, page: P) -> None:
        super().__init__(page)
        self.window_ = window
        self.page = page

    @property
    def store(self) -> Store:
        return self.window_.ctx.store

    @property
    def project_id(self) -> str | None:
        return self.feed.project_id

    def follow(
        self,
        tables: Sequence[str],
        query: Query[T],
        loaded: Callable[[T], None],
        on_project: Callable[[str], None] | None = None,
    ) -> None:
        """Load ``query`` into ``loaded`` for the window's project, again when it changes
        (``on_project`` first) or when a change touches one of ``tables``."""
        feed: ProjectFeed[T] = ProjectFeed(
            self.window_, self.page, tables, query, loaded, on_project
        )
        self.feed = feed
        feed.start()


def one_of(box: QComboBox) -> frozenset[str]:
    """The filter a choice box of :meth:`FilterBar.add_choice` stands for (empty: all)."""
    value = box.currentData()
    return frozenset({value}) if value else frozenset()


class FilterBar(QWidget):
    """The search box, then the choice boxes, then (right-aligned) the page's buttons;
    ``changed`` when any filter changes."""

    changed = Signal()

    def __init__(self, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.search = QLineEdit()
        self.search.setPlaceholderText(placeholder)
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _t: self.changed.emit())
        self.row.addWidget(self.search, 2)

    def add_choice(self, all_label: str, values: Iterable[str]) -> QComboBox:
        """A box with "All …" first (no filter), then each value by its label."""
        box = QComboBox()
        box.addItem(all_label, None)
        for value in values:
            box.addItem(value_label(value), value)
        box.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.row.addWidget(box)
        return box

    def add_buttons(self, *buttons: QWidget) -> None:
        self.row.addStretch(1)
        for button in buttons:
            self.row.addWidget(button)


def record_table(
    model: RowsModel[Any],
    *,
    sortable: bool = True,
    sort_column: int = 0,
    order: Qt.SortOrder = Qt.SortOrder.AscendingOrder,
    wide_column: int | None = 2,
    wide_width: int = 260,
    stretch_column: int | None = None,
    row_height: int = 34,
) -> QTableView:
    """A single-row-selection table, sorted by ``sort_column`` unless not ``sortable``;
    columns fit their contents except ``wide_column`` (``wide_width`` px, resizable) and
    ``stretch_column`` (takes the room left; without it the last column does)."""
    view = QTableView()
    view.setModel(model)
    if sortable:
        view.setSortingEnabled(True)
        view.sortByColumn(sort_column, order)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(row_height)
    view.setAlternatingRowColors(True)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch_column is not None:
        header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
    else:
        header.setStretchLastSection(True)
    if wide_column is not None:
        header.setSectionResizeMode(wide_column, QHeaderView.ResizeMode.Interactive)
        view.setColumnWidth(wide_column, wide_width)
    return view


def side_by_side(table: QTableView, side: QWidget) -> AdaptiveSplitter:
    """The list on the left, the detail on the right; the detail below the list when
    the window is too narrow for both side by side."""
    return AdaptiveSplitter(table, side, breakpoint=880, shares=(3, 2))


def scrolling(widget: QWidget) -> QScrollArea:
    """``widget`` in a frameless scroll area: a long detail scrolls on a laptop screen
    instead of raising the window's minimum height."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(widget)
    return scroll


class DetailSide(QWidget):
    """The detail side of a list page: a heading (``placeholder`` while nothing is
    selected), an optional summary label, then what the page adds to ``body``."""

    def __init__(
        self, placeholder: str, *, summary: bool = True, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.placeholder = placeholder
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel(placeholder)
        self.heading.setObjectName("sectionTitle")
        self.heading.setWordWrap(True)
        self.body.addWidget(self.heading)
        self.info = QLabel()
        self.info.setWordWrap(True)
        if summary:
            self.body.addWidget(self.info)

    def clear(self) -> None:
        self.heading.setText(self.placeholder)
        self.info.clear()

    def show_record(self, number: str, title: str, info: str = "") -> None:
        self.heading.setText(f"{number} · {title}")
        self.info.setText(info)


class KeepSelection(QObject, Generic[R]):
    """Selecting a row shows it (``show``: load its detail…); after a reload the record
    shown before is selected and shown again, or ``clear`` runs when it is gone."""

    def __init__(
        self,
        table: QTableView,
        model: RowsModel[R],
        show: Callable[[R], None],
        clear: Callable[[], None],
    ) -> None:
        super().__init__(table)
        self.table = table
        self.model = model
        self.show = show
        self.clear = clear
        table.selectionModel().currentRowChanged.connect(self._current_changed)

    def set_rows(self, rows: Sequence[R], keep: str | None) -> None:
        self.model.set_rows(rows)
        row = self.model.find(keep) if keep else -1
        if row >= 0:
            self.table.selectRow(row)
            self.show(self.model.row_at(row))
        else:
            self.clear()

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.show(self.model.row_at(current.row()))


class EmptyState(QWidget):
    """A heading, a sentence or two on what the page holds and how records get here,
    and the button for the first one (``button``), centred where the list and its
    detail would be. The page shows it instead of them while the project has no
    record of its kind (not while a filter matches nothing)."""

    def __init__(self, heading: str, text: str, action: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyState")
        body = QWidget()
        body.setMaximumWidth(600)
        column = QVBoxLayout(body)
        column.setSpacing(12)
        self.heading = QLabel(heading)
        self.heading.setObjectName("sectionTitle")
        self.heading.setWordWrap(True)
        self.text = QLabel(text)
        self.text.setWordWrap(True)
        self.button = QPushButton(action)
        self.button.setObjectName("primaryAction")
        self.button.setMinimumHeight(40)
        column.addWidget(self.heading)
        column.addWidget(self.text)
        column.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(body, 4)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)


def add_shortcut(page: QWidget, text: str, keys: str, slot: Callable[[], Any]) -> QAction:
    """An action on ``page`` (listed in the shortcut help) for ``keys`` anywhere in it."""
    action = QAction(text, page)
    action.setShortcut(QKeySequence(keys))
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.triggered.connect(lambda _checked=False: slot())
    page.addAction(action)
    return action
