"""The owner's budget in a few figures — approved budget, estimate at completion,
variance, contingency — from ``figures.budget_figures`` (the budget screen's and the
cost report's one source): the cost report's headline, and the block the monthly
status report prints in its budget section, beside the change orders' waterfall, when
the project has a budget."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from reportlab.platypus import Flowable

from executrek.app import pdf as r
from executrek.app.i18n import translate
from executrek.models.records.cost import figures
from executrek.models.store import Store


@dataclass(frozen=True)
class CostHeadline:
    """The budget's headline figures: the cost report's first lines and the status
    report's budget section."""

    currency: str
    lines: int
    original: Decimal
    approved_budget: Decimal
    committed: Decimal
    cost_to_date: Decimal
    pending: Decimal
    eac: Decimal
    variance: Decimal
    contingency_original: Decimal
    contingency_drawdown: Decimal
    contingency_remaining: Decimal


def headline_of(b: figures.BudgetFigures) -> CostHeadline:
    t = b.total
    return CostHeadline(
        currency=b.currency,
        lines=len(b.lines),
        original=t.original,
        approved_budget=t.approved_budget,
        committed=t.committed,
        cost_to_date=t.cost_to_date,
        pending=t.pending_weighted,
        eac=t.eac,
        variance=t.variance,
        contingency_original=b.contingency_original,
        contingency_drawdown=b.contingency_drawdown,
        contingency_remaining=b.contingency_remaining,
    )


def cost_headline(store: Store, project_id: str) -> CostHeadline | None:
    """The headline of the project's budget; None when it has no budget lines."""
    with store.read() as s:
        b = figures.budget_figures(s, project_id)
    return headline_of(b) if b.lines else None


def variance_words(ctx: r.ReportContext, variance: Decimal, currency: str) -> str:
    """ "USD 1,200.00 under budget", "… over budget" or "on budget"."""
    amount = ctx.fmt.money(abs(variance), currency)
    if variance > 0:
        return translate("Reports", "{amount} under budget").format(amount=amount)
    if variance < 0:
        return translate("Reports", "{amount} over budget").format(amount=amount)
    return translate("Reports", "on budget")


CHART_SHARE = 0.56  # of the width: the change orders' waterfall, the owner's budget beside
_GAP = 14.0


def money_columns_of(currency: str, *titles: str) -> list[r.Column]:
    """The money columns of a cost table, one per (translated) title, in ``currency``."""
    return [r.Column(title, r.ColumnKind.MONEY, currency=currency) for title in titles]


def table_section(
    ctx: r.ReportContext,
    heading: str,
    columns: list[r.Column],
    rows: Sequence[Sequence[r.CellValue]],
    *,
    empty: str | None = None,
    totals: Sequence[r.CellValue] | None = None,
    note: str | None = None,
) -> list[Flowable]:
    """A section of the cost report that is one table: its heading, the note that says
    how its figures are made (when given), then the table (``empty`` when it has no
    rows)."""
    out: list[Flowable] = [r.section_heading(ctx, heading)]
    if note is not None:
        out.append(r.muted_note(ctx, note))
    out.append(r.data_table(ctx, columns, rows, totals=totals, empty_text=empty))
    return out


def drawn_share(ctx: r.ReportContext, h: CostHeadline) -> str:
    """The share of the owner's contingency drawn down ("12.5 %"; "—" when there is no
    contingency): the one place of the figure, for the cost and the status report."""
    if not h.contingency_original:
        return "—"
    return ctx.fmt.percent(h.contingency_drawdown / h.contingency_original, 1)


def owner_budget_block(
    ctx: r.ReportContext, h: CostHeadline, width: float | None = None
) -> list[Flowable]:
    """The status report's "Owner's budget": one sentence and a small table of approved
    budget, estimate at completion, variance and contingency remaining."""
    cur = h.currency
    drawn = drawn_share(ctx, h)
    sentence = translate(
        "Reports", "At completion {variance}; {drawn} of the owner's contingency drawn down."
    ).format(variance=variance_words(ctx, h.variance, cur), drawn=drawn)
    return [
        r.lead_para(ctx, translate("Reports", "Owner's budget"), sentence),
        r.data_table(
            ctx,
            [
                r.Column(translate("Reports", "Owner's budget"), weight=1.3),
                *money_columns_of(cur, translate("Reports", "Amount")),
            ],
            [
                [translate("Reports", "Approved budget"), h.approved_budget],
                [translate("Reports", "Estimate at completion"), h.eac],
                [translate("Reports", "Variance"), h.variance],
                [translate("Reports", "Contingency remaining"), h.contingency_remaining],
            ],
            width=width,
            zebra=False,
        ),
    ]


def beside_chart(
    ctx: r.ReportContext, chart: Flowable, h: CostHeadline, chart_width: float
) -> Flowable:
    """The chart (``chart_width`` wide) with the owner's budget block to its right: the
    status report's budget section gains the owner's figures without a line of height."""
    right = ctx.width - chart_width - _GAP
    return r.side_by_side(
        ctx,
        chart,
        owner_budget_block(ctx, h, right),
        (chart_width + _GAP, right),
        space_after=6,
    )
