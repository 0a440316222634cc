"""Start-up after the window shell is painted, one step after another:

1. read the start screen's data from the store file with plain sqlite3 (no SQLAlchemy
   yet; ``app.first_view``) on the db worker, while the GUI thread builds that screen;
2. show it (``MainWindow.preview``);
3. once the runner is idle and the event loop is about to sleep (the screen painted and
   laid out), open the store on the worker: importing the ORM is pure Python for most of
   a second, and meanwhile every call from Qt into Python on the GUI thread (a paint, a
   cell's size hint) waits for the interpreter lock;
4. ``MainWindow.attach`` with the open store; offer the demo on a first, empty start;
5. a bounded ``PRAGMA quick_check`` on the worker: damage found leaves the store
   read-only (every save refused) and is shown in a warning.

A file that needs a migration (or anything unusual) skips 1–2: the store opens at once
and reports what is wrong."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractEventDispatcher, QObject, QTimer
from PySide6.QtWidgets import QMessageBox

from executrek.app import settings
from executrek.app.context import AppContext, ensure_identity, open_context
from executrek.app.first_view import FirstView, read_first_view
from executrek.app.logging_setup import RecentLines
from executrek.app.messages import user_message
from executrek.app.paths import AppPaths
from executrek.ui.main_window import MainWindow
from executrek.ui.tasks import TaskHandle

if TYPE_CHECKING:  # the store module imports SQLAlchemy: not before the first screen
    from executrek.models.store import QuickCheck

log = logging.getLogger("executrek.ui")


class StartSequence(QObject):
    def __init__(
        self,
        window: MainWindow,
        app_paths: AppPaths,
        recent: RecentLines,
        prefs: settings.Settings,
    ) -> None:
        super().__init__(window)
        self.window_ = window
        self.app_paths = app_paths
        self.recent = recent
        self.prefs = prefs
        self.runner = window.runner

    def begin(self) -> TaskHandle:
        """Start reading the first view; returns its task."""
        data, page, project = self.app_paths.data, self.prefs.last_page, self.prefs.last_project
        handle = self.runner.submit(
            lambda _h: read_first_view(data, page, project),
            on_done=self._first_read,
            on_error=self._first_failed,
        )
        # Built right after the shell's first paint, while the read runs.
        QTimer.singleShot(0, self.window_, self.window_.show_start_page)
        return handle

    # --- 1-2: the first view -------------------------------------------------------------
    def _first_read(self, view: FirstView | None) -> None:
        self.runner.idle.connect(self._when_idle)  # once the screen has taken its data
        if view is not None:
            self.window_.preview(view)

    def _first_failed(self, message: str) -> None:
        log.info("no first view: %s", message)
        self.runner.idle.connect(self._when_idle)

    # --- 3: open the store once the screen is settled ------------------------------------
    def _when_idle(self) -> None:
        self.runner.idle.disconnect(self._when_idle)
        dispatcher = QAbstractEventDispatcher.instance()
        if dispatcher is None:
            self._open()
            return
        dispatcher.aboutToBlock.connect(self._settled)

    def _settled(self) -> None:
        dispatcher = QAbstractEventDispatcher.instance()
        if dispatcher is not None:
            dispatcher.aboutToBlock.disconnect(self._settled)
        self._open()

    def _open(self) -> None:
        app_paths, recent, prefs = self.app_paths, self.recent, self.prefs

        def work(_h: TaskHandle) -> tuple[AppContext, bool]:
            from executrek.models.services import projects

            ctx = open_context(app_paths, recent, prefs, check=False)
            ensure_identity(ctx)
            offer = not ctx.settings.demo_offered and not projects.list_projects(ctx.store)
            if not ctx.settings.demo_offered:
                ctx.settings.demo_offered = True
                ctx.save_settings()
            return ctx, offer

        self.runner.submit(work, on_done=self._opened, on_error=self._failed)

    # --- 4: fill the window ----------------------------------------------------------------
    def _opened(self, result: tuple[AppContext, bool]) -> None:
        ctx, offer = result
        self.window_.attach(ctx)
        self.window_.opened.emit()
        store = ctx.store
        self.runner.submit(
            lambda _h: store.last_check or store.quick_check(), on_done=self._checked
        )
        if offer:
            QTimer.singleShot(0, self.window_, lambda: offer_demo(self.window_))

    # --- 5: the bounded quick check, behind the open window ---------------------------------
    def _checked(self, found: QuickCheck) -> None:
        ctx = self.window_.ctx
        if not found.damaged or ctx is None or ctx.store.damage is None:
            return
        self.window_.status_label.setText(self.window_.tr("The database is damaged: read-only"))
        QMessageBox.warning(self.window_, "Executrek Field", user_message(ctx.store.damage))

    def _failed(self, message: str) -> None:
        QMessageBox.critical(self.window_, "Executrek Field", message)
        self.window_.close()


def offer_demo(window: MainWindow) -> None:
    """Asked once, on the first start with an empty store (checked off the GUI thread)."""
    answer = QMessageBox.question(
        window,
        window.tr("Welcome to Executrek Field"),
        window.tr(
            "There are no projects yet. Load the demo portfolio (a hospital wing, a school "
            "and an office fit-out) to look around?"
        ),
    )
    if answer == QMessageBox.StandardButton.Yes:
        window.load_demo()
