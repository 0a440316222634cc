"""``executrek report KIND --project CODE [--id N] [filters] -o FILE.pdf``: issue a report
(inspection, punch, change-orders, issues, status, portfolio, diary: ``--date D`` or
``--from D --to D``, schedule: ``--update N``, cost: the month of ``--to``, payment:
``--number PA-001``); ``report issued`` lists the issued reports and ``report regenerate
--number N -o FILE`` rebuilds one from its snapshot."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from executrek.app.commands import add_flag, iso_date
from executrek.models import clock

if TYPE_CHECKING:
    from executrek.models.project import Project
    from executrek.models.store import Store

NAME = "report"
HELP = "issue a PDF report, list issued reports or regenerate one"

KINDS = (
    "inspection",
    "punch",
    "change-orders",
    "issues",
    "status",
    "portfolio",
    "diary",
    "schedule",
    "cost",
    "payment",
)
ACTIONS = ("issued", "regenerate")
PHOTO_PLACES = ("inline", "appendix", "none")
WITH_PHOTOS = ("inspection", "punch", "change-orders", "issues", "status")
EXIT_USAGE = 2


_date = iso_date("2026-11-30")


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("kind", choices=KINDS + ACTIONS, metavar="KIND", help=", ".join(KINDS + ACTIONS))
    p.add_argument("--project", metavar="CODE", help="project code (every kind but portfolio)")
    p.add_argument("--id", type=int, metavar="NUMBER", help="inspection number (INS-007 → 7)")
    p.add_argument(
        "--update",
        type=int,
        metavar="N",
        help="schedule: the programme update SU-N (default: the current one)",
    )
    p.add_argument("--contractor", metavar="NAME", help="only this contractor's records")
    p.add_argument("--trade", metavar="CODE", help="only this trade (code or name)")
    p.add_argument("--location", metavar="NAME", help="only this location and below")
    p.add_argument(
        "--status", action="append", default=[], metavar="STATUS", help="only this status (repeat)"
    )
    p.add_argument("--from", dest="date_from", type=_date, metavar="DATE", help="period start")
    p.add_argument("--to", dest="date_to", type=_date, metavar="DATE", help="period end")
    p.add_argument(
        "--date", dest="day", type=_date, metavar="DATE", help="diary: the day's field report"
    )
    p.add_argument(
        "--group-by",
        default="contractor,location",
        metavar="KEYS",
        help="punch grouping: up to two of contractor, location, trade, status",
    )
    p.add_argument("--issued", type=_date, metavar="DATE", help="issue date printed (today)")
    p.add_argument("--prepared-by", metavar="NAME", help="name printed as the author")
    add_flag(p, "--draft", "build only: not numbered or logged")
    add_flag(
        p, "--plans", "punch and issues: a plan extract per pinned item and a sheet overview page"
    )
    p.add_argument(
        "--photos",
        choices=PHOTO_PLACES,
        default="inline",
        help="records' photos: inline (with each record), appendix (page references) or none",
    )
    p.add_argument("--commentary", metavar="TEXT", help="status: your commentary on page 1")
    p.add_argument(
        "--commentary-file", type=Path, metavar="FILE", help="status: the commentary from a file"
    )
    p.add_argument(
        "--number",
        metavar="NUMBER",
        help="regenerate: the report number; payment: the pay application (PA-001; "
        "default: the latest)",
    )
    p.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="FILE.pdf",
        help="the PDF to write, or a folder (the file is named for the report number)",
    )


def _fail(message: str) -> int:
    print(f"executrek: {message}", file=sys.stderr)
    return EXIT_USAGE


def _usage_problem(args: argparse.Namespace) -> str | None:
    """The line for options that do not fit together (checked before the store opens)."""
    from executrek.app.i18n import translate
    from executrek.app.report_kinds.common import GROUP_KEYS

    if args.kind != "issued" and args.output is None:
        return translate("Cli", "give the PDF to write with -o FILE.pdf")
    if args.kind in KINDS and args.kind != "portfolio" and not args.project:
        return translate("Cli", "the {kind} report needs --project CODE").format(kind=args.kind)
    if args.kind == "inspection" and args.id is None:
        return translate(
            "Cli",
            "the inspection report needs --id NUMBER (INS-007 → --id 7); the project's "
            "inspections and their numbers are listed by 'executrek export inspections "
            "--project {code} -o inspections.csv'",
        ).format(code=args.project)
    if args.id is not None and args.kind != "inspection":
        return translate("Cli", "--id is for the inspection report")
    if args.update is not None and args.kind != "schedule":
        return translate("Cli", "--update is for the schedule report")
    if args.number and args.kind not in ("regenerate", "payment"):
        return translate(
            "Cli", "--number is for the payment certificate (PA-001) and for regenerate"
        )
    if args.kind == "payment" and args.number and pay_app_number(args.number) is None:
        return translate("Cli", "{number} is not a payment application number like PA-001").format(
            number=args.number
        )
    if args.plans and args.kind not in ("punch", "issues"):
        return translate("Cli", "--plans is for the punch and issues reports")
    problem = _photos_problem(args)
    if problem is not None:
        return problem
    if args.kind == "regenerate" and not args.number:
        return translate("Cli", "give the report to regenerate with --number REPORT-NUMBER")
    group_by = [k.strip() for k in args.group_by.split(",") if k.strip()]
    if any(k not in GROUP_KEYS for k in group_by) or len(group_by) > 2:
        return translate("Cli", "--group-by takes up to two of {keys}").format(
            keys=", ".join(GROUP_KEYS)
        )
    if args.day is not None and (args.kind != "diary" or args.date_from or args.date_to):
        return translate("Cli", "--date is for the diary report, instead of --from and --to")
    if args.date_from and args.date_to and args.date_to < args.date_from:
        return translate("Cli", "--to is before --from")
    if args.output is not None and not args.output.parent.resolve().is_dir():
        return translate("Cli", "the folder {folder} does not exist").format(
            folder=args.output.parent.resolve()
        )
    return None


def run(args: argparse.Namespace) -> int:
    from executrek.app.context import open_context
    from executrek.app.i18n import translate
    from executrek.app.pdf import ReportCancelled
    from executrek.app.report_kinds.common import (
        Filters,
        PhotoPlacement,
        ReportEnv,
        ReportKind,
        ReportRequest,
    )
    from executrek.models.services import issued_reports as issued
    from executrek.models.services import projects

    problem = _usage_problem(args)
    if problem is not None:
        return _fail(problem)
    group_by = tuple(k.strip() for k in args.group_by.split(",") if k.strip())
    ctx = open_context(args.app_paths, args.recent)
    try:
        env = ReportEnv(ctx.store, ctx.paths, ctx.settings.branding, ctx.settings.thresholds)
        project = projects.find_project(ctx.store, args.project) if args.project else None
        project_id = project.id if project is not None else None
        if args.kind == "issued":
            return _list_issued(ctx.store, project)
        if project is not None and args.location:
            _check_location(ctx.store, project, args.location, part_of_path=args.kind != "punch")
        from executrek.app.report_kinds.issuing import issue_report, regenerate

        if args.kind != "regenerate" and not args.draft:
            ctx.store.ensure_writable()  # a damaged store: refuse before writing the PDF

        if args.kind == "regenerate":
            row = issued.find_issued(ctx.store, args.number)
            built = regenerate(env, row.id, args.output)
            same = built.sha256 == row.sha256
            text = (
                translate("Cli", "Wrote {path} ({pages} pages), identical to the issued {number}")
                if same
                else translate(
                    "Cli", "Wrote {path} ({pages} pages), DIFFERENT from the issued {number}"
                )
            )
            print(
                text.format(
                    path=Path(built.path).resolve(), pages=built.pages, number=row.report_number
                )
            )
            return 0 if same else 1
        request = ReportRequest(
            kind=ReportKind(args.kind),
            project_id=project_id,
            output=args.output,
            issued=args.issued or clock.today(),
            prepared_by=args.prepared_by
            or ctx.settings.identity.display_name
            or ctx.settings.identity.username
            or "Owner's representative",
            number=_number(args),
            filters=Filters(
                contractor=args.contractor,
                trade=args.trade,
                location=args.location,
                statuses=tuple(s.strip().lower().replace(" ", "_") for s in args.status),
                date_from=args.day or args.date_from,
                date_to=args.day or args.date_to,
                group_by=group_by,
            ),
            draft=args.draft,
            plans=args.plans,
            photos=PhotoPlacement(args.photos),
            commentary=_commentary(args),
        )
        _check_statuses(request)
        result = issue_report(env, request)
        kind = translate("Cli", "draft") if result.issued_id is None else result.report_number
        print(
            translate("Cli", "Wrote {path}: {kind}, {pages} pages, SHA-256 {sha}").format(
                path=Path(result.path).resolve(), kind=kind, pages=result.pages, sha=result.sha256
            )
        )
        return 0
    except ReportCancelled as exc:  # a ReportError is one line too, from the caller
        print(f"executrek: {exc}", file=sys.stderr)
        return 1
    finally:
        ctx.close()


def pay_app_number(text: str) -> int | None:
    """``PA-001``, ``pa-1`` or ``1`` → 1; None for anything else."""
    value = text.strip().upper().removeprefix("PA-").removeprefix("PA")
    return int(value) if value.isdigit() and int(value) > 0 else None


def _number(args: argparse.Namespace) -> int | None:
    """The request's number: the schedule update, the pay application, the inspection."""
    if args.kind == "schedule":
        return int(args.update) if args.update is not None else None
    if args.kind == "payment":
        return pay_app_number(args.number) if args.number else None
    return int(args.id) if args.id is not None else None


