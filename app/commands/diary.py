"""``executrek diary show|verify --project CODE``: a diary day in plain text, and the
check of the closed days' hash chain.

``show --date D`` prints every author's diary day of that date (or one author's with
``--author``): weather, each kind of entry, addenda, signature and hashes. ``verify``
recomputes every closed day of the project, chain by chain, and names the first day
that does not match (exit 1), or says how many days check out (exit 0).
"""

from __future__ import annotations

import argparse
import datetime as dt
from typing import TYPE_CHECKING, Any

from executrek.app.commands import (
    CommandError,
    add_actions,
    iso_date,
    open_project,
    project_action,
)

if TYPE_CHECKING:
    from executrek.models.records.diary.queries import DayDetail

NAME = "diary"
HELP = "show a day of the site diary, or verify the hash chain of the closed days"


def add_arguments(p: argparse.ArgumentParser) -> None:
    actions = add_actions(p, "action")
    show = project_action(actions, "show", help="print a diary day in plain text")
    show.add_argument(
        "--date",
        required=True,
        type=iso_date("2026-11-24"),
        metavar="YYYY-MM-DD",
        help="the day to show",
    )
    show.add_argument(
        "--author",
        metavar="USERNAME",
        help="only this author's diary (default: every author's diary of that day)",
    )
    project_action(
        actions,
        "verify",
        help="recompute the closed days' hash chain; exit 1 naming the first day that "
        "does not match",
    )


def run(args: argparse.Namespace) -> int:
    with open_project(args) as (ctx, project):
        if args.action == "verify":
            return _verify(ctx.store, project.id, project.code)
        return _show(ctx.store, project.id, project.code, args.date, args.author)


def _verify(store: Any, project_id: str, code: str) -> int:
    from executrek.app.i18n import translate
    from executrek.models.records.diary import chain

    report = chain.verify(store, project_id)
    if report.ok:
        print(
            translate(
                "Cli", "{days} closed diary day(s) of {code} in {chains} chain(s) check out."
            ).format(days=report.days_checked, code=code, chains=report.chains)
        )
        return 0
    first = report.first
    assert first is not None
    print(first.message)
    if len(report.problems) > 1:
        print(
            translate("Cli", "{count} more day(s) do not match:").format(
                count=len(report.problems) - 1
            )
        )
        for problem in report.problems[1:]:
            print(f"  {problem.message}")
    return 1


def _show(store: Any, project_id: str, code: str, day: dt.date, author: str | None) -> int:
    from sqlalchemy import select

    from executrek.app.i18n import translate
    from executrek.models.directory import User
    from executrek.models.records.diary import queries

    author_id = None
    if author:
        with store.read() as s:
            author_id = s.scalar(select(User.id).where(User.username == author))
        if author_id is None:
            raise CommandError(translate("Cli", "There is no user {name}.").format(name=author))
    days = queries.calendar(store, project_id, day, day, author_id=author_id)
    if not days:
        raise CommandError(
            translate("Cli", "{code} has no diary day for {day}.").format(
                code=code, day=day.isoformat()
            )
        )
    for index, found in enumerate(days):
        detail = queries.day_detail(store, found.day_id)
        if detail is None:
            continue
        if index:
            print()
        for line in day_text(detail):
            print(line)
    return 0


def _dec(value: Any) -> str:
    return "" if value is None else f"{value:f}"


def _weather(d: Any) -> str:
    from executrek.app.i18n import translate

    parts = [" / ".join(w.replace("_", " ") for w in (d.weather_am, d.weather_pm) if w)]
    if d.temp_min is not None or d.temp_max is not None:
        low = "" if d.temp_min is None else str(d.temp_min)
        high = "" if d.temp_max is None else str(d.temp_max)
        parts.append(f"{low}…{high} °C")
    if d.precipitation_mm is not None:
        parts.append(f"{_dec(d.precipitation_mm)} mm")
    if d.wind:
        parts.append(translate("Cli", "wind {wind}").format(wind=d.wind))
    if d.ground:
        parts.append(translate("Cli", "ground {ground}").format(ground=d.ground.replace("_", " ")))
    text = ", ".join(p for p in parts if p) or "—"
    if d.weather_stopped_hours:
        text += "; " + translate("Cli", "weather stopped work {hours} h").format(
            hours=_dec(d.weather_stopped_hours)
        )
    return text


