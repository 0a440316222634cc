"""The monthly cost report (``executrek report cost --project CODE [--to DATE]``): the
owner's budget as it stands — the headline (approved budget, estimate at completion,
variance, contingency remaining, certified to date), the budget by cost code rolled up
along the tree, the funding sources against the lines they pay for (``cost_funding``),
the commitments, the payment applications certified and the budget transfers decided in
the month, the cash-flow S-curve of planned against certified payments, the EAC trend
(``cost_trend``: the issued cost reports' figures as issued, and this report's) and the
contingency burn (these three charts are ``cost_charts``'s).

The month is that of ``--to`` (the issue date by default), as for the status report;
the figures are the cost room's one source (``cost_data``), the same the budget screen
and the exports show. Landscape: the budget's eight money columns fit at full size.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from reportlab.platypus import Flowable

from executrek.app import pdf as r
from executrek.app.i18n import translate
from executrek.app.report_kinds.common import (
    KindSpec,
    ReportEnv,
    ReportImages,
    ReportRequest,
    sections,
)
from executrek.app.report_kinds.cost_charts import (
    cash_flow_section,
    contingency_section,
    eac_trend_section,
)
from executrek.app.report_kinds.cost_data import (
    CostReportData,
    Money,
    TreeRow,
    gather_cost,
    local_day,
)
from executrek.app.report_kinds.cost_funding import funding_section
from executrek.app.report_kinds.cost_headline import (
    drawn_share,
    money_columns_of,
    table_section,
    variance_words,
)
from executrek.app.report_kinds.status import default_period, month_title


def _gather(env: ReportEnv, request: ReportRequest) -> CostReportData:
    assert request.project_id is not None
    start, end = default_period(request)
    return gather_cost(env, request.project_id, start, end)


def money_columns(currency: str) -> list[r.Column]:
    """The budget's money columns, in the order of ``Money``."""
    return money_columns_of(
        currency,
        translate("Reports", "Original"),
        translate("Reports", "Transfers"),
        translate("Reports", "Approved budget"),
        translate("Reports", "Committed"),
        translate("Reports", "Cost to date"),
        translate("Reports", "Pending (weighted)"),
        translate("Reports", "EAC"),
        translate("Reports", "Variance"),
    )


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
    drawn = drawn_share(ctx, h)
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
    return table_section(
        ctx,
        translate("Reports", "Budget by cost code"),
        [
            r.Column(translate("Reports", "Cost code and budget line"), weight=3.0),
            *money_columns(cur),
        ],
        [[tree_cell(ctx, row), *money_cells(row.money)] for row in data.tree],
        totals=[translate("Reports", "Total"), *money_cells(data.total)],
        empty=translate("Reports", "The project has no budget lines"),
        note=translate(
            "Reports",
            "Approved budget = original + approved transfers. Committed: the schedules "
            "of values of executed contracts and purchase orders. Cost to date: work "
            "certified. Pending changes weighted 100 % (change orders), 75 % (requests), "
            "50 % (change events). EAC = committed + pending + uncommitted budget; "
            "variance = approved budget − EAC (negative: over budget).",
        ),
    )


# The money columns of the commitments table, in order: fields of both ``CommitmentFigures``
# and their ``CommitmentTotals``.
COMMITMENT_MONEY = (
    "original",
    "approved_changes",
    "contract_sum",
    "certified_to_date",
    "retainage_held",
    "paid_to_date",
    "balance",
)


