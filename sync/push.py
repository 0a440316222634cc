"""Push: the outbox, in device mutation order, applied exactly once by the server.

The server keeps the last applied mutation number per device in the same transaction
as the writes, so a batch re-sent after any failure (even a lost reply after COMMIT)
is skipped where it was applied. The outbox is trimmed only after the server's answer;
refused mutations move to the local quarantine list, never silently dropped.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import cached_property
from json.encoder import encode_basestring_ascii as _quote
from typing import Any, NamedTuple

import psycopg
from sqlalchemy import delete, select

from executrek.models import clock
from executrek.models.base import utcnow
from executrek.models.errors import QT_TRANSLATE_NOOP
from executrek.models.local import Outbox
from executrek.models.store import Store
from executrek.models.sync_local import SyncQuarantine
from executrek.sync import refused as refused_changes
from executrek.sync.blobs import BlobAccess, BlobStats, upload
from executrek.sync.clock_guard import keep_near_server
from executrek.sync.errors import ClockAhead, NotRegistered, SyncError
from executrek.sync.wire import (
    BLOB_TABLES,
    EDITS_PROTOCOL,
    NIL_PROJECT,
    PROTOCOL,
    ROWS_PROTOCOL,
)

BATCH = 1000
# Runs of new rows at least this long go column-wise on their own (sync_push_rows);
# shorter ones travel with the edits around them.
MIN_ROWS_RUN = 50
PUSH_WORK_MEM = "32MB"


@dataclass
class PushResult:
    applied: int = 0
    skipped: int = 0
    quarantined: list[tuple[int, str]] = field(default_factory=list)
    min_client_protocol: int = 1
    server_protocol: int = PROTOCOL
    blob_errors: list[str] = field(default_factory=list)
    blob_refused: list[str] = field(default_factory=list)  # the server's reasons
    settled: refused_changes.Settled = field(default_factory=refused_changes.Settled)


class _Pending(NamedTuple):
    """An outbox row as stored, with its wire JSON built by SQLite: the mutation with
    its patch embedded as stored, or — for a row going to ``sync_push_rows`` — the row's
    values ``{field: new}``, and for an edit going there its base values ``{field: base}``
    in ``was`` (no decode/encode round in Python either way)."""

    seq: int
    table_name: str
    row_id: str
    project_id: str | None
    op: str
    patch: str
    base_version: int
    hlc: str
    json: str
    was: str | None = None

    def classic(self) -> str:
        """The mutation as ``sync_push`` takes it (built here when a run of new rows falls
        back to the classic path, and for the events between edits: strings quoted by
        json's C encoder, no dict and no ``json.dumps`` per row)."""
        return (
            f'{{"seq": {int(self.seq)}, "table": {_text(self.table_name)}, '
            f'"row_id": {_text(self.row_id)}, "project_id": {_text(self.project_id)}, '
            f'"op": {_text(self.op)}, "base_version": {int(self.base_version or 0)}, '
            f'"hlc": {_text(self.hlc)}, "patch": {self.patch}}}'
        )


def _text(value: str | None) -> str:
    """A JSON string (or null)."""
    return "null" if value is None else _quote(value)


@dataclass(frozen=True)
class _Batch:
    """One batch on the wire: classic mutations, a contiguous run of new rows sent
    column-wise (``as_rows``; ``rows[i].json`` is then the row's values), or a contiguous
    batch of edits and new rows sent column-wise (``as_edits``; values in ``json``, an
    edit's base values in ``was``)."""

    rows: list[_Pending]
    as_rows: bool
    as_edits: bool = False

    def classic(self) -> str:
        if self.as_rows or self.as_edits:
            return "[" + ",".join(r.classic() for r in self.rows) + "]"
        return "[" + ",".join(r.json for r in self.rows) + "]"

    @cached_property
    def wire(self) -> tuple[int | str, ...]:
        """The column-wise arguments (after device and protocol), built once: by the thread
        that reads the batch while the server applies the one before."""
        return self.edit_columns() if self.as_edits else self.columns()

    def edit_columns(self) -> tuple[int, str, str, str, str, str, str, str, str]:
        """``columns`` plus each mutation's op, base version and base values (JSON null
        for a new row)."""
        rows = self.rows
        return (
            *self.columns(),
            _array(r.op for r in rows),
            "{" + ",".join(str(int(r.base_version or 0)) for r in rows) + "}",
            "[" + ",".join(r.was or "null" for r in rows) + "]",
        )

    def columns(self) -> tuple[int, str, str, str, str, str]:
        rows = self.rows
        return (
            rows[0].seq,
            _array(r.table_name for r in rows),
            _array(r.row_id for r in rows),
            _array(r.project_id or NIL_PROJECT for r in rows),
            _array(r.hlc for r in rows),
            "[" + ",".join(r.json for r in rows) + "]",
        )


def _array(values: Iterable[str]) -> str:
    """A PostgreSQL array literal of quoted strings."""
    return (
        "{"
        + ",".join('"' + v.replace("\\", "\\\\").replace('"', '\\"') + '"' for v in values)
        + "}"
    )


def hello(conn: psycopg.Connection, device_id: str) -> dict[str, Any]:
    row = conn.execute("SELECT pmo.sync_hello(%s, %s)", (device_id, PROTOCOL)).fetchone()
    conn.commit()
    assert row is not None
    answer: dict[str, Any] = row[0]
    _check_status(answer)
    return answer


def _check_status(answer: dict[str, Any]) -> None:
    status = answer.get("status")
    if status == "unknown_user":
        raise NotRegistered(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Your user is not registered on the central database. "
                "Ask the PMO to add you ('executrek central add-user').",
            )
        )
    if status == "device_owner":
        raise NotRegistered(
            QT_TRANSLATE_NOOP(
                "Errors",
                "This laptop was registered on the central database by another user. "
                "Connect with that user, or ask the PMO for help.",
            )
        )


