"""The owner's monthly project status report: executive summary, budget (roll-up and
trend), schedule (milestones baseline vs forecast, days added by change orders),
quality (punch by status and contractor, inspection pass rate, open NCRs), top risks as
a matrix, photos of the period, and the changes since the last issued status report."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from reportlab.platypus import Flowable

from executrek.app import health_rag
from executrek.app import reports as r
from executrek.app.i18n import translate
from executrek.app.reporting.change_orders import rollup_block
from executrek.app.reporting.common import (
    KindSpec,
    ReportEnv,
    ReportKind,
    ReportRequest,
    photo_caption,
    status,
    status_label,
)
from executrek.models.services import health
from executrek.models.services import issued_reports as issued
from executrek.models.services import report_queries as q
from executrek.models.services.change_orders import BudgetRollup

_CLOSED = {
    "punch": {"closed", "void"},
    "issue": {"closed", "void"},
    "change_order": {"approved", "rejected", "void", "promoted"},
    "risk": {"closed", "occurred"},
}
_LIST_LIMIT = 40  # lines per list of changes; the rest are counted


@dataclass(frozen=True)
class ChangeLine:
    kind: str  # punch, issue, change_order, risk
    number: str
    title: str
    before: str | None  # status (or "status · amount") in the last report
    after: str | None  # now


@dataclass(frozen=True)
class MoneyChange:
    measure: str  # key of a BudgetRollup field
    before: Decimal
    after: Decimal


@dataclass(frozen=True)
class SinceLast:
    previous_number: str | None
    previous_period_end: dt.date | None
    new: tuple[ChangeLine, ...]
    closed: tuple[ChangeLine, ...]
    changed: tuple[ChangeLine, ...]
    new_count: int
    closed_count: int
    changed_count: int
    money: tuple[MoneyChange, ...]


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
    punch: tuple[q.PunchBreakdown, ...]
    punch_raised: int
    punch_closed: int
    inspections: tuple[q.InspectionSummary, ...]
    pass_rate: Decimal | None  # all completed inspections, percent
    open_ncrs: tuple[q.IssueEntry, ...]
    open_issues: int
    risks: tuple[q.RiskEntry, ...]
    photos: tuple[q.PeriodPhoto, ...]
    since_last: SinceLast
    # Every numbered record's [status, amount] now: the baseline of the next report.
    records: dict[str, dict[str, tuple[str, str]]]


def default_period(request: ReportRequest) -> tuple[dt.date, dt.date]:
    end = request.filters.date_to or request.issued
    start = request.filters.date_from or end.replace(day=1)
    return (min(start, end), end)


def _state_text(st: str, amount: str, kind: str) -> str:
    if kind == "change_order" and amount:
        return f"{st}|{amount}"
    return st


def diff(
    previous: dict[str, Any] | None,
    now: dict[str, dict[str, q.RecordState]],
) -> tuple[list[ChangeLine], list[ChangeLine], list[ChangeLine]]:
    """(new, closed, changed) records between the previous snapshot's records and now."""
    new: list[ChangeLine] = []
    closed: list[ChangeLine] = []
    changed: list[ChangeLine] = []
    if previous is None:
        return new, closed, changed
    for kind, states in now.items():
        before_all: dict[str, list[str]] = previous.get(kind, {})
        for number, st in sorted(states.items()):
            after = _state_text(st.status, st.amount, kind)
            old = before_all.get(number)
            if old is None:
                new.append(ChangeLine(kind, number, st.title, None, after))
                continue
            before = _state_text(old[0], old[1], kind)
            if before == after:
                continue
            line = ChangeLine(kind, number, st.title, before, after)
            if st.status in _CLOSED[kind] and old[0] not in _CLOSED[kind]:
                closed.append(line)
            else:
                changed.append(line)
    return new, closed, changed


_MEASURES = (
    "original_contract",
    "approved_changes",
    "revised_contract",
    "pending_exposure",
    "contingency_remaining",
)


