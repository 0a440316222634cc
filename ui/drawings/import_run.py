"""Importing drawing files from the GUI: pick files, import them on the runner's ``db``
worker with a progress dialog that can cancel (files already imported stay), then say
what happened, with one sentence per refused file."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget
from shiboken6 import Shiboken

from executrek.app.drawing_import import DrawingImport, DrawingImporter
from executrek.app.photos.blobstore import BlobStore
from executrek.models.changes import Changes
from executrek.ui.tasks import TaskHandle

if TYPE_CHECKING:
    from executrek.ui.main_window import MainWindow

DRAWING_TABLES = ("drawing_files", "drawing_sheets", "drawing_revisions", "drawing_pins")


def _tr(text: str) -> str:
    return QCoreApplication.translate("Drawings", text)


def choose_files(parent: QWidget) -> list[Path]:
    names, _filter = QFileDialog.getOpenFileNames(
        parent,
        _tr("Import drawings"),
        "",
        _tr("Drawings (*.pdf *.png *.jpg *.jpeg);;All files (*)"),
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
    owner = parent or window
    dialog = QProgressDialog(_tr("Importing drawings…"), _tr("Cancel"), 0, 0, owner)
    dialog.setWindowTitle(_tr("Import drawings"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(400)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setValue(0)
    importer = DrawingImporter(window.ctx.store, BlobStore(window.ctx.paths.blobs))
    files = list(paths)

    def work(handle: TaskHandle) -> DrawingImport:
        return importer.import_paths(
            project_id,
            files,
            progress=lambda done, total: handle.progressed.emit(done, total),
            cancel=handle.cancel_event,
        )

    def close_dialog() -> QWidget:
        if Shiboken.isValid(dialog):
            dialog.close()
            dialog.deleteLater()
        return owner if Shiboken.isValid(owner) else window

    def finished(report: DrawingImport) -> None:
        live = close_dialog()
        changes = _changes(report, project_id)
        if changes:
            window.changed.emit(changes)
        if report.refused or report.cancelled:
            refused = [line.reason or line.source.name for line in report.refused]
            box = QMessageBox(
                QMessageBox.Icon.Warning if refused else QMessageBox.Icon.Information,
                _tr("Import drawings"),
                report.summary(),
                QMessageBox.StandardButton.Ok,
                live,
            )
            if refused:
                shown = refused[:8]
                more = len(refused) - len(shown)
                text = "\n\n".join(shown)
                if more:
                    text += "\n\n" + _tr("…and {count} more (see the details).").format(count=more)
                box.setInformativeText(text)
                box.setDetailedText("\n".join(refused))
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()
        else:
            window.statusBar().showMessage(report.summary(), 8000)
        if on_done is not None:
            on_done(report)

    def failed(message: str) -> None:
        close_dialog()
        window.show_error(message)

    handle = window.runner.submit(work, on_done=finished, on_error=failed, pool="db")

    def progressed(done: int, total: int) -> None:
        if Shiboken.isValid(dialog):
            dialog.setMaximum(total)
            dialog.setValue(done)
            dialog.setLabelText(
                _tr("Importing drawings… {done} of {total} file(s)").format(done=done, total=total)
            )

    handle.progressed.connect(progressed)
    dialog.canceled.connect(handle.cancel)
    return handle
