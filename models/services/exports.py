"""Reads for exporting a project's punch items and contractor issues to other systems:
plain values with names resolved (location path, trade, contractor, people)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from executrek.models.common import Attachment, Comment, Photo, PhotoLink
from executrek.models.directory import Organisation, Person, User
from executrek.models.issue import ContractorIssue, IssueStatus, IssueType
from executrek.models.project import Location, Project, Trade
from executrek.models.punch import Priority, PunchItem, PunchStatus
from executrek.models.services.common import load
from executrek.models.services.issues import issue_number
from executrek.models.services.punch import punch_number
from executrek.models.store import Store


@dataclass(frozen=True)
class PunchExportRow:
    id: str
    number: str
    title: str
    description: str | None
    location: tuple[str, ...]
    trade: str | None
    contractor: str | None
    assignee: str | None
    priority: Priority
    status: PunchStatus
    due_date: dt.date | None
    created_date: dt.date
    created_by: str | None
    external_ref: str | None


@dataclass(frozen=True)
class CommentExport:
    id: str
    author: str
    body: str
    created_at: dt.datetime


@dataclass(frozen=True)
class FileExport:
    sha256: str
    filename: str
    mime: str
    description: str | None = None


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


def punch_items_for_export(store: Store, project_id: str) -> list[PunchExportRow]:
    with store.read() as s:
        load(s, Project, project_id, "Project")
        names = _Names(s, project_id)
        items = s.scalars(
            select(PunchItem)
            .where(PunchItem.project_id == project_id, PunchItem.deleted_at.is_(None))
            .order_by(PunchItem.number, PunchItem.draft_number, PunchItem.id)
        )
        return [
            PunchExportRow(
                id=item.id,
                number=punch_number(item),
                title=item.title,
                description=item.description,
                location=names.path(item.location_id),
                trade=names.trades.get(item.trade_id or ""),
                contractor=names.orgs.get(item.contractor_id or ""),
                assignee=names.people.get(item.assignee_id or ""),
                priority=item.priority,
                status=item.status,
                due_date=item.due_date,
                created_date=item.created_at.astimezone().date(),
                created_by=names.users.get(item.created_by or ""),
                external_ref=item.external_ref,
            )
            for item in items
        ]


def issues_for_export(store: Store, project_id: str) -> list[IssueExportRow]:
    with store.read() as s:
        load(s, Project, project_id, "Project")
        names = _Names(s, project_id)
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


class _Names:
    def __init__(self, s: Session, project_id: str) -> None:
        self.locations = {
            loc.id: loc
            for loc in s.scalars(select(Location).where(Location.project_id == project_id))
        }
        self.trades = {
            t.id: t.name for t in s.scalars(select(Trade).where(Trade.project_id == project_id))
        }
        self.orgs = {
            o.id: o.name
            for o in s.scalars(select(Organisation).where(Organisation.project_id == project_id))
        }
        self.people = {
            p.id: p.name for p in s.scalars(select(Person).where(Person.project_id == project_id))
        }
        self.users = {u.id: u.display_name for u in s.scalars(select(User))}
        self._paths: dict[str, tuple[str, ...]] = {}

    def path(self, location_id: str | None) -> tuple[str, ...]:
        if not location_id or location_id not in self.locations:
            return ()
        if location_id not in self._paths:
            names: list[str] = []
            seen: set[str] = set()
            current: str | None = location_id
            while current and current in self.locations and current not in seen:
                seen.add(current)
                names.append(self.locations[current].name)
                current = self.locations[current].parent_id
            self._paths[location_id] = tuple(reversed(names))
        return self._paths[location_id]