def _commitments(ctx: r.ReportContext, data: CostReportData) -> list[Flowable]:
    cur = data.headline.currency
    t = data.commitment_total  # the columns of COMMITMENT_MONEY, summed
    columns = [
        r.Column(translate("Reports", "Commitment"), weight=2.2),
        *money_columns_of(
            cur,
            translate("Reports", "Original"),
            translate("Reports", "Approved changes"),
            translate("Reports", "Contract sum"),
            translate("Reports", "Certified to date"),
            translate("Reports", "Retainage held"),
            translate("Reports", "Certified for payment"),
            translate("Reports", "Balance"),
        ),
    ]
    rows = [
        [
            r.TextWithNote(f"{c.number} · {c.title}", f"{c.contractor} · {_status(c.status)}"),
            *(getattr(c, key) for key in COMMITMENT_MONEY),
        ]
        for c in data.commitments
    ]
    return table_section(
        ctx,
        translate("Reports", "Commitments"),
        columns,
        rows,
        totals=[translate("Reports", "Total"), *(getattr(t, key) for key in COMMITMENT_MONEY)],
        empty=translate("Reports", "No contracts or purchase orders"),
    )


def _status(value: str) -> str:
    """A commitment's or transfer's status as its label ("Executed")."""
    from executrek.app.report_kinds.common import status_label

    return status_label(value) if value else ""


def _day(fmt: r.Formatter, at: dt.datetime | None) -> str:
    """The local day of a moment as the report writes a date ("" for none)."""
    day = local_day(at)
    return fmt.date(day) if day is not None else ""


def _certified(ctx: r.ReportContext, data: CostReportData) -> list[Flowable]:
    cur = data.headline.currency
    fmt = ctx.fmt
    columns = [
        r.Column(translate("Reports", "Application"), weight=2.2),
        r.Column(translate("Reports", "Commitment"), weight=2.2),
        r.Column(translate("Reports", "Period"), weight=1.6),
        r.Column(translate("Reports", "Certified"), weight=1.5),
        *money_columns_of(cur, translate("Reports", "Amount certified")),
    ]
    number = translate("Reports", "Application no. {n}")
    rows = [
        [
            r.TextWithNote(f"{a.number} · {a.title}", number.format(n=a.application_no)),
            r.TextWithNote(f"{a.commitment_number} · {a.commitment_title}", a.contractor),
            fmt.period(a.period_start, a.period_end),
            r.TextWithNote(_day(fmt, a.certified_at) or "—", a.certified_by or ""),
            a.certified_amount if a.certified_amount is not None else Decimal(0),
        ]
        for a in data.certified
    ]
    total = sum((a.certified_amount or Decimal(0) for a in data.certified), Decimal("0.00"))
    return table_section(
        ctx,
        translate("Reports", "Payment applications certified this month"),
        columns,
        rows,
        totals=[translate("Reports", "Total"), "", "", "", total] if rows else None,
        empty=translate("Reports", "No payment application was certified this month"),
    )


def _transfers(ctx: r.ReportContext, data: CostReportData) -> list[Flowable]:
    cur = data.headline.currency
    fmt = ctx.fmt
    columns = [
        r.Column(translate("Reports", "Transfer"), weight=1.8),
        r.Column(translate("Reports", "From → to"), weight=2.4),
        *money_columns_of(cur, translate("Reports", "Amount")),
        r.Column(translate("Reports", "Decision"), weight=1.8),
        r.Column(translate("Reports", "Why"), weight=3.0),
    ]
    rows = []
    for x in data.transfers:
        who = x.who or "—"
        when = _day(fmt, x.when)
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
    return table_section(
        ctx,
        translate("Reports", "Budget transfers this month"),
        columns,
        rows,
        empty=translate("Reports", "No budget transfer was decided this month"),
    )


def story(data: CostReportData, images: ReportImages) -> r.StoryBuilder:
    return sections(
        data,
        _summary,
        _budget,
        funding_section,
        _commitments,
        _certified,
        _transfers,
        cash_flow_section,
        eac_trend_section,
        contingency_section,
    )


SPEC = KindSpec(
    data_type=CostReportData,
    gather=_gather,
    story=story,
    kind_label=lambda: translate("Reports", "Monthly cost report"),
    title=lambda data: month_title(translate("Reports", "Cost report {month} {year}"), data),
    landscape=True,
)
