"""How pulled rows of each table are stored, and where their parents live.

``TablePlan`` is one synced table's column plan (built once per sync by
``sync.apply.RowWriter``). ``ParentAreas`` answers, for a pulled row, whether every row it
refers to is on this laptop in the same area (project, or the shared area for shared
targets): from the rows written earlier in the same ``write`` call, from parents looked up
before (one query per table for a page), or by one lookup.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table

from executrek.sync.placement import Rules, lookup_areas
from executrek.sync.upsert import ServerRow
from executrek.sync.wire import NIL_PROJECT

Ref = tuple[str, str, bool]  # (column, target table, target may be shared)
Prepared = list[tuple[ServerRow, dict[str, Any]]]  # rows with their storage values


@dataclass
class TablePlan:
    table: Table
    converters: dict[str, Callable[[Any], Any]]
    defaults: dict[str, Any]
    rules: Rules
    # the fields data may carry: converted ones (key, converter), and stored as they come
    special: tuple[tuple[str, Callable[[Any], Any]], ...]
    plain: frozenset[str]
    # references of rows in the shared area / in a project
    refs: tuple[Ref, ...] = ()
    refs_in_project: tuple[Ref, ...] = ()


def refs_of(plan: TablePlan, area: str) -> tuple[Ref, ...]:
    """(column, target table, target may be shared) of a row of ``plan`` in ``area``."""
    return plan.refs if area == NIL_PROJECT else plan.refs_in_project


class ParentAreas:
    """The area of every parent seen in one ``write`` call: ``txn`` for rows written in
    it, ``known`` for parents looked up. Cleared after each call (what it wrote is in the
    database then; keeping every row of a 100k bootstrap in dicts made the collector
    crawl)."""

    def __init__(self, plans: dict[str, TablePlan]) -> None:
        self.plans = plans
        self.txn: dict[tuple[str, str], str] = {}
        self.known: dict[tuple[str, str], str] = {}

    def clear(self) -> None:
        self.txn.clear()
        self.known.clear()

    def area(self, target: str, ref: str) -> str | None:
        """The area of a parent seen in this call, if any."""
        return self.txn.get((target, ref)) or self.known.get((target, ref))

    def forget(self, key: tuple[str, str]) -> None:
        self.txn.pop(key, None)
        self.known.pop(key, None)

    def prefetch(
        self, raw: sqlite3.Connection, groups: list[tuple[TablePlan, str, Prepared]]
    ) -> None:
        """Look up, in one query per table, the parents these rows refer to."""
        need: dict[str, set[str]] = defaultdict(set)
        txn, known = self.txn, self.known
        for plan, here, prepared in groups:
            for col, target, _shared in refs_of(plan, here):
                for ref in {values[col] for _row, values in prepared}:
                    if ref is None:
                        continue
                    key = (target, str(ref))
                    if key not in txn and key not in known:
                        need[target].add(key[1])
        for target, ids in need.items():
            found = lookup_areas(raw, target, self.plans[target].rules, ids)
            for rid, (area, _rv) in found.items():
                known[(target, rid)] = area

    def all_here(self, refs: tuple[Ref, ...], here: str, prepared: Prepared) -> bool:
        """Every parent these rows (of one table and area) name is known to be in
        ``here`` already, written in this call or looked up (else each row is checked in
        turn): the common case, decided once per distinct reference instead of per row."""
        for col, target, _shared in refs:
            for ref in {values[col] for _row, values in prepared}:
                if ref is not None and self.area(target, ref) != here:
                    return False
        return True

    def lookup_one(self, raw: sqlite3.Connection, target: str, ref: str) -> str | None:
        found = lookup_areas(raw, target, self.plans[target].rules, [ref])
        if ref not in found:
            return None
        area = self.known[(target, ref)] = found[ref][0]
        return area

    def verdict(
        self,
        raw: sqlite3.Connection,
        row: ServerRow,
        plan: TablePlan,
        values: dict[str, Any],
        *,
        query: bool,
        among: dict[tuple[str, str], str] | None = None,
        exclude: set[tuple[str, str]] | None = None,
    ) -> tuple[str | None, tuple[str, str] | None]:
        """(None, None) when every reference agrees; (why, (table, id)) when a parent is
        missing (it may still come); (why, None) when one points elsewhere."""
        here = row.project_id.lower()
        txn, known = self.txn, self.known
        for col, target, shared_target in refs_of(plan, row.project_id):
            ref = values[col]
            if ref is None:
                continue
            key = (target, str(ref))
            if exclude and key in exclude:  # only as one of ``among``
                area = among.get(key) if among else None
            else:
                area = txn.get(key) or known.get(key)
                if area is None and among:
                    area = among.get(key)
                if area is None and query:
                    area = self.lookup_one(raw, target, key[1])
            if area is None:
                return (f"{col} refers to a {target} record this laptop does not have", key)
            if (
                area != here
                and area.lower() != here
                and not (shared_target and area == NIL_PROJECT)
            ):
                return (f"{col} refers to a {target} record of another project", None)
        return (None, None)
