"""``executrek import KIND --project CODE FILE``: punch lists (CSV/XLSX: ours, Procore,
Procore "Deficiency", Fieldwire), BCF issue files, COBie location workbooks."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from executrek.app.commands import add_project

NAME = "import"
HELP = (
    "import punch items (CSV/XLSX), BCF issues, a COBie location tree or a programme "
    "(P6 XER, MS Project XML) into a project"
)
KINDS = ("punch", "bcf", "cobie", "schedule")


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("kind", choices=KINDS, help="what the file holds")
    p.add_argument(
        "file", type=Path, help="the file to import (.csv, .xlsx, .bcf/.bcfzip, .xer, .xml)"
    )
    add_project(p)
    p.add_argument(
        "--date-order",
        choices=("auto", "day_first", "month_first"),
        default=None,
        help="punch: how to read dates like 03/04/2026 (default: the saved mapping, else auto)",
    )
    p.add_argument(
        "--components",
        action="store_true",
        help="cobie: also import components as areas under their spaces",
    )
    p.add_argument("--as-baseline", action="store_true", help="schedule: keep it as the baseline")
    p.add_argument(
        "--data-date",
        type=dt.date.fromisoformat,
        metavar="YYYY-MM-DD",
        help="schedule: the data date (default: the one the file states)",
    )


def run(args: argparse.Namespace) -> int:
    from executrek.app.context import open_context
    from executrek.app.interop.exchange_result import ExchangeResult
    from executrek.models.services import projects

    path: Path = args.file
    if not path.exists():
        raise FileNotFoundError(2, "No such file", str(path))
    ctx = open_context(args.app_paths, args.recent)
    try:
        project = projects.find_project(ctx.store, args.project)
        if args.kind == "schedule":
            from executrek.app.commands.schedule import import_file

            return import_file(ctx.store, project.id, path, args.as_baseline, args.data_date)
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
        for line in result.warnings:
            print(f"warning: {line}")
        for line in result.notes:
            print(f"note: {line}")
        for line in result.rejected:
            print(f"rejected: {line}")
        print(result.summary())
        return 0 if result.ok else 1
    finally:
        ctx.close()
