"""Long work the user waits for (imports, the demo): run on the runner's ``db`` worker
behind a window-modal progress dialog whose Cancel asks the job to stop. One place for
the dialog's life cycle, so every such job behaves the same."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget
from shiboken6 import Shiboken

from executrek.models.changes import Changes
from executrek.ui.tasks import TaskHandle

if TYPE_CHECKING:
    from executrek.ui.main_window import MainWindow

T = TypeVar("T")


def start_with_progress(
    window: MainWindow,
    work: Callable[[TaskHandle], T],
    *,
    title: str,
    label: str,
    on_done: Callable[[T, QWidget], None],
    on_error: Callable[[str], None] | None = None,
    parent: QWidget | None = None,
    progress_label: Callable[[int, int], str | None] | None = None,
    stopping_label: str | None = None,
    min_duration_ms: int = 400,
) -> TaskHandle:
    """Start ``work`` (it reports through ``handle.progressed`` and checks
    ``handle.cancel_event``). ``on_done`` gets the result and a live widget to parent
    what follows (``parent`` if it still exists, else the window); failures go to
    ``on_error`` or the window's error message. The dialog shows after
    ``min_duration_ms`` (0: at once) and is gone before either callback runs."""
    owner = parent or window
    dialog = QProgressDialog(
        label, QCoreApplication.translate("ProgressJob", "Cancel"), 0, 0, owner
    )
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(min_duration_ms)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setValue(0)

    def close_dialog() -> QWidget:
        if Shiboken.isValid(dialog):
            dialog.close()
            dialog.deleteLater()
        return owner if Shiboken.isValid(owner) else window

    def finished(result: T) -> None:
        on_done(result, close_dialog())

    def failed(message: str) -> None:
        close_dialog()
        (on_error or window.show_error)(message)

    def progressed(done: int, total: int) -> None:
        if not Shiboken.isValid(dialog):
            return
        dialog.setMaximum(total)
        dialog.setValue(done)
        text = progress_label(done, total) if progress_label is not None else None
        if text is not None and not dialog.wasCanceled():
            dialog.setLabelText(text)

    def cancelled() -> None:
        handle.cancel()
        if stopping_label is not None and Shiboken.isValid(dialog):
            dialog.setLabelText(stopping_label)

    handle = window.runner.submit(work, on_done=finished, on_error=failed, pool="db")
    handle.progressed.connect(progressed)
    dialog.canceled.connect(cancelled)
    if min_duration_ms == 0:
        dialog.show()
    return handle


def tell_outcome(
    window: MainWindow,
    owner: QWidget,
    changes: Changes,
    summary: str,
    problems: bool,
    *,
    title: str,
    icon: QMessageBox.Icon = QMessageBox.Icon.Information,
    informative: str = "",
    details: str = "",
) -> None:
    """After a job such as an import: the window hears what changed; when something went
    wrong a box (parented to ``owner``) gives the ``summary`` with the ``informative``
    text and ``details``, else the status bar shows the summary for a while."""
    if changes:
        window.changed.emit(changes)
    if not problems:
        window.statusBar().showMessage(summary, 8000)
        return
    box = QMessageBox(icon, title, summary, QMessageBox.StandardButton.Ok, owner)
    if informative:
        box.setInformativeText(informative)
    if details:
        box.setDetailedText(details)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
