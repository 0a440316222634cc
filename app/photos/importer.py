"""Import photos from files and folders into the blob store; no database here.

For every file found (see ``discovery``) the report holds one record: ``imported``,
``duplicate`` (same bytes earlier in this batch or already in the store) or ``refused``
with a one-line reason. Each file is checked cheaply first (size, magic) and hashed
**without writing anything**, so a file the store already has is a duplicate even on a
full disk. Only a new file is copied into the store's incoming folder; the copy is what
gets decoded: the stored bytes are exactly the bytes validated. Only files that decode
completely are committed. A bad file never stops the batch.

A full disk does not stop it either, and is never called a bad file: the file that hit
it and every new file after it are refused with ``RefusalCode.DISK_FULL`` ("not saved:
the disk is full"), while later files the store already has are still reported as
duplicates. Other errors of the store itself (read-only, I/O errors) escape.

Memory stays flat: one image is open at a time and only small records are kept (a file
up to ``IN_MEMORY_BYTES`` is read once into memory, hashed, and written from there).
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path
from typing import Any, Generic, Protocol, TypeVar

from PIL import Image

from executrek.app.photos import refusal
from executrek.app.photos.blobstore import BlobStore, StagedBlob, hash_file
from executrek.app.photos.decode import decode_upright, open_photo
from executrek.app.photos.derivatives import DerivativeKind
from executrek.app.photos.discovery import discover
from executrek.app.photos.disk_full import is_disk_full
from executrek.app.photos.metadata import PhotoMetadata, metadata_from, read_metadata
from executrek.app.photos.refusal import PhotoRefused, RefusalCode
from executrek.app.photos.sniff import check_file

Progress = Callable[[int, int], None]

#: Size of the trial decode that proves a file is a complete, readable image.
_VALIDATION_EDGE = DerivativeKind.THUMBNAIL.long_edge

#: Files up to this size are read once into memory: hashed, checked against the store,
#: then written from memory. Larger ones are hashed in a streaming pass, then copied.
IN_MEMORY_BYTES = 32 * 1024 * 1024


class ImportOutcome(StrEnum):
    IMPORTED = "imported"
    DUPLICATE = "duplicate"
    REFUSED = "refused"


class _FileOutcome(Protocol):
    @property
    def outcome(self) -> ImportOutcome: ...

    @property
    def refusal_code(self) -> RefusalCode | None: ...


Line = TypeVar("Line", bound=_FileOutcome)


class ByOutcome(Generic[Line]):
    """An import's files sorted by outcome; ``entries`` is one line per file."""

    @property
    def entries(self) -> tuple[Line, ...]:
        raise NotImplementedError

    def _with(self, outcome: ImportOutcome) -> tuple[Line, ...]:
        return tuple(line for line in self.entries if line.outcome is outcome)

    @property
    def imported(self) -> tuple[Line, ...]:
        return self._with(ImportOutcome.IMPORTED)

    @property
    def duplicates(self) -> tuple[Line, ...]:
        return self._with(ImportOutcome.DUPLICATE)

    @property
    def refused(self) -> tuple[Line, ...]:
        """Every file not stored, the disk-full ones (``not_saved``) included."""
        return self._with(ImportOutcome.REFUSED)

    @property
    def not_saved(self) -> tuple[Line, ...]:
        """Files that were fine but could not be stored because the disk was full."""
        return tuple(line for line in self.entries if line.refusal_code is RefusalCode.DISK_FULL)


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
class ImportReport(ByOutcome[ImportedFile]):
    files: tuple[ImportedFile, ...]
    skipped: int  # hidden/system/clutter entries that were not considered at all
    cancelled: bool

    @property
    def entries(self) -> tuple[ImportedFile, ...]:
        return self.files


def _refused(source: Path, exc: PhotoRefused, size: int | None = None) -> ImportedFile:
    return ImportedFile(
        source=source,
        original_filename=source.name,
        outcome=ImportOutcome.REFUSED,
        size=size,
        refusal_code=exc.code,
        reason=exc.reason,
    )


