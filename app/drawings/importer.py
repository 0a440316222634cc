"""Import drawing files (PDF, PNG, JPEG) into a project: one sheet per page.

For each file: validate it with the drawings engine (a bad file is refused with one
clear sentence and nothing is stored), put the original into the content-addressed blob
store, then register its pages in one unit of work. A page whose sheet number already
exists in the project becomes a new revision of that sheet (pins carried over).

Sheet number, title and revision come from the options when given, else from the file
name (``app.sheet_names``); pages of a multi-page PDF use their page label when it looks
like a sheet number, else ``<number or file name> p.N``.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from executrek.app.drawings.document_info import DocInfo
from executrek.app.drawings.engine import inspect_file
from executrek.app.drawings.errors import DrawingError
from executrek.app.drawings.sheet_names import looks_like_sheet_number, parse_sheet_name
from executrek.app.i18n import translate
from executrek.app.messages import user_message
from executrek.app.photos.blobstore import BlobStore
from executrek.models.errors import DomainError
from executrek.models.records.drawing import service as drawings
from executrek.models.records.drawing.model import Discipline
from executrek.models.records.drawing.sheet_import import NewDrawingFile
from executrek.models.records.drawing.sheets import NewSheetPage, Registered
from executrek.models.store import Store

Progress = Callable[[int, int], None]
SUFFIXES = (".pdf", ".png", ".jpg", ".jpeg")
_NUMBER_MAX = 40


@dataclass(frozen=True)
class DrawingImportOptions:
    """What the user gave; ``None`` means read it from the file (name, page labels)."""

    sheet_number: str | None = None
    title: str | None = None
    revision: str | None = None
    discipline: Discipline | str | None = None
    location_id: str | None = None
    issued_on: dt.date | None = None


@dataclass(frozen=True)
class DrawingImportLine:
    """One file's outcome: ``imported`` (new sheets or revisions), ``unchanged`` (the
    same file again) or ``refused`` with ``reason``."""

    source: Path
    outcome: str
    sheets: tuple[Registered, ...] = ()
    sha256: str | None = None
    reason: str | None = None


@dataclass(frozen=True)
class DrawingImport:
    lines: tuple[DrawingImportLine, ...]
    cancelled: bool = False
    registered: tuple[Registered, ...] = field(default=())

    @property
    def refused(self) -> tuple[DrawingImportLine, ...]:
        return tuple(line for line in self.lines if line.outcome == "refused")

    def summary(self) -> str:
        new = sum(1 for r in self.registered if r.outcome == "new_sheet")
        revs = sum(1 for r in self.registered if r.outcome == "new_revision")
        text = translate(
            "Drawings", "{new} new sheet(s), {revs} new revision(s), {bad} file(s) refused"
        ).format(new=new, revs=revs, bad=len(self.refused))
        if self.cancelled:
            text += translate("Drawings", " (cancelled)")
        return text


def drawing_files_in(paths: Sequence[Path]) -> list[Path]:
    """The files to import: files as given, folders' drawing files (sorted, one level)."""
    out: list[Path] = []
    for path in paths:
        if path.is_dir():
            out.extend(
                sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() in SUFFIXES)
            )
        else:
            out.append(path)
    return out


def _mime(path: Path, info: DocInfo) -> str:
    if info.kind == "pdf":
        return "application/pdf"
    with open(path, "rb") as fh:
        head = fh.read(8)
    return "image/png" if head.startswith(b"\x89PNG") else "image/jpeg"


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit].rstrip()


def sheet_pages(path: Path, info: DocInfo, options: DrawingImportOptions) -> list[NewSheetPage]:
    """The sheets a file gives, numbered and titled from the options, the file name and
    the page labels (see the module docstring)."""
    parsed = parse_sheet_name(path.stem)
    base_number = options.sheet_number or parsed.sheet_number
    title = options.title or parsed.title or info.title or base_number or path.stem
    revision = options.revision if options.revision is not None else (parsed.revision or "")
    single = len(info.pages) == 1
    labels = [p.label for p in info.pages]
    use_labels = (
        not single
        and options.sheet_number is None
        and all(looks_like_sheet_number(label) for label in labels)
        and len({(label or "").upper() for label in labels}) == len(labels)
    )
    pages = []
    for page in info.pages:
        if single:
            number = base_number or _clip(path.stem, _NUMBER_MAX)
        elif use_labels:
            number = str(page.label).strip()
        else:
            suffix = f" p.{page.index + 1}"
            number = _clip(base_number or path.stem, _NUMBER_MAX - len(suffix)) + suffix
        pages.append(
            NewSheetPage(
                page_index=page.index,
                width_pt=page.width_pt,
                height_pt=page.height_pt,
                sheet_number=number,
                title=_clip(title, 300),
                revision=revision,
                discipline=options.discipline,
                location_id=options.location_id,
                issued_on=options.issued_on,
            )
        )
    return pages


class DrawingImporter:
    """Imports drawing files into one project's sheets (thread-safe to call off the GUI
    thread; the store and blob store serialise their own writes)."""

    def __init__(self, store: Store, blobs: BlobStore) -> None:
        self.store = store
        self.blobs = blobs

    def import_paths(
        self,
        project_id: str,
        paths: Sequence[Path],
        options: DrawingImportOptions = DrawingImportOptions(),
        *,
        progress: Progress | None = None,
        cancel: threading.Event | None = None,
    ) -> DrawingImport:
        """Import each file in its own unit of work. ``progress(done, total)`` is called
        after each file; when ``cancel`` is set the files not yet started are skipped
        (those done stay imported)."""
        files = drawing_files_in(paths)
        lines: list[DrawingImportLine] = []
        cancelled = False
        for path in files:
            if cancel is not None and cancel.is_set():
                cancelled = True
                break
            lines.append(self.import_file(project_id, path, options))
            if progress is not None:
                progress(len(lines), len(files))
        registered = tuple(r for line in lines for r in line.sheets)
        return DrawingImport(tuple(lines), cancelled, registered)

    def import_file(
        self, project_id: str, path: Path, options: DrawingImportOptions = DrawingImportOptions()
    ) -> DrawingImportLine:
        try:
            info = inspect_file(path)
            pages = sheet_pages(path, info, options)
            mime = _mime(path, info)
            stored = self.blobs.put_file(path)  # content-addressed: safe before the rows
        except DrawingError as exc:
            return DrawingImportLine(path, "refused", reason=exc.message)
        except OSError as exc:
            reason = translate("Drawings", "The file “{name}” could not be read ({error}).").format(
                name=path.name, error=exc.strerror or exc
            )
            return DrawingImportLine(path, "refused", reason=reason)
        new_file = NewDrawingFile(
            sha256=stored.sha256,
            filename=_clip(path.name, 300),
            mime=mime,
            size_bytes=stored.size,
            page_count=len(info.pages),
        )
        try:
            done = drawings.register_file(self.store, project_id, new_file, pages)
        except DomainError as exc:
            error = user_message(exc)
            reason = translate("Drawings", "“{name}”: {error}").format(name=path.name, error=error)
            return DrawingImportLine(path, "refused", sha256=stored.sha256, reason=reason)
        sheets = tuple(done.value)
        changed = any(r.outcome != "unchanged" for r in sheets)
        return DrawingImportLine(
            path, "imported" if changed else "unchanged", sheets, sha256=stored.sha256
        )
