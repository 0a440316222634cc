"""Logging: a rotating file, the last lines in memory for the crash dialog, and the
console when asked. A log folder that cannot be written (a read-only data folder) sends
the log to stderr instead, with one warning saying so; it never stops the app."""

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
    root = logging.getLogger("executrek")
    for handler in list(root.handlers):
        root.removeHandler(handler)
        handler.close()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    root.propagate = False
    unwritable: OSError | None = None
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        file_handler = logging.handlers.RotatingFileHandler(
            log_dir / "executrek.log", maxBytes=2_000_000, backupCount=5, encoding="utf-8"
        )
        file_handler.setFormatter(logging.Formatter(FORMAT))
        root.addHandler(file_handler)
    except OSError as exc:
        unwritable = exc
    recent = RecentLines()
    root.addHandler(recent)
    if console or unwritable is not None:
        stream = logging.StreamHandler()
        stream.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
        # The console of a command shows warnings only; in place of the file, everything.
        quiet = console and not verbose
        stream.setLevel(logging.WARNING if quiet else logging.DEBUG)
        root.addHandler(stream)
    if unwritable is not None:
        root.warning(
            "the log cannot be written in %s (%s); logging to the console instead",
            log_dir,
            unwritable.strerror or unwritable,
        )
    return recent


def shutdown() -> None:
    root = logging.getLogger("executrek")
    for handler in list(root.handlers):
        root.removeHandler(handler)
        handler.close()
