"""``executrek projects``: list the projects."""

from __future__ import annotations

import argparse

NAME = "projects"
HELP = "list the projects"


def add_arguments(p: argparse.ArgumentParser) -> None:
    del p


def run(args: argparse.Namespace) -> int:
    from executrek.app.context import open_context
    from executrek.app.project_downloads import downloading, state_text
    from executrek.models.services import projects

    ctx = open_context(args.app_paths, args.recent)
    try:
        rows = projects.list_projects(ctx.store)
        if not rows:
            print("No projects yet. Create one in the app, or run 'executrek demo'.")
            return 0
        unfinished = downloading(ctx.store)
        width = max(len(p.code) for p in rows)
        for p in rows:
            line = f"{p.code:<{width}}  {p.status.value:<8}  {p.currency} {p.contract_value:>15,.2f}  {p.name}"
            if p.id in unfinished:  # a first download that the next sync continues
                line += f"  ({state_text(unfinished[p.id])})"
            print(line)
        return 0
    finally:
        ctx.close()
