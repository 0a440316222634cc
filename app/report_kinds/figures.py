"""Figures printed by more than one report, each made from one value of the service
layer, so a number in a table, a chart, a summary sentence and the dashboard agree.

* Punch items: ``health.PunchCounts`` (summed once, by ``health.punch_counts_of``) gives
  the chart by status, the table by contractor and the counts in sentences.
* Schedule: ``health.SchedulePosition`` gives the milestone table, the completion
  sentence, the largest slip and (through ``health_rag.schedule``) the rating.
* Ratings: ``rag_status`` prints a red/amber/green value the same way everywhere.
"""

from __future__ import annotations

from decimal import Decimal

from reportlab.platypus import Flowable

from executrek.app import pdf as r
from executrek.app.i18n import translate
from executrek.app.report_kinds.common import status, status_label
from executrek.models.services.health import (
    ContractorPunch,
    MilestoneStanding,
    PunchCounts,
    SchedulePosition,
)
from executrek.models.vocab import PunchStatus

# --- ratings ----------------------------------------------------------------------------

_RAG_TONE = {"green": r.Tone.GREEN, "amber": r.Tone.AMBER, "red": r.Tone.RED}


def rag_label(value: str) -> str:
    return {
        "green": translate("Reports", "On track"),
        "amber": translate("Reports", "At risk"),
        "red": translate("Reports", "Off track"),
    }.get(value, translate("Reports", "Not rated"))


def rag_status(value: str) -> r.Status:
    """A red/amber/green rating ("green", "amber", "red"; anything else is not rated)."""
    return r.Status(rag_label(value), _RAG_TONE.get(value, r.Tone.GREY))


# --- punch items ------------------------------------------------------------------------

PUNCH_STATUSES = tuple(s.value for s in PunchStatus)


def punch_status_chart(ctx: r.ReportContext, counts: PunchCounts, *, height: float) -> Flowable:
    """Punch items by status: a bar per status present, labelled on the axis (no
    legend to decode, so it reads the same in grey)."""
    return r.bar_chart(
        ctx,
        [
            r.Datum(status_label(s), counts.by_status[s], _tone(s))
            for s in PUNCH_STATUSES
            if counts.by_status.get(s)
        ],
        horizontal=False,
        height=height,
    )


def _tone(value: str) -> r.Tone:
    st = status(value)
    return st.tone if st is not None else r.Tone.GREY


def punch_contractor_table(ctx: r.ReportContext, counts: PunchCounts) -> list[Flowable]:
    """Punch items by contractor: outstanding (of which overdue and ready for review),
    closed, void and the total, with a totals row equal to the status chart's sums."""
    columns = [
        r.Column(translate("Reports", "Contractor"), weight=3),
        r.Column(translate("Reports", "Outstanding"), r.ColumnKind.NUMBER, weight=1.15),
        r.Column(translate("Reports", "Overdue"), r.ColumnKind.NUMBER),
        r.Column(translate("Reports", "Ready for review"), r.ColumnKind.NUMBER, weight=1.2),
        r.Column(translate("Reports", "Closed"), r.ColumnKind.NUMBER),
        r.Column(translate("Reports", "Void"), r.ColumnKind.NUMBER, weight=0.8),
        r.Column(translate("Reports", "Total"), r.ColumnKind.NUMBER),
    ]

    def cells(row: ContractorPunch) -> list[r.CellValue]:
        return [
            row.outstanding,
            row.overdue,
            row.count("ready_for_review"),
            row.count("closed"),
            row.count("void"),
            row.total,
        ]

    rows: list[list[r.CellValue]] = [
        [row.contractor or translate("Reports", "Unassigned"), *cells(row)]
        for row in counts.contractors()
    ]
    totals = [translate("Reports", "Total"), *cells(counts.summed())] if rows else None
    return [
        r.data_table(ctx, columns, rows, totals=totals),
        r.muted_note(
            ctx,
            translate(
                "Reports",
                "Outstanding: draft, open, rejected or ready for review; overdue and ready "
                "for review items are part of it.",
            ),
        ),
    ]


