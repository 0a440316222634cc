"""What the cost reports print, gathered in plain frozen dataclasses (kept in the issued
report's snapshot, so a report rebuilds byte for byte).

Every figure comes from the cost room's one source: the budget's from
``figures.budget_figures`` (lines, the cost-code tree, the totals and the contingency),
the commitments' from ``figures.commitment_figures``, the funding sources' from
``funding.funding_figures`` (over the same budget figures), the cash flow from
``cashflow.cash_flow``, the EAC trend from ``cost_trend`` (issued reports' snapshots
and the budget as it stands), a payment certificate's from ``queries.certificate_of`` (the
G702/G703 of ``certificate``). The budget screen, the exports and the status report's
budget section (``cost_headline``) read the same functions, so a figure is the same
number everywhere.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy.orm import Session

from executrek.app.report_kinds.common import ReportEnv
from executrek.app.report_kinds.cost_headline import CostHeadline, headline_of
from executrek.app.report_kinds.cost_trend import EacPoint, eac_trend
from executrek.models.records.cost import figures, queries
from executrek.models.records.cost.cashflow import MonthFlow, cash_flow
from executrek.models.records.cost.figures import CodeNode, CommitmentFigures, Totals
from executrek.models.records.cost.funding import FundingFigures, funding_figures
from executrek.models.records.cost.vocab import CostCategory
from executrek.models.records.row_fields import read_row
from executrek.models.services import report_queries as q

ZERO = Decimal("0.00")


@dataclass(frozen=True)
class Money:
    """The budget's money columns of one printed row (a line, a cost code, a total)."""

    original: Decimal
    transfers: Decimal  # net: approved transfers in − out
    approved: Decimal
    committed: Decimal
    cost_to_date: Decimal
    pending: Decimal  # pending changes, weighted by probability
    eac: Decimal
    variance: Decimal


def money_of(t: Totals) -> Money:
    return Money(
        t.original,
        t.transfers_in - t.transfers_out,
        t.approved_budget,
        t.committed,
        t.cost_to_date,
        t.pending_weighted,
        t.eac,
        t.variance,
    )


@dataclass(frozen=True)
class TreeRow:
    """One row of the budget by cost code: a cost code's subtotal (``number`` empty) or
    a budget line (``BL-007``; ``code`` set when it stands alone for its code)."""

    depth: int
    code: str
    name: str  # the cost code's name, or the line's title
    number: str
    money: Money


@dataclass(frozen=True)
class CommitmentTotals:
    original: Decimal
    approved_changes: Decimal
    contract_sum: Decimal
    certified_to_date: Decimal  # work certified complete (Σ G of the latest certificates)
    retainage_held: Decimal
    paid_to_date: Decimal  # Σ amounts certified for payment
    balance: Decimal


def commitment_totals(rows: tuple[CommitmentFigures, ...]) -> CommitmentTotals:
    def total(name: str) -> Decimal:
        return sum((getattr(r, name) for r in rows), ZERO)

    return CommitmentTotals(
        total("original"),
        total("approved_changes"),
        total("contract_sum"),
        total("certified_to_date"),
        total("retainage_held"),
        total("paid_to_date"),
        total("balance"),
    )


@dataclass(frozen=True)
class TransferLine:
    """A budget transfer decided (or submitted) in the period: who and why."""

    number: str
    title: str
    reason: str
    source: str | None  # "BL-017 · Owner's contingency"; None: an owner budget increase
    target: str | None  # None: a budget decrease
    amount: Decimal
    status: str
    who: str | None  # the approver (decided), or who submitted it (pending)
    when: dt.datetime | None
    note: str | None


@dataclass(frozen=True)
class ContingencyMove:
    """An approved transfer into or out of the owner's contingency, in order, with what
    remains after it."""

    day: dt.date | None
    number: str
    other: str  # the line the money went to (or came from); "" for an owner change
    amount: Decimal  # negative: drawn from the contingency
    remaining: Decimal
    reason: str


@dataclass(frozen=True)
class CostReportData:
    project: q.ProjectHeader
    period_start: dt.date
    period_end: dt.date
    headline: CostHeadline
    certified_to_date: Decimal  # Σ commitments' certified_to_date (the table's total)
    total: Money
    hard: Money
    soft: Money
    tree: tuple[TreeRow, ...]
    commitments: tuple[CommitmentFigures, ...]
    commitment_total: CommitmentTotals
    certified: tuple[queries.PayAppRow, ...]  # certified in the period
    transfers: tuple[TransferLine, ...]
    cash_flow: tuple[MonthFlow, ...]
    contingency: tuple[ContingencyMove, ...]
    # The EAC trend: the issued cost reports' points, then this report's (``cost_trend``;
    # empty in reports issued before it was kept).
    eac_trend: tuple[EacPoint, ...] = ()
    # Each funding source against the lines it pays for, then the unfunded lines
    # (``funding.funding_figures``; empty in reports issued before it was kept).
    funding: tuple[FundingFigures, ...] = ()


