"""The change order log: the budget roll-up (original, approved, pending exposure,
revised contract, % change, contingency) and, per change order, its line items, reason,
cost and schedule impact and approval events."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from reportlab.platypus import Flowable

from executrek.app import pdf as r
from executrek.app.i18n import translate
from executrek.app.report_kinds.common import (
    Filters,
    KindSpec,
    ReportEnv,
    ReportRequest,
    label,
    status,
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
    return [co for co in orders if filters.admits(co.status, co.contractor, co.created_at.date())]


def _gather(env: ReportEnv, request: ReportRequest) -> ChangeOrderReportData:
    assert request.project_id is not None
    return ChangeOrderReportData(
        project=q.project_header(env.store, request.project_id),
        rollup=co_service.budget_rollup(env.store, request.project_id),
        selection=request.filters.described(
            translate("Reports", "All change orders"), location=False
        ),
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
                (translate("Reports", "Original contract"), money(b.original_contract, cur)),
                (
                    translate("Reports", "Approved changes"),
                    translate("Reports", "{amount} ({n} change orders)").format(
                        amount=money(b.approved_changes, cur), n=b.approved_count
                    ),
                ),
                (translate("Reports", "Revised contract"), money(b.revised_contract, cur)),
                (
                    translate("Reports", "Change to date"),
                    ctx.fmt.percent(b.percent_change / 100, 2),
                ),
                (
                    translate("Reports", "Pending exposure"),
                    translate("Reports", "{amount} ({n} pending)").format(
                        amount=money(b.pending_exposure, cur), n=b.pending_count
                    ),
                ),
                (
                    translate("Reports", "Forecast final cost"),
                    money(b.revised_contract + b.pending_exposure, cur),
                ),
                (translate("Reports", "Contingency"), money(b.contingency, cur)),
                (translate("Reports", "Contingency used"), money(b.contingency_used, cur)),
                (
                    translate("Reports", "Contingency remaining"),
                    money(b.contingency_remaining, cur),
                ),
                (
                    translate("Reports", "Schedule impact"),
                    translate("Reports", "{approved} approved, {pending} pending").format(
                        approved=ctx.fmt.days(b.approved_schedule_days),
                        pending=ctx.fmt.days(b.pending_schedule_days),
                    ),
                ),
            ],
        ),
        r.budget_waterfall(
            ctx,
            translate("Reports", "Original contract"),
            b.original_contract,
            [
                r.Change(translate("Reports", "Approved changes"), b.approved_changes),
                r.Subtotal(translate("Reports", "Revised contract")),
                r.Change(
                    translate("Reports", "Pending exposure"), b.pending_exposure, pending=True
                ),
            ],
            translate("Reports", "Forecast final cost"),
            currency=cur,
            height=200,
        ),
    ]


def log_table(
    ctx: r.ReportContext, orders: tuple[q.ChangeOrderEntry, ...], currency: str
) -> Flowable:
    columns = [
        r.Column(translate("Reports", "Number"), weight=0.8),
        r.Column(translate("Reports", "Title"), weight=3),
        r.Column(translate("Reports", "Reason"), weight=1.4),
        r.Column(translate("Reports", "Status"), r.ColumnKind.STATUS, weight=1.05),
        r.Column(translate("Reports", "Days"), r.ColumnKind.DAYS, weight=0.55),
        r.Column(translate("Reports", "Amount"), r.ColumnKind.MONEY, weight=1.3, currency=currency),
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
        out: list[Flowable] = [r.section_heading(ctx, translate("Reports", "Budget roll-up"))]
        out += rollup_block(ctx, data.rollup)
        out.append(r.section_heading(ctx, translate("Reports", "Change order log")))
        out.append(r.muted_note(ctx, data.selection))
        tiers = {
            "change_order": translate("Reports", "Executed change orders"),
            "request": translate("Reports", "Change order requests"),
            "change_event": translate("Reports", "Change events"),
        }
        for tier, tier_title in tiers.items():
            tier_orders = tuple(co for co in data.orders if co.tier == tier)
            if not tier_orders:
                continue
            out.append(r.section_heading(ctx, tier_title, 1, in_contents=False))
            out.append(log_table(ctx, tier_orders, cur))
        if not data.orders:
            out.append(log_table(ctx, (), cur))
        out.append(r.section_heading(ctx, translate("Reports", "Change order details")))
        for co in data.orders:
            out.append(r.section_heading(ctx, f"{co.number} · {co.title}", 1))
            out.append(
                r.key_value_block(
                    ctx,
                    [
                        (translate("Reports", "Type"), label(co.tier)),
                        (translate("Reports", "Status"), r.status_pill(ctx, _pill(co.status))),
                        (translate("Reports", "Reason"), label(co.reason)),
                        (translate("Reports", "Contractor"), co.contractor),
                        (translate("Reports", "Cost impact"), fmt.money(co.amount, cur)),
                        (
                            translate("Reports", "Schedule impact"),
                            fmt.days(co.schedule_impact_days),
                        ),
                        (
                            translate("Reports", "Submitted"),
                            fmt.datetime(co.submitted_at) if co.submitted_at else None,
                        ),
                        (
                            translate("Reports", "Decided"),
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
                        r.Column(translate("Reports", "Line item"), weight=3.2),
                        r.Column(translate("Reports", "Quantity"), r.ColumnKind.NUMBER, places=2),
                        r.Column(translate("Reports", "Unit"), weight=0.6),
                        r.Column(
                            translate("Reports", "Unit price"),
                            r.ColumnKind.MONEY,
                            1.2,
                            currency=cur,
                        ),
                        r.Column(
                            translate("Reports", "Markup %"), r.ColumnKind.NUMBER, 0.8, places=1
                        ),
                        r.Column(
                            translate("Reports", "Amount"), r.ColumnKind.MONEY, 1.3, currency=cur
                        ),
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
                    totals=[None, translate("Reports", "Total"), None, None, None, None, co.amount]
                    if co.lines
                    else None,
                    empty_text=translate("Reports", "No line items"),
                )
            )
            if co.events:
                out.append(
                    r.data_table(
                        ctx,
                        [
                            r.Column(translate("Reports", "When"), r.ColumnKind.DATE, weight=1.5),
                            r.Column(translate("Reports", "Action"), weight=1),
                            r.Column(
                                translate("Reports", "Status"), r.ColumnKind.STATUS, weight=1.05
                            ),
                            r.Column(translate("Reports", "By / approver"), weight=1.5),
                            r.Column(translate("Reports", "Note"), weight=2.6),
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
    kind_label=lambda: translate("Reports", "Change order report"),
    title=lambda data: translate("Reports", "Change order log and budget"),
    period=_period,
    header=lambda data: data.project,
)
