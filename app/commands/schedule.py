"""``executrek schedule updates|check|compare|lookahead --project CODE``: the programme
review in plain text — the updates and the forecast, the DCMA 14-point quality check,
an update against the previous one or the baseline, and the three-week look-ahead.
``import_file`` is ``executrek import schedule``'s work."""

from __future__ import annotations

import argparse
import datetime as dt
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from executrek.app.commands import add_actions, open_project, project_action

if TYPE_CHECKING:
    from executrek.models.records.schedule.compare import Comparison
    from executrek.models.records.schedule.quality import QualityReport
    from executrek.models.store import Store

NAME = "schedule"
HELP = "review the project's programme: updates, quality check, changes, look-ahead"
LISTED = 10  # offenders and activities listed per heading before "… and N more"


def _update_option(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--update",
        type=int,
        metavar="N",
        help="the update SU-N (default: the current one, the latest not rejected)",
    )


def add_arguments(p: argparse.ArgumentParser) -> None:
    actions = add_actions(p, "action")
    project_action(actions, "updates", help="list the updates and the computed forecast")
    check = project_action(actions, "check", help="the DCMA 14-point quality check of an update")
    _update_option(check)
    compare = project_action(
        actions, "compare", help="what changed in an update since the previous one or the baseline"
    )
    _update_option(compare)
    compare.add_argument(
        "--against",
        choices=("previous", "baseline"),
        default="previous",
        help="compare with the previous update (default) or with the baseline",
    )
    ahead = project_action(
        actions,
        "lookahead",
        help="activities in progress or starting soon, with their open issues and punch items",
    )
    _update_option(ahead)
    ahead.add_argument(
        "--days", type=int, default=21, metavar="N", help="the window after the data date (21)"
    )


def _d(value: dt.date | None) -> str:
    return value.isoformat() if value is not None else "—"


def run(args: argparse.Namespace) -> int:
    with open_project(args) as (ctx, project):
        if args.action == "updates":
            return _updates(ctx.store, project.id, project.code)
        if args.action == "check":
            return _check(ctx.store, project.id, args.update)
        if args.action == "compare":
            return _compare(ctx.store, project.id, args.update, args.against)
        return _lookahead(ctx.store, project.id, args.update, args.days)


def import_file(
    store: Store,
    project_id: str,
    path: Path,
    as_baseline: bool,
    data_date: dt.date | None,
    xer_project: str | None = None,
) -> int:
    """``executrek import schedule``: read, check and keep the file as a new update (of
    the XER file's project ``xer_project`` when it holds several)."""
    from executrek.app.commands import CommandError
    from executrek.app.i18n import translate
    from executrek.app.interop.schedule_files import import_schedule_file
    from executrek.app.interop.schedule_xer import SeveralProjects, project_choices

    try:
        done = import_schedule_file(
            store,
            project_id,
            path,
            as_baseline=as_baseline,
            data_date=data_date,
            xer_project=xer_project,
        )
    except SeveralProjects as exc:
        raise CommandError(
            translate(
                "Cli",
                "“{file}” holds {count} projects: {names}. Pick one with --xer-project "
                "SHORTNAME_OR_ID.",
            ).format(file=path.name, count=len(exc.projects), names=project_choices(exc.projects))
        ) from exc
    u = done.value
    for line in u.warnings:
        print(translate("Cli", "warning: {line}").format(line=line))
    template = (
        translate(
            "Cli",
            "{number} imported from {file} as the baseline: {activities} activities, {links} "
            "relationships, {milestones} milestones, {calendars} calendars; data date {date}.",
        )
        if u.is_baseline
        else translate(
            "Cli",
            "{number} imported from {file}: {activities} activities, {links} relationships, "
            "{milestones} milestones, {calendars} calendars; data date {date}.",
        )
    )
    print(
        template.format(
            number=u.number,
            file=path.name,
            activities=u.activities,
            links=u.links,
            milestones=u.milestones,
            calendars=u.calendars,
            date=u.data_date.isoformat(),
        )
        + left_out(u.other_project_links)
    )
    return 0


def left_out(count: int) -> str:
    """The import summary's words for relationships to other projects left out ("" for
    none)."""
    from executrek.app.i18n import translate

    if not count:
        return ""
    return " " + translate(
        "Cli", "{count} relationships to activities of other projects in the file were left out."
    ).format(count=count)