def _carries_lines(node: CodeNode) -> bool:
    return bool(node.lines) or any(_carries_lines(c) for c in node.children)


def tree_rows(nodes: list[CodeNode], depth: int = 0) -> list[TreeRow]:
    """The cost-code tree as printed rows, depth first: a code with a single line (and
    nothing under it) is that line's row; any other code a subtotal row followed by its
    lines and its children. Codes with no line beneath are left out."""
    out: list[TreeRow] = []
    for node in nodes:
        if not _carries_lines(node):
            continue
        kids = [c for c in node.children if _carries_lines(c)]
        if len(node.lines) == 1 and not kids:
            line = node.lines[0]
            out.append(TreeRow(depth, node.code, line.title, line.number, money_of(line)))
            continue
        out.append(TreeRow(depth, node.code, node.name, "", money_of(node.totals)))
        for line in node.lines:
            out.append(TreeRow(depth + 1, "", line.title, line.number, money_of(line)))
        out += tree_rows(kids, depth + 1)
    return out


def local_day(value: dt.datetime | None) -> dt.date | None:
    return value.astimezone().date() if value is not None else None


def _within(value: dt.datetime | None, start: dt.date, end: dt.date) -> bool:
    day = local_day(value)
    return day is not None and start <= day <= end


def _transfers(
    s: Session, rows: list[queries.TransferRow], start: dt.date, end: dt.date
) -> tuple[TransferLine, ...]:
    """Transfers approved or rejected in the period, and those submitted in it that
    still wait for a decision; each with the person who decided (or submitted) it."""
    out = []
    for t in sorted(rows, key=lambda t: t.number):
        decided = t.status in ("approved", "rejected") and _within(t.decided_at, start, end)
        waiting = t.status == "pending" and _within(t.submitted_at, start, end)
        if not (decided or waiting):
            continue
        action = {"approved": "approve", "rejected": "reject"}.get(t.status, "submit")
        event = next(
            (e for e in reversed(queries.transfer_events(s, t.id)) if e.action == action), None
        )
        out.append(
            read_row(
                TransferLine,
                t,
                source=t.from_line,
                target=t.to_line,
                who=(event.approver_name or event.user) if event is not None else None,
                when=t.decided_at if decided else t.submitted_at,
                note=event.note if event is not None else None,
            )
        )
    return tuple(out)


def contingency_moves(
    b: figures.BudgetFigures, rows: list[queries.TransferRow]
) -> tuple[ContingencyMove, ...]:
    """The approved transfers that change the contingency (moves between two of its
    lines do not), oldest first, with the running remainder: the last one ends at
    ``contingency_remaining``."""
    pool = {ln.line_id for ln in b.lines if ln.category is CostCategory.CONTINGENCY}
    moves = []
    for t in rows:
        if t.status != "approved":
            continue
        out_of, into = t.from_line_id in pool, t.to_line_id in pool
        if out_of == into:
            continue
        other = (t.to_line if out_of else t.from_line) or ""
        moves.append((t.decided_at, t.number, other, -t.amount if out_of else t.amount, t.reason))
    moves.sort(key=lambda m: (m[0] or dt.datetime.min.replace(tzinfo=dt.UTC), m[1]))
    remaining = b.contingency_original
    out = []
    for when, number, other, amount, reason in moves:
        remaining += amount
        out.append(ContingencyMove(local_day(when), number, other, amount, remaining, reason))
    return tuple(out)


def gather_cost(env: ReportEnv, project_id: str, start: dt.date, end: dt.date) -> CostReportData:
    """The monthly cost report of ``start``..``end`` (figures as they stand now)."""
    header = q.project_header(env.store, project_id)
    with env.store.read() as s:
        b = figures.budget_figures(s, project_id)
        committed = tuple(figures.commitment_figures(s, project_id))
        apps = queries.list_pay_applications(s, project_id)
        transfer_rows = queries.list_transfers(s, project_id)
        moved = _transfers(s, transfer_rows, start, end)
        flow = tuple(cash_flow(s, project_id))
        funded = tuple(funding_figures(s, project_id, budget=b))
    certified = tuple(
        sorted(
            (a for a in apps if a.status == "certified" and _within(a.certified_at, start, end)),
            key=lambda a: (a.commitment_number, a.application_no),
        )
    )
    totals = commitment_totals(committed)
    trend = eac_trend(env.store, project_id, on=end, now=b)
    return CostReportData(
        project=header,
        period_start=start,
        period_end=end,
        headline=headline_of(b),
        certified_to_date=totals.certified_to_date,
        total=money_of(b.total),
        hard=money_of(b.hard_total),
        soft=money_of(b.soft_total),
        tree=tuple(tree_rows(b.tree)),
        commitments=committed,
        commitment_total=totals,
        certified=certified,
        transfers=moved,
        cash_flow=flow,
        contingency=contingency_moves(b, transfer_rows),
        eac_trend=trend,
        funding=funded,
    )