def _gather(env: ReportEnv, request: ReportRequest) -> StatusReportData:
    assert request.project_id is not None
    pid = request.project_id
    store = env.store
    start, end = default_period(request)
    today = request.issued
    h = health.project_health(store, pid, today)
    states = q.record_states(store, pid)
    last = issued.last_issued(store, pid, ReportKind.STATUS.value)
    prev_data: dict[str, Any] | None = last.snapshot.get("data") if last else None
    new, closed, changed = diff(prev_data.get("records") if prev_data else None, states)
    money: list[MoneyChange] = []
    if prev_data is not None:
        prev_rollup = prev_data.get("rollup", {})
        for key in _MEASURES:
            before = Decimal(prev_rollup.get(key, "0"))
            after = getattr(h.budget, key)
            money.append(MoneyChange(key, before, after))
    # One point per period end: an earlier report of the same period is superseded.
    points: dict[dt.date, TrendPoint] = {}
    for row in reversed(
        issued.issued_reports(store, pid, ReportKind.STATUS.value, with_snapshot=True)
    ):
        data = row.snapshot.get("data", {})
        rollup = data.get("rollup")
        if rollup and row.period_end:
            revised = Decimal(rollup["revised_contract"])
            forecast = revised + Decimal(rollup["pending_exposure"])
            points[row.period_end] = TrendPoint(row.period_end, revised, forecast)
    b = h.budget
    points[end] = TrendPoint(end, b.revised_contract, b.revised_contract + b.pending_exposure)
    trend = [points[day] for day in sorted(points)]
    raised, closed_n = q.punch_activity(store, pid, start, end)
    issues = q.issue_log(store, pid)
    open_states = ("open", "responded")
    return StatusReportData(
        project=q.project_header(store, pid),
        period_start=start,
        period_end=end,
        rag_budget=health_rag.budget(h, env.thresholds).value,
        rag_schedule=health_rag.schedule(h, env.thresholds).value,
        rag_quality=health_rag.quality(h, env.thresholds).value,
        rollup=h.budget,
        trend=tuple(trend),
        milestones=tuple(q.milestones(store, pid)),
        forecast_finish=h.forecast_finish,
        punch=tuple(q.punch_breakdown(store, pid, today)),
        punch_raised=raised,
        punch_closed=closed_n,
        inspections=tuple(q.inspections_between(store, pid, start, end)),
        pass_rate=h.inspection_pass_rate,
        open_ncrs=tuple(
            i for i in issues if i.issue_type == "non_conformance" and i.status in open_states
        ),
        open_issues=sum(1 for i in issues if i.status in open_states),
        risks=tuple(q.live_risks(store, pid)),
        photos=tuple(q.photos_in_period(store, pid, start, end, limit=12)),
        since_last=SinceLast(
            previous_number=last.report_number if last else None,
            previous_period_end=last.period_end if last else None,
            new=tuple(new[:_LIST_LIMIT]),
            closed=tuple(closed[:_LIST_LIMIT]),
            changed=tuple(changed[:_LIST_LIMIT]),
            new_count=len(new),
            closed_count=len(closed),
            changed_count=len(changed),
            money=tuple(money),
        ),
        records={
            kind: {n: (st.status, st.amount) for n, st in rows.items()}
            for kind, rows in states.items()
        },
    )


_RAG_TONE = {"green": r.Tone.GREEN, "amber": r.Tone.AMBER, "red": r.Tone.RED}


def _rag(value: str) -> r.Status:
    names = {
        "green": translate("Reports", "On track"),
        "amber": translate("Reports", "At risk"),
        "red": translate("Reports", "Off track"),
    }
    return r.Status(
        names.get(value, translate("Reports", "Not rated")), _RAG_TONE.get(value, r.Tone.GREY)
    )


def _slip(m: q.MilestoneEntry) -> int:
    return ((m.actual_date or m.forecast_date or m.baseline_date) - m.baseline_date).days


def _late_finish(data: StatusReportData) -> int:
    last = data.milestones[-1] if data.milestones else None
    return _slip(last) if last else 0


