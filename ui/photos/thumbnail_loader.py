"""Loads thumbnails off the GUI thread, newest request first, a few at a time.

A grid asks for the thumbnails it is about to paint. When the user flings through
5,000 photos, most requests are stale by the time a worker is free: requests wait in a
bounded LIFO queue (the oldest fall off and are asked for again if they come back into
view), and at most ``max_in_flight`` jobs run on the runner's ``cpu`` pool.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Hashable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage
from shiboken6 import Shiboken

from executrek.ui.tasks import TaskRunner

Job = Callable[[], QImage]


class ThumbnailLoader(QObject):
    loaded = Signal(object, QImage)  # key, image
    failed = Signal(object, str)  # key, one-line reason

    def __init__(
        self,
        runner: TaskRunner,
        *,
        max_in_flight: int | None = None,
        max_pending: int = 256,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._max_in_flight = max_in_flight or max(1, runner.cpu_pool.maxThreadCount())
        self._max_pending = max_pending
        self._pending: OrderedDict[Hashable, Job] = OrderedDict()
        self._in_flight: set[Hashable] = set()
        self.requested = 0  # jobs started, for tests and diagnostics

    def is_waiting(self, key: Hashable) -> bool:
        return key in self._pending or key in self._in_flight

    def request(self, key: Hashable, job: Job) -> None:
        """Ask for ``key``; a repeated request moves it to the front of the queue."""
        if key in self._in_flight:
            return
        self._pending.pop(key, None)
        self._pending[key] = job
        while len(self._pending) > self._max_pending:
            self._pending.popitem(last=False)
        self._pump()

    def clear(self) -> None:
        """Forget waiting requests (jobs already running finish and are reported)."""
        self._pending.clear()

    def busy(self) -> bool:
        return bool(self._pending or self._in_flight)

    def _pump(self) -> None:
        while self._pending and len(self._in_flight) < self._max_in_flight:
            key, job = self._pending.popitem(last=True)
            self._in_flight.add(key)
            self.requested += 1
            self._start(key, job)

    def _start(self, key: Hashable, job: Job) -> None:
        def done(image: QImage) -> None:
            if Shiboken.isValid(self):
                self._finish(key)
                self.loaded.emit(key, image)

        def error(message: str) -> None:
            if Shiboken.isValid(self):
                self._finish(key)
                self.failed.emit(key, message)

        self._runner.submit(lambda _h: job(), on_done=done, on_error=error, pool="cpu")

    def _finish(self, key: Hashable) -> None:
        self._in_flight.discard(key)
        self._pump()
