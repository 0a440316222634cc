"""The main window: module navigation on the left, pages on the right. It composes
pages and wires them to services through the task runner; pages never talk to each
other, they refresh from the "what changed" value of each service call."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from executrek.app.settings import Settings
from executrek.models.changes import Changes
from executrek.models.errors import DomainError
from executrek.models.services.project_choices import (
    ProjectChoice,
    project_choices,
    start_project,
)
from executrek.ui import standard_keys, window_help
from executrek.ui.pages.registry import PAGES, PageSpec
from executrek.ui.sync_controller import SyncController
from executrek.ui.tasks import TaskHandle, TaskRunner
from executrek.ui.widgets import project_picker
from executrek.ui.widgets.confirm import discard_ok
from executrek.ui.widgets.help_overlay import HelpOverlay
from executrek.ui.widgets.screen_fit import resize_within_screen
from executrek.ui.widgets.sizes import chars_wide
from executrek.ui.widgets.sync_indicator import SyncIndicator

if TYPE_CHECKING:
    from executrek.app.context import AppContext
    from executrek.app.first_view import FirstView
    from executrek.app.project_downloads import Downloads
    from executrek.models.local_read import SqlSource
    from executrek.ui.search_dialog import SearchDialog

log = logging.getLogger("executrek.ui")

#: Fourteen screens in a column fit the ~560 px a 1280×720 laptop leaves for them.
NAV_ROW_HEIGHT = 28  # 20 screens fit a 1280x720 window without scrolling


class _Refused:
    """A DomainError carried back from the worker as a value, for inline form messages."""

    def __init__(self, error: DomainError) -> None:
        self.error = error


class LazyPages:
    """The registry's pages by key, each built by its factory the first time it is asked
    for (shown, or looked up by a test) and put in its slot of the page stack."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.specs: dict[str, PageSpec] = {}
        self.built: dict[str, QWidget] = {}

    def __getitem__(self, key: str) -> QWidget:
        page = self.built.get(key)
        if page is None:
            spec = self.specs[key]
            page = spec.factory(self.window)
            self.built[key] = page
            self.window.page_built.emit(key)
            row = list(self.specs).index(key)
            stack = self.window.pages
            placeholder = stack.widget(row)
            current = stack.currentIndex()
            stack.insertWidget(row, page)
            if placeholder is not None:
                stack.removeWidget(placeholder)
                placeholder.deleteLater()
            stack.setCurrentIndex(current)
        return page

    def __contains__(self, key: object) -> bool:
        return key in self.specs

    def __iter__(self) -> Iterator[str]:
        return iter(self.specs)

    def __len__(self) -> int:
        return len(self.specs)

    def keys(self) -> list[str]:
        return list(self.specs)

    def values(self) -> list[QWidget]:
        """The pages built so far (unbuilt pages hold nothing to save or refresh)."""
        return list(self.built.values())