@dataclass(frozen=True)
class SourceFile:
    """A file checked and hashed, not yet written anywhere. ``data`` holds its bytes when
    it is small enough to keep (``IN_MEMORY_BYTES``)."""

    path: Path
    sha256: str
    size: int
    data: bytes | None


def read_source(path: Path) -> SourceFile:
    """Check ``path`` (size, magic) and hash it; writes nothing. Raises ``PhotoRefused``
    or ``OSError``."""
    check_file(path)
    if path.stat().st_size <= IN_MEMORY_BYTES:
        with open(path, "rb") as fh:
            data = fh.read(IN_MEMORY_BYTES + 1)
        if len(data) <= IN_MEMORY_BYTES:
            return SourceFile(path, hashlib.sha256(data).hexdigest(), len(data), data)
    sha, size = hash_file(path)
    return SourceFile(path, sha, size, None)


def stage_source(store: BlobStore, source: SourceFile) -> StagedBlob:
    """Write the file into the store's incoming folder. A large file is copied and hashed
    again while copying, so the name always matches the bytes written."""
    if source.data is not None:
        return store.stage_bytes(source.data, source.sha256)
    return store.stage_file(source.path)


def validate_staged(
    path: Path,
    *,
    max_edge: int,
    large_decode_gate: AbstractContextManager[Any] | None = None,
) -> tuple[PhotoMetadata, Image.Image]:
    """Metadata (read without decoding), then a complete decode on a fresh open; returns
    both, the pixels upright and at most ``max_edge`` long. Raises ``PhotoRefused``."""
    with open_photo(path) as (image, header):
        metadata = metadata_from(image, header)
    decoded = decode_upright(path, max_edge=max_edge, large_decode_gate=large_decode_gate)
    return metadata, decoded.image


def unreadable(exc: OSError) -> PhotoRefused:
    return refusal.unreadable(exc.strerror or type(exc).__name__)


class _Batch:
    """Import state for one call: what this batch has already seen, by sha256, and
    whether the store's disk has filled up."""

    def __init__(self, store: BlobStore) -> None:
        self.store = store
        self.seen: dict[str, ImportedFile] = {}
        self.disk_full = False

    def import_file(self, path: Path) -> ImportedFile:
        try:
            source = read_source(path)
        except PhotoRefused as exc:
            return _refused(path, exc)
        except OSError as exc:
            return _refused(path, unreadable(exc))
        sha, size = source.sha256, source.size
        earlier = self.seen.get(sha)
        if earlier is not None:
            outcome = earlier.outcome
            if outcome is ImportOutcome.IMPORTED:
                outcome = ImportOutcome.DUPLICATE
            return replace(earlier, source=path, original_filename=path.name, outcome=outcome)
        if self.store.has_intact(sha, size):
            record = self._already_stored(path, sha, size)
        elif self.disk_full:
            return replace(_refused(path, refusal.disk_full(), size), sha256=sha)
        else:
            try:
                record = self._store_new(source)
            except OSError as exc:
                if not is_disk_full(exc):
                    raise
                self.disk_full = True
                return replace(_refused(path, refusal.disk_full(), size), sha256=sha)
        self.seen[sha] = record
        return record

    def _store_new(self, source: SourceFile) -> ImportedFile:
        path = source.path
        with stage_source(self.store, source) as staged:
            sha, size = staged.sha256, staged.size
            try:
                metadata, _pixels = validate_staged(staged.path, max_edge=_VALIDATION_EDGE)
            except PhotoRefused as exc:
                return replace(_refused(path, exc, size), sha256=sha)
            was_new = staged.commit()
        return ImportedFile(
            source=path,
            original_filename=path.name,
            outcome=ImportOutcome.IMPORTED if was_new else ImportOutcome.DUPLICATE,
            sha256=sha,
            size=size,
            mime=metadata.mime,
            metadata=metadata,
        )

    def _already_stored(self, source: Path, sha: str, size: int) -> ImportedFile:
        try:
            metadata: PhotoMetadata | None = read_metadata(self.store.path_for(sha))
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
