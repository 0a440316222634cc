"""Load the demo portfolio from the GUI: off the GUI thread, with a progress dialog that
can cancel, and the window refreshed afterwards (File › Load demo portfolio, and the
first-start question)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from executrek.models.changes import Changes
from executrek.models.errors import DomainError
from executrek.ui.tasks import TaskHandle
from executrek.ui.widgets.progress_job import start_with_progress

if TYPE_CHECKING:
    from executrek.ui.main_window import MainWindow


class _Stopped(Exception):
    """The user cancelled: stop after the project being built."""


@dataclass
class DemoLoaded:
    loaded: list[str]  # project codes now in the store
    total: int
    cancelled: bool
    changes: Changes = field(default_factory=Changes)


def load_demo(window: MainWindow) -> TaskHandle:
    """Start loading; the dialog shows "project n of 3" and Cancel stops after the project
    being built (each project is complete or absent; what was loaded stays and shows)."""
    from executrek.app import demo
    from executrek.app.photos.blobstore import BlobStore
    from executrek.models.services import projects

    store = window.ctx.store
    blobs = BlobStore(window.ctx.paths.blobs)  # the demo's drawing sets go here
    total = len(demo.RECIPES)

    def work(handle: TaskHandle) -> DemoLoaded:
        codes = {r.code for r in demo.RECIPES}
        if {p.code for p in projects.list_projects(store)} & codes:
            raise DomainError("The demo portfolio is already loaded in this data folder.")

        def progress(done: int, steps: int) -> None:
            handle.progressed.emit(done, steps)
            if handle.cancel_event.is_set() and done < steps:
                raise _Stopped()

        cancelled = False
        try:
            demo.build(store, progress=progress, blobs=blobs)
        except _Stopped:
            cancelled = True
        loaded = sorted({p.code for p in projects.list_projects(store)} & codes)
        out = DemoLoaded(loaded, total, cancelled)
        if loaded:
            out.changes.note("created", "projects", "*", None)
        return out

    def finished(result: DemoLoaded, _live: QWidget) -> None:
        window.demo_action.setEnabled(True)
        if result.cancelled:
            text = QCoreApplication.translate(
                "DemoLoader", "Demo loading cancelled: {n} of {total} projects loaded."
            ).format(n=len(result.loaded), total=result.total)
        else:
            text = QCoreApplication.translate("DemoLoader", "Demo portfolio loaded.")
        window.statusBar().showMessage(text, 8000)
        if result.changes:
            window.changed.emit(result.changes)

    def failed(message: str) -> None:
        window.demo_action.setEnabled(True)
        window.statusBar().clearMessage()
        window.show_error(message)

    def step_label(done: int, steps: int) -> str | None:
        if done >= steps:
            return None
        return QCoreApplication.translate(
            "DemoLoader", "Loading the demo portfolio… project {n} of {total}"
        ).format(n=done + 1, total=steps)

    window.demo_action.setEnabled(False)
    window.statusBar().showMessage(
        QCoreApplication.translate("DemoLoader", "Loading the demo portfolio…")
    )
    return start_with_progress(
        window,
        work,
        title=QCoreApplication.translate("DemoLoader", "Load demo portfolio"),
        label=QCoreApplication.translate("DemoLoader", "Loading the demo portfolio…"),
        on_done=finished,
        on_error=failed,
        progress_label=step_label,
        stopping_label=QCoreApplication.translate("DemoLoader", "Stopping after this project…"),
        min_duration_ms=0,
    )
