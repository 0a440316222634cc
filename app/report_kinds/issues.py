"""The contractor issue log (observations, NCRs, RFIs…) with each issue's photos and
its response thread."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from reportlab.platypus import Flowable

from executrek.app import list_columns_issues as issue_list
from executrek.app import pdf as r
from executrek.app.columns import report_table
from executrek.app.i18n import translate
from executrek.app.pdf.markup import escape
from executrek.app.pdf.table_flowable import CellParagraph
from executrek.app.report_kinds import plans as plan_pages
from executrek.app.report_kinds.common import (
    Filters,
    KindSpec,
    ReportEnv,
    ReportImages,
    ReportRequest,
    label,
    log_period,
    pill,
)
from executrek.app.report_kinds.photo_layout import RecordPhotos, by_record, photos_of
from executrek.models.records.drawing.model import PIN_ISSUE
from executrek.models.records.drawing.plan_queries import PlanSet
from executrek.models.records.issue import queries as issue_queries
from executrek.models.records.issue.model import KIND as ISSUE
from executrek.models.services import report_queries as q
from executrek.models.services.record_reads import PhotoRef

_OPEN = ("open", "responded")


@dataclass(frozen=True)
class IssueReportData:
    project: q.ProjectHeader
    selection: str
    today: dt.date
    issues: tuple[issue_queries.IssueEntry, ...]
    plans: PlanSet = field(default_factory=PlanSet)  # where the issues are pinned, when asked for
    photos: tuple[PhotoRef, ...] = ()  # the issues' photos (older snapshots: none)


def select_issues(
    issues: list[issue_queries.IssueEntry], filters: Filters
) -> list[issue_queries.IssueEntry]:
    return [
        i
        for i in issues
        if filters.admits(i.status, i.contractor, i.created_at.date(), i.location or "")
    ]


def _gather(env: ReportEnv, request: ReportRequest) -> IssueReportData:
    assert request.project_id is not None
    issues = tuple(
        select_issues(issue_queries.issue_log(env.store, request.project_id), request.filters)
    )
    plans = (
        plan_pages.gather_plans(env.store, PIN_ISSUE, [(i.id, i.number, i.status) for i in issues])
        if request.plans
        else PlanSet()
    )
    return IssueReportData(
        project=q.project_header(env.store, request.project_id),
        selection=request.filters.described(translate("Reports", "All issues"), location=True),
        today=request.issued,
        issues=issues,
        plans=plans,
        photos=photos_of(env, ISSUE.key, [i.id for i in issues]),
    )


def story(data: IssueReportData, images: ReportImages) -> r.StoryBuilder:
    def build(ctx: r.ReportContext) -> list[Flowable]:
        fmt = ctx.fmt
        small = ctx.styles.small
        issues = data.issues
        out: list[Flowable] = [r.section_heading(ctx, translate("Reports", "Summary"))]
        overdue = [
            i for i in issues if i.status in _OPEN and i.due_date and i.due_date < data.today
        ]
        out.append(
            r.key_value_block(
                ctx,
                [
                    (translate("Reports", "Selection"), data.selection),
                    (translate("Reports", "Issues"), fmt.number(len(issues))),
                    (
                        translate("Reports", "Open"),
                        fmt.number(sum(1 for i in issues if i.status in _OPEN)),
                    ),
                    (translate("Reports", "Overdue"), fmt.number(len(overdue))),
                    (
                        translate("Reports", "Open NCRs"),
                        fmt.number(
                            sum(
                                1
                                for i in issues
                                if i.status in _OPEN and i.issue_type == "non_conformance"
                            )
                        ),
                    ),
                    (translate("Reports", "Status as of"), fmt.date(data.today)),
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
                        translate("Reports", "Open"),
                        [open_types.get(t, 0) for t in sorted(types)],
                        r.Tone.RED,
                    ),
                    r.Series(
                        translate("Reports", "Closed or void"),
                        [types[t] - open_types.get(t, 0) for t in sorted(types)],
                        r.Tone.GREEN,
                    ),
                ],
                height=170,
            )
        )
        out.append(r.section_heading(ctx, translate("Reports", "Issue log")))
        out.append(
            report_table(
                ctx,
                issue_list.LOG,
                issues,
                today=data.today,
                # nobody has the ball once an issue is closed or void
                cells={"ball": lambda i: label(i.ball_in_court) if i.status in _OPEN else None},
            )
        )
        out.append(r.section_heading(ctx, translate("Reports", "Issues and responses")))
        photos = RecordPhotos(ctx, images)
        shots = by_record(data.photos)
        for i in issues:
            out.append(r.section_heading(ctx, f"{i.number} · {i.title}", 1, in_contents=False))
            out.append(
                r.key_value_block(
                    ctx,
                    [
                        (translate("Reports", "Type"), label(i.issue_type)),
                        (translate("Reports", "Status"), r.status_pill(ctx, pill(i.status))),
                        (translate("Reports", "Contractor"), i.contractor),
                        (translate("Reports", "Location"), i.location),
                        (translate("Reports", "Severity"), label(i.severity)),
                        (translate("Reports", "Specification"), i.spec_reference),
                        (translate("Reports", "Raised"), fmt.date(i.created_at.date())),
                        (translate("Reports", "Due"), fmt.date(i.due_date) if i.due_date else None),
                    ],
                )
            )
            if i.description:
                out.append(r.para(i.description, ctx.styles.body))
            out += photos.section(
                i.id,
                f"{i.number} · {i.title}",
                photos.pictures(shots.get(i.id, ()), i.number),
                inline=plan_pages.item_plans(images, data.plans, i.id),
            )
            if i.thread:
                out.append(
                    report_table(
                        ctx,
                        issue_list.THREAD,
                        i.thread,
                        cells={
                            "author": _author,
                            "message": lambda c: CellParagraph(escape(c.body), small),
                        },
                    )
                )
            else:
                out.append(r.muted_note(ctx, translate("Reports", "No responses yet.")))
        out += photos.appendix()
        out += plan_pages.overview_section(ctx, data.plans, images)
        return out

    return build


def _author(c: issue_queries.ThreadEntry) -> str:
    if c.is_response:
        return translate("Reports", "{name} (response)").format(name=c.author)
    return c.author


SPEC = KindSpec(
    data_type=IssueReportData,
    gather=_gather,
    story=story,
    kind_label=lambda: translate("Reports", "Contractor issue report"),
    title=lambda data: translate("Reports", "Issue, NCR and RFI log"),
    period=log_period,
)