def acknowledge(store: Store, conn: psycopg.Connection, device_id: str, last_seq: int) -> int:
    """Trim outbox entries the server already applied (e.g. when its reply was lost),
    keeping those it quarantined in the local quarantine list."""
    with store.read() as s:
        seqs = list(s.scalars(select(Outbox.seq).where(Outbox.seq <= last_seq)))
    if not seqs:
        return 0
    refused: dict[int, str] = dict(
        conn.execute(
            "SELECT mutation_seq, reason FROM pmo.quarantine WHERE device_id = %s "
            "AND mutation_seq BETWEEN %s AND %s",
            (device_id, min(seqs), max(seqs)),
        ).fetchall()
    )
    conn.commit()
    _trim(store, last_seq, refused)
    return len(seqs)


def _trim(store: Store, last_seq: int, refused: dict[int, str]) -> None:
    with store.unit_of_work(remote=True) as s:
        if refused:
            for row in s.scalars(select(Outbox).where(Outbox.seq.in_(list(refused)))):
                s.merge(
                    SyncQuarantine(
                        seq=row.seq,
                        reason=refused[row.seq],
                        quarantined_at=utcnow(),
                        **refused_changes.mutation_fields(row),
                    )
                )
        s.execute(delete(Outbox).where(Outbox.seq <= last_seq))


