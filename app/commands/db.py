"""``executrek db check|backup FILE [--force]|restore FILE``.

``backup`` never replaces an existing file unless ``--force`` is given, and never
writes over the database it copies."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from executrek.app.commands import add_actions, add_flag, common_parser

NAME = "db"
HELP = "check, back up or restore the local database"


def add_arguments(p: argparse.ArgumentParser) -> None:
    common = [common_parser()]
    sub = add_actions(p, "db_command")
    sub.add_parser("check", parents=common, help="integrity and foreign-key check")
    bk = sub.add_parser("backup", parents=common, help="write a consistent copy to FILE")
    bk.add_argument(
        "file",
        type=Path,
        metavar="FILE",
        help="the copy to write (a folder: executrek-backup.sqlite in it)",
    )
    add_flag(bk, "--force", "replace FILE if it already exists")
    rs = sub.add_parser(
        "restore",
        parents=common,
        help="replace the database with FILE (the current one is backed up)",
    )
    rs.add_argument(
        "file", type=Path, metavar="FILE", help="a backup made by 'executrek db backup'"
    )


def run(args: argparse.Namespace) -> int:
    from executrek.app import dbtools
    from executrek.app.i18n import translate

    app_paths = args.app_paths
    if args.db_command == "check":
        report = dbtools.check(app_paths.database)
        print(
            translate(
                "Cli",
                "{path}: schema {revision}, integrity {integrity}, {broken} broken reference(s), "
                "{pending} change(s) waiting to sync, {size} MB",
            ).format(
                path=report.path,
                revision=report.revision,
                integrity=report.integrity,
                broken=report.foreign_key_problems,
                pending=report.outbox_pending,
                size=f"{report.size_bytes / 1e6:.1f}",
            )
        )
        if not report.ok:
            print(
                translate(
                    "Cli",
                    "executrek: the database needs attention: restore an earlier backup "
                    "from {folder} with 'executrek db restore FILE'.",
                ).format(folder=app_paths.backups),
                file=sys.stderr,
            )
        return 0 if report.ok else 1
    if args.db_command == "backup":
        _check_backup_target(args.file, app_paths.database, force=args.force)
        target = dbtools.backup(app_paths.database, args.file)
        print(translate("Cli", "Backed up to {path}").format(path=Path(target).resolve()))
        return 0
    from executrek.app import settings

    keep = settings.load(app_paths.settings_file).backups
    made = dbtools.restore(
        args.file,
        app_paths.database,
        app_paths.backups,
        keep=keep.keep_before_restore,
        keep_days=keep.keep_days,
    )
    text = translate("Cli", "Restored from {path}").format(path=args.file.resolve())
    if made:
        text += translate("Cli", "; the previous database is in {path}").format(path=made)
    print(text)
    return 0


def _check_backup_target(given: Path, database: Path, *, force: bool) -> None:
    """Refuse to write over an existing file (unless ``force``) or over the database."""
    from executrek.app.commands import CommandError
    from executrek.app.i18n import translate

    target = given / f"{database.stem}-backup.sqlite" if given.is_dir() else given
    if target.resolve() == database.resolve():
        raise CommandError(
            translate("Cli", "{path} is the database itself; give the backup another name.").format(
                path=target.resolve()
            )
        )
    if target.exists() and not force:
        raise CommandError(
            translate(
                "Cli",
                "{path} already exists; give another name, or add --force to replace it.",
            ).format(path=target.resolve())
        )
