"""``executrek demo``: load the demo portfolio."""

from __future__ import annotations

import argparse
import sys

NAME = "demo"
HELP = "load the demo portfolio"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--scale",
        choices=("small", "large"),
        default="small",
        help="large gives one project 100,000 punch items",
    )
    p.add_argument("--seed", type=int, default=7)


def run(args: argparse.Namespace) -> int:
    from executrek.app import demo
    from executrek.app.context import open_context
    from executrek.app.photos.blobstore import BlobStore
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
            return 1

        def progress(done: int, total: int) -> None:
            print(f"  project {done}/{total}", file=sys.stderr)

        codes = demo.build(
            ctx.store,
            scale=args.scale,
            seed=args.seed,
            progress=progress,
            blobs=BlobStore(ctx.paths.blobs),
        )
        print(f"Demo portfolio loaded into {args.app_paths.data}: {', '.join(codes)}")
        return 0
    finally:
        ctx.close()
