from __future__ import annotations

import logging
import sys
import threading
from pathlib import Path

from PySide6.QtCore import qWarning

from executrek.app import logging_setup
from executrek.app.crash import CrashHandler


def test_uncaught_exceptions_write_a_report_and_tell_listeners(tmp_path: Path) -> None:
    recent = logging_setup.setup(tmp_path / "logs")
    logging.getLogger("executrek.test").info("opened project HOSP-EW")
    handler = CrashHandler(tmp_path / "crashes", recent, "9.9")
    seen: list[tuple[str, Path]] = []
    handler.listeners.append(lambda text, path: seen.append((text, path)))
    handler.install()
    try:
        try:
            raise ValueError("kaboom")
        except ValueError:
            sys.excepthook(*sys.exc_info())  # type: ignore[arg-type]
        worker = threading.Thread(target=lambda: 1 / 0)
        worker.start()
        worker.join()
        qWarning("a Qt warning")
    finally:
        handler.uninstall()
        logging_setup.shutdown()
    assert len(seen) == 2
    text, path = seen[0]
    assert path.exists()
    assert "ValueError: kaboom" in path.read_text()
    assert "opened project HOSP-EW" in text
    assert "Executrek Field 9.9" in text
    assert "ZeroDivisionError" in seen[1][0]
    log_text = (tmp_path / "logs" / "executrek.log").read_text()
    assert "a Qt warning" in log_text
    assert (tmp_path / "crashes" / "faulthandler.log").exists()


def test_recent_lines_is_bounded() -> None:
    buf = logging_setup.RecentLines(capacity=3)
    log = logging.getLogger("executrek.ring")
    log.addHandler(buf)
    try:
        for n in range(10):
            log.warning("line %d", n)
    finally:
        log.removeHandler(buf)
    assert [line.rsplit(" ", 1)[-1] for line in buf.lines] == ["7", "8", "9"]
