"""The schedule report (``executrek report schedule --project CODE [--update N]``): one
programme update reviewed — the forecast against the contractual completion, the
milestones (baseline, previous update, forecast, contractual, movement), the S-curve of
planned against actual % complete, the critical path, the DCMA 14-point quality check
with its offending activities, and what changed since the previous update.

The data is gathered by ``schedule_data``; the words are ``schedule_labels``'s, the same
the schedule page shows.
"""

from __future__ import annotations

import datetime as dt

from reportlab.platypus import Flowable

from executrek.app import pdf as r
from executrek.app.i18n import translate
from executrek.app.report_kinds import figures
from executrek.app.report_kinds.common import KindSpec, ReportImages, ReportRequest, sections
from executrek.app.report_kinds.schedule_data import ScheduleReportData, gather
from executrek.app.report_kinds.schedule_labels import (
    days_text,
    point_title,
    section_titles,
    threshold,
    value_word,
    verdict,
)
from executrek.app.report_kinds.schedule_lines import ChangeSection

_TONE = {True: r.Tone.GREEN, False: r.Tone.RED, None: r.Tone.GREY}


def _period(data: ScheduleReportData, request: ReportRequest) -> tuple[dt.date, dt.date]:
    start = data.project.baseline_start or data.data_date
    return (min(start, data.data_date), data.data_date)


def _summary(ctx: r.ReportContext, data: ScheduleReportData) -> list[Flowable]:
    fmt = ctx.fmt
    pos = data.position
    update = data.update_number + (
        " · " + translate("Reports", "baseline") if data.is_baseline else ""
    )
    out: list[Flowable] = [r.section_heading(ctx, translate("Reports", "Summary"))]
    out.append(
        r.lead_para(ctx, translate("Reports", "Forecast"), figures.completion_sentence(ctx, pos))
    )
    out.append(r.para(figures.slip_sentence(ctx, pos, data.rating), ctx.styles.body))
    if data.current_number and data.current_number != data.update_number:
        out.append(
            r.muted_note(
                ctx,
                translate(
                    "Reports",
                    "This report reviews {update}; the forecast, the contractual dates and "
                    "the rating are the project's now, from its current update {current}.",
                ).format(update=data.update_number, current=data.current_number),
            )
        )
    out.append(
        r.key_value_block(
            ctx,
            [
                (translate("Reports", "Update"), update),
                (translate("Reports", "Data date"), fmt.date(data.data_date)),
                (translate("Reports", "Review"), value_word(data.review)),
                (translate("Reports", "File"), data.source_name),
                (
                    translate("Reports", "Programme"),
                    translate("Reports", "{activities} activities, {links} relationships").format(
                        activities=fmt.number(data.activities), links=fmt.number(data.links)
                    ),
                ),
                (
                    translate("Reports", "Compared with"),
                    data.previous_number or translate("Reports", "no previous update"),
                ),
                (translate("Reports", "Forecast completion"), _date(ctx, pos.forecast_finish)),
                (translate("Reports", "Contractual completion"), _date(ctx, pos.contract_finish)),
                (
                    translate("Reports", "Extensions of time"),
                    translate("Reports", "{co} in change orders, {eot} for delay events").format(
                        co=fmt.days(pos.approved_days), eot=fmt.days(pos.granted_days)
                    ),
                ),
                (
                    translate("Reports", "Schedule rating"),
                    r.status_pill(ctx, figures.rag_status(data.rating)),
                ),
                (
                    translate("Reports", "Float on the critical path"),
                    translate("Reports", "{days} working days").format(
                        days=days_text(data.completion_float)
                    )
                    if data.completion_float is not None
                    else None,
                ),
                (
                    translate("Reports", "Completion moved"),
                    translate("Reports", "{days} since {previous}").format(
                        days=_signed_days(ctx, data.finish_movement), previous=data.previous_number
                    )
                    if data.finish_movement is not None
                    else None,
                ),
            ],
        )
    )
    return out


def _date(ctx: r.ReportContext, value: dt.date | None) -> str | None:
    return ctx.fmt.date(value) if value is not None else None


def _signed_days(ctx: r.ReportContext, days: int) -> str:
    text = ctx.fmt.days(abs(days))
    return f"+{text}" if days > 0 else f"−{text}" if days < 0 else text


