"""The monthly cost report (``executrek report cost --project CODE [--to DATE]``): the
owner's budget as it stands — the headline (approved budget, estimate at completion,
variance, contingency remaining, certified to date), the budget by cost code rolled up
along the tree, the funding sources against the lines they pay for (``cost_funding``),
the commitments, the payment applications certified and the budget transfers decided in
the month, the cash-flow S-curve of planned against certified payments, the EAC trend
(``cost_trend``: the issued cost reports' figures as issued, and this report's) and the
contingency burn.

The month is that of ``--to`` (the issue date by default), as for the status report;
the figures are the cost room's one source (``cost_data``), the same the budget screen
and the exports show. Landscape: the budget's eight money columns fit at full size.
"""

from __future__ import annotations

import datetime as dt
import math
from decimal import Decimal

from reportlab.platypus import Flowable, KeepTogether, Spacer

from executrek.app import pdf as r
from executrek.app.i18n import translate
from executrek.app.report_kinds.common import (
    KindSpec,
    ReportEnv,
    ReportImages,
    ReportRequest,
    sections,
)
from executrek.app.report_kinds.cost_data import (
    CostReportData,
    Money,
    TreeRow,
    gather_cost,
)
from executrek.app.report_kinds.cost_funding import funding_section
from executrek.app.report_kinds.cost_headline import variance_words
from executrek.app.report_kinds.status import default_period, month_name


def _gather(env: ReportEnv, request: ReportRequest) -> CostReportData:
    assert request.project_id is not None
    start, end = default_period(request)
    return gather_cost(env, request.project_id, start, end)


def money_columns(currency: str) -> list[r.Column]:
    """The budget's money columns, in the order of ``Money``."""
    return [
        r.Column(translate("Reports", "Original"), r.ColumnKind.MONEY, currency=currency),
        r.Column(translate("Reports", "Transfers"), r.ColumnKind.MONEY, currency=currency),
        r.Column(translate("Reports", "Approved budget"), r.ColumnKind.MONEY, currency=currency),
        r.Column(translate("Reports", "Committed"), r.ColumnKind.MONEY, currency=currency),
        r.Column(translate("Reports", "Cost to date"), r.ColumnKind.MONEY, currency=currency),
        r.Column(translate("Reports", "Pending (weighted)"), r.ColumnKind.MONEY, currency=currency),
        r.Column(translate("Reports", "EAC"), r.ColumnKind.MONEY, currency=currency),
        r.Column(translate("Reports", "Variance"), r.ColumnKind.MONEY, currency=currency),
    ]


def money_cells(m: Money) -> list[r.CellValue]:
    return [
        m.original,
        m.transfers,
        m.approved,
        m.committed,
        m.cost_to_date,
        m.pending,
        m.eac,
        m.variance,
    ]


