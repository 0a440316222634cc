"""BCF topics ↔ contractor issues (BCF 1.0 and 2.x files in; 2.1 / 3.0 out).

Import: each topic becomes (or updates) the issue whose ``external_ref`` is its GUID:
title, description, type, status, priority, due date and creation date map to the
issue's fields; comments become the response thread (a comment without text is kept
with a visible marker); snapshots become photos; internal documents become attachments.
The original archive is kept in the blob store and attached to each issue it produced,
so what our issues have no field for (labels, assignee, stage, viewpoints' cameras,
unknown extensions) goes back out unchanged on export; an archive whose topic the
issue's newest BCF file already holds with the same content is not attached again. A
topic without a creation date (BCF 1.0) gets its file's best date, else the import
date, with a note saying so. Every topic lands in one unit of work, or none does.

Export: our issues as topics. An issue that came from BCF is written from its original
topic with our current values laid over it (title, description, status, priority, due
date, comments and photos added since); our own issues get GUIDs from their ids. Dates
BCF requires and the original lacks are filled from the issue; an original topic that
still cannot be written is replaced by one from the issue's own fields, with a note, so
one issue never stops the export of the others.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from executrek.app.i18n import translate
from executrek.app.interop.bcf import (
    BCF_2_1,
    BCF_3_0,
    BcfArchive,
    BcfComment,
    BcfProject,
    BcfTopic,
    BcfViewpoint,
    read_bcf,
    write_bcf,
)
from executrek.app.interop.bcf_comments import clip_text, no_text_label, thread_of
from executrek.app.interop.bcf_legacy import (
    DateHint,
    DateSource,
    as_utc,
    creation_date_hint,
    legacy_topic_status,
    markup_saved_dates,
    with_dates,
)
from executrek.app.interop.bcf_write import topic_fingerprint
from executrek.app.interop.errors import InteropError
from executrek.app.interop.exchange_result import ExchangeResult
from executrek.app.paths import AppPaths
from executrek.app.photos.blobstore import BlobStore
from executrek.models import clock
from executrek.models.records.issue import exchange as issue_exchange
from executrek.models.records.issue.model import IssueStatus, IssueType
from executrek.models.records.punch.model import Priority
from executrek.models.services import imports, projects
from executrek.models.store import Store

Progress = Callable[[int, int], None]
SOURCE_MIME = "application/vnd.buildingsmart.bcf+zip"
EXPORT_FORMATS = {"bcf21": BCF_2_1, "bcf30": BCF_3_0, "bcf": BCF_3_0}

_TYPE_WORDS: tuple[tuple[str, IssueType], ...] = (
    ("clash", IssueType.NON_CONFORMANCE),
    ("error", IssueType.NON_CONFORMANCE),
    ("fault", IssueType.NON_CONFORMANCE),
    ("defect", IssueType.NON_CONFORMANCE),
    ("non", IssueType.NON_CONFORMANCE),
    ("request", IssueType.RFI),
    ("question", IssueType.RFI),
    ("rfi", IssueType.RFI),
    ("inquiry", IssueType.RFI),
    ("safety", IssueType.SAFETY),
    ("quality", IssueType.QUALITY),
    ("schedule", IssueType.SCHEDULE),
)
_TYPE_OUT = {
    IssueType.OBSERVATION: "Remark",
    IssueType.NON_CONFORMANCE: "Error",
    IssueType.RFI: "Request",
    IssueType.SAFETY: "Safety",
    IssueType.QUALITY: "Quality",
    IssueType.SCHEDULE: "Schedule",
}
_STATUS_OUT = {
    IssueStatus.DRAFT: "Open",
    IssueStatus.OPEN: "Open",
    IssueStatus.RESPONDED: "InProgress",
    IssueStatus.CLOSED: "Closed",
    IssueStatus.VOID: "Closed",
}
_PRIORITY_OUT = {
    Priority.LOW: "Low",
    Priority.MEDIUM: "Normal",
    Priority.HIGH: "High",
    Priority.CRITICAL: "Critical",
}


def issue_type(word: str | None) -> IssueType:
    text = (word or "").casefold()
    for key, kind in _TYPE_WORDS:
        if key in text:
            return kind
    return IssueType.OBSERVATION


def issue_status(word: str | None) -> IssueStatus:
    text = (word or "").casefold().replace(" ", "").replace("_", "").replace("-", "")
    if text in ("closed", "resolved", "done", "fixed", "approved", "inactive", "completed"):
        return IssueStatus.CLOSED
    if text in ("inprogress", "active", "responded", "assigned", "pending", "review"):
        return IssueStatus.RESPONDED
    if text in ("void", "rejected", "cancelled", "canceled", "invalid"):
        return IssueStatus.VOID
    return IssueStatus.OPEN


def severity(word: str | None) -> Priority:
    text = (word or "").casefold()
    if any(key in text for key in ("critical", "blocker", "urgent", "severe")):
        return Priority.CRITICAL
    if any(key in text for key in ("high", "major", "important")):
        return Priority.HIGH
    if any(key in text for key in ("low", "minor", "trivial")):
        return Priority.LOW
    return Priority.MEDIUM


def import_bcf(
    store: Store,
    paths: AppPaths,
    project_id: str,
    path: Path,
    *,
    progress: Progress | None = None,
) -> ExchangeResult:
    archive = read_bcf(path)
    blobs = BlobStore(paths.blobs)
    source: imports.BlobRow | None = None
    if path.is_file():
        put = blobs.put_bytes(path.read_bytes())
        source = imports.BlobRow(
            sha256=put.sha256,
            filename=path.name[:300],
            mime=SOURCE_MIME,
            size_bytes=put.size,
            caption=translate("Exchange", "BCF {version} source of this issue").format(
                version=archive.version
            ),
        )
    rows: list[imports.ImportedIssue] = []
    rejected: list[str] = []
    warnings = list(archive.warnings)
    undated: list[str] = []
    seen: set[str] = set()
    held = _held(store, blobs, project_id, archive)
    saved = markup_saved_dates(path)
    now = clock.now()
    unchanged = empty_kept = 0
    for topic in archive.topics:
        refusal = _refusal(topic, seen)
        if refusal is not None:
            rejected.append(refusal)
            continue
        seen.add(topic.guid)
        mine = held.get(topic.guid)
        if mine is not None:  # what the file does not say, we hold already
            complete = with_dates(topic, mine.created_at)
        else:
            hint = creation_date_hint(topic, saved.get(topic.guid.lower()))
            complete = with_dates(topic, hint.date or now)
            if hint.source is not DateSource.FILE:
                undated.append(_undated_note(topic, hint, now))
        incoming = _fingerprint(complete, archive.version)
        if mine is not None and incoming is not None and mine.fingerprint == incoming:
            unchanged += 1  # what we would export now: the file brings nothing new
            continue
        attach = _source_for(mine, complete, archive.version, source)
        row = _issue_row(complete, blobs, attach, warnings)
        have = mine.comments if mine is not None else frozenset()
        empty_kept += sum(
            1
            for comment, author, body in thread_of(complete)
            if not comment.text.strip() and (author, body) not in have
        )
        rows.append(row)
    done = imports.import_issues(
        store,
        project_id,
        rows,
        note=translate("Exchange", "Imported from {name}").format(name=path.name)[:4000],
        progress=progress,
    )
    return ExchangeResult.of_import(
        "bcf",
        path,
        done,
        skipped=unchanged,
        rejected=tuple(rejected),
        warnings=tuple(warnings),
        notes=(*_capped(undated), *_empty_note(empty_kept)),
    )


def _refusal(topic: BcfTopic, seen: set[str]) -> str | None:
    label = (topic.title or topic.guid)[:60]
    if not topic.title.strip():
        return translate("Exchange", "topic {guid}: it has no title").format(guid=topic.guid)
    if len(topic.title.strip()) > 300:
        return translate(
            "Exchange", "topic “{title}”: the title is longer than 300 characters"
        ).format(title=label)
    if topic.guid in seen:
        return translate("Exchange", "topic “{title}”: its GUID {guid} appears twice").format(
            title=label, guid=topic.guid
        )
    return None


def _source_for(
    mine: _Held | None, topic: BcfTopic, version: str, source: imports.BlobRow | None
) -> imports.BlobRow | None:
    """``source`` unless the issue's newest BCF file already holds ``topic`` with the same
    content: one archive copy per topic per distinct content, however many exports of it
    come in. The same content is the same topic written in the file's own version, or in
    3.0, which fills in what older files leave out (reference GUIDs, default types)."""
    if mine is None or mine.base is None:
        return source
    base = with_dates(mine.base, mine.created_at)
    for target in dict.fromkeys((version, BCF_3_0)):
        mark = _fingerprint(topic, target)
        if mark is not None and mark == _fingerprint(base, target):
            return None
    return source


def _undated_note(topic: BcfTopic, hint: DateHint, now: dt.datetime) -> str:
    used = {
        DateSource.COMMENT: translate("Exchange", "the date of its first comment"),
        DateSource.MODIFIED: translate("Exchange", "its modification date"),
        DateSource.ARCHIVE_ENTRY: translate("Exchange", "the date it was saved in the archive"),
    }.get(hint.source, translate("Exchange", "the import date"))
    return translate(
        "Exchange", "topic “{title}”: creation date not in the file; {used} ({date}) was used"
    ).format(title=topic.title.strip()[:60], used=used, date=(hint.date or now).date().isoformat())


def _capped(lines: list[str], shown: int = 10) -> list[str]:
    more = translate("Exchange", "… and {count} more topic(s) without a creation date")
    return lines if len(lines) <= shown else [*lines[:shown], more.format(count=len(lines) - shown)]


def _empty_note(count: int) -> list[str]:
    note = translate(
        "Exchange",
        "{count} comment(s) without text kept, marked “{marker}” (BCF allows a comment "
        "with only a status or a viewpoint)",
    )
    return [note.format(count=count, marker=no_text_label())] if count else []


def _issue_row(
    topic: BcfTopic,
    blobs: BlobStore,
    source: imports.BlobRow | None,
    warnings: list[str],
) -> imports.ImportedIssue:
    photos: list[imports.BlobRow] = []
    for number, viewpoint in enumerate(topic.viewpoints, start=1):
        if viewpoint.snapshot is None:
            continue
        mime = _image_mime(viewpoint.snapshot)
        if mime is None:
            warnings.append(
                translate(
                    "Exchange", "topic “{title}”: snapshot {number} is not a PNG or JPEG image"
                ).format(title=topic.title[:60], number=number)
            )
            continue
        put = blobs.put_bytes(viewpoint.snapshot)
        width, height = _image_size(viewpoint.snapshot)
        name = Path(viewpoint.snapshot_file or f"snapshot{number}.png").name
        photos.append(
            imports.BlobRow(
                sha256=put.sha256,
                filename=name[:300],
                mime=mime,
                size_bytes=put.size,
                width=width,
                height=height,
            )
        )
    attachments: list[imports.BlobRow] = []
    for document in topic.document_references:
        if document.data is None:
            continue
        put = blobs.put_bytes(document.data)
        attachments.append(
            imports.BlobRow(
                sha256=put.sha256,
                filename=Path(document.filename or "document").name[:300] or "document",
                mime="application/octet-stream",
                size_bytes=put.size,
                caption=document.description,
            )
        )
    if source is not None:
        attachments.append(source)
    comments = tuple(
        imports.CommentRow(author=author, body=body, date=comment.date)
        for comment, author, body in thread_of(topic)
    )
    return imports.ImportedIssue(
        ref=topic.guid,
        title=topic.title.strip(),
        issue_type=issue_type(topic.topic_type),
        status=issue_status(topic.topic_status or legacy_topic_status(topic)),
        severity=severity(topic.priority),
        description=clip_text(topic.description) or None,
        due_date=topic.due_date.date() if topic.due_date else None,
        created_at=topic.creation_date,
        comments=comments,
        photos=tuple(photos),
        attachments=tuple(attachments),
    )


def _image_mime(data: bytes) -> str | None:
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if data.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    return None


def _image_size(data: bytes) -> tuple[int | None, int | None]:
    from PIL import Image

    try:
        with Image.open(io.BytesIO(data)) as image:
            return image.size
    except Exception:  # a damaged snapshot keeps its bytes, only the size is unknown
        return None, None


def export_bcf(
    store: Store, paths: AppPaths, project_id: str, path: Path, fmt: str = "bcf30"
) -> ExchangeResult:
    if fmt not in EXPORT_FORMATS:
        raise InteropError(
            translate(
                "Exchange", "Issues cannot be exported as “{format}”; choose bcf21 or bcf30."
            ).format(format=fmt)
        )
    version = EXPORT_FORMATS[fmt]
    project = next(p for p in projects.list_projects(store) if p.id == project_id)
    blobs = BlobStore(paths.blobs)
    rows = issue_exchange.issues_for_export(store, project_id)
    originals = _originals(rows, blobs)
    topics: list[BcfTopic] = []
    notes: list[str] = []
    seen: set[str] = set()
    undated = 0
    for row in rows:
        base = originals.get(row.id)
        topic = _checked_topic(row, base, blobs, version, seen, notes)
        seen.add(topic.guid.lower())
        topics.append(topic)
        undated += base is not None and base.creation_date is None
    if undated:
        notes.append(
            translate(
                "Exchange",
                "{count} topic(s) have no creation date in the BCF file they came from; "
                "the issue's creation date was written",
            ).format(count=undated)
        )
    archive = BcfArchive(
        version=version,
        topics=tuple(topics),
        project=BcfProject(project_id=project.id, name=project.name),
    )
    write_bcf(archive, path, version=version)
    return ExchangeResult(kind="bcf", file=path, exported=len(topics), notes=tuple(notes))


def _checked_topic(
    row: issue_exchange.IssueExportRow,
    base: BcfTopic | None,
    blobs: BlobStore,
    version: str,
    seen: set[str],
    notes: list[str],
) -> BcfTopic:
    """The topic for ``row``; when what its original BCF topic holds cannot be written
    (or its GUID is taken), the topic is written from our own fields alone, with a note,
    so one odd issue never stops the export of the others."""
    topic = _export_topic(row, base, blobs)
    if topic.guid.lower() in seen:
        problem = translate("Exchange", "its GUID {guid} is used by another issue").format(
            guid=topic.guid
        )
    elif base is None:
        return topic
    else:
        try:
            topic_fingerprint(topic, version)  # builds every file of the topic
            return topic
        except InteropError as exc:
            problem = exc.message
    guid = _guid_of(row)
    notes.append(
        translate(
            "Exchange",
            "issue {number}: {problem}; it was written from its own fields, without what "
            "only its BCF file held",
        ).format(number=row.number, problem=problem.rstrip("."))
    )
    return _export_topic(row, None, blobs, guid=row.id if guid.lower() in seen else guid)


@dataclass(frozen=True)
class _Held:
    """An issue we already hold for a topic GUID."""

    fingerprint: str | None  # of the topic we would export now
    base: BcfTopic | None  # its topic in the newest BCF file it came from
    created_at: dt.datetime
    comments: frozenset[tuple[str, str]]  # (author, body) of its thread


def _held(store: Store, blobs: BlobStore, project_id: str, archive: BcfArchive) -> dict[str, _Held]:
    """The issues we already hold for the topics of ``archive``, by topic GUID."""
    wanted = {topic.guid for topic in archive.topics}
    rows = [
        row
        for row in issue_exchange.issues_for_export(store, project_id)
        if wanted & {_guid_of(row), row.id, row.external_ref}
    ]
    originals = _originals(rows, blobs)
    out: dict[str, _Held] = {}
    for row in rows:
        base = originals.get(row.id)
        topic = _export_topic(row, base, blobs)
        out[topic.guid] = _Held(
            fingerprint=_fingerprint(topic, archive.version),
            base=base,
            created_at=row.created_at,
            comments=frozenset((c.author, c.body) for c in row.comments),
        )
    return out


def _fingerprint(topic: BcfTopic, version: str) -> str | None:
    try:
        return topic_fingerprint(topic, version)
    except InteropError:  # a topic BCF cannot hold as it is: never equal to another
        return None


def _guid_of(row: issue_exchange.IssueExportRow) -> str:
    return row.external_ref if row.external_ref and _is_guid(row.external_ref) else row.id


def _originals(rows: list[issue_exchange.IssueExportRow], blobs: BlobStore) -> dict[str, BcfTopic]:
    """Each issue's topic in the newest BCF file it came from, by issue id."""
    archives: dict[str, dict[str, BcfTopic]] = {}
    out: dict[str, BcfTopic] = {}
    for row in rows:
        keys = {row.external_ref or "", row.id}
        for file in reversed(row.attachments):
            if file.mime != SOURCE_MIME:
                continue
            if file.sha256 not in archives:
                try:
                    archive = read_bcf(blobs.path_for(file.sha256))
                except (InteropError, OSError):
                    archives[file.sha256] = {}
                    continue
                archives[file.sha256] = {t.guid: t for t in archive.topics}
            topic = next(
                (archives[file.sha256][k] for k in keys if k in archives[file.sha256]), None
            )
            if topic is not None:
                out[row.id] = topic
                break
    return out


