"""The ``executrek`` command: the GUI by default, and the subcommands for scripted use.

Errors are one clear line on stderr and a non-zero exit, never a traceback; a real bug
is written to the crash folder with the recent log lines and reported as such.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from executrek.app.version import version
from executrek.models.errors import DomainError, StoreError

EXIT_OK, EXIT_FAIL, EXIT_USAGE = 0, 1, 2


def _parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir", metavar="DIR", help="use DIR for the database, photos, logs and settings"
    )
    common.add_argument("-v", "--verbose", action="store_true", help="log more detail")
    p = argparse.ArgumentParser(
        prog="executrek",
        parents=[common],
        description="Executrek Field: site inspections, change orders, contractor issues and punch lists.",
    )
    p.add_argument("--version", action="version", version=f"Executrek Field {version()}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")
    sub.add_parser("gui", parents=[common], help="start the app (the default)")
    demo = sub.add_parser("demo", parents=[common], help="load the demo portfolio")
    demo.add_argument(
        "--scale",
        choices=("small", "large"),
        default="small",
        help="large gives one project 100,000 punch items",
    )
    demo.add_argument("--seed", type=int, default=7)
    sub.add_parser("projects", parents=[common], help="list the projects")
    db = sub.add_parser("db", parents=[common], help="check, back up or restore the local database")
    dbsub = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    dbsub.add_parser("check", parents=[common], help="integrity and foreign-key check")
    bk = dbsub.add_parser("backup", parents=[common], help="write a consistent copy to FILE")
    bk.add_argument("file", type=Path)
    rs = dbsub.add_parser(
        "restore", parents=[common], help="replace the database with FILE (current one backed up)"
    )
    rs.add_argument("file", type=Path)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    command = args.command or "gui"
    if command == "gui":
        from executrek.ui.launch import run_gui

        return run_gui(args.data_dir, verbose=args.verbose)
    handler = _COMMANDS[command]
    return _run_guarded(lambda: handler(args), args)


def _run_guarded(action: Callable[[], int], args: argparse.Namespace) -> int:
    from executrek.app.context import prepare

    try:
        app_paths, recent = prepare(args.data_dir, verbose=args.verbose, console=True)
    except OSError as exc:
        print(f"executrek: cannot use the data folder: {exc}", file=sys.stderr)
        return EXIT_FAIL
    args.app_paths, args.recent = app_paths, recent
    try:
        return action()
    except (StoreError, DomainError) as exc:
        print(f"executrek: {exc}", file=sys.stderr)
        return EXIT_FAIL
    except KeyboardInterrupt:
        print("executrek: interrupted", file=sys.stderr)
        return 130
    except OSError as exc:
        print(
            f"executrek: {exc.strerror or exc}: {getattr(exc, 'filename', '') or ''}".rstrip(": "),
            file=sys.stderr,
        )
        return EXIT_FAIL
    except Exception as exc:  # a bug: keep the evidence, say where it is
        from executrek.app.crash import CrashHandler

        path = CrashHandler(app_paths.crash_dir, recent, version()).report(
            type(exc), exc, exc.__traceback__
        )
        print(
            f"executrek: internal error ({type(exc).__name__}: {exc}); details in {path}",
            file=sys.stderr,
        )
        return EXIT_FAIL


def _cmd_demo(args: argparse.Namespace) -> int:
    from executrek.app import demo
    from executrek.app.context import open_context
    from executrek.models.services import projects

    ctx = open_context(args.app_paths, args.recent)
    try:
        existing = {p.code for p in projects.list_projects(ctx.store)}
        clash = sorted(existing & {r.code for r in demo.RECIPES})
        if clash:
            print(
                f"executrek: the demo portfolio is already in {args.app_paths.data} ({', '.join(clash)}); "
                "use an empty --data-dir for another copy",
                file=sys.stderr,
            )
            return EXIT_FAIL

        def progress(done: int, total: int) -> None:
            print(f"  project {done}/{total}", file=sys.stderr)

        codes = demo.build(ctx.store, scale=args.scale, seed=args.seed, progress=progress)
        print(f"Demo portfolio loaded into {args.app_paths.data}: {', '.join(codes)}")
        return EXIT_OK
    finally:
        ctx.close()


def _cmd_projects(args: argparse.Namespace) -> int:
    from executrek.app.context import open_context
    from executrek.models.services import projects

    ctx = open_context(args.app_paths, args.recent)
    try:
        rows = projects.list_projects(ctx.store)
        if not rows:
            print("No projects yet. Create one in the app, or run 'executrek demo'.")
            return EXIT_OK
        width = max(len(p.code) for p in rows)
        for p in rows:
            print(
                f"{p.code:<{width}}  {p.status.value:<8}  {p.currency} {p.contract_value:>15,.2f}  {p.name}"
            )
        return EXIT_OK
    finally:
        ctx.close()


def _cmd_db(args: argparse.Namespace) -> int:
    from executrek.app import dbtools

    app_paths = args.app_paths
    if args.db_command == "check":
        report = dbtools.check(app_paths.database)
        print(
            f"{report.path}: schema {report.revision}, integrity {report.integrity}, "
            f"{report.foreign_key_problems} broken reference(s), {report.outbox_pending} change(s) "
            f"waiting to sync, {report.size_bytes / 1e6:.1f} MB"
        )
        return EXIT_OK if report.ok else EXIT_FAIL
    if args.db_command == "backup":
        target = dbtools.backup(app_paths.database, args.file)
        print(f"Backed up to {target}")
        return EXIT_OK
    made = dbtools.restore(args.file, app_paths.database, app_paths.backups)
    print(f"Restored from {args.file}" + (f"; the previous database is in {made}" if made else ""))
    return EXIT_OK


_COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "demo": _cmd_demo,
    "projects": _cmd_projects,
    "db": _cmd_db,
}

if __name__ == "__main__":
    sys.exit(main())
