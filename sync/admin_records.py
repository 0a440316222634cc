"""PMO actions on what laptops sent: refused changes (``pmo.quarantine``) and deletes.

Run with an owner/admin connection (as ``sync.admin``). Refused changes can be listed,
shown, re-applied (once the person has the right, e.g. after ``central grant``) or
discarded; either way the change moves to ``pmo.quarantine_done`` with who and when,
and the laptop that sent it learns the outcome at its next sync. A purge tombstones a
record (and the records of its project that refer to it) so laptops remove it at their
next sync; deleting rows of ``pmo.records`` with SQL is not supported (laptops would
never hear of it).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from typing import Any

import psycopg
from psycopg import sql

from executrek.models.errors import QT_TRANSLATE_NOOP
from executrek.sync.admin import AdminError, _project_id, roles_of
from executrek.sync.connection import Credentials, connect
from executrek.sync.wire import series_keys

_WAITING = "NULL::text, NULL::text, NULL::timestamptz"
_DONE = "q.outcome, q.done_by, q.done_at"
_NUMBER = re.compile(r"^\s*([A-Za-z]+)-0*([0-9]+)\s*$")


@dataclass(frozen=True)
class RefusedChange:
    id: int
    login: str
    device_id: str
    seq: int
    project: str  # code, or the id when the project is not on the server
    table_name: str
    row_id: str
    op: str
    fields: tuple[str, ...]
    reason: str
    at: dt.datetime
    outcome: str | None = None  # None while it waits; resent, reapplied or discarded
    done_by: str | None = None
    done_at: dt.datetime | None = None
    mutation: dict[str, Any] | None = None


def _owner(conn: psycopg.Connection) -> str:
    """Act as the schema owner; returns the administrator's own login (for the record)."""
    roles = roles_of(conn)
    row = conn.execute("SELECT session_user").fetchone()
    conn.execute(sql.SQL("SET ROLE {}").format(sql.Identifier(roles.owner)))
    return str(row[0]) if row else ""


_LIST = (
    "SELECT q.id, q.login, q.device_id::text, q.mutation_seq, "
    "coalesce(p.code, q.project_id::text, ''), q.mutation->>'table', q.mutation->>'row_id', "
    "q.mutation->>'op', ARRAY(SELECT jsonb_object_keys(CASE WHEN jsonb_typeof("
    "q.mutation->'patch') = 'object' THEN q.mutation->'patch' ELSE '{}' END)), "
    "q.reason, q.created_at, OUTCOME FROM TABLE q "
    "LEFT JOIN pmo.projects p ON p.project_id = q.project_id"
)


def _list_sql(outcome: str, table: str) -> str:
    return _LIST.replace("OUTCOME", outcome).replace("TABLE", table)


def _change(row: tuple[Any, ...]) -> RefusedChange:
    return RefusedChange(
        int(row[0]),
        str(row[1]),
        str(row[2]),
        int(row[3]),
        str(row[4]),
        str(row[5] or ""),
        str(row[6] or ""),
        str(row[7] or ""),
        tuple(sorted(row[8] or ())),
        str(row[9]),
        row[10],
        row[11],
        row[12],
        row[13],
        row[14] if len(row) > 14 else None,
    )


def list_refused(
    creds: Credentials, *, login: str | None = None, project: str | None = None
) -> list[RefusedChange]:
    """Refused changes still waiting, oldest first (optionally one person's / project's)."""
    with connect(creds) as conn:
        _owner(conn)
        where: list[str] = []
        params: list[Any] = []
        if login:
            where.append("q.login = %s")
            params.append(login)
        if project:
            where.append("q.project_id = %s")
            params.append(_project_id(conn, project))
        query = _list_sql(_WAITING, "pmo.quarantine")
        if where:
            query += " WHERE " + " AND ".join(where)
        rows = conn.execute(query + " ORDER BY q.id", params).fetchall()
        conn.rollback()
    return [_change(r) for r in rows]


def show_refused(creds: Credentials, refused_id: int) -> RefusedChange:
    """One refused change with its full content, waiting or already dealt with."""
    with connect(creds) as conn:
        _owner(conn)
        row = conn.execute(
            _list_sql(_WAITING, "pmo.quarantine") + " WHERE q.id = %s",
            (refused_id,),
        ).fetchone()
        if row is None:
            row = conn.execute(
                _list_sql(_DONE, "pmo.quarantine_done") + " WHERE q.id = %s",
                (refused_id,),
            ).fetchone()
        if row is None:
            raise AdminError(
                QT_TRANSLATE_NOOP("Cli", "No refused change #{id} on the central database."),
                id=refused_id,
            )
        mutation = conn.execute(
            "SELECT mutation FROM pmo.quarantine WHERE id = %s UNION ALL "
            "SELECT mutation FROM pmo.quarantine_done WHERE id = %s",
            (refused_id, refused_id),
        ).fetchone()
        conn.rollback()
    return _change((*row, mutation[0] if mutation else None))


@dataclass(frozen=True)
class Reapplied:
    applied: list[int]
    still_refused: dict[int, str]  # id → why (e.g. still no membership)


