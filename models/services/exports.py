"""Reads for exporting a project's punch items and contractor issues to other systems:
plain values with names resolved (location path, trade, contractor, people)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from executrek.models.directory import Organisation, Person, User
from executrek.models.project import Location, Trade
from executrek.models.services.record_reads import project_labels


@dataclass(frozen=True)
class CommentExport:
    id: str
    author: str
    body: str
    created_at: dt.datetime


@dataclass(frozen=True)
class FileExport:
    sha256: str
    filename: str
    mime: str
    description: str | None = None


class ProjectNames:
    def __init__(self, s: Session, project_id: str) -> None:
        self.locations = {
            loc.id: loc
            for loc in s.scalars(select(Location).where(Location.project_id == project_id))
        }
        self.trades = project_labels(s, Trade.name, project_id)
        self.orgs = project_labels(s, Organisation.name, project_id)
        self.people = project_labels(s, Person.name, project_id)
        self.users = {u.id: u.display_name for u in s.scalars(select(User))}
        self._paths: dict[str, tuple[str, ...]] = {}

    def path(self, location_id: str | None) -> tuple[str, ...]:
        if not location_id or location_id not in self.locations:
            return ()
        if location_id not in self._paths:
            names: list[str] = []
            seen: set[str] = set()
            current: str | None = location_id
            while current and current in self.locations and current not in seen:
                seen.add(current)
                names.append(self.locations[current].name)
                current = self.locations[current].parent_id
            self._paths[location_id] = tuple(reversed(names))
        return self._paths[location_id]
