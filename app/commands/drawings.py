"""``executrek drawings import|list|labels``: drawing sheets from the command line.

``import --project CODE FILE… [--discipline D] [--location PATH]`` prints one line per
file (``imported``, ``unchanged`` or ``refused: reason``) and per sheet, then a summary;
the exit code is 0 only when no file was refused. ``list`` prints the project's sheets.
``labels -o labels.pdf`` writes QR labels for the project's locations (or those under
``--under PATH``).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from executrek.app.commands import add_actions, open_project, project_action

NAME = "drawings"
HELP = "import drawing sheets, list them, print QR location labels"


def add_arguments(p: argparse.ArgumentParser) -> None:
    sub = add_actions(p, "drawings_command")
    imp = project_action(
        sub,
        "import",
        help="import PDF/PNG/JPEG drawings, one sheet per page",
        description="Import drawing files (or folders of them) into a project. Sheet number, "
        "title and revision are read from the file name (e.g. 'A-101_Ground Floor Plan_Rev "
        "C.pdf'); a sheet number that already exists gets a new revision. Exit code 0 only "
        "when no file was refused.",
    )
    imp.add_argument(
        "--discipline",
        metavar="D",
        help="architectural, structural, mechanical, electrical, plumbing, civil… "
        "(default: from the sheet number's letters)",
    )
    imp.add_argument(
        "--location",
        metavar="PATH",
        help="the sheets' location: its code or its path (see 'executrek locations')",
    )
    imp.add_argument("--number", metavar="NUMBER", help="sheet number (instead of the file name's)")
    imp.add_argument("--title", metavar="TITLE", help="sheet title (instead of the file name's)")
    imp.add_argument(
        "--revision", metavar="REV", help="revision label (instead of the file name's)"
    )
    imp.add_argument(
        "files", nargs="+", type=Path, metavar="FILE", help="PDF/PNG/JPEG files or folders"
    )
    project_action(sub, "list", help="list the project's sheets")
    lab = project_action(
        sub,
        "labels",
        help="write QR labels for the project's locations to a PDF",
        description="QR labels (A4, 6 per page by default): the code reads back as the "
        "location code, which the app's search finds.",
    )
    lab.add_argument(
        "--under",
        metavar="PATH",
        help="only this location and those below it: its code or its path "
        "(see 'executrek locations')",
    )
    lab.add_argument(
        "--per-page", type=int, choices=(1, 6, 24), default=6, help="labels per A4 page"
    )
    lab.add_argument(
        "-o", "--output", required=True, type=Path, metavar="FILE.pdf", help="the PDF to write"
    )


def run(args: argparse.Namespace) -> int:
    with open_project(args) as (ctx, project):
        if args.drawings_command == "import":
            return _import(ctx, project.id, args)
        if args.drawings_command == "labels":
            return _labels(ctx, project, args)
        return _list(ctx, project.id)


def _import(ctx: object, project_id: str, args: argparse.Namespace) -> int:
    from executrek.app.context import AppContext
    from executrek.app.drawings.importer import DrawingImporter, DrawingImportOptions
    from executrek.app.photos.blobstore import BlobStore
    from executrek.models.records.drawing import service as drawings

    assert isinstance(ctx, AppContext)
    if args.discipline:
        drawings.check_discipline(args.discipline)  # one message, not one per file
    location_id = None
    if args.location:
        location_id = _location(ctx, project_id, args.location, "--location")
    options = DrawingImportOptions(
        sheet_number=args.number,
        title=args.title,
        revision=args.revision,
        discipline=args.discipline,
        location_id=location_id,
    )
    importer = DrawingImporter(ctx.store, BlobStore(ctx.paths.blobs))
    result = importer.import_paths(project_id, args.files, options)
    for line in result.lines:
        if line.outcome == "refused":
            print(f"refused: {line.reason}  {line.source}")
            continue
        print(f"{line.outcome:<10} {line.source}")
        for sheet in line.sheets:
            rev = f" rev {sheet.revision}" if sheet.revision else ""
            what = sheet.outcome.replace("_", " ")
            print(f"  {sheet.sheet_number}{rev}: {what}")
    print(result.summary())
    return 0 if not result.refused else 1


def _list(ctx: object, project_id: str) -> int:
    from executrek.app.context import AppContext
    from executrek.models.records.drawing import service as drawings

    assert isinstance(ctx, AppContext)
    rows = drawings.list_sheets(ctx.store, project_id)
    for row in rows:
        rev = row.revision or "-"
        revs = f" ({row.revision_count} revisions)" if row.revision_count > 1 else ""
        print(
            f"{row.sheet_number:<12} rev {rev:<5} {row.discipline.value:<16} "
            f"{row.title}{revs}  pins: {row.pin_count}"
            + (f"  [{row.location}]" if row.location else "")
        )
    print(f"{len(rows)} sheet(s)")
    return 0


def _labels(ctx: object, project: object, args: argparse.Namespace) -> int:
    from executrek.app.context import AppContext
    from executrek.app.drawings.labels import location_labels_pdf
    from executrek.app.i18n import translate
    from executrek.models.project import Project
    from executrek.models.records.drawing import service as drawings

    assert isinstance(ctx, AppContext) and isinstance(project, Project)
    under = _location(ctx, project.id, args.under, "--under") if args.under else None
    labels = drawings.location_labels(ctx.store, project.id, under)
    if not labels:
        print(f"executrek: project {project.code} has no locations to label", file=sys.stderr)
        return 1
    pages = location_labels_pdf(
        labels, args.output, per_page=args.per_page, title=f"{project.code} — {project.name}"
    )
    print(
        translate("Cli", "{count} label(s) on {pages} page(s) written to {path}").format(
            count=len(labels), pages=pages, path=args.output.resolve()
        )
    )
    return 0


def _location(ctx: object, project_id: str, text: str, option: str) -> str:
    """The id of the location ``text`` names; a line naming 'executrek locations' if none."""
    from executrek.app.commands import CommandError
    from executrek.app.commands.locations import no_such_location
    from executrek.app.context import AppContext
    from executrek.models.errors import NotFoundError
    from executrek.models.records.drawing import service as drawings
    from executrek.models.services import projects

    assert isinstance(ctx, AppContext)
    try:
        return drawings.find_location(ctx.store, project_id, text).id
    except NotFoundError:
        code = projects.find_project(ctx.store, project_id).code
        raise CommandError(no_such_location(text, code, option)) from None