def _photos_problem(args: argparse.Namespace) -> str | None:
    """``--photos`` and the commentary options against the kind (before the store opens)."""
    from executrek.app.i18n import translate

    if args.photos != "inline" and args.kind not in WITH_PHOTOS:
        return translate("Cli", "--photos is for the {kinds} reports").format(
            kinds=", ".join(WITH_PHOTOS)
        )
    if args.commentary is not None and args.commentary_file is not None:
        return translate("Cli", "give the commentary with --commentary or --commentary-file")
    if (args.commentary is not None or args.commentary_file) and args.kind != "status":
        return translate("Cli", "--commentary is for the status report")
    if args.commentary_file is not None and not args.commentary_file.is_file():
        return translate("Cli", "the commentary file {path} does not exist").format(
            path=args.commentary_file
        )
    return None


def _commentary(args: argparse.Namespace) -> str:
    """The status report's commentary from ``--commentary`` or ``--commentary-file``."""
    from executrek.app.commands import CommandError
    from executrek.app.i18n import translate

    if args.commentary_file is None:
        return str(args.commentary or "")
    try:
        return str(args.commentary_file.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError) as exc:
        raise CommandError(
            translate("Cli", "cannot read the commentary from {path}: {reason}").format(
                path=args.commentary_file, reason=exc
            )
        ) from exc


