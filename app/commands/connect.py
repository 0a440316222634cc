"""``executrek connect --url URL --user NAME [--ca FILE | --insecure] [--password-stdin]``:
connect this laptop to the central database. The password goes to the OS keyring (never
a file, never a logged URL); without a keyring it is kept for this session only. A server
on another computer is reached encrypted; plain text only with ``--insecure``."""

from __future__ import annotations

import argparse

from executrek.app.commands import add_flag

NAME = "connect"
HELP = "connect this laptop to the central PMO database"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--url", required=True, help="e.g. postgresql://pmo.example.org/pmo (no password)"
    )
    p.add_argument("--user", required=True, help="your user name on the central database")
    p.add_argument("--ca", metavar="FILE", help="the organisation's CA file (sslmode=verify-full)")
    add_flag(p, "--password-stdin", "read the password from stdin")
    add_flag(
        p,
        "--insecure",
        "allow an unencrypted connection to a server that is not this computer "
        "(only on a network you trust; every sync warns)",
    )


def read_password(args: argparse.Namespace, user: str) -> str:
    from executrek.app.commands import read_password as ask
    from executrek.app.i18n import translate

    prompt = translate("Cli", "Central database password for {user}: ").format(user=user)
    return ask(prompt, from_stdin=args.password_stdin)


def run(args: argparse.Namespace) -> int:
    from executrek.app import sync_service
    from executrek.app.context import open_context
    from executrek.app.i18n import translate

    password = read_password(args, args.user)  # before anything opens: no terminal, no store
    ctx = open_context(args.app_paths, args.recent)
    try:
        vault = sync_service.CredentialVault()
        # A SyncError (unreachable, wrong password…) is one line, from the caller.
        creds = sync_service.Credentials(args.url, args.user, password, args.ca, args.insecure)
        stored = sync_service.connect_laptop(ctx, vault, creds)
        print(
            translate("Cli", "Connected to {url} as {user}.").format(url=args.url, user=args.user)
        )
        if sync_service.plain_text_allowed(ctx):
            print(translate("Sync", sync_service.insecure_notice()))
        if stored:
            print(translate("Cli", "The password is kept in the system keyring."))
        else:
            print(sync_service.memory_notice())
            print(
                translate(
                    "Cli", "For 'executrek sync' give the password again with --password-stdin."
                )
            )
        return 0
    finally:
        ctx.close()
