"""``executrek export KIND --project CODE [--format F] [filters] -o FILE``: the module lists
(punch items, inspections, change orders, contractor issues, risks, the diary, the
schedule, the budget, budget transfers, commitments, pay applications) as CSV/XLSX, punch
lists also as Procore import templates, and issues as BCF 2.1/3.0."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from executrek.app.commands import iso_date, open_project
from executrek.app.export_kinds import COST_LISTS, formats_for
from executrek.app.export_kinds import KINDS as LIST_KINDS

if TYPE_CHECKING:
    from executrek.models.services.list_exports import ListFilter
    from executrek.models.store import Store

NAME = "export"
HELP = (
    "export a list (punch, inspections, change-orders, issues, risks, diary, schedule, "
    "delay_events, budget, budget-transfers, commitments, pay-applications) as CSV or XLSX, "
    "punch items as Procore templates, or issues as BCF 2.1/3.0"
)
KINDS = (*LIST_KINDS, "bcf")
FORMATS = ("csv", "xlsx", "procore", "procore_deficiency", "bcf21", "bcf30")
# The formats a file name's extension tells, for the lists and for BCF.
LIST_EXTENSIONS = {".csv": "csv", ".xlsx": "xlsx"}
BCF_EXTENSIONS = {".bcf": "bcf30", ".bcfzip": "bcf30"}


_day = iso_date("2026-03-31")


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("kind", choices=KINDS, help="what to export")
    p.add_argument("--project", required=True, metavar="CODE", help="the project's code")
    p.add_argument(
        "--format",
        choices=FORMATS,
        default=None,
        help="csv or xlsx (default: from the file name, .csv or .xlsx); punch also procore, "
        "procore_deficiency; bcf: bcf30 (default), bcf21. Needed for any other file name",
    )
    p.add_argument(
        "--status",
        action="append",
        default=[],
        metavar="STATUS",
        help="only records in this status (repeat or comma-separate for several)",
    )
    p.add_argument(
        "--contractor",
        action="append",
        default=[],
        metavar="NAME",
        help="only records of this contractor (its name as in the directory; repeatable)",
    )
    p.add_argument(
        "--from",
        dest="date_from",
        type=_day,
        metavar="DATE",
        help="from this date (punch: due date; inspections: inspection date; "
        "change orders and issues: date raised; diary: the day)",
    )
    p.add_argument("--to", dest="date_to", type=_day, metavar="DATE", help="up to this date")
    p.add_argument(
        "--update", type=int, metavar="N", help="schedule: the update SU-N (default: the current)"
    )
    p.add_argument(
        "-o",
        "--output",
        required=True,
        type=Path,
        metavar="FILE",
        help="file to write: .csv or .xlsx (bcf: .bcf or .bcfzip), or any name with --format",
    )


def run(args: argparse.Namespace) -> int:
    from executrek.app.i18n import translate
    from executrek.app.interop.errors import InteropError
    from executrek.app.list_export import check_format

    output: Path = args.output.resolve()
    if not output.parent.is_dir():
        raise FileNotFoundError(2, "No such folder", str(output.parent))
    if args.kind == "bcf" and (args.status or args.contractor or args.date_from or args.date_to):
        raise InteropError(
            translate("Exchange", "A BCF export takes no filters; it holds every issue.")
        )
    fmt = _format(args.kind, args.format, output)
    if args.kind == "bcf":
        if not fmt.startswith("bcf"):
            raise InteropError(
                translate("Exchange", "The format {format} does not fit a bcf export.").format(
                    format=fmt
                )
            )
    else:
        check_format(args.kind, fmt)
        if args.kind == "risks" and (args.contractor or args.date_from or args.date_to):
            raise InteropError(
                translate("Exchange", "Risks are filtered by status only (--status).")
            )
        if args.kind == "diary" and (args.status or args.contractor):
            raise InteropError(
                translate("Exchange", "A diary export is narrowed by date only (--from, --to).")
            )
        if args.kind in COST_LISTS and (args.contractor or args.date_from or args.date_to):
            raise InteropError(
                translate(
                    "Exchange", "The {kind} list is filtered by status only (--status)."
                ).format(kind=args.kind)
            )
    with open_project(args) as (ctx, project):
        if args.kind == "bcf":
            from executrek.app.interop.bcf_exchange import export_bcf

            result = export_bcf(ctx.store, ctx.paths, project.id, output, fmt)
        elif args.kind in ("schedule", "delay_events"):
            from executrek.app.interop.schedule_export import export_schedule

            result = export_schedule(ctx.store, project.id, args.kind, output, fmt, args.update)
        elif args.kind == "diary":
            from executrek.app.diary_export import export_diary

            result = export_diary(ctx.store, project.id, output, fmt, args.date_from, args.date_to)
        elif args.kind in COST_LISTS:
            from executrek.app.interop.cost_export import export_cost

            statuses = [v.strip().lower() for t in args.status for v in t.split(",") if v.strip()]
            result = export_cost(ctx.store, project.id, args.kind, output, fmt, statuses)
        else:
            from executrek.app.list_export import export_list

            contractors = _contractor_ids(ctx.store, project.id, args.contractor)
            flt = _filter(args.kind, _statuses(args.kind, args.status), contractors, args)
            result = export_list(
                ctx.store,
                project.id,
                args.kind,
                output,
                fmt,
                flt,
                contractor_ids=contractors if args.kind == "inspections" else frozenset(),
            )
        print(
            translate("Exchange", "{count} record(s) written to {path} ({format}).").format(
                count=result.exported or 0, path=output, format=_written_as(fmt, output)
            )
        )
        for note in result.notes:
            print(note)
        return 0


def _format(kind: str, given: str | None, output: Path) -> str:
    """The format to write: ``--format``, else the one the file's extension names; an
    extension that names none is refused rather than guessed."""
    from executrek.app.i18n import translate
    from executrek.app.interop.errors import InteropError

    known = BCF_EXTENSIONS if kind == "bcf" else LIST_EXTENSIONS
    by_name = known.get(output.suffix.lower())
    if given is None:
        if by_name is None:
            if kind == "bcf":
                raise InteropError(
                    translate(
                        "Exchange",
                        "Cannot tell the format from the name “{name}”: name the file .bcf or "
                        ".bcfzip, or give --format bcf30 or bcf21.",
                    ).format(name=output.name)
                )
            raise InteropError(
                translate(
                    "Exchange",
                    "Cannot tell the format from the name “{name}”: name the file .csv or "
                    ".xlsx, or give --format ({formats}).",
                ).format(name=output.name, formats=", ".join(formats_for(kind)))
            )
        return by_name
    if kind != "bcf" and given in LIST_EXTENSIONS.values() and by_name not in (None, given):
        raise InteropError(
            translate(
                "Exchange",
                "--format {format} does not fit the name “{name}”: name the file .{format}.",
            ).format(format=given, name=output.name)
        )
    return given


def _written_as(fmt: str, output: Path) -> str:
    """The format as the user reads it: Procore templates are XLSX unless named .csv."""
    from executrek.app.i18n import translate
    from executrek.app.interop.punch_exchange import EXPORT_FORMATS

    if fmt.startswith("bcf"):
        return "BCF 2.1" if fmt == "bcf21" else "BCF 3.0"
    if fmt in ("procore", "procore_deficiency"):
        container = "CSV" if output.suffix.lower() == ".csv" else EXPORT_FORMATS[fmt][0].upper()
        return translate("Exchange", "{layout} template, {container}").format(
            layout=fmt, container=container
        )
    return fmt.upper()


def _statuses(kind: str, given: list[str]) -> frozenset[str]:
    from executrek.app.i18n import translate
    from executrek.app.interop.cost_export import check_statuses
    from executrek.app.interop.errors import InteropError
    from executrek.models.records.change_order.model import COStatus
    from executrek.models.records.inspection.model import InspectionStatus
    from executrek.models.records.issue.model import IssueStatus
    from executrek.models.records.punch.model import PunchStatus
    from executrek.models.records.risk.model import RiskStatus

    known = {
        "punch": PunchStatus,
        "inspections": InspectionStatus,
        "change-orders": COStatus,
        "issues": IssueStatus,
        "risks": RiskStatus,
    }[kind]
    values = [v.strip().lower() for text in given for v in text.split(",") if v.strip()]
    checked = check_statuses(kind, values, [s.value for s in known])
    if kind == "inspections" and len(checked) > 1:
        raise InteropError(
            translate("Exchange", "Inspections are filtered on one status at a time.")
        )
    return checked


def _contractor_ids(store: Store, project_id: str, names: list[str]) -> frozenset[str]:
    from executrek.app.i18n import translate
    from executrek.app.interop.errors import InteropError
    from executrek.models.services import listings

    if not names:
        return frozenset()
    orgs = listings.choices(store, project_id).organisations
    ids: set[str] = set()
    for name in names:
        wanted = name.strip().casefold()
        match = [o.id for o in orgs if o.label.casefold() == wanted or o.id == name.strip()]
        if not match:
            raise InteropError(
                translate(
                    "Exchange",
                    "The project has no contractor “{name}”; its organisations are: {all}.",
                ).format(name=name, all="; ".join(o.label for o in orgs) or "—")
            )
        ids.update(match)
    return frozenset(ids)


def _filter(
    kind: str, statuses: frozenset[str], contractors: frozenset[str], args: argparse.Namespace
) -> ListFilter:
    from executrek.app.i18n import translate
    from executrek.app.interop.errors import InteropError
    from executrek.models.records.change_order.queries import ChangeOrderFilter
    from executrek.models.records.inspection.model import InspectionStatus
    from executrek.models.records.inspection.queries import InspectionFilter
    from executrek.models.records.issue.queries import IssueFilter
    from executrek.models.records.punch.list_page import PunchFilter
    from executrek.models.records.punch.model import PunchStatus
    from executrek.models.records.risk.queries import RiskFilter

    first, last = args.date_from, args.date_to
    if first and last and first > last:
        raise InteropError(
            translate("Exchange", "--from {first} is after --to {last}.").format(
                first=first.isoformat(), last=last.isoformat()
            )
        )
    if kind == "punch":
        return PunchFilter(
            statuses=frozenset(PunchStatus(s) for s in statuses),
            contractor_ids=contractors,
            due_from=first,
            due_to=last,
        )
    if kind == "inspections":
        return InspectionFilter(
            status=InspectionStatus(next(iter(statuses))) if statuses else None,
            date_from=first,
            date_to=last,
        )
    if kind == "change-orders":
        return ChangeOrderFilter(
            statuses=statuses, contractor_ids=contractors, created_from=first, created_to=last
        )
    if kind == "issues":
        return IssueFilter(
            statuses=statuses, contractor_ids=contractors, raised_from=first, raised_to=last
        )
    return RiskFilter(statuses=statuses)
