"""Running inspection services off the GUI thread with errors shown inline (beside the
form that caused them) instead of in a message box."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QWidget

from executrek.ui.tasks import TaskHandle

if TYPE_CHECKING:
    from executrek.ui.main_window import MainWindow


def run_service(
    window: MainWindow,
    fn: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[str], None],
    *,
    pool: str = "db",
) -> TaskHandle:
    """``fn()`` on the worker; a ``Done`` result's changes go out on ``window.changed``
    before ``on_done(result)`` runs on the GUI thread; a failure goes to ``on_error``.
    Forms that word a refusal beside a field use ``MainWindow.call_form(on_error=…)``."""
    return window.call(fn, on_done, pool=pool, on_error=on_error)


def run_from_dialog(
    window: MainWindow,
    buttons: QWidget,
    fn: Callable[[], Any],
    on_done: Callable[[Any], None],
    show_message: Callable[[str], None],
) -> TaskHandle:
    """``run_service`` for a dialog's OK: its ``buttons`` are off while ``fn`` runs; a
    failure turns them on again and its message goes to ``show_message``."""

    def failed(message: str) -> None:
        buttons.setEnabled(True)
        show_message(message)

    buttons.setEnabled(False)
    return run_service(window, fn, on_done, failed)
