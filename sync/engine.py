"""One sync round: push the outbox, pull every project this user may see, refresh
number leases, fetch small blobs. Returns a summary; never throws local work away."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import psycopg
from sqlalchemy import func, select

from executrek.models import access
from executrek.models.common import Photo
from executrek.models.errors import QT_TRANSLATE_NOOP, Sentence
from executrek.models.local import Outbox
from executrek.models.records.drawing.model import DrawingFile
from executrek.models.store import Store
from executrek.models.sync_local import SyncConflict, SyncQuarantine
from executrek.sync import numbers, pmo_settings
from executrek.sync.apply import RowWriter, held_aside
from executrek.sync.blobs import BlobAccess, BlobStats, download
from executrek.sync.conflicts import REVIEW_KINDS, list_decided
from executrek.sync.connection import Credentials, connect
from executrek.sync.errors import ServerTooOld, SyncError, Unreachable, VersionMismatch
from executrek.sync.pull import downloads, pull_project
from executrek.sync.push import push
from executrek.sync.refused import Settled
from executrek.sync.tls import insecure_notice, plain_text_allowed
from executrek.sync.wire import NIL_PROJECT, PROTOCOL, RIGHTS_PROTOCOL

log = logging.getLogger("executrek.sync")

# Photos up to this size come down eagerly, bigger originals on demand; drawing files
# always come down (they are needed offline).
EAGER_BLOB_BYTES = 256 * 1024

Progress = Callable[[str, int, int], None]


@dataclass
class SyncReport:
    pushed: int = 0
    skipped: int = 0
    pulled: int = 0
    photos_sent: int = 0
    photos_received: int = 0
    bytes_sent: int = 0
    quarantined: list[str] = field(default_factory=list)
    set_aside: int = 0  # server rows this laptop keeps aside (wrong place, missing parent)
    new_conflicts: int = 0
    open_conflicts: int = 0
    pending: int = 0
    revoked: list[str] = field(default_factory=list)
    held: int = 0  # refused changes kept on this laptop (all rounds)
    resent: int = 0  # refused changes sent again in this round
    downloading: list[str] = field(default_factory=list)  # first downloads not finished
    decided: int = 0  # automatic decisions that can still be turned round
    new_decided: int = 0
    notices: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    error_kind: str | None = None
    update_required: bool = False
    rights_changed: bool = False  # the person's roles or PMO-wide rights changed
    pmo_settings: dict[str, Any] | None = None  # the PMO's settings (None: not told)
    pmo_settings_changed: bool = False

    @property
    def ok(self) -> bool:
        """Everything went through: nothing refused, nothing left, no error."""
        return not self.errors and not self.quarantined and self.pending == 0


def sync_once(
    store: Store,
    creds: Credentials,
    blobs: BlobAccess | None = None,
    *,
    progress: Progress | None = None,
    eager_blob_bytes: int = EAGER_BLOB_BYTES,
) -> SyncReport:
    report = SyncReport()
    if plain_text_allowed(creds.url, creds.ca_file, creds.insecure):
        report.notices.append(insecure_notice())
    before = _open_conflicts(store)
    decided_before = len(list_decided(store, creds.user or ""))
    stats = BlobStats()
    try:
        with connect(creds) as conn, connect(creds, autocommit=True) as blob_conn:
            result = push(
                store,
                conn,
                store.device_id,
                blobs,
                stats,
                blob_conn=blob_conn,
                progress=(lambda d, t: progress("push", d, t)) if progress else None,
            )
            report.pushed = result.applied
            report.resent = result.settled.resent
            report.notices.extend(_settled_notices(result.settled))
            report.skipped = result.skipped
            report.quarantined = [f"change #{seq}: {reason}" for seq, reason in result.quarantined]
            report.errors.extend(
                _said(QT_TRANSLATE_NOOP("Sync", "The photo file {file}… is missing on this laptop."),
                      file=sha[:12])
                for sha in result.blob_errors
            )  # fmt: skip
            if result.min_client_protocol > PROTOCOL:
                report.update_required = True
                raise VersionMismatch(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "Your changes were sent, but this version of Executrek Field is too "
                        "old for the central database. Install the latest version to keep "
                        "syncing.",
                    )
                )
            projects = conn.execute(
                "SELECT project_id::text, code, revoked FROM pmo.sync_projects()"
            ).fetchall()
            if result.server_protocol >= RIGHTS_PROTOCOL:
                answer = conn.execute("SELECT pmo.sync_rights()").fetchone()
                told = access.parse(answer[0] if answer and answer[0] else {})
                report.rights_changed = access.learn(store, told)
                known = access.load_settings(store)  # read once: sent as known, compared
                report.pmo_settings = pmo_settings.fetch(conn, known)
                report.pmo_settings_changed = report.pmo_settings != known and (
                    access.learn_settings(store, report.pmo_settings)
                )
            conn.commit()
            writer = RowWriter()
            for project_id, code, revoked in sorted(projects, key=lambda p: p[0] != NIL_PROJECT):
                if revoked:
                    report.revoked.append(code or project_id)
                    continue
                report.pulled += pull_project(
                    store,
                    conn,
                    writer,
                    project_id,
                    progress=(lambda n, t: progress("pull", n, t)) if progress else None,
                )
                if project_id != NIL_PROJECT:
                    numbers.refresh_leases(store, conn, project_id)
            held = writer.retry_set_aside(store)
            if held:
                report.set_aside = held
                report.notices.append(_aside_notice(held_aside(store)))
            if writer.refused:
                report.errors.append(
                    _said(
                        QT_TRANSLATE_NOOP(
                            "Sync",
                            "{n} record(s) from the central database clash with a record on "
                            "this laptop that has the same code or number (for example a "
                            "project created twice offline). Rename one of them and sync again.",
                        ),
                        n=len(writer.refused),
                    )
                )
            if blobs is not None:
                _eager_blobs(store, blob_conn, blobs, stats, eager_blob_bytes)
            conn.execute("SELECT pmo.sync_pulled(%s)", (store.device_id,))
            conn.commit()
            if result.server_protocol < PROTOCOL:
                report.errors.append(
                    _said(
                        QT_TRANSLATE_NOOP(
                            "Sync",
                            "The central database runs an older version than this app; ask the "
                            "PMO to upgrade it ('executrek central init'). Your changes were sent.",
                        )
                    )
                )
                report.error_kind = ServerTooOld.kind
    except SyncError as exc:
        report.errors.append(exc.sentence())
        report.error_kind = exc.kind
    except psycopg.OperationalError as exc:
        log.info("sync interrupted: %s", exc.__class__.__name__)
        report.errors.append(
            _said(
                QT_TRANSLATE_NOOP(
                    "Sync",
                    "The connection to the central database was lost. Your work is kept and "
                    "will be sent at the next sync.",
                )
            )
        )
        report.error_kind = Unreachable.kind
    for label, rows in downloading(store):
        report.downloading.append(label)
        report.notices.append(
            _said(
                QT_TRANSLATE_NOOP(
                    "Sync",
                    "The first download of {project} stopped after {n} record(s); they are "
                    "kept and the next sync continues where it stopped.",
                ),
                project=label,
                n=rows,
            )
        )
    report.photos_sent = stats.sent
    report.photos_received = stats.received
    report.bytes_sent = stats.bytes_sent
    after = _open_conflicts(store)
    report.open_conflicts = after
    report.new_conflicts = max(0, after - before)
    report.decided = len(list_decided(store, creds.user or ""))
    report.new_decided = max(0, report.decided - decided_before)
    with store.read() as s:
        report.pending = s.scalar(select(func.count()).select_from(Outbox)) or 0
        report.held = s.scalar(select(func.count()).select_from(SyncQuarantine)) or 0
    if report.revoked:
        report.notices.append(
            _said(
                QT_TRANSLATE_NOOP(
                    "Sync",
                    "Your membership was withdrawn for: {projects}. Changes you made there "
                    "are kept on this laptop and in the PMO's quarantine.",
                ),
                projects=", ".join(report.revoked),
            )
        )
    return report


def downloading(store: Store) -> list[tuple[str, int]]:
    """(project code, records so far) of first downloads that continue at the next sync."""
    from executrek.models.project import Project

    left = downloads(store)
    if not left:
        return []
    with store.read() as s:
        codes = dict(s.execute(select(Project.id, Project.code).where(Project.id.in_(left))).all())
    return [(codes.get(pid) or pid[:8], d.rows) for pid, d in sorted(left.items())]


def _said(template: str, **params: Any) -> Sentence:
    """A sentence of the sync report (context "Sync"), translated where it is shown."""
    return Sentence(template, context="Sync", **params)


_SETTLED = (
    ("resent", QT_TRANSLATE_NOOP("Sync", "{n} change(s) the central database had refused were sent again.")),
    ("reapplied", QT_TRANSLATE_NOOP("Sync", "The PMO applied {n} of your refused change(s) on the central database.")),
    ("discarded", QT_TRANSLATE_NOOP("Sync", "The PMO discarded {n} of your refused change(s); the records show the central database's values again (a copy is in the log).")),
)  # fmt: skip


def _settled_notices(settled: Settled) -> list[str]:
    return [_said(text, n=n) for what, text in _SETTLED if (n := getattr(settled, what))]


def _aside_notice(reasons: dict[str, int]) -> str:
    return _said(
        QT_TRANSLATE_NOOP(
            "Sync",
            "{n} record(s) from the central database were set aside on this laptop and are "
            "not shown: {detail}. Your own work is not affected; tell the PMO if this stays "
            "after the next sync.",
        ),
        n=sum(reasons.values()),
        detail="; ".join(f"{why} ({n})" for why, n in sorted(reasons.items())),
    )


def _open_conflicts(store: Store) -> int:
    with store.read() as s:
        return (
            s.scalar(
                select(func.count())
                .select_from(SyncConflict)
                .where(SyncConflict.status == "open", SyncConflict.kind.in_(REVIEW_KINDS))
            )
            or 0
        )


def _eager_blobs(
    store: Store,
    conn: psycopg.Connection,
    blobs: BlobAccess,
    stats: BlobStats,
    limit: int,
) -> None:
    with store.read() as s:
        shas = list(
            s.scalars(
                select(Photo.sha256).where(Photo.deleted_at.is_(None), Photo.size_bytes <= limit)
            )
        )
        # Drawings are read offline on site: their originals always come down.
        shas += s.scalars(select(DrawingFile.sha256).where(DrawingFile.deleted_at.is_(None)))
    for sha in dict.fromkeys(shas):
        if not blobs.has(sha):
            download(conn, blobs, sha, stats)


def fetch_blob(creds: Credentials, blobs: BlobAccess, sha256: str) -> bool:
    """Bring one original down on demand (for viewing or a report)."""
    stats = BlobStats()
    with connect(creds, autocommit=True) as conn:
        return download(conn, blobs, sha256, stats)
