"""The site diary reports: the daily field report of one diary day and the summary of a
period, and the status report's "Site activity this period".

``executrek report diary --project CODE --date D`` prints one day on one or two pages:
the day and its weather, manpower with totals per contractor, equipment, deliveries
(with the delivery-note photos), visitors, work by location (with its photos), delays,
instructions, safety, notes, the other photos, the signature with the close time and
the content hash, and the addenda. ``--from D --to D`` prints the summary: the figures,
the manpower histogram per contractor, the days, the weather days lost, the delay
register with its totals, and the period's photos. A period of one day is the daily
report; no date at all prints the project's latest diary day.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from reportlab.platypus import Flowable, KeepTogether

from executrek.app import pdf as r
from executrek.app.i18n import translate
from executrek.app.pdf.table_flowable import CellParagraph
from executrek.app.report_kinds import diary_data as data_
from executrek.app.report_kinds.common import KindSpec, ReportEnv, ReportImages, ReportRequest
from executrek.app.report_kinds.diary_data import DayRecord, PeriodSummary, SiteActivity
from executrek.app.report_kinds.diary_labels import value_word
from executrek.app.report_kinds.diary_pieces import (
    delay_table,
    entry_heading,
    none_note,
    photo_rows,
    status_of,
    table_or_note,
    text_cell,
    weather_text,
)
from executrek.app.report_kinds.diary_summary import (
    site_activity,
    site_activity_section,
    summary_story,
)
from executrek.models.services import report_queries as q

__all__ = [
    "SPEC",
    "DiaryReportData",
    "SiteActivity",
    "daily_story",
    "site_activity",
    "site_activity_section",
    "story",
    "summary_story",
]

INLINE_PHOTOS = 0.66  # photos of an entry (delivery note, work) take two thirds of the width


@dataclass(frozen=True)
class DiaryReportData:
    """One report kind, two shapes: ``day`` for the daily report, ``summary`` for a
    period (exactly one is set)."""

    project: q.ProjectHeader
    period_start: dt.date
    period_end: dt.date
    day: DayRecord | None = None
    summary: PeriodSummary | None = None


def _gather(env: ReportEnv, request: ReportRequest) -> DiaryReportData:
    assert request.project_id is not None
    store, pid = env.store, request.project_id
    start, end = request.filters.date_from, request.filters.date_to
    header = q.project_header(store, pid)
    if start is None or end is None or start == end:
        record = data_.day_record(store, data_.find_day_id(store, pid, start or end))
        return DiaryReportData(header, record.view.day, record.view.day, day=record)
    return DiaryReportData(header, start, end, summary=data_.period_summary(store, pid, start, end))


def _title(data: DiaryReportData) -> str:
    if data.day is not None:
        return translate("Reports", "Daily field report {number}").format(
            number=data.day.view.number
        )
    return translate("Reports", "Site diary summary")


def story(data: DiaryReportData, images: ReportImages) -> r.StoryBuilder:
    def build(ctx: r.ReportContext) -> list[Flowable]:
        if data.day is not None:
            return daily_story(ctx, data.day, images)
        assert data.summary is not None
        return summary_story(ctx, data.summary, images)

    return build


# --- the daily field report --------------------------------------------------------------


def daily_story(ctx: r.ReportContext, day: DayRecord, images: ReportImages) -> list[Flowable]:
    fmt = ctx.fmt
    v = day.view
    degrees = translate("Reports", "{value} °C")
    temps = [degrees.format(value=c) for c in (v.temp_min, v.temp_max) if c is not None]
    out: list[Flowable] = [
        r.section_heading(ctx, translate("Reports", "The day")),
        r.key_value_block(
            ctx,
            [
                (translate("Reports", "Date"), fmt.date(v.day)),
                (translate("Reports", "Diary"), v.number),
                (translate("Reports", "Written by"), v.author or ""),
                (translate("Reports", "Status"), r.status_pill(ctx, status_of(v.status))),
                (translate("Reports", "Summary", "the diary day's one line"), v.title),
                (
                    translate("Reports", "Closed"),
                    fmt.datetime(v.closed_at) if v.closed_at else None,
                ),
                (translate("Reports", "Weather"), weather_text(v.weather_am, v.weather_pm) or None),
                (translate("Reports", "Temperature"), " – ".join(temps) or None),
                (
                    translate("Reports", "Rain or snow"),
                    translate("Reports", "{value} mm").format(
                        value=fmt.number(v.precipitation_mm, 1)
                    )
                    if v.precipitation_mm is not None
                    else None,
                ),
                (translate("Reports", "Wind"), value_word(v.wind) or None),
                (translate("Reports", "Ground"), value_word(v.ground) or None),
                (
                    translate("Reports", "Weather stopped work"),
                    translate("Reports", "{hours} h").format(
                        hours=fmt.number(v.weather_stopped_hours, 1)
                    )
                    if v.weather_stopped_hours
                    else translate("Reports", "No"),
                ),
            ],
        ),
    ]
    out += _manpower(ctx, day)
    out += _entries(ctx, day, images)
    out.append(r.section_heading(ctx, translate("Reports", "Notes"), 1))
    out.append(r.para(v.notes, ctx.styles.body) if v.notes else none_note(ctx))
    if day.photos:
        out.append(r.section_heading(ctx, translate("Reports", "Photographs"), 1))
        out += photo_rows(ctx, day.photos, images)
    out += _signature(ctx, day)
    return out


def _manpower(ctx: r.ReportContext, day: DayRecord) -> list[Flowable]:
    out: list[Flowable] = [entry_heading(ctx, "manpower")]
    if not day.manpower:
        return [*out, none_note(ctx)]
    per: dict[str, list[data_.ManpowerLine]] = defaultdict(list)
    for m in day.manpower:
        per[m.contractor].append(m)
    columns = [
        r.Column(translate("Reports", "Contractor"), weight=2.4),
        r.Column(translate("Reports", "Trade"), weight=1.8),
        r.Column(translate("Reports", "Headcount"), r.ColumnKind.NUMBER),
        r.Column(translate("Reports", "Hours"), r.ColumnKind.NUMBER, places=1),
    ]
    rows: list[list[r.CellValue]] = []
    for contractor, lines in per.items():
        rows += [[contractor, m.trade, m.headcount, m.hours] for m in lines]
        if len(lines) > 1:  # the contractor's own total under its lines
            rows.append(
                [
                    CellParagraph(
                        f"<i>{r.escape(translate('Reports', 'Total {name}').format(name=contractor))}</i>",
                        ctx.styles.small,
                    ),
                    "",
                    sum(m.headcount for m in lines),
                    sum((m.hours or Decimal(0) for m in lines), Decimal(0)),
                ]
            )
    totals: list[r.CellValue] = [
        translate("Reports", "Total ({count} contractors)").format(count=len(per)),
        "",
        day.headcount,
        day.hours,
    ]
    return [*out, r.data_table(ctx, columns, rows, totals=totals)]


def _entry_tables(
    ctx: r.ReportContext, day: DayRecord
) -> dict[str, tuple[list[r.Column], list[list[r.CellValue]]]]:
    """The columns and rows of each kind of line the day lists in a table of its own."""
    cell = text_cell
    return {
        "equipment": (
            [
                r.Column(translate("Reports", "Equipment"), weight=2.5),
                r.Column(translate("Reports", "Count"), r.ColumnKind.NUMBER, weight=0.6),
                r.Column(translate("Reports", "State"), weight=1),
                r.Column(translate("Reports", "Contractor"), weight=2),
            ],
            [[e.item, e.count, value_word(e.state), e.contractor] for e in day.equipment],
        ),
        "delivery": (
            [
                r.Column(translate("Reports", "Delivered"), weight=2.6),
                r.Column(translate("Reports", "Supplier"), weight=1.6),
                r.Column(translate("Reports", "Received by"), weight=1.4),
            ],
            [[d.description, d.supplier, d.received_by] for d in day.deliveries],
        ),
        "visitor": (
            [
                r.Column(translate("Reports", "Name"), weight=1.6),
                r.Column(translate("Reports", "Organisation"), weight=1.6),
                r.Column(translate("Reports", "Purpose"), weight=2.2),
                r.Column(translate("Reports", "In"), weight=0.55),
                r.Column(translate("Reports", "Out"), weight=0.55),
            ],
            [[v.name, v.organisation, v.purpose, v.time_in, v.time_out] for v in day.visitors],
        ),
        "work": (
            [
                r.Column(translate("Reports", "Location"), weight=1.7),
                r.Column(translate("Reports", "Contractor"), weight=1.5),
                r.Column(translate("Reports", "Work"), weight=3.2),
                r.Column(translate("Reports", "Activity"), weight=0.9),
            ],
            [[w.location, w.contractor, cell(ctx, w.description), w.activity] for w in day.work],
        ),
        "instruction": (
            [
                r.Column(translate("Reports", "Given or received"), weight=0.9),
                r.Column(translate("Reports", "From"), weight=1.2),
                r.Column(translate("Reports", "To"), weight=1.2),
                r.Column(translate("Reports", "Instruction"), weight=3.4),
            ],
            [
                [value_word(i.direction), i.from_name, i.to_name, cell(ctx, i.body)]
                for i in day.instructions
            ],
        ),
        "safety": (
            [
                r.Column(translate("Reports", "Observation"), weight=5),
                r.Column(translate("Reports", "Issue"), weight=1),
            ],
            [[cell(ctx, s.description), s.issue] for s in day.safety],
        ),
    }


def _entries(ctx: r.ReportContext, day: DayRecord, images: ReportImages) -> list[Flowable]:
    """Equipment, deliveries (each note's photos under the table), visitors, work by
    location (its photos), delays, instructions and safety observations."""
    tables = _entry_tables(ctx, day)
    inline = {
        "delivery": [
            (translate("Reports", "Delivery note: {what}").format(what=d.description), d.photos)
            for d in day.deliveries
        ],
        "work": [(w.location, w.photos) for w in day.work],
    }
    out: list[Flowable] = []
    for kind in ("equipment", "delivery", "visitor", "work", "delay", "instruction", "safety"):
        if kind == "delay":
            out += delay_table(ctx, day.delays, totals=len(day.delays) > 1)
            continue
        columns, rows = tables[kind]
        out += [entry_heading(ctx, kind), table_or_note(ctx, columns, rows)]
        for caption, refs in inline.get(kind, []):
            out += photo_rows(ctx, refs, images, caption, INLINE_PHOTOS)
    return out


def _signature(ctx: r.ReportContext, day: DayRecord) -> list[Flowable]:
    out: list[Flowable] = [r.section_heading(ctx, translate("Reports", "Signature"), 1)]
    sig = day.signature
    if sig is None:
        out.append(none_note(ctx, translate("Reports", "Not signed: the day is still open.")))
    else:
        closed = ctx.fmt.datetime(day.view.closed_at) if day.view.closed_at else ""
        block = r.signature_blocks(
            ctx, [r.Signature(sig.signer_name, sig.signer_role, sig.signed_at, sig.strokes)]
        )
        sealed = translate("Reports", "Signed and closed {when}. Content hash (SHA-256): {hash}")
        note = r.muted_note(ctx, sealed.format(when=closed, hash=day.view.content_hash or ""))
        out.append(KeepTogether([block, note]))
    out.append(r.section_heading(ctx, translate("Reports", "Addenda"), 1))
    out.append(
        table_or_note(
            ctx,
            [
                r.Column(translate("Reports", "Written"), weight=1.3),
                r.Column(translate("Reports", "By"), weight=1.2),
                r.Column(translate("Reports", "Why"), weight=1.8),
                r.Column(translate("Reports", "Addendum"), weight=3.2),
            ],
            [
                [
                    ctx.fmt.datetime(a.written_at),
                    a.author,
                    text_cell(ctx, a.reason),
                    text_cell(ctx, a.body),
                ]
                for a in day.addenda
            ],
            translate("Reports", "No addenda."),
        )
    )
    return out


SPEC = KindSpec(
    data_type=DiaryReportData,
    gather=_gather,
    story=story,
    kind_label=lambda: translate("Reports", "Site diary report"),
    title=_title,
    contents=False,
)