def _export_topic(
    row: issue_exchange.IssueExportRow,
    base: BcfTopic | None,
    blobs: BlobStore,
    *,
    guid: str | None = None,
) -> BcfTopic:
    """``row`` as a topic: its original ``base`` (if any) with our current values laid
    over it, and every date BCF requires filled in (a BCF 1.0 topic has no creation
    date: the issue's own is written)."""
    if base is None:
        base = BcfTopic(
            guid=guid or _guid_of(row),
            title=row.title,
            creation_date=row.created_at,
            creation_author=row.created_by or "Executrek Field",
        )
    thread = thread_of(base)
    known = {(author, body) for _, author, body in thread}
    empty_at = {
        (author, as_utc(comment.date))
        for comment, author, _ in thread
        if not comment.text.strip() and comment.date is not None
    }
    comments = list(base.comments)
    for comment in row.comments:
        if (comment.author, comment.body) in known:
            continue
        if (comment.author, as_utc(comment.created_at)) in empty_at:
            continue  # a comment without text, its marker written in another language
        comments.append(
            BcfComment(
                guid=comment.id,
                date=comment.created_at,
                author=comment.author,
                text=comment.body,
            )
        )
    viewpoints = list(base.viewpoints)
    shown = {_sha(vp.snapshot) for vp in viewpoints if vp.snapshot is not None}
    for photo in row.photos:
        if photo.sha256 in shown or not blobs.has(photo.sha256):
            continue
        with blobs.open(photo.sha256) as fh:
            data = fh.read()
        suffix = ".jpg" if photo.mime == "image/jpeg" else ".png"
        viewpoints.append(
            BcfViewpoint(
                guid=str(uuid.uuid5(uuid.NAMESPACE_URL, f"executrek:photo:{photo.sha256}")),
                snapshot_file=f"snapshot-{photo.sha256[:12]}{suffix}",
                snapshot=data,
            )
        )
    topic = replace(
        base,
        title=base.title if base.title.strip() == row.title else row.title,
        description=base.description
        if clip_text(base.description) == (row.description or "")
        else row.description,
        topic_type=base.topic_type
        if base.topic_type and issue_type(base.topic_type) is row.issue_type
        else _TYPE_OUT[row.issue_type],
        topic_status=base.topic_status
        if base.topic_status and issue_status(base.topic_status) is row.status
        else _STATUS_OUT[row.status],
        priority=base.priority
        if base.priority and severity(base.priority) is row.severity
        else _PRIORITY_OUT[row.severity],
        due_date=base.due_date
        if base.due_date and row.due_date and base.due_date.date() == row.due_date
        else _midnight(row.due_date),
        comments=tuple(comments),
        viewpoints=tuple(viewpoints),
    )
    return with_dates(topic, row.created_at)


def _midnight(day: dt.date | None) -> dt.datetime | None:
    return dt.datetime.combine(day, dt.time(), tzinfo=dt.UTC) if day else None


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _is_guid(text: str) -> bool:
    try:
        uuid.UUID(text)
    except ValueError:
        return False
    return True
