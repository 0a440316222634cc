"""Writing pulled server rows into the local store.

Rows go in with raw ``executemany`` upserts (``sync.upsert``) inside one remote unit of
work (no outbox entries). A row only moves forward (higher ``row_version``); fields this
laptop still has in its outbox keep their local value until the server has merged them.
Nothing in a row's data decides where it lives: the area it was pulled from does, and
rows that disagree (or point at parents this laptop lacks) are set aside
(``sync.placement``).
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Table
from sqlalchemy.orm import Session

from executrek.models.schema import metadata, synced_tables
from executrek.models.store import Store
from executrek.sync.placement import (
    aside_ids,
    drop_aside,
    load_aside,
    lookup_areas,
    placement_error,
    put_aside,
    rules_for,
    set_aside_records,
)
from executrek.sync.refused import held_fields
from executrek.sync.row_plans import ParentAreas, TablePlan, refs_of
from executrek.sync.upsert import (
    ServerRow,
    pending_fields,
    upsert,
    upsert_accepted,
    write_conflicts,
)
from executrek.sync.wire import CONFLICTS, NIL_PROJECT, column_defaults, storage_converter
from executrek.sync.wire import _same as same_value  # the converter of values stored as they come

BOOKKEEPING = ("row_version", "field_versions")


# A row waiting for a parent: (row, plan, storage values, why it waits, the parent's
# (table, id)).
_Waiting = tuple[ServerRow, TablePlan, dict[str, Any], str, tuple[str, str]]


class RowWriter:
    """Upserts pulled rows; built once per sync (column plans are cached).

    Placement is checked before anything is written (see ``sync.placement``): rows that
    cannot live where they came from, or whose parents this laptop does not have, are
    set aside with their reason instead of stopping the sync. Call ``settle`` before the
    transaction of a ``write`` commits: rows that waited for a parent arriving later in
    the same transaction are written then, the rest set aside."""

    def __init__(self) -> None:
        tables = synced_tables()
        self.refused: list[tuple[str, str]] = []
        self.set_aside: dict[str, str] = {}  # row id → reason (this sync)
        self.order = {t.name: i for i, t in enumerate(metadata.sorted_tables)}
        self.plans: dict[str, TablePlan] = {}
        for name, cls in tables.items():
            table = cls.__table__
            assert isinstance(table, Table)
            conv = {c.name: storage_converter(c) for c in table.columns}
            wire = {k: f for k, f in conv.items() if k not in BOOKKEEPING}
            special = tuple((k, f) for k, f in wire.items() if f is not same_value)
            plain = frozenset(k for k, f in wire.items() if f is same_value)
            self.plans[name] = TablePlan(
                table, conv, column_defaults(table), rules_for(table), special, plain
            )
        for plan in self.plans.values():
            plan.refs = tuple(
                (col, target, self.plans[target].rules.shared_ok)
                for col, target in plan.rules.refs
                if target in self.plans
            )
            own = (("project_id", "projects", False),) if plan.rules.has_project else ()
            plan.refs_in_project = own + plan.refs
        # Caches for one ``write`` call: rows it writes, parents it looked up → area.
        self.parents = ParentAreas(self.plans)
        self._waiting: list[_Waiting] = []
        self._wanted: set[tuple[str, str]] = set()  # parents waiting rows need
        self._aside_new: list[tuple[str, dict[str, Any]]] = []
        self._aside_done: set[str] = set()
        self._aside_ids: set[str] | None = None
        self._fresh: set[tuple[str, str]] = set()  # not on this laptop when they came

    def write(self, session: Session, rows: Sequence[ServerRow]) -> int:
        """Upsert ``rows`` in the session's transaction; returns how many were known."""
        if not rows:
            return 0
        session.connection().exec_driver_sql("PRAGMA defer_foreign_keys = ON")
        raw = session.connection().connection.driver_connection
        assert isinstance(raw, sqlite3.Connection)
        if self._aside_ids is None:
            self._aside_ids = aside_ids(raw)
        conflicts: list[ServerRow] = []
        by_table: dict[str, list[ServerRow]] = defaultdict(list)
        known = 0
        for row in rows:
            if row.tbl == CONFLICTS:
                conflicts.append(row)
                known += 1
            elif row.tbl in self.plans:
                by_table[row.tbl].append(row)
                known += 1
            # else: a table this app version does not know (expand-then-contract)
        candidates: list[ServerRow] = []
        # (plan, area, rows with their storage values), parents' tables first
        groups: list[tuple[TablePlan, str, list[tuple[ServerRow, dict[str, Any]]]]] = []
        for tbl in sorted(by_table, key=lambda t: self.order.get(t, len(self.order))):
            trows = by_table[tbl]
            plan = self.plans[tbl]
            local = lookup_areas(raw, tbl, plan.rules, (r.id for r in trows))
            areas: dict[str, list[tuple[ServerRow, dict[str, Any]]]] = {}
            for row in trows:
                in_project = row.project_id != NIL_PROJECT
                have = local.get(row.id)
                if have is None and (tbl, row.id) not in self.parents.txn:
                    self._fresh.add((tbl, row.id))
                if have is not None and have[0].lower() != row.project_id.lower():
                    self._aside(row, "this laptop keeps this record in another project")
                    continue
                if have is not None and have[1] >= row.row_version:
                    self._settled(row.id)  # nothing newer than what is here
                    continue
                if not (
                    in_project
                    and plan.rules.has_project
                    and row.data.get("project_id", row.project_id) == row.project_id
                ):  # the common case is decided without a call
                    reason = placement_error(tbl, row.id, row.project_id, plan.rules, row.data)
                    if reason is not None:
                        self._aside(row, reason)
                        continue
                candidates.append(row)
                if isinstance(values := _storable(plan, row), str):  # not ours to repair
                    self._aside(row, values)
                else:
                    areas.setdefault(row.project_id, []).append((row, values))
            groups.extend((plan, here, prepared) for here, prepared in areas.items())
        self.parents.prefetch(raw, groups)
        accepted: list[tuple[ServerRow, dict[str, Any]]] = []
        for plan, here, prepared in groups:
            if self.parents.all_here(refs_of(plan, here), here, prepared):
                accepted.extend(prepared)
                self.parents.txn.update(((row.tbl, row.id), here) for row, _values in prepared)
            else:
                self._check_rows(raw, plan, prepared, accepted)
        self._upsert_rows(session, raw, accepted)
        # Only when a row some waiting row needs came in (or now waits itself, as in a
        # cycle) can waiting rows go in: no rescans of a long wait list for nothing.
        if self._wanted and any((r.tbl, r.id) in self._wanted for r in candidates):
            self._resolve(session, raw, final=False)
        if conflicts:
            write_conflicts(raw, conflicts, pending_fields(session, {r.id for r in conflicts}))
        # What this call wrote is in the database now: later calls look it up there.
        # (Keeping every row of a 100k bootstrap in dicts made the collector crawl.)
        self.parents.clear()
        if self._fresh:
            waiting = {(w[0].tbl, w[0].id) for w in self._waiting}
            self._fresh = {key for key in self._fresh if key in waiting}
        return known

    def wanted(self) -> list[str]:
        """Ids of the parents rows wait for (they may come later in this download)."""
        return sorted({rid for _tbl, rid in self._wanted})

    def settle(self, session: Session) -> None:
        """Before commit: write rows whose parents came later in this transaction, set
        the rest aside (with their reason), and record both in ``sync_state``."""
        raw = session.connection().connection.driver_connection
        assert isinstance(raw, sqlite3.Connection)
        self._resolve(session, raw, final=True)
        if self._aside_new:
            put_aside(raw, self._aside_new)
            self._aside_new = []
        known_aside = self._aside_ids or set()
        done = [i for i in self._aside_done if i in known_aside]
        if done:
            drop_aside(raw, done)
            known_aside.difference_update(done)
        self._aside_done.clear()
        self.parents.clear()
        self._fresh.clear()

    def retry_set_aside(self, store: Store) -> int:
        """Try every set-aside row again (a missing parent may have arrived); returns
        how many are still set aside."""
        with store.read() as s:
            raw = s.connection().connection.driver_connection
            assert isinstance(raw, sqlite3.Connection)
            if not aside_ids(raw):
                return 0
        with store.unit_of_work(remote=True) as s:
            raw = s.connection().connection.driver_connection
            assert isinstance(raw, sqlite3.Connection)
            entries = load_aside(raw)
            if entries:
                self.write(s, [_row_of(e) for e in entries])
                self.settle(s)
            return len(aside_ids(raw))

    # --- internals ----------------------------------------------------------------

    def _resolve(self, session: Session, raw: sqlite3.Connection, *, final: bool) -> None:
        """Write the waiting rows that can all go in together: their parents are here,
        in this transaction or among themselves (cycles such as a project and its owner
        organisation). Found by dropping, until nothing changes, every row with a parent
        that is none of these. ``final``: the dropped rows are set aside; otherwise they
        keep waiting (a later page may bring their parents)."""
        waiting = {(w[0].tbl, w[0].id): w for w in self._waiting}
        still: list[_Waiting] = []
        changed = True
        while changed:
            changed = False
            among = {key: w[0].project_id for key, w in waiting.items()}
            for key, (row, plan, values, _why, _parent) in list(waiting.items()):
                verdict, missing = self.parents.verdict(
                    raw, row, plan, values, query=True, among=among
                )
                if verdict is None:
                    continue
                del waiting[key]
                changed = True
                if missing is not None and not final:
                    still.append((row, plan, values, verdict, missing))
                else:
                    self._aside(row, verdict)
        self._waiting = still
        self._wanted = {w[4] for w in still}
        accepted = [(row, values) for row, _plan, values, _why, _parent in waiting.values()]
        for row, _values in accepted:
            self.parents.txn[(row.tbl, row.id)] = row.project_id
        self._upsert_rows(session, raw, accepted)

    def _check_rows(
        self,
        raw: sqlite3.Connection,
        plan: TablePlan,
        prepared: list[tuple[ServerRow, dict[str, Any]]],
        accepted: list[tuple[ServerRow, dict[str, Any]]],
    ) -> None:
        """Row by row, in order: accept a row whose parents are all in its area (rows
        accepted before it count), let it wait for a missing parent, or set it aside."""
        parents = self.parents
        for row, values in prepared:
            here = row.project_id
            for col, target, _shared in refs_of(plan, here):
                ref = values[col]
                if ref is not None and parents.area(target, ref) != here:
                    verdict, missing = parents.verdict(raw, row, plan, values, query=False)
                    break
            else:
                verdict = missing = None
            if verdict is None:
                accepted.append((row, values))
                parents.txn[(row.tbl, row.id)] = here
            elif missing is not None:
                self._waiting.append((row, plan, values, verdict, missing))
                self._wanted.add(missing)
            else:
                self._aside(row, verdict)

    def _aside(self, row: ServerRow, reason: str) -> None:
        self.set_aside[row.id] = reason
        self._aside_done.discard(row.id)
        self._aside_new.append(
            (
                row.id,
                {
                    "tbl": row.tbl,
                    "id": row.id,
                    "project_id": row.project_id,
                    "data": row.data,
                    "field_versions": row.field_versions,
                    "row_version": row.row_version,
                    "updated_at": row.updated_at,
                    "reason": reason,
                },
            )
        )
        if self._aside_ids is not None:
            self._aside_ids.add(row.id)

    def _settled(self, row_id: str) -> None:
        self.set_aside.pop(row_id, None)
        if self._aside_ids and row_id in self._aside_ids:
            self._aside_done.add(row_id)

    def _upsert_rows(
        self,
        session: Session,
        raw: sqlite3.Connection,
        accepted: list[tuple[ServerRow, dict[str, Any]]],
    ) -> None:
        """Upsert ``accepted``. A row refused by a local constraint (incomplete data, a
        clashing code) is set aside, and so is every row that pointed at it, so a
        foreign key never dangles at commit and the sync never stops on one row. Rows
        new to this laptop are simply removed again then; when some already existed (an
        update cannot be taken back by hand) the batch runs under a savepoint and is
        written again without them. (A savepoint in a big bootstrap transaction costs
        a statement journal, so the common case of new rows goes without.)"""
        while accepted:
            fresh = all((row.tbl, row.id) in self._fresh for row, _values in accepted)
            if not fresh:
                raw.execute("SAVEPOINT pulled_rows")
            if fresh and not held_fields(session, (row.id for row, _values in accepted)):
                failed = insert_new(raw, accepted)
            else:
                failed = upsert_accepted(session, raw, accepted)
            if not failed:
                if not fresh:
                    raw.execute("RELEASE pulled_rows")
                if self.set_aside or self._aside_ids:
                    for row, _values in accepted:
                        self._settled(row.id)
                return
            if not fresh:
                raw.execute("ROLLBACK TO pulled_rows")
                raw.execute("RELEASE pulled_rows")
            bad: set[tuple[str, str]] = set()
            for row, problem in failed:
                bad.add((row.tbl, row.id))
                if row.tbl == "projects" and "UNIQUE" in problem:
                    self.refused.append((row.tbl, row.id))  # e.g. one code made twice offline
                else:  # incomplete or clashing data: not this laptop's to repair
                    self._aside(row, f"cannot be stored on this laptop ({problem})")
            for key in bad:  # an older copy may still be here: its children stay fine
                self.parents.forget(key)
                self.parents.lookup_one(raw, *key)
            rest = [a for a in accepted if (a[0].tbl, a[0].id) not in bad]
            kept = self._recheck(raw, rest)
            if fresh:  # written already: take back the rows that now point nowhere
                gone = {(r.tbl, r.id) for r, _v in rest} - {(r.tbl, r.id) for r, _v in kept}
                for tbl, rid in gone:
                    raw.execute(f'DELETE FROM "{tbl}" WHERE id = ?', (rid,))
                for row, _values in kept:
                    self._settled(row.id)
                return
            accepted = kept

    def _recheck(
        self, raw: sqlite3.Connection, accepted: list[tuple[ServerRow, dict[str, Any]]]
    ) -> list[tuple[ServerRow, dict[str, Any]]]:
        """The rows of ``accepted`` whose parents are still there (rows of this batch
        count only while they stay in it); the others wait."""
        batch = {(row.tbl, row.id) for row, _values in accepted}
        changed = True
        while changed:
            changed = False
            among = {(row.tbl, row.id): row.project_id for row, _values in accepted}
            keep = []
            for row, values in accepted:
                plan = self.plans[row.tbl]
                verdict, missing = self.parents.verdict(
                    raw, row, plan, values, query=True, among=among, exclude=batch
                )
                if verdict is None:
                    keep.append((row, values))
                    continue
                changed = True
                self.parents.txn.pop((row.tbl, row.id), None)
                if missing is not None:
                    self._waiting.append((row, plan, values, verdict, missing))
                    self._wanted.add(missing)
                else:
                    self._aside(row, verdict)
            accepted = keep
        return accepted


