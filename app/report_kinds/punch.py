"""The punch list report: a summary up front (counts by status and contractor, overdue),
then the items grouped (by contractor, then location, by default) with their history,
assignee, closed date and who verified the closing (the user who moved the item to
closed); each item's photos (before/after first) under its row, or in an appendix the
row points to (``photo_layout``)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from itertools import groupby

from reportlab.platypus import Flowable

from executrek.app import list_columns_punch as punch_list
from executrek.app import pdf as r
from executrek.app.columns import Kind, report_table
from executrek.app.i18n import translate
from executrek.app.report_kinds import figures
from executrek.app.report_kinds import plans as plan_pages
from executrek.app.report_kinds.common import (
    GROUP_KEYS,
    Filters,
    KindSpec,
    PhotoPlacement,
    ReportEnv,
    ReportImages,
    ReportRequest,
    log_period,
    status_label,
)
from executrek.app.report_kinds.photo_layout import RecordPhotos
from executrek.models.records.drawing.model import PIN_PUNCH
from executrek.models.records.drawing.plan_queries import PlanSet
from executrek.models.records.punch import queries as punch_queries
from executrek.models.records.punch.list_page import LIVE, PunchFilter
from executrek.models.records.punch.model import PunchStatus
from executrek.models.services import report_queries as q
from executrek.models.services.health import PunchCounts, PunchGroup, punch_counts_of
from executrek.models.store import Store

_LIVE = {s.value for s in LIVE}


@dataclass(frozen=True)
class PunchReportData:
    project: q.ProjectHeader
    filters_text: str  # the filters as the reader sees them
    group_by: tuple[str, ...]
    today: dt.date
    items: tuple[punch_queries.PunchEntry, ...]
    plans: PlanSet = field(default_factory=PlanSet)  # where the items are pinned, when asked for

    def punch_counts(self) -> PunchCounts:
        """The selection's figures, summed as ``health`` sums the whole project's."""
        return punch_counts_of(
            PunchGroup(i.contractor, i.status, 1, int(_overdue(i, self.today))) for i in self.items
        )


def punch_filter(store: Store, project_id: str, filters: Filters, today: dt.date) -> PunchFilter:
    statuses = frozenset(PunchStatus(s) for s in filters.statuses)
    return PunchFilter(
        statuses=statuses,
        contractor_ids=frozenset(
            [q.find_organisation(store, project_id, filters.contractor)]
            if filters.contractor
            else []
        ),
        trade_ids=frozenset(
            [q.find_trade(store, project_id, filters.trade)] if filters.trade else []
        ),
        location_id=q.find_location(store, project_id, filters.location)
        if filters.location
        else None,
        today=today,
    )


def filters_text(filters: Filters) -> str:
    parts = []
    if filters.contractor:
        parts.append(translate("Reports", "Contractor: {name}").format(name=filters.contractor))
    if filters.trade:
        parts.append(translate("Reports", "Trade: {name}").format(name=filters.trade))
    if filters.location:
        parts.append(translate("Reports", "Location: {name}").format(name=filters.location))
    if filters.statuses:
        names = ", ".join(status_label(s) for s in filters.statuses)
        parts.append(translate("Reports", "Status: {names}").format(names=names))
    if filters.date_from or filters.date_to:
        lo = filters.date_from.isoformat() if filters.date_from else "…"
        hi = filters.date_to.isoformat() if filters.date_to else "…"
        parts.append(translate("Reports", "Raised {start} to {end}").format(start=lo, end=hi))
    return "; ".join(parts) if parts else translate("Reports", "All items")


def gather(store: Store, project_id: str, filters: Filters, today: dt.date) -> PunchReportData:
    for key in filters.group_by:
        if key not in GROUP_KEYS:
            from executrek.models.errors import ValidationError

            raise ValidationError("group_by", "Cannot group by {key}.", key=key)
    flt = punch_filter(store, project_id, filters, today)
    items = punch_queries.punch_entries(
        store, project_id, flt, created_from=filters.date_from, created_to=filters.date_to
    )
    return PunchReportData(
        project=q.project_header(store, project_id),
        filters_text=filters_text(filters),
        group_by=filters.group_by,
        today=today,
        items=tuple(items),
    )


def _group_value(item: punch_queries.PunchEntry, key: str) -> str:
    if key == "contractor":
        return item.contractor or translate("Reports", "Unassigned")
    if key == "location":
        return item.location or translate("Reports", "No location")
    if key == "trade":
        return item.trade or translate("Reports", "No trade")
    return status_label(item.status)


def _overdue(item: punch_queries.PunchEntry, today: dt.date) -> bool:
    return item.due_date is not None and item.due_date < today and item.status in _LIVE


def history_text(item: punch_queries.PunchEntry, fmt_date: Callable[[dt.date], str]) -> str:
    steps = [s for s in item.history if s.from_status is not None]
    raised = fmt_date(item.created_at.date())
    out = [translate("Reports", "Raised {date}").format(date=raised)]
    for step in steps[-3:]:
        out.append(f"{status_label(step.to_status)} {fmt_date(step.at.date())}")
    if len(steps) > 3:
        out.insert(1, translate("Reports", "… {n} earlier changes").format(n=len(steps) - 3))
    return " → ".join(out)


def story(data: PunchReportData, photo_path: ReportImages) -> r.StoryBuilder:
    def build(ctx: r.ReportContext) -> list[Flowable]:
        fmt = ctx.fmt
        items = data.items
        counts = data.punch_counts()
        with_photos = sum(1 for i in items if i.photos)
        out: list[Flowable] = [r.section_heading(ctx, translate("Reports", "Summary"))]
        out.append(
            r.key_value_block(
                ctx,
                [
                    (translate("Reports", "Project"), f"{data.project.code} · {data.project.name}"),
                    (translate("Reports", "Selection"), data.filters_text),
                    (translate("Reports", "Items"), fmt.number(counts.total)),
                    (translate("Reports", "Outstanding"), fmt.number(counts.open)),
                    (translate("Reports", "Overdue"), fmt.number(counts.overdue)),
                    (translate("Reports", "With photos"), fmt.number(with_photos)),
                    (translate("Reports", "Status as of"), fmt.date(data.today)),
                ],
            )
        )
        out.append(r.section_heading(ctx, translate("Reports", "Items by status"), 1))
        out.append(figures.punch_status_chart(ctx, counts, height=130))
        out.append(r.section_heading(ctx, translate("Reports", "Items by contractor"), 1))
        out += figures.punch_contractor_table(ctx, counts)
        # The register is wide (nine columns): it goes on landscape pages.
        out += ctx.landscape_pages()
        photos = RecordPhotos(ctx, photo_path)
        out += _register(ctx, data, photos)
        later = photos.appendix(
            translate("Reports", "Photographs and plans")
            if data.plans
            else translate("Reports", "Photographs")
        )
        if later:
            out += ctx.portrait_pages()
            out += later
        out += plan_pages.overview_section(ctx, data.plans, photo_path)
        return out

    return build


def _third_key(keys: tuple[str, ...]) -> str:
    """The third column shows the second grouping key, or the location, or (when the
    items are grouped by location) the contractor."""
    if len(keys) > 1:
        return keys[1]
    return "contractor" if keys and keys[0] == "location" else "location"


def _register(ctx: r.ReportContext, data: PunchReportData, photos: RecordPhotos) -> list[Flowable]:
    fmt = ctx.fmt
    keys = data.group_by[:2]
    third_key = _third_key(keys)
    # The third column names each item's group (plain words, "Unassigned" for none).
    third = replace(
        punch_list.GROUPS[third_key],
        value=lambda i: _group_value(i, third_key),
        kind=Kind.TEXT,
        weight=1.35,
        tone=None,
    )
    columns = punch_list.register(third)
    width = ctx.landscape.frame_width
    plans = data.plans
    images = photos.images

    def pictures(item: punch_queries.PunchEntry) -> list[r.Photo]:
        """The item's plan extracts (with ``--plans``) and photos, as printed."""
        if not item.photos and not plans.pins_of(item.id):
            return []
        extracts = plan_pages.item_plans(images, plans, item.id)
        return extracts + photos.pictures(item.photos, item.number)

    def described(item: punch_queries.PunchEntry) -> r.CellValue:
        where = photos.reference(
            item.id, f"{item.number} · {item.title}", pictures(item), per_row=plan_pages.PER_ROW
        )
        return r.TextWithNote(item.title, history_text(item, fmt.date), where)

    def table(items: list[punch_queries.PunchEntry]) -> Flowable:
        made = report_table(
            ctx, columns, items, today=data.today, cells={"title": described}, width=width
        )
        if photos.placement is PhotoPlacement.APPENDIX:
            return made
        details = {n: photos.strips(pictures(i), width) for n, i in enumerate(items)}
        return r.with_details(made, {n: rows for n, rows in details.items() if rows})

    out: list[Flowable] = [r.section_heading(ctx, translate("Reports", "Punch items"))]
    if not keys:
        out.append(table(list(data.items)))
        return out
    # Headings for the first key; within a group, rows follow the second key (shown in
    # the third column) and then the item number.
    ordered = sorted(
        data.items, key=lambda i: (*tuple(_group_value(i, k).lower() for k in keys), i.number)
    )
    for first, group in groupby(ordered, key=lambda i: _group_value(i, keys[0])):
        members = list(group)
        out.append(
            r.section_heading(
                ctx,
                translate("Reports", "{name} ({n} items)").format(name=first, n=len(members)),
                1,
            )
        )
        out.append(table(members))
    if not data.items:
        out.append(table([]))
    return out


def _gather(env: ReportEnv, request: ReportRequest) -> PunchReportData:
    assert request.project_id is not None
    data = gather(env.store, request.project_id, request.filters, request.issued)
    if not request.plans:
        return data
    items = [(i.id, i.number, i.status) for i in data.items]
    return replace(data, plans=plan_pages.gather_plans(env.store, PIN_PUNCH, items))


SPEC = KindSpec(
    data_type=PunchReportData,
    gather=_gather,
    story=story,
    kind_label=lambda: translate("Reports", "Punch list report"),
    title=lambda data: translate("Reports", "Punch list"),
    period=log_period,
)
