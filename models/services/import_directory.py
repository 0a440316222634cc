"""What every import shares: how a record's identity in the other system is kept
(``clean_ref``, at most ``REF_MAX`` characters), the counts a load reports, and the
``Directory`` that finds or creates locations, contractors, trades and people by name
(case-insensitive) within the load's unit of work."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from executrek.models import validation
from executrek.models.directory import Organisation, OrgKind, Person
from executrek.models.project import Location, LocationKind, Trade
from executrek.models.services.common import PATH_SEPARATOR

REF_MAX = 200


def clean_ref(value: str) -> str:
    """An identity in the other system as stored in ``external_ref``."""
    return value.strip()[:REF_MAX]


@dataclass
class ImportCounts:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    locations_created: int = 0
    contractors_created: int = 0
    trades_created: int = 0
    people_created: int = 0
    comments_added: int = 0
    photos_added: int = 0
    attachments_added: int = 0
    record_ids: list[str] = field(default_factory=list)


_CODE_CHARS = re.compile(r"[^A-Z0-9]+")
_Row = TypeVar("_Row", Location, Organisation, Trade, Person)


def _code_base(name: str, max_len: int, fallback: str) -> str:
    """A code made of a name: upper case letters and digits, other runs as one dash."""
    return _CODE_CHARS.sub("-", name.upper()).strip("-")[:max_len] or fallback


def _unused_code(base: str, taken: set[str]) -> str:
    """``base``, else ``base-2``, ``base-3``…: the first code not ``taken``, now taken."""
    code, counter = base, 2
    while code in taken:
        code = f"{base}-{counter}"
        counter += 1
    taken.add(code)
    return code


class Directory:
    """Finds or creates locations, contractors, trades and people within one unit of work."""

    def __init__(self, s: Session, project_id: str, counts: ImportCounts) -> None:
        self.s = s
        self.project_id = project_id
        self.counts = counts
        self._locations: dict[str, Location] = {}
        self._location_refs: dict[str, Location] = {}
        self._location_codes: set[str] = set()
        for loc in s.scalars(select(Location).where(Location.project_id == project_id)):
            self._location_codes.add(loc.code)
            if loc.deleted_at is None:
                self._locations.setdefault(loc.path.casefold(), loc)
                if loc.external_ref:
                    self._location_refs[loc.external_ref] = loc
        self._orgs = {
            o.name.casefold(): o
            for o in s.scalars(select(Organisation).where(Organisation.project_id == project_id))
        }
        self._trades: dict[str, Trade] = {}
        self._trade_codes: set[str] = set()
        for t in s.scalars(select(Trade).where(Trade.project_id == project_id)):
            self._trade_codes.add(t.code)
            self._trades.setdefault(t.name.casefold(), t)
            self._trades.setdefault(t.code.casefold(), t)
        self._people = {
            p.name.casefold(): p
            for p in s.scalars(
                select(Person).where(Person.project_id == project_id, Person.deleted_at.is_(None))
            )
        }

    def location(
        self,
        path: Sequence[str],
        *,
        kind: LocationKind | None = None,
        ref: str | None = None,
    ) -> str | None:
        names = [validation.required_text("location", name, max_len=200) for name in path]
        if not names:
            return None
        if ref and clean_ref(ref) in self._location_refs:
            return self._location_refs[clean_ref(ref)].id
        parent: Location | None = None
        for depth in range(1, len(names) + 1):
            text = PATH_SEPARATOR.join(names[:depth])
            found = self._locations.get(text.casefold())
            last = depth == len(names)
            if found is None:
                found = Location(
                    project_id=self.project_id,
                    parent_id=parent.id if parent else None,
                    kind=kind if (last and kind) else kind_for(depth, len(names)),
                    code=_unused_code(_code_base(text, 56, "LOC"), self._location_codes),
                    name=names[depth - 1],
                    path=text[:600],
                    external_ref=clean_ref(ref) if (last and ref) else None,
                )
                self._added(self._locations, text, found)
                self.counts.locations_created += 1
            elif last and ref and not found.external_ref:
                found.external_ref = clean_ref(ref)
            if last and ref:
                self._location_refs[clean_ref(ref)] = found
            parent = found
        assert parent is not None
        return parent.id

    def _added(self, known: dict[str, _Row], name: str, row: _Row) -> None:
        """Add a new row to the unit of work (flushed: it has its id) and know it by name."""
        self.s.add(row)
        self.s.flush()
        known[name.casefold()] = row

    def _named(
        self,
        field: str,
        name: str | None,
        known: dict[str, _Row],
        make: Callable[[str], _Row],
        created: str,
    ) -> str | None:
        """The id of the row ``known`` by ``name`` (checked as ``field``); one ``make``
        builds of the name when there is none, counted in ``created`` of the counts."""
        clean = validation.text(field, name, max_len=200, required=False)
        if clean is None:
            return None
        row = known.get(clean.casefold())
        if row is None:
            row = make(clean)
            self._added(known, clean, row)
            setattr(self.counts, created, getattr(self.counts, created) + 1)
        return row.id

    def contractor(self, name: str | None) -> str | None:
        return self._named(
            "contractor", name, self._orgs, self._new_contractor, "contractors_created"
        )

    def trade(self, name: str | None) -> str | None:
        return self._named("trade", name, self._trades, self._new_trade, "trades_created")

    def person(self, name: str | None) -> str | None:
        return self._named("assignee", name, self._people, self._new_person, "people_created")

    def _new_contractor(self, name: str) -> Organisation:
        return Organisation(project_id=self.project_id, name=name, kind=OrgKind.SUBCONTRACTOR)

    def _new_trade(self, name: str) -> Trade:
        code = _unused_code(_code_base(name, 28, "TRADE"), self._trade_codes)
        return Trade(project_id=self.project_id, code=code, name=name)

    def _new_person(self, name: str) -> Person:
        return Person(project_id=self.project_id, name=name)


def kind_for(depth: int, total: int) -> LocationKind:
    if total == 1:
        return LocationKind.AREA
    if depth == 1:
        return LocationKind.BUILDING
    if depth == total:
        return LocationKind.ROOM
    if depth == 2:
        return LocationKind.FLOOR
    return LocationKind.AREA
