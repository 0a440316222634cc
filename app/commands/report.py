"""``executrek report KIND --project CODE [--id N] [filters] -o FILE.pdf``: issue a report
(inspection, punch, change-orders, issues, status, portfolio); ``report issued`` lists
the issued reports and ``report regenerate --number N -o FILE`` rebuilds one from its
snapshot."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from executrek.models import clock

NAME = "report"
HELP = "issue a PDF report, list issued reports or regenerate one"

KINDS = ("inspection", "punch", "change-orders", "issues", "status", "portfolio")
ACTIONS = ("issued", "regenerate")
EXIT_USAGE = 2


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-11-30") from None


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("kind", choices=KINDS + ACTIONS, metavar="KIND", help=", ".join(KINDS + ACTIONS))
    p.add_argument("--project", metavar="CODE", help="project code (every kind but portfolio)")
    p.add_argument("--id", type=int, metavar="NUMBER", help="inspection number (INS-007 → 7)")
    p.add_argument("--contractor", metavar="NAME", help="only this contractor's records")
    p.add_argument("--trade", metavar="CODE", help="only this trade (code or name)")
    p.add_argument("--location", metavar="NAME", help="only this location and below")
    p.add_argument(
        "--status", action="append", default=[], metavar="STATUS", help="only this status (repeat)"
    )
    p.add_argument("--from", dest="date_from", type=_date, metavar="DATE", help="period start")
    p.add_argument("--to", dest="date_to", type=_date, metavar="DATE", help="period end")
    p.add_argument(
        "--group-by",
        default="contractor,location",
        metavar="KEYS",
        help="punch grouping: up to two of contractor, location, trade, status",
    )
    p.add_argument("--issued", type=_date, metavar="DATE", help="issue date printed (today)")
    p.add_argument("--prepared-by", metavar="NAME", help="name printed as the author")
    p.add_argument("--draft", action="store_true", help="build only: not numbered or logged")
    p.add_argument(
        "--plans",
        action="store_true",
        help="punch and issues: a plan extract per pinned item and a sheet overview page",
    )
    p.add_argument("--number", metavar="REPORT", help="report number to regenerate")
    p.add_argument("-o", "--output", type=Path, metavar="FILE.pdf", help="the PDF to write")


def _fail(message: str) -> int:
    print(f"executrek: {message}", file=sys.stderr)
    return EXIT_USAGE


def run(args: argparse.Namespace) -> int:
    from executrek.app.context import open_context
    from executrek.app.reporting.common import (
        GROUP_KEYS,
        Filters,
        ReportEnv,
        ReportKind,
        ReportRequest,
    )
    from executrek.app.reports import ReportCancelled, ReportError
    from executrek.models.services import issued_reports as issued
    from executrek.models.services import projects

    if args.kind != "issued" and args.output is None:
        return _fail("give the PDF to write with -o FILE.pdf")
    if args.kind in KINDS and args.kind != "portfolio" and not args.project:
        return _fail(f"the {args.kind} report needs --project CODE")
    if args.plans and args.kind not in ("punch", "issues"):
        return _fail("--plans is for the punch and issues reports")
    if args.kind == "regenerate" and not args.number:
        return _fail("give the report to regenerate with --number REPORT-NUMBER")
    group_by = tuple(k.strip() for k in args.group_by.split(",") if k.strip())
    bad = [k for k in group_by if k not in GROUP_KEYS]
    if bad or len(group_by) > 2:
        return _fail(f"--group-by takes up to two of {', '.join(GROUP_KEYS)}")
    if args.date_from and args.date_to and args.date_to < args.date_from:
        return _fail("--to is before --from")
    if args.output is not None and not args.output.parent.resolve().is_dir():
        return _fail(f"the folder {args.output.parent} does not exist")

    ctx = open_context(args.app_paths, args.recent)
    try:
        env = ReportEnv(ctx.store, ctx.paths, ctx.settings.branding, ctx.settings.thresholds)
        project_id = projects.find_project(ctx.store, args.project).id if args.project else None
        if args.kind == "issued":
            rows = issued.issued_reports(ctx.store, project_id)
            if not rows:
                print("No reports issued yet.")
            for row in rows:
                print(
                    f"{row.report_number:<24} {row.created_at:%Y-%m-%d}  {row.pages:>4} pages  "
                    f"{row.sha256[:12]}  {row.title}"
                )
            return 0
        from executrek.app.reporting.issuing import issue_report, regenerate

        if args.kind == "regenerate":
            row = issued.find_issued(ctx.store, args.number)
            built = regenerate(env, row.id, args.output)
            same = "identical to" if built.sha256 == row.sha256 else "DIFFERENT from"
            print(
                f"Wrote {built.path} ({built.pages} pages), {same} the issued {row.report_number}"
            )
            return 0 if built.sha256 == row.sha256 else 1
        request = ReportRequest(
            kind=ReportKind(args.kind),
            project_id=project_id,
            output=args.output,
            issued=args.issued or clock.today(),
            prepared_by=args.prepared_by
            or ctx.settings.identity.display_name
            or ctx.settings.identity.username
            or "Owner's representative",
            number=args.id,
            filters=Filters(
                contractor=args.contractor,
                trade=args.trade,
                location=args.location,
                statuses=tuple(s.strip().lower().replace(" ", "_") for s in args.status),
                date_from=args.date_from,
                date_to=args.date_to,
                group_by=group_by,
            ),
            draft=args.draft,
            plans=args.plans,
        )
        _check_statuses(request)
        result = issue_report(env, request)
        kind = "draft" if result.issued_id is None else result.report_number
        print(f"Wrote {result.path}: {kind}, {result.pages} pages, SHA-256 {result.sha256}")
        return 0
    except (ReportError, ReportCancelled) as exc:
        print(f"executrek: {exc}", file=sys.stderr)
        return 1
    finally:
        ctx.close()


def _check_statuses(request: object) -> None:
    from executrek.app.reporting.common import ReportRequest
    from executrek.models.errors import ValidationError

    assert isinstance(request, ReportRequest)
    allowed = {
        "punch": {"draft", "open", "ready_for_review", "rejected", "closed", "void"},
        "change-orders": {"draft", "pending", "approved", "rejected", "promoted", "void"},
        "issues": {"draft", "open", "responded", "closed", "void"},
    }.get(request.kind.value)
    if allowed is None:
        return
    for st in request.filters.statuses:
        if st not in allowed:
            raise ValidationError(
                "status",
                "Unknown status {value}; use one of {names}.",
                value=st,
                names=", ".join(sorted(allowed)),
            )
