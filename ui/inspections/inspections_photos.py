"""Photos of a checklist item: files are imported into the blob store on the ``cpu`` pool
(decoding, hashing), then the stored ones are attached to the item on the database
worker. Used by the checklist runner (file picker and drag and drop)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from executrek.app.photos.blobstore import BlobStore
from executrek.app.photos.importer import ImportedFile, ImportOutcome, iter_import
from executrek.models.changes import Changes
from executrek.models.records.inspection import queries as inspection_queries
from executrek.models.services import records
from executrek.models.services.common import Done
from executrek.ui.inspections.inspections_tasks import run_service

if TYPE_CHECKING:
    from executrek.ui.main_window import MainWindow


def new_photo(record: ImportedFile) -> records.NewPhoto:
    """The photo row for a file the importer stored."""
    meta = record.metadata
    captured = meta.captured_at if meta else None
    if captured is not None and captured.tzinfo is None:
        captured = captured.astimezone()  # camera clock without an offset: local time
    gps = meta.gps if meta else None
    return records.NewPhoto(
        sha256=str(record.sha256),
        filename=record.original_filename[:300],
        mime=record.mime or "application/octet-stream",
        size_bytes=record.size or 0,
        width=meta.width if meta else None,
        height=meta.height if meta else None,
        captured_at=captured.astimezone(dt.UTC) if captured else None,
        camera_make=meta.camera_make if meta else None,
        camera_model=meta.camera_model if meta else None,
        orientation=meta.orientation if meta else None,
        gps_lat=gps.latitude if gps else None,
        gps_lon=gps.longitude if gps else None,
        gps_alt=gps.altitude_m if gps else None,
    )


def attach_photos(
    window: MainWindow,
    paths: list[Path],
    *,
    project_id: str,
    inspection_id: str,
    item_id: str,
    problem: Callable[[str], None],
    finished: Callable[[int | None], None],
) -> None:
    """Import ``paths`` and attach what was stored to the checklist item. ``problem``
    gets a message for files not added or a failure; ``finished`` runs once at the end
    with the item's photo count (None when nothing was attached)."""
    store = window.ctx.store
    blobs = BlobStore(window.ctx.paths.blobs)

    def failed(message: str) -> None:
        problem(message)
        finished(None)

    def attached(result: Done[int]) -> None:
        finished(result.value)

    def imported(found: list[ImportedFile]) -> None:
        refused = [f for f in found if f.outcome is ImportOutcome.REFUSED]
        stored = [f for f in found if f.outcome is not ImportOutcome.REFUSED and f.sha256]
        if refused:
            problem(
                QCoreApplication.translate("InspectionPhotos", "Not added: {files}").format(
                    files="; ".join(f"{f.original_filename}: {f.reason}" for f in refused)
                )
            )
        if not stored:
            finished(None)
            return

        def attach() -> Done[int]:
            changes = Changes()
            for f in stored:
                done = records.add_photo(
                    store, project_id, new_photo(f), attach_to=("inspection_item", item_id)
                )
                changes.merge(done.changes)
            count = inspection_queries.photo_counts(store, inspection_id).get(item_id, 0)
            return Done(count, changes)

        run_service(window, attach, attached, failed)

    window.runner.submit(
        lambda h: list(iter_import(paths, blobs, cancel=h.cancel_event)),
        on_done=imported,
        on_error=failed,
        pool="cpu",
    )
