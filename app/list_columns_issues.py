"""The contractor issue list's columns: the screen's table, the spreadsheet export (with
the response thread beside it) and the issue log of the issue and status reports."""

from __future__ import annotations

from dataclasses import replace

from executrek.app import list_fields as shared
from executrek.app.columns import QT_TRANSLATE_NOOP, Field, Kind, late
from executrek.models.records.issue.queries import (
    IssueEntry,
    IssueListRow,
    IssueRow,
    ThreadEntry,
    ThreadExportRow,
)
from executrek.models.records.punch.model import Priority
from executrek.models.vocab import OPEN_ISSUE

AnyIssue = IssueRow | IssueListRow | IssueEntry
AnyMessage = ThreadExportRow | ThreadEntry

SEVERITY_RANK = {p.value: rank for rank, p in enumerate(Priority)}

TYPE: Field[AnyIssue] = Field(
    "type", QT_TRANSLATE_NOOP("Columns", "Type"), lambda r: r.issue_type, Kind.WORDS
)
NUMBER: Field[AnyIssue] = shared.NUMBER
TITLE: Field[IssueRow | IssueEntry] = shared.TITLE
SEVERITY: Field[AnyIssue] = Field(
    "severity",
    QT_TRANSLATE_NOOP("Columns", "Severity"),
    lambda r: r.severity,
    Kind.WORDS,
    0.8,
    sort_value=lambda r: SEVERITY_RANK.get(r.severity, -1),
    tone=lambda r, _today: r.severity,
)
STATUS: Field[AnyIssue] = replace(shared.STATUS, weight=1.05)
BALL: Field[AnyIssue] = Field(
    "ball", QT_TRANSLATE_NOOP("Columns", "Ball in court"), lambda r: r.ball_in_court, Kind.WORDS
)
CONTRACTOR: Field[AnyIssue] = replace(shared.CONTRACTOR, weight=1.6)
LOCATION: Field[IssueListRow | IssueEntry] = shared.LOCATION
DUE: Field[AnyIssue] = Field(
    "due",
    QT_TRANSLATE_NOOP("Columns", "Due"),
    lambda r: r.due_date,
    Kind.DATE,
    0.95,
    tone=lambda r, today: late(r.due_date, r.status in OPEN_ISSUE, today),
)
RESPONSES: Field[IssueRow] = Field(
    "responses", QT_TRANSLATE_NOOP("Columns", "Responses"), lambda r: r.responses, Kind.INT
)
RAISED_BY: Field[IssueListRow] = Field(
    "raised_by", QT_TRANSLATE_NOOP("Columns", "Raised by"), lambda r: r.raised_by
)
RAISED_AT: Field[IssueListRow] = Field(
    "raised_at", QT_TRANSLATE_NOOP("Columns", "Raised at"), lambda r: r.raised_at, Kind.DATETIME
)
CLOSED_AT: Field[IssueListRow | IssueEntry] = Field(
    "closed_at", QT_TRANSLATE_NOOP("Columns", "Closed at"), lambda r: r.closed_at, Kind.DATETIME
)

# The response thread
ISSUE: Field[ThreadExportRow] = Field(
    "issue", QT_TRANSLATE_NOOP("Columns", "Issue"), lambda r: r.issue_number
)
WHEN: Field[AnyMessage] = Field(
    "at", QT_TRANSLATE_NOOP("Columns", "When"), lambda r: r.at, Kind.DATETIME, 1.3
)
AUTHOR: Field[AnyMessage] = Field(
    "author", QT_TRANSLATE_NOOP("Columns", "Author"), lambda r: r.author, weight=1.5
)
ORGANISATION: Field[ThreadExportRow] = Field(
    "organisation", QT_TRANSLATE_NOOP("Columns", "Organisation"), lambda r: r.organisation
)
RESPONSE: Field[AnyMessage] = Field(
    "response",
    QT_TRANSLATE_NOOP("Columns", "Contractor response"),
    lambda r: r.is_response,
    Kind.YESNO,
)
MESSAGE: Field[AnyMessage] = Field(
    "message", QT_TRANSLATE_NOOP("Columns", "Message"), lambda r: r.body, weight=4.5
)

SCREEN: tuple[Field[IssueRow], ...] = (
    NUMBER,
    TYPE,
    TITLE,
    SEVERITY,
    STATUS,
    BALL,
    CONTRACTOR,
    DUE,
    RESPONSES,
)
EXPORT: tuple[Field[IssueListRow], ...] = (
    TYPE,
    NUMBER,
    TITLE.reading(lambda r: r.subject),
    SEVERITY,
    STATUS,
    BALL,
    CONTRACTOR,
    LOCATION,
    DUE,
    RAISED_BY,
    RAISED_AT,
    CLOSED_AT,
)
THREAD_EXPORT: tuple[Field[ThreadExportRow], ...] = (
    ISSUE,
    WHEN,
    AUTHOR,
    ORGANISATION,
    RESPONSE,
    MESSAGE,
)
LOG: tuple[Field[IssueEntry], ...] = (NUMBER, TITLE, CONTRACTOR, SEVERITY, BALL, STATUS, DUE)
NCR_LOG: tuple[Field[IssueEntry], ...] = (NUMBER, TITLE, CONTRACTOR, STATUS, DUE)
THREAD: tuple[Field[ThreadEntry], ...] = (WHEN, AUTHOR, MESSAGE)
