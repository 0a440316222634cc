"""Contractor issues as BCF and other systems want them: plain values with names resolved, their comment threads and files."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from executrek.models.common import Attachment, Comment, Photo, PhotoLink
from executrek.models.project import Project
from executrek.models.records.issue.model import ContractorIssue, IssueStatus, IssueType
from executrek.models.records.issue.service import issue_number
from executrek.models.services.common import load
from executrek.models.services.exports import CommentExport, FileExport, ProjectNames
from executrek.models.store import Store
from executrek.models.vocab import Priority


@dataclass(frozen=True)
class IssueExportRow:
    id: str
    number: str
    issue_type: IssueType
    title: str
    description: str | None
    severity: Priority
    status: IssueStatus
    due_date: dt.date | None
    created_at: dt.datetime
    created_by: str | None
    updated_at: dt.datetime
    external_ref: str | None
    location: tuple[str, ...]
    contractor: str | None
    comments: tuple[CommentExport, ...]
    photos: tuple[FileExport, ...]
    attachments: tuple[FileExport, ...]


def issues_for_export(store: Store, project_id: str) -> list[IssueExportRow]:
    with store.read() as s:
        load(s, Project, project_id, "Project")
        names = ProjectNames(s, project_id)
        issues = list(
            s.scalars(
                select(ContractorIssue)
                .where(
                    ContractorIssue.project_id == project_id,
                    ContractorIssue.deleted_at.is_(None),
                )
                .order_by(ContractorIssue.created_at, ContractorIssue.id)
            )
        )
        comments: dict[str, list[CommentExport]] = {}
        for c in s.scalars(
            select(Comment)
            .where(Comment.project_id == project_id, Comment.record_type == "issue")
            .order_by(Comment.created_at, Comment.id)
        ):
            comments.setdefault(c.record_id, []).append(
                CommentExport(c.id, c.author_name, c.body, c.created_at)
            )
        photos: dict[str, list[FileExport]] = {}
        for link, photo in s.execute(
            select(PhotoLink, Photo)
            .join(Photo, Photo.id == PhotoLink.photo_id)
            .where(
                PhotoLink.project_id == project_id,
                PhotoLink.record_type == "issue",
                PhotoLink.deleted_at.is_(None),
                Photo.deleted_at.is_(None),
            )
            .order_by(Photo.created_at, Photo.id)
        ).all():
            photos.setdefault(link.record_id, []).append(
                FileExport(photo.sha256, photo.filename, photo.mime, photo.caption)
            )
        files: dict[str, list[FileExport]] = {}
        for att in s.scalars(
            select(Attachment)
            .where(
                Attachment.project_id == project_id,
                Attachment.record_type == "issue",
                Attachment.deleted_at.is_(None),
            )
            .order_by(Attachment.created_at, Attachment.id)
        ):
            files.setdefault(att.record_id, []).append(
                FileExport(att.sha256, att.filename, att.mime, att.description)
            )
        return [
            IssueExportRow(
                id=issue.id,
                number=issue_number(issue),
                issue_type=issue.issue_type,
                title=issue.title,
                description=issue.description,
                severity=issue.severity,
                status=issue.status,
                due_date=issue.due_date,
                created_at=issue.created_at,
                created_by=names.users.get(issue.created_by or ""),
                updated_at=issue.updated_at,
                external_ref=issue.external_ref,
                location=names.path(issue.location_id),
                contractor=names.orgs.get(issue.contractor_id or ""),
                comments=tuple(comments.get(issue.id, ())),
                photos=tuple(photos.get(issue.id, ())),
                attachments=tuple(files.get(issue.id, ())),
            )
            for issue in issues
        ]