def insert_new(
    raw: sqlite3.Connection, accepted: list[tuple[ServerRow, dict[str, Any]]]
) -> list[tuple[ServerRow, str]]:
    """Insert rows this laptop did not have; returns ``(row, SQLite's reason)`` of the
    rows a local constraint refused. An upsert (``DO UPDATE``) may write twice, so SQLite
    keeps a statement journal of every page it touches for each row: with the ten
    indexes of ``punch_items`` that cost a first download of 100k records ~2.5 s of CPU.
    A row that is here after all (it came twice in one transaction) or that breaks a
    constraint sends its group through the upsert, which decides row by row."""
    groups: dict[tuple[str, tuple[str, ...]], list[list[Any]]] = defaultdict(list)
    for row, values in accepted:
        groups[(row.tbl, tuple(values))].append(list(values.values()))
    refused: list[tuple[str, str, str]] = []
    for (tbl, cols), params in groups.items():
        names = ", ".join(f'"{c}"' for c in cols)
        marks = ", ".join("?" for _ in cols)
        try:
            done = raw.executemany(
                f'INSERT INTO "{tbl}" ({names}) VALUES ({marks}) ON CONFLICT(id) DO NOTHING',
                params,
            ).rowcount
        except sqlite3.IntegrityError:
            done = -1
        if done != len(params):
            refused.extend(
                (tbl, rid, why) for rid, why in upsert(raw, tbl, cols, frozenset(), params)
            )
    if not refused:
        return []
    rows = {(row.tbl, row.id): row for row, _values in accepted}
    return [(rows[(tbl, rid)], why) for tbl, rid, why in refused]