def _entry_line(kind: str, e: Any) -> str:
    v, n = e.values, e.names
    if kind == "manpower":
        hours = f", {_dec(v['hours'])} h" if v["hours"] is not None else ""
        trade = f" — {v['trade']}" if v["trade"] else ""
        return f"{n.get('organisation_id', '')}{trade}: {v['headcount']}{hours}"
    if kind == "equipment":
        return f"{v['item']} × {v['count']} ({v['state']})"
    if kind == "delivery":
        extra = ", ".join(x for x in (v["supplier"], v["received_by"]) if x)
        return f"{v['description']}" + (f" ({extra})" if extra else "")
    if kind == "visitor":
        times = "–".join(t for t in (v["time_in"], v["time_out"]) if t)
        rest = ", ".join(x for x in (v["organisation"], v["purpose"], times) if x)
        return f"{v['name']}" + (f" ({rest})" if rest else "")
    if kind == "work":
        where = n.get("location_id")
        return (f"{where}: " if where else "") + str(v["description"])
    if kind == "delay":
        times = "–".join(t for t in (v["start_time"], v["end_time"]) if t)
        who = n.get("organisation_ids")
        return (
            f"{times} {v['cause'].replace('_', ' ')}, {v['responsible'].replace('_', ' ')}: "
            f"{v['description']}" + (f" [{who}]" if who else "")
        ).strip()
    if kind == "instruction":
        return f"{v['direction']}: {v['from_name']} → {v['to_name']}: {v['body']}"
    issue = n.get("issue_id")
    return str(v["description"]) + (f" [{issue}]" if issue else "")


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name pyside6-lupdate looks for
    del context
    return text


SECTIONS = (
    ("manpower", QT_TRANSLATE_NOOP("Cli", "Manpower")),
    ("equipment", QT_TRANSLATE_NOOP("Cli", "Equipment")),
    ("delivery", QT_TRANSLATE_NOOP("Cli", "Deliveries")),
    ("visitor", QT_TRANSLATE_NOOP("Cli", "Visitors")),
    ("work", QT_TRANSLATE_NOOP("Cli", "Work performed")),
    ("delay", QT_TRANSLATE_NOOP("Cli", "Delays and disruptions")),
    ("instruction", QT_TRANSLATE_NOOP("Cli", "Instructions")),
    ("safety", QT_TRANSLATE_NOOP("Cli", "Safety")),
)


def day_text(detail: DayDetail) -> list[str]:
    """A diary day as plain text lines (what ``diary show`` prints)."""
    from executrek.app.i18n import translate

    d = detail.day
    status = translate("Cli", "open") if not d.closed else translate("Cli", "closed")
    out = [f"{d.number} · {d.title}", f"{d.day.isoformat()} — {d.author or '—'} — {status}"]
    if detail.signature is not None:
        signed = detail.signature.signed_at.astimezone().strftime("%Y-%m-%d %H:%M")
        role = f", {detail.signature.signer_role}" if detail.signature.signer_role else ""
        out.append(
            translate("Cli", "Signed by {name}{role} at {when}").format(
                name=detail.signature.signer_name, role=role, when=signed
            )
        )
    out.append(translate("Cli", "Weather: {weather}").format(weather=_weather(d)))
    if d.notes:
        out.append(translate("Cli", "Notes:"))
        out.extend(f"  {line}" for line in d.notes.splitlines())
    for key, title in SECTIONS:
        entries = detail.entries[key]
        if not entries:
            continue
        heading = translate("Cli", title)
        if key == "manpower":
            heading += " " + translate("Cli", "({people} people, {hours} h)").format(
                people=detail.headcount, hours=_dec(detail.manpower_hours)
            )
        out.append(heading + ":")
        out.extend(f"  {_entry_line(key, e)}" for e in entries)
    if detail.photos:
        out.append(translate("Cli", "Photos: {count}").format(count=len(detail.photos)))
    if detail.addenda:
        out.append(translate("Cli", "Addenda:"))
        for a in detail.addenda:
            when = a.written_at.astimezone().strftime("%Y-%m-%d %H:%M")
            out.append(f"  {when} {a.author or '—'} — {a.reason}: {a.body}")
    if d.content_hash:
        out.append(translate("Cli", "Content hash: {hash}").format(hash=d.content_hash))
        out.append(translate("Cli", "Previous hash: {hash}").format(hash=d.previous_hash or "—"))
    return out
