"""What the image libraries print goes to the log, never to the user's terminal.

libtiff and Pillow's C code write warnings straight to the process's standard error
(``TIFFFetchNormalTag: …``, ``TIFFFillStrip: Read error …``), and Pillow raises Python
warnings (``Corrupt EXIF data``, ``Tag data larger than file``, the decompression-bomb
warning) for hostile or damaged files: a camera card of such files put 215 lines on
stderr. While any photo is being opened or decoded (``decode.open_photo``), file
descriptor 2 points at an in-memory file and Python warnings go to the log; when the
last decode running at that moment ends, the captured text is logged (INFO, at most
``MAX_LOGGED_LINES`` lines) on the ``executrek.app.photos.decode`` logger.

Standard error is one per process, so the capture is too: decodes on several worker
threads share one capture window, and anything another thread prints to stderr inside
that window lands in the log as well (the app's own messages go through logging, so in
practice that is nothing). The in-memory file is opened for appending, so lines two
threads write at the same moment both reach the log.
"""

from __future__ import annotations

import logging
import os
import sys
import tempfile
import threading
import warnings
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from typing import Any, TextIO

_log = logging.getLogger("executrek.app.photos.decode")

#: Lines of captured library output written to the log per capture window.
MAX_LOGGED_LINES = 200
_MAX_READ_BYTES = 256 * 1024
_STDERR = 2


class _Capture:
    """The process-wide state: how many decodes are inside, where fd 2 went."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.depth = 0
        self.saved_fd: int | None = None
        self.sink_fd: int | None = None
        self.saved_showwarning: Any = None
        self.files: list[str] = []


_state = _Capture()


def _log_warning(
    message: Warning | str,
    category: type[Warning],
    filename: str,
    lineno: int,
    file: TextIO | None = None,
    line: str | None = None,
) -> None:
    _log.info("library warning: %s: %s (%s:%s)", category.__name__, message, filename, lineno)


def _flush_stderr() -> None:
    with suppress(OSError, ValueError, AttributeError):  # closed or replaced streams
        sys.stderr.flush()


def _open_sink() -> int | None:
    """An anonymous in-memory file (Linux), else a temporary file; None if neither works.

    Opened for appending: threads writing to fd 2 at the same moment would otherwise race
    on the shared offset (an in-memory file takes no position lock) and one line would
    overwrite the other."""
    try:
        if hasattr(os, "memfd_create"):
            fd = os.memfd_create("executrek-library-output")
            import fcntl  # POSIX only, like memfd_create

            fcntl.fcntl(fd, fcntl.F_SETFL, fcntl.fcntl(fd, fcntl.F_GETFL) | os.O_APPEND)
            return fd
        first, name = tempfile.mkstemp(prefix="executrek-stderr-")
        try:
            fd = os.open(name, os.O_RDWR | os.O_APPEND)
        finally:
            os.close(first)
        with suppress(OSError):  # POSIX: the open descriptor keeps it; Windows keeps the file
            os.unlink(name)
        return fd
    except OSError:
        return None


def _start() -> None:
    state = _state
    state.saved_showwarning = warnings.showwarning
    warnings.showwarning = _log_warning
    sink = _open_sink()
    if sink is None:
        return
    _flush_stderr()
    try:
        state.saved_fd = os.dup(_STDERR)
        os.dup2(sink, _STDERR)
    except OSError:
        if state.saved_fd is not None:
            os.close(state.saved_fd)
        state.saved_fd = None
        os.close(sink)
        return
    state.sink_fd = sink


def _stop() -> None:
    state = _state
    warnings.showwarning = state.saved_showwarning
    state.saved_showwarning = None
    files, state.files = state.files, []
    if state.saved_fd is None or state.sink_fd is None:
        return
    _flush_stderr()
    os.dup2(state.saved_fd, _STDERR)
    os.close(state.saved_fd)
    state.saved_fd = None
    sink, state.sink_fd = state.sink_fd, None
    try:
        os.lseek(sink, 0, os.SEEK_SET)
        text = os.read(sink, _MAX_READ_BYTES).decode("utf-8", errors="replace")
    except OSError:
        text = ""
    finally:
        os.close(sink)
    _log_lines(text, files)


def _log_lines(text: str, files: list[str]) -> None:
    lines = [line for line in text.splitlines() if line.strip()]
    if not lines:
        return
    shown = ", ".join(files[:5]) + (f" and {len(files) - 5} more" if len(files) > 5 else "")
    _log.info("image library messages while reading %s:", shown)
    for line in lines[:MAX_LOGGED_LINES]:
        _log.info("  %s", line)
    if len(lines) > MAX_LOGGED_LINES:
        _log.info("  … and %d more line(s)", len(lines) - MAX_LOGGED_LINES)


@contextmanager
def captured(label: str) -> Iterator[None]:
    """Library output inside the block goes to the log (see the module text); ``label``
    (the file being read) names the capture window in the log."""
    with _state.lock:
        if _state.depth == 0:
            _start()
        _state.depth += 1
        if len(_state.files) < 1000:
            _state.files.append(label)
    try:
        yield
    finally:
        with _state.lock:
            _state.depth -= 1
            if _state.depth == 0:
                _stop()
