"""``executrek sync [--password-stdin]``: push and pull once and print a summary.
Exit code 0 only when everything went through.

The changes the central database refused stay on this laptop: ``--refused`` lists
them, ``--resend N|all`` sends them again with this sync, ``--discard N`` throws one
away (asks first, ``--yes`` for scripts; a copy goes to the log). ``--decided`` lists
what the sync decided automatically (the later edit of a field won) with both values;
``--restore ID`` brings the other value back."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from executrek.app.commands import add_flag
from executrek.app.sync_messages import in_words

NAME = "sync"
HELP = "sync once with the central PMO database and print a summary"


def add_arguments(p: argparse.ArgumentParser) -> None:
    add_flag(p, "--password-stdin", "read the password from stdin")
    what = p.add_mutually_exclusive_group()
    add_flag(what, "--refused", "list the changes the server refused (no sync)")
    what.add_argument(
        "--resend",
        metavar="N|all",
        help="send refused change N (or all of them) again, then sync",
    )
    what.add_argument(
        "--discard", type=int, metavar="N", help="throw refused change N away (no sync)"
    )
    add_flag(what, "--decided", "list what was decided automatically (no sync)")
    what.add_argument(
        "--restore",
        metavar="ID",
        help="bring back the value an automatic decision replaced (then sync)",
    )
    add_flag(p, "--yes", "do not ask before discarding")


def run(args: argparse.Namespace) -> int:
    from executrek.app.context import open_context

    ctx = open_context(args.app_paths, args.recent)
    try:
        if args.refused:
            return _list_refused(ctx)
        if args.discard is not None:
            return _discard(ctx, args.discard, args.yes)
        if args.decided:
            return _list_decided(ctx)
        return _sync(ctx, args)
    finally:
        ctx.close()


def _sync(ctx: Any, args: argparse.Namespace) -> int:
    from executrek.app import sync_service
    from executrek.app.commands import CommandError
    from executrek.app.i18n import translate

    if args.resend:
        seqs = None if args.resend == "all" else [_number(args.resend)]
        if not sync_service.send_again(ctx, seqs):
            raise CommandError(translate("Cli", "No such refused change (see --refused)."))
    if args.restore:
        _restore(ctx, args.restore)
    vault = sync_service.CredentialVault()
    password = sys.stdin.readline().rstrip("\r\n") if args.password_stdin else None
    report = sync_service.sync_once(ctx, vault, password=password)  # SyncError: one line
    print(
        f"pushed {report.pushed}, pulled {report.pulled}, photos sent {report.photos_sent}, "
        f"received {report.photos_received}, conflicts to review {report.open_conflicts}, "
        f"decided automatically {report.decided}, "
        f"errors {len(report.errors) + len(report.quarantined)}"
    )
    if report.pending:
        print(f"{report.pending} change(s) still waiting to be sent.")
    for line in report.quarantined:
        print(f"refused by the server (kept): {line}")
    if report.held:
        print(
            translate(
                "Cli",
                "{n} refused change(s) kept on this laptop: 'executrek sync --refused' lists them.",
            ).format(n=report.held)
        )
    if report.new_decided:
        print(
            translate(
                "Cli",
                "{n} field(s) were decided automatically (the later edit won): 'executrek "
                "sync --decided' shows both values.",
            ).format(n=report.new_decided)
        )
    for line in report.notices:
        print(in_words(line))
    for line in report.errors:
        print(f"executrek: {in_words(line)}", file=sys.stderr)
    return 0 if report.ok else 1


def _number(text: str) -> int:
    from executrek.app.commands import CommandError
    from executrek.app.i18n import translate

    try:
        return int(text.lstrip("#"))
    except ValueError:
        raise CommandError(
            translate("Cli", "“{value}” is not a change number; give N or all.").format(value=text)
        ) from None


def _list_refused(ctx: Any) -> int:
    from executrek.app import sync_service
    from executrek.app.i18n import translate

    held = sync_service.list_quarantined(ctx)
    if not held:
        print(translate("Cli", "No refused changes are kept on this laptop."))
        return 0
    labels = sync_service.record_labels(ctx, [(q.table_name, q.row_id) for q in held])
    again = translate("Cli", " (sent again at the next sync)")
    for q in held:
        print(
            f"#{q.seq:<6} {q.at:%Y-%m-%d %H:%M}  {q.op} {labels[(q.table_name, q.row_id)]} "
            f"({', '.join(q.fields)}): {q.reason}{again if q.resend else ''}"
        )
    print(
        translate(
            "Cli",
            "Send again: executrek sync --resend N (or all). Throw away: executrek sync "
            "--discard N.",
        )
    )
    return 0


def _discard(ctx: Any, seq: int, yes: bool) -> int:
    from executrek.app import sync_service
    from executrek.app.commands import CommandError
    from executrek.app.i18n import translate

    held = {q.seq: q for q in sync_service.list_quarantined(ctx)}
    if seq not in held:
        raise CommandError(translate("Cli", "No such refused change (see --refused)."))
    q = held[seq]
    label = sync_service.record_labels(ctx, [(q.table_name, q.row_id)])[(q.table_name, q.row_id)]
    if not yes:
        question = translate(
            "Cli",
            "Throw away change #{seq} ({op} {label}: {fields})? The record shows the central "
            "database's values again; a copy stays in the log. [y/N] ",
        ).format(seq=seq, op=q.op, label=label, fields=", ".join(q.fields))
        if sys.stdin is None or not sys.stdin.isatty():
            raise CommandError(translate("Cli", "no terminal to ask: add --yes to discard"))
        if input(question).strip().lower() not in ("y", "yes"):
            print(translate("Cli", "Nothing was discarded."))
            return 1
    sync_service.discard_refused(ctx, seq)
    print(translate("Cli", "Discarded change #{seq}; a copy is in the log.").format(seq=seq))
    return 0


def _list_decided(ctx: Any) -> int:
    from executrek.app import sync_service
    from executrek.app.i18n import translate

    rows = sync_service.decided_rows(ctx)
    if not rows:
        print(translate("Cli", "Nothing was decided automatically in the last 30 days."))
        return 0
    for row in rows:
        c = row.view
        kept = translate("Cli", "mine") if c.current_is_mine else translate("Cli", "theirs")
        print(
            f"{c.id}  {row.label} · {c.field}: kept {kept} — "
            f"mine {sync_service.shown(c.mine)!r} ({c.mine_by}, {sync_service.when(c.mine_at_ms)}), "
            f"theirs {sync_service.shown(c.theirs)!r} ({c.theirs_by}, "
            f"{sync_service.when(c.theirs_at_ms)})"
        )
    print(translate("Cli", "Bring yours back: executrek sync --restore ID."))
    return 0


def _restore(ctx: Any, conflict_id: str) -> None:
    from executrek.app import sync_service
    from executrek.app.commands import CommandError
    from executrek.app.i18n import translate

    matches = [r.view for r in sync_service.decided_rows(ctx) if r.view.id.startswith(conflict_id)]
    if len(matches) != 1:
        raise CommandError(
            translate("Cli", "No single automatic decision {id} (see --decided).").format(
                id=conflict_id
            )
        )
    sync_service.resolve_conflict(ctx, matches[0].id, "mine")
