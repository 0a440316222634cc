"""``executrek search TEXT [--project CODE] [--kind K]``: search everywhere, as Ctrl+K
does in the app: record numbers in any form (``PI-0042``, ``pi-42``, ``42``), titles,
descriptions, comments, contractor, trade and location names. Prints the results
grouped by kind (number, title, status, location) with how many match in all; without
``--project``, every project's (each line then starts with the project's code). Exit
code 0 also when nothing matches."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from executrek.models.services.find import Found

NAME = "search"
HELP = "find records of every kind by number, words, contractor, trade or location"
EXIT_USAGE = 2

# --kind value → record kind of the search service
KIND_NAMES = {
    "punch": "punch_item",
    "issue": "issue",
    "change-order": "change_order",
    "inspection": "inspection",
    "risk": "risk",
}


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("text", nargs="+", metavar="TEXT", help="a record number or words to find")
    p.add_argument("--project", metavar="CODE", help="only this project (default: every project)")
    p.add_argument(
        "--kind",
        action="append",
        choices=tuple(KIND_NAMES),
        metavar="KIND",
        help="only this kind, repeat for more: " + ", ".join(KIND_NAMES),
    )
    p.add_argument("--limit", type=int, default=20, metavar="N", help="results shown per kind (20)")


def kind_titles() -> dict[str, str]:
    from executrek.app.i18n import translate

    return {
        "punch_item": translate("Cli", "Punch items"),
        "issue": translate("Cli", "Contractor issues"),
        "change_order": translate("Cli", "Change orders"),
        "inspection": translate("Cli", "Inspections"),
        "risk": translate("Cli", "Risks"),
    }


def run(args: argparse.Namespace) -> int:
    from executrek.app.context import open_context
    from executrek.app.i18n import translate
    from executrek.models.services import find, projects

    text = " ".join(args.text)
    if find.parse(text).empty:
        print(
            "executrek: "
            + translate("Cli", "give words or a record number to search for, like PI-0042"),
            file=sys.stderr,
        )
        return EXIT_USAGE
    if args.limit < 1:
        print("executrek: " + translate("Cli", "--limit must be 1 or more"), file=sys.stderr)
        return EXIT_USAGE
    kinds = [KIND_NAMES[k] for k in args.kind] if args.kind else None
    ctx = open_context(args.app_paths, args.recent, check=False)  # reads only
    try:
        project_id = projects.find_project(ctx.store, args.project).id if args.project else None
        found = find.search(ctx.store, project_id, text, kinds=kinds, limit=args.limit)
    finally:
        ctx.close()
    if found.empty:
        print(translate("Cli", "Nothing found for “{text}”.").format(text=text))
        return 0
    print_found(found, with_project=project_id is None)
    return 0


def print_found(found: Found, *, with_project: bool) -> None:
    from executrek.app.i18n import translate

    titles = kind_titles()
    for n, group in enumerate(found.groups):
        total = group.total if group.total is not None else len(group.hits)
        if n:
            print()
        if total > len(group.hits):
            heading = translate("Cli", "{kind}: {shown} of {total:,}")
        else:
            heading = translate("Cli", "{kind}: {total:,}")
        print(heading.format(kind=titles[group.kind], shown=len(group.hits), total=total))
        numbers = [f"{h.project_code} {h.number}" if with_project else h.number for h in group.hits]
        width = max(len(x) for x in numbers)
        title_width = min(48, max(len(h.title) for h in group.hits))
        status_width = max(len(h.status) for h in group.hits)
        for number, h in zip(numbers, group.hits, strict=True):
            title = h.title if len(h.title) <= 48 else h.title[:47] + "…"
            status = h.status.replace("_", " ")
            line = f"  {number:<{width}}  {title:<{title_width}}  {status:<{status_width}}"
            print(f"{line}  {h.location or ''}".rstrip())