def _updates(store: Store, project_id: str, code: str) -> int:
    from executrek.app.i18n import translate
    from executrek.models.records.schedule import queries
    from executrek.models.records.schedule.forecast import schedule_forecast

    rows = queries.updates(store, project_id)
    if not rows:
        print(
            translate("Cli", "{code} has no schedule update yet: import a programme.").format(
                code=code
            )
        )
        return 0
    for u in rows:
        flag = translate("Cli", "baseline") if u.is_baseline else ""
        print(
            f"{u.number}  {u.data_date.isoformat()}  {u.status:<9}  {flag:<8}  "
            + translate(
                "Cli",
                "{acts} activities, {links} relationships, {miles} milestones; finish {finish}; "
                "{file}",
            ).format(
                acts=u.activity_count,
                links=u.link_count,
                miles=u.milestone_count,
                finish=_d(u.finish_date),
                file=u.source_name,
            )
        )
    forecast = schedule_forecast(store, project_id)
    if forecast is not None:
        print()
        _print_forecast(forecast)
    return 0


def _print_forecast(f: Any) -> None:
    from executrek.app.i18n import translate

    pos = f.position
    print(
        translate(
            "Cli",
            "Forecast from {number} (data date {date}): completion {forecast}, contractual "
            "{contract} (baseline {baseline} + {co} days approved in change orders + {eot} "
            "days granted for delay events).",
        ).format(
            number=f.programme.update.number,
            date=f.data_date.isoformat(),
            forecast=_d(f.forecast_finish),
            contract=_d(f.contract_finish),
            baseline=_d(pos.baseline_finish),
            co=pos.approved_days,
            eot=pos.granted_days,
        )
    )
    variance = f.variance_days
    if variance is not None:
        print(
            translate("Cli", "Completion is forecast {days} days late.").format(days=variance)
            if variance > 0
            else translate("Cli", "Completion is forecast on time ({days} days to spare).").format(
                days=-variance
            )
        )
    if f.completion_float is not None:
        print(
            translate(
                "Cli",
                "Least total float on the critical path: {days} working days; {negative} "
                "unfinished activities have negative float.",
            ).format(days=f.completion_float, negative=f.programme.negative_float)
        )
    for m in pos.milestones:
        print(
            f"  {m.name[:50]:<50}  "
            + translate(
                "Cli",
                "baseline {baseline}  contractual {contract}  forecast {forecast}  actual "
                "{actual}  variance {days}",
            ).format(
                baseline=_d(m.baseline_date),
                contract=_d(m.contract_date),
                forecast=_d(m.forecast_date),
                actual=_d(m.actual_date),
                days=m.variance_days,
            )
        )


def _pair(store: Store, project_id: str, number: int | None) -> tuple[Any, Any, Any]:
    """The update asked for, its previous update and its baseline (with their data)."""
    from executrek.models.records.schedule import queries

    with store.sql() as con:
        r = queries.reviewed_in(con, queries.updates_in(con, project_id), number)
    return r.data, r.previous_data, r.baseline_data


def _check(store: Store, project_id: str, number: int | None) -> int:
    from executrek.models.records.schedule import quality

    data, _prev, base = _pair(store, project_id, number)
    print_quality(quality.check(data, base))
    return 0


def print_quality(report: QualityReport) -> None:
    from executrek.app.i18n import translate

    print(
        translate(
            "Cli", "Quality check of {number} (data date {date}): {passed} passed, {failed} failed."
        ).format(
            number=report.update_number,
            date=report.data_date.isoformat(),
            passed=report.passed,
            failed=report.failed,
        )
    )
    for p in report.points:
        verdict = (
            translate("Cli", "pass")
            if p.passed
            else translate("Cli", "FAIL")
            if p.passed is False
            else translate("Cli", "report")
        )
        value = "—" if p.value is None else (f"{p.value} %" if p.unit == "%" else f"{p.value}")
        print(
            f"{p.number:>2}. {p.title:<40} {p.count:>6} / {p.population:<6} {value:>9}  "
            f"{p.threshold:<12} {verdict}"
        )
        _listed([f"{o.code} {o.name[:60]}  {o.detail}".rstrip() for o in p.offenders])


def _listed(lines: list[str], indent: str = "      ") -> None:
    from executrek.app.i18n import translate

    for line in lines[:LISTED]:
        print(indent + line)
    if len(lines) > LISTED:
        print(indent + translate("Cli", "… and {count} more").format(count=len(lines) - LISTED))


