"""``executrek central init|add-user|grant|revoke|status|quarantine|purge|gc|settings --url URL``:
PMO administration of the central database (run with an owner/admin connection; the admin password comes
from the usual libpq sources such as ``~/.pgpass`` or ``PGPASSWORD``, never the URL).

Every failure is one line in the administrator's terms: wrong password, server not
reachable, database missing (with how to create it), not enough privilege (with what
the action needs), schema not initialised, unknown user or project.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass

from executrek.app.commands import add_actions, add_flag, central_settings, common_parser

NAME = "central"
HELP = "administer the central PMO database (schema, users, project memberships)"


def add_arguments(p: argparse.ArgumentParser) -> None:
    common = [common_parser()]
    sub = add_actions(p, "central_command", help="what to administer")

    def action(name: str, text: str) -> argparse.ArgumentParser:
        sp = sub.add_parser(name, parents=common, help=text, description=text)
        sp.add_argument(
            "--url",
            required=True,
            help="central database URL with an administrator's login, e.g. "
            "postgresql://postgres@pmo.example.org/pmo (no password in it: ~/.pgpass or "
            "PGPASSWORD)",
        )
        sp.add_argument("--ca", metavar="FILE", help="CA file: connect with sslmode=verify-full")
        add_flag(
            sp,
            "--insecure",
            "allow an unencrypted connection to a server that is not this computer",
        )
        return sp

    action(
        "init",
        "create or upgrade the central schema, roles and policies (needs a superuser, or "
        "the database's owner with CREATEROLE)",
    )
    add = action("add-user", "add a person (one login role, member of the group role)")
    add.add_argument("name", help="the person's login (lower-case letters, digits, _ . -)")
    add.add_argument("--display-name", default="", metavar="NAME", help="the name shown in the app")
    add_flag(
        add,
        "--password-stdin",
        "read the password from stdin (else it is asked twice on the terminal)",
    )
    add_flag(
        add, "--admin", "a PMO administrator: shared records, the PMO library, any project decision"
    )
    add_flag(add, "--creator", "may create projects")
    for verb in ("grant", "revoke"):
        sp = action(
            verb,
            f"{verb} a project membership (--project), the right to create projects "
            "(--creator) or PMO administration (--role pmo-admin)",
        )
        sp.add_argument("name", help="the person's login")
        sp.add_argument("--project", metavar="CODE", help="project code or id")
        add_flag(sp, "--creator", "the right to create projects")
        sp.add_argument(
            "--role",
            choices=("viewer", "field", "manager", "pmo-admin"),
            help="viewer (reads only), field (the default), manager (approves change "
            "orders, changes the team), pmo-admin (everything, PMO-wide; no --project)",
        )
        if verb == "grant":
            sp.add_argument(
                "--approval-limit",
                metavar="AMOUNT",
                help="a manager approves change orders up to this amount (default: no limit)",
            )
    gc = action("gc", "remove photo and drawing files no project uses any more")
    gc.add_argument(
        "--min-age-hours",
        type=float,
        default=24.0,
        metavar="HOURS",
        help="keep anything younger than this (default 24)",
    )
    action("status", "devices, last sync, pending conflicts, quarantine and lag")
    central_settings.add_arguments(
        action(
            "settings",
            "the PMO's settings every laptop uses (health thresholds, cost checks, report "
            "branding): show, set KEY VALUE, unset KEY",
        )
    )
    quarantine = action(
        "quarantine",
        "changes the central database refused: list, show one, re-apply (after granting "
        "what was missing) or discard; the laptop that sent them follows at its next sync",
    )
    quarantine.add_argument(
        "what",
        choices=("list", "show", "reapply", "discard"),
        metavar="WHAT",
        help="list, show ID…, reapply ID… or discard ID…",
    )
    quarantine.add_argument("ids", nargs="*", type=int, metavar="ID", help="refused change ids")
    quarantine.add_argument("--user", metavar="NAME", help="list: only this person's")
    quarantine.add_argument("--project", metavar="CODE", help="list: only this project's")
    quarantine.add_argument("--note", default=None, help="discard: why (kept with it)")
    purge = action(
        "purge",
        "delete a record for everyone: it and the records that belong to it get tombstones "
        "that laptops apply at their next sync (never delete rows of pmo.records with SQL)",
    )
    purge.add_argument("--project", required=True, metavar="CODE", help="project code or id")
    which = purge.add_mutually_exclusive_group(required=True)
    which.add_argument("--record", metavar="NUMBER", help="the record's number, e.g. PI-0042")
    which.add_argument("--id", dest="row_id", metavar="UUID", help="the record's id")


@dataclass(frozen=True)
class Target:
    """Where ``--url`` points, as the administrator knows it."""

    url: str
    host: str
    port: str
    database: str
    login: str

    @property
    def server(self) -> str:
        return f"{self.host}:{self.port}"


def target_of(url: str) -> Target:
    """The server, database and login ``url`` means (with libpq's defaults)."""
    import getpass
    import os

    import psycopg
    from psycopg.conninfo import conninfo_to_dict

    from executrek.app.commands import CommandError
    from executrek.app.i18n import translate

    try:
        params = conninfo_to_dict(url)
    except psycopg.ProgrammingError:
        raise CommandError(
            translate(
                "Cli",
                "“{url}” is not a PostgreSQL address; write it like "
                "postgresql://postgres@HOST/DATABASE.",
            ).format(url=url)
        ) from None
    login = str(params.get("user") or os.environ.get("PGUSER") or getpass.getuser())
    return Target(
        url=url,
        host=str(params.get("host") or os.environ.get("PGHOST") or "localhost"),
        port=str(params.get("port") or os.environ.get("PGPORT") or "5432"),
        database=str(params.get("dbname") or os.environ.get("PGDATABASE") or login),
        login=login,
    )


def _password(args: argparse.Namespace) -> str:
    from executrek.app.commands import CommandError, read_password
    from executrek.app.i18n import translate

    value = read_password(
        translate("Cli", "Password for {name}: ").format(name=args.name),
        from_stdin=args.password_stdin,
        repeat=translate("Cli", "Repeat the password: "),
    )
    if not value:
        raise CommandError(translate("Cli", "An empty password is not allowed."))
    return value


def run(args: argparse.Namespace) -> int:
    from executrek.app.i18n import translate
    from executrek.sync import admin
    from executrek.sync.connection import Credentials

    where = target_of(args.url)
    creds = Credentials(args.url, ca_file=args.ca, insecure=args.insecure)
    try:
        if args.central_command == "init":
            revision = admin.init(creds)
            print(
                translate("Cli", "Central database ready (schema {revision}).").format(
                    revision=revision
                )
            )
        elif args.central_command == "add-user":
            admin.check_name(args.name)
            admin.add_user(
                creds,
                args.name,
                _password(args),
                args.display_name,
                admin=args.admin,
                creator=args.creator,
            )
            print(
                translate(
                    "Cli", "User {name} added. Grant projects with 'executrek central grant'."
                ).format(name=args.name)
            )
        elif args.central_command in ("grant", "revoke"):
            _grant_or_revoke(creds, args)
        elif args.central_command == "gc":
            import datetime as dt

            done = admin.gc(creds, dt.timedelta(hours=args.min_age_hours))
            print(
                translate(
                    "Cli",
                    "Removed {blobs} unused file(s) ({megabytes} MB) and {uploads} unfinished "
                    "upload(s).",
                ).format(
                    blobs=done.blobs, megabytes=f"{done.bytes / 1e6:.1f}", uploads=done.uploads
                )
            )
        elif args.central_command == "quarantine":
            _quarantine(creds, args)
        elif args.central_command == "purge":
            _purge(creds, args)
        elif args.central_command == "settings":
            central_settings.run(creds, args)
        else:
            _print_status(admin.status(creds))
    except Exception as exc:
        line = explain(exc, args.central_command, where)
        if line is None:
            raise
        print(f"executrek: {line}", file=sys.stderr)
        return 1
    return 0


def _grant_or_revoke(creds: object, args: argparse.Namespace) -> None:
    """``grant``/``revoke`` NAME with --project [--role --approval-limit], --creator or
    --role pmo-admin."""
    from decimal import Decimal, InvalidOperation

    from executrek.app.commands import CommandError
    from executrek.app.i18n import translate
    from executrek.sync import admin
    from executrek.sync.connection import Credentials

    assert isinstance(creds, Credentials)
    give = args.central_command == "grant"
    pmo_admin = args.role == "pmo-admin"
    if args.project and (args.creator or pmo_admin):
        raise CommandError(
            translate(
                "Cli",
                "--creator and --role pmo-admin are PMO-wide: give them without --project.",
            )
        )
    if args.creator or pmo_admin:
        admin.set_rights(
            creds,
            args.name,
            creator=give if args.creator else None,
            admin=give if pmo_admin else None,
        )
        what = (
            translate("Cli", "is a PMO administrator")
            if pmo_admin and give
            else translate("Cli", "is no longer a PMO administrator")
            if pmo_admin
            else translate("Cli", "may create projects")
            if give
            else translate("Cli", "may no longer create projects")
        )
        print(f"{args.name} {what}.")
        return
    if not args.project:
        raise CommandError(
            translate(
                "Cli", "Say what to {verb}: --project CODE, --creator or --role pmo-admin."
            ).format(verb=args.central_command)
        )
    if not give:
        admin.revoke(creds, args.name, args.project)
        print(
            translate(
                "Cli",
                "{name} no longer syncs {project}; pending edits will be quarantined.",
            ).format(name=args.name, project=args.project)
        )
        return
    limit = None
    if args.approval_limit is not None:
        try:
            limit = Decimal(args.approval_limit.replace(",", ""))
        except InvalidOperation:
            raise CommandError(
                translate("Cli", "“{value}” is not an amount (e.g. 25000 or 25000.00).").format(
                    value=args.approval_limit
                )
            ) from None
    role = args.role or "field"
    admin.grant(creds, args.name, args.project, role, limit)
    print(
        translate("Cli", "{name} may now sync {project} as {role}.").format(
            name=args.name, project=args.project, role=role
        )
    )


def _quarantine(creds: object, args: argparse.Namespace) -> None:
    """``central quarantine list|show|reapply|discard``."""
    from executrek.app.commands import CommandError
    from executrek.app.i18n import translate
    from executrek.sync import admin_records
    from executrek.sync.connection import Credentials

    assert isinstance(creds, Credentials)
    if args.what == "list":
        changes = admin_records.list_refused(creds, login=args.user, project=args.project)
        if not changes:
            print(translate("Cli", "No refused changes are waiting."))
        for c in changes:
            print(
                f"#{c.id:<6} {c.at:%Y-%m-%d %H:%M}  {c.login:<16} {c.project:<10} "
                f"{c.op} {c.table_name} {c.row_id[:8]} ({', '.join(c.fields)}): {c.reason}"
            )
        return
    if not args.ids:
        raise CommandError(
            translate("Cli", "Give the refused change's number (see 'quarantine list').")
        )
    if args.what == "show":
        import json

        for refused_id in args.ids:
            c = admin_records.show_refused(creds, refused_id)
            state = (
                translate("Cli", "waiting")
                if c.outcome is None
                else f"{c.outcome} ({c.done_by}, {c.done_at:%Y-%m-%d %H:%M})"
            )
            print(f"#{c.id} {c.op} {c.table_name} {c.row_id} in {c.project}")
            print(
                translate("Cli", "from {login}, laptop {device}, change #{seq}, {at}").format(
                    login=c.login, device=c.device_id, seq=c.seq, at=f"{c.at:%Y-%m-%d %H:%M}"
                )
            )
            print(
                translate("Cli", "refused: {reason}; {state}").format(reason=c.reason, state=state)
            )
            print(json.dumps((c.mutation or {}).get("patch"), indent=2, ensure_ascii=False))
        return
    if args.what == "reapply":
        done = admin_records.reapply(creds, args.ids)
        for refused_id in done.applied:
            print(translate("Cli", "#{id} applied.").format(id=refused_id))
        for refused_id, why in done.still_refused.items():
            print(
                translate("Cli", "#{id} is still refused: {reason}.").format(
                    id=refused_id, reason=why
                ),
                file=sys.stderr,
            )
        if done.still_refused:
            raise CommandError(translate("Cli", "Grant what is missing first, then re-apply."))
        return
    n = admin_records.discard(creds, args.ids, args.note)
    print(
        translate(
            "Cli",
            "Discarded {n} refused change(s); the laptops put the central values back at "
            "their next sync.",
        ).format(n=n)
    )


def _purge(creds: object, args: argparse.Namespace) -> None:
    from executrek.app.i18n import translate
    from executrek.sync import admin_records
    from executrek.sync.connection import Credentials

    assert isinstance(creds, Credentials)
    done = admin_records.purge(creds, args.project, number=args.record, row_id=args.row_id)
    if not done.rows:
        print(
            translate("Cli", "{record} was already deleted; nothing changed.").format(
                record=done.record
            )
        )
        return
    print(
        translate(
            "Cli",
            "Deleted {record} in {project} and {n} record(s) that belong to it; laptops "
            "remove them at their next sync.",
        ).format(record=done.record, project=done.project, n=len(done.rows) - 1)
    )


def _print_status(st: object) -> None:
    from executrek.app.i18n import translate
    from executrek.sync import admin
    from executrek.sync.admin import CentralStatus

    assert isinstance(st, CentralStatus)
    print(
        translate("Cli", "schema {revision}: {projects} projects, {records} records").format(
            revision=st.revision, projects=st.projects, records=st.records
        )
    )
    print(
        translate(
            "Cli", "open conflicts needing review: {open}; quarantined: {quarantined}"
        ).format(open=st.open_conflicts, quarantined=st.quarantined)
    )
    print(
        translate(
            "Cli", "decided automatically (last {days} days, can be turned round): {n}"
        ).format(days=admin.DECIDED_DAYS, n=st.decided)
    )
    print(
        translate("Cli", "oldest open write transaction: {seconds} s").format(
            seconds=f"{st.oldest_open_xact_s:.1f}"
        )
    )
    never = translate("Cli", "never")
    for d in st.devices:
        push = d.last_push.strftime("%Y-%m-%d %H:%M") if d.last_push else never
        pull = d.last_pull.strftime("%Y-%m-%d %H:%M") if d.last_pull else never
        print(f"  {d.login:<20} {d.device_id}  #{d.last_seq:<8} push {push}  pull {pull}")


def explain(exc: BaseException, action: str, where: Target) -> str | None:
    """The administrator's one line for ``exc`` during ``action``; None for a bug."""
    import psycopg
    from sqlalchemy.exc import DBAPIError

    from executrek.app.i18n import translate
    from executrek.sync import errors
    from executrek.sync.admin import OWNER_ROLE, AdminError

    if isinstance(exc, DBAPIError) and isinstance(exc.orig, psycopg.Error):
        exc = exc.orig  # init's migrations run through SQLAlchemy
    values = {
        "server": where.server,
        "host": where.host,
        "database": where.database,
        "login": where.login,
        "url": where.url,
        "owner": OWNER_ROLE,
    }
    if isinstance(exc, AdminError):
        return translate("Cli", exc.template).format(**exc.params)
    if isinstance(exc, errors.DatabaseMissing):
        if action == "init":
            return translate(
                "Cli",
                "The database “{database}” does not exist on {server}. Create it first "
                "(createdb -h {host} -U postgres {database}, or CREATE DATABASE {database}; in "
                "psql), then run init again as a superuser or as the database's owner with "
                "the CREATEROLE privilege.",
            ).format(**values)
        return translate(
            "Cli",
            "The database “{database}” does not exist on {server}: check --url. A new central "
            "database is created with createdb -h {host} -U postgres {database}, then "
            "'executrek central init'.",
        ).format(**values)
    lines: tuple[tuple[type[BaseException], str], ...] = (  # the first that fits (a subclass first)
        (
            errors.NotConfigured,
            translate(
                "Cli",
                "Leave the password out of --url: the administrator's password comes from "
                "~/.pgpass or the PGPASSWORD variable.",
            ),
        ),
        (
            errors.AuthFailed,
            translate(
                "Cli",
                "The server {server} refused the password of the login “{login}”: put the "
                "right one in ~/.pgpass or the PGPASSWORD variable (never in --url).",
            ),
        ),
        (
            errors.NotRegistered,
            translate(
                "Cli",
                "The server {server} has no login “{login}”: put an administrator's login in "
                "--url, e.g. postgresql://postgres@{host}/{database}.",
            ),
        ),
        (
            errors.TlsFailed,
            translate(
                "Cli",
                "The secure connection to {server} failed: its certificate does not match the "
                "CA file given with --ca.",
            ),
        ),
        (
            errors.Unreachable,
            translate(
                "Cli",
                "The PostgreSQL server {server} cannot be reached: check that it is running and "
                "that the host and port in --url are right. Nothing was changed.",
            ),
        ),
        (
            errors.NotSetUp,
            translate(
                "Cli",
                "The database “{database}” on {server} is not set up for Executrek Field yet: "
                "run 'executrek central init --url {url}' first.",
            ),
        ),
    )
    for kind, line in lines:
        if isinstance(exc, kind):
            return line.format(**values)
    if isinstance(exc, psycopg.errors.InsufficientPrivilege):
        return _not_allowed(action, values)
    if isinstance(exc, psycopg.OperationalError):
        return translate(
            "Cli",
            "The connection to {server} was lost before “{action}” finished: run it again "
            "(it is safe to repeat).",
        ).format(action=action, **values)
    if isinstance(exc, errors.SyncError):
        return str(exc)
    return None


def _not_allowed(action: str, values: dict[str, str]) -> str:
    from executrek.app.i18n import translate

    if action == "init":
        return translate(
            "Cli",
            "The login “{login}” may not set up “{database}”: run init as a superuser (e.g. "
            "postgres), or as the database's owner with the CREATEROLE privilege (it creates "
            "roles, a schema and functions).",
        ).format(**values)
    if action == "add-user":
        return translate(
            "Cli",
            "The login “{login}” may not add users: use a superuser, or the login that ran "
            "'executrek central init' if it has the CREATEROLE privilege.",
        ).format(**values)
    return translate(
        "Cli",
        "The login “{login}” may not administer “{database}”: use a superuser, or the login "
        "that ran 'executrek central init' (a member of the {owner} role).",
    ).format(**values)
