"""Contractor issues (observations, NCRs, RFIs…) with their response threads."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from executrek.models import validation, workflow
from executrek.models.common import Comment
from executrek.models.errors import QT_TRANSLATE_NOOP, WorkflowError
from executrek.models.project import Project
from executrek.models.records.issue.model import (
    ISSUE_PREFIX,
    KIND,
    BallInCourt,
    ContractorIssue,
    IssueStatus,
    IssueStatusEvent,
    IssueType,
)
from executrek.models.services.common import (
    Done,
    add_numbered,
    load,
    local_today,
    move_to,
    opening_event,
)
from executrek.models.services.record_reads import read_logged
from executrek.models.store import Store
from executrek.models.vocab import Priority


def issue_number(issue: ContractorIssue) -> str:
    return KIND.number_of(issue)


@dataclass(frozen=True)
class NewIssue:
    """What a new issue is raised with (the screen, a pin on a drawing, a diary day)."""

    issue_type: IssueType | str
    title: str
    description: str | None = None
    severity: Priority | str = Priority.MEDIUM
    spec_reference: str | None = None
    contractor_id: str | None = None
    location_id: str | None = None
    due_date: dt.date | None = None
    inspection_item_id: str | None = None


def create_issue(store: Store, project_id: str, new: NewIssue) -> Done[ContractorIssue]:
    with store.transaction() as (s, changes):
        issue = add_issue(s, project_id, new)
    return Done(issue, changes)


def add_issue(s: Session, project_id: str, new: NewIssue) -> ContractorIssue:
    """Create an issue inside the caller's unit of work (see ``create_issue``)."""
    kind = validation.choice("issue_type", IssueType, new.issue_type)
    values = {
        "title": validation.required_text("title", new.title, max_len=300),
        "description": validation.text(
            "description", new.description, max_len=20000, required=False
        ),
        "severity": validation.choice("severity", Priority, new.severity),
        "spec_reference": validation.text(
            "spec_reference", new.spec_reference, max_len=200, required=False
        ),
        "due_date": validation.due_date("due_date", new.due_date, local_today()),
    }
    load(s, Project, project_id, "Project")
    issue = add_numbered(
        s,
        ContractorIssue,
        project_id,
        ISSUE_PREFIX[kind],
        issue_type=kind,
        contractor_id=new.contractor_id,
        location_id=new.location_id,
        status=IssueStatus.OPEN,
        ball_in_court=BallInCourt.CONTRACTOR,
        inspection_item_id=new.inspection_item_id,
        **values,
    )
    s.flush()
    s.add(opening_event(IssueStatusEvent.issue_id, issue))
    return issue


def change_status(
    store: Store, issue_id: str, target: IssueStatus | str, note: str | None = None
) -> Done[ContractorIssue]:
    status = validation.choice("status", IssueStatus, target)
    with store.transaction() as (s, changes):
        issue = load(s, ContractorIssue, issue_id, "Issue")
        workflow.check(KIND.transitions, issue_number(issue), issue.status, status)
        note = validation.text("note", note, max_len=4000, required=False)
        move_to(s, IssueStatusEvent.issue_id, issue, status, note)
        if status is IssueStatus.OPEN:
            issue.ball_in_court = BallInCourt.CONTRACTOR
    return Done(issue, changes)


def add_response(
    store: Store,
    issue_id: str,
    body: str,
    *,
    author_name: str,
    author_org_id: str | None = None,
    from_contractor: bool = True,
) -> Done[Comment]:
    """A reply in the thread. A contractor's reply moves an open issue to *responded*
    and the ball to the owner's rep; the rep's reply hands the ball back."""
    text = validation.required_text("body", body, max_len=20000)
    author = validation.required_text("author_name", author_name, max_len=200)
    with store.transaction() as (s, changes):
        issue = load(s, ContractorIssue, issue_id, "Issue")
        if issue.status in (IssueStatus.CLOSED, IssueStatus.VOID):
            raise WorkflowError(
                QT_TRANSLATE_NOOP(
                    "Errors", "{number} is {status}; reopen it to continue the thread."
                ),
                number=issue_number(issue),
                status=issue.status.value,
            )
        comment = Comment(
            project_id=issue.project_id,
            record_type="issue",
            record_id=issue.id,
            author_name=author,
            author_org_id=author_org_id,
            is_response=from_contractor,
            body=text,
        )
        s.add(comment)
        if from_contractor:
            if issue.status is IssueStatus.OPEN:
                move_to(s, IssueStatusEvent.issue_id, issue, IssueStatus.RESPONDED, None)
            issue.ball_in_court = BallInCourt.OWNERS_REP
        else:
            issue.ball_in_court = BallInCourt.CONTRACTOR
    return Done(comment, changes)


def thread(store: Store, issue_id: str) -> list[Comment]:
    return read_logged(store, Comment.record_id, issue_id, Comment.record_type == "issue")
