"""The owner's monthly project status report: the headline on the first page (ratings
with the measure behind each, budget, schedule and quality in a sentence each), then
budget (roll-up and trend), schedule (milestones against their contractual dates),
quality (punch by status and contractor, inspections, open NCRs), top risks as a
matrix, photos of the period, and the changes since the last issued status report.

Every figure printed more than once comes from one service value: the punch figures
from ``health.PunchCounts``, the schedule from ``health.SchedulePosition``, the money
from ``BudgetRollup`` and the ratings from ``health_rag`` (see ``figures``)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from reportlab.platypus import Flowable, KeepTogether

from executrek.app import health_rag
from executrek.app import list_columns_inspections as inspection_list
from executrek.app import list_columns_issues as issue_list
from executrek.app import list_columns_risks as risk_list
from executrek.app import pdf as r
from executrek.app.columns import report_table
from executrek.app.i18n import translate
from executrek.app.report_kinds import cost_headline, diary, figures
from executrek.app.report_kinds import status_changes as changes
from executrek.app.report_kinds.change_orders import rollup_block
from executrek.app.report_kinds.commentary import commentary_block, commentary_text
from executrek.app.report_kinds.common import (
    KindSpec,
    ReportEnv,
    ReportImages,
    ReportKind,
    ReportRequest,
)
from executrek.app.report_kinds.photo_layout import RecordPhotos, record_numbers
from executrek.app.report_kinds.status_changes import ChangeLine, MoneyChange, SinceLast
from executrek.models.records.change_order.service import BudgetRollup
from executrek.models.records.inspection import report as inspection_report
from executrek.models.records.issue import queries as issue_queries
from executrek.models.records.risk import queries as risk_queries
from executrek.models.records.risk.queries import RiskRow
from executrek.models.services import health
from executrek.models.services import issued_reports as issued
from executrek.models.services import report_queries as q

__all__ = ["ChangeLine", "MoneyChange", "SinceLast", "StatusReportData", "TrendPoint"]

PHOTO_LIMIT = 6  # photos of the period: two rows of three


@dataclass(frozen=True)
class TrendPoint:
    day: dt.date
    revised: Decimal
    forecast: Decimal


@dataclass(frozen=True)
class StatusReportData:
    project: q.ProjectHeader
    period_start: dt.date
    period_end: dt.date
    rag_budget: str
    rag_schedule: str
    rag_quality: str
    rollup: BudgetRollup
    trend: tuple[TrendPoint, ...]
    milestones: tuple[q.MilestoneEntry, ...]
    forecast_finish: dt.date | None
    punch: tuple[q.PunchBreakdown, ...]  # the groups ``health.punch_counts_of`` sums
    punch_raised: int
    punch_closed: int
    inspections: tuple[inspection_report.InspectionSummary, ...]
    pass_rate: Decimal | None  # all completed inspections, percent
    open_ncrs: tuple[issue_queries.IssueEntry, ...]
    open_issues: int
    risks: tuple[RiskRow, ...]
    photos: tuple[q.PeriodPhoto, ...]
    since_last: SinceLast
    # Every numbered record's [status, amount] now: the baseline of the next report.
    records: dict[str, dict[str, tuple[str, str]]]
    # The schedule rating of each milestone's variance (in ``schedule()`` order).
    milestone_ratings: tuple[str, ...] = ()
    granted_days: int = 0  # extensions of time granted in delay events (schedule.forecast)
    completion_float: Decimal | None = None  # the current programme's (schedule rating)
    update_number: str | None = None  # the programme update the schedule figures read
    site: diary.SiteActivity | None = None  # from the site diaries (None: issued before)
    commentary: str = ""  # the rep's own words, printed with the headline
    photo_numbers: dict[str, str] = field(default_factory=dict)  # record id → number
    # The owner's budget (None: no budget lines, or issued before the cost room).
    cost: cost_headline.CostHeadline | None = None

    def punch_counts(self) -> health.PunchCounts:
        return health.punch_counts_of(self.punch)

    def schedule(self) -> health.SchedulePosition:
        """The schedule figures, computed as ``health`` computes them for the dashboard."""
        return health.schedule_position(
            ((m.name, m.baseline_date, m.forecast_date, m.actual_date) for m in self.milestones),
            approved_days=self.rollup.approved_schedule_days,
            pending_days=self.rollup.pending_schedule_days,
            baseline_finish=self.project.baseline_finish,
            forecast_finish=self.project.forecast_finish,
            granted_days=self.granted_days,
            update_number=self.update_number,
            completion_float=self.completion_float,
        )


def default_period(request: ReportRequest) -> tuple[dt.date, dt.date]:
    end = request.filters.date_to or request.issued
    start = request.filters.date_from or end.replace(day=1)
    return (min(start, end), end)


def _trend(env: ReportEnv, pid: str, end: dt.date, b: BudgetRollup) -> tuple[TrendPoint, ...]:
    # One point per period end: an earlier report of the same period is superseded.
    points: dict[dt.date, TrendPoint] = {}
    for row in reversed(
        issued.issued_reports(env.store, pid, ReportKind.STATUS.value, with_snapshot=True)
    ):
        rollup = row.snapshot.get("data", {}).get("rollup")
        if rollup and row.period_end:
            revised = Decimal(rollup["revised_contract"])
            forecast = revised + Decimal(rollup["pending_exposure"])
            points[row.period_end] = TrendPoint(row.period_end, revised, forecast)
    points[end] = TrendPoint(end, b.revised_contract, b.revised_contract + b.pending_exposure)
    return tuple(points[day] for day in sorted(points))


def milestone_ratings(h: health.ProjectHealth, env: ReportEnv) -> tuple[str, ...]:
    """Each milestone's variance rated by the PMO's slip thresholds."""
    return tuple(
        health_rag.slip(m.variance_days, env.thresholds).value for m in h.schedule.milestones
    )


def _gather(env: ReportEnv, request: ReportRequest) -> StatusReportData:
    assert request.project_id is not None
    pid = request.project_id
    store = env.store
    start, end = default_period(request)
    h = health.project_health(store, pid, request.issued)
    states = q.record_states(store, pid)
    last = issued.last_issued(store, pid, ReportKind.STATUS.value)
    prev_data: dict[str, Any] | None = last.snapshot.get("data") if last else None
    raised, closed_n = q.punch_activity(store, pid, start, end)
    issues = issue_queries.issue_log(store, pid)
    open_states = ("open", "responded")
    photos = tuple(q.photos_in_period(store, pid, start, end, limit=PHOTO_LIMIT))
    return StatusReportData(
        project=q.project_header(store, pid),
        period_start=start,
        period_end=end,
        rag_budget=health_rag.budget(h, env.thresholds).value,
        rag_schedule=health_rag.schedule(h, env.thresholds).value,
        rag_quality=health_rag.quality(h, env.thresholds).value,
        rollup=h.budget,
        trend=_trend(env, pid, end, h.budget),
        milestones=tuple(
            q.MilestoneEntry(m.name, m.baseline_date, m.forecast_date, m.actual_date)
            for m in h.schedule.milestones
        ),
        forecast_finish=h.forecast_finish,
        punch=h.punch.groups,
        punch_raised=raised,
        punch_closed=closed_n,
        inspections=tuple(inspection_report.inspections_between(store, pid, start, end)),
        pass_rate=h.inspection_pass_rate,
        open_ncrs=tuple(
            i for i in issues if i.issue_type == "non_conformance" and i.status in open_states
        ),
        open_issues=sum(1 for i in issues if i.status in open_states),
        risks=tuple(risk_queries.live_risks(store, pid)),
        photos=photos,
        since_last=changes.since_last(
            last.report_number if last else None,
            last.period_end if last else None,
            prev_data,
            states,
            h.budget,
        ),
        records={
            kind: {n: (st.status, st.amount) for n, st in rows.items()}
            for kind, rows in states.items()
        },
        milestone_ratings=milestone_ratings(h, env),
        granted_days=h.schedule.granted_days,
        completion_float=h.schedule.completion_float,
        update_number=h.schedule.update_number,
        site=diary.site_activity(env, pid, start, end),
        commentary=commentary_text(request.commentary),
        photo_numbers=record_numbers(env, ((p.record_type, p.record_id) for p in photos)),
        cost=cost_headline.cost_headline(env.store, pid),
    )


def story(data: StatusReportData, images: ReportImages) -> r.StoryBuilder:
    def build(ctx: r.ReportContext) -> list[Flowable]:
        counts = data.punch_counts()
        pos = data.schedule()
        photos = RecordPhotos(ctx, images)
        out: list[Flowable] = []
        out += headline(ctx, data, counts, pos)
        out += _budget(ctx, data)
        out += _schedule(ctx, data, pos)
        out += _quality(ctx, data, counts)
        out += _risks(ctx, data)
        site = diary.site_activity_section(ctx, data.site)
        if site:  # a short block: moved whole, never its last line alone on a page
            out.append(KeepTogether(site))
        out += _photos(ctx, data, photos)
        out += changes.section(ctx, data.since_last, data.rollup.currency)
        out += photos.appendix()
        return out

    return build


def _rate(ctx: r.ReportContext, data: StatusReportData) -> str:
    return ctx.fmt.percent(data.pass_rate / 100, 1) if data.pass_rate is not None else "—"


def exposure_text(ctx: r.ReportContext, b: BudgetRollup) -> str:
    """The budget rating's measure (``health_rag.budget`` bands the same ratio)."""
    pct = (
        ctx.fmt.percent((b.approved_changes + b.pending_exposure) / b.original_contract, 1)
        if b.original_contract
        else "—"
    )
    return translate(
        "Reports", "Approved and pending changes {pct} of the original contract"
    ).format(pct=pct)


