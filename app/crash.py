"""The crash path: uncaught exceptions and hard crashes end up in a report with the
recent log lines; Qt's own messages go into logging. Set up before the first window."""

from __future__ import annotations

import datetime as dt
import faulthandler
import logging
import platform
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import IO, Any

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

from executrek.app import atomic
from executrek.app.logging_setup import RecentLines

log = logging.getLogger("executrek.crash")
qt_log = logging.getLogger("executrek.qt")

CrashListener = Callable[[str, Path], None]


class CrashHandler:
    """Owns the crash report folder, the faulthandler file and the excepthook."""

    def __init__(self, crash_dir: Path, recent: RecentLines, version: str) -> None:
        self.crash_dir = crash_dir
        self.recent = recent
        self.version = version
        self.listeners: list[CrashListener] = []
        self._fault_file: IO[str] | None = None
        self._previous_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook

    def install(self) -> None:
        self.crash_dir.mkdir(parents=True, exist_ok=True)
        self._fault_file = (self.crash_dir / "faulthandler.log").open("a", encoding="utf-8")
        faulthandler.enable(self._fault_file, all_threads=True)
        sys.excepthook = self._excepthook
        threading.excepthook = self._thread_hook
        qInstallMessageHandler(qt_message_handler)

    def uninstall(self) -> None:
        sys.excepthook = self._previous_hook
        threading.excepthook = self._previous_thread_hook
        qInstallMessageHandler(None)
        if self._fault_file is not None:
            faulthandler.disable()
            self._fault_file.close()
            self._fault_file = None

    def report(
        self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> Path:
        """Write a crash report (traceback, versions, recent log lines); return its path."""
        stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")
        path = self.crash_dir / f"crash-{stamp}.txt"
        text = self.format(exc_type, exc, tb)
        try:
            atomic.write_text(path, text)
        except OSError:
            log.exception("could not write crash report %s", path)
        return path

    def format(
        self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> str:
        trace = "".join(traceback.format_exception(exc_type, exc, tb))
        return (
            f"Executrek Field {self.version}\n"
            f"Python {sys.version.split()[0]} on {platform.platform()}\n\n"
            f"{trace}\n--- recent log lines ---\n{self.recent.text()}\n"
        )

    def _excepthook(
        self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            self._previous_hook(exc_type, exc, tb)
            return
        log.critical("uncaught exception", exc_info=(exc_type, exc, tb))
        path = self.report(exc_type, exc, tb)
        text = self.format(exc_type, exc, tb)
        for listener in self.listeners:
            try:
                listener(text, path)
            except Exception:
                log.exception("crash listener failed")

    def _thread_hook(self, args: Any) -> None:
        if args.exc_type is SystemExit:
            return
        self._excepthook(args.exc_type, args.exc_value, args.exc_traceback)


_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def qt_message_handler(mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
    where = f" ({context.file}:{context.line})" if context.file else ""
    qt_log.log(_LEVELS.get(mode, logging.WARNING), "%s%s", message, where)
