"""Locations by what a person types or prints: a location from its code or path (the
target of a drawing import), and the code and path of each location for the QR labels."""

from __future__ import annotations

import re

from sqlalchemy import select

from executrek.models.errors import QT_TRANSLATE_NOOP, NotFoundError
from executrek.models.project import Location
from executrek.models.services.common import load, locations_within
from executrek.models.store import Store


def find_location(store: Store, project_id: str, text: str) -> Location:
    """A location by its code or its path ("East Wing › Level 1", also with ``>`` or
    ``/`` between the parts), case-insensitive."""
    wanted = text.strip()
    parts = [p.strip().lower() for p in re.split(r"\s*(?:›|>|/)\s*", wanted) if p.strip()]
    with store.read() as s:
        rows = list(
            s.scalars(
                select(Location).where(
                    Location.project_id == project_id, Location.deleted_at.is_(None)
                )
            )
        )
    for loc in rows:
        if loc.code.lower() == wanted.lower():
            return loc
    for loc in rows:
        path = [p.strip().lower() for p in (loc.path or loc.name).split("›")]
        if path == parts:
            return loc
    raise NotFoundError(
        QT_TRANSLATE_NOOP("Errors", "There is no location '{text}' in this project."),
        text=wanted,
    )


def location_labels(
    store: Store, project_id: str, under: str | None = None
) -> list[tuple[str, str]]:
    """(code, path) of the project's live locations, or of ``under`` and everything
    below it, in path order: what the QR location labels print."""
    stmt = select(Location.code, Location.path, Location.name).where(
        Location.project_id == project_id, Location.deleted_at.is_(None)
    )
    with store.read() as s:
        if under is not None:
            top = load(s, Location, under, "Location")
            stmt = stmt.where(Location.id.in_(locations_within(top.id)))
        rows = s.execute(stmt.order_by(Location.path, Location.code)).all()
    return [(code, path or name) for code, path, name in rows]