def quality_text(ctx: r.ReportContext, data: StatusReportData, counts: health.PunchCounts) -> str:
    """The quality rating's measure: what ``health_rag.quality`` bands."""
    return translate("Reports", "{overdue} overdue punch items; pass rate to date {rate}").format(
        overdue=ctx.fmt.number(counts.overdue), rate=_rate(ctx, data)
    )


def headline(
    ctx: r.ReportContext,
    data: StatusReportData,
    counts: health.PunchCounts,
    pos: health.SchedulePosition,
) -> list[Flowable]:
    """The first page: ratings with their measures, then budget, schedule and quality
    in a few sentences, each from the figure the ratings and the later tables use."""
    fmt = ctx.fmt
    b = data.rollup
    cur = b.currency
    columns = [
        r.Column(translate("Reports", "Area"), weight=1.1),
        r.Column(translate("Reports", "Rating"), r.ColumnKind.STATUS_CELL, weight=1),
        r.Column(translate("Reports", "Measure"), weight=3.4),
    ]
    rows: list[list[r.CellValue]] = [
        [
            translate("Reports", "Budget"),
            figures.rag_status(data.rag_budget),
            exposure_text(ctx, b),
        ],
        [
            translate("Reports", "Schedule"),
            figures.rag_status(data.rag_schedule),
            figures.slip_text(ctx, pos),
        ],
        [
            translate("Reports", "Quality"),
            figures.rag_status(data.rag_quality),
            quality_text(ctx, data, counts),
        ],
    ]
    budget = translate(
        "Reports",
        "The revised contract stands at {revised} ({pct} on the original {original}); "
        "{pending} of changes are pending a decision, for a forecast final cost of "
        "{forecast}.",
    ).format(
        revised=fmt.money(b.revised_contract, cur),
        pct=fmt.percent(b.percent_change / 100, 2),
        original=fmt.money(b.original_contract, cur),
        pending=fmt.money(b.pending_exposure, cur),
        forecast=fmt.money(b.revised_contract + b.pending_exposure, cur),
    )
    schedule = (
        figures.completion_sentence(ctx, pos)
        + " "
        + figures.slip_sentence(ctx, pos, data.rag_schedule)
    )
    quality = (
        figures.punch_sentence(ctx, counts)
        + " "
        + translate(
            "Reports",
            "{raised} were raised and {closed} closed this period. Inspection pass rate to "
            "date: {rate}; open NCRs: {ncrs}.",
        ).format(
            raised=fmt.number(data.punch_raised),
            closed=fmt.number(data.punch_closed),
            rate=_rate(ctx, data),
            ncrs=fmt.number(len(data.open_ncrs)),
        )
    )
    out: list[Flowable] = [
        r.section_heading(ctx, translate("Reports", "Summary")),
        r.data_table(ctx, columns, rows, zebra=False),
    ]
    for label, text in (
        (translate("Reports", "Budget"), budget),
        (translate("Reports", "Schedule"), schedule),
        (translate("Reports", "Quality"), quality),
    ):
        out.append(r.lead_para(ctx, label, text))
    out += commentary_block(ctx, data.commentary)
    note = changes.summary_note(ctx, data.since_last)
    if note is not None:
        out.append(note)
    return out