def measure_label(key: str) -> str:
    return {
        "original_contract": translate("Reports", "Original contract"),
        "approved_changes": translate("Reports", "Approved changes"),
        "revised_contract": translate("Reports", "Revised contract"),
        "pending_exposure": translate("Reports", "Pending exposure"),
        "contingency_remaining": translate("Reports", "Contingency remaining"),
    }[key]


def record_label(kind: str) -> str:
    return {
        "punch": translate("Reports", "Punch item"),
        "issue": translate("Reports", "Issue"),
        "change_order": translate("Reports", "Change order"),
        "risk": translate("Reports", "Risk"),
    }[kind]


def story(data: StatusReportData, photo_path: Callable[[q.PhotoRef], Path]) -> r.StoryBuilder:
    def build(ctx: r.ReportContext) -> list[Flowable]:
        out: list[Flowable] = []
        out += _summary(ctx, data)
        out += _budget(ctx, data)
        out += _schedule(ctx, data)
        out += _quality(ctx, data)
        out += _risks(ctx, data)
        out += _photos(ctx, data, photo_path)
        out += _changes(ctx, data)
        return out

    return build


def _summary(ctx: r.ReportContext, data: StatusReportData) -> list[Flowable]:
    fmt = ctx.fmt
    b = data.rollup
    cur = b.currency
    open_punch = sum(p.count for p in data.punch if p.status not in _CLOSED["punch"])
    overdue = sum(p.overdue for p in data.punch)
    slip = _late_finish(data)
    rate = fmt.percent(data.pass_rate / 100, 1) if data.pass_rate is not None else "—"
    lines = [
        translate(
            "Reports",
            "The revised contract stands at {revised} ({pct} on the original {original}); "
            "{pending} of changes are pending a decision.",
        ).format(
            revised=fmt.money(b.revised_contract, cur),
            pct=fmt.percent(b.percent_change / 100, 2),
            original=fmt.money(b.original_contract, cur),
            pending=fmt.money(b.pending_exposure, cur),
        ),
        translate("Reports", "Handover is forecast {slip} against the baseline.").format(
            slip=translate("Reports", "on time")
            if slip == 0
            else translate("Reports", "{days} late").format(days=fmt.days(slip))
            if slip > 0
            else translate("Reports", "{days} early").format(days=fmt.days(-slip))
        ),
        translate(
            "Reports",
            "{open} punch items are open ({overdue} overdue); {raised} were raised and "
            "{closed} closed this period. Inspection pass rate: {rate}; open NCRs: {ncrs}.",
        ).format(
            open=fmt.number(open_punch),
            overdue=fmt.number(overdue),
            raised=fmt.number(data.punch_raised),
            closed=fmt.number(data.punch_closed),
            rate=rate,
            ncrs=fmt.number(len(data.open_ncrs)),
        ),
    ]
    columns = [
        r.Column(translate("Reports", "Area"), weight=1.1),
        r.Column(translate("Reports", "Status"), r.ColumnKind.STATUS_CELL, weight=1),
        r.Column(translate("Reports", "Measure"), weight=3.4),
    ]
    rows: list[list[r.CellValue]] = [
        [
            translate("Reports", "Budget"),
            _rag(data.rag_budget),
            translate(
                "Reports", "Approved and pending changes {pct} of the original contract"
            ).format(
                pct=fmt.percent((b.approved_changes + b.pending_exposure) / b.original_contract, 1)
                if b.original_contract
                else "—"
            ),
        ],
        [
            translate("Reports", "Schedule"),
            _rag(data.rag_schedule),
            translate("Reports", "Largest milestone slip {days}").format(
                days=fmt.days(max((_slip(m) for m in data.milestones), default=0))
            ),
        ],
        [
            translate("Reports", "Quality"),
            _rag(data.rag_quality),
            translate("Reports", "{overdue} overdue punch items; pass rate {rate}").format(
                overdue=fmt.number(overdue), rate=rate
            ),
        ],
    ]
    out: list[Flowable] = [r.section_heading(ctx, translate("Reports", "Executive summary"))]
    out += [r.para(line, ctx.styles.body) for line in lines]
    out.append(r.data_table(ctx, columns, rows, zebra=False))
    since = data.since_last
    if since.previous_number:
        out.append(
            r.muted_note(
                ctx,
                translate(
                    "Reports",
                    "Since {number}: {new} new, {closed} closed and {changed} changed records.",
                ).format(
                    number=since.previous_number,
                    new=fmt.number(since.new_count),
                    closed=fmt.number(since.closed_count),
                    changed=fmt.number(since.changed_count),
                ),
            )
        )
    return out


