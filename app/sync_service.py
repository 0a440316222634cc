"""Sync for the app: credentials (OS keyring, or memory for the session with a notice),
connecting this laptop, one sync round, conflicts, originals on demand.

Every function here does blocking network or database work: the GUI calls them off
the GUI thread (``TaskRunner``), the CLI directly.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
from collections.abc import Iterator
from dataclasses import dataclass, field

import keyring
import keyring.errors
from keyring.backends import fail, null

from executrek.app.context import AppContext
from executrek.app.i18n import tr
from executrek.app.photos.blobstore import BlobStore
from executrek.sync import conflicts as conflict_store
from executrek.sync import engine
from executrek.sync.conflicts import ConflictView, Keep
from executrek.sync.connection import Credentials, connect, reachable, safe_url
from executrek.sync.engine import SyncReport
from executrek.sync.errors import NotConfigured
from executrek.sync.push import hello

log = logging.getLogger("executrek.app.sync")

KEYRING_SERVICE = "executrek-field"

__all__ = ["ConflictView", "CredentialVault", "SyncReport", "connect_laptop", "sync_once"]


def _keyring_usable() -> bool:
    backend = keyring.get_keyring()
    return not isinstance(backend, null.Keyring | fail.Keyring)


@dataclass
class CredentialVault:
    """Where the central database password lives: the OS keyring when there is one;
    otherwise in this object's memory for the session only (``in_memory`` tells, so the
    app can say so). The app keeps one vault in its context; no globals."""

    _memory: dict[str, str] = field(default_factory=dict)
    in_memory: bool = False

    @staticmethod
    def _key(url: str, user: str) -> str:
        return f"{user}@{safe_url(url)}"

    def save(self, url: str, user: str, password: str) -> bool:
        """Store the password; True when the OS keyring holds it."""
        key = self._key(url, user)
        if _keyring_usable():
            try:
                keyring.set_password(KEYRING_SERVICE, key, password)
                self.in_memory = False
                return True
            except keyring.errors.KeyringError as exc:
                log.warning(
                    "keyring refused the password (%s); keeping it in memory", type(exc).__name__
                )
        self._memory[key] = password
        self.in_memory = True
        return False

    def load(self, url: str, user: str) -> str | None:
        key = self._key(url, user)
        if key in self._memory:
            return self._memory[key]
        if _keyring_usable():
            try:
                return keyring.get_password(KEYRING_SERVICE, key)
            except keyring.errors.KeyringError:
                return None
        return None

    def forget(self, url: str, user: str) -> None:
        key = self._key(url, user)
        self._memory.pop(key, None)
        if _keyring_usable():
            with contextlib.suppress(keyring.errors.KeyringError):
                keyring.delete_password(KEYRING_SERVICE, key)


def memory_notice() -> str:
    return tr(
        "Sync",
        "No system keyring is available: the password is kept in memory for this session "
        "only and will be asked for again next time.",
    )


class BlobStoreAccess:
    """The sync engine's view of the laptop's content-addressed blob store."""

    def __init__(self, store: BlobStore) -> None:
        self.store = store

    def has(self, sha256: str) -> bool:
        return self.store.has(sha256)

    def size(self, sha256: str) -> int:
        return self.store.path_for(sha256).stat().st_size

    def read(self, sha256: str, offset: int, length: int) -> bytes:
        with self.store.open(sha256) as fh:
            fh.seek(offset)
            return fh.read(length)

    def write(self, sha256: str, chunks: Iterator[bytes]) -> None:
        data = b"".join(chunks)
        if hashlib.sha256(data).hexdigest() != sha256:
            raise ValueError("downloaded blob does not match its SHA-256")
        self.store.put_bytes(data)


def credentials(
    ctx: AppContext, vault: CredentialVault, password: str | None = None
) -> Credentials:
    central = ctx.settings.central
    if not central.url:
        raise NotConfigured(
            tr(
                "Sync",
                "This laptop is not connected to a central database yet. "
                "Run 'executrek connect --url URL --user NAME'.",
            )
        )
    if password is None:
        password = vault.load(central.url, central.user)
    return Credentials(central.url, central.user or None, password, central.ca_file or None)


def connect_laptop(
    ctx: AppContext,
    vault: CredentialVault,
    url: str,
    user: str,
    password: str,
    ca_file: str | None = None,
) -> bool:
    """Check the credentials against the server (a real round trip), then remember the
    URL and user in the settings and the password in the vault. Returns True when the
    password went to the OS keyring."""
    creds = Credentials(url, user, password, ca_file)
    with connect(creds) as conn:
        hello(conn, ctx.store.device_id)
    central = ctx.settings.central
    central.url, central.user, central.ca_file = url, user, ca_file or ""
    ctx.save_settings()
    stored = vault.save(url, user, password)
    log.info("connected to %s as %s", safe_url(url), user)
    return stored


def is_reachable(ctx: AppContext, vault: CredentialVault) -> bool:
    """A real ``SELECT 1`` against the central database (for the status indicator)."""
    try:
        return reachable(credentials(ctx, vault))
    except NotConfigured:
        return False


def sync_once(
    ctx: AppContext,
    vault: CredentialVault,
    *,
    password: str | None = None,
    progress: engine.Progress | None = None,
) -> SyncReport:
    """Push and pull once; the summary says what went through and what needs attention."""
    creds = credentials(ctx, vault, password)
    blobs = BlobStoreAccess(BlobStore(ctx.paths.blobs))
    report = engine.sync_once(ctx.store, creds, blobs, progress=progress)
    log.info(
        "sync: pushed %d, pulled %d, photos %d/%d, conflicts %d, errors %d",
        report.pushed,
        report.pulled,
        report.photos_sent,
        report.photos_received,
        report.open_conflicts,
        len(report.errors),
    )
    return report


def list_conflicts(ctx: AppContext, *, include_auto: bool = False) -> list[ConflictView]:
    return conflict_store.list_conflicts(
        ctx.store, ctx.settings.central.user, include_auto=include_auto
    )


def resolve_conflict(ctx: AppContext, conflict_id: str, keep: Keep) -> None:
    """Keep "mine" or "theirs"; the choice syncs like any edit."""
    conflict_store.resolve(ctx.store, ctx.settings.central.user, conflict_id, keep)


def fetch_original(ctx: AppContext, vault: CredentialVault, sha256: str) -> bool:
    """Download one photo original on demand; False when the server does not have it."""
    blobs = BlobStoreAccess(BlobStore(ctx.paths.blobs))
    if blobs.has(sha256):
        return True
    return engine.fetch_blob(credentials(ctx, vault), blobs, sha256)
