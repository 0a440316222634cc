"""``executrek photos import --project CODE [--attach-to NUMBER] PATH…`` and
``executrek photos export --project CODE [--record NUMBER] [--include-gps] FOLDER``.

Import prints one line per file (``imported``, ``duplicate``, ``refused: reason`` or
``not saved: the disk is full``) as soon as that file is done, flushed, so a log of a long
import shows how far it got even when the output goes to a file; then a summary (on a
full disk: "38 of 120 imported; the rest not saved: the disk is full"). The exit code is
0 only when every file was imported or a duplicate. Export writes
upright, metadata-free report JPEGs (markup drawn in) and a ``photos.csv`` index; the
position goes out only with ``--include-gps``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from executrek.app.commands import add_actions, add_flag, open_project, project_action

NAME = "photos"
HELP = "import photos onto a project or a record, or export them"


def add_arguments(p: argparse.ArgumentParser) -> None:
    sub = add_actions(p, "photos_command")
    imp = project_action(
        sub,
        "import",
        help="import photo files and folders (e.g. a camera card)",
        description="Import photo files and whole folders. The same photo imported twice "
        "is stored once. Exit code 0 only when no file was refused.",
    )
    imp.add_argument(
        "--attach-to",
        metavar="NUMBER",
        help="also attach the photos to this record (PI-0042, NCR-001, CO-003, INS-002…)",
    )
    add_flag(imp, "--no-recursive", "do not look inside sub-folders")
    imp.add_argument(
        "paths", nargs="+", type=Path, metavar="PATH", help="photo files or folders of them"
    )
    exp = project_action(
        sub,
        "export",
        help="write report-size copies of the photos and a photos.csv index into FOLDER",
    )
    exp.add_argument("--record", metavar="NUMBER", help="only the photos of this record")
    add_flag(exp, "--include-gps", "keep the photo positions (left out unless asked for)")
    exp.add_argument(
        "folder", type=Path, metavar="FOLDER", help="the folder to write into (made if missing)"
    )


def _line(line: object) -> str:
    from executrek.app.photos.importer import ImportOutcome
    from executrek.app.photos.library import ImportLine
    from executrek.app.photos.refusal import RefusalCode

    assert isinstance(line, ImportLine)
    if line.refusal_code is RefusalCode.DISK_FULL:
        return f"{line.reason}  {line.source}"
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
    from executrek.app.photos import catalogue as photo_catalogue
    from executrek.app.photos.catalogue import PhotoFilter
    from executrek.app.photos.export import export_photos
    from executrek.app.photos.library import PhotoLibrary
    from executrek.app.record_refs import resolve

    args.folder.mkdir(parents=True, exist_ok=True)
    with open_project(args) as (ctx, project):
        record = resolve(ctx.store, project.id, args.record).key if args.record else None
        rows = photo_catalogue.list_photos(ctx.store, project.id, PhotoFilter(record=record))
        library = PhotoLibrary.for_paths(ctx.store, ctx.paths)
        result = export_photos(
            library, [r.id for r in rows], args.folder, include_gps=args.include_gps
        )
        for photo_id, reason in result.failures:
            print(f"not exported: {reason}  (photo {photo_id})")
        from executrek.app.i18n import translate

        text = (
            translate("Cli", "{count} photo(s) exported to {folder} (with positions)")
            if args.include_gps
            else translate("Cli", "{count} photo(s) exported to {folder} (without positions)")
        )
        print(text.format(count=len(result.files), folder=args.folder.resolve()))
        return 0 if not result.failures else 1


def _import(args: argparse.Namespace) -> int:
    from executrek.app.photos.library import PhotoLibrary
    from executrek.app.record_refs import resolve

    missing = [p for p in args.paths if not p.exists()]
    if missing:
        print(f"executrek: no such file or folder: {missing[0]}", file=sys.stderr)
        return 2
    with open_project(args) as (ctx, project):
        target = resolve(ctx.store, project.id, args.attach_to) if args.attach_to else None
        library = PhotoLibrary.for_paths(ctx.store, ctx.paths)
        library.blobs.remove_stale_incoming()
        report = library.import_paths(
            project.id,
            args.paths,
            attach_to=target.key if target else None,
            recursive=not args.no_recursive,
            on_line=lambda line: print(_line(line), flush=True),
        )
        where = f"{project.code}" + (f", attached to {target.label}" if target else "")
        print(
            f"{report.summary()} ({where}; {report.skipped} hidden or system file(s) skipped)",
            flush=True,
        )
        if report.not_saved:
            print(
                "executrek: the disk is full; free some space and run the same import again "
                "(the photos already saved are recognised as duplicates)",
                file=sys.stderr,
            )
        return 0 if not report.refused else 1