def _storable(plan: TablePlan, row: ServerRow) -> dict[str, Any] | str:
    """The row's values as this laptop stores them, or why they cannot be stored (a stamp
    that is no date, an amount that is no number, a list where text belongs)."""
    try:
        return _storage_values(plan, row)
    except (ValueError, TypeError, ArithmeticError) as exc:
        return f"cannot be stored on this laptop ({exc})"


def _storage_values(plan: TablePlan, row: ServerRow) -> dict[str, Any]:
    """Runs for every pulled row (200k in a first download of 100k records): the fields
    are copied in one go, then only the columns whose value needs converting (stamps,
    amounts, JSON, flags) and the values that are neither text nor nothing are looked at."""
    data = row.data
    values = dict(plan.defaults)
    values.update(data)
    if len(values) != len(plan.defaults):  # fields this table has no column for
        for key in [k for k in values if k not in plan.defaults]:
            del values[key]
    for key, conv in plan.special:
        if key in data:
            value = conv(data[key])
            values[key] = value if type(value) in _PLAIN else _bindable(key, value)
    for key in [k for k, v in data.items() if type(v) not in _PLAIN]:
        if key in plan.plain:
            values[key] = _bindable(key, data[key])
    converters = plan.converters
    if plan.rules.has_project and row.project_id != NIL_PROJECT:
        values["project_id"] = row.project_id  # the area decides, never the data
    if "updated_at" in converters and values.get("updated_at") is None:
        stamp = row.data.get("updated_at") or row.data.get("created_at") or row.updated_at
        values["updated_at"] = converters["updated_at"](stamp)
    values["id"] = row.id
    values["row_version"] = row.row_version
    if "field_versions" in converters:
        fv = row.field_versions
        values["field_versions"] = fv if isinstance(fv, str) else json.dumps(fv)
    return values


_PLAIN = frozenset({str, type(None)})


def _bindable(key: str, value: Any) -> Any:
    """``value`` if SQLite can store it in a column, else ValueError (the row is set
    aside): text, a number within 64 bits, or nothing."""
    if value is None or isinstance(value, str | float | bytes):
        return value
    if isinstance(value, int) and -(2**63) <= value < 2**63:
        return value
    raise ValueError(f"{key}: {type(value).__name__} {str(value)[:40]!r}")


def _row_of(entry: dict[str, Any]) -> ServerRow:
    return ServerRow(
        str(entry["tbl"]),
        str(entry["id"]),
        str(entry["project_id"]),
        dict(entry["data"]),
        entry.get("field_versions") or {},
        int(entry["row_version"]),
        entry.get("updated_at"),
    )


def held_aside(store: Store) -> dict[str, int]:
    """Reasons of the rows set aside on this laptop, with how many each."""
    out: dict[str, int] = defaultdict(int)
    for entry in set_aside_records(store):
        out[str(entry.get("reason", ""))] += 1
    return dict(out)
