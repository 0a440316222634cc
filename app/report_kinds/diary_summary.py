"""The site diary summary of a period (manpower histogram per contractor, the days, the
weather days lost, the delay register with its totals, the photos) and the status
report's "Site activity this period"."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from decimal import Decimal

from reportlab.platypus import Flowable

from executrek.app import pdf as r
from executrek.app.i18n import translate
from executrek.app.report_kinds import diary_data as data_
from executrek.app.report_kinds.common import ReportEnv, ReportImages, photo_caption, status
from executrek.app.report_kinds.diary_data import DelayTotal, PeriodSummary, SiteActivity
from executrek.app.report_kinds.diary_labels import value_word
from executrek.app.report_kinds.diary_pieces import delay_table, none_note, weather_text

HISTOGRAM_SERIES = 7  # contractors of their own in the histogram; the rest are "Others"


def _histogram(ctx: r.ReportContext, summary: PeriodSummary) -> Flowable:
    days = sorted({d.day for d in summary.days})
    people: dict[str, dict[dt.date, int]] = defaultdict(lambda: defaultdict(int))
    for m in summary.manpower:
        people[m.contractor][m.day] += m.headcount
    ranked = sorted(people, key=lambda c: (-sum(people[c].values()), c))
    own, rest = ranked[:HISTOGRAM_SERIES], ranked[HISTOGRAM_SERIES:]
    series = [r.Series(c, [people[c][d] for d in days]) for c in own]
    if rest:
        others = [sum(people[c][d] for c in rest) for d in days]
        series.append(r.Series(translate("Reports", "Others"), others))
    labels = [ctx.fmt.date(d) if len(days) <= 10 else str(d.day) for d in days]
    return r.stacked_bar_chart(
        ctx, labels, series, title=translate("Reports", "Headcount per day by contractor")
    )


def _contractor_table(ctx: r.ReportContext, summary: PeriodSummary) -> Flowable:
    per: dict[str, list[data_.ContractorDay]] = defaultdict(list)
    for m in summary.manpower:
        per[m.contractor].append(m)
    rows: list[list[r.CellValue]] = [
        [
            name,
            len({m.day for m in lines}),
            sum(m.headcount for m in lines),
            max(m.headcount for m in lines),
            sum((m.hours for m in lines), Decimal(0)),
        ]
        for name, lines in sorted(per.items())
    ]
    return r.data_table(
        ctx,
        [
            r.Column(translate("Reports", "Contractor"), weight=3),
            r.Column(translate("Reports", "Days on site"), r.ColumnKind.NUMBER),
            r.Column(translate("Reports", "Person-days"), r.ColumnKind.NUMBER),
            r.Column(translate("Reports", "Peak"), r.ColumnKind.NUMBER),
            r.Column(translate("Reports", "Hours"), r.ColumnKind.NUMBER, places=1),
        ],
        rows,
        totals=[
            translate("Reports", "Total"),
            len({m.day for m in summary.manpower}),
            sum(m.headcount for m in summary.manpower),
            None,
            sum((m.hours for m in summary.manpower), Decimal(0)),
        ],
        empty_text=translate("Reports", "No manpower recorded."),
    )


def summary_story(
    ctx: r.ReportContext, summary: PeriodSummary, images: ReportImages
) -> list[Flowable]:
    fmt = ctx.fmt
    dates = {d.day for d in summary.days}
    closed = sum(1 for d in summary.days if d.status == "closed")
    person_days = sum(m.headcount for m in summary.manpower)
    peak = max((d.headcount for d in summary.days), default=0)
    lost_hours = sum((w.hours for w in summary.weather), Decimal(0))
    out: list[Flowable] = [
        r.section_heading(ctx, translate("Reports", "Summary")),
        r.key_value_block(
            ctx,
            [
                (translate("Reports", "Days recorded"), str(len(dates))),
                (translate("Reports", "Signed and closed"), f"{closed} / {len(summary.days)}"),
                (translate("Reports", "Person-days"), fmt.number(person_days)),
                (
                    translate("Reports", "Average headcount"),
                    fmt.number(Decimal(person_days) / len(dates), 1) if dates else None,
                ),
                (translate("Reports", "Peak headcount"), fmt.number(peak)),
                (
                    translate("Reports", "Weather days lost"),
                    translate("Reports", "{days} ({hours} h)").format(
                        days=fmt.days(len(summary.weather)), hours=fmt.number(lost_hours, 1)
                    ),
                ),
                (
                    translate("Reports", "Delays"),
                    translate("Reports", "{count} on {days}, {hours} h").format(
                        count=len(summary.delays),
                        days=fmt.days(summary.delay_days),
                        hours=fmt.number(summary.delay_hours, 1),
                    ),
                ),
            ],
        ),
        r.section_heading(ctx, translate("Reports", "Manpower"), 1),
        _histogram(ctx, summary),
        _contractor_table(ctx, summary),
        r.section_heading(ctx, translate("Reports", "Diary days"), 1),
        r.data_table(
            ctx,
            [
                r.Column(translate("Reports", "Date"), r.ColumnKind.DATE, weight=1.1),
                r.Column(translate("Reports", "Diary"), weight=0.8),
                r.Column(translate("Reports", "Written by"), weight=1.4),
                r.Column(translate("Reports", "Status"), r.ColumnKind.STATUS, weight=0.9),
                r.Column(translate("Reports", "Headcount"), r.ColumnKind.NUMBER, weight=0.9),
                r.Column(translate("Reports", "Weather"), weight=1.7),
                r.Column(
                    translate("Reports", "Stopped (h)"), r.ColumnKind.NUMBER, places=1, weight=0.8
                ),
                r.Column(translate("Reports", "Delays"), r.ColumnKind.NUMBER, weight=0.7),
            ],
            [
                [
                    d.day,
                    d.number,
                    d.author,
                    status(d.status),
                    d.headcount,
                    weather_text(d.weather_am, d.weather_pm),
                    d.stopped_hours,
                    d.delays,
                ]
                for d in summary.days
            ],
            empty_text=translate("Reports", "No diary days in this period."),
        ),
        r.section_heading(ctx, translate("Reports", "Weather days lost"), 1),
        r.data_table(
            ctx,
            [
                r.Column(translate("Reports", "Date"), r.ColumnKind.DATE),
                r.Column(translate("Reports", "Weather"), weight=2),
                r.Column(translate("Reports", "Rain or snow (mm)"), r.ColumnKind.NUMBER, places=1),
                r.Column(translate("Reports", "Hours lost"), r.ColumnKind.NUMBER, places=1),
            ],
            [
                [w.day, weather_text(w.weather_am, w.weather_pm), w.precipitation_mm, w.hours]
                for w in summary.weather
            ],
            totals=[translate("Reports", "Total"), fmt.days(len(summary.weather)), None, lost_hours]
            if summary.weather
            else None,
            empty_text=translate("Reports", "Weather stopped no work in this period."),
        ),
    ]
    out += delay_table(
        ctx,
        summary.delays,
        totals=bool(summary.delays),
        dated=True,
        heading=translate("Reports", "Delay register"),
    )
    out += _delay_totals(ctx, translate("Reports", "Cause"), summary.by_cause, summary)
    out += _delay_totals(ctx, translate("Reports", "Responsible"), summary.by_responsible, summary)
    if summary.photos:
        out.append(r.section_heading(ctx, translate("Reports", "Photographs"), 1))
        shown = [
            r.Photo(images(p.photo), photo_caption(p.photo, fmt.date, p.number))
            for p in summary.photos
        ]
        out.append(r.photo_grid(ctx, shown, per_row=3))
    return out


def _delay_totals(
    ctx: r.ReportContext, title: str, totals: Sequence[DelayTotal], summary: PeriodSummary
) -> list[Flowable]:
    if not totals:
        return []
    return [
        r.data_table(
            ctx,
            [
                r.Column(title, weight=2.5),
                r.Column(translate("Reports", "Days"), r.ColumnKind.NUMBER),
                r.Column(translate("Reports", "Hours"), r.ColumnKind.NUMBER, places=1),
            ],
            [[value_word(x.key), x.days, x.hours] for x in totals],
            totals=[translate("Reports", "Total"), summary.delay_days, summary.delay_hours],
            width=ctx.width * 0.6,
        )
    ]


# --- the status report's site activity -----------------------------------------------------


def site_activity(env: ReportEnv, project_id: str, start: dt.date, end: dt.date) -> SiteActivity:
    """What the status report's "Site activity this period" prints (its gather calls it)."""
    return data_.site_activity(env.store, project_id, start, end)