def push(
    store: Store,
    conn: psycopg.Connection,
    device_id: str,
    blobs: BlobAccess | None,
    blob_stats: BlobStats,
    *,
    batch_size: int = BATCH,
    progress: Callable[[int, int], None] | None = None,
    blob_conn: psycopg.Connection | None = None,
) -> PushResult:
    result = PushResult()
    # The server's set-based path materialises a whole batch (a few MB of JSON); with
    # the default 4 MB of work_mem it spills to temporary files and runs ~30 % slower.
    # A session setting any login may make (committed with the hello below).
    conn.execute("SELECT set_config('work_mem', %s, false)", (PUSH_WORK_MEM,))
    info = hello(conn, device_id)
    result.min_client_protocol = int(info.get("min_client_protocol", 1))
    result.server_protocol = int(info.get("protocol", PROTOCOL))
    tolerance = int(info.get("clock_tolerance_ms", 600_000))
    chunk = int(info.get("chunk_size", 1 << 20))
    as_rows = result.server_protocol >= ROWS_PROTOCOL
    as_edits = result.server_protocol >= EDITS_PROTOCOL
    last_seq = int(info.get("last_seq", 0))
    acknowledge(store, conn, device_id, last_seq)
    # Refused changes: what the PMO did with them, what this laptop did, and the ones to
    # send again go back into the outbox first (before the clock check re-stamps).
    result.settled = refused_changes.before_push(
        store, conn, device_id, last_seq, result.server_protocol
    )
    local_ms = clock.epoch_ms()
    if local_ms > int(info["server_ms"]) + tolerance:
        raise ClockAhead(
            QT_TRANSLATE_NOOP(
                "Errors",
                "This laptop's clock is ahead of the central database by more than "
                "{minutes} minutes. Set the date and time correctly, then sync again; "
                "your work is kept.",
            ),
            minutes=tolerance // 60000,
        )
    # The clock is right (again): the logical clock and stamps made while it ran ahead
    # come back within the server's tolerance before anything is sent.
    keep_near_server(store, int(info["server_ms"]), tolerance)
    with store.read() as s:
        total = s.scalar(select(Outbox.seq).order_by(Outbox.seq.desc()).limit(1)) or 0
    restamped = False
    blob_rounds = 0
    to_trim: tuple[int, dict[int, str]] | None = None
    # One batch at a time on the connection, in order; while the server applies one,
    # this thread trims the previous batch from the outbox and reads and encodes the next.
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="sync-push") as server:
        try:
            current = _read_batch(store, batch_size, after=0, as_rows=as_rows, as_edits=as_edits)
            while current is not None:
                batch = current
                rows = batch.rows
                sent_blobs = _send_blobs(blob_conn or conn, blobs, rows, blob_stats, chunk, result)
                answer_f = server.submit(_apply_batch, conn, device_id, batch)
                try:
                    if to_trim is not None:
                        trimmed, to_trim = to_trim, None
                        _trim(store, *trimmed)
                        if progress is not None:
                            progress(trimmed[0], total)
                    ahead = _read_batch(
                        store, batch_size, after=rows[-1].seq, as_rows=as_rows, as_edits=as_edits
                    )
                finally:
                    answer = answer_f.result()
                _check_status(answer)
                status = answer.get("status")
                if status == "clock_ahead":
                    if restamped:
                        raise ClockAhead(
                            QT_TRANSLATE_NOOP(
                                "Errors",
                                "The central database refused changes stamped in the future. "
                                "Check this laptop's date and time, then sync again; your "
                                "work is kept.",
                            )
                        )
                    # Stamped ahead meanwhile (an edit made with the old reading while
                    # this sync ran): bound the clock again by the server's time.
                    keep_near_server(store, int(answer["server_ms"]), tolerance)
                    restamped = True
                    current = _read_batch(
                        store, batch_size, after=0, as_rows=as_rows, as_edits=as_edits
                    )
                    continue
                last = int(answer.get("last_seq", 0))
                refused = {int(q["seq"]): str(q["reason"]) for q in answer.get("quarantined", [])}
                result.applied += int(answer.get("applied", 0))
                result.skipped += int(answer.get("skipped", 0))
                result.quarantined.extend(sorted(refused.items()))
                to_trim = (last, refused)
                if status == "gap":
                    raise SyncError(
                        QT_TRANSLATE_NOOP(
                            "Errors",
                            "The central database is missing earlier changes from this laptop "
                            "(it has up to #{last}, the laptop starts at #{first}). Nothing "
                            "was lost on the laptop; contact the PMO before syncing again.",
                        ),
                        last=last,
                        first=rows[0].seq,
                    )
                if status == "quota":
                    raise SyncError(
                        QT_TRANSLATE_NOOP(
                            "Errors",
                            "The central database already keeps many of your changes it "
                            "refused, so it takes no more for now. Ask the PMO to review them "
                            "('executrek central status'); your work is kept on this laptop.",
                        )
                    )
                if status == "blob_missing":
                    blob_rounds += 1
                    if result.blob_refused:
                        raise SyncError(
                            QT_TRANSLATE_NOOP(
                                "Errors",
                                "A photo or drawing file was refused by the central database "
                                "({reasons}). Its record stays on this laptop; other changes "
                                "were sent.",
                            ),
                            reasons="; ".join(dict.fromkeys(result.blob_refused)),
                        )
                    if not sent_blobs or blob_rounds > 3:
                        raise SyncError(
                            QT_TRANSLATE_NOOP(
                                "Errors",
                                "A photo's file is missing on this laptop, so its record "
                                "cannot be sent. Re-import the photo; other changes were sent.",
                            )
                        )
                if status not in ("ok", "blob_missing"):
                    raise SyncError(
                        QT_TRANSLATE_NOOP(
                            "Errors", "The central database refused the changes ({status})."
                        ),
                        status=status,
                    )
                if status == "ok" and last == rows[-1].seq:
                    current = ahead
                else:  # not all of it went through: start again from the outbox
                    _trim(store, *to_trim)
                    to_trim = None
                    current = _read_batch(
                        store, batch_size, after=0, as_rows=as_rows, as_edits=as_edits
                    )
        finally:
            if to_trim is not None:  # the last answer (or the one before a failure)
                _trim(store, *to_trim)
    if progress is not None:
        progress(total, total)
    return result


