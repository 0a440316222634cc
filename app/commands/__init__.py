"""CLI subcommands, one module each. A module exposes ``NAME``, ``HELP``,
``add_arguments(parser)`` and ``run(args) -> int``; heavy imports go inside ``run``.

``args.app_paths`` and ``args.recent`` are set before ``run`` is called; errors that
are the user's or the environment's (``app.known_errors``: DomainError, any
EnvironmentFault such as StoreError, SyncError or ReportError, OSError) are turned into
one line by the caller; so is :class:`CommandError`, a command's own refusal worded for
the user."""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import getpass
import sys
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from executrek.app.context import AppContext
    from executrek.models.project import Project

COMMAND_MODULES = (
    "executrek.app.commands.demo",
    "executrek.app.commands.projects",
    "executrek.app.commands.locations",
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
    "executrek.app.commands.search",
    "executrek.app.commands.diary",
    "executrek.app.commands.schedule",
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


if TYPE_CHECKING:  # not subscriptable at run time
    Actions = argparse._SubParsersAction[argparse.ArgumentParser]


def add_actions(parser: argparse.ArgumentParser, dest: str, *, help: str = "what to do") -> Actions:
    """The command's actions (``db check``, ``drawings import``…): one is required,
    its name lands in ``args.<dest>``."""
    return parser.add_subparsers(dest=dest, metavar="ACTION", required=True, help=help)


class Options(Protocol):
    """Where an option can go: a parser, a subcommand's parser or a group of options."""

    def add_argument(self, *args: Any, **kwargs: Any) -> argparse.Action: ...


def add_flag(parser: Options, name: str, help: str) -> None:
    """An on/off option (``--draft``): ``args.<its name>`` is True when it is given."""
    parser.add_argument(name, action="store_true", help=help)


def add_project(parser: argparse.ArgumentParser) -> None:
    """``--project CODE``: the project the command works on (required)."""
    parser.add_argument("--project", required=True, metavar="CODE", help="the project's code")


def project_action(
    sub: Actions,
    name: str,
    *,
    help: str,
    description: str | None = None,
) -> argparse.ArgumentParser:
    """A command's action (``drawings import``…) on one project: the common options
    again (see ``common_parser``) and ``--project CODE``."""
    action = sub.add_parser(name, parents=[common_parser()], help=help, description=description)
    add_project(action)
    return action


def iso_date(example: str) -> Callable[[str], dt.date]:
    """An argparse ``type`` reading a YYYY-MM-DD date; anything else is refused with a
    line showing ``example``."""

    def parse(text: str) -> dt.date:
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not a date like {example}") from None

    return parse


@contextlib.contextmanager
def open_project(args: argparse.Namespace) -> Iterator[tuple[AppContext, Project]]:
    """The app context opened for ``args`` and the project ``--project`` names (closed
    again on leaving the block, whatever happens in it)."""
    from executrek.app.context import open_context
    from executrek.models.services import projects

    ctx = open_context(args.app_paths, args.recent)
    try:
        yield ctx, projects.find_project(ctx.store, args.project)
    finally:
        ctx.close()


class CommandError(Exception):
    """A command refused what it was given: one line in the user's words (already
    translated); the CLI prints it and exits non-zero."""


def read_password(prompt: str, *, from_stdin: bool, repeat: str | None = None) -> str:
    """The password from stdin's first line (``--password-stdin``) or asked on the
    terminal (twice when ``repeat`` is the second prompt). Without a terminal to ask on,
    refuses with a line naming ``--password-stdin`` instead of waiting or crashing."""
    from executrek.app.i18n import translate

    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n") if sys.stdin is not None else ""
    if sys.stdin is None or not sys.stdin.isatty():
        raise CommandError(
            translate("Cli", "no terminal to ask for the password: use --password-stdin")
        )
    try:
        value = getpass.getpass(prompt)
        if repeat is not None and getpass.getpass(repeat) != value:
            raise CommandError(translate("Cli", "The passwords differ; nothing was changed."))
    except EOFError:
        raise CommandError(
            translate("Cli", "No password was given; nothing was changed.")
        ) from None
    return value