def _budget(ctx: r.ReportContext, data: StatusReportData) -> list[Flowable]:
    out: list[Flowable] = [r.section_heading(ctx, translate("Reports", "Budget"))]
    out += rollup_block(ctx, data.rollup)
    out.append(r.section_heading(ctx, translate("Reports", "Budget trend"), 1))
    if len(data.trend) < 2:
        out.append(
            r.muted_note(
                ctx,
                translate(
                    "Reports",
                    "The trend starts with the next issued status report; this is the first point.",
                ),
            )
        )
        return out
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
            height=170,
        )
    )
    return out


def _schedule(ctx: r.ReportContext, data: StatusReportData) -> list[Flowable]:
    fmt = ctx.fmt
    b = data.rollup
    out: list[Flowable] = [r.section_heading(ctx, translate("Reports", "Schedule"))]
    columns = [
        r.Column(translate("Reports", "Milestone"), weight=2.6),
        r.Column(translate("Reports", "Baseline"), r.ColumnKind.DATE),
        r.Column(translate("Reports", "Forecast"), r.ColumnKind.DATE),
        r.Column(translate("Reports", "Actual"), r.ColumnKind.DATE),
        r.Column(translate("Reports", "Variance"), r.ColumnKind.DAYS, weight=0.8),
        r.Column(translate("Reports", "Status"), r.ColumnKind.STATUS, weight=0.95),
    ]
    rows: list[list[r.CellValue]] = []
    for m in data.milestones:
        slip = _slip(m)
        if m.actual_date is not None:
            st = r.Status(
                translate("Reports", "Achieved"), r.Tone.GREEN if slip <= 0 else r.Tone.GREY
            )
        elif slip <= 0:
            st = r.Status(translate("Reports", "On track"), r.Tone.GREEN)
        elif slip < 30:
            st = r.Status(translate("Reports", "Slipping"), r.Tone.AMBER)
        else:
            st = r.Status(translate("Reports", "Late"), r.Tone.RED)
        rows.append([m.name, m.baseline_date, m.forecast_date, m.actual_date, slip, st])
    out.append(r.data_table(ctx, columns, rows, empty_text=translate("Reports", "No milestones")))
    out.append(
        r.key_value_block(
            ctx,
            [
                (
                    translate("Reports", "Days added by approved change orders"),
                    fmt.days(b.approved_schedule_days),
                ),
                (
                    translate("Reports", "Days claimed in pending change orders"),
                    fmt.days(b.pending_schedule_days),
                ),
            ],
        )
    )
    return out


