"""Start the GUI: crash handling and logging first, then the store, then the window.

The store is opened (and migrated) before the first window because nothing can be
shown without it; a store that cannot be opened is a clear message, not a crash."""

from __future__ import annotations

import getpass
import logging
import sys
from pathlib import Path

from PySide6.QtCore import (
    QAbstractEventDispatcher,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QTimer,
    QTranslator,
)
from PySide6.QtWidgets import QApplication, QMessageBox

from executrek.app import settings
from executrek.app.context import AppContext, open_context, prepare
from executrek.app.crash import CrashHandler
from executrek.app.first_view import FirstView, read_first_view
from executrek.app.instance_lock import InstanceLock
from executrek.app.logging_setup import RecentLines
from executrek.app.paths import AppPaths
from executrek.app.version import version
from executrek.ui import theme
from executrek.ui.crash_dialog import CrashDialog
from executrek.ui.main_window import MainWindow
from executrek.ui.tasks import TaskHandle, TaskRunner

log = logging.getLogger("executrek.ui")


def make_app(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QCoreApplication.setOrganizationName("Executrek")
    QCoreApplication.setApplicationName("Executrek Field")
    QCoreApplication.setApplicationVersion(version())
    return QApplication(argv or sys.argv[:1])


def install_translations(app: QApplication, language: str) -> list[QTranslator]:
    """Load our ``executrek_<locale>.qm`` (shipped in ``executrek.resources``) and Qt's
    own strings (standard buttons) for the language setting; returns what was
    installed. English, or a language without a file, keeps the source texts."""
    from importlib import resources

    locale = QLocale.system() if language == "system" else QLocale(language)
    folder = resources.files("executrek.resources").joinpath("translations")
    installed: list[QTranslator] = []
    for name, where in (
        ("executrek", str(folder)),
        ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
    ):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", where) and app.installTranslator(translator):
            installed.append(translator)
        else:
            translator.deleteLater()
    log.info("translations for %s: %d file(s)", locale.name(), len(installed))
    return installed


def ensure_identity(ctx: AppContext) -> None:
    """Every change is stamped with who made it: make sure the app knows the user."""
    from executrek.models.services import projects

    if ctx.store.actor.user_id is not None:
        return
    ident = ctx.settings.identity
    username = ident.username or getpass.getuser() or "rep"
    display = ident.display_name or username
    projects.ensure_user(ctx.store, username, display, ident.email or None)
    ident.username, ident.display_name = username, display
    ctx.save_settings()


def build_window(ctx: AppContext) -> MainWindow:
    runner = TaskRunner()
    window = MainWindow(ctx, runner)
    runner.setParent(window)
    return window


def start(
    app: QApplication, app_paths: AppPaths, recent: RecentLines, prefs: settings.Settings
) -> tuple[MainWindow, TaskHandle]:
    """Paint the main window at once; show the start screen from a plain read of the
    store file (no SQLAlchemy yet) when the file needs no migration; then open the store
    (and migrate it, if needed) off the GUI thread and fill the window. Returns the
    window and the task that reads the first view."""
    runner = TaskRunner()
    window = MainWindow(None, runner, prefs)
    runner.setParent(window)
    window.show()
    # The read runs (its SQL without the interpreter lock) while this thread paints the
    # shell and builds the start screen; the screen fills in when the read is back.
    handle = runner.submit(
        lambda _h: read_first_view(app_paths.data, prefs.last_page, prefs.last_project),
        on_done=lambda view: first_read(view),
        on_error=lambda message: first_failed(message),
    )
    # Built right after the shell's first paint, while the read runs.
    QTimer.singleShot(0, window, window.show_start_page)

    def open_in_background(_h: TaskHandle) -> tuple[AppContext, bool]:
        from executrek.models.services import projects

        ctx = open_context(app_paths, recent, prefs)
        ensure_identity(ctx)
        offer = not ctx.settings.demo_offered and not projects.list_projects(ctx.store)
        if not ctx.settings.demo_offered:
            ctx.settings.demo_offered = True
            ctx.save_settings()
        return ctx, offer

    def opened(result: tuple[AppContext, bool]) -> None:
        ctx, offer = result
        window.attach(ctx)
        window.opened.emit()
        if offer:
            QTimer.singleShot(0, lambda: offer_demo(window))

    def failed(message: str) -> None:
        QMessageBox.critical(window, "Executrek Field", message)
        window.close()

    def open_store() -> None:
        runner.idle.disconnect(open_store)
        # Open once the first screen is settled (painted, its tables laid out): the worker
        # then imports the ORM, pure Python for most of a second, and meanwhile every
        # call from Qt into Python (a paint, a cell's size hint) waits for the
        # interpreter lock. The event loop going to sleep means nothing is pending.
        dispatcher = QAbstractEventDispatcher.instance()
        if dispatcher is None:
            open_now()
            return

        def settled() -> None:
            dispatcher.aboutToBlock.disconnect(settled)
            open_now()

        dispatcher.aboutToBlock.connect(settled)

    def open_now() -> None:
        runner.submit(open_in_background, on_done=opened, on_error=failed)

    def first_read(view: FirstView | None) -> None:
        # The store opens once the first screen has its data (the runner goes idle).
        runner.idle.connect(open_store)
        if view is not None:
            window.preview(view)

    def first_failed(message: str) -> None:
        log.info("no first view: %s", message)
        runner.idle.connect(open_store)

    return window, handle


ALREADY_OPEN = 3  # exit code of a second copy on the same data folder


def run_gui(data_dir: str | Path | None, *, verbose: bool = False) -> int:
    app_paths, recent = prepare(data_dir, verbose=verbose)
    app = make_app()
    prefs = settings.load(app_paths.settings_file)
    install_translations(app, prefs.language)
    lock = InstanceLock(app_paths.data)
    if not lock.acquire():
        refuse_second_copy(lock)
        return ALREADY_OPEN
    try:
        return _run_locked(app, app_paths, recent, prefs)
    finally:
        lock.release()


def refuse_second_copy(lock: InstanceLock) -> None:
    """The data folder is open in another copy: say so, open nothing else."""
    log.warning("data folder %s is already open in another copy", lock.path.parent)
    QMessageBox.warning(None, "Executrek Field", lock.refusal())


def _run_locked(
    app: QApplication, app_paths: AppPaths, recent: RecentLines, prefs: settings.Settings
) -> int:
    window, crash = open_window(app, app_paths, recent, prefs)
    code = app.exec()
    if window.ctx is not None:
        window.ctx.close()
    crash.uninstall()
    return int(code)


def open_window(
    app: QApplication, app_paths: AppPaths, recent: RecentLines, prefs: settings.Settings
) -> tuple[MainWindow, CrashHandler]:
    """Everything before the event loop: crash handling, theme, the window (``start``)."""
    crash = CrashHandler(app_paths.crash_dir, recent, version())
    crash.install()
    theme.apply(app, prefs.theme)
    window, _first = start(app, app_paths, recent, prefs)

    def on_crash(details: str, report: Path) -> None:
        CrashDialog(details, report, window).exec()

    crash.listeners.append(on_crash)
    return window, crash


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