def _milestones(ctx: r.ReportContext, data: ScheduleReportData) -> list[Flowable]:
    columns = [
        r.Column(translate("Reports", "Milestone"), weight=2.4),
        r.Column(translate("Reports", "Baseline"), r.ColumnKind.DATE),
        r.Column(translate("Reports", "Previous"), r.ColumnKind.DATE),
        r.Column(translate("Reports", "Forecast / actual"), r.ColumnKind.DATE, weight=1.1),
        r.Column(translate("Reports", "Contractual"), r.ColumnKind.DATE),
        r.Column(translate("Reports", "Moved"), r.ColumnKind.DAYS, weight=0.7),
        r.Column(translate("Reports", "Variance"), r.ColumnKind.DAYS, weight=0.75),
    ]
    rows = [
        [
            f"{m.code} · {m.name}" + (" ◆" if m.critical and not m.actual else ""),
            m.baseline,
            m.previous,
            m.actual or m.forecast,
            m.contractual,
            m.movement,
            m.variance,
        ]
        for m in data.milestones
    ]
    return [
        r.section_heading(ctx, translate("Reports", "Milestones")),
        r.data_table(
            ctx, columns, rows, empty_text=translate("Reports", "The programme has no milestones")
        ),
        r.muted_note(
            ctx,
            translate(
                "Reports",
                "Moved: days since the previous update. Variance: actual or forecast date "
                "against the contractual date, in days (positive: late). ◆ on the critical path.",
            ),
        ),
    ]


def _curve(ctx: r.ReportContext, data: ScheduleReportData) -> list[Flowable]:
    series = [
        r.TimeSeries(
            translate("Reports", "Planned (baseline)"),
            [(p.day, p.percent) for p in data.planned],
            r.Tone.GREY,
        ),
        r.TimeSeries(
            translate("Reports", "Actual (updates)"),
            [(p.day, p.percent) for p in data.actual],
            r.Tone.BLUE,
        ),
    ]
    return [
        r.section_heading(ctx, translate("Reports", "Progress: planned against actual")),
        r.line_chart(
            ctx,
            series,
            height=190,
            y_range=(0, 100),
            value_format=lambda v: f"{ctx.fmt.number(v)} %",
            date_format=ctx.fmt.month,
        ),
        r.muted_note(
            ctx,
            translate(
                "Reports",
                "% complete weighted by original duration: planned from the baseline's bars, "
                "actual as each update reports it at its data date.",
            ),
        ),
    ]


def _critical(ctx: r.ReportContext, data: ScheduleReportData) -> list[Flowable]:
    columns = [
        r.Column(translate("Reports", "Code"), weight=0.8),
        r.Column(translate("Reports", "Activity"), weight=2.6),
        r.Column(translate("Reports", "Start"), r.ColumnKind.DATE),
        r.Column(translate("Reports", "Finish"), r.ColumnKind.DATE),
        r.Column(translate("Reports", "Float"), weight=0.6, align=r.Align.RIGHT),
        r.Column(translate("Reports", "Done %"), r.ColumnKind.NUMBER, weight=0.7),
        r.Column(translate("Reports", "Status"), weight=0.9),
    ]
    rows = [
        [
            c.code,
            c.name,
            c.start,
            c.finish,
            days_text(c.total_float),
            c.percent,
            value_word(c.status),
        ]
        for c in data.critical
    ]
    out: list[Flowable] = [r.section_heading(ctx, translate("Reports", "Critical path"))]
    out.append(
        r.data_table(
            ctx, columns, rows, empty_text=translate("Reports", "No unfinished critical activity")
        )
    )
    if data.critical_total > len(data.critical):
        out.append(
            r.muted_note(
                ctx,
                translate("Reports", "… and {count} more critical activities.").format(
                    count=data.critical_total - len(data.critical)
                ),
            )
        )
    return out


