"""Bench case of the ``cost`` suite: the monthly cost report against raw reportlab.

The budget roll-up's project (``cost_data.budget_project``: 2,000 budget lines on a
three-level cost-code tree, 60 commitments, 3,000 SOV lines, 36 payment applications,
200 transfers) issued as a draft ``report cost`` — the queries (``budget_figures``,
``commitment_figures``, the pay applications, the transfers, ``cash_flow``), the tree's
rows, the tables, the S-curve and the build — against raw reportlab building the same
tables from the same ready data: SimpleDocTemplate on landscape A4, the same DejaVu
fonts, ``useA85=0``, one pass; the headline as a table, the hard/soft, budget-by-cost-
code, commitments, certified-applications, transfers and contingency tables with their
totals, amounts formatted with ``format``, the cash flow drawn as two poly-lines with
``reportlab.graphics``; no title block, footers, pills, header repeats or outline.
Target: ratio ≤ 2 (quick runs use the same sizes, fewer turns).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal
from pathlib import Path

from reportlab import rl_config
from reportlab.graphics.shapes import Drawing, PolyLine
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from bench import cost_data
from bench.harness import BenchContext, Record, timed
from executrek.app import pdf as r
from executrek.app.paths import resolve
from executrek.app.report_kinds.common import ReportEnv, ReportKind, ReportRequest
from executrek.app.report_kinds.cost_data import (
    CommitmentTotals,
    CostReportData,
    Money,
    gather_cost,
)
from executrek.app.report_kinds.issuing import issue_report
from executrek.app.report_kinds.status import default_period
from executrek.app.settings import Branding, Thresholds
from executrek.models import clock
from executrek.models.migrate import open_store
from executrek.models.records.cost.figures import CommitmentFigures

SUITE = "cost"


def _amount(value: Decimal) -> str:
    return f"({-value:,.2f})" if value < 0 else f"{value:,.2f}"


def _money(m: Money) -> list[str]:
    return [
        _amount(v)
        for v in (
            m.original,
            m.transfers,
            m.approved,
            m.committed,
            m.cost_to_date,
            m.pending,
            m.eac,
            m.variance,
        )
    ]


def _commitment_money(x: CommitmentFigures | CommitmentTotals) -> tuple[Decimal, ...]:
    return (
        x.original,
        x.approved_changes,
        x.contract_sum,
        x.certified_to_date,
        x.retainage_held,
        x.paid_to_date,
        x.balance,
    )


def _raw_reportlab(out: Path, data: CostReportData) -> Callable[[], None]:
    """The report's tables built with reportlab alone (see the module docstring)."""
    fonts = r.register_fonts()
    cell = ParagraphStyle("cell", fontName=fonts.condensed, fontSize=8, leading=10)
    style = TableStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), fonts.condensed),
            ("FONTNAME", (0, 0), (-1, 0), fonts.condensed_bold),
            ("FONTSIZE", (0, 0), (-1, -1), 8),
            ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.25, "#999999"),
        ]
    )
    money_head = ["Original", "Transfers", "Approved", "Committed", "To date", "Pending"]
    money_head += ["EAC", "Variance"]

    def para(text: str) -> Paragraph:
        return Paragraph(text, cell)

    def table(header: list[str], rows: Sequence[Sequence[object]]) -> Table:
        t = Table([header, *rows], repeatRows=1)
        t.setStyle(style)
        return t

    def chart(width: float) -> Drawing:
        flow = data.cash_flow
        drawing = Drawing(width, 180)
        top = float(max((m.planned_cumulative for m in flow), default=Decimal(1))) or 1.0
        step = (width - 40) / max(len(flow) - 1, 1)
        for attribute in ("planned_cumulative", "actual_cumulative"):
            points: list[float] = []
            for i, m in enumerate(flow):
                points += [30 + i * step, 20 + 150 * float(getattr(m, attribute)) / top]
            drawing.add(PolyLine(points, strokeWidth=1.2))
        return drawing

    def commitment_rows() -> list[list[object]]:
        t = data.commitment_total
        rows: list[list[object]] = [
            [f"{x.number} · {x.title}", *(_amount(v) for v in _commitment_money(x))]
            for x in data.commitments
        ]
        rows.append(["Total", *(_amount(v) for v in _commitment_money(t))])
        return rows

    def build() -> None:
        rl_config.useA85 = 0
        page = landscape(A4)
        doc = SimpleDocTemplate(str(out), pagesize=page, initialFontName=fonts.regular)
        width = page[0] - doc.leftMargin - doc.rightMargin
        h = data.headline
        summary = [
            ["Approved budget", _amount(h.approved_budget)],
            ["Estimate at completion", _amount(h.eac)],
            ["Variance", _amount(h.variance)],
            ["Contingency remaining", _amount(h.contingency_remaining)],
            ["Certified to date", _amount(data.certified_to_date)],
        ]
        split = [
            ["Hard costs", *_money(data.hard)],
            ["Soft costs", *_money(data.soft)],
            ["Total", *_money(data.total)],
        ]
        tree: list[list[object]] = [
            [
                "\u2003" * row.depth
                + (f"{row.code} · " if row.code else "")
                + (f"{row.number} " if row.number else "")
                + row.name,
                *_money(row.money),
            ]
            for row in data.tree
        ]
        tree.append(["Total", *_money(data.total)])
        certified: list[list[object]] = [
            [
                f"{a.number} · {a.title}",
                a.commitment_number,
                f"{a.period_start} – {a.period_end}",
                a.certified_by or "",
                _amount(a.certified_amount or Decimal(0)),
            ]
            for a in data.certified
        ]
        transfers: list[list[object]] = [
            [x.number, x.source or "", x.target or "", _amount(x.amount), para(x.reason)]
            for x in data.transfers
        ]
        burn: list[list[object]] = [
            [str(m.day), m.number, m.other, _amount(m.amount), _amount(m.remaining),
             para(m.reason)]
            for m in data.contingency
        ]  # fmt: skip
        commitment_head = ["Commitment", "Original", "Changes", "Contract sum", "Certified"]
        story: list[object] = [
            table(["Summary", ""], summary),
            table(["Costs", *money_head], split),
            table(["Cost code and budget line", *money_head], tree),
            table([*commitment_head, "Retainage", "Paid", "Balance"], commitment_rows()),
            table(["Application", "Commitment", "Period", "Certified by", "Amount"], certified),
            table(["Transfer", "From", "To", "Amount", "Why"], transfers),
            chart(width),
            table(["Date", "Transfer", "To or from", "Amount", "Remaining", "Why"], burn),
            Spacer(1, 12),
        ]
        doc.build(story)

    return build


