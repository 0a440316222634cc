"""Sync for the app: credentials (OS keyring, or memory for the session with a notice),
connecting this laptop, one sync round, conflicts, originals on demand.

Every function here does blocking network or database work: the GUI calls them off
the GUI thread (``TaskRunner``), the CLI directly.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from types import SimpleNamespace
from typing import Any

import keyring
import keyring.errors
from keyring.backends import fail, null
from psycopg import Error as DatabaseError
from sqlalchemy import func, select

from executrek.app.context import AppContext
from executrek.app.i18n import translate
from executrek.app.messages import user_message
from executrek.app.photos.blobstore import BlobStore
from executrek.app.sync_messages import explain
from executrek.models import kinds
from executrek.models.changes import Changes
from executrek.models.local import Outbox, SyncState
from executrek.models.project import Project
from executrek.models.records.diary import chain as diary_chain
from executrek.models.records.diary.chain import ChainProblem
from executrek.models.schema import synced_tables
from executrek.sync import conflicts as conflict_store
from executrek.sync import engine, placement, refused, tls
from executrek.sync.apply import RowWriter
from executrek.sync.conflicts import ConflictView, Keep
from executrek.sync.connection import Credentials, connect, reachable, safe_url
from executrek.sync.engine import SyncReport
from executrek.sync.errors import NotConfigured, SyncError
from executrek.sync.push import hello
from executrek.sync.wire import NIL_PROJECT

log = logging.getLogger("executrek.app.sync")

KEYRING_SERVICE = "executrek-field"

__all__ = [
    "ConflictView",
    "ConnectOutcome",
    "CredentialVault",
    "Credentials",
    "Keep",
    "QuarantinedChange",
    "SetAsideRecord",
    "SyncReport",
    "connect_laptop",
    "discard_refused",
    "explain",
    "insecure_notice",
    "list_decided",
    "list_set_aside",
    "plain_text_allowed",
    "run_sync",
    "send_again",
    "sync_once",
    "try_connect",
]


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
    return translate(
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
            translate(
                "Sync",
                "This laptop is not connected to a central database yet. "
                "Run 'executrek connect --url URL --user NAME'.",
            )
        )
    if password is None:
        password = vault.load(central.url, central.user)
    # ``connect --insecure`` stored the weak sslmode in the address: that is the choice.
    insecure = tls.explicit_sslmode(central.url) in tls.WEAK_MODES
    return Credentials(
        central.url, central.user or None, password, central.ca_file or None, insecure
    )


def plain_text_allowed(ctx: AppContext) -> bool:
    """The connected address may travel unencrypted to another computer (--insecure)."""
    central = ctx.settings.central
    insecure = tls.explicit_sslmode(central.url) in tls.WEAK_MODES
    return bool(central.url) and tls.plain_text_allowed(
        central.url, central.ca_file or None, insecure
    )


def insecure_notice() -> str:
    return translate("Sync", tls.insecure_notice())


def connect_laptop(ctx: AppContext, vault: CredentialVault, creds: Credentials) -> bool:
    """Check the credentials against the server (a real round trip), then remember the
    URL and user in the settings and the password in the vault. Returns True when the
    password went to the OS keyring. ``creds.insecure`` allows an unencrypted connection
    to another computer; it is remembered as ``sslmode=prefer`` in the stored address."""
    with connect(creds) as conn:
        hello(conn, ctx.store.device_id)
    url, user, ca_file = creds.url, creds.user or "", creds.ca_file
    if tls.plain_text_allowed(url, ca_file, creds.insecure) and tls.explicit_sslmode(url) is None:
        url = tls.with_sslmode(url, "prefer")
    central = ctx.settings.central
    central.url, central.user, central.ca_file = url, user, ca_file or ""
    ctx.save_settings()
    stored = vault.save(url, user, creds.password or "")
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


# --- for the window (never raise environment failures: return them as values) -------


@dataclass(frozen=True)
class ConnectOutcome:
    ok: bool
    in_keyring: bool = False
    message: str = ""  # why it failed, or the in-memory notice


def try_connect(
    ctx: AppContext,
    vault: CredentialVault,
    url: str,
    user: str,
    password: str,
    ca_file: str | None = None,
    *,
    insecure: bool = False,
) -> ConnectOutcome:
    """``connect_laptop`` for the window: failures come back as a plain sentence."""
    try:
        creds = Credentials(url.strip(), user.strip(), password, ca_file, insecure)
        stored = connect_laptop(ctx, vault, creds)
    except SyncError as exc:
        message = user_message(exc) if exc.kind == "config" else explain(exc.kind, exc.sentence())
        return ConnectOutcome(False, message=message)
    except DatabaseError as exc:
        log.info("connect refused by the server: %s", type(exc).__name__)
        return ConnectOutcome(False, message=explain("server"))
    return ConnectOutcome(True, stored, "" if stored else memory_notice())


def run_sync(
    ctx: AppContext, vault: CredentialVault, progress: engine.Progress | None = None
) -> SyncReport:
    """One round for the window; never raises an environment failure: it is in the
    report (``errors``, ``error_kind``)."""
    try:
        return sync_once(ctx, vault, progress=progress)
    except SyncError as exc:
        return SyncReport(errors=[exc.sentence()], error_kind=exc.kind)
    except DatabaseError as exc:
        log.warning("sync refused by the server: %s", type(exc).__name__)
        return SyncReport(errors=[explain("server")], error_kind="server")


def check(ctx: AppContext, vault: CredentialVault) -> tuple[bool, int]:
    """Reachable (a real ``SELECT 1``) and how many changes wait to be sent."""
    return is_reachable(ctx, vault), pending_changes(ctx)


def pending_changes(ctx: AppContext) -> int:
    with ctx.store.read() as s:
        return s.scalar(select(func.count()).select_from(Outbox)) or 0


@dataclass(frozen=True)
class QuarantinedChange:
    seq: int
    table_name: str
    row_id: str
    op: str
    reason: str
    at: dt.datetime
    fields: tuple[str, ...] = ()
    resend: bool = False  # goes out again at the next sync


def list_quarantined(ctx: AppContext) -> list[QuarantinedChange]:
    """Changes the server refused (kept on this laptop and in the PMO's quarantine)."""
    return [
        QuarantinedChange(h.seq, h.table_name, h.row_id, h.op, h.reason, h.at, h.fields, h.resend)
        for h in refused.list_held(ctx.store)
    ]


def send_again(ctx: AppContext, seqs: list[int] | None = None) -> int:
    """Send these refused changes again at the next sync (None: all of them)."""
    return refused.mark_resend(ctx.store, seqs)


def discard_refused(ctx: AppContext, seq: int) -> Changes:
    """Throw one refused change away: the record shows the central values again; a copy
    of the change is in the log. The changes tell open screens to redraw."""
    change = refused.discard(ctx.store, seq)
    out = Changes()
    out.note("updated", change.table_name, change.row_id, change.project_id)
    out.note("updated", "sync_quarantine", str(seq), change.project_id)
    return out


def list_decided(ctx: AppContext) -> list[ConflictView]:
    """Automatic decisions of the last ``RESTORE_DAYS`` days (both values, who, when)."""
    return conflict_store.list_decided(ctx.store, ctx.settings.central.user)


def downloading(ctx: AppContext) -> list[tuple[str, int]]:
    """First downloads that were cut: (project code, records kept so far); the next
    sync continues each where it stopped."""
    return engine.downloading(ctx.store)


def decided_rows(ctx: AppContext) -> list[ConflictRow]:
    views = list_decided(ctx)
    labels = record_labels(ctx, [(v.table_name, v.row_id) for v in views])
    return [ConflictRow(v, labels[(v.table_name, v.row_id)]) for v in views]


def accept_decided(ctx: AppContext, conflict_id: str) -> Changes:
    """Keep what the automatic decision shows (it leaves the list)."""
    conflict_store.accept(ctx.store, ctx.settings.central.user, conflict_id)
    return everything_changed()


@dataclass(frozen=True)
class SetAsideRecord:
    """A record from the central database this laptop keeps aside (not shown)."""

    table_name: str
    row_id: str
    project_id: str
    reason: str


def list_set_aside(ctx: AppContext) -> list[SetAsideRecord]:
    """Server records set aside on this laptop: in the wrong place, pointing at what
    this laptop does not have, or not storable (``sync.placement``); retried each sync."""
    return [
        SetAsideRecord(e["tbl"], e["id"], e["project_id"], e["reason"])
        for e in placement.set_aside_records(ctx.store)
    ]


def record_labels(ctx: AppContext, rows: list[tuple[str, str]]) -> dict[tuple[str, str], str]:
    """``(table, row_id)`` → a label a person recognises ("PI-0042 · Cracked tile")."""
    from executrek.app import record_refs

    types = kinds.RECORD_TYPE_OF_TABLE
    keys = [(types[t], rid) for t, rid in rows if t in types]
    found = record_refs.labels(ctx.store, keys)
    out: dict[tuple[str, str], str] = {}
    for table, rid in rows:
        label = found.get((types.get(table, ""), rid))
        out[(table, rid)] = label or f"{table.replace('_', ' ')} {rid[:8]}"
    return out


@dataclass(frozen=True)
class ConflictRow:
    """A conflict as the window lists it: the record's label and both sides."""

    view: ConflictView
    label: str


def conflict_rows(ctx: AppContext) -> list[ConflictRow]:
    """Conflicts that need a person (the Sync screen's first list)."""
    views = list_conflicts(ctx)
    labels = record_labels(ctx, [(v.table_name, v.row_id) for v in views])
    return [ConflictRow(v, labels[(v.table_name, v.row_id)]) for v in views]


def resolve_and_report(ctx: AppContext, conflict_id: str, keep: Keep) -> Changes:
    """Resolve one conflict; the changes tell open screens to redraw."""
    resolve_conflict(ctx, conflict_id, keep)
    return everything_changed()


def everything_changed() -> Changes:
    """What a pull may have touched: every synced table (screens redraw what they show)."""
    out = Changes()
    for table in synced_tables():
        out.note("updated", table, "*", None)
    return out


def when(ms: int | None) -> str:
    """A conflict side's time in local time, for people."""
    if ms is None:
        return ""
    return dt.datetime.fromtimestamp(ms / 1000).strftime("%Y-%m-%d %H:%M")


def shown(value: Any) -> str:
    if value is None:
        return translate("Sync", "(empty)")
    if isinstance(value, bool):
        return translate("Sync", "yes") if value else translate("Sync", "no")
    return str(value)


# --- nothing half-done hidden: rows a pull could not place, diary days changed --------


@dataclass(frozen=True)
class SetAsideRow:
    """A set-aside record as the window lists it: the record, a label a person
    recognises ("PI-0042 · Cracked tile", from the laptop's copy or the row that came)
    and its project's code."""

    record: SetAsideRecord
    label: str
    project: str


def _label_from_data(table: str, data: Any) -> str | None:
    """``PI-0042 · Cracked tile`` from a pulled row's data (it is not on this laptop)."""
    kind = kinds.BY_TABLE.get(table)
    if kind is None or not isinstance(data, dict) or not data.get("title"):
        return None
    fields = {"number": data.get("number"), "draft_number": data.get("draft_number")}
    if kind.variant:
        fields[kind.variant] = data.get(kind.variant)
    try:
        return kind.label(SimpleNamespace(title=data["title"], **fields))
    except (TypeError, ValueError):  # a number or variant the kind does not know
        return None


def project_codes(ctx: AppContext, ids: Iterable[str]) -> dict[str, str]:
    """Project id → code for the projects this laptop has; the shared area has a name."""
    wanted = set(ids)
    if not wanted:
        return {}
    with ctx.store.read() as s:
        rows = s.execute(select(Project.id, Project.code).where(Project.id.in_(wanted))).all()
    found: dict[str, str] = {str(pid): str(code) for pid, code in rows}
    found[NIL_PROJECT] = translate("Sync", "shared (no project)")
    return {pid: found.get(pid) or pid[:8] for pid in wanted}


def set_aside_rows(ctx: AppContext) -> list[SetAsideRow]:
    """Records a pull could not place (the Sync screen's *Set aside* list): labelled from
    this laptop's copy when it has one (an update that could not be applied), else from
    the row that came."""
    from executrek.app import record_refs

    entries = placement.set_aside_records(ctx.store)
    types = kinds.RECORD_TYPE_OF_TABLE
    keys = [(str(e["tbl"]), str(e["id"])) for e in entries]
    here = record_refs.labels(ctx.store, [(types[t], rid) for t, rid in keys if t in types])
    codes = project_codes(ctx, [str(e["project_id"]) for e in entries])
    out = []
    for (table, row_id), e in zip(keys, entries, strict=True):
        record = SetAsideRecord(table, row_id, str(e["project_id"]), str(e["reason"]))
        label = (
            here.get((types.get(table, ""), row_id))
            or _label_from_data(table, e.get("data"))
            or f"{table.replace('_', ' ')} {row_id[:8]}"
        )
        out.append(SetAsideRow(record, label, codes[record.project_id]))
    return out


@dataclass(frozen=True)
class Retried:
    """What trying the set-aside records again did; ``changes`` redraw open screens."""

    placed: int
    left: int
    changes: Changes


def retry_set_aside(ctx: AppContext) -> Retried:
    """Try to place every set-aside record again with what this laptop has now (no
    network: the next sync also tries, after it pulled what they may wait for)."""
    before = len(placement.set_aside_records(ctx.store))
    left = RowWriter().retry_set_aside(ctx.store)
    placed = max(0, before - left)
    return Retried(placed, left, everything_changed() if placed else Changes())


def forget_set_aside(ctx: AppContext, row_id: str) -> Changes:
    """Stop trying to place one set-aside record: this laptop keeps what it has; the
    record stays in the central database and comes again when it changes there. A
    copy of what was set aside goes to the log."""
    with ctx.store.unit_of_work() as s:
        entry = s.get(SyncState, placement.ASIDE + row_id)
        if entry is not None:  # gone already: placed by a sync meanwhile, or forgotten
            log.warning("set-aside record forgotten by its user: %s", entry.value)
            s.delete(entry)
    out = Changes()
    out.note("deleted", "sync_state", placement.ASIDE + row_id, None)
    return out


@dataclass(frozen=True)
class DiaryProblem:
    """A closed diary day whose content or place in the chain no longer matches its
    hash (``chain.ChainProblem``), with its project's code."""

    problem: ChainProblem
    project: str


def diary_problems(ctx: AppContext) -> list[DiaryProblem]:
    """Closed diary days changed after they were closed, in every project (one read:
    each day is hashed again)."""
    found = diary_chain.chain_problems(ctx.store)
    codes = project_codes(ctx, [p.project_id for p in found])
    return [DiaryProblem(p, codes[p.project_id]) for p in found]