def _summary(ctx: r.ReportContext, data: CostReportData) -> list[Flowable]:
    h = data.headline
    cur = h.currency
    fmt = ctx.fmt
    c = data.commitment_total
    drawn = (
        fmt.percent(h.contingency_drawdown / h.contingency_original, 1)
        if h.contingency_original
        else "—"
    )
    out: list[Flowable] = [
        r.section_heading(ctx, translate("Reports", "Summary")),
        r.lead_para(
            ctx,
            translate("Reports", "Budget"),
            translate(
                "Reports",
                "The approved budget is {approved} ({original} original, {transfers} net "
                "transfers); the estimate at completion is {eac}, {variance}.",
            ).format(
                approved=fmt.money(h.approved_budget, cur),
                original=fmt.money(h.original, cur),
                transfers=fmt.money(data.total.transfers, cur),
                eac=fmt.money(h.eac, cur),
                variance=variance_words(ctx, h.variance, cur),
            ),
        ),
        r.lead_para(
            ctx,
            translate("Reports", "Commitments"),
            translate(
                "Reports",
                "{committed} is committed in contracts and purchase orders; {certified} of "
                "work is certified to date and {paid} certified for payment.",
            ).format(
                committed=fmt.money(h.committed, cur),
                certified=fmt.money(data.certified_to_date, cur),
                paid=fmt.money(c.paid_to_date, cur),
            ),
        ),
        r.lead_para(
            ctx,
            translate("Reports", "Contingency"),
            translate(
                "Reports",
                "{remaining} of the owner's contingency remains: {drawn} of {original} drawn "
                "down ({pct}).",
            ).format(
                remaining=fmt.money(h.contingency_remaining, cur),
                drawn=fmt.money(h.contingency_drawdown, cur),
                original=fmt.money(h.contingency_original, cur),
                pct=drawn,
            ),
        ),
        r.key_value_block(
            ctx,
            [
                (translate("Reports", "Approved budget"), fmt.money(h.approved_budget, cur)),
                (translate("Reports", "Estimate at completion"), fmt.money(h.eac, cur)),
                (translate("Reports", "Variance"), fmt.money(h.variance, cur)),
                (
                    translate("Reports", "Contingency remaining"),
                    fmt.money(h.contingency_remaining, cur),
                ),
                (translate("Reports", "Certified to date"), fmt.money(data.certified_to_date, cur)),
                (translate("Reports", "Cost to date"), fmt.money(h.cost_to_date, cur)),
                (translate("Reports", "Committed"), fmt.money(h.committed, cur)),
                (translate("Reports", "Pending changes (weighted)"), fmt.money(h.pending, cur)),
            ],
            columns=2,
        ),
        r.section_heading(ctx, translate("Reports", "Hard and soft costs"), 1),
        r.data_table(
            ctx,
            [r.Column(translate("Reports", "Costs"), weight=1.6), *money_columns(cur)],
            [
                [translate("Reports", "Hard costs (construction)"), *money_cells(data.hard)],
                [translate("Reports", "Soft costs"), *money_cells(data.soft)],
            ],
            totals=[translate("Reports", "Total"), *money_cells(data.total)],
        ),
    ]
    return out


INDENT = "\u2003"  # an em space per level of the cost-code tree


def tree_cell(ctx: r.ReportContext, row: TreeRow) -> r.CellValue:
    """A line: "BL-007 · title" (with its code when it stands alone for it); a cost
    code's subtotal: "03 · Concrete" in bold."""
    pad = INDENT * row.depth
    if not row.number:
        return r.para(f"{pad}{row.code} · {row.name}", ctx.styles.table_total)
    code = f"{row.code} · " if row.code else ""
    return f"{pad}{code}{row.number} {row.name}"


def _budget(ctx: r.ReportContext, data: CostReportData) -> list[Flowable]:
    cur = data.headline.currency
    return [
        r.section_heading(ctx, translate("Reports", "Budget by cost code")),
        r.muted_note(
            ctx,
            translate(
                "Reports",
                "Approved budget = original + approved transfers. Committed: the schedules "
                "of values of executed contracts and purchase orders. Cost to date: work "
                "certified. Pending changes weighted 100 % (change orders), 75 % (requests), "
                "50 % (change events). EAC = committed + pending + uncommitted budget; "
                "variance = approved budget − EAC (negative: over budget).",
            ),
        ),
        r.data_table(
            ctx,
            [
                r.Column(translate("Reports", "Cost code and budget line"), weight=3.0),
                *money_columns(cur),
            ],
            [[tree_cell(ctx, row), *money_cells(row.money)] for row in data.tree],
            totals=[translate("Reports", "Total"), *money_cells(data.total)],
            empty_text=translate("Reports", "The project has no budget lines"),
        ),
    ]


def _commitments(ctx: r.ReportContext, data: CostReportData) -> list[Flowable]:
    cur = data.headline.currency
    t = data.commitment_total
    m = r.ColumnKind.MONEY
    columns = [
        r.Column(translate("Reports", "Commitment"), weight=2.2),
        r.Column(translate("Reports", "Original"), m, currency=cur),
        r.Column(translate("Reports", "Approved changes"), m, currency=cur),
        r.Column(translate("Reports", "Contract sum"), m, currency=cur),
        r.Column(translate("Reports", "Certified to date"), m, currency=cur),
        r.Column(translate("Reports", "Retainage held"), m, currency=cur),
        r.Column(translate("Reports", "Certified for payment"), m, currency=cur),
        r.Column(translate("Reports", "Balance"), m, currency=cur),
    ]
    rows = [
        [
            r.TextWithNote(f"{c.number} · {c.title}", f"{c.contractor} · {_status(c.status)}"),
            c.original,
            c.approved_changes,
            c.contract_sum,
            c.certified_to_date,
            c.retainage_held,
            c.paid_to_date,
            c.balance,
        ]
        for c in data.commitments
    ]
    totals: list[r.CellValue] = [translate("Reports", "Total")]
    totals += [t.original, t.approved_changes, t.contract_sum, t.certified_to_date]
    totals += [t.retainage_held, t.paid_to_date, t.balance]
    return [
        r.section_heading(ctx, translate("Reports", "Commitments")),
        r.data_table(
            ctx,
            columns,
            rows,
            totals=totals,
            empty_text=translate("Reports", "No contracts or purchase orders"),
        ),
    ]


