"""The photo library: the pipeline in ``app/photos`` joined to the local store.

``PhotoLibrary`` imports files and folders onto a project (and optionally onto one of
its records), keeps originals in the content-addressed blob store, writes one photo row
per distinct photo (the same photo twice is stored once and reported as a duplicate),
makes the thumbnail and report copy in parallel while importing, saves markup and
captions through ``models.services.records``, and hands out the files that may leave the
app: upright, metadata-free report JPEGs with the markup drawn in, carrying GPS only
when a report asks for it.

Everything here blocks; call it off the GUI thread. Decoding runs on a small thread
pool; database writes stay on the calling thread, in file order, and each file's line is
handed to ``on_line`` as soon as it is known.

Each file is hashed before anything is written (``importer.read_source``): a photo the
store already has is a duplicate even on a full disk. When the disk fills up (a blob, a
preview or a row cannot be written) the import carries on without writing: later files
already stored are still duplicates, every other file is refused as "not saved: the
disk is full", and the summary says how many of how many were imported.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path

from PIL import Image

from executrek.app.atomic import write_bytes
from executrek.app.i18n import translate
from executrek.app.paths import AppPaths
from executrek.app.photos import refusal
from executrek.app.photos.blobstore import BlobStore
from executrek.app.photos.derivative_batch import default_workers, run_windowed
from executrek.app.photos.derivative_cache import DerivativeCache
from executrek.app.photos.derivatives import DerivativeKind, encode_jpeg, render_derivative
from executrek.app.photos.discovery import discover
from executrek.app.photos.disk_full import is_disk_full
from executrek.app.photos.gps import with_gps
from executrek.app.photos.importer import (
    ByOutcome,
    ImportedFile,
    ImportOutcome,
    SourceFile,
    read_source,
    stage_source,
    unreadable,
    validate_staged,
)
from executrek.app.photos.markup import Markup
from executrek.app.photos.metadata import PhotoMetadata, read_metadata
from executrek.app.photos.refusal import PhotoRefused, RefusalCode
from executrek.models.changes import Changes
from executrek.models.common import Photo
from executrek.models.errors import NotFoundError, StoreError
from executrek.models.services import records
from executrek.models.services.common import Done
from executrek.models.store import Store

Progress = Callable[[int, int], None]
LineSink = Callable[["ImportLine"], None]

_MAX_FILENAME = 300
_MAX_CAMERA = 100
_GPS_FOLDER = "report-gps"


@dataclass(frozen=True)
class ImportLine:
    """One file's outcome. ``photo_id`` is set for imported and duplicate files;
    ``existing_name`` is the name the photo already had in the project (duplicates)."""

    source: Path
    outcome: ImportOutcome
    photo_id: str | None = None
    sha256: str | None = None
    reason: str | None = None
    refusal_code: RefusalCode | None = None
    existing_name: str | None = None
    preview_error: str | None = None  # the previews could not be made (made again later)


@dataclass(frozen=True)
class LibraryImport(ByOutcome[ImportLine]):
    lines: tuple[ImportLine, ...]
    skipped: int
    cancelled: bool
    changes: Changes = field(default_factory=Changes)

    @property
    def entries(self) -> tuple[ImportLine, ...]:
        return self.lines

    def summary(self) -> str:
        imported, duplicates = len(self.imported), len(self.duplicates)
        not_saved = len(self.not_saved)
        refused = len(self.refused) - not_saved
        if not_saved:
            out = translate("Photos", "{imported} of {total} imported").format(
                imported=imported, total=len(self.lines)
            )
            if duplicates:
                out += translate("Photos", ", {count} duplicate(s)").format(count=duplicates)
            if refused:
                out += translate("Photos", ", {count} refused").format(count=refused)
            return out + translate("Photos", "; the rest not saved: the disk is full")
        text = translate(
            "Photos", "{imported} imported, {duplicates} duplicate(s), {refused} refused"
        )
        out = text.format(imported=imported, duplicates=duplicates, refused=refused)
        if self.cancelled:
            out += translate("Photos", " (cancelled)")
        return out


@dataclass(frozen=True)
class _Ingested:
    record: ImportedFile
    preview_error: str | None


def _refused(source: Path, exc: PhotoRefused) -> ImportedFile:
    return ImportedFile(
        source=source,
        original_filename=source.name,
        outcome=ImportOutcome.REFUSED,
        refusal_code=exc.code,
        reason=exc.reason,
    )


def _refused_line(record: ImportedFile, reason: str | None, code: RefusalCode | None) -> ImportLine:
    return ImportLine(
        record.source, ImportOutcome.REFUSED, sha256=record.sha256, reason=reason, refusal_code=code
    )


def _not_saved(source: SourceFile) -> _Ingested:
    record = _refused(source.path, refusal.disk_full())
    return _Ingested(replace(record, sha256=source.sha256, size=source.size), None)


def _aware(moment: dt.datetime | None) -> dt.datetime | None:
    """Capture times without an offset are the camera's clock: read them as local time."""
    if moment is None:
        return None
    return moment.astimezone(dt.UTC)


