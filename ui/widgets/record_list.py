"""The pieces the record list pages (change orders, contractor issues, risks, the
directory) share, to be composed by each page:

- :class:`ProjectFeed` loads a page's data for the current project off the GUI thread,
  again when the project changes or a change touches one of the page's tables;
- :class:`FilterBar` is the search box, the "All …" choice boxes and the page's buttons;
- :func:`record_table` is the list's table view, set up the same way everywhere;
- :func:`side_by_side` puts the list beside its :class:`DetailSide`, the detail side's
  heading ("Select an issue") and summary;
- :func:`current_row` is the row current in a list's table;
- :class:`KeepSelection` loads the selected record and keeps it selected across reloads
  (:class:`SelectionKeeper`, which the change-order tree's selection shares);
- :class:`EmptyState` stands in for the list and its detail while the project has no
  record of the page's kind: what the page is for and the first action;
- :func:`add_shortcut` is a page-wide (or window-wide) keyboard shortcut, listed in the
  shortcut help."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtCore import QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from executrek.models.changes import Changes
from executrek.ui.widgets.adaptive_splitter import AdaptiveSplitter
from executrek.ui.widgets.choices import add_values
from executrek.ui.widgets.columns import R
from executrek.ui.widgets.rows_model import RowsModel
from executrek.ui.widgets.screen_fit import scrolling as scrolling  # also offered here

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
        add_values(box, values)
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
    row_height: int | None = 34,
) -> QTableView:
    """A single-row-selection table, sorted by ``sort_column`` unless not ``sortable``;
    columns fit their contents except ``wide_column`` (``wide_width`` px, resizable) and
    ``stretch_column`` (takes the room left; without it the last column does); rows
    ``row_height`` px high (None: the style's height)."""
    view = QTableView()
    view.setModel(model)
    if sortable:
        view.setSortingEnabled(True)
        view.sortByColumn(sort_column, order)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.verticalHeader().hide()
    if row_height is not None:
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


def current_row(table: QAbstractItemView, model: RowsModel[R]) -> R | None:
    """The row of ``model`` current in ``table`` (None when no row is)."""
    index = table.currentIndex()
    if not index.isValid() or index.row() >= model.rowCount():
        return None
    return model.row_at(index.row())


def side_by_side(table: QTableView, side: QWidget) -> AdaptiveSplitter:
    """The list on the left, the detail on the right; the detail below the list when
    the window is too narrow for both side by side."""
    return AdaptiveSplitter(table, side, breakpoint=880, shares=(3, 2))


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


class SelectionKeeper(QObject, Generic[R]):
    """Selecting a row shows its record (``show``: load its detail…); after a reload
    (:meth:`keep`) the record shown before is selected and shown again, or ``clear`` runs
    when it is gone. A subclass says where a record is listed (``index_of``), which
    record a row stands for (``record_at``) and how a row is selected (``select``; one
    selected ``quietly`` is not shown again)."""

    def __init__(
        self, view: QAbstractItemView, show: Callable[[R], None], clear: Callable[[], None]
    ) -> None:
        super().__init__(view)
        self.show = show
        self.clear = clear
        self._quiet = False
        view.selectionModel().currentRowChanged.connect(self._current_changed)

    def keep(self, record_id: str | None) -> None:
        """Select and show ``record_id`` if it is listed, else ``clear``."""
        index = self.index_of(record_id) if record_id else QModelIndex()
        record = self.record_at(index)
        if record is None:
            self.clear()
            return
        self.select(index)
        self.show(record)

    def index_of(self, record_id: str) -> QModelIndex:
        raise NotImplementedError

    def record_at(self, index: QModelIndex) -> R | None:
        raise NotImplementedError

    def select(self, index: QModelIndex) -> None:
        raise NotImplementedError

    def quietly(self, select: Callable[[], None]) -> None:
        """Run ``select`` without showing the row it selects (shown already)."""
        self._quiet = True
        try:
            select()
        finally:
            self._quiet = False

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        record = self.record_at(current)
        if record is not None and not self._quiet:
            self.show(record)


class KeepSelection(SelectionKeeper[R]):
    """The :class:`SelectionKeeper` of a table over a :class:`RowsModel`."""

    def __init__(
        self,
        table: QTableView,
        model: RowsModel[R],
        show: Callable[[R], None],
        clear: Callable[[], None],
    ) -> None:
        super().__init__(table, show, clear)
        self.table = table
        self.model = model

    def set_rows(self, rows: Sequence[R], keep: str | None) -> None:
        self.model.set_rows(rows)
        self.keep(keep)

    def index_of(self, record_id: str) -> QModelIndex:
        row = self.model.find(record_id)
        return self.model.index(row, 0) if row >= 0 else QModelIndex()

    def record_at(self, index: QModelIndex) -> R | None:
        return self.model.row_at(index.row()) if index.isValid() else None

    def select(self, index: QModelIndex) -> None:
        self.table.selectRow(index.row())


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


# One key sequence ("Ctrl+E"), a standard key, or several sequences for one action.
Keys = str | QKeySequence.StandardKey | Sequence[str]


def add_shortcut(
    page: QWidget,
    text: str,
    keys: Keys,
    slot: Callable[[], Any],
    *,
    context: Qt.ShortcutContext = Qt.ShortcutContext.WidgetWithChildrenShortcut,
) -> QAction:
    """An action on ``page`` for ``keys`` anywhere in it (``context``: the window, …),
    listed in the shortcut help; an empty ``text`` keeps it out of the help (keys
    another entry describes already). Actions rather than bare shortcuts, so the help
    lists them."""
    action = QAction(text, page)
    if isinstance(keys, (str, QKeySequence.StandardKey)):
        action.setShortcut(QKeySequence(keys))
    else:
        action.setShortcuts([QKeySequence(k) for k in keys])
    action.setShortcutContext(context)
    action.triggered.connect(lambda _checked=False: slot())
    page.addAction(action)
    return action
