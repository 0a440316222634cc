"""The composition root's parts: paths, settings, logging and the open store, built
once at start-up and handed to whoever needs them (no globals)."""

from __future__ import annotations

import getpass
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from executrek.app import logging_setup, paths, settings
from executrek.app.logging_setup import RecentLines
from executrek.app.paths import AppPaths
from executrek.app.settings import Settings

if TYPE_CHECKING:  # the store (SQLAlchemy) is imported only when it is opened
    from executrek.models.store import Store

log = logging.getLogger("executrek.app")


@dataclass
class AppContext:
    paths: AppPaths
    settings: settings.Settings  # with the PMO's settings in place (app/pmo_settings.py)
    recent: RecentLines
    store: Store
    # the laptop's own values where the PMO's were put in (what settings.json keeps)
    pmo_replaced: dict[str, Any] = field(default_factory=dict)

    def save_settings(self) -> None:
        settings.save(self.personal_settings(), self.paths.settings_file)

    def personal_settings(self) -> Settings:
        """The settings as ``settings.json`` keeps them (the laptop's own values)."""
        from executrek.app import pmo_settings

        return pmo_settings.personal(self.settings, self.pmo_replaced)

    def close(self) -> None:
        self.store.close()


def prepare(
    data_dir: str | Path | None, *, verbose: bool = False, console: bool = False
) -> tuple[AppPaths, RecentLines]:
    """Resolve the folders and start logging. An existing data folder that cannot be
    written is not refused here: reading commands work in it (the store opens read-only
    and the log goes to the console)."""
    app_paths = paths.resolve(data_dir)
    try:
        app_paths.ensure()
        missing: OSError | None = None
    except OSError as exc:
        if not app_paths.data.is_dir():
            raise
        missing = exc
    recent = logging_setup.setup(app_paths.logs, verbose=verbose, console=console)
    if missing is not None:
        log.info("folders in %s could not be made (%s)", app_paths.data, missing)
    return app_paths, recent


def open_context(
    app_paths: AppPaths,
    recent: RecentLines,
    prefs: settings.Settings | None = None,
    *,
    check: bool = True,
) -> AppContext:
    """Open (and migrate) the store; may raise StoreError with a user-facing message.

    ``check`` runs the bounded ``PRAGMA quick_check`` now (the GUI passes False and runs
    it in the background); damage found puts the store in read-only mode and is logged
    as a warning (shown on the console by the CLI). Without it the store checks before
    its first write."""
    from executrek.models.migrate import open_store

    store = open_store(app_paths.data, backup_dir=app_paths.backups, check_before_write=True)
    if prefs is None:
        prefs = settings.load(app_paths.settings_file)
    log.info("opened %s (device %s)", store.path, store.device_tag)
    if store.read_only is not None:
        log.info("read-only: %s", store.read_only)
    if check:
        store.quick_check()  # damage found is logged as a warning there
    from executrek.app import pmo_settings
    from executrek.models import access

    replaced = pmo_settings.overlay(prefs, access.load_settings(store), app_paths.data)
    return AppContext(app_paths, prefs, recent, store, replaced)


def ensure_identity(ctx: AppContext) -> None:
    """Every change is stamped with who made it: make sure the app knows the user."""
    from executrek.models.services import projects

    if ctx.store.actor.user_id is not None:
        return
    ident = ctx.settings.identity
    username = ident.username or getpass.getuser() or "rep"
    display = ident.display_name or username
    projects.ensure_user(ctx.store, username, display, ident.email or None)
    ident.username, ident.display_name = username, display
    ctx.save_settings()
