"""Changes the central database refused, kept on this laptop (``sync_quarantine``) until
someone deals with them — never sent again by accident, never lost, never overwritten.

* **Listed** (``list_held``) with the server's reason; the Sync screen and
  ``executrek sync --refused`` show them.
* **Kept visible**: while a refused change waits, a pull does not overwrite the fields it
  changed (``held_fields``, used by ``sync.apply``); the server's values of those fields
  are remembered (``remember_theirs``) so that discarding can put them back.
* **Sent again** at the next sync: the ones the person asked for (``mark_resend``) and,
  automatically, those refused for lack of membership once the project is among the
  person's memberships again. They go back into the outbox *before* every change made
  since (``_requeue``: the outbox is renumbered right after the server's last applied
  number), keeping their original order, patch and base version, so the server merges
  them as if they had never been refused.
* **Discarded** on request (``discard``): the record gets the server's values back (a
  refused new record, which the server never had, is removed — or tombstoned when
  something still refers to it), and a copy of the change goes to the log.
* The server's waiting list (``pmo.quarantine``) is told what happened
  (``sync_quarantine_close``; protocol 3), and what the PMO did there (``executrek
  central quarantine reapply|discard``) is applied here at the next sync.
"""

from __future__ import annotations

import datetime as dt
import inspect
import json
import logging
import sqlite3
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import psycopg
from sqlalchemy import Column, Table, select
from sqlalchemy.orm import Session

from executrek.models.base import utcnow
from executrek.models.errors import QT_TRANSLATE_NOOP, NotFoundError
from executrek.models.local import Mutation, Outbox
from executrek.models.schema import synced_tables
from executrek.models.store import Store
from executrek.models.sync_local import SyncQuarantine
from executrek.sync.wire import REFUSED_PROTOCOL, storage_converter

log = logging.getLogger("executrek.sync")

RESEND_KEY = "refused:resend"  # JSON list of seqs the person asked to send again
CLOSED_KEY = "refused:closed"  # JSON {seq: "resent"|"discarded"} the server is told
THEIRS = "theirs:"  # theirs:<row id> → {field: the server's stored value}
MEMBERSHIP = "no membership"
# The fields of a mutation (``models.local.Mutation``), in its order.
_MUTATION_FIELDS = tuple(inspect.get_annotations(Mutation))


@dataclass(frozen=True)
class HeldChange:
    """A refused change kept on this laptop."""

    seq: int
    table_name: str
    row_id: str
    project_id: str | None
    op: str
    patch: dict[str, Any]
    reason: str
    at: dt.datetime
    resend: bool  # the person asked to send it again at the next sync

    @property
    def fields(self) -> tuple[str, ...]:
        return tuple(sorted(self.patch))


@dataclass
class Settled:
    """What ``before_push`` did with the refused changes."""

    resent: int = 0  # back in the outbox
    reapplied: int = 0  # the PMO applied them on the server
    discarded: int = 0  # the PMO discarded them


# --- sync_state helpers ------------------------------------------------------------


def mutation_fields(m: Mutation) -> dict[str, Any]:
    """What an outbox entry and a refused change share (table, row, project, op, patch,
    base version, clock stamp), to move one into the other."""
    return {name: getattr(m, name) for name in _MUTATION_FIELDS}


def _raw(s: Session) -> sqlite3.Connection:
    raw = s.connection().connection.driver_connection
    assert isinstance(raw, sqlite3.Connection)
    return raw


def _get(raw: sqlite3.Connection, key: str, default: Any) -> Any:
    row = raw.execute("SELECT value FROM sync_state WHERE key = ?", (key,)).fetchone()
    return json.loads(row[0]) if row else default


def _put(raw: sqlite3.Connection, key: str, value: Any) -> None:
    if value:
        raw.execute(
            "INSERT INTO sync_state (key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, json.dumps(value)),
        )
    else:
        raw.execute("DELETE FROM sync_state WHERE key = ?", (key,))


# --- reading -----------------------------------------------------------------------


def list_held(store: Store) -> list[HeldChange]:
    with store.read() as s:
        marked = set(_get(_raw(s), RESEND_KEY, []))
        rows = list(s.scalars(select(SyncQuarantine).order_by(SyncQuarantine.seq)))
        return [
            HeldChange(
                r.seq,
                r.table_name,
                r.row_id,
                r.project_id,
                r.op,
                dict(r.patch or {}),
                r.reason,
                r.quarantined_at,
                r.seq in marked,
            )
            for r in rows
        ]


def held_fields(session: Session, ids: Iterable[str]) -> dict[str, set[str]]:
    """Fields of these rows that refused changes keep (a pull leaves them as they are)."""
    out: dict[str, set[str]] = defaultdict(set)
    if session.scalar(select(SyncQuarantine.seq).limit(1)) is None:
        return out
    id_list = list(ids)
    for start in range(0, len(id_list), 900):
        chunk = id_list[start : start + 900]
        for row_id, patch in session.execute(
            select(SyncQuarantine.row_id, SyncQuarantine.patch).where(
                SyncQuarantine.row_id.in_(chunk)
            )
        ):
            out[row_id].update(patch or {})
    return out


