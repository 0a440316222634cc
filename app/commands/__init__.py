"""CLI subcommands, one module each. A module exposes ``NAME``, ``HELP``,
``add_arguments(parser)`` and ``run(args) -> int``; heavy imports go inside ``run``.

``args.app_paths`` and ``args.recent`` are set before ``run`` is called; errors that
are the user's or the environment's (DomainError, StoreError, InteropError, OSError…)
are turned into one line by the caller."""

from __future__ import annotations

import argparse

COMMAND_MODULES = (
    "executrek.app.commands.demo",
    "executrek.app.commands.projects",
    "executrek.app.commands.db",
    "executrek.app.commands.central",
    "executrek.app.commands.connect",
    "executrek.app.commands.sync",
    "executrek.app.commands.import_",
    "executrek.app.commands.export",
    "executrek.app.commands.photos",
    "executrek.app.commands.drawings",
    "executrek.app.commands.self_test",
    "executrek.app.commands.report",
)


def common_parser() -> argparse.ArgumentParser:
    """Options every command and sub-action takes (use as ``parents=[common_parser()]``)."""
    common = argparse.ArgumentParser(add_help=False)
    # SUPPRESS: a sub-parser must not overwrite a value given before its name.
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
