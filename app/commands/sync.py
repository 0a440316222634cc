"""``executrek sync [--password-stdin]``: push and pull once and print a summary.
Exit code 0 only when everything went through."""

from __future__ import annotations

import argparse
import sys

NAME = "sync"
HELP = "sync once with the central PMO database and print a summary"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--password-stdin", action="store_true", help="read the password from stdin")


def run(args: argparse.Namespace) -> int:
    from executrek.app import sync_service
    from executrek.app.context import open_context
    from executrek.sync.errors import SyncError

    ctx = open_context(args.app_paths, args.recent)
    try:
        vault = sync_service.CredentialVault()
        password = sys.stdin.readline().rstrip("\r\n") if args.password_stdin else None
        try:
            report = sync_service.sync_once(ctx, vault, password=password)
        except SyncError as exc:
            print(f"executrek: {exc}", file=sys.stderr)
            return 1
        print(
            f"pushed {report.pushed}, pulled {report.pulled}, photos sent {report.photos_sent}, "
            f"received {report.photos_received}, conflicts to review {report.open_conflicts}, "
            f"errors {len(report.errors) + len(report.quarantined)}"
        )
        if report.pending:
            print(f"{report.pending} change(s) still waiting to be sent.")
        for line in report.quarantined:
            print(f"refused by the server (kept): {line}")
        for line in report.notices:
            print(line)
        for line in report.errors:
            print(f"executrek: {line}", file=sys.stderr)
        return 0 if report.ok else 1
    finally:
        ctx.close()
