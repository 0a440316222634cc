"""``executrek connect --url URL --user NAME [--ca FILE] [--password-stdin]``: connect
this laptop to the central database. The password goes to the OS keyring (never a
file, never a logged URL); without a keyring it is kept for this session only."""

from __future__ import annotations

import argparse
import getpass
import sys

NAME = "connect"
HELP = "connect this laptop to the central PMO database"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--url", required=True, help="e.g. postgresql://pmo.example.org/pmo (no password)"
    )
    p.add_argument("--user", required=True, help="your user name on the central database")
    p.add_argument("--ca", metavar="FILE", help="the organisation's CA file (sslmode=verify-full)")
    p.add_argument("--password-stdin", action="store_true", help="read the password from stdin")


def read_password(args: argparse.Namespace, user: str) -> str:
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    return getpass.getpass(f"Central database password for {user}: ")


def run(args: argparse.Namespace) -> int:
    from executrek.app import sync_service
    from executrek.app.context import open_context
    from executrek.sync.errors import SyncError

    ctx = open_context(args.app_paths, args.recent)
    try:
        vault = sync_service.CredentialVault()
        password = read_password(args, args.user)
        try:
            stored = sync_service.connect_laptop(ctx, vault, args.url, args.user, password, args.ca)
        except SyncError as exc:
            print(f"executrek: {exc}", file=sys.stderr)
            return 1
        print(f"Connected to {args.url} as {args.user}.")
        if stored:
            print("The password is kept in the system keyring.")
        else:
            print(sync_service.memory_notice())
            print("For 'executrek sync' give the password again with --password-stdin.")
        return 0
    finally:
        ctx.close()
