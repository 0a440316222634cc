"""Import photos from files and folders into the blob store; no database here.

For every file found (see ``discovery``) the report holds one record: ``imported``,
``duplicate`` (same bytes earlier in this batch or already in the store) or ``refused``
with a one-line reason. Each file is checked cheaply first (size, magic), then copied
into the store's incoming folder while hashed, and the copy is what gets decoded and
read: the stored bytes are exactly the bytes validated. Only files that decode are
committed. A failure never stops the batch; the only exceptions that escape are those
of the store itself (e.g. its disk is full or read-only).

Memory stays flat: one image is open at a time and only small records are kept.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path

from executrek.app.photos import refusal
from executrek.app.photos.blobstore import BlobStore
from executrek.app.photos.decode import decode_opened, open_photo
from executrek.app.photos.derivatives import DerivativeKind
from executrek.app.photos.discovery import discover
from executrek.app.photos.metadata import PhotoMetadata, metadata_from, read_metadata
from executrek.app.photos.refusal import PhotoRefused, RefusalCode
from executrek.app.photos.sniff import check_file

Progress = Callable[[int, int], None]

#: Size of the trial decode that proves a file is a complete, readable image.
_VALIDATION_EDGE = DerivativeKind.THUMBNAIL.long_edge


class ImportOutcome(StrEnum):
    IMPORTED = "imported"
    DUPLICATE = "duplicate"
    REFUSED = "refused"


@dataclass(frozen=True)
class ImportedFile:
    """One file's outcome. For ``imported`` and ``duplicate`` the sha256, size, mime and
    metadata describe the stored blob; for ``refused`` ``reason`` says why."""

    source: Path
    original_filename: str
    outcome: ImportOutcome
    sha256: str | None = None
    size: int | None = None
    mime: str | None = None
    metadata: PhotoMetadata | None = None
    refusal_code: RefusalCode | None = None
    reason: str | None = None


@dataclass(frozen=True)
class ImportReport:
    files: tuple[ImportedFile, ...]
    skipped: int  # hidden/system/clutter entries that were not considered at all
    cancelled: bool

    def _with(self, outcome: ImportOutcome) -> tuple[ImportedFile, ...]:
        return tuple(f for f in self.files if f.outcome is outcome)

    @property
    def imported(self) -> tuple[ImportedFile, ...]:
        return self._with(ImportOutcome.IMPORTED)

    @property
    def duplicates(self) -> tuple[ImportedFile, ...]:
        return self._with(ImportOutcome.DUPLICATE)

    @property
    def refused(self) -> tuple[ImportedFile, ...]:
        return self._with(ImportOutcome.REFUSED)


def _refused(source: Path, exc: PhotoRefused, size: int | None = None) -> ImportedFile:
    return ImportedFile(
        source=source,
        original_filename=source.name,
        outcome=ImportOutcome.REFUSED,
        size=size,
        refusal_code=exc.code,
        reason=exc.reason,
    )


def _validate(path: Path) -> PhotoMetadata:
    """Read metadata and decode once at thumbnail size; raises ``PhotoRefused``."""
    with open_photo(path) as (image, header):
        metadata = metadata_from(image, header)
        decode_opened(image, header, max_edge=_VALIDATION_EDGE)
    return metadata


class _Batch:
    """Import state for one call: what this batch has already seen, by sha256."""

    def __init__(self, store: BlobStore) -> None:
        self.store = store
        self.seen: dict[str, ImportedFile] = {}

    def import_file(self, source: Path) -> ImportedFile:
        try:
            check_file(source)
            staged = self.store.stage_file(source)
        except PhotoRefused as exc:
            return _refused(source, exc)
        except OSError as exc:
            return _refused(source, refusal.unreadable(exc.strerror or type(exc).__name__))
        with staged:
            sha, size = staged.sha256, staged.size
            earlier = self.seen.get(sha)
            if earlier is not None:
                outcome = earlier.outcome
                if outcome is ImportOutcome.IMPORTED:
                    outcome = ImportOutcome.DUPLICATE
                return replace(
                    earlier, source=source, original_filename=source.name, outcome=outcome
                )
            if self.store.has(sha):
                record = self._already_stored(source, staged.path, sha, size)
            else:
                try:
                    metadata = _validate(staged.path)
                except PhotoRefused as exc:
                    record = replace(_refused(source, exc, size), sha256=sha)
                else:
                    was_new = staged.commit()
                    record = ImportedFile(
                        source=source,
                        original_filename=source.name,
                        outcome=ImportOutcome.IMPORTED if was_new else ImportOutcome.DUPLICATE,
                        sha256=sha,
                        size=size,
                        mime=metadata.mime,
                        metadata=metadata,
                    )
            self.seen[sha] = record
            return record

    def _already_stored(self, source: Path, copy: Path, sha: str, size: int) -> ImportedFile:
        try:
            metadata: PhotoMetadata | None = read_metadata(copy)
        except PhotoRefused:
            metadata = None
        return ImportedFile(
            source=source,
            original_filename=source.name,
            outcome=ImportOutcome.DUPLICATE,
            sha256=sha,
            size=size,
            mime=metadata.mime if metadata else None,
            metadata=metadata,
        )


def iter_import(
    files: Iterable[Path], store: BlobStore, *, cancel: threading.Event | None = None
) -> Iterator[ImportedFile]:
    """Import ``files`` (no folder walking) one by one, yielding each outcome as it is
    known; stops early when ``cancel`` is set."""
    batch = _Batch(store)
    for source in files:
        if cancel is not None and cancel.is_set():
            return
        yield batch.import_file(Path(source))


def import_paths(
    paths: Iterable[Path],
    store: BlobStore,
    *,
    recursive: bool = True,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> ImportReport:
    """Import files and folders. ``progress(done, total)`` runs after every file."""
    found = discover(paths, recursive=recursive)
    total = len(found.files)
    records: list[ImportedFile] = []
    for record in iter_import(found.files, store, cancel=cancel):
        records.append(record)
        if progress is not None:
            progress(len(records), total)
    return ImportReport(files=tuple(records), skipped=found.skipped, cancelled=len(records) < total)
