"""Photos out of the app: upright report-size JPEGs with markup drawn in, and a
``photos.csv`` index (file, original name, caption, capture time, records).

What leaves carries no metadata; the position goes out (in the JPEGs' EXIF and the
index) only when ``include_gps`` is asked for on that export. Files are written
atomically; an existing file of the same name is replaced.
"""

from __future__ import annotations

import csv
import io
import re
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from executrek.app.atomic import write_bytes, write_text
from executrek.app.interop.formula_guard import escape_formula
from executrek.app.photos import catalogue as photo_catalogue
from executrek.app.photos.library import PhotoLibrary

Progress = Callable[[int, int], None]
INDEX_NAME = "photos.csv"
_UNSAFE = re.compile(r"[^A-Za-z0-9._ -]+")


@dataclass(frozen=True)
class PhotoExport:
    files: tuple[Path, ...]  # the JPEGs written, in the order asked
    index: Path
    failures: tuple[tuple[str, str], ...]  # (photo id, one-line reason)
    cancelled: bool


def _safe_stem(filename: str) -> str:
    stem = Path(filename).stem
    cleaned = _UNSAFE.sub("_", stem).strip(" ._") or "photo"
    return cleaned[:80]


def export_photos(
    library: PhotoLibrary,
    photo_ids: Sequence[str],
    folder: Path,
    *,
    include_gps: bool = False,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> PhotoExport:
    """Write the photos as ``001-IMG_0042.jpg`` … and ``photos.csv`` into ``folder``
    (which must exist)."""
    if not folder.is_dir():
        raise FileNotFoundError(2, "No such folder", str(folder))
    made = library.report_images(photo_ids, include_gps=include_gps, cancel=cancel)
    header = ["file", "original", "caption", "taken", "records"]
    if include_gps:
        header += ["latitude", "longitude", "altitude_m"]
    rows: list[list[str]] = []
    files: list[Path] = []
    failures: list[tuple[str, str]] = []
    for number, photo_id in enumerate(photo_ids, start=1):
        if cancel is not None and cancel.is_set():
            break
        result = made.get(photo_id)
        if result is None:
            break
        if isinstance(result, str):
            failures.append((photo_id, result))
            continue
        details = photo_catalogue.photo_details(library.store, photo_id)
        summary = details.summary
        target = folder / f"{number:03d}-{_safe_stem(summary.filename)}.jpg"
        write_bytes(target, result.read_bytes())
        files.append(target)
        taken = summary.taken.astimezone().isoformat(timespec="seconds")
        row = [
            target.name,
            summary.filename,
            summary.caption or "",
            taken if summary.has_capture_time else "",
            "; ".join(ref.label for ref, _role in details.links),
        ]
        if include_gps:
            lat, lon, alt = details.gps or (None, None, None)
            row += ["" if v is None else f"{v:.6f}" for v in (lat, lon)]
            row.append("" if alt is None else f"{alt:.1f}")
        rows.append([escape_formula(cell) for cell in row])
        if progress is not None:
            progress(number, len(photo_ids))
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    index = folder / INDEX_NAME
    write_text(index, "\ufeff" + buffer.getvalue())
    done = len(files) + len(failures)
    return PhotoExport(tuple(files), index, tuple(failures), done < len(photo_ids))
