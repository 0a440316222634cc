"""The charts of the monthly cost report: the cash-flow S-curve of planned against
certified payments, the estimate-at-completion trend (``cost_trend``: the issued cost
reports' figures as issued, and this report's) and the contingency burn, each a section
with the table or the sentence that reads it."""

from __future__ import annotations

import datetime as dt
import math
from decimal import Decimal

from reportlab.platypus import Flowable, KeepTogether, Spacer

from executrek.app import pdf as r
from executrek.app.i18n import translate
from executrek.app.report_kinds.cost_data import CostReportData
from executrek.app.report_kinds.cost_headline import money_columns_of
from executrek.models.records.cost.cashflow import next_month

BESIDE_ROWS = 12  # points a table beside the chart holds (it cannot split there)
GAP = 14.0


def _month_of(data: CostReportData) -> int | None:
    """The index of the report's month in the cash flow (the last month before it when
    the flow ends earlier); None when the flow starts after it."""
    wanted = data.period_end.replace(day=1)
    found = None
    for index, m in enumerate(data.cash_flow):
        if m.month <= wanted:
            found = index
    return found


def cash_flow_section(ctx: r.ReportContext, data: CostReportData) -> list[Flowable]:
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


def burn_points(data: CostReportData) -> list[tuple[dt.date, Decimal]]:
    """The contingency remaining at the end of each month (the report's month: at its
    end date), from the project's start (or the first move) to the report's month."""
    h = data.headline
    first = data.project.baseline_start or data.contingency[0].day or data.period_start
    month = min(first, data.period_end).replace(day=1)
    points = []
    while month <= data.period_end:
        end = min(next_month(month) - dt.timedelta(days=1), data.period_end)
        moved = sum(
            (m.amount for m in data.contingency if m.day is None or m.day <= end), Decimal(0)
        )
        points.append((month, h.contingency_original + moved))
        month = next_month(month)
    return points


def contingency_section(ctx: r.ReportContext, data: CostReportData) -> list[Flowable]:
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
            *money_columns_of(
                cur, translate("Reports", "Amount"), translate("Reports", "Remaining")
            ),
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


def eac_trend_section(ctx: r.ReportContext, data: CostReportData) -> list[Flowable]:
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
            *money_columns_of(
                cur,
                translate("Reports", "Approved budget"),
                translate("Reports", "EAC"),
                translate("Reports", "Variance"),
            ),
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