def _quality(ctx: r.ReportContext, data: ScheduleReportData) -> list[Flowable]:
    passed = sum(1 for q in data.quality if q.passed is True)
    failed = sum(1 for q in data.quality if q.passed is False)
    columns = [
        r.Column(translate("Reports", "No."), weight=0.4),
        r.Column(translate("Reports", "Check"), weight=2.7),
        r.Column(translate("Reports", "Count"), r.ColumnKind.NUMBER, weight=0.6),
        r.Column(translate("Reports", "Of"), r.ColumnKind.NUMBER, weight=0.6),
        r.Column(translate("Reports", "Measure"), weight=0.8, align=r.Align.RIGHT),
        r.Column(translate("Reports", "Threshold"), weight=1.2),
        r.Column(translate("Reports", "Result"), r.ColumnKind.STATUS, weight=0.9),
    ]
    rows = []
    for q in data.quality:
        rows.append(
            [
                str(q.number),
                point_title(q.key, q.title),
                q.count,
                q.population,
                q.measure,
                threshold(q.threshold),
                r.Status(verdict(q.passed), _TONE[q.passed]),
            ]
        )
    out: list[Flowable] = [
        r.section_heading(ctx, translate("Reports", "Quality check (DCMA 14-point)")),
        r.para(
            translate("Reports", "{passed} checks passed, {failed} failed.").format(
                passed=passed, failed=failed
            ),
            ctx.styles.body,
        ),
        r.data_table(ctx, columns, rows),
    ]
    detail = [
        r.Column(translate("Reports", "Code"), weight=0.8),
        r.Column(translate("Reports", "Activity"), weight=2.6),
        r.Column(translate("Reports", "Why"), weight=2.2),
    ]
    for q in data.quality:
        if q.passed is not False or not q.offenders:
            continue
        out.append(r.section_heading(ctx, f"{q.number}. {point_title(q.key, q.title)}", 1))
        out.append(r.data_table(ctx, detail, [[o.code, o.name, o.detail] for o in q.offenders]))
        if q.more:
            out.append(
                r.muted_note(ctx, translate("Reports", "… and {count} more.").format(count=q.more))
            )
    return out


def _changes(ctx: r.ReportContext, data: ScheduleReportData) -> list[Flowable]:
    out: list[Flowable] = [
        r.section_heading(ctx, translate("Reports", "Changes since the previous update"))
    ]
    if data.previous_number is None:
        out.append(
            r.muted_note(
                ctx, translate("Reports", "This is the first update: there is nothing to compare.")
            )
        )
        return out
    titles = section_titles()
    out.append(
        r.para(
            translate("Reports", "{update} against {previous}.").format(
                update=data.update_number, previous=data.previous_number
            ),
            ctx.styles.body,
        )
    )
    out.append(
        r.data_table(
            ctx,
            [
                r.Column(translate("Reports", "What changed"), weight=3),
                r.Column(translate("Reports", "Count"), r.ColumnKind.NUMBER),
            ],
            [[titles[s.key], s.total] for s in data.changes],
        )
    )
    for section in data.changes:
        if section.lines:
            out += _section(ctx, section, titles[section.key])
    return out


def _section(ctx: r.ReportContext, section: ChangeSection, title: str) -> list[Flowable]:
    columns = [
        r.Column(translate("Reports", "Code"), weight=0.8),
        r.Column(translate("Reports", "Activity"), weight=2.6),
        r.Column(translate("Reports", "Before"), weight=1.0),
        r.Column(translate("Reports", "After"), weight=1.0),
        r.Column(translate("Reports", "Change"), weight=0.7, align=r.Align.RIGHT),
    ]
    out: list[Flowable] = [r.section_heading(ctx, title, 1)]
    out.append(
        r.data_table(
            ctx, columns, [[x.code, x.name, x.before, x.after, x.change] for x in section.lines]
        )
    )
    if section.total > len(section.lines):
        out.append(
            r.muted_note(
                ctx,
                translate("Reports", "… and {count} more.").format(
                    count=section.total - len(section.lines)
                ),
            )
        )
    return out


def story(data: ScheduleReportData, images: ReportImages) -> r.StoryBuilder:
    return sections(data, _summary, _milestones, _curve, _critical, _quality, _changes)


SPEC = KindSpec(
    data_type=ScheduleReportData,
    gather=gather,
    story=story,
    kind_label=lambda: translate("Reports", "Schedule report"),
    title=lambda data: translate("Reports", "Programme review {update}").format(
        update=data.update_number
    ),
    period=_period,
)
