"""Importing drawing files from the GUI: pick files, import them on the runner's ``db``
worker with a progress dialog that can cancel (files already imported stay), then say
what happened, with one sentence per refused file."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from executrek.app.drawings.importer import DrawingImport, DrawingImporter
from executrek.app.photos.blobstore import BlobStore
from executrek.models.changes import Changes
from executrek.ui.tasks import TaskHandle
from executrek.ui.widgets.progress_job import start_with_progress, tell_outcome

if TYPE_CHECKING:
    from executrek.ui.main_window import MainWindow

DRAWING_TABLES = ("drawing_files", "drawing_sheets", "drawing_revisions", "drawing_pins")


def choose_files(parent: QWidget) -> list[Path]:
    names, _filter = QFileDialog.getOpenFileNames(
        parent,
        QCoreApplication.translate("Drawings", "Import drawings"),
        "",
        QCoreApplication.translate(
            "Drawings", "Drawings (*.pdf *.png *.jpg *.jpeg);;All files (*)"
        ),
    )
    return [Path(n) for n in names]


def _changes(report: DrawingImport, project_id: str) -> Changes:
    changes = Changes()
    for reg in report.registered:
        if reg.outcome == "unchanged":
            continue
        changes.note("created", "drawing_revisions", reg.revision_id, project_id)
        kind = "created" if reg.outcome == "new_sheet" else "updated"
        changes.note(kind, "drawing_sheets", reg.sheet_id, project_id)
        if reg.pins_carried:
            changes.note("created", "drawing_pins", "*", project_id)
    return changes


def start_import(
    window: MainWindow,
    project_id: str,
    paths: Sequence[Path],
    *,
    parent: QWidget | None = None,
    on_done: Callable[[DrawingImport], None] | None = None,
) -> TaskHandle:
    importer = DrawingImporter(window.ctx.store, BlobStore(window.ctx.paths.blobs))
    files = list(paths)

    def work(handle: TaskHandle) -> DrawingImport:
        return importer.import_paths(
            project_id,
            files,
            progress=lambda done, total: handle.progressed.emit(done, total),
            cancel=handle.cancel_event,
        )

    def finished(report: DrawingImport, live: QWidget) -> None:
        refused = [line.reason or line.source.name for line in report.refused]
        shown = refused[:8]
        more = len(refused) - len(shown)
        text = "\n\n".join(shown)
        if more:
            text += "\n\n" + QCoreApplication.translate(
                "Drawings", "…and {count} more (see the details)."
            ).format(count=more)
        tell_outcome(
            window,
            live,
            _changes(report, project_id),
            report.summary(),
            bool(report.refused or report.cancelled),
            title=QCoreApplication.translate("Drawings", "Import drawings"),
            icon=QMessageBox.Icon.Warning if refused else QMessageBox.Icon.Information,
            informative=text,
            details="\n".join(refused),
        )
        if on_done is not None:
            on_done(report)

    return start_with_progress(
        window,
        work,
        title=QCoreApplication.translate("Drawings", "Import drawings"),
        label=QCoreApplication.translate("Drawings", "Importing drawings…"),
        on_done=finished,
        parent=parent,
        progress_label=lambda done, total: QCoreApplication.translate(
            "Drawings", "Importing drawings… {done} of {total} file(s)"
        ).format(done=done, total=total),
    )
