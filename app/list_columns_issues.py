"""The contractor issue list's columns: the screen's table, the spreadsheet export (with
the response thread beside it) and the issue log of the issue and status reports."""

from __future__ import annotations

from dataclasses import replace

from executrek.app import list_fields as shared
from executrek.app.columns import QT_TRANSLATE_NOOP, Field, Kind, attr_field
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

TYPE: Field[AnyIssue] = attr_field(
    "type", QT_TRANSLATE_NOOP("Columns", "Type"), Kind.WORDS, attr="issue_type"
)
NUMBER: Field[AnyIssue] = shared.NUMBER
TITLE: Field[IssueRow | IssueEntry] = shared.TITLE
SEVERITY: Field[AnyIssue] = shared.graded(
    "severity",
    QT_TRANSLATE_NOOP("Columns", "Severity"),
    sort_value=lambda r: SEVERITY_RANK.get(r.severity, -1),
)
STATUS: Field[AnyIssue] = replace(shared.STATUS, weight=1.05)
BALL: Field[AnyIssue] = attr_field(
    "ball", QT_TRANSLATE_NOOP("Columns", "Ball in court"), Kind.WORDS, attr="ball_in_court"
)
CONTRACTOR: Field[AnyIssue] = replace(shared.CONTRACTOR, weight=1.6)
LOCATION: Field[IssueListRow | IssueEntry] = shared.LOCATION
DUE: Field[AnyIssue] = shared.due("due", OPEN_ISSUE)
RESPONSES: Field[IssueRow] = attr_field(
    "responses", QT_TRANSLATE_NOOP("Columns", "Responses"), Kind.INT
)
RAISED_BY: Field[IssueListRow] = attr_field("raised_by", QT_TRANSLATE_NOOP("Columns", "Raised by"))
RAISED_AT: Field[IssueListRow] = attr_field(
    "raised_at", QT_TRANSLATE_NOOP("Columns", "Raised at"), Kind.DATETIME
)
CLOSED_AT: Field[IssueListRow | IssueEntry] = attr_field(
    "closed_at", QT_TRANSLATE_NOOP("Columns", "Closed at"), Kind.DATETIME
)

# The response thread
ISSUE: Field[ThreadExportRow] = attr_field(
    "issue", QT_TRANSLATE_NOOP("Columns", "Issue"), attr="issue_number"
)
WHEN: Field[AnyMessage] = attr_field("at", QT_TRANSLATE_NOOP("Columns", "When"), Kind.DATETIME, 1.3)
AUTHOR: Field[AnyMessage] = attr_field("author", QT_TRANSLATE_NOOP("Columns", "Author"), weight=1.5)
ORGANISATION: Field[ThreadExportRow] = attr_field(
    "organisation", QT_TRANSLATE_NOOP("Columns", "Organisation")
)
RESPONSE: Field[AnyMessage] = attr_field(
    "response", QT_TRANSLATE_NOOP("Columns", "Contractor response"), Kind.YESNO, attr="is_response"
)
MESSAGE: Field[AnyMessage] = attr_field(
    "message", QT_TRANSLATE_NOOP("Columns", "Message"), weight=4.5, attr="body"
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