def _budget(ctx: r.ReportContext, data: StatusReportData) -> list[Flowable]:
    out: list[Flowable] = [r.section_heading(ctx, translate("Reports", "Budget"))]
    if data.cost is None:
        out += rollup_block(ctx, data.rollup, chart_height=145)
    else:  # the owner's budget beside the change orders' waterfall
        chart_width = ctx.width * cost_headline.CHART_SHARE
        figures_block, chart = rollup_block(
            ctx, data.rollup, chart_height=145, chart_width=chart_width
        )
        out += [figures_block, cost_headline.beside_chart(ctx, chart, data.cost, chart_width)]
    if len(data.trend) < 2:  # a note under the waterfall, not a heading over nothing
        out.append(
            r.muted_note(
                ctx,
                translate(
                    "Reports",
                    "The budget trend starts with the next issued status report; this is "
                    "the first point.",
                ),
            )
        )
        return out
    out.append(r.section_heading(ctx, translate("Reports", "Budget trend"), 1))
    out.append(
        r.line_chart(
            ctx,
            [
                r.TimeSeries(
                    translate("Reports", "Revised contract"),
                    [(p.day, p.revised) for p in data.trend],
                ),
                r.TimeSeries(
                    translate("Reports", "Forecast final cost"),
                    [(p.day, p.forecast) for p in data.trend],
                ),
            ],
            value_format=ctx.fmt.money_compact,
            height=140,
        )
    )
    return out