def remember_theirs(raw: sqlite3.Connection, values: dict[str, dict[str, Any]]) -> None:
    """The server's values (as stored here) of fields a refused change keeps."""
    for row_id, fields in values.items():
        if fields:
            key = THEIRS + row_id
            _put(raw, key, {**_get(raw, key, {}), **fields})


# --- the person's decisions --------------------------------------------------------


def mark_resend(store: Store, seqs: Iterable[int] | None = None) -> int:
    """Send these refused changes again at the next sync (None: all of them)."""
    with store.unit_of_work(remote=True) as s:
        held = set(s.scalars(select(SyncQuarantine.seq)))
        wanted = held if seqs is None else held & set(seqs)
        raw = _raw(s)
        _put(raw, RESEND_KEY, sorted(set(_get(raw, RESEND_KEY, [])) | wanted))
        return len(wanted)


def discard(store: Store, seq: int) -> HeldChange:
    """Throw a refused change away: the record gets the server's values back (a refused
    new record goes), a copy goes to the log, the server is told."""
    with store.unit_of_work(remote=True) as s:
        q = s.get(SyncQuarantine, seq)
        if q is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("Errors", "This refused change was already dealt with.")
            )
        change = HeldChange(
            q.seq, q.table_name, q.row_id, q.project_id, q.op, dict(q.patch or {}),
            q.reason, q.quarantined_at, False,
        )  # fmt: skip
        raw = _raw(s)
        _restore(s, raw, change)
        s.delete(q)
        _forget(raw, [seq])
        _note_closed(raw, {seq: "discarded"})
    log.info(
        "discarded refused change #%d (%s of %s %s, refused: %s): %s",
        change.seq,
        change.op,
        change.table_name,
        change.row_id,
        change.reason,
        json.dumps(change.patch, sort_keys=True),
    )
    return change


def _restore(s: Session, raw: sqlite3.Connection, change: HeldChange) -> None:
    """Put back what the server has for the fields ``change`` changed, unless a later
    change (refused or waiting to be sent) changed them again."""
    cls = synced_tables().get(change.table_name)
    if cls is None:
        return
    table = cls.__table__
    assert isinstance(table, Table)
    columns: dict[str, Column[Any]] = {c.name: c for c in table.columns}
    later: set[str] = set()
    earlier: set[str] = set()
    for other_seq, patch in raw.execute(
        "SELECT seq, patch FROM sync_quarantine WHERE row_id = ? AND seq <> ? "
        "UNION ALL SELECT seq, patch FROM outbox WHERE row_id = ?",
        (change.row_id, change.seq, change.row_id),
    ):
        (later if int(other_seq) > change.seq else earlier).update(json.loads(patch))
    if change.op in ("insert", "event"):
        # The server never had it: the row goes (a row something else still points at,
        # or that later changes edit, gets a tombstone instead).
        _put(raw, THEIRS + change.row_id, None)
        if not later:
            raw.execute("SAVEPOINT discard_row")
            try:
                raw.execute(f'DELETE FROM "{change.table_name}" WHERE id = ?', (change.row_id,))
                raw.execute("RELEASE discard_row")
                return
            except sqlite3.IntegrityError:
                raw.execute("ROLLBACK TO discard_row")
                raw.execute("RELEASE discard_row")
        if "deleted_at" in columns:
            raw.execute(
                f'UPDATE "{change.table_name}" SET deleted_at = ? WHERE id = ? '
                "AND deleted_at IS NULL",
                (storage_converter(columns["deleted_at"])(utcnow().isoformat()), change.row_id),
            )
        return
    theirs = _get(raw, THEIRS + change.row_id, {})
    values: dict[str, Any] = {}
    for field, pair in change.patch.items():
        if field in later or field not in columns:
            continue
        if field in theirs and field not in earlier:
            values[field] = theirs[field]
        else:
            values[field] = storage_converter(columns[field])(pair[0])
    if values:
        sets = ", ".join(f'"{f}" = ?' for f in values)
        raw.execute(
            f'UPDATE "{change.table_name}" SET {sets} WHERE id = ?',
            (*values.values(), change.row_id),
        )
    if not earlier and not later:
        _put(raw, THEIRS + change.row_id, None)


def _forget(raw: sqlite3.Connection, seqs: Iterable[int]) -> None:
    gone = set(seqs)
    _put(raw, RESEND_KEY, [x for x in _get(raw, RESEND_KEY, []) if x not in gone])


def _note_closed(raw: sqlite3.Connection, outcomes: dict[int, str]) -> None:
    notes = _get(raw, CLOSED_KEY, {})
    notes.update({str(k): v for k, v in outcomes.items()})
    _put(raw, CLOSED_KEY, notes)


# --- during a sync -----------------------------------------------------------------