def _status(value: str) -> str:
    """A commitment's or transfer's status as its label ("Executed")."""
    from executrek.app.report_kinds.common import status_label

    return status_label(value) if value else ""


def _certified(ctx: r.ReportContext, data: CostReportData) -> list[Flowable]:
    cur = data.headline.currency
    fmt = ctx.fmt
    columns = [
        r.Column(translate("Reports", "Application"), weight=2.2),
        r.Column(translate("Reports", "Commitment"), weight=2.2),
        r.Column(translate("Reports", "Period"), weight=1.6),
        r.Column(translate("Reports", "Certified"), weight=1.5),
        r.Column(translate("Reports", "Amount certified"), r.ColumnKind.MONEY, currency=cur),
    ]
    number = translate("Reports", "Application no. {n}")
    rows = [
        [
            r.TextWithNote(f"{a.number} · {a.title}", number.format(n=a.application_no)),
            r.TextWithNote(f"{a.commitment_number} · {a.commitment_title}", a.contractor),
            fmt.period(a.period_start, a.period_end),
            r.TextWithNote(
                fmt.date(a.certified_at.astimezone().date()) if a.certified_at else "—",
                a.certified_by or "",
            ),
            a.certified_amount if a.certified_amount is not None else Decimal(0),
        ]
        for a in data.certified
    ]
    total = sum((a.certified_amount or Decimal(0) for a in data.certified), Decimal("0.00"))
    return [
        r.section_heading(ctx, translate("Reports", "Payment applications certified this month")),
        r.data_table(
            ctx,
            columns,
            rows,
            totals=[translate("Reports", "Total"), "", "", "", total] if rows else None,
            empty_text=translate("Reports", "No payment application was certified this month"),
        ),
    ]


def _transfers(ctx: r.ReportContext, data: CostReportData) -> list[Flowable]:
    cur = data.headline.currency
    fmt = ctx.fmt
    columns = [
        r.Column(translate("Reports", "Transfer"), weight=1.8),
        r.Column(translate("Reports", "From → to"), weight=2.4),
        r.Column(translate("Reports", "Amount"), r.ColumnKind.MONEY, currency=cur),
        r.Column(translate("Reports", "Decision"), weight=1.8),
        r.Column(translate("Reports", "Why"), weight=3.0),
    ]
    rows = []
    for x in data.transfers:
        who = x.who or "—"
        when = fmt.date(x.when.astimezone().date()) if x.when is not None else ""
        rows.append(
            [
                f"{x.number} · {x.title}",
                r.TextWithNote(
                    x.source or translate("Reports", "Owner budget increase"),
                    "→ " + (x.target or translate("Reports", "decrease")),
                ),
                x.amount,
                r.TextWithNote(_status(x.status), f"{who} · {when}"),
                r.TextWithNote(x.reason, x.note or ""),
            ]
        )
    return [
        r.section_heading(ctx, translate("Reports", "Budget transfers this month")),
        r.data_table(
            ctx,
            columns,
            rows,
            empty_text=translate("Reports", "No budget transfer was decided this month"),
        ),
    ]


def _month_of(data: CostReportData) -> int | None:
    """The index of the report's month in the cash flow (the last month before it when
    the flow ends earlier); None when the flow starts after it."""
    wanted = data.period_end.replace(day=1)
    found = None
    for index, m in enumerate(data.cash_flow):
        if m.month <= wanted:
            found = index
    return found


