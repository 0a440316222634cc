"""The monthly cost report's funding table: each funding source's amount, the approved
budget and estimate at completion of the budget lines it pays for and the headroom
(amount − EAC; a source short of it says so under its name), the lines without a source
on an "Unfunded" row, and totals that are the sums of the printed rows. The figures are
``funding.funding_figures``'s (over ``figures.budget_figures``' lines), kept in the
report's snapshot (``CostReportData.funding``)."""

from __future__ import annotations

from decimal import Decimal

from reportlab.platypus import Flowable

from executrek.app import pdf as r
from executrek.app.i18n import translate
from executrek.app.report_kinds.cost_data import CostReportData
from executrek.app.report_kinds.cost_headline import money_columns_of, table_section


def funding_section(ctx: r.ReportContext, data: CostReportData) -> list[Flowable]:
    """Each funding source: its amount, the approved budget and EAC of the lines it
    pays for, the headroom (amount − EAC); the lines without a source last."""
    if not data.funding:
        return []
    cur = data.headline.currency
    fmt = ctx.fmt
    columns = [
        r.Column(translate("Reports", "Funding source"), weight=2.6),
        *money_columns_of(
            cur,
            translate("Reports", "Amount"),
            translate("Reports", "Approved budget"),
            translate("Reports", "EAC"),
            translate("Reports", "Headroom"),
        ),
    ]
    rows: list[list[r.CellValue]] = []
    for f in data.funding:
        note = (
            translate("Reports", "1 budget line")
            if f.lines == 1
            else translate("Reports", "{n} budget lines")
        ).format(n=f.lines)
        if f.short:
            note += " · " + translate("Reports", "short by {amount}").format(
                amount=fmt.money(-f.headroom, cur)
            )
        name = f.name if f.source_id is not None else translate("Reports", "Unfunded (no source)")
        amount = f.amount if f.source_id is not None else None
        rows.append([r.TextWithNote(name, note), amount, f.approved_budget, f.eac, f.headroom])
    zero = Decimal("0.00")
    totals: list[r.CellValue] = [translate("Reports", "Total")]
    totals += [
        sum((f.amount for f in data.funding), zero),
        sum((f.approved_budget for f in data.funding), zero),
        sum((f.eac for f in data.funding), zero),
        sum((f.headroom for f in data.funding), zero),
    ]
    return table_section(
        ctx,
        translate("Reports", "Funding"),
        columns,
        rows,
        totals=totals,
        note=translate(
            "Reports",
            "Headroom = the source's amount − the EAC of the budget lines it pays for "
            "(negative: the source is short).",
        ),
    )