def _schedule(
    ctx: r.ReportContext, data: StatusReportData, pos: health.SchedulePosition
) -> list[Flowable]:
    out: list[Flowable] = [r.section_heading(ctx, translate("Reports", "Schedule"))]
    out += figures.milestone_table(ctx, pos, data.milestone_ratings)
    return out


def _quality(
    ctx: r.ReportContext, data: StatusReportData, counts: health.PunchCounts
) -> list[Flowable]:
    fmt = ctx.fmt
    out: list[Flowable] = [r.section_heading(ctx, translate("Reports", "Quality"))]
    out.append(r.section_heading(ctx, translate("Reports", "Punch items by status"), 1))
    out.append(figures.punch_status_chart(ctx, counts, height=75))
    out.append(r.section_heading(ctx, translate("Reports", "Punch items by contractor"), 1))
    out += figures.punch_contractor_table(ctx, counts)
    out.append(r.section_heading(ctx, translate("Reports", "Inspections this period"), 1))
    done = [i for i in data.inspections if i.result is not None]
    passed = sum(1 for i in done if i.result == "pass")
    out.append(
        r.key_value_block(
            ctx,
            [
                (
                    translate("Reports", "Inspections this period"),
                    fmt.number(len(data.inspections)),
                ),
                (
                    translate("Reports", "Pass rate this period"),
                    fmt.percent(passed / len(done), 1) if done else None,
                ),
                (translate("Reports", "Pass rate to date"), _rate(ctx, data)),
                (translate("Reports", "Open issues"), fmt.number(data.open_issues)),
            ],
        )
    )
    out.append(
        report_table(
            ctx,
            inspection_list.PERIOD,
            data.inspections,
            empty_text=translate("Reports", "No inspections this period"),
        )
    )
    out.append(r.section_heading(ctx, translate("Reports", "Open non-conformance reports"), 1))
    out.append(
        report_table(
            ctx,
            issue_list.NCR_LOG,
            data.open_ncrs,
            empty_text=translate("Reports", "No open NCRs"),
        )
    )
    return out


def _risks(ctx: r.ReportContext, data: StatusReportData) -> list[Flowable]:
    out: list[Flowable] = [r.section_heading(ctx, translate("Reports", "Top risks"))]
    out.append(
        r.risk_matrix(
            ctx, [r.RiskItem(x.number, x.probability, x.impact) for x in data.risks], height=155
        )
    )
    out.append(
        report_table(
            ctx,
            risk_list.TOP_RISKS,
            data.risks[:8],
            empty_text=translate("Reports", "No open risks"),
        )
    )
    return out


def _photos(ctx: r.ReportContext, data: StatusReportData, photos: RecordPhotos) -> list[Flowable]:
    """The latest photos of the period, captioned with their records' numbers: here,
    or in the appendix with a line saying where, or (``--photos none``) not at all."""
    if not photos.shown:
        return []
    title = translate("Reports", "Photos of the period")
    out: list[Flowable] = [r.section_heading(ctx, title)]
    if not data.photos:
        out.append(r.muted_note(ctx, translate("Reports", "No photos were taken this period.")))
        return out
    pictures = [
        photo
        for p in data.photos
        for photo in photos.pictures([p.photo], data.photo_numbers.get(p.record_id, ""))
    ]
    return out + photos.section("period", title, pictures, per_row=3)


def month_name(month: int) -> str:
    names = (
        translate("Reports", "January"),
        translate("Reports", "February"),
        translate("Reports", "March"),
        translate("Reports", "April"),
        translate("Reports", "May"),
        translate("Reports", "June"),
        translate("Reports", "July"),
        translate("Reports", "August"),
        translate("Reports", "September"),
        translate("Reports", "October"),
        translate("Reports", "November"),
        translate("Reports", "December"),
    )
    return names[month - 1]


def month_title(text: str, data: Any) -> str:
    """A monthly report's title: ``text`` with the ``{month}`` and ``{year}`` its data's
    period ends in."""
    return text.format(month=month_name(data.period_end.month), year=data.period_end.year)


SPEC = KindSpec(
    data_type=StatusReportData,
    gather=_gather,
    story=story,
    kind_label=lambda: translate("Reports", "Monthly project status report"),
    title=lambda data: month_title(
        translate("Reports", "Project status report {month} {year}"), data
    ),
)