def reapply(creds: Credentials, ids: list[int]) -> Reapplied:
    """Apply refused changes now, as the person who made them (their role decides, as at
    a sync: grant first). Each applied one is closed as ``reapplied``."""
    applied: list[int] = []
    still: dict[int, str] = {}
    with connect(creds) as conn:
        me = _owner(conn)
        for refused_id in ids:
            row = conn.execute(
                "SELECT mutation, login FROM pmo.quarantine WHERE id = %s FOR UPDATE",
                (refused_id,),
            ).fetchone()
            if row is None:
                raise AdminError(
                    QT_TRANSLATE_NOOP(
                        "Cli",
                        "No refused change #{id} is waiting (see 'executrek central quarantine list').",
                    ),
                    id=refused_id,
                )
            verdict = _apply_one(conn, refused_id, row[0], str(row[1]), me)
            if verdict is None:
                applied.append(refused_id)
            else:
                still[refused_id] = verdict
        conn.commit()
    return Reapplied(applied, still)


class _Undo(Exception):
    """Rolls back the savepoint of one re-applied change that is still refused."""


def _apply_one(
    conn: psycopg.Connection, refused_id: int, mutation: Any, login: str, me: str
) -> str | None:
    """Apply one refused change in a savepoint; None when applied, else why not."""
    verdict: str | None = None
    try:
        with conn.transaction():
            row = conn.execute(
                "SELECT pmo._apply(%s::jsonb, %s)", (json.dumps(mutation), login)
            ).fetchone()
            verdict = row[0] if row else "invalid mutation"
            if verdict == "blob_missing":
                verdict = "its photo or drawing file is not on the central database"
            if verdict is not None:
                raise _Undo
            conn.execute(
                "SELECT pmo._quarantine_close(%s, 'reapplied', %s, NULL)", ([refused_id], me)
            )
    except _Undo:
        pass
    except psycopg.errors.DataError as exc:  # a malformed change: it stays refused
        verdict = f"invalid: {exc.diag.message_primary or exc}"
    return verdict


def discard(creds: Credentials, ids: list[int], note: str | None = None) -> int:
    """Throw refused changes away (kept in ``pmo.quarantine_done``); the laptops put the
    central values back at their next sync. Returns how many were discarded."""
    with connect(creds) as conn:
        me = _owner(conn)
        row = conn.execute(
            "SELECT pmo._quarantine_close(%s, 'discarded', %s, %s)", (ids, me, note)
        ).fetchone()
        conn.commit()
    return int(row[0]) if row else 0


@dataclass(frozen=True)
class Purged:
    project: str
    record: str  # as the administrator named it
    rows: list[tuple[str, str]]  # (table, id) tombstoned, the record first


def find_record(conn: psycopg.Connection, project_id: Any, number: str) -> tuple[str, str]:
    """(table, id) of a record by its human number (PI-0042, CO-007, NCR-012…)."""
    found = _NUMBER.match(number)
    key = series_keys().get(found.group(1).upper()) if found else None
    if found is None or key is None:
        raise AdminError(
            QT_TRANSLATE_NOOP(
                "Cli", "'{number}' is not a record number (for example PI-0042, CE-001, NCR-012)."
            ),
            number=number,
        )
    tbl, _, disc = key.partition(":")
    rows = conn.execute(
        "SELECT tbl, id::text FROM pmo.records WHERE project_id = %s AND tbl = %s "
        "AND data ? 'number' AND (data->>'number')::bigint = %s "
        "AND coalesce(data->>'tier', data->>'issue_type', data->>'commitment_type', '') = %s",
        (project_id, tbl, int(found.group(2)), disc),
    ).fetchall()
    if not rows:
        raise AdminError(
            QT_TRANSLATE_NOOP("Cli", "No record {number} in this project."), number=number
        )
    return str(rows[0][0]), str(rows[0][1])


def purge(
    creds: Credentials, project: str, *, number: str | None = None, row_id: str | None = None
) -> Purged:
    """Tombstone one record (by number or id) and what refers to it in its project."""
    with connect(creds) as conn:
        me = _owner(conn)
        pid = _project_id(conn, project)
        if number:
            _tbl, rid = find_record(conn, pid, number)
        else:
            rid = str(row_id or "")
            row = conn.execute(
                "SELECT tbl FROM pmo.records WHERE project_id = %s AND id::text = lower(%s)",
                (pid, rid),
            ).fetchone()
            if row is None:
                raise AdminError(
                    QT_TRANSLATE_NOOP("Cli", "No record {id} in this project."), id=rid
                )
            if row[0] in ("projects", "_conflicts"):
                raise AdminError(
                    QT_TRANSLATE_NOOP("Cli", "A project or a conflict cannot be purged this way.")
                )
        try:
            rows = conn.execute(
                "SELECT tbl, id::text FROM pmo._purge(%s, %s, %s)", (pid, rid, me)
            ).fetchall()
        except psycopg.Error as exc:
            if exc.sqlstate == "XC001":  # the certificates' seal (central 0008_cost)
                raise AdminError(
                    QT_TRANSLATE_NOOP(
                        "Cli",
                        "{record} cannot be purged: a certified payment application is or "
                        "refers to it, and certified payment applications never change.",
                    ),
                    record=number or rid,
                ) from None
            if exc.sqlstate != "XD001":  # the diary's rule (central 0006_diary)
                raise
            raise AdminError(
                QT_TRANSLATE_NOOP(
                    "Cli",
                    "{record} cannot be purged: a signed site diary day is or refers to it, and "
                    "closed diary days never change.",
                ),
                record=number or rid,
            ) from None
        conn.commit()
    done = sorted(((str(t), str(i)) for t, i in rows), key=lambda r: (r[1] != rid, r))
    return Purged(project, number or rid, done)
