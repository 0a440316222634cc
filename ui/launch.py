"""Start the GUI: crash handling and logging first, then the window, then the store.

The window shell paints first; ``StartSequence`` then shows the start screen from a plain
read of the store file and opens (and migrates) the store behind it; a store that cannot
be opened is a clear message, not a crash."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from executrek.app import settings
from executrek.app.context import AppContext, prepare
from executrek.app.context import ensure_identity as ensure_identity
from executrek.app.crash import CrashHandler
from executrek.app.instance_lock import InstanceLock
from executrek.app.logging_setup import RecentLines
from executrek.app.paths import AppPaths
from executrek.app.version import version
from executrek.ui import theme
from executrek.ui.crash_dialog import CrashDialog
from executrek.ui.main_window import MainWindow
from executrek.ui.start_sequence import StartSequence
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
    installed. English, or a language without a file, keeps the source texts. The
    language also becomes the default ``QLocale`` (weekday names, number and date input)."""
    from importlib import resources

    locale = QLocale.system() if language == "system" else QLocale(language)
    QLocale.setDefault(locale)
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


def build_window(ctx: AppContext) -> MainWindow:
    runner = TaskRunner()
    window = MainWindow(ctx, runner)
    runner.setParent(window)
    return window


def start(
    app: QApplication, app_paths: AppPaths, recent: RecentLines, prefs: settings.Settings
) -> tuple[MainWindow, TaskHandle]:
    """Paint the main window shell at once, then run the start sequence (first screen
    from a plain read of the file, then the store opened behind it). Returns the window
    and the task that reads the first view."""
    runner = TaskRunner()
    window = MainWindow(None, runner, prefs)
    runner.setParent(window)
    window.show()
    return window, StartSequence(window, app_paths, recent, prefs).begin()


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