def site_activity_section(ctx: r.ReportContext, site: SiteActivity | None) -> list[Flowable]:
    """The status report's "Site activity this period": days recorded, average and peak
    headcount, weather days lost and delays by cause (nothing for reports issued before
    the section existed)."""
    if site is None:
        return []
    fmt = ctx.fmt
    out: list[Flowable] = [
        r.section_heading(ctx, translate("Reports", "Site activity this period"))
    ]
    if not site.days_recorded:
        return [
            *out,
            none_note(ctx, translate("Reports", "No site diary was written in this period.")),
        ]
    out.append(
        r.key_value_block(
            ctx,
            [
                (translate("Reports", "Days recorded"), fmt.days(site.days_recorded)),
                (translate("Reports", "Average headcount"), fmt.number(site.average_headcount, 1)),
                (
                    translate("Reports", "Peak headcount"),
                    translate("Reports", "{count} on {day}").format(
                        count=fmt.number(site.peak_headcount), day=fmt.date(site.peak_day)
                    )
                    if site.peak_day is not None
                    else fmt.number(0),
                ),
                (
                    translate("Reports", "Weather days lost"),
                    translate("Reports", "{days} ({hours} h)").format(
                        days=fmt.days(site.weather_days_lost),
                        hours=fmt.number(site.weather_hours_lost, 1),
                    ),
                ),
            ],
        )
    )
    causes = "; ".join(
        translate("Reports", "{cause} {days}, {hours} h").format(
            cause=value_word(x.key), days=fmt.days(x.days), hours=fmt.number(x.hours, 1)
        )
        for x in site.by_cause
    )
    delays = causes if causes else translate("Reports", "none recorded")
    out.append(r.lead_para(ctx, translate("Reports", "Delays by cause"), delays))
    return out