def _list_issued(store: Store, project: Project | None) -> int:
    """Every issued report, a heading per project and the portfolio reports last; only
    the project's with ``--project``."""
    from executrek.app.i18n import translate
    from executrek.models.services import issued_reports as issued
    from executrek.models.services import projects

    chosen = [project] if project is not None else projects.list_projects(store)
    groups = [(f"{p.code} — {p.name}", issued.issued_reports(store, p.id)) for p in chosen]
    if project is None:
        groups.append((translate("Cli", "Portfolio"), issued.issued_reports(store, None)))
    groups = [(heading, rows) for heading, rows in groups if rows]
    if not groups:
        if project is None:
            print(translate("Cli", "No reports issued yet."))
        else:
            print(translate("Cli", "No reports issued yet for {code}.").format(code=project.code))
        return 0
    for index, (heading, rows) in enumerate(groups):
        if index:
            print()
        print(heading)
        for row in rows:
            print(
                f"  {row.report_number:<24} {row.created_at:%Y-%m-%d}  {row.pages:>4} "
                + translate("Cli", "pages")
                + f"  {row.sha256[:12]}  {row.title}"
            )
    return 0


def _check_location(store: Store, project: Project, text: str, *, part_of_path: bool) -> None:
    from executrek.app.commands import CommandError
    from executrek.app.commands.locations import matches, no_such_location
    from executrek.models.services import projects

    if not matches(projects.locations(store, project.id), text, part_of_path=part_of_path):
        raise CommandError(no_such_location(text, project.code, "--location"))


def _check_statuses(request: object) -> None:
    from executrek.app.report_kinds.common import ReportRequest
    from executrek.models.errors import ValidationError

    assert isinstance(request, ReportRequest)
    from executrek.models.kinds import BY_KEY

    # report kind → the record kind whose statuses its filter takes
    record_kind = {"punch": "punch_item", "change-orders": "change_order", "issues": "issue"}
    key = record_kind.get(request.kind.value)
    if key is None:
        return
    allowed = {s.value for s in BY_KEY[key].status}
    for st in request.filters.statuses:
        if st not in allowed:
            raise ValidationError(
                "status",
                "Unknown status {value}; use one of {names}.",
                value=st,
                names=", ".join(sorted(allowed)),
            )