class MainWindow(QMainWindow):
    changed = Signal(object)  # Changes, after any service call made from the GUI
    project_changed = Signal(str)  # the project the module pages show
    settings_changed = Signal()  # after the settings page saved (thresholds, theme…)
    opened = Signal()  # the store is open and the window filled
    page_built = Signal(str)  # a page's key, once it is built (pages build on first show)
    first_view_ready = Signal()  # ``reader`` can answer (from the file) before ``opened``
    # Pages only exist once ``attach`` has set it; before that the window is a shell.
    ctx: AppContext

    def __init__(
        self, ctx: AppContext | None, runner: TaskRunner, prefs: Settings | None = None
    ) -> None:
        """With ``ctx`` None the window is a shell: painted at once while the store opens
        off the GUI thread; ``preview(first)`` may show the first screen from a plain
        read of the file meanwhile, and ``attach(ctx)`` then fills the rest. SQLAlchemy
        and the models are not imported before the first screen is on show."""
        super().__init__()
        self.ctx = ctx  # type: ignore[assignment]
        self.prefs = ctx.settings if ctx is not None else prefs or Settings()
        self.first_view: FirstView | None = None
        self.runner = runner
        self.setWindowTitle(self.tr("Executrek Field"))
        resize_within_screen(self, 1280, 800)
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(210)
        self.nav.setAccessibleName(self.tr("Screens"))
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.pages = QStackedWidget()
        # Navigation and page side by side in a plain row: the navigation has a fixed
        # width, so a splitter handle could not move and only left a gap beside it.
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.nav)
        row.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self.current_project_id: str | None = None
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(200)
        self.project_box = QComboBox()
        chars_wide(36, self.project_box)
        self.project_box.setToolTip(self.tr("The project the module screens show"))
        self.project_box.currentIndexChanged.connect(self._project_picked)
        bar = self.addToolBar(self.tr("Project"))
        bar.setObjectName("projectBar")
        bar.setMovable(False)
        bar.addWidget(QLabel(self.tr("Project: ")))
        bar.addWidget(self.project_box)
        # Pages are built when first shown (start-up only pays for the first screen);
        # ``page_widgets[key]`` builds a page on demand.
        self.page_widgets = LazyPages(self)
        for spec in PAGES:
            self.page_widgets.specs[spec.key] = spec
            self.add_page(
                QCoreApplication.translate("Navigation", spec.title),
                self._placeholder(),
                spec.shortcut,
            )
        self.nav.currentRowChanged.connect(self._row_changed)
        # Background sync with the central database (started once the store is open).
        self.sync = SyncController(self)
        self._build_menus()
        self.status_label = QLabel()
        self.statusBar().addPermanentWidget(self.status_label)
        self.sync_indicator = SyncIndicator()
        self.sync_indicator.setEnabled(False)
        self.sync.status_changed.connect(self.sync_indicator.show_status)
        self.sync_indicator.clicked.connect(self.show_sync_page)
        self.statusBar().addPermanentWidget(self.sync_indicator)
        self.help_overlay = HelpOverlay(self)
        self.changed.connect(self._on_changed)
        if ctx is None:
            self.nav.setEnabled(False)
            self.menuBar().setEnabled(False)
            self.status_label.setText(self.tr("Opening the project database…"))
        else:
            self.attach(ctx)

    def _placeholder(self) -> QWidget:
        """Stands in for a page until it is built (built on first show)."""
        label = QLabel(self.tr("Opening the project database…"))
        label.setObjectName("muted")
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return label

    def can_read(self) -> bool:
        return self.ctx is not None or self.first_view is not None

    @property
    def reader(self) -> SqlSource:
        """Where pages read plain-SQL services from: the open store, or before it is
        open the file itself (``preview``)."""
        if self.ctx is not None:
            return self.ctx.store
        assert self.first_view is not None, "no store and no first view yet"
        return self.first_view.source

    def start_row(self) -> int:
        """The screen to open on: the one shown at the last close, else the portfolio."""
        keys = list(self.page_widgets.specs)
        return keys.index(self.prefs.last_page) if self.prefs.last_page in keys else 0

    def show_start_page(self) -> None:
        """Select the start screen in the shell and build it now if it can show before
        the store is open (``early``): it is ready, without data, when the first view
        arrives."""
        row = self.start_row()
        self.nav.blockSignals(True)
        self.nav.setCurrentRow(row)
        self.nav.blockSignals(False)
        self._row_changed(row)

    def preview(self, first: FirstView) -> None:
        """Show the start screen from a plain read of the store file while the store
        opens (only ``early`` screens can)."""
        self.first_view = first
        self.nav.setEnabled(True)
        self._show_projects(first.projects)  # the dashboard takes its project from here
        self.first_view_ready.emit()

    def attach(self, ctx: AppContext) -> None:
        """Fill the window once the store is open: the current page, projects, status."""
        self.ctx = ctx
        self.prefs = ctx.settings
        self.first_view = None  # the store answers from now on
        self.nav.setEnabled(True)
        self.menuBar().setEnabled(True)
        self.status_label.setText(
            self.tr("Data: {path} · device {tag}").format(
                path=ctx.paths.data, tag=ctx.store.device_tag
            )
        )
        row = self.nav.currentRow()
        if row < 0:
            self.nav.setCurrentRow(self.start_row())
        else:
            self._row_changed(row)  # builds it if it had to wait for the store
        self.refresh_projects()
        self.sync_indicator.setEnabled(True)
        self.sync.start()

    # --- composition ---------------------------------------------------------------
    def add_page(self, title: str, page: QWidget, shortcut: str | None = None) -> None:
        item = QListWidgetItem(title)
        item.setSizeHint(QSize(180, NAV_ROW_HEIGHT))
        self.nav.addItem(item)
        self.pages.addWidget(page)
        if shortcut:
            row = self.nav.count() - 1
            item.setToolTip(f"{title} ({shortcut})")
            action = QAction(self.tr("Go to {page}").format(page=title), self)
            action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(lambda: self.show_page_row(row))
            self.addAction(action)

    def _row_changed(self, row: int) -> None:
        keys = list(self.page_widgets.specs)
        if 0 <= row < len(keys):
            spec = self.page_widgets.specs[keys[row]]
            # Before the store is open only ``early`` pages can be built (they read
            # through ``reader`` once there is one); the others show their placeholder
            # until ``attach``.
            if self.ctx is not None or spec.early:
                self.page_widgets[spec.key]
                self.prefs.last_page = spec.key
        self.pages.setCurrentIndex(row)

    def show_page_row(self, row: int) -> None:
        self.nav.setCurrentRow(row)
        page = self.pages.widget(row)
        if page is not None:
            page.setFocus()

    def show_page(self, key: str) -> QWidget:
        page = self.page_widgets[key]
        self.show_page_row(self.pages.indexOf(page))
        return page

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.new_project_action = file_menu.addAction(self.tr("&New project…"))
        self.new_project_action.setShortcut(QKeySequence(QKeySequence.StandardKey.New))
        self.new_project_action.triggered.connect(self.new_project)
        self.demo_action = file_menu.addAction(self.tr("Load &demo portfolio"))
        self.demo_action.triggered.connect(self.load_demo)
        file_menu.addSeparator()
        self.sync_action = file_menu.addAction(self.tr("&Sync now"))
        self.sync_action.setShortcut(QKeySequence("F5"))
        self.sync_action.triggered.connect(self.sync.sync_now)
        file_menu.addSeparator()
        quit_action = file_menu.addAction(self.tr("&Quit"))
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcuts(standard_keys.undo_keys())
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts(standard_keys.redo_keys())
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        self.search_action = edit_menu.addAction(self.tr("&Search everywhere…"))
        self.search_action.setShortcut(QKeySequence("Ctrl+K"))
        self.search_action.triggered.connect(self.open_search)
        self.search_dialog: SearchDialog | None = None
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        shortcuts = help_menu.addAction(self.tr("&Keyboard shortcuts"))
        shortcuts.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        shortcuts.triggered.connect(self.toggle_help)
        logs = help_menu.addAction(self.tr("Open the &log folder"))
        logs.triggered.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.ctx.paths.logs)))
        )
        about = help_menu.addAction(self.tr("&About Executrek Field"))
        about.triggered.connect(self._about)

    # --- service calls -----------------------------------------------------------------
    def call(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        *,
        pool: str = "db",
        on_error: Callable[[str], None] | None = None,
    ) -> TaskHandle:
        """Run a service off the GUI thread; changes become a signal, errors a message box
        (or ``on_error``, for a screen that shows them inline)."""

        def done(result: Any) -> None:
            changes = getattr(result, "changes", None)
            if isinstance(changes, Changes) and changes:
                self.changed.emit(changes)
            if on_done is not None:
                on_done(result)

        return self.runner.submit(
            lambda _h: fn(), on_done=done, on_error=on_error or self.show_error, pool=pool
        )

    def call_form(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_refused: Callable[[DomainError], None],
        *,
        on_error: Callable[[str], None] | None = None,
    ) -> TaskHandle:
        """Like ``call`` for forms: a refusal (ValidationError naming a field…) goes to
        ``on_refused`` with the error itself, so the form shows it beside the field."""

        def work() -> Any:
            try:
                return fn()
            except DomainError as exc:
                return _Refused(exc)

        def done(result: Any) -> None:
            if isinstance(result, _Refused):
                on_refused(result.error)
            else:
                on_done(result)

        return self.call(work, done, on_error=on_error)

    def shortcut_entries(self) -> list[tuple[str, str]]:
        """Every action with a shortcut on the window, its menus and the current page."""
        return window_help.shortcut_entries(self, self.pages.currentWidget())

    def toggle_help(self) -> None:
        self.help_overlay.set_entries(self.shortcut_entries())
        self.help_overlay.toggle()

    def new_project(self) -> None:
        from executrek.ui.pages.project_dialog import ProjectDialog

        dialog = ProjectDialog(self)
        dialog.open()

    def open_search(self) -> None:
        """Ctrl+K: search the current project's records of every kind."""
        if self.ctx is None:
            return
        if self.search_dialog is None:
            from executrek.ui.search_dialog import SearchDialog

            self.search_dialog = SearchDialog(self)
        self.search_dialog.start()

    def open_record(self, kind: str, record_id: str) -> bool:
        """Show a record (``punch_item``, ``issue``, ``change_order``, ``inspection``,
        ``risk``) on its page, selected; False when the window has no page for it."""
        from executrek.ui.open_record import open_record

        return open_record(self, kind, record_id)

    def show_sync_page(self) -> None:
        if "sync" in self.page_widgets:
            self.show_page("sync")

    def show_error(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Executrek Field"), message)

    def refresh_projects(self) -> None:
        from executrek.app.project_downloads import downloading

        reader = self.reader
        self.runner.submit(
            lambda _h: (project_choices(reader), downloading(reader)),
            on_done=lambda got: self._show_projects(*got),
            on_error=self.show_error,
        )

    def _show_projects(self, rows: list[ProjectChoice], downloads: Downloads | None = None) -> None:
        """Fill the project box; a project still downloading is listed but not picked."""
        ready = project_picker.fill(self.project_box, rows, downloads or {})
        chosen = start_project(ready, self.current_project_id or self.prefs.last_project)
        index = self.project_box.findData(chosen) if chosen else -1
        if index >= 0:
            self.project_box.setCurrentIndex(index)
            self._project_picked(index)
        else:  # nothing can be picked (e.g. every project still downloading)
            self.project_box.blockSignals(True)
            self.project_box.setCurrentIndex(-1)
            self.project_box.blockSignals(False)

    def _project_picked(self, index: int) -> None:
        pid = self.project_box.itemData(index)
        if not pid or pid == self.current_project_id:
            return
        self.current_project_id = str(pid)
        self.prefs.last_project = str(pid)
        self.project_changed.emit(str(pid))

    def set_project(self, project_id: str) -> None:
        index = self.project_box.findData(project_id)
        why = project_picker.downloading_reason(self.project_box, project_id)
        if why is not None:
            self.show_error(why)
        elif index >= 0:
            self.project_box.setCurrentIndex(index)

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches("projects"):
            self.refresh_projects()

    def load_demo(self) -> None:
        """Load the demo portfolio off the GUI thread with a cancellable progress dialog."""
        from executrek.ui.demo_loader import load_demo

        load_demo(self)

    def _about(self) -> None:
        window_help.show_about(self)

    def unsaved_pages(self) -> list[QWidget]:
        return [
            page
            for page in self.page_widgets.values()
            if callable(getattr(page, "has_unsaved", None)) and page.has_unsaved()  # type: ignore[attr-defined]
        ]

    def confirm_discard(self) -> bool:
        """Ask before unsaved edits are lost (tests replace this with an answer)."""
        return discard_ok(
            self,
            self.tr("Unsaved changes"),
            self.tr("Some edits are not saved yet. Quit anyway and lose them?"),
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.unsaved_pages() and not self.confirm_discard():
            event.ignore()
            return
        self.sync.stop()
        self.runner.shutdown()
        if self.ctx is not None:
            self.ctx.save_settings()  # the project and screen to come back to
        event.accept()