def punch_sentence(ctx: r.ReportContext, counts: PunchCounts) -> str:
    fmt = ctx.fmt
    return translate(
        "Reports", "{open} of {total} punch items are outstanding, {overdue} of them overdue."
    ).format(
        open=fmt.number(counts.open),
        total=fmt.number(counts.total),
        overdue=fmt.number(counts.overdue),
    )


# --- schedule ---------------------------------------------------------------------------


def _against(ctx: r.ReportContext, days: int) -> str:
    if days == 0:
        return translate("Reports", "on time")
    if days > 0:
        return translate("Reports", "{days} late").format(days=ctx.fmt.days(days))
    return translate("Reports", "{days} early").format(days=ctx.fmt.days(-days))


def completion_sentence(ctx: r.ReportContext, pos: SchedulePosition) -> str:
    """Forecast completion against the contractual date (baseline + approved days)."""
    fmt = ctx.fmt
    variance = pos.finish_variance_days
    if pos.forecast_finish is None or pos.contract_finish is None or variance is None:
        return translate("Reports", "No completion date is recorded.")
    last = pos.milestones[-1] if pos.milestones else None
    what = (
        translate("Reports", "Completion ({milestone})").format(milestone=last.name)
        if last is not None
        else translate("Reports", "Completion")
    )
    if pos.granted_days:  # extensions of time from delay events too (schedule.forecast)
        basis = translate(
            "Reports",
            "the baseline {baseline} plus {days} approved in change orders and {granted} "
            "granted for delay events",
        ).format(
            baseline=fmt.date(pos.baseline_finish) if pos.baseline_finish else "—",
            days=fmt.days(pos.approved_days),
            granted=fmt.days(pos.granted_days),
        )
    elif pos.approved_days:
        basis = translate(
            "Reports", "the baseline {baseline} plus {days} approved in change orders"
        ).format(
            baseline=fmt.date(pos.baseline_finish) if pos.baseline_finish else "—",
            days=fmt.days(pos.approved_days),
        )
    else:
        basis = translate("Reports", "the baseline; no time approved in change orders")
    done = last is not None and last.actual_date is not None
    template = (
        translate(
            "Reports",
            "{what} was achieved on {date}, {against} against the contractual date "
            "{contract} ({basis}).",
        )
        if done
        else translate(
            "Reports",
            "{what} is forecast for {date}, {against} against the contractual date "
            "{contract} ({basis}).",
        )
    )
    return template.format(
        what=what,
        date=fmt.date(pos.forecast_finish),
        against=_against(ctx, variance),
        contract=fmt.date(pos.contract_finish),
        basis=basis,
    )


def slip_text(ctx: r.ReportContext, pos: SchedulePosition) -> str:
    """The rating's measures: the largest slip and its milestone, and the programme's
    completion float when there is a programme."""
    worst = pos.worst
    if worst is None or worst.variance_days <= 0:
        text = translate("Reports", "No milestone late")
    else:
        text = translate("Reports", "Largest slip {days}: {milestone}").format(
            days=ctx.fmt.days(worst.variance_days), milestone=worst.name
        )
    return text + _float_text(pos)


def _float_text(pos: SchedulePosition) -> str:
    if pos.completion_float is None:
        return ""
    return translate("Reports", "; completion float {days} working days").format(
        days=f"{pos.completion_float.normalize():f}"
    )


def slip_sentence(ctx: r.ReportContext, pos: SchedulePosition, rating: str) -> str:
    """Why the schedule has its rating, from the same largest slip and completion float
    the rating reads."""
    rated = rag_label(rating)
    buffer = pos.completion_float
    if buffer is not None:
        # The programme's float is the other measure the rating reads: say it first.
        return _float_sentence(pos, buffer) + " " + _slip_clause(ctx, pos, rated)
    return _slip_clause(ctx, pos, rated)


