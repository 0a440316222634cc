"""``executrek db check|backup FILE|restore FILE``."""

from __future__ import annotations

import argparse
from pathlib import Path

from executrek.app.commands import common_parser

NAME = "db"
HELP = "check, back up or restore the local database"


def add_arguments(p: argparse.ArgumentParser) -> None:
    common = [common_parser()]
    sub = p.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    sub.add_parser("check", parents=common, help="integrity and foreign-key check")
    bk = sub.add_parser("backup", parents=common, help="write a consistent copy to FILE")
    bk.add_argument("file", type=Path)
    rs = sub.add_parser(
        "restore",
        parents=common,
        help="replace the database with FILE (the current one is backed up)",
    )
    rs.add_argument("file", type=Path)


def run(args: argparse.Namespace) -> int:
    from executrek.app import dbtools

    app_paths = args.app_paths
    if args.db_command == "check":
        report = dbtools.check(app_paths.database)
        print(
            f"{report.path}: schema {report.revision}, integrity {report.integrity}, "
            f"{report.foreign_key_problems} broken reference(s), {report.outbox_pending} change(s) "
            f"waiting to sync, {report.size_bytes / 1e6:.1f} MB"
        )
        return 0 if report.ok else 1
    if args.db_command == "backup":
        target = dbtools.backup(app_paths.database, args.file)
        print(f"Backed up to {target}")
        return 0
    made = dbtools.restore(args.file, app_paths.database, app_paths.backups)
    print(f"Restored from {args.file}" + (f"; the previous database is in {made}" if made else ""))
    return 0