_PLAIN = "table_name NOT IN ({})".format(", ".join(f"'{t}'" for t in ("projects", *BLOB_TABLES)))
_NEW_ROW = f"op IN ('insert', 'event') AND {_PLAIN}"
_EDIT_ROW = f"op IN ('update', 'delete') AND {_PLAIN}"
_CLASSIC_JSON = (
    "json_object('seq', seq, 'table', table_name, 'row_id', row_id, "
    "'project_id', project_id, 'op', op, 'base_version', "
    "coalesce(base_version, 0), 'hlc', hlc, 'patch', json(patch))"
)


def _side_json(side: int) -> str:
    """One side of each [base, new] pair as an object (json_extract keeps nested JSON as
    JSON and plain strings as strings, but turns true/false into SQL's 1/0: those two are
    given back as JSON, or the server would store a revision's ``superseded`` as 0)."""
    return (
        f"(SELECT json_group_object(f.key, CASE json_type(f.value, '$[{side}]') "
        "WHEN 'true' THEN json('true') WHEN 'false' THEN json('false') "
        f"ELSE json_extract(f.value, '$[{side}]') END) FROM json_each(patch) f)"
    )


_VALUES_JSON = _side_json(1)  # a row's new values
_WAS_JSON = _side_json(0)  # an edit's base values


def _read_batch(
    store: Store, batch_size: int, *, after: int, as_rows: bool, as_edits: bool = False
) -> _Batch | None:
    """The next outbox entries after ``after`` (one batch: see ``_next_batch``) with
    their wire JSON; None when nothing is left. With ``as_rows`` a contiguous run of new
    rows is read as values for ``sync_push_rows``; with ``as_edits`` also a contiguous
    batch of edits and the new rows around them (values, and an edit's base values)."""
    if as_edits:
        wire = (
            f"CASE WHEN {_NEW_ROW} OR {_EDIT_ROW} THEN {_VALUES_JSON} ELSE {_CLASSIC_JSON} END, "
            f"CASE WHEN {_EDIT_ROW} THEN {_WAS_JSON} END"
        )
    elif as_rows:
        wire = f"CASE WHEN {_NEW_ROW} THEN {_VALUES_JSON} ELSE {_CLASSIC_JSON} END, NULL"
    else:
        wire = f"{_CLASSIC_JSON}, NULL"
    with store.read() as s:
        # The DB-API cursor directly, the JSON built in SQLite's C code: this runs for
        # every mutation of a 100k push (SQLAlchemy rows and json.dumps doubled it).
        raw = s.connection().connection.driver_connection
        assert isinstance(raw, sqlite3.Connection)
        rows = list(
            map(
                _Pending._make,
                raw.execute(
                    "SELECT seq, table_name, row_id, project_id, op, patch, base_version, hlc, "
                    f"{wire} FROM outbox WHERE seq > ? ORDER BY seq LIMIT ?",
                    (after, batch_size),
                ),
            )
        )
    if not rows:
        return None
    rows, new_rows = _next_batch(rows, window_full=len(rows) == batch_size)
    contiguous = rows[-1].seq - rows[0].seq + 1 == len(rows)  # else the server says where
    new_rows = new_rows and as_rows and contiguous
    edits = (
        as_edits
        and not new_rows
        and contiguous
        and all(_mix_kind(r) != _OTHER for r in rows)
        and any(r.was is not None for r in rows)
    )
    if (as_rows or as_edits) and not (new_rows or edits):  # values go the classic way here
        rows = [
            r._replace(json=r.classic()) if r.was is not None or _bulk_kind(r) else r for r in rows
        ]
    batch = _Batch(rows, new_rows, edits)
    if new_rows or edits:
        _ = batch.wire
    return batch