def _quality(ctx: r.ReportContext, data: StatusReportData) -> list[Flowable]:
    fmt = ctx.fmt
    out: list[Flowable] = [r.section_heading(ctx, translate("Reports", "Quality"))]
    by_status: dict[str, int] = defaultdict(int)
    for p in data.punch:
        by_status[p.status] += p.count
    order = ["open", "rejected", "ready_for_review", "draft", "closed", "void"]
    out.append(r.section_heading(ctx, translate("Reports", "Punch items by status"), 1))
    out.append(
        r.donut_chart(
            ctx,
            [r.Datum(status_label(s), by_status[s], _tone(s)) for s in order if by_status.get(s)],
            centre_label=translate("Reports", "items"),
            height=150,
        )
    )
    contractors: dict[str, list[int]] = {}
    for p in data.punch:
        name = p.contractor or translate("Reports", "Unassigned")
        row = contractors.setdefault(name, [0, 0, 0, 0])
        if p.status in _CLOSED["punch"]:
            row[2] += p.count
        elif p.status == "ready_for_review":
            row[1] += p.count
        else:
            row[0] += p.count
        row[3] += p.overdue
    out.append(r.section_heading(ctx, translate("Reports", "Punch items by contractor"), 1))
    out.append(
        r.data_table(
            ctx,
            [
                r.Column(translate("Reports", "Contractor"), weight=3),
                r.Column(translate("Reports", "Open"), r.ColumnKind.NUMBER),
                r.Column(translate("Reports", "Ready for review"), r.ColumnKind.NUMBER, weight=1.3),
                r.Column(translate("Reports", "Closed"), r.ColumnKind.NUMBER),
                r.Column(translate("Reports", "Overdue"), r.ColumnKind.NUMBER),
            ],
            [[name, *v] for name, v in sorted(contractors.items(), key=lambda kv: kv[0].lower())],
            totals=[
                translate("Reports", "Total"),
                *[sum(v[i] for v in contractors.values()) for i in range(4)],
            ]
            if contractors
            else None,
        )
    )
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
                (
                    translate("Reports", "Pass rate to date"),
                    fmt.percent(data.pass_rate / 100, 1) if data.pass_rate is not None else None,
                ),
                (translate("Reports", "Open issues"), fmt.number(data.open_issues)),
            ],
        )
    )
    out.append(
        r.data_table(
            ctx,
            [
                r.Column(translate("Reports", "Number"), weight=0.8),
                r.Column(translate("Reports", "Inspection"), weight=3),
                r.Column(translate("Reports", "Date"), r.ColumnKind.DATE),
                r.Column(translate("Reports", "Score"), r.ColumnKind.PERCENT, places=1),
                r.Column(translate("Reports", "Result"), r.ColumnKind.STATUS),
            ],
            [
                [
                    i.number,
                    i.title,
                    i.inspection_date,
                    i.score / 100 if i.score is not None else None,
                    status(i.result or i.status),
                ]
                for i in data.inspections
            ],
            empty_text=translate("Reports", "No inspections this period"),
        )
    )
    out.append(r.section_heading(ctx, translate("Reports", "Open non-conformance reports"), 1))
    out.append(
        r.data_table(
            ctx,
            [
                r.Column(translate("Reports", "Number"), weight=0.8),
                r.Column(translate("Reports", "Title"), weight=3),
                r.Column(translate("Reports", "Contractor"), weight=1.6),
                r.Column(translate("Reports", "Status"), r.ColumnKind.STATUS),
                r.Column(translate("Reports", "Due"), r.ColumnKind.DATE),
            ],
            [
                [i.number, i.title, i.contractor, status(i.status), i.due_date]
                for i in data.open_ncrs
            ],
            empty_text=translate("Reports", "No open NCRs"),
        )
    )
    return out


def _tone(value: str) -> r.Tone:
    st = status(value)
    return st.tone if st is not None else r.Tone.GREY


def _risks(ctx: r.ReportContext, data: StatusReportData) -> list[Flowable]:
    out: list[Flowable] = [r.section_heading(ctx, translate("Reports", "Top risks"))]
    out.append(
        r.risk_matrix(
            ctx, [r.RiskItem(x.number, x.probability, x.impact) for x in data.risks], height=230
        )
    )
    out.append(
        r.data_table(
            ctx,
            [
                r.Column(translate("Reports", "Risk"), weight=0.8),
                r.Column(translate("Reports", "Title"), weight=2.4),
                r.Column(translate("Reports", "Score"), r.ColumnKind.NUMBER, weight=0.6),
                r.Column(translate("Reports", "Owner"), weight=1.3),
                r.Column(translate("Reports", "Mitigation"), weight=3),
            ],
            [
                [x.number, x.title, x.probability * x.impact, x.owner, x.mitigation]
                for x in data.risks[:8]
            ],
            empty_text=translate("Reports", "No open risks"),
        )
    )
    return out


