"""Reads of contractor issues: the register the screen pages through, an issue's detail with its response thread, history and links, the rows an export writes, and the issue log of the issues report."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select

from executrek.models import search
from executrek.models.common import Comment
from executrek.models.directory import Organisation
from executrek.models.project import Location, Project
from executrek.models.records.issue.model import KIND as ISSUE
from executrek.models.records.issue.model import ContractorIssue, IssueStatusEvent
from executrek.models.records.row_fields import label_of, read_row
from executrek.models.services.common import load, local_today
from executrek.models.services.record_reads import (
    CommentEntry,
    StatusEntry,
    StatusStep,
    all_user_names,
    children_by,
    comments_in,
    list_conditions,
    live_of_project,
    names_of,
    picked_rows,
    project_labels,
    status_history,
)
from executrek.models.services.records import LinkRow, links_of
from executrek.models.store import Store
from executrek.models.vocab import OPEN_ISSUE


@dataclass(frozen=True)
class IssueRow:
    id: str
    number: str
    issue_type: str
    title: str
    severity: str
    status: str
    ball_in_court: str
    contractor: str | None
    due_date: dt.date | None
    overdue: bool
    responses: int


def issue_list(
    store: Store,
    project_id: str,
    *,
    statuses: frozenset[str] = frozenset(),
    types: frozenset[str] = frozenset(),
    text: str = "",
    today: dt.date | None = None,
) -> list[IssueRow]:
    day = today or local_today()
    conds = list_conditions(ContractorIssue, project_id, status=statuses, issue_type=types)
    match = search.matching("contractor_issues", text)
    if match is not None:
        conds.append(match)
    responses = (
        select(func.count())
        .select_from(Comment)
        .where(Comment.record_type == "issue", Comment.record_id == ContractorIssue.id)
        .scalar_subquery()
    )
    with store.read() as s:
        rows = s.execute(
            select(ContractorIssue, Organisation.name, responses)
            .outerjoin(Organisation, Organisation.id == ContractorIssue.contractor_id)
            .where(*conds)
            .order_by(ContractorIssue.issue_type, ContractorIssue.number)
        ).all()
        return [_row_of(i, org, int(n or 0), day) for i, org, n in rows]


def _row_of(i: ContractorIssue, contractor: str | None, responses: int, day: dt.date) -> IssueRow:
    return read_row(
        IssueRow,
        i,
        number=ISSUE.number_of(i),
        contractor=contractor,
        overdue=bool(i.due_date and i.due_date < day and i.status.value in OPEN_ISSUE),
        responses=responses,
    )


@dataclass(frozen=True)
class IssueDetail:
    row: IssueRow
    description: str | None
    spec_reference: str | None
    location: str | None
    thread: tuple[CommentEntry, ...]
    history: tuple[StatusEntry, ...]
    links: tuple[LinkRow, ...]


def issue_detail(store: Store, issue_id: str, today: dt.date | None = None) -> IssueDetail:
    from executrek.models.records.issue.model import IssueStatusEvent

    day = today or local_today()
    with store.read() as s:
        i = load(s, ContractorIssue, issue_id, "Issue")
        contractor = label_of(s, Organisation, i.contractor_id, "name")
        thread = comments_in(s, "issue", issue_id)
        row = _row_of(i, contractor, sum(1 for c in thread if c.is_response), day)
        links = list(links_of(s, "issue", issue_id))
        if i.inspection_item_id:
            links.append(LinkRow("inspection_item", i.inspection_item_id, "raised by", ""))
        return read_row(
            IssueDetail,
            i,
            row=row,
            location=label_of(s, Location, i.location_id, "path"),
            thread=thread,
            history=status_history(s, IssueStatusEvent.issue_id, issue_id),
            links=tuple(links),
        )


@dataclass(frozen=True)
class IssueFilter:
    statuses: frozenset[str] = frozenset()
    types: frozenset[str] = frozenset()
    text: str = ""
    contractor_ids: frozenset[str] = frozenset()
    raised_from: dt.date | None = None
    raised_to: dt.date | None = None


@dataclass(frozen=True)
class IssueListRow:
    id: str
    issue_type: str
    number: str
    subject: str
    severity: str
    status: str
    ball_in_court: str
    contractor: str | None
    location: str | None
    due_date: dt.date | None
    raised_by: str | None
    raised_at: dt.datetime
    closed_at: dt.datetime | None


@dataclass(frozen=True)
class ThreadExportRow:
    issue_number: str
    at: dt.datetime
    author: str
    organisation: str | None
    is_response: bool
    body: str


@dataclass(frozen=True)
class IssueExport:
    issues: list[IssueListRow]
    thread: list[ThreadExportRow]


def export_rows(store: Store, project_id: str, flt: IssueFilter = IssueFilter()) -> IssueExport:
    listed = issue_list(store, project_id, statuses=flt.statuses, types=flt.types, text=flt.text)
    with store.read() as s:
        load(s, Project, project_id, "Project")
        users = all_user_names(s)
        orgs = project_labels(s, Organisation.name, project_id)
        paths = project_labels(s, Location.path, project_id)
        heads, kept = picked_rows(
            s,
            ContractorIssue,
            project_id,
            listed,
            flt.contractor_ids,
            flt.raised_from,
            flt.raised_to,
        )
        thread: dict[str, list[Comment]] = {}
        for c in s.scalars(
            select(Comment)
            .where(Comment.project_id == project_id, Comment.record_type == "issue")
            .order_by(Comment.created_at, Comment.id)
        ):
            thread.setdefault(c.record_id, []).append(c)
        rows = [
            read_row(
                IssueListRow,
                r,
                subject=r.title,
                location=paths.get(heads[r.id].location_id or ""),
                raised_by=users.get(heads[r.id].created_by or ""),
                raised_at=heads[r.id].created_at,
                closed_at=heads[r.id].closed_at,
            )
            for r in kept
        ]
        messages = [
            read_row(
                ThreadExportRow,
                c,
                issue_number=r.number,
                at=c.created_at,
                author=c.author_name,
                organisation=orgs.get(c.author_org_id or ""),
            )
            for r in rows
            for c in thread.get(r.id, [])
        ]
    return IssueExport(rows, messages)


@dataclass(frozen=True)
class ThreadEntry:
    at: dt.datetime
    author: str
    is_response: bool
    body: str


@dataclass(frozen=True)
class IssueEntry:
    id: str
    number: str
    issue_type: str
    title: str
    description: str | None
    severity: str
    status: str
    ball_in_court: str
    spec_reference: str | None
    contractor: str | None
    location: str | None
    due_date: dt.date | None
    created_at: dt.datetime
    closed_at: dt.datetime | None
    thread: tuple[ThreadEntry, ...]
    history: tuple[StatusStep, ...]


def issue_log(store: Store, project_id: str) -> list[IssueEntry]:
    """Every contractor issue of the project with its response thread, by type and number."""
    with store.read() as s:
        issues = live_of_project(s, ContractorIssue, project_id)
        ids = [i.id for i in issues]
        threads = children_by(
            s,
            Comment.record_id,
            ids,
            Comment.created_at,
            Comment.id,
            where=[Comment.record_type == "issue"],
        )
        history = children_by(
            s, IssueStatusEvent.issue_id, ids, IssueStatusEvent.created_at, IssueStatusEvent.id
        )
        orgs = names_of(s, Organisation, {i.contractor_id for i in issues if i.contractor_id})
        loc_ids = {i.location_id for i in issues if i.location_id}
        locs = names_of(s, Location, loc_ids, Location.path)
        out = [
            read_row(
                IssueEntry,
                i,
                number=ISSUE.number_of(i),
                contractor=orgs.get(i.contractor_id or ""),
                location=locs.get(i.location_id or ""),
                thread=tuple(
                    ThreadEntry(c.created_at, c.author_name, c.is_response, c.body)
                    for c in threads.get(i.id, ())
                ),
                history=tuple(
                    StatusStep(ev.created_at, ev.from_status, ev.to_status, ev.note)
                    for ev in history.get(i.id, ())
                ),
            )
            for i in issues
        ]
    out.sort(key=lambda e: (e.issue_type, e.number))
    return out