def _cash_flow(ctx: r.ReportContext, data: CostReportData) -> list[Flowable]:
    cur = data.headline.currency
    fmt = ctx.fmt
    out: list[Flowable] = [
        r.section_heading(ctx, translate("Reports", "Cash flow: planned against certified"))
    ]
    if not data.cash_flow:
        out.append(
            r.muted_note(
                ctx, translate("Reports", "No cash flow yet: no executed commitment has dates.")
            )
        )
        return out
    now = _month_of(data)
    actual = [
        (m.month, m.actual_cumulative)
        for i, m in enumerate(data.cash_flow)
        if now is not None and i <= now
    ]
    top = max(max(m.planned_cumulative, m.actual_cumulative) for m in data.cash_flow)
    out.append(
        r.line_chart(
            ctx,
            [
                r.TimeSeries(
                    translate("Reports", "Planned (cumulative)"),
                    [(m.month, m.planned_cumulative) for m in data.cash_flow],
                    r.Tone.GREY,
                ),
                r.TimeSeries(translate("Reports", "Certified (cumulative)"), actual, r.Tone.BLUE),
            ],
            height=170,
            value_format=fmt.money_compact,
            date_format=fmt.month,
            y_range=(0, nice_top(float(top))),
        )
    )
    if now is not None:
        m = data.cash_flow[now]
        plan = m.planned_cumulative
        share = fmt.percent(m.actual_cumulative / plan, 1) if plan else "—"
        out.append(
            r.para(
                translate(
                    "Reports",
                    "To the end of {month}: {planned} planned, {actual} certified for "
                    "payment ({share} of the plan).",
                ).format(
                    month=fmt.month(m.month),
                    planned=fmt.money(m.planned_cumulative, cur),
                    actual=fmt.money(m.actual_cumulative, cur),
                    share=share,
                ),
                ctx.styles.body,
            )
        )
    out.append(
        r.muted_note(
            ctx,
            translate(
                "Reports",
                "Planned: each committed schedule-of-values line spread over its linked "
                "programme activities' dates (else its commitment's), by working day. "
                "Certified: amounts certified for payment, by the month the application's "
                "period ends.",
            ),
        )
    )
    return out


def nice_top(value: float) -> float:
    """The axis top at or above ``value`` whose fifths are round numbers."""
    if value <= 0:
        return 1.0
    scale = 10 ** math.floor(math.log10(value))
    for step in (1, 1.5, 2, 2.5, 3, 4, 5, 6, 7.5, 10):
        if step * scale >= value:
            return step * scale
    return 10 * scale


def _next_month(month: dt.date) -> dt.date:
    return (month.replace(day=28) + dt.timedelta(days=4)).replace(day=1)


def burn_points(data: CostReportData) -> list[tuple[dt.date, Decimal]]:
    """The contingency remaining at the end of each month (the report's month: at its
    end date), from the project's start (or the first move) to the report's month."""
    h = data.headline
    first = data.project.baseline_start or data.contingency[0].day or data.period_start
    month = min(first, data.period_end).replace(day=1)
    points = []
    while month <= data.period_end:
        end = min(_next_month(month) - dt.timedelta(days=1), data.period_end)
        moved = sum(
            (m.amount for m in data.contingency if m.day is None or m.day <= end), Decimal(0)
        )
        points.append((month, h.contingency_original + moved))
        month = _next_month(month)
    return points


