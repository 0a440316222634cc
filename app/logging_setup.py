"""Logging: a rotating file, the last lines in memory for the crash dialog, and the
console when asked."""

from __future__ import annotations

import collections
import logging
import logging.handlers
from pathlib import Path

FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"


class RecentLines(logging.Handler):
    """Keeps the most recent formatted log lines (a ring buffer) for crash reports."""

    def __init__(self, capacity: int = 400) -> None:
        super().__init__(logging.DEBUG)
        self.lines: collections.deque[str] = collections.deque(maxlen=capacity)
        self.setFormatter(logging.Formatter(FORMAT))

    def emit(self, record: logging.LogRecord) -> None:
        try:
            self.lines.append(self.format(record))
        except Exception:  # a logging handler must never raise
            self.handleError(record)

    def text(self) -> str:
        return "\n".join(self.lines)


def setup(log_dir: Path, *, verbose: bool = False, console: bool = False) -> RecentLines:
    """Configure the ``executrek`` logger tree; returns the in-memory buffer."""
    log_dir.mkdir(parents=True, exist_ok=True)
    root = logging.getLogger("executrek")
    for handler in list(root.handlers):
        root.removeHandler(handler)
        handler.close()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    root.propagate = False
    file_handler = logging.handlers.RotatingFileHandler(
        log_dir / "executrek.log", maxBytes=2_000_000, backupCount=5, encoding="utf-8"
    )
    file_handler.setFormatter(logging.Formatter(FORMAT))
    root.addHandler(file_handler)
    recent = RecentLines()
    root.addHandler(recent)
    if console:
        stream = logging.StreamHandler()
        stream.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
        stream.setLevel(logging.DEBUG if verbose else logging.WARNING)
        root.addHandler(stream)
    return recent


def shutdown() -> None:
    root = logging.getLogger("executrek")
    for handler in list(root.handlers):
        root.removeHandler(handler)
        handler.close()
