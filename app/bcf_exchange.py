"""BCF 2.1 / 3.0 topics ↔ contractor issues.

Import: each topic becomes (or updates) the issue whose ``external_ref`` is its GUID:
title, description, type, status, priority, due date and creation date map to the
issue's fields; comments become the response thread; snapshots become photos; internal
documents become attachments. The original archive is kept in the blob store and
attached to each issue it produced, so what our issues have no field for (labels,
assignee, stage, viewpoints' cameras, unknown extensions) goes back out unchanged on
export. Every topic lands in one unit of work, or none does.

Export: our issues as topics. An issue that came from BCF is written from its original
topic with our current values laid over it (title, description, status, priority, due
date, comments and photos added since); our own issues get GUIDs from their ids.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import uuid
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from executrek.app.exchange_result import ExchangeResult
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
from executrek.app.interop.errors import InteropError
from executrek.app.paths import AppPaths
from executrek.app.photos.blobstore import BlobStore
from executrek.models.issue import IssueStatus, IssueType
from executrek.models.punch import Priority
from executrek.models.services import exports, imports, projects
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
    rows: list[imports.IssueRow] = []
    rejected: list[str] = []
    warnings = list(archive.warnings)
    seen: set[str] = set()
    for topic in archive.topics:
        label = topic.title or topic.guid
        if not topic.title.strip():
            rejected.append(
                translate("Exchange", "topic {guid}: it has no title").format(guid=topic.guid)
            )
            continue
        if len(topic.title.strip()) > 300:
            rejected.append(
                translate(
                    "Exchange", "topic “{title}”: the title is longer than 300 characters"
                ).format(title=label[:60])
            )
            continue
        if topic.guid in seen:
            rejected.append(
                translate("Exchange", "topic “{title}”: its GUID {guid} appears twice").format(
                    title=label[:60], guid=topic.guid
                )
            )
            continue
        seen.add(topic.guid)
        rows.append(_issue_row(topic, blobs, source, warnings))
    done = imports.import_issues(
        store,
        project_id,
        rows,
        note=translate("Exchange", "Imported from {name}").format(name=path.name)[:4000],
        progress=progress,
    )
    counts = done.value
    return ExchangeResult(
        kind="bcf",
        file=path,
        created=counts.created,
        updated=counts.updated,
        unchanged=counts.unchanged,
        comments_added=counts.comments_added,
        photos_added=counts.photos_added,
        rejected=tuple(rejected),
        warnings=tuple(warnings),
        changes=done.changes,
    )


def _issue_row(
    topic: BcfTopic,
    blobs: BlobStore,
    source: imports.BlobRow | None,
    warnings: list[str],
) -> imports.IssueRow:
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
        imports.CommentRow(author=c.author or "?", body=c.text, date=c.date)
        for c in topic.comments
        if c.text.strip()
    )
    return imports.IssueRow(
        ref=topic.guid,
        title=topic.title.strip(),
        issue_type=issue_type(topic.topic_type),
        status=issue_status(topic.topic_status),
        severity=severity(topic.priority),
        description=(topic.description or "").strip()[:20000] or None,
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
    project = next(p for p in projects.list_projects(store) if p.id == project_id)
    blobs = BlobStore(paths.blobs)
    rows = exports.issues_for_export(store, project_id)
    originals = _originals(rows, blobs)
    topics = [_topic(row, originals.get(row.external_ref or ""), blobs) for row in rows]
    archive = BcfArchive(
        version=EXPORT_FORMATS[fmt],
        topics=tuple(topics),
        project=BcfProject(project_id=project.id, name=project.name),
    )
    write_bcf(archive, path, version=EXPORT_FORMATS[fmt])
    return ExchangeResult(kind="bcf", file=path, exported=len(topics))


def _originals(rows: list[exports.IssueExportRow], blobs: BlobStore) -> dict[str, BcfTopic]:
    """The topics of every BCF file our issues came from, by GUID."""
    topics: dict[str, BcfTopic] = {}
    read: set[str] = set()
    for row in rows:
        for file in row.attachments:
            if file.mime != SOURCE_MIME or file.sha256 in read:
                continue
            read.add(file.sha256)
            try:
                archive = read_bcf(blobs.path_for(file.sha256))
            except (InteropError, OSError):
                continue
            for topic in archive.topics:
                topics.setdefault(topic.guid, topic)
    return topics


def _topic(row: exports.IssueExportRow, base: BcfTopic | None, blobs: BlobStore) -> BcfTopic:
    if base is None:
        base = BcfTopic(
            guid=row.external_ref if row.external_ref and _is_guid(row.external_ref) else row.id,
            title=row.title,
            creation_date=row.created_at,
            creation_author=row.created_by or "Executrek Field",
        )
    comments = list(base.comments)
    known = {(c.author, c.text.strip()) for c in comments}
    for comment in row.comments:
        if (comment.author, comment.body) not in known:
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
    return replace(
        base,
        title=row.title,
        description=row.description,
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
