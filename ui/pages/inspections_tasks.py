"""Running inspection services off the GUI thread with errors shown inline (beside the
form that caused them) instead of in a message box."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from executrek.models.changes import Changes
from executrek.models.errors import DomainError
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
    before ``on_done(result)`` runs on the GUI thread."""

    def done(result: Any) -> None:
        changes = getattr(result, "changes", None)
        if isinstance(changes, Changes) and changes:
            window.changed.emit(changes)
        on_done(result)

    return window.runner.submit(lambda _h: fn(), on_done=done, on_error=on_error, pool=pool)


class _Refused:
    """A DomainError carried back from the worker as a value."""

    def __init__(self, error: DomainError) -> None:
        self.error = error


def run_form(
    window: MainWindow,
    fn: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_refused: Callable[[DomainError], None],
    on_error: Callable[[str], None],
) -> TaskHandle:
    """Like :func:`run_service`, but a refusal comes back as the ``DomainError`` itself
    (``on_refused``), so the form can word it for the field it names; other failures
    go to ``on_error`` as a message."""

    def work() -> Any:
        try:
            return fn()
        except DomainError as exc:
            return _Refused(exc)

    def done(result: Any) -> None:
        if isinstance(result, _Refused):
            on_refused(result.error)
        else:
            on_done(result)

    return run_service(window, work, done, on_error)