def _apply_batch(conn: psycopg.Connection, device_id: str, batch: _Batch) -> dict[str, Any]:
    """The server applies one batch in one transaction: a run of new rows, or a batch of
    edits and the new rows around them, column-wise when the server takes it as a whole,
    otherwise the classic way (set-based when it can; row by row, each in a
    subtransaction, when the fast path fails)."""
    if batch.as_rows or batch.as_edits:
        try:
            # The edits take the second form: ops, base versions and base values too.
            edits = ", %s::text[], %s::bigint[], %s::jsonb" if batch.as_edits else ""
            row = conn.execute(
                "SELECT pmo.sync_push_rows(%s, %s, %s, %s::text[], %s::uuid[], %s::uuid[], "
                f"%s::text[], %s::jsonb{edits})",
                (device_id, PROTOCOL, *batch.wire),
            ).fetchone()
        except psycopg.OperationalError:
            raise
        except psycopg.Error:
            conn.rollback()
            row = None
        if row is not None and row[0].get("status") != "fallback":
            conn.commit()
            rows_answer: dict[str, Any] = row[0]
            return rows_answer
        # "fallback": nothing was written; the classic path decides, same transaction.
    classic = batch.classic()
    try:
        row = conn.execute(
            "SELECT pmo.sync_push(%s, %s, %s::jsonb, false)", (device_id, PROTOCOL, classic)
        ).fetchone()
    except psycopg.OperationalError:
        raise
    except psycopg.Error:
        conn.rollback()
        row = conn.execute(
            "SELECT pmo.sync_push(%s, %s, %s::jsonb, true)", (device_id, PROTOCOL, classic)
        ).fetchone()
    conn.commit()
    assert row is not None
    answer: dict[str, Any] = row[0]
    return answer


def _bulk_kind(row: _Pending) -> bool:
    return row.op in ("insert", "event") and row.table_name not in ("projects", *BLOB_TABLES)


def _next_batch(rows: list[_Pending], *, window_full: bool) -> tuple[list[_Pending], bool]:
    """The next batch out of ``rows`` and whether it is a run of new rows (column-wise).

    A run of new rows goes on its own, for the server's set-based insert — unless it is
    a short one (under ``MIN_ROWS_RUN``, not running on past a full window) between edits:
    edits of existing rows travel together with the short runs of new rows around them
    (their audit and status events) in one batch, one server transaction, set-based when
    nothing can conflict (``pmo._bulk_edit``). Anything else (projects, file rows,
    conflict resolutions) goes in batches of its own kind, row by row on the server."""
    kinds = [_mix_kind(r) for r in rows]
    runs: list[tuple[int, int]] = []  # [start, end) of each run of one kind
    start = 0
    for i in range(1, len(rows) + 1):
        if i == len(rows) or kinds[i] != kinds[start]:
            runs.append((start, i))
            start = i

    def long_new(first: int, end: int) -> bool:
        return kinds[first] == _NEW and (
            end - first >= MIN_ROWS_RUN or (end == len(rows) and window_full)
        )

    first, end = runs[0]
    if kinds[first] == _OTHER:
        return rows[first:end], False
    if kinds[first] == _NEW and (long_new(first, end) or len(runs) == 1 or kinds[end] == _OTHER):
        return rows[first:end], True
    for first, end in runs[1:]:
        if kinds[first] == _OTHER or long_new(first, end):
            return rows[:first], False
    return rows, False


_OTHER, _NEW, _EDIT = 0, 1, 2


def _mix_kind(row: _Pending) -> int:
    if _bulk_kind(row):
        return _NEW
    if row.op in ("update", "delete") and row.table_name not in ("projects", *BLOB_TABLES):
        return _EDIT
    return _OTHER


def _send_blobs(
    conn: psycopg.Connection,
    blobs: BlobAccess | None,
    rows: list[_Pending],
    stats: BlobStats,
    chunk: int,
    result: PushResult,
) -> bool:
    shas = []
    for row in rows:
        if row.table_name in BLOB_TABLES and row.op == "insert":
            value = (json.loads(row.patch).get("sha256") or [None, None])[1]
            if isinstance(value, str):
                shas.append(value)
    if not shas or blobs is None:
        return False
    sent_any = False
    for sha in dict.fromkeys(shas):
        if not blobs.has(sha):
            result.blob_errors.append(sha)
            continue
        try:
            done = upload(conn, blobs, sha, stats, chunk_size=chunk)
        except psycopg.errors.ProgramLimitExceeded as exc:  # too large, too many uploads
            if not conn.autocommit:
                conn.rollback()
            result.blob_refused.append(exc.diag.message_primary or "refused")
            continue
        if done:
            sent_any = True
    return sent_any