def monthly_report(ctx: BenchContext) -> Record:
    """The monthly cost report against raw reportlab (see the module docstring)."""
    # The issue's sizes in quick runs too: on a tenth of the budget the report's fixed part
    # (title block, fonts, chart, the layout passes) is all a quick run would measure.
    sizes = cost_data.FULL
    paths = resolve(ctx.folder("cost-report")).ensure()
    store = open_store(paths.data)
    out = ctx.folder("cost-report-out")
    try:
        pid = cost_data.budget_project(store, sizes).project_id
        env = ReportEnv(store, paths, Branding(pmo_name="Bench PMO"), Thresholds())
        request = ReportRequest(
            ReportKind.COST, pid, out / "cost.pdf", clock.today(), "Bench Rep", draft=True
        )
        first = issue_report(env, request)
        data = gather_cost(env, pid, *default_period(request))
        raw = _raw_reportlab(out / "raw.pdf", data)
        best = [float("inf"), float("inf")]
        for _ in range(3 if ctx.quick else 5):  # in turns, so load hits both alike
            best[0] = min(best[0], timed(lambda: issue_report(env, request), repeat=1))
            best[1] = min(best[1], timed(raw, repeat=1))
    finally:
        store.close()
    return Record(
        SUITE,
        f"monthly cost report ({sizes.budget_lines} budget lines, {sizes.commitments} "
        f"commitments) vs raw reportlab",
        best[0],
        best[1],
        "s",
        "ratio <= 2",
        f"{len(data.tree)} budget rows, {first.pages} pages",
    )


def run(ctx: BenchContext) -> list[Record]:
    """The case on its own (``python -m bench.cost_report_case``)."""
    return [monthly_report(ctx)]


if __name__ == "__main__":
    import sys

    from bench.harness import workspace

    with workspace() as tmp:
        for record in run(BenchContext(tmp, quick="--quick" in sys.argv)):
            print(
                f"{record.case}: {record.value:.3f} s vs {record.baseline:.3f} s, "
                f"ratio {record.ratio:.2f} ({record.target}) — {record.note}"
            )