def before_push(
    store: Store, conn: psycopg.Connection, device_id: str, last_seq: int, protocol: int
) -> Settled:
    """Right after the server's hello (the outbox trimmed to what it has not applied):
    take in what the PMO did, tell the server what this laptop did, and put the changes
    to send again back into the outbox in front of the newer ones."""
    done = Settled()
    with store.read() as s:
        held_seqs = list(s.scalars(select(SyncQuarantine.seq)))
        raw = _raw(s)
        marked = set(_get(raw, RESEND_KEY, []))
        notes = _get(raw, CLOSED_KEY, {})
    if protocol >= REFUSED_PROTOCOL:
        if held_seqs:
            _take_pmo_outcomes(store, conn, device_id, held_seqs, done)
        if notes:
            _tell_server(store, conn, device_id, notes)
    with store.read() as s:
        held = {q.seq: q for q in s.scalars(select(SyncQuarantine))}
    if not held:
        return done
    members = {
        str(pid).lower()
        for (pid,) in conn.execute(
            "SELECT project_id::text FROM pmo.sync_projects() WHERE NOT revoked"
        ).fetchall()
    }
    conn.commit()
    again = sorted(
        seq
        for seq, q in held.items()
        if seq in marked or (q.reason == MEMBERSHIP and (q.project_id or "").lower() in members)
    )
    if again:
        done.resent = _requeue(store, last_seq, again)
        if done.resent and protocol >= REFUSED_PROTOCOL:
            with store.read() as s:
                notes = _get(_raw(s), CLOSED_KEY, {})
            _tell_server(store, conn, device_id, notes)
    return done


def _take_pmo_outcomes(
    store: Store, conn: psycopg.Connection, device_id: str, seqs: list[int], done: Settled
) -> None:
    """The PMO re-applied or discarded some of this laptop's refused changes."""
    rows = conn.execute(
        "SELECT mutation_seq, outcome FROM pmo.quarantine_done WHERE device_id = %s "
        "AND mutation_seq = ANY(%s) AND outcome IN ('reapplied', 'discarded')",
        (device_id, seqs),
    ).fetchall()
    conn.commit()
    if not rows:
        return
    with store.unit_of_work(remote=True) as s:
        raw = _raw(s)
        for seq, outcome in rows:
            q = s.get(SyncQuarantine, int(seq))
            if q is None:
                continue
            change = HeldChange(
                q.seq, q.table_name, q.row_id, q.project_id, q.op, dict(q.patch or {}),
                q.reason, q.quarantined_at, False,
            )  # fmt: skip
            if outcome == "discarded":
                _restore(s, raw, change)
                done.discarded += 1
                log.info("the PMO discarded refused change #%d: %s", q.seq, q.patch)
            else:  # re-applied on the server: the pull brings the record as it is now
                done.reapplied += 1
                _put(raw, THEIRS + q.row_id, None)
            s.delete(q)
        _forget(raw, [int(seq) for seq, _ in rows])


def _tell_server(
    store: Store, conn: psycopg.Connection, device_id: str, notes: dict[str, str]
) -> None:
    by_outcome: dict[str, list[int]] = defaultdict(list)
    for seq, outcome in notes.items():
        by_outcome[outcome].append(int(seq))
    for outcome, seqs in by_outcome.items():
        conn.execute(
            "SELECT pmo.sync_quarantine_close(%s, %s, %s)", (device_id, sorted(seqs), outcome)
        )
    conn.commit()
    with store.unit_of_work(remote=True) as s:
        raw = _raw(s)
        left = {k: v for k, v in _get(raw, CLOSED_KEY, {}).items() if k not in notes}
        _put(raw, CLOSED_KEY, left)


def _requeue(store: Store, last_seq: int, seqs: list[int]) -> int:
    """Move refused changes back into the outbox as the next mutations after
    ``last_seq``, before everything made since (renumbered after them), in their
    original order. Only when the outbox continues right after ``last_seq`` (otherwise
    the server reports the gap and nothing is moved)."""
    with store.unit_of_work(remote=True) as s:
        raw = _raw(s)
        low, count = raw.execute("SELECT min(seq), count(*) FROM outbox").fetchone()
        if count and int(low) != last_seq + 1:
            log.warning("outbox starts at #%s after #%d: refused changes wait", low, last_seq)
            return 0
        rows = [s.get(SyncQuarantine, seq) for seq in seqs]
        held = [q for q in rows if q is not None]
        k = len(held)
        if not k:
            return 0
        raw.execute("UPDATE outbox SET seq = -seq WHERE seq > ?", (last_seq,))
        raw.execute("UPDATE outbox SET seq = ? - seq WHERE seq < 0", (k,))
        now = utcnow()
        for i, q in enumerate(held):
            s.add(Outbox(seq=last_seq + 1 + i, created_at=now, **mutation_fields(q)))
        s.flush()
        # Numbers are never handed out twice (AUTOINCREMENT): past the renumbered ones.
        raw.execute(
            "UPDATE sqlite_sequence SET seq = max(seq, (SELECT max(seq) FROM outbox)) "
            "WHERE name = 'outbox'"
        )
        for q in held:
            s.delete(q)
        _forget(raw, [q.seq for q in held])
        _note_closed(raw, {q.seq: "resent" for q in held})
    log.info("sending %d refused change(s) again", k)
    return k