def _contingency(ctx: r.ReportContext, data: CostReportData) -> list[Flowable]:
    h = data.headline
    cur = h.currency
    fmt = ctx.fmt
    head: list[Flowable] = [
        r.section_heading(ctx, translate("Reports", "Contingency burn")),
        r.key_value_block(
            ctx,
            [
                (
                    translate("Reports", "Owner's contingency"),
                    fmt.money(h.contingency_original, cur),
                ),
                (translate("Reports", "Drawn down"), fmt.money(h.contingency_drawdown, cur)),
                (translate("Reports", "Remaining"), fmt.money(h.contingency_remaining, cur)),
            ],
            columns=3,
        ),
    ]
    if data.contingency:
        head.append(
            r.line_chart(
                ctx,
                [
                    r.TimeSeries(
                        translate("Reports", "Contingency remaining"), burn_points(data), r.Tone.RED
                    )
                ],
                height=100,
                value_format=fmt.money_compact,
                date_format=fmt.month,
                y_range=(0, nice_top(float(h.contingency_original))),
            )
        )
    table = r.data_table(
        ctx,
        [
            r.Column(translate("Reports", "Date"), r.ColumnKind.DATE, weight=0.9),
            r.Column(translate("Reports", "Transfer"), weight=0.8),
            r.Column(translate("Reports", "To or from"), weight=2.2),
            r.Column(translate("Reports", "Amount"), r.ColumnKind.MONEY, currency=cur),
            r.Column(translate("Reports", "Remaining"), r.ColumnKind.MONEY, currency=cur),
            r.Column(translate("Reports", "Why"), weight=3.2),
        ],
        [
            [
                m.day,
                m.number,
                m.other or translate("Reports", "Owner budget change"),
                m.amount,
                m.remaining,
                m.reason,
            ]
            for m in data.contingency
        ],
        empty_text=translate("Reports", "Nothing has been drawn from the contingency"),
    )
    return [KeepTogether(head), table]


def _eac_trend(ctx: r.ReportContext, data: CostReportData) -> list[Flowable]:
    """The EAC trend when there is one (two points or more): the approved budget and the
    estimate at completion at each issued cost report's period end, as issued, and this
    report's; a chart beside the table of the figures."""
    trend = data.eac_trend
    if len(trend) < 2:
        return []
    cur = data.headline.currency
    beside = len(trend) <= BESIDE_ROWS  # a long trend: the chart above its table
    chart_width = ctx.width * 0.42 if beside else ctx.width
    table_width = ctx.width - chart_width - GAP if beside else ctx.width
    chart = r.line_chart(
        ctx,
        [
            r.TimeSeries(
                translate("Reports", "Approved budget"),
                [(p.day, p.approved_budget) for p in trend],
                r.Tone.GREY,
            ),
            r.TimeSeries(
                translate("Reports", "Estimate at completion"),
                [(p.day, p.eac) for p in trend],
                r.Tone.BLUE,
            ),
        ],
        width=chart_width,
        height=130,
        value_format=ctx.fmt.money_compact,
    )
    table = r.data_table(
        ctx,
        [
            r.Column(translate("Reports", "Period end"), r.ColumnKind.DATE, weight=1.0),
            r.Column(translate("Reports", "Cost report"), weight=1.6),
            r.Column(translate("Reports", "Approved budget"), r.ColumnKind.MONEY, currency=cur),
            r.Column(translate("Reports", "EAC"), r.ColumnKind.MONEY, currency=cur),
            r.Column(translate("Reports", "Variance"), r.ColumnKind.MONEY, currency=cur),
        ],
        [
            [
                p.day,
                p.report_number or translate("Reports", "This report"),
                p.approved_budget,
                p.eac,
                p.variance,
            ]
            for p in trend
        ],
        width=table_width,
        zebra=False,
    )
    note = r.muted_note(
        ctx,
        translate(
            "Reports", "One point per issued cost report, its figures as issued, and this report's."
        ),
    )
    heading = r.section_heading(ctx, translate("Reports", "Estimate at completion trend"))
    if not beside:
        return [KeepTogether([heading, chart]), table, note]
    row = r.side_by_side(ctx, chart, table, (chart_width + GAP, table_width))
    return [KeepTogether([heading, row, Spacer(1, 4), note])]


BESIDE_ROWS = 12  # points a table beside the chart holds (it cannot split there)
GAP = 14.0


def story(data: CostReportData, images: ReportImages) -> r.StoryBuilder:
    return sections(
        data,
        _summary,
        _budget,
        funding_section,
        _commitments,
        _certified,
        _transfers,
        _cash_flow,
        _eac_trend,
        _contingency,
    )


SPEC = KindSpec(
    data_type=CostReportData,
    gather=_gather,
    story=story,
    kind_label=lambda: translate("Reports", "Monthly cost report"),
    title=lambda data: translate("Reports", "Cost report {month} {year}").format(
        month=month_name(data.period_end.month), year=data.period_end.year
    ),
    period=lambda data, request: (data.period_start, data.period_end),
    header=lambda data: data.project,
    landscape=True,
)