def _compare(store: Store, project_id: str, number: int | None, against: str) -> int:
    from executrek.app.commands import CommandError
    from executrek.app.i18n import translate
    from executrek.models.records.schedule.compare import compare

    data, prev, base = _pair(store, project_id, number)
    earlier = prev if against == "previous" else base
    if earlier is None:
        raise CommandError(
            translate("Cli", "{number} has no previous update to compare with.").format(
                number=data.update.number
            )
            if against == "previous"
            else translate("Cli", "{number} is the baseline itself.").format(
                number=data.update.number
            )
        )
    print_comparison(compare(earlier, data))
    return 0


def print_comparison(c: Comparison) -> None:
    from executrek.app.i18n import translate

    print(
        translate(
            "Cli",
            "{later} (data date {after}) against {earlier} (data date {before}): the finish "
            "moved from {f1} to {f2} ({days} days).",
        ).format(
            later=c.later,
            after=c.later_data_date.isoformat(),
            earlier=c.earlier,
            before=c.earlier_data_date.isoformat(),
            f1=_d(c.finish_before),
            f2=_d(c.finish_after),
            days=c.finish_movement_days if c.finish_movement_days is not None else "—",
        )
    )
    sections: list[tuple[str, list[str]]] = [
        (
            translate("Cli", "Milestones"),
            [
                f"{m.code} {m.name[:50]}: {_d(m.before)} → {_d(m.after)} ({m.days:+d})"
                for m in c.milestones
            ],
        ),
        (
            translate("Cli", "Slipped most"),
            [f"{m.code} {m.name[:50]}: {m.days:+d} days" for m in c.slipped],
        ),
        (
            translate("Cli", "Float consumed (total {days} working days)").format(
                days=c.total_float_consumed
            ),
            [f"{f.code} {f.name[:50]}: {f.before} → {f.after}" for f in c.float_consumed],
        ),
        (
            translate("Cli", "Entered the critical path"),
            [f"{m.code} {m.name[:60]}" for m in c.entered_critical],
        ),
        (
            translate("Cli", "Left the critical path"),
            [f"{m.code} {m.name[:60]}" for m in c.left_critical],
        ),
        (
            translate("Cli", "Relationships added"),
            [f"{x.predecessor} → {x.successor} {x.kind} {_lag(x.lag_days)}" for x in c.links_added],
        ),
        (
            translate("Cli", "Relationships removed"),
            [
                f"{x.predecessor} → {x.successor} {x.kind} {_lag(x.lag_days)}"
                for x in c.links_removed
            ],
        ),
        (
            translate("Cli", "Durations changed"),
            [f"{d.code} {d.name[:50]}: {d.before} → {d.after}" for d in c.durations_changed],
        ),
        (translate("Cli", "Activities added"), list(c.activities_added)),
        (translate("Cli", "Activities removed"), list(c.activities_removed)),
        (
            translate("Cli", "Progress claimed"),
            [
                f"{p.code} {p.name[:50]}: {p.pct_before} % → {p.pct_after} %"
                + (" " + translate("Cli", "started") if p.started else "")
                + (" " + translate("Cli", "finished") if p.finished else "")
                for p in c.progress
            ],
        ),
    ]
    for heading, lines in sections:
        print(f"{heading}: {len(lines)}")
        _listed(lines, "  ")


def _lag(days: Decimal) -> str:
    return "" if days == 0 else f"{days:+} d"


def _lookahead(store: Store, project_id: str, number: int | None, days: int) -> int:
    from executrek.app.i18n import translate
    from executrek.models.records.schedule.lookahead import lookahead

    data_date, rows = lookahead(store, project_id, number=number, days=days)
    print(
        translate("Cli", "Look-ahead from {date} for {days} days: {count} activities.").format(
            date=data_date.isoformat(), days=days, count=len(rows)
        )
    )
    for r in rows:
        a = r.activity
        state = translate("Cli", "starts") if r.starting else translate("Cli", "in progress")
        print(
            f"{a.code:<12} {a.name[:45]:<45} {state:<11} {_d(a.start)} → {_d(a.finish)}  "
            + translate("Cli", "open issues {issues}, open punch {punch}").format(
                issues=r.open_issues, punch=r.open_punch
            )
        )
        for location, count in r.punch_by_location:
            print(
                "    "
                + translate("Cli", "{location}: {count} open").format(
                    location=location or translate("Cli", "(no location)"), count=count
                )
            )
    return 0
