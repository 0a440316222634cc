"""``executrek demo``: load the demo portfolio.

Each project is loaded in one transaction. When one fails (a full disk), the projects
loaded before it stay, nothing of it is kept, the write-ahead log is truncated so the
disk gets its space back, and the error says what was loaded; running ``demo`` again
adds the projects that are missing. Only when all of them are there does it refuse.
"""

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
    p.add_argument(
        "--seed",
        type=int,
        default=7,
        metavar="N",
        help="another number gives other (equally repeatable) demo data (default 7)",
    )


def run(args: argparse.Namespace) -> int:
    from executrek.app import demo
    from executrek.app.context import open_context
    from executrek.app.demo_store import release_wal
    from executrek.app.photos.blobstore import BlobStore
    from executrek.app.photos.disk_full import is_disk_full
    from executrek.models.services import projects

    ctx = open_context(args.app_paths, args.recent)
    try:
        existing = {p.code for p in projects.list_projects(ctx.store)}
        missing = [r.code for r in demo.RECIPES if r.code not in existing]
        if not missing:
            print(
                f"executrek: the demo portfolio is already in {args.app_paths.data} "
                f"({', '.join(r.code for r in demo.RECIPES)}); "
                "use an empty --data-dir for another copy",
                file=sys.stderr,
            )
            return 1
        if len(missing) < len(demo.RECIPES):
            print(f"  adding the missing project(s): {', '.join(missing)}", file=sys.stderr)
        loaded: list[str] = []

        def progress(done: int, total: int) -> None:
            loaded.append(missing[done - 1])
            print(f"  project {done}/{total}", file=sys.stderr, flush=True)

        try:
            codes = demo.build(
                ctx.store,
                scale=args.scale,
                seed=args.seed,
                progress=progress,
                blobs=BlobStore(ctx.paths.blobs),
                only=missing,
            )
        except BaseException as exc:  # an interrupt too: give the rolled-back log's space back
            release_wal(ctx.store)
            if not (isinstance(exc, Exception) and is_disk_full(exc)):
                raise
            failed = missing[len(loaded)]
            done = f"{', '.join(loaded)} loaded; " if loaded else "nothing loaded; "
            print(
                f"executrek: the disk is full: {done}{failed} not loaded (nothing of it was "
                "kept). Free some space and run demo again to add the rest.",
                file=sys.stderr,
            )
            return 1
        print(f"Demo portfolio loaded into {args.app_paths.data}: {', '.join(codes)}")
        return 0
    finally:
        ctx.close()
