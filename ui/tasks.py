"""The one way work leaves the GUI thread.

``db`` runs one job at a time (SQLite has one writer; it also keeps reads ordered after
the writes the user just made); ``cpu`` is a small pool for photo decoding and PDF
building; ``net`` runs one network job at a time (the central database's reachability
check and sync), so a slow network never queues the screens' database work. Results
and errors always come back on the GUI thread through a signal. Environment and domain
failures (``app.known_errors``, the list the command line uses too: StoreError, SyncError,
DrawingError, ReportError, DomainError…) go to the caller's ``on_error`` as a message;
anything else is a bug and also goes to the crash handler.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from executrek.app.known_errors import is_known, one_line

log = logging.getLogger("executrek.ui.tasks")


class Cancelled(Exception):
    """Raised inside a job when the user cancelled it."""


class TaskHandle(QObject):
    """Lives on the GUI thread; the worker emits through it."""

    finished = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.cancel_event = threading.Event()
        self.done = False

    def cancel(self) -> None:
        self.cancel_event.set()

    def report_progress(self, done: int, total: int) -> None:
        if self.cancel_event.is_set():
            raise Cancelled()
        self.progressed.emit(done, total)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[TaskHandle], Any], handle: TaskHandle) -> None:
        super().__init__()
        self.fn = fn
        self.handle = handle
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self.fn(self.handle)
        except BaseException as exc:
            self.handle.failed.emit(exc)
        else:
            self.handle.finished.emit(result)


class TaskRunner(QObject):
    # Every submitted job has finished and its callback has run (a callback that submits
    # more work keeps the runner busy): start-up opens the store on this.
    idle = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db_pool = QThreadPool(self)
        self.db_pool.setMaxThreadCount(1)
        self.cpu_pool = QThreadPool(self)
        self.cpu_pool.setMaxThreadCount(max(1, min(4, (os.cpu_count() or 2))))
        self.net_pool = QThreadPool(self)
        self.net_pool.setMaxThreadCount(1)
        self._live: set[TaskHandle] = set()

    def submit(
        self,
        fn: Callable[[TaskHandle], Any],
        *,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[str], None] | None = None,
        pool: str = "db",
    ) -> TaskHandle:
        """Run ``fn(handle)`` off the GUI thread. ``on_done(result)`` or ``on_error(message)``
        runs on the GUI thread afterwards."""
        handle = TaskHandle(self)
        self._live.add(handle)

        @Slot(object)
        def finished(result: Any) -> None:
            self._forget(handle)
            try:
                if on_done is not None:
                    on_done(result)
            finally:
                self._idle_check()

        @Slot(object)
        def failed(exc: BaseException) -> None:
            self._forget(handle)
            try:
                self._report(exc, on_error)
            finally:
                self._idle_check()

        handle.finished.connect(finished)
        handle.failed.connect(failed)
        pools = {"db": self.db_pool, "net": self.net_pool}
        pools.get(pool, self.cpu_pool).start(_Job(fn, handle))
        return handle

    @staticmethod
    def _report(exc: BaseException, on_error: Callable[[str], None] | None) -> None:
        if isinstance(exc, Cancelled):
            return
        if is_known(exc):
            message = one_line(exc)
            log.info("task refused: %s", message)
            if on_error is not None:
                on_error(message)
            return
        sys.excepthook(type(exc), exc, exc.__traceback__)
        if on_error is not None:
            on_error(f"Internal error: {type(exc).__name__}: {exc}")

    def _idle_check(self) -> None:
        if not self._live:
            self.idle.emit()

    def _forget(self, handle: TaskHandle) -> None:
        handle.done = True
        self._live.discard(handle)
        handle.deleteLater()

    def busy(self) -> bool:
        return bool(self._live)

    def shutdown(self, timeout_ms: int = 30_000) -> bool:
        """Cancel what can be cancelled and wait for running jobs (never lose a write)."""
        for handle in list(self._live):
            handle.cancel()
        ok = (
            self.net_pool.waitForDone(timeout_ms)
            and self.db_pool.waitForDone(timeout_ms)
            and self.cpu_pool.waitForDone(timeout_ms)
        )
        return bool(ok)
