"""The change order log: the budget roll-up (original, approved, pending exposure,
revised contract, % change, contingency) and, per change order, its line items, reason,
cost and schedule impact and approval events."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from reportlab.platypus import Flowable

from executrek.app import reports as r
from executrek.app.i18n import tr
from executrek.app.reporting.common import (
    Filters,
    KindSpec,
    ReportEnv,
    ReportRequest,
    label,
    status,
    status_label,
)
from executrek.models.services import change_orders as co_service
from executrek.models.services import report_queries as q
from executrek.models.services.change_orders import BudgetRollup


@dataclass(frozen=True)
class ChangeOrderReportData:
    project: q.ProjectHeader
    rollup: BudgetRollup
    selection: str
    orders: tuple[q.ChangeOrderEntry, ...]


def select_orders(orders: list[q.ChangeOrderEntry], filters: Filters) -> list[q.ChangeOrderEntry]:
    out = []
    for co in orders:
        if filters.statuses and co.status not in filters.statuses:
            continue
        if filters.contractor and (co.contractor or "").lower() != filters.contractor.lower():
            continue
        day = co.created_at.date()
        if filters.date_from and day < filters.date_from:
            continue
        if filters.date_to and day > filters.date_to:
            continue
        out.append(co)
    return out


def _selection(filters: Filters) -> str:
    parts = []
    if filters.contractor:
        parts.append(tr("Reports", "Contractor: {name}").format(name=filters.contractor))
    if filters.statuses:
        names = ", ".join(status_label(s) for s in filters.statuses)
        parts.append(tr("Reports", "Status: {names}").format(names=names))
    return "; ".join(parts) if parts else tr("Reports", "All change orders")


def _gather(env: ReportEnv, request: ReportRequest) -> ChangeOrderReportData:
    assert request.project_id is not None
    return ChangeOrderReportData(
        project=q.project_header(env.store, request.project_id),
        rollup=co_service.budget_rollup(env.store, request.project_id),
        selection=_selection(request.filters),
        orders=tuple(
            select_orders(q.change_order_log(env.store, request.project_id), request.filters)
        ),
    )


def rollup_block(ctx: r.ReportContext, b: BudgetRollup) -> list[Flowable]:
    money = ctx.fmt.money
    cur = b.currency
    return [
        r.key_value_block(
            ctx,
            [
                (tr("Reports", "Original contract"), money(b.original_contract, cur)),
                (
                    tr("Reports", "Approved changes"),
                    tr("Reports", "{amount} ({n} change orders)").format(
                        amount=money(b.approved_changes, cur), n=b.approved_count
                    ),
                ),
                (tr("Reports", "Revised contract"), money(b.revised_contract, cur)),
                (tr("Reports", "Change to date"), ctx.fmt.percent(b.percent_change / 100, 2)),
                (
                    tr("Reports", "Pending exposure"),
                    tr("Reports", "{amount} ({n} pending)").format(
                        amount=money(b.pending_exposure, cur), n=b.pending_count
                    ),
                ),
                (
                    tr("Reports", "Forecast final cost"),
                    money(b.revised_contract + b.pending_exposure, cur),
                ),
                (tr("Reports", "Contingency"), money(b.contingency, cur)),
                (tr("Reports", "Contingency used"), money(b.contingency_used, cur)),
                (tr("Reports", "Contingency remaining"), money(b.contingency_remaining, cur)),
                (
                    tr("Reports", "Schedule impact"),
                    tr("Reports", "{approved} approved, {pending} pending").format(
                        approved=ctx.fmt.days(b.approved_schedule_days),
                        pending=ctx.fmt.days(b.pending_schedule_days),
                    ),
                ),
            ],
        ),
        r.budget_waterfall(
            ctx,
            tr("Reports", "Original contract"),
            b.original_contract,
            [
                r.Change(tr("Reports", "Approved changes"), b.approved_changes),
                r.Subtotal(tr("Reports", "Revised contract")),
                r.Change(tr("Reports", "Pending exposure"), b.pending_exposure, pending=True),
            ],
            tr("Reports", "Forecast final cost"),
            currency=cur,
            height=200,
        ),
    ]


def log_table(
    ctx: r.ReportContext, orders: tuple[q.ChangeOrderEntry, ...], currency: str
) -> Flowable:
    columns = [
        r.Column(tr("Reports", "Number"), weight=0.8),
        r.Column(tr("Reports", "Title"), weight=3),
        r.Column(tr("Reports", "Reason"), weight=1.4),
        r.Column(tr("Reports", "Status"), r.ColumnKind.STATUS, weight=1.05),
        r.Column(tr("Reports", "Days"), r.ColumnKind.DAYS, weight=0.55),
        r.Column(tr("Reports", "Amount"), r.ColumnKind.MONEY, weight=1.3, currency=currency),
    ]
    rows: list[list[r.CellValue]] = [
        [
            co.number,
            co.title,
            label(co.reason),
            status(co.status),
            co.schedule_impact_days,
            co.amount,
        ]
        for co in orders
    ]
    return r.data_table(ctx, columns, rows)


def story(data: ChangeOrderReportData, photo_path: Callable[[q.PhotoRef], Path]) -> r.StoryBuilder:
    del photo_path

    def build(ctx: r.ReportContext) -> list[Flowable]:
        fmt = ctx.fmt
        cur = data.rollup.currency
        out: list[Flowable] = [r.section_heading(ctx, tr("Reports", "Budget roll-up"))]
        out += rollup_block(ctx, data.rollup)
        out.append(r.section_heading(ctx, tr("Reports", "Change order log")))
        out.append(r.muted_note(ctx, data.selection))
        tiers = {
            "change_order": tr("Reports", "Executed change orders"),
            "request": tr("Reports", "Change order requests"),
            "change_event": tr("Reports", "Change events"),
        }
        for tier, tier_title in tiers.items():
            tier_orders = tuple(co for co in data.orders if co.tier == tier)
            if not tier_orders:
                continue
            out.append(r.section_heading(ctx, tier_title, 1, in_contents=False))
            out.append(log_table(ctx, tier_orders, cur))
        if not data.orders:
            out.append(log_table(ctx, (), cur))
        out.append(r.section_heading(ctx, tr("Reports", "Change order details")))
        for co in data.orders:
            out.append(r.section_heading(ctx, f"{co.number} · {co.title}", 1))
            out.append(
                r.key_value_block(
                    ctx,
                    [
                        (tr("Reports", "Type"), label(co.tier)),
                        (tr("Reports", "Status"), r.status_pill(ctx, _pill(co.status))),
                        (tr("Reports", "Reason"), label(co.reason)),
                        (tr("Reports", "Contractor"), co.contractor),
                        (tr("Reports", "Cost impact"), fmt.money(co.amount, cur)),
                        (tr("Reports", "Schedule impact"), fmt.days(co.schedule_impact_days)),
                        (
                            tr("Reports", "Submitted"),
                            fmt.datetime(co.submitted_at) if co.submitted_at else None,
                        ),
                        (
                            tr("Reports", "Decided"),
                            fmt.datetime(co.decided_at) if co.decided_at else None,
                        ),
                    ],
                )
            )
            if co.description:
                out.append(r.para(co.description, ctx.styles.body))
            out.append(
                r.data_table(
                    ctx,
                    [
                        r.Column("#", r.ColumnKind.NUMBER, weight=0.35),
                        r.Column(tr("Reports", "Line item"), weight=3.2),
                        r.Column(tr("Reports", "Quantity"), r.ColumnKind.NUMBER, places=2),
                        r.Column(tr("Reports", "Unit"), weight=0.6),
                        r.Column(
                            tr("Reports", "Unit price"), r.ColumnKind.MONEY, 1.2, currency=cur
                        ),
                        r.Column(tr("Reports", "Markup %"), r.ColumnKind.NUMBER, 0.8, places=1),
                        r.Column(tr("Reports", "Amount"), r.ColumnKind.MONEY, 1.3, currency=cur),
                    ],
                    [
                        [
                            ln.position,
                            ln.description,
                            ln.quantity,
                            ln.unit,
                            ln.unit_price,
                            ln.markup_pct,
                            ln.amount,
                        ]
                        for ln in co.lines
                    ],
                    totals=[None, tr("Reports", "Total"), None, None, None, None, co.amount]
                    if co.lines
                    else None,
                    empty_text=tr("Reports", "No line items"),
                )
            )
            if co.events:
                out.append(
                    r.data_table(
                        ctx,
                        [
                            r.Column(tr("Reports", "When"), r.ColumnKind.DATE, weight=1.5),
                            r.Column(tr("Reports", "Action"), weight=1),
                            r.Column(tr("Reports", "Status"), r.ColumnKind.STATUS, weight=1.05),
                            r.Column(tr("Reports", "By / approver"), weight=1.5),
                            r.Column(tr("Reports", "Note"), weight=2.6),
                        ],
                        [
                            [
                                ev.at,
                                ev.action.capitalize(),
                                status(ev.to_status),
                                ev.approver_name,
                                ev.note,
                            ]
                            for ev in co.events
                        ],
                    )
                )
        return out

    return build


def _pill(value: str) -> r.Status:
    st = status(value)
    assert st is not None
    return st


def _period(data: ChangeOrderReportData, request: ReportRequest) -> tuple[dt.date, dt.date]:
    end = request.filters.date_to or request.issued
    start = request.filters.date_from or data.project.baseline_start or end
    return (min(start, end), end)


SPEC = KindSpec(
    data_type=ChangeOrderReportData,
    gather=_gather,
    story=story,
    kind_label=lambda: tr("Reports", "Change order report"),
    title=lambda data: tr("Reports", "Change order log and budget"),
    period=_period,
    header=lambda data: data.project,
)
