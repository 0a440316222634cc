"""``executrek photos import --project CODE [--attach-to NUMBER] PATH…`` and
``executrek photos export --project CODE [--record NUMBER] [--include-gps] FOLDER``.

Import prints one line per file (``imported``, ``duplicate`` or ``refused: reason``),
then a summary; the exit code is 0 only when no file was refused. Export writes
upright, metadata-free report JPEGs (markup drawn in) and a ``photos.csv`` index; the
position goes out only with ``--include-gps``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

NAME = "photos"
HELP = "import photos onto a project or a record, or export them"


def _action_options() -> argparse.ArgumentParser:
    """The common options again, for the actions: without defaults of their own, so
    ``photos --data-dir DIR import …`` keeps DIR (argparse lets a sub-parser's default
    overwrite a value given before it)."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help="use DIR for the database, photos, logs and settings",
    )
    common.add_argument(
        "-v", "--verbose", action="store_true", default=argparse.SUPPRESS, help="log more detail"
    )
    return common


def add_arguments(p: argparse.ArgumentParser) -> None:
    sub = p.add_subparsers(dest="photos_command", metavar="ACTION", required=True)
    imp = sub.add_parser(
        "import",
        parents=[_action_options()],
        help="import photo files and folders (e.g. a camera card)",
        description="Import photo files and whole folders. The same photo imported twice "
        "is stored once. Exit code 0 only when no file was refused.",
    )
    imp.add_argument("--project", required=True, metavar="CODE", help="the project's code")
    imp.add_argument(
        "--attach-to",
        metavar="NUMBER",
        help="also attach the photos to this record (PI-0042, NCR-001, CO-003, INS-002…)",
    )
    imp.add_argument("--no-recursive", action="store_true", help="do not look inside sub-folders")
    imp.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    exp = sub.add_parser(
        "export",
        parents=[_action_options()],
        help="write report-size copies of the photos and a photos.csv index into FOLDER",
    )
    exp.add_argument("--project", required=True, metavar="CODE", help="the project's code")
    exp.add_argument("--record", metavar="NUMBER", help="only the photos of this record")
    exp.add_argument(
        "--include-gps",
        action="store_true",
        help="keep the photo positions (left out unless asked for)",
    )
    exp.add_argument("folder", type=Path, metavar="FOLDER")


def _line(line: object) -> str:
    from executrek.app.photo_library import ImportLine
    from executrek.app.photos.importer import ImportOutcome

    assert isinstance(line, ImportLine)
    if line.outcome is ImportOutcome.REFUSED:
        return f"refused: {line.reason}  {line.source}"
    if line.outcome is ImportOutcome.DUPLICATE:
        same = f" (already in the project as {line.existing_name})" if line.existing_name else ""
        return f"duplicate  {line.source}{same}"
    return f"imported   {line.source}"


def run(args: argparse.Namespace) -> int:
    if args.photos_command == "export":
        return _export(args)
    return _import(args)


def _export(args: argparse.Namespace) -> int:
    from executrek.app import photo_catalogue
    from executrek.app.context import open_context
    from executrek.app.photo_catalogue import PhotoFilter
    from executrek.app.photo_export import export_photos
    from executrek.app.photo_library import PhotoLibrary
    from executrek.app.record_refs import resolve
    from executrek.models.services import projects

    args.folder.mkdir(parents=True, exist_ok=True)
    ctx = open_context(args.app_paths, args.recent)
    try:
        project = projects.find_project(ctx.store, args.project)
        record = resolve(ctx.store, project.id, args.record).key if args.record else None
        rows = photo_catalogue.list_photos(ctx.store, project.id, PhotoFilter(record=record))
        library = PhotoLibrary.for_paths(ctx.store, ctx.paths)
        result = export_photos(
            library, [r.id for r in rows], args.folder, include_gps=args.include_gps
        )
        for photo_id, reason in result.failures:
            print(f"not exported: {reason}  (photo {photo_id})")
        gps = "with" if args.include_gps else "without"
        print(f"{len(result.files)} photo(s) exported to {args.folder} ({gps} positions)")
        return 0 if not result.failures else 1
    finally:
        ctx.close()


def _import(args: argparse.Namespace) -> int:
    from executrek.app.context import open_context
    from executrek.app.photo_library import PhotoLibrary
    from executrek.app.record_refs import resolve
    from executrek.models.services import projects

    missing = [p for p in args.paths if not p.exists()]
    if missing:
        print(f"executrek: no such file or folder: {missing[0]}", file=sys.stderr)
        return 2
    ctx = open_context(args.app_paths, args.recent)
    try:
        project = projects.find_project(ctx.store, args.project)
        target = resolve(ctx.store, project.id, args.attach_to) if args.attach_to else None
        library = PhotoLibrary.for_paths(ctx.store, ctx.paths)
        library.blobs.remove_stale_incoming()
        report = library.import_paths(
            project.id,
            args.paths,
            attach_to=target.key if target else None,
            recursive=not args.no_recursive,
        )
        for line in report.lines:
            print(_line(line))
        where = f"{project.code}" + (f", attached to {target.label}" if target else "")
        print(f"{report.summary()} ({where}; {report.skipped} hidden or system file(s) skipped)")
        return 0 if not report.refused else 1
    finally:
        ctx.close()
