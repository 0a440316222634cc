"""The change order log: the budget roll-up (original, approved, pending exposure,
revised contract, % change, contingency) and, per change order, its line items, reason,
cost and schedule impact, approval events and photos."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.platypus import Flowable

from executrek.app import list_columns_change_orders as co_list
from executrek.app import pdf as r
from executrek.app.columns import report_table
from executrek.app.i18n import translate
from executrek.app.report_kinds.common import (
    Filters,
    KindSpec,
    ReportEnv,
    ReportImages,
    ReportRequest,
    label,
    log_period,
    pill,
    status,
)
from executrek.app.report_kinds.photo_layout import RecordPhotos, by_record, photos_of
from executrek.models.records.change_order import queries as co_queries
from executrek.models.records.change_order import service as co_service
from executrek.models.records.change_order.model import KIND as CHANGE_ORDER
from executrek.models.records.change_order.service import BudgetRollup
from executrek.models.services import report_queries as q
from executrek.models.services.record_reads import PhotoRef


@dataclass(frozen=True)
class ChangeOrderReportData:
    project: q.ProjectHeader
    rollup: BudgetRollup
    selection: str
    orders: tuple[co_queries.ChangeOrderEntry, ...]
    photos: tuple[PhotoRef, ...] = ()  # the change orders' photos (older snapshots: none)


def select_orders(
    orders: list[co_queries.ChangeOrderEntry], filters: Filters
) -> list[co_queries.ChangeOrderEntry]:
    return [co for co in orders if filters.admits(co.status, co.contractor, co.created_at.date())]


def _gather(env: ReportEnv, request: ReportRequest) -> ChangeOrderReportData:
    assert request.project_id is not None
    orders = tuple(
        select_orders(co_queries.change_order_log(env.store, request.project_id), request.filters)
    )
    return ChangeOrderReportData(
        project=q.project_header(env.store, request.project_id),
        rollup=co_service.budget_rollup(env.store, request.project_id),
        selection=request.filters.described(
            translate("Reports", "All change orders"), location=False
        ),
        orders=orders,
        photos=photos_of(env, CHANGE_ORDER.key, [co.id for co in orders]),
    )


def rollup_block(
    ctx: r.ReportContext,
    b: BudgetRollup,
    *,
    chart_height: float = 200,
    chart_width: float | None = None,
) -> list[Flowable]:
    """The change-order roll-up: its figures, then the waterfall (full width, or
    ``chart_width``)."""
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
            width=chart_width,
            height=chart_height,
        ),
    ]


def log_table(
    ctx: r.ReportContext, orders: tuple[co_queries.ChangeOrderEntry, ...], currency: str
) -> Flowable:
    return report_table(ctx, co_list.LOG, orders, currency=currency)


def story(data: ChangeOrderReportData, images: ReportImages) -> r.StoryBuilder:
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
        photos = RecordPhotos(ctx, images)
        shots = by_record(data.photos)
        for co in data.orders:
            out.append(r.section_heading(ctx, f"{co.number} · {co.title}", 1))
            out.append(
                r.key_value_block(
                    ctx,
                    [
                        (translate("Reports", "Type"), label(co.tier)),
                        (translate("Reports", "Status"), r.status_pill(ctx, pill(co.status))),
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
                report_table(
                    ctx,
                    co_list.LINES,
                    co.lines,
                    currency=cur,
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
            heading = f"{co.number} · {co.title}"
            out += photos.section(co.id, heading, photos.pictures(shots.get(co.id, ()), co.number))
        out += photos.appendix()
        return out

    return build


SPEC = KindSpec(
    data_type=ChangeOrderReportData,
    gather=_gather,
    story=story,
    kind_label=lambda: translate("Reports", "Change order report"),
    title=lambda data: translate("Reports", "Change order log and budget"),
    period=log_period,
)
