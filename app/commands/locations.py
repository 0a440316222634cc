"""``executrek locations --project CODE``: the project's location tree, one location a
line with its code, indented by depth, and its full path.

What ``drawings labels --under``, ``drawings import --location`` and ``report
--location`` accept is shown here: a location's code (``B1-F2``), its name, or its path
(``East Wing > Level 2``; ``›``, ``>`` or ``/`` between the parts). The other commands
name this one when what they were given matches no location.
"""

from __future__ import annotations

import argparse
import re
from typing import TYPE_CHECKING

from executrek.app.commands import add_project, open_project

if TYPE_CHECKING:
    from executrek.models.project import Location

NAME = "locations"
HELP = "list a project's locations with the codes and paths --under and --location accept"
_SEPARATORS = re.compile(r"\s*(?:›|>|/)\s*")


def add_arguments(p: argparse.ArgumentParser) -> None:
    add_project(p)


def run(args: argparse.Namespace) -> int:
    from executrek.app.i18n import translate
    from executrek.models.services import projects

    with open_project(args) as (ctx, project):
        rows = projects.locations(ctx.store, project.id)
    if not rows:
        print(
            translate(
                "Cli",
                "{code} has no locations yet. Add them in the app or import a COBie "
                "workbook ('executrek import cobie --project {code} FILE.xlsx').",
            ).format(code=project.code)
        )
        return 0
    ordered = tree_order(rows)
    width = max(len(loc.code) for loc, _ in ordered)
    print(
        translate(
            "Cli",
            "{count} location(s) in {code}. Give --under or --location a code, or a path "
            "with '>' between the parts.",
        ).format(count=len(rows), code=project.code)
    )
    for loc, depth in ordered:
        name = "  " * depth + loc.name
        print(f"{loc.code:<{width}}  {name:<40}  {_plain_path(loc)}")
    return 0


def tree_order(rows: list[Location]) -> list[tuple[Location, int]]:
    """Parents before their children, siblings by name; each with its depth."""
    ids = {loc.id for loc in rows}
    children: dict[str | None, list[Location]] = {}
    for loc in rows:
        parent = loc.parent_id if loc.parent_id in ids else None
        children.setdefault(parent, []).append(loc)
    for group in children.values():
        group.sort(key=lambda loc: (_natural(loc.name), loc.code))
    out: list[tuple[Location, int]] = []
    stack: list[tuple[Location, int]] = [(loc, 0) for loc in reversed(children.get(None, []))]
    while stack:
        loc, depth = stack.pop()
        out.append((loc, depth))
        stack.extend((child, depth + 1) for child in reversed(children.get(loc.id, [])))
    return out


def _natural(text: str) -> list[str | int]:
    """Sort key putting "Level 2" before "Level 10"."""
    return [int(t) if t.isdigit() else t.casefold() for t in re.split(r"(\d+)", text)]


def _plain_path(loc: Location) -> str:
    """The path as one types it: ``East Wing > Level 2``."""
    return " > ".join(_SEPARATORS.split(loc.path or loc.name))


def matches(rows: list[Location], text: str, *, part_of_path: bool = False) -> bool:
    """Whether ``text`` names one of ``rows`` the way the commands look locations up:
    its code, its name or its whole path (any separator); with ``part_of_path``, also any
    location whose path contains it (how a report's --location narrows issues)."""
    wanted = text.strip().casefold()
    parts = [p.casefold() for p in _SEPARATORS.split(text.strip()) if p]
    for loc in rows:
        path = loc.path or loc.name
        if wanted in (loc.code.casefold(), loc.name.casefold(), path.casefold()):
            return True
        if [p.strip().casefold() for p in _SEPARATORS.split(path)] == parts:
            return True
        if part_of_path and wanted in path.casefold():
            return True
    return False


def no_such_location(text: str, code: str, option: str) -> str:
    """The one line for an --under/--location that matches nothing: names this command."""
    from executrek.app.i18n import translate

    return translate(
        "Cli",
        "{option} “{text}” matches no location of {code}; see the codes and paths with "
        "'executrek locations --project {code}'.",
    ).format(option=option, text=text, code=code)