def _photos(
    ctx: r.ReportContext, data: StatusReportData, photo_path: Callable[[q.PhotoRef], Path]
) -> list[Flowable]:
    out: list[Flowable] = [r.section_heading(ctx, translate("Reports", "Photos of the period"))]
    if not data.photos:
        out.append(r.muted_note(ctx, translate("Reports", "No photos were taken this period.")))
        return out
    out.append(
        r.photo_grid(
            ctx,
            [
                r.Photo(photo_path(p.photo), photo_caption(p.photo, ctx.fmt.date))
                for p in data.photos
            ],
            per_row=3,
        )
    )
    return out


def _state(ctx: r.ReportContext, value: str | None, currency: str) -> str | None:
    if value is None:
        return None
    st, _, amount = value.partition("|")
    text = status_label(st)
    if amount:
        text += " · " + ctx.fmt.money(Decimal(amount), currency)
    return text


def _changes(ctx: r.ReportContext, data: StatusReportData) -> list[Flowable]:
    since = data.since_last
    cur = data.rollup.currency
    out: list[Flowable] = [
        r.section_heading(ctx, translate("Reports", "Changes since the last status report"))
    ]
    if since.previous_number is None:
        out.append(
            r.muted_note(
                ctx,
                translate(
                    "Reports",
                    "This is the first issued status report of the project; the next one "
                    "lists what changed since this one.",
                ),
            )
        )
        return out
    out.append(
        r.muted_note(
            ctx,
            translate("Reports", "Compared with {number} (period to {date}).").format(
                number=since.previous_number,
                date=ctx.fmt.date(since.previous_period_end) if since.previous_period_end else "—",
            ),
        )
    )
    out.append(r.section_heading(ctx, translate("Reports", "Money"), 1))
    out.append(
        r.data_table(
            ctx,
            [
                r.Column(translate("Reports", "Measure"), weight=2),
                r.Column(translate("Reports", "Last report"), r.ColumnKind.MONEY, currency=cur),
                r.Column(translate("Reports", "Now"), r.ColumnKind.MONEY, currency=cur),
                r.Column(translate("Reports", "Change"), r.ColumnKind.MONEY, currency=cur),
            ],
            [
                [measure_label(m.measure), m.before, m.after, m.after - m.before]
                for m in since.money
            ],
        )
    )
    groups = (
        (translate("Reports", "New"), since.new, since.new_count),
        (translate("Reports", "Closed"), since.closed, since.closed_count),
        (translate("Reports", "Changed"), since.changed, since.changed_count),
    )
    for title, lines, total in groups:
        out.append(
            r.section_heading(
                ctx,
                translate("Reports", "{title} ({n})").format(title=title, n=ctx.fmt.number(total)),
                1,
            )
        )
        out.append(
            r.data_table(
                ctx,
                [
                    r.Column(translate("Reports", "Record"), weight=1),
                    r.Column(translate("Reports", "Number"), weight=0.9),
                    r.Column(translate("Reports", "Title"), weight=3),
                    r.Column(translate("Reports", "Was"), weight=1.5),
                    r.Column(translate("Reports", "Now"), weight=1.5),
                ],
                [
                    [
                        record_label(ln.kind),
                        ln.number,
                        ln.title,
                        _state(ctx, ln.before, cur),
                        _state(ctx, ln.after, cur),
                    ]
                    for ln in lines
                ],
                empty_text=translate("Reports", "None"),
            )
        )
        if total > len(lines):
            out.append(
                r.muted_note(
                    ctx,
                    translate("Reports", "… and {n} more.").format(
                        n=ctx.fmt.number(total - len(lines))
                    ),
                )
            )
    return out


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


SPEC = KindSpec(
    data_type=StatusReportData,
    gather=_gather,
    story=story,
    kind_label=lambda: translate("Reports", "Monthly project status report"),
    title=lambda data: translate("Reports", "Project status report {month} {year}").format(
        month=month_name(data.period_end.month), year=data.period_end.year
    ),
    period=lambda data, request: (data.period_start, data.period_end),
    header=lambda data: data.project,
)
