"""The contractor issue log (observations, NCRs, RFIs…) with the response threads."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from reportlab.platypus import Flowable

from executrek.app import reports as r
from executrek.app.i18n import tr
from executrek.app.reporting.common import (
    Filters,
    KindSpec,
    ReportEnv,
    ReportRequest,
    label,
    status,
    status_label,
)
from executrek.app.reports.markup import escape
from executrek.app.reports.table_flowable import CellParagraph
from executrek.models.services import report_queries as q

_OPEN = ("open", "responded")


@dataclass(frozen=True)
class IssueReportData:
    project: q.ProjectHeader
    selection: str
    today: dt.date
    issues: tuple[q.IssueEntry, ...]


def select_issues(issues: list[q.IssueEntry], filters: Filters) -> list[q.IssueEntry]:
    out = []
    for issue in issues:
        if filters.statuses and issue.status not in filters.statuses:
            continue
        if filters.contractor and (issue.contractor or "").lower() != filters.contractor.lower():
            continue
        if filters.location and filters.location.lower() not in (issue.location or "").lower():
            continue
        day = issue.created_at.date()
        if filters.date_from and day < filters.date_from:
            continue
        if filters.date_to and day > filters.date_to:
            continue
        out.append(issue)
    return out


def _selection(filters: Filters) -> str:
    parts = []
    if filters.contractor:
        parts.append(tr("Reports", "Contractor: {name}").format(name=filters.contractor))
    if filters.location:
        parts.append(tr("Reports", "Location: {name}").format(name=filters.location))
    if filters.statuses:
        names = ", ".join(status_label(s) for s in filters.statuses)
        parts.append(tr("Reports", "Status: {names}").format(names=names))
    return "; ".join(parts) if parts else tr("Reports", "All issues")


def _gather(env: ReportEnv, request: ReportRequest) -> IssueReportData:
    assert request.project_id is not None
    return IssueReportData(
        project=q.project_header(env.store, request.project_id),
        selection=_selection(request.filters),
        today=request.issued,
        issues=tuple(select_issues(q.issue_log(env.store, request.project_id), request.filters)),
    )


def story(data: IssueReportData, photo_path: Callable[[q.PhotoRef], Path]) -> r.StoryBuilder:
    del photo_path

    def build(ctx: r.ReportContext) -> list[Flowable]:
        fmt = ctx.fmt
        small = ctx.styles.small
        issues = data.issues
        out: list[Flowable] = [r.section_heading(ctx, tr("Reports", "Summary"))]
        overdue = [
            i for i in issues if i.status in _OPEN and i.due_date and i.due_date < data.today
        ]
        out.append(
            r.key_value_block(
                ctx,
                [
                    (tr("Reports", "Selection"), data.selection),
                    (tr("Reports", "Issues"), fmt.number(len(issues))),
                    (
                        tr("Reports", "Open"),
                        fmt.number(sum(1 for i in issues if i.status in _OPEN)),
                    ),
                    (tr("Reports", "Overdue"), fmt.number(len(overdue))),
                    (
                        tr("Reports", "Open NCRs"),
                        fmt.number(
                            sum(
                                1
                                for i in issues
                                if i.status in _OPEN and i.issue_type == "non_conformance"
                            )
                        ),
                    ),
                    (tr("Reports", "Status as of"), fmt.date(data.today)),
                ],
            )
        )
        types = Counter(i.issue_type for i in issues)
        open_types = Counter(i.issue_type for i in issues if i.status in _OPEN)
        out.append(
            r.stacked_bar_chart(
                ctx,
                [label(t) for t in sorted(types)],
                [
                    r.Series(
                        tr("Reports", "Open"),
                        [open_types.get(t, 0) for t in sorted(types)],
                        r.Tone.RED,
                    ),
                    r.Series(
                        tr("Reports", "Closed or void"),
                        [types[t] - open_types.get(t, 0) for t in sorted(types)],
                        r.Tone.GREEN,
                    ),
                ],
                height=170,
            )
        )
        out.append(r.section_heading(ctx, tr("Reports", "Issue log")))
        columns = [
            r.Column(tr("Reports", "Number"), weight=0.8),
            r.Column(tr("Reports", "Title"), weight=3),
            r.Column(tr("Reports", "Contractor"), weight=1.6),
            r.Column(tr("Reports", "Severity"), weight=0.8),
            r.Column(tr("Reports", "Ball in court"), weight=1),
            r.Column(tr("Reports", "Status"), r.ColumnKind.STATUS, weight=1.05),
            r.Column(tr("Reports", "Due"), r.ColumnKind.DATE, weight=0.95),
        ]
        out.append(
            r.data_table(
                ctx,
                columns,
                [
                    [
                        i.number,
                        i.title,
                        i.contractor,
                        label(i.severity),
                        label(i.ball_in_court) if i.status in _OPEN else None,
                        status(i.status),
                        i.due_date,
                    ]
                    for i in issues
                ],
            )
        )
        out.append(r.section_heading(ctx, tr("Reports", "Issues and responses")))
        for i in issues:
            out.append(r.section_heading(ctx, f"{i.number} · {i.title}", 1, in_contents=False))
            out.append(
                r.key_value_block(
                    ctx,
                    [
                        (tr("Reports", "Type"), label(i.issue_type)),
                        (tr("Reports", "Status"), r.status_pill(ctx, _pill(i.status))),
                        (tr("Reports", "Contractor"), i.contractor),
                        (tr("Reports", "Location"), i.location),
                        (tr("Reports", "Severity"), label(i.severity)),
                        (tr("Reports", "Specification"), i.spec_reference),
                        (tr("Reports", "Raised"), fmt.date(i.created_at.date())),
                        (tr("Reports", "Due"), fmt.date(i.due_date) if i.due_date else None),
                    ],
                )
            )
            if i.description:
                out.append(r.para(i.description, ctx.styles.body))
            if i.thread:
                out.append(
                    r.data_table(
                        ctx,
                        [
                            r.Column(tr("Reports", "When"), r.ColumnKind.DATE, weight=1.3),
                            r.Column(tr("Reports", "From"), weight=1.5),
                            r.Column(tr("Reports", "Message"), weight=4.5),
                        ],
                        [
                            [
                                c.at,
                                _author(c),
                                CellParagraph(escape(c.body), small),
                            ]
                            for c in i.thread
                        ],
                    )
                )
            else:
                out.append(r.muted_note(ctx, tr("Reports", "No responses yet.")))
        return out

    return build


def _author(c: q.ThreadEntry) -> str:
    if c.is_response:
        return tr("Reports", "{name} (response)").format(name=c.author)
    return c.author


def _pill(value: str) -> r.Status:
    st = status(value)
    assert st is not None
    return st


def _period(data: IssueReportData, request: ReportRequest) -> tuple[dt.date, dt.date]:
    end = request.filters.date_to or request.issued
    start = request.filters.date_from or data.project.baseline_start or end
    return (min(start, end), end)


SPEC = KindSpec(
    data_type=IssueReportData,
    gather=_gather,
    story=story,
    kind_label=lambda: tr("Reports", "Contractor issue report"),
    title=lambda data: tr("Reports", "Issue, NCR and RFI log"),
    period=_period,
    header=lambda data: data.project,
)
