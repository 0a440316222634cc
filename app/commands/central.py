"""``executrek central init|add-user|grant|revoke|status --url URL``: PMO administration
of the central database (run with an owner/admin connection; the admin password comes
from the usual libpq sources such as ``~/.pgpass`` or ``PGPASSWORD``, never the URL)."""

from __future__ import annotations

import argparse
import getpass
import sys

from executrek.app.commands import common_parser

NAME = "central"
HELP = "administer the central PMO database (schema, users, project memberships)"


def add_arguments(p: argparse.ArgumentParser) -> None:
    common = [common_parser()]
    sub = p.add_subparsers(dest="central_command", metavar="ACTION", required=True)

    def action(name: str, text: str) -> argparse.ArgumentParser:
        sp = sub.add_parser(name, parents=common, help=text, description=text)
        sp.add_argument("--url", required=True, help="central database URL (no password in it)")
        sp.add_argument("--ca", metavar="FILE", help="CA file: connect with sslmode=verify-full")
        return sp

    action("init", "create or upgrade the central schema, roles and policies")
    add = action("add-user", "add a person (one login role, member of the group role)")
    add.add_argument("name")
    add.add_argument("--display-name", default="")
    add.add_argument("--password-stdin", action="store_true", help="read the password from stdin")
    for verb in ("grant", "revoke"):
        sp = action(verb, f"{verb} a person's membership of a project")
        sp.add_argument("name")
        sp.add_argument("--project", required=True, metavar="CODE", help="project code or id")
    action("status", "devices, last sync, pending conflicts, quarantine and lag")


def _password(args: argparse.Namespace) -> str:
    if args.password_stdin:
        value = sys.stdin.readline().rstrip("\r\n")
    else:
        value = getpass.getpass(f"Password for {args.name}: ")
        if getpass.getpass("Repeat the password: ") != value:
            raise SystemExit("The passwords differ; nothing was changed.")
    if not value:
        raise SystemExit("An empty password is not allowed.")
    return value


def run(args: argparse.Namespace) -> int:
    from executrek.sync import admin
    from executrek.sync.connection import Credentials
    from executrek.sync.errors import SyncError

    creds = Credentials(args.url, ca_file=args.ca)
    try:
        if args.central_command == "init":
            revision = admin.init(creds)
            print(f"Central database ready (schema {revision}).")
        elif args.central_command == "add-user":
            admin.add_user(creds, args.name, _password(args), args.display_name)
            print(f"User {args.name} added. Grant projects with 'executrek central grant'.")
        elif args.central_command == "grant":
            admin.grant(creds, args.name, args.project)
            print(f"{args.name} may now sync {args.project}.")
        elif args.central_command == "revoke":
            admin.revoke(creds, args.name, args.project)
            print(f"{args.name} no longer syncs {args.project}; pending edits will be quarantined.")
        else:
            st = admin.status(creds)
            print(f"schema {st.revision}: {st.projects} projects, {st.records} records")
            print(
                f"open conflicts needing review: {st.open_conflicts}; quarantined: {st.quarantined}"
            )
            print(f"oldest open write transaction: {st.oldest_open_xact_s:.1f} s")
            for d in st.devices:
                push = d.last_push.strftime("%Y-%m-%d %H:%M") if d.last_push else "never"
                pull = d.last_pull.strftime("%Y-%m-%d %H:%M") if d.last_pull else "never"
                print(f"  {d.login:<20} {d.device_id}  #{d.last_seq:<8} push {push}  pull {pull}")
    except (SyncError, admin.AdminError) as exc:
        print(f"executrek: {exc}", file=sys.stderr)
        return 1
    return 0
