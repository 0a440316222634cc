"""The ``executrek`` command: the GUI by default, and the subcommands for scripted use.

Errors are one clear line on stderr and a non-zero exit, never a traceback (which errors
those are: ``app.known_errors``, shared with the GUI); a real bug is written to the crash
folder with the recent log lines and reported as such.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from types import ModuleType

from executrek.app.commands import COMMAND_MODULES, common_parser
from executrek.app.known_errors import KNOWN_ERRORS, one_line
from executrek.app.version import version

EXIT_OK, EXIT_FAIL, EXIT_USAGE = 0, 1, 2


def build_parser() -> tuple[argparse.ArgumentParser, dict[str, ModuleType]]:
    common = common_parser()
    p = argparse.ArgumentParser(
        prog="executrek",
        parents=[common],
        description="Executrek Field: site inspections, change orders, contractor issues and punch lists.",
    )
    p.add_argument("--version", action="version", version=f"Executrek Field {version()}")
    sub = p.add_subparsers(
        dest="command",
        metavar="COMMAND",
        help="what to do; 'executrek COMMAND -h' tells more (no command: start the app)",
    )
    sub.add_parser("gui", parents=[common], help="start the app (the default)")
    modules: dict[str, ModuleType] = {}
    for name in COMMAND_MODULES:
        module = importlib.import_module(name)
        parser = sub.add_parser(
            module.NAME, parents=[common], help=module.HELP, description=module.HELP
        )
        module.add_arguments(parser)
        modules[module.NAME] = module
    return p, modules


def main(argv: Sequence[str] | None = None) -> int:
    parser, modules = build_parser()
    args = parser.parse_args(argv)
    args.data_dir = getattr(args, "data_dir", None)
    args.verbose = getattr(args, "verbose", False)
    command = args.command or "gui"
    if command == "gui":
        from executrek.app.qt_platform_check import xcb_problem

        # Before any QApplication: Qt aborts the process if its X11 plugin cannot load.
        problem = xcb_problem()
        if problem is not None:
            print(f"executrek: {problem}", file=sys.stderr)
            return EXIT_FAIL
        from executrek.ui.launch import run_gui

        return run_gui(args.data_dir, verbose=args.verbose)
    return run_guarded(modules[command], args)


def run_guarded(module: ModuleType, args: argparse.Namespace) -> int:
    from executrek.app.context import prepare

    try:
        app_paths, recent = prepare(args.data_dir, verbose=args.verbose, console=True)
    except OSError as exc:
        print(f"executrek: cannot use the data folder: {exc}", file=sys.stderr)
        return EXIT_FAIL
    args.app_paths, args.recent = app_paths, recent
    try:
        return int(module.run(args))
    except KNOWN_ERRORS as exc:
        print(f"executrek: {one_line(exc)}", file=sys.stderr)
        return EXIT_FAIL
    except KeyboardInterrupt:
        print("executrek: interrupted", file=sys.stderr)
        return 130
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


if __name__ == "__main__":
    sys.exit(main())