def _float_sentence(pos: SchedulePosition, buffer: Decimal) -> str:
    days = f"{buffer.normalize():f}"
    if buffer < 0:
        return translate(
            "Reports",
            "The current programme ({update}) shows negative float of {days} working days "
            "to completion: it cannot meet the date as planned.",
        ).format(update=pos.update_number or "", days=days)
    return translate(
        "Reports",
        "The current programme ({update}) keeps {days} working days of float to completion.",
    ).format(update=pos.update_number or "", days=days)


def _slip_clause(ctx: r.ReportContext, pos: SchedulePosition, rated: str) -> str:
    worst = pos.worst
    if worst is None:
        return translate(
            "Reports", "There are no milestones; the schedule is rated {rating}."
        ).format(rating=rated)
    if worst.variance_days <= 0:
        return translate(
            "Reports",
            "No milestone is late against its contractual date; the schedule is rated {rating}.",
        ).format(rating=rated)
    against = (
        translate("Reports", "the contractual date")
        if worst.completion
        else translate("Reports", "its baseline")
    )
    template = (
        translate(
            "Reports",
            "The largest slip is {milestone}, achieved {days} late against {against}; "
            "the schedule is rated {rating}.",
        )
        if worst.actual_date is not None
        else translate(
            "Reports",
            "The largest slip is {milestone}, forecast {days} late against {against}; "
            "the schedule is rated {rating}.",
        )
    )
    return template.format(
        milestone=worst.name,
        days=ctx.fmt.days(worst.variance_days),
        against=against,
        rating=rated,
    )


def _milestone_status(m: MilestoneStanding, rating: str) -> r.Status:
    tone = _RAG_TONE.get(rating, r.Tone.GREY)
    if m.actual_date is not None:
        return r.Status(translate("Reports", "Achieved"), tone)
    return rag_status(rating)


def milestone_table(
    ctx: r.ReportContext, pos: SchedulePosition, ratings: tuple[str, ...]
) -> list[Flowable]:
    """The milestones against their contractual dates; ``ratings`` (one per milestone,
    the schedule rating of its variance) colour the status."""
    fmt = ctx.fmt
    columns = [
        r.Column(translate("Reports", "Milestone"), weight=2.5),
        r.Column(translate("Reports", "Baseline"), r.ColumnKind.DATE),
        r.Column(translate("Reports", "Contractual"), r.ColumnKind.DATE),
        r.Column(translate("Reports", "Forecast"), r.ColumnKind.DATE),
        r.Column(translate("Reports", "Actual"), r.ColumnKind.DATE),
        r.Column(translate("Reports", "Variance"), r.ColumnKind.DAYS, weight=0.75),
        r.Column(translate("Reports", "Status"), r.ColumnKind.STATUS, weight=0.95),
    ]
    rows: list[list[r.CellValue]] = []
    for index, m in enumerate(pos.milestones):
        rating = ratings[index] if index < len(ratings) else "none"
        rows.append(
            [
                m.name,
                m.baseline_date,
                m.contract_date,
                m.forecast_date,
                m.actual_date,
                m.variance_days,
                _milestone_status(m, rating),
            ]
        )
    out: list[Flowable] = [
        r.data_table(ctx, columns, rows, empty_text=translate("Reports", "No milestones"))
    ]
    note = translate(
        "Reports",
        "Variance: actual or forecast date against the contractual date, in days "
        "(late is positive). The contractual date of completion is its baseline "
        "plus {days} approved in change orders; pending change orders claim "
        "{pending} more.",
    ).format(days=fmt.days(pos.approved_days), pending=fmt.days(pos.pending_days))
    if pos.granted_days:
        note = translate(
            "Reports",
            "Variance: actual or forecast date against the contractual date, in days "
            "(late is positive). The contractual date of completion is its baseline "
            "plus {days} approved in change orders and {granted} of extensions of time "
            "granted; pending change orders claim {pending} more.",
        ).format(
            days=fmt.days(pos.approved_days),
            granted=fmt.days(pos.granted_days),
            pending=fmt.days(pos.pending_days),
        )
    out.append(r.muted_note(ctx, note))
    return out