def _short(text: str | None, limit: int) -> str | None:
    return text[:limit] if text else text


def _filename(name: str) -> str:
    if len(name) <= _MAX_FILENAME:
        return name
    stem, dot, suffix = name.rpartition(".")
    if dot and len(suffix) < 20:
        return f"{stem[: _MAX_FILENAME - len(suffix) - 1]}.{suffix}"
    return name[:_MAX_FILENAME]


def new_photo(record: ImportedFile, metadata: PhotoMetadata) -> records.NewPhoto:
    """The photo row's values for an imported (or already stored) file."""
    assert record.sha256 is not None
    assert record.size is not None
    gps = metadata.gps
    return records.NewPhoto(
        sha256=record.sha256,
        filename=_filename(record.original_filename),
        mime=metadata.mime,
        size_bytes=record.size,
        width=metadata.width,
        height=metadata.height,
        captured_at=_aware(metadata.captured_at),
        camera_make=_short(metadata.camera_make, _MAX_CAMERA),
        camera_model=_short(metadata.camera_model, _MAX_CAMERA),
        orientation=metadata.orientation,
        gps_lat=gps.latitude if gps else None,
        gps_lon=gps.longitude if gps else None,
        gps_alt=gps.altitude_m if gps else None,
    )


def _write_preview(path: Path, data: bytes) -> None:
    """Write a cache file atomically: the bytes are flushed to disk before the rename, so
    a power cut leaves either no file (it is made again) or the whole file. The folder
    is not synced: losing the rename only costs remaking the preview."""
    write_bytes(path, data, sync_folder=False)


def markup_of(photo: Photo) -> Markup:
    """The markup stored on a photo row (a list of shapes in the markup JSON)."""
    shapes = photo.markup or []
    return Markup.from_dict({"version": 1, "shapes": shapes}) if shapes else Markup()


