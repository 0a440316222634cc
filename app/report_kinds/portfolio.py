"""The portfolio report for senior management: a summary with budget, schedule and
quality side by side in red/amber/green, then one page per project."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from reportlab.platypus import Flowable, Table, TableStyle

from executrek.app import health_rag
from executrek.app import pdf as r
from executrek.app.i18n import translate
from executrek.app.report_kinds import figures
from executrek.app.report_kinds.common import KindSpec, ReportEnv, ReportRequest
from executrek.app.report_kinds.status import default_period
from executrek.models.services import health
from executrek.models.services import report_queries as q
from executrek.models.services.health import ProjectHealth


@dataclass(frozen=True)
class PortfolioEntry:
    health: ProjectHealth
    rag_budget: str
    rag_schedule: str
    rag_quality: str


@dataclass(frozen=True)
class PortfolioReportData:
    period_start: dt.date
    period_end: dt.date
    owner_name: str
    pmo_name: str
    projects: tuple[PortfolioEntry, ...]


def _gather(env: ReportEnv, request: ReportRequest) -> PortfolioReportData:
    start, end = default_period(request)
    rows = health.portfolio(env.store, request.issued)
    owners = sorted({h.owner for h in rows if h.owner})
    pmo = ""
    if rows:
        pmo = q.project_header(env.store, rows[0].project_id).pmo_name
    t = env.thresholds
    return PortfolioReportData(
        period_start=start,
        period_end=end,
        owner_name=owners[0] if len(owners) == 1 else translate("Reports", "Portfolio owners"),
        pmo_name=pmo,
        projects=tuple(
            PortfolioEntry(
                h,
                health_rag.budget(h, t).value,
                health_rag.schedule(h, t).value,
                health_rag.quality(h, t).value,
            )
            for h in rows
        ),
    )


_TONE = {"green": r.Tone.GREEN, "amber": r.Tone.AMBER, "red": r.Tone.RED}
_rag = figures.rag_status  # the ratings print as in the status report


def _rate(ctx: r.ReportContext, value: Decimal | None) -> str | None:
    return ctx.fmt.percent(value / 100, 1) if value is not None else None


def story(data: PortfolioReportData, photo_path: Callable[[q.PhotoRef], Path]) -> r.StoryBuilder:
    del photo_path

    def build(ctx: r.ReportContext) -> list[Flowable]:
        fmt = ctx.fmt
        out: list[Flowable] = [r.section_heading(ctx, translate("Reports", "Portfolio summary"))]
        right = r.Align.RIGHT
        columns = [
            r.Column(translate("Reports", "Project"), weight=2.6),
            r.Column(translate("Reports", "Budget"), r.ColumnKind.STATUS_CELL, weight=0.85),
            r.Column(translate("Reports", "Schedule"), r.ColumnKind.STATUS_CELL, weight=0.85),
            r.Column(translate("Reports", "Quality"), r.ColumnKind.STATUS_CELL, weight=0.85),
            r.Column(translate("Reports", "Revised contract"), weight=1.5, align=right),
            r.Column(translate("Reports", "Change"), r.ColumnKind.PERCENT, weight=0.7, places=1),
            r.Column(translate("Reports", "Pending"), weight=1.4, align=right),
            r.Column(translate("Reports", "Slip"), r.ColumnKind.DAYS, weight=0.6),
            r.Column(translate("Reports", "Outstanding punch"), r.ColumnKind.NUMBER, weight=1.05),
            r.Column(translate("Reports", "Overdue"), r.ColumnKind.NUMBER, weight=0.75),
            r.Column(translate("Reports", "Pass rate"), weight=0.75, align=right),
            r.Column(translate("Reports", "Open NCRs"), r.ColumnKind.NUMBER, weight=0.75),
        ]
        rows: list[list[r.CellValue]] = []
        for e in data.projects:
            h = e.health
            b = h.budget
            rows.append(
                [
                    f"{h.code} · {h.name}",
                    _rag(e.rag_budget),
                    _rag(e.rag_schedule),
                    _rag(e.rag_quality),
                    fmt.money(b.revised_contract, b.currency),
                    b.percent_change / 100,
                    fmt.money(b.pending_exposure, b.currency),
                    h.max_slip_days,
                    h.punch_open,
                    h.punch_overdue,
                    _rate(ctx, h.inspection_pass_rate),
                    h.open_ncrs,
                ]
            )
        out.append(r.data_table(ctx, columns, rows, empty_text=translate("Reports", "No projects")))
        out.append(
            r.muted_note(
                ctx,
                translate(
                    "Reports",
                    "Budget: approved and pending changes against the original contract. "
                    "Schedule: largest slip against the contractual dates (completion: "
                    "baseline plus the days approved in change orders). Quality: overdue "
                    "punch items and inspection pass rate. Thresholds are set in the PMO's "
                    "settings.",
                ),
            )
        )
        if data.projects:
            out.append(
                r.section_heading(
                    ctx, translate("Reports", "Outstanding punch items by project"), 1
                )
            )
            out.append(
                r.bar_chart(
                    ctx,
                    [
                        r.Datum(e.health.code, e.health.punch_open, _TONE.get(e.rag_quality))
                        for e in data.projects
                    ],
                    height=34 + 19 * len(data.projects),
                )
            )
        for e in data.projects:
            out.append(r.PageBreak())
            out += _project_page(ctx, e)
        return out

    return build


def _project_page(ctx: r.ReportContext, e: PortfolioEntry) -> list[Flowable]:
    fmt = ctx.fmt
    h = e.health
    b = h.budget
    cur = b.currency
    half = (ctx.width - 18) / 2
    out: list[Flowable] = [r.section_heading(ctx, f"{h.code} · {h.name}")]
    out.append(
        r.data_table(
            ctx,
            [
                r.Column(translate("Reports", "Budget"), r.ColumnKind.STATUS_CELL),
                r.Column(translate("Reports", "Schedule"), r.ColumnKind.STATUS_CELL),
                r.Column(translate("Reports", "Quality"), r.ColumnKind.STATUS_CELL),
            ],
            [[_rag(e.rag_budget), _rag(e.rag_schedule), _rag(e.rag_quality)]],
            zebra=False,
        )
    )
    out.append(
        r.key_value_block(
            ctx,
            [
                (translate("Reports", "Owner"), h.owner),
                (translate("Reports", "Status"), h.status.replace("_", " ").capitalize()),
                (translate("Reports", "Original contract"), fmt.money(b.original_contract, cur)),
                (translate("Reports", "Revised contract"), fmt.money(b.revised_contract, cur)),
                (translate("Reports", "Pending exposure"), fmt.money(b.pending_exposure, cur)),
                (
                    translate("Reports", "Contingency remaining"),
                    fmt.money(b.contingency_remaining, cur),
                ),
                (
                    translate("Reports", "Contractual completion"),
                    fmt.date(h.schedule.contract_finish) if h.schedule.contract_finish else None,
                ),
                (
                    translate("Reports", "Forecast completion"),
                    fmt.date(h.schedule.forecast_finish) if h.schedule.forecast_finish else None,
                ),
                (
                    translate("Reports", "Milestones late"),
                    translate("Reports", "{late} of {total} (largest slip {days})").format(
                        late=h.milestones_late,
                        total=h.milestones_total,
                        days=fmt.days(h.max_slip_days),
                    ),
                ),
                (
                    translate("Reports", "Punch items"),
                    translate("Reports", "{open} outstanding of {total}, {overdue} overdue").format(
                        open=fmt.number(h.punch_open),
                        total=fmt.number(h.punch_total),
                        overdue=fmt.number(h.punch_overdue),
                    ),
                ),
                (
                    translate("Reports", "Inspections"),
                    translate("Reports", "{n} completed, pass rate {rate}").format(
                        n=h.inspections_completed, rate=_rate(ctx, h.inspection_pass_rate) or "—"
                    ),
                ),
                (translate("Reports", "Open issues"), fmt.number(h.open_issues)),
                (translate("Reports", "Open NCRs"), fmt.number(h.open_ncrs)),
            ],
            columns=3,
        )
    )
    waterfall = r.budget_waterfall(
        ctx,
        translate("Reports", "Original"),
        b.original_contract,
        [
            r.Change(translate("Reports", "Approved"), b.approved_changes),
            r.Subtotal(translate("Reports", "Revised")),
            r.Change(translate("Reports", "Pending"), b.pending_exposure, pending=True),
        ],
        translate("Reports", "Forecast"),
        currency=cur,
        width=half,
        height=160,
        title=translate("Reports", "Budget"),
    )
    matrix = r.risk_matrix(
        ctx,
        [r.RiskItem(f"R{i}", t.probability, t.impact) for i, t in enumerate(h.top_risks, 1)],
        width=half,
        height=160,
        title=translate("Reports", "Top risks"),
    )
    pair = Table([[waterfall, matrix]], colWidths=[half + 18, half], hAlign="LEFT")
    pair.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), ctx.styles.fonts.regular),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    out.append(pair)
    if h.top_risks:
        out.append(
            r.data_table(
                ctx,
                [
                    r.Column("", weight=0.3),
                    r.Column(translate("Reports", "Top risk"), weight=4),
                    r.Column(translate("Reports", "Probability"), r.ColumnKind.NUMBER, weight=0.8),
                    r.Column(translate("Reports", "Impact"), r.ColumnKind.NUMBER, weight=0.8),
                    r.Column(translate("Reports", "Score"), r.ColumnKind.NUMBER, weight=0.8),
                ],
                [
                    [f"R{i}", t.title, t.probability, t.impact, t.probability * t.impact]
                    for i, t in enumerate(h.top_risks, 1)
                ],
            )
        )
    return out


SPEC = KindSpec(
    data_type=PortfolioReportData,
    gather=_gather,
    story=story,
    kind_label=lambda: translate("Reports", "Portfolio report"),
    title=lambda data: translate("Reports", "Portfolio status"),
    header=lambda data: None,
    landscape=True,
)
