"""``executrek export KIND --project CODE [--format F] -o FILE``: punch lists as CSV/XLSX
or Procore import templates, issues as BCF 2.1/3.0."""

from __future__ import annotations

import argparse
from pathlib import Path

NAME = "export"
HELP = "export punch items (CSV, XLSX, Procore templates) or issues (BCF 2.1/3.0)"
FORMATS = ("csv", "xlsx", "procore", "procore_deficiency", "bcf21", "bcf30")


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("kind", choices=("punch", "bcf"), help="what to export")
    p.add_argument("--project", required=True, metavar="CODE", help="the project's code")
    p.add_argument(
        "--format",
        choices=FORMATS,
        default=None,
        help="punch: csv (default), xlsx, procore, procore_deficiency; bcf: bcf30 (default), bcf21",
    )
    p.add_argument("-o", "--output", required=True, type=Path, metavar="FILE", help="file to write")


def run(args: argparse.Namespace) -> int:
    from executrek.app.context import open_context
    from executrek.app.i18n import tr
    from executrek.app.interop.errors import InteropError
    from executrek.models.services import projects

    output: Path = args.output
    if not output.parent.is_dir():
        raise FileNotFoundError(2, "No such folder", str(output.parent))
    fmt = args.format or ("csv" if args.kind == "punch" else "bcf30")
    if (args.kind == "bcf") != fmt.startswith("bcf"):
        raise InteropError(
            tr("Exchange", "The format {format} does not fit a {kind} export.").format(
                format=fmt, kind=args.kind
            )
        )
    ctx = open_context(args.app_paths, args.recent)
    try:
        project = projects.find_project(ctx.store, args.project)
        if args.kind == "punch":
            from executrek.app.punch_exchange import export_punch

            result = export_punch(ctx.store, project.id, output, fmt)
        else:
            from executrek.app.bcf_exchange import export_bcf

            result = export_bcf(ctx.store, ctx.paths, project.id, output, fmt)
        print(result.summary())
        return 0
    finally:
        ctx.close()
