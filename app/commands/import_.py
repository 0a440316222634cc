"""``executrek import KIND --project CODE FILE``: punch lists (CSV/XLSX: ours, Procore,
Procore "Deficiency", Fieldwire), BCF issue files, COBie location workbooks, programmes,
budgets (``--standard csi|uniclass [FILE]``) and schedules of values (``--commitment``)."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from executrek.app.commands import add_flag, add_project, open_project

if TYPE_CHECKING:
    from executrek.app.interop.cost_import import CostImport
    from executrek.app.interop.exchange_result import ExchangeResult
    from executrek.models.store import Store

NAME = "import"
HELP = (
    "import punch items (CSV/XLSX), BCF issues, a COBie location tree, a programme "
    "(P6 XER, MS Project XML), a budget or a schedule of values (CSV/XLSX) into a project"
)
KINDS = ("punch", "bcf", "cobie", "schedule", "budget", "sov")


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("kind", choices=KINDS, help="what the file holds")
    p.add_argument(
        "file", type=Path, help="the file to import (.csv, .xlsx, .bcf/.bcfzip, .xer, .xml)"
    )
    p.add_argument(
        "--standard",
        nargs="+",
        metavar=("csi|uniclass", "FILE"),
        help="budget: add a standard cost-code list first: csi (MasterFormat divisions and "
        "soft-cost codes) or uniclass FILE (a Uniclass 2015 table); give it after the file "
        "to import",
    )
    p.add_argument(
        "--commitment",
        metavar="NUMBER",
        help="sov: the draft contract or purchase order (SC-001, PO-002) it belongs to",
    )
    p.add_argument(
        "--decimal",
        choices=("point", "comma"),
        default=None,
        help="budget, sov: the decimal mark of amounts that could be read either way, like "
        "1,234 (default: the file's other amounts, else ; in a CSV means comma)",
    )
    p.add_argument("--sheet", metavar="NAME", help="budget, sov: the workbook's sheet to read")
    add_project(p)
    p.add_argument(
        "--date-order",
        choices=("auto", "day_first", "month_first"),
        default=None,
        help="punch: how to read dates like 03/04/2026 (default: the saved mapping, else auto)",
    )
    add_flag(p, "--components", "cobie: also import components as areas under their spaces")
    add_flag(p, "--as-baseline", "schedule: keep it as the baseline")
    p.add_argument(
        "--data-date",
        type=dt.date.fromisoformat,
        metavar="YYYY-MM-DD",
        help="schedule: the data date (default: the one the file states)",
    )
    p.add_argument(
        "--xer-project",
        metavar="SHORTNAME_OR_ID",
        help="schedule: the project to import from a P6 XER file that holds several",
    )


def _check_cost_options(args: argparse.Namespace) -> None:
    """Refuse options that do not fit the kind, before anything is opened."""
    from executrek.app.commands import CommandError
    from executrek.app.i18n import translate

    if args.standard and args.kind != "budget":
        raise CommandError(translate("Cli", "--standard is for a budget import only."))
    if args.commitment and args.kind != "sov":
        raise CommandError(
            translate("Cli", "--commitment is for a schedule-of-values import only.")
        )
    if (args.decimal or args.sheet) and args.kind not in ("budget", "sov"):
        raise CommandError(
            translate(
                "Cli", "--decimal and --sheet are for a budget or schedule-of-values import only."
            )
        )
    if args.xer_project and args.kind != "schedule":
        raise CommandError(translate("Cli", "--xer-project is for a schedule import only."))
    if args.kind == "sov" and not args.commitment:
        raise CommandError(
            translate(
                "Cli",
                "Name the draft commitment the schedule of values is for: --commitment SC-001.",
            )
        )
    if args.standard and (len(args.standard) > 2 or args.standard[0] not in ("csi", "uniclass")):
        raise CommandError(
            translate(
                "Cli", "--standard takes csi, or uniclass and the Uniclass 2015 table's file."
            )
        )


def _import_cost(store: Store, project_id: str, path: Path, args: argparse.Namespace) -> int:
    from executrek.app.interop.cost_import import import_budget, import_sov, standard_codes
    from executrek.app.interop.cost_money import DecimalMark

    decimal = DecimalMark(args.decimal) if args.decimal else None
    if args.kind == "sov":
        result = import_sov(
            store, project_id, args.commitment, path, decimal=decimal, sheet=args.sheet
        )
    else:
        standard = []
        if args.standard:
            file = Path(args.standard[1]) if len(args.standard) > 1 else None
            standard = standard_codes(args.standard[0], file)
        result = import_budget(
            store, project_id, path, standard=standard, decimal=decimal, sheet=args.sheet
        )
    return _report(result, more=result.rejected_count - len(result.rejected))


def _report(result: CostImport | ExchangeResult, more: int = 0) -> int:
    """Print what an import said (warnings, notes, the rows refused, ``more`` refused rows
    not listed) and its summary; the exit status: 0 unless it refused rows."""
    for line in result.warnings:
        print(f"warning: {line}")
    for line in result.notes:
        print(f"note: {line}")
    for line in result.rejected:
        print(f"rejected: {line}")
    if more > 0:
        print(f"rejected: … {more} more")
    print(result.summary())
    return 0 if result.ok else 1


def run(args: argparse.Namespace) -> int:
    _check_cost_options(args)
    path: Path = args.file
    if not path.exists():
        raise FileNotFoundError(2, "No such file", str(path))
    with open_project(args) as (ctx, project):
        if args.kind == "schedule":
            from executrek.app.commands.schedule import import_file

            return import_file(
                ctx.store, project.id, path, args.as_baseline, args.data_date, args.xer_project
            )
        if args.kind in ("budget", "sov"):
            return _import_cost(ctx.store, project.id, path, args)
        result: ExchangeResult
        if args.kind == "punch":
            from executrek.app.import_mappings import MappingMemory
            from executrek.app.interop.dates import DateOrder
            from executrek.app.interop.punch_exchange import (
                import_punch_plan,
                plan_punch,
                read_punch,
            )

            memory = MappingMemory.in_folder(ctx.paths.data)
            table = read_punch(path, memory)
            mapping = table.mapping
            if args.date_order:
                mapping = mapping.with_date_order(DateOrder(args.date_order))
            result = import_punch_plan(
                ctx.store, project.id, plan_punch(table, mapping), path, memory=memory
            )
        elif args.kind == "bcf":
            from executrek.app.interop.bcf_exchange import import_bcf

            result = import_bcf(ctx.store, ctx.paths, project.id, path)
        else:
            from executrek.app.interop.cobie_import import import_cobie

            result = import_cobie(
                ctx.store,
                project.id,
                path,
                include_components=args.components,
                components_switch="--components",
            )
        return _report(result)