class PhotoLibrary:
    def __init__(
        self, store: Store, blob_root: Path, cache_root: Path, *, workers: int | None = None
    ) -> None:
        self.store = store
        self.blobs = BlobStore(blob_root)
        self.cache = DerivativeCache(cache_root, self.blobs)
        self.workers = workers or default_workers()
        self._large_decode_gate = threading.BoundedSemaphore(1)

    @classmethod
    def for_paths(
        cls, store: Store, paths: AppPaths, *, workers: int | None = None
    ) -> PhotoLibrary:
        return cls(store, paths.blobs, paths.derivatives, workers=workers)

    # -- import ------------------------------------------------------------------------

    def import_paths(
        self,
        project_id: str,
        paths: Iterable[Path],
        *,
        attach_to: tuple[str, str] | None = None,
        role: str = "evidence",
        recursive: bool = True,
        progress: Progress | None = None,
        cancel: threading.Event | None = None,
        on_line: LineSink | None = None,
    ) -> LibraryImport:
        """Import files and folders onto ``project_id`` (and link them to ``attach_to``).

        One line per file found, in the order found; a bad file or a full disk never
        stops the batch. ``on_line(line)`` and then ``progress(done, total)`` are called
        on this thread as each file's outcome is known.
        """
        found = discover([Path(p) for p in paths], recursive=recursive)
        files = found.files
        total = len(files)
        lines: list[ImportLine] = []
        changes = Changes()
        ready: dict[int, _Ingested] = {}
        disk_full = threading.Event()

        def finished(index: int, ingested: _Ingested) -> None:
            ready[index] = ingested
            while len(lines) in ready:  # rows are written in file order
                line = self._record(
                    project_id, ready.pop(len(lines)), attach_to, role, changes, disk_full
                )
                lines.append(line)
                if on_line is not None:
                    on_line(line)
                if progress is not None:
                    progress(len(lines), total)

        run_windowed(
            lambda file: self._ingest(file, disk_full),
            files,
            finished,
            workers=self.workers,
            name="photo-import",
            cancel=cancel,
        )
        return LibraryImport(tuple(lines), found.skipped, len(lines) < total, changes)

    def _ingest(self, path: Path, disk_full: threading.Event) -> _Ingested:
        """Worker: check and hash the file (nothing written); a photo the store has is a
        duplicate. A new one is written to the store's incoming folder, that copy is
        decoded completely at report size (the proof that it is a sound photo) and
        committed, and the report copy and thumbnail are made from that same decode.
        Once the disk is full, new photos are not attempted."""
        try:
            source = read_source(path)
        except PhotoRefused as exc:
            return _Ingested(_refused(path, exc), None)
        except OSError as exc:
            return _Ingested(_refused(path, unreadable(exc)), None)
        if self.blobs.has_intact(source.sha256, source.size):
            return self._already_stored(path, source.sha256, source.size)
        if disk_full.is_set():
            return _not_saved(source)
        try:
            return self._store_new(source, disk_full)
        except OSError as exc:
            if not is_disk_full(exc):
                raise
            disk_full.set()
            return _not_saved(source)

    def _store_new(self, source: SourceFile, disk_full: threading.Event) -> _Ingested:
        with stage_source(self.blobs, source) as staged:
            sha, size = staged.sha256, staged.size
            try:
                metadata, pixels = validate_staged(
                    staged.path,
                    max_edge=DerivativeKind.REPORT.long_edge,
                    large_decode_gate=self._large_decode_gate,
                )
            except PhotoRefused as exc:
                refused = _refused(source.path, exc)
                return _Ingested(replace(refused, sha256=sha, size=size), None)
            was_new = staged.commit()
        record = ImportedFile(
            source=source.path,
            original_filename=source.path.name,
            outcome=ImportOutcome.IMPORTED if was_new else ImportOutcome.DUPLICATE,
            sha256=sha,
            size=size,
            mime=metadata.mime,
            metadata=metadata,
        )
        try:
            self._write_previews(sha, pixels)
        except OSError as exc:
            if is_disk_full(exc):
                disk_full.set()
            return _Ingested(record, exc.strerror or type(exc).__name__)
        return _Ingested(record, None)

    def _already_stored(self, source: Path, sha256: str, size: int) -> _Ingested:
        """A blob the store holds already (another project, or an earlier import)."""
        try:
            metadata: PhotoMetadata | None = read_metadata(self.blobs.path_for(sha256))
        except PhotoRefused:
            metadata = None
        record = ImportedFile(
            source=source,
            original_filename=source.name,
            outcome=ImportOutcome.DUPLICATE,
            sha256=sha256,
            size=size,
            mime=metadata.mime if metadata else None,
            metadata=metadata,
        )
        if metadata is None:
            return _Ingested(record, None)
        try:
            self._make_previews(sha256)
        except PhotoRefused as exc:
            return _Ingested(record, exc.reason)
        except OSError as exc:
            return _Ingested(record, exc.strerror or type(exc).__name__)
        return _Ingested(record, None)

    def _make_previews(self, sha256: str) -> None:
        """Report copy and thumbnail of a stored photo, unless both are cached."""
        report = self.cache.path_for(sha256, DerivativeKind.REPORT)
        thumbnail = self.cache.path_for(sha256, DerivativeKind.THUMBNAIL)
        if report.is_file() and thumbnail.is_file():
            return
        image = render_derivative(
            self.blobs.path_for(sha256),
            DerivativeKind.REPORT,
            large_decode_gate=self._large_decode_gate,
        )
        self._write_previews(sha256, image)

    def _write_previews(self, sha256: str, image: Image.Image) -> None:
        """``image`` is the upright report-size picture; the thumbnail is cut from it."""
        _write_preview(self.cache.path_for(sha256, DerivativeKind.REPORT), encode_jpeg(image))
        edge = DerivativeKind.THUMBNAIL.long_edge
        small = image.copy()
        small.thumbnail((edge, edge), Image.Resampling.LANCZOS)
        _write_preview(self.cache.path_for(sha256, DerivativeKind.THUMBNAIL), encode_jpeg(small))

    def _record(
        self,
        project_id: str,
        ingested: _Ingested,
        attach_to: tuple[str, str] | None,
        role: str,
        changes: Changes,
        disk_full: threading.Event,
    ) -> ImportLine:
        record = ingested.record
        if record.outcome is ImportOutcome.REFUSED or record.sha256 is None:
            return _refused_line(record, record.reason, record.refusal_code)
        if record.metadata is None:  # stored earlier as something other than a photo
            refused = refusal.not_an_image()
            return _refused_line(record, refused.reason, refused.code)
        try:
            done = records.add_photo(
                self.store,
                project_id,
                new_photo(record, record.metadata),
                attach_to=attach_to,
                role=role,
            )
        except StoreError as exc:
            if not is_disk_full(exc):
                raise
            disk_full.set()  # the blob stays: the next import finds it and adds the row
            known = (
                None if attach_to else records.photo_with_sha(self.store, project_id, record.sha256)
            )
            if known is not None:  # the project has it: a duplicate, even on a full disk
                return ImportLine(
                    record.source,
                    ImportOutcome.DUPLICATE,
                    photo_id=known.id,
                    sha256=record.sha256,
                    existing_name=known.filename,
                    preview_error=ingested.preview_error,
                )
            full = refusal.disk_full()
            return _refused_line(record, full.reason, full.code)
        changes.merge(done.changes)
        photo, created = done.value
        return ImportLine(
            record.source,
            ImportOutcome.IMPORTED if created else ImportOutcome.DUPLICATE,
            photo_id=photo.id,
            sha256=record.sha256,
            existing_name=None if created else photo.filename,
            preview_error=ingested.preview_error,
        )

    # -- derivatives -------------------------------------------------------------------

    def thumbnail(self, sha256: str, markup: Markup | None = None) -> Path:
        """The cached thumbnail (markup drawn in); raises ``PhotoRefused`` or
        ``FileNotFoundError`` when the original cannot be used."""
        return self.cache.get_or_make(sha256, DerivativeKind.THUMBNAIL, markup)

    def report_copy(self, sha256: str, markup: Markup | None = None) -> Path:
        return self.cache.get_or_make(sha256, DerivativeKind.REPORT, markup)

    def report_image(self, photo: Photo, *, include_gps: bool = False) -> Path:
        """The file a report or export embeds for ``photo``: upright, report size,
        markup drawn in, no metadata; with ``include_gps`` (asked for on that report)
        a GPS-only EXIF block is added when the photo has a position."""
        markup = markup_of(photo)
        plain = self.report_copy(photo.sha256, markup)
        if not include_gps or photo.gps_lat is None or photo.gps_lon is None:
            return plain
        target = self.cache.root / _GPS_FOLDER / plain.name
        if not target.is_file():
            data = with_gps(plain.read_bytes(), photo.gps_lat, photo.gps_lon, photo.gps_alt)
            write_bytes(target, data)
        return target

    def report_images(
        self,
        photo_ids: Sequence[str],
        *,
        include_gps: bool = False,
        progress: Progress | None = None,
        cancel: threading.Event | None = None,
    ) -> dict[str, Path | str]:
        """Report images of many photos in parallel: photo id → path, or the one-line
        reason it could not be made (a missing or unreadable original)."""
        rows = [self.photo(pid) for pid in photo_ids]
        out: dict[str, Path | str] = {}
        total = len(rows)
        with ThreadPoolExecutor(self.workers, thread_name_prefix="photo-report") as pool:
            futures = {
                pool.submit(self._report_or_reason, row, include_gps): row.id for row in rows
            }
            for future in futures:
                if cancel is not None and cancel.is_set():
                    for pending in futures:
                        pending.cancel()
                    break
                out[futures[future]] = future.result()
                if progress is not None:
                    progress(len(out), total)
        return out

    def _report_or_reason(self, photo: Photo, include_gps: bool) -> Path | str:
        try:
            return self.report_image(photo, include_gps=include_gps)
        except PhotoRefused as exc:
            return exc.reason
        except FileNotFoundError:
            return translate("Photos", "the original photo is missing from the photo store")

    # -- rows --------------------------------------------------------------------------

    def photo(self, photo_id: str) -> Photo:
        with self.store.read() as s:
            row = s.get(Photo, photo_id)
            if row is None or row.deleted_at is not None:
                raise NotFoundError("{label} {id} does not exist (or was deleted).",
                                    label="Photo", id=photo_id)  # fmt: skip
            return row

    def set_markup(self, photo_id: str, markup: Markup) -> Done[Photo]:
        """Save ``markup`` as vector data over the untouched original."""
        return records.set_markup(self.store, photo_id, markup.to_dict()["shapes"])

    def set_caption(self, photo_id: str, caption: str | None) -> Done[Photo]:
        return records.set_caption(self.store, photo_id, (caption or "").strip() or None)

    def attach(
        self, photo_id: str, record_type: str, record_id: str, role: str = "evidence"
    ) -> Done[None]:
        return records.link_photo(self.store, photo_id, record_type, record_id, role)
