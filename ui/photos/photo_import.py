"""Running a photo import from the GUI: off the GUI thread, with progress and cancel.

The import runs on the runner's ``db`` worker (it writes rows; decoding inside it uses its
own small pool). A progress dialog appears only when the import takes longer than half
a second. The main window is told what changed, so every gallery refreshes.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFileDialog, QWidget

from executrek.app.photos.catalogue import PhotoSummary
from executrek.app.photos.importer import ImportOutcome
from executrek.app.photos.library import ImportLine, LibraryImport, PhotoLibrary
from executrek.ui.photos.photo_grid_model import ThumbnailSource
from executrek.ui.tasks import TaskHandle
from executrek.ui.widgets.progress_job import start_with_progress, tell_outcome

if TYPE_CHECKING:
    from executrek.ui.main_window import MainWindow

PHOTO_TABLES = ("photos", "photo_links")
PHOTO_FILES = "*.jpg *.jpeg *.png *.heic *.heif *.tif *.tiff *.webp *.gif *.bmp *.avif"


def pick_photos(parent: QWidget, title: str) -> list[Path]:
    """The photo files picked in a file dialog titled ``title`` (none when cancelled)."""
    files, _filter = QFileDialog.getOpenFileNames(
        parent,
        title,
        "",
        QCoreApplication.translate("PhotoStrip", "Photos ({patterns});;All files (*)").format(
            patterns=PHOTO_FILES
        ),
    )
    return [Path(f) for f in files]


def library_for(window: MainWindow) -> PhotoLibrary:
    return PhotoLibrary.for_paths(window.ctx.store, window.ctx.paths)


def thumbnail_source(library: PhotoLibrary) -> ThumbnailSource:
    """Runs on a worker: the cached thumbnail (markup drawn in), made on first use."""

    def load(row: PhotoSummary) -> QImage:
        markup = None if row.markup.is_empty else row.markup
        return QImage(str(library.thumbnail(row.sha256, markup)))

    return load


def describe(line: ImportLine) -> str:
    if line.outcome is ImportOutcome.REFUSED:
        return QCoreApplication.translate("Photos", "{name}: refused: {reason}").format(
            name=line.source.name, reason=line.reason
        )
    if line.outcome is ImportOutcome.DUPLICATE:
        return QCoreApplication.translate("Photos", "{name}: already in the project").format(
            name=line.source.name
        )
    return QCoreApplication.translate("Photos", "{name}: imported").format(name=line.source.name)


def start_import(
    window: MainWindow,
    library: PhotoLibrary,
    project_id: str,
    paths: Sequence[Path],
    *,
    attach_to: tuple[str, str] | None = None,
    parent: QWidget | None = None,
    on_done: Callable[[LibraryImport], None] | None = None,
    show_summary: bool = True,
    scratch: Path | None = None,
) -> TaskHandle:
    """Import ``paths`` off the GUI thread with a progress dialog. ``scratch``: a folder
    of files made for this import only (a pasted image), removed when it ends, whatever
    the outcome (the library keeps its own copy)."""
    files = list(paths)

    def work(handle: TaskHandle) -> LibraryImport:
        try:
            return library.import_paths(
                project_id,
                files,
                attach_to=attach_to,
                progress=lambda done, total: handle.progressed.emit(done, total),
                cancel=handle.cancel_event,
            )
        finally:
            if scratch is not None:
                shutil.rmtree(scratch, ignore_errors=True)

    title = QCoreApplication.translate("Photos", "Import photos")

    def finished(report: LibraryImport, owner: QWidget) -> None:
        problems = show_summary and bool(report.refused or report.duplicates or report.cancelled)
        details = "\n".join(
            describe(line) for line in report.lines if line.outcome is not ImportOutcome.IMPORTED
        )
        summary = report.summary()
        tell_outcome(window, owner, report.changes, summary, problems, title=title, details=details)
        if on_done is not None:
            on_done(report)

    return start_with_progress(
        window,
        work,
        title=title,
        label=QCoreApplication.translate("Photos", "Importing photos…"),
        on_done=finished,
        parent=parent,
        min_duration_ms=500,
    )
