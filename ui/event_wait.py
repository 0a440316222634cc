"""Wait for a condition while Qt keeps running (scripts and benchmarks; never in the app
itself, which only reacts to signals). A nested QEventLoop polled by a timer: no busy
``processEvents`` loop."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEventLoop, QTimer


def wait_until(condition: Callable[[], bool], timeout: float = 60.0, poll_ms: int = 1) -> bool:
    """Run the event loop until ``condition()`` is true (True) or ``timeout`` s pass (False)."""
    if condition():
        return True
    loop = QEventLoop()
    deadline = time.monotonic() + timeout
    timer = QTimer()
    timer.setInterval(poll_ms)

    def check() -> None:
        if condition() or time.monotonic() > deadline:
            loop.quit()

    timer.timeout.connect(check)
    timer.start()
    loop.exec()
    timer.stop()
    return condition()


def pump(ms: int = 30) -> None:
    """Let queued events (repaints, posted signals) run for about ``ms`` milliseconds."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()
