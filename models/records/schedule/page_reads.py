"""What the schedule page reads in one snapshot: the project's updates, the update shown
with the update its bars are compared with (the baseline by default) and the baseline in
force for the quality check, and where on site each activity has field evidence.

An activity has no location of its own; it is "at" a location when a punch item or a
contractor issue at that location is linked to it (``record_links``, kept by activity
code across updates), or when one of its activity codes names the location (its code or
name, e.g. a P6 "Area" code). Plain SQL over the spanning tables, as ``lookahead`` reads
them (other kinds' rooms are never imported).
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from dataclasses import dataclass, field

from executrek.models.local_read import SqlSource
from executrek.models.records.schedule.queries import (
    Activity,
    UpdateData,
    UpdateRow,
    baseline_of,
    current,
    previous_of,
    update_data_in,
    updates_in,
)

ACTIVITY = "schedule_activity"
BASELINE = "baseline"  # compare with the baseline in force
PREVIOUS = "previous"  # compare with the update before
SEPARATOR = " › "  # between the levels of a location path


@dataclass(frozen=True)
class ScheduleView:
    """The page's reading of one update: ``data`` (shown), ``against`` (its bars'
    comparison, None when there is nothing to compare with), ``baseline`` (the baseline
    in force, None when ``data`` is it), the activity codes' locations."""

    updates: tuple[UpdateRow, ...]
    data: UpdateData
    against: UpdateData | None
    baseline: UpdateData | None
    locations: dict[str, tuple[str, ...]] = field(default_factory=dict)

    @property
    def location_paths(self) -> tuple[str, ...]:
        """Every location an activity is at, with the levels above it, sorted."""
        found: set[str] = set()
        for paths in self.locations.values():
            for path in paths:
                parts = path.split(SEPARATOR)
                found.update(SEPARATOR.join(parts[: i + 1]) for i in range(len(parts)))
        return tuple(sorted(found))


def _evidence_locations(con: sqlite3.Connection, project_id: str) -> dict[str, set[str]]:
    """Activity code → the location paths of the punch items and issues linked to it."""
    out: dict[str, set[str]] = defaultdict(set)
    for code, path in con.execute(
        "WITH k AS ("
        " SELECT CASE WHEN to_type = ? THEN to_id ELSE from_id END AS activity_id,"
        "  CASE WHEN to_type = ? THEN from_type ELSE to_type END AS other_type,"
        "  CASE WHEN to_type = ? THEN from_id ELSE to_id END AS other_id"
        " FROM record_links WHERE project_id = ? AND deleted_at IS NULL"
        "  AND (to_type = ? OR from_type = ?)),"
        " r AS ("
        " SELECT 'punch_item' AS t, id, location_id FROM punch_items"
        "  WHERE project_id = ? AND deleted_at IS NULL AND location_id IS NOT NULL"
        " UNION ALL SELECT 'issue', id, location_id FROM contractor_issues"
        "  WHERE project_id = ? AND deleted_at IS NULL AND location_id IS NOT NULL)"
        " SELECT DISTINCT a.code, coalesce(nullif(l.path, ''), l.name) FROM k"
        " JOIN schedule_activities a ON a.id = k.activity_id"
        " JOIN r ON r.t = k.other_type AND r.id = k.other_id"
        " JOIN locations l ON l.id = r.location_id AND l.deleted_at IS NULL",
        (ACTIVITY, ACTIVITY, ACTIVITY, project_id, ACTIVITY, ACTIVITY, project_id, project_id),
    ):
        out[code].add(path)
    return out


def _coded_locations(
    con: sqlite3.Connection, project_id: str, activities: list[Activity]
) -> dict[str, set[str]]:
    """Activity code → the locations one of its activity codes names (code or name)."""
    named: dict[str, str] = {}
    for code, name, path in con.execute(
        "SELECT code, name, coalesce(nullif(path, ''), name) FROM locations"
        " WHERE project_id = ? AND deleted_at IS NULL",
        (project_id,),
    ):
        named.setdefault(str(code).casefold(), path)
        named.setdefault(str(name).casefold(), path)
    out: dict[str, set[str]] = defaultdict(set)
    if not named:
        return out
    for a in activities:
        for value in a.codes.values():
            if isinstance(value, str) and (found := named.get(value.strip().casefold())):
                out[a.code].add(found)
    return out


def activity_locations_in(
    con: sqlite3.Connection, project_id: str, activities: list[Activity]
) -> dict[str, tuple[str, ...]]:
    """Activity code → the location paths it is at (evidence and activity codes)."""
    merged = _evidence_locations(con, project_id)
    for code, paths in _coded_locations(con, project_id, activities).items():
        merged[code] |= paths
    return {code: tuple(sorted(paths)) for code, paths in merged.items() if paths}


def _against(rows: list[UpdateRow], update: UpdateRow, against: str | None) -> UpdateRow | None:
    if against == PREVIOUS:
        return previous_of(rows, update)
    if against is None or against == BASELINE:
        found = baseline_of(rows, update)
    else:
        found = next((u for u in rows if u.id == against), None)
    return None if found is None or found.id == update.id else found


def schedule_view(
    source: SqlSource, project_id: str, update_id: str | None = None, against: str | None = None
) -> ScheduleView | None:
    """Update ``update_id`` (the current one when None) with the update ``against`` names
    (``BASELINE``, ``PREVIOUS`` or an update id); None when the project has no update."""
    with source.sql() as con:
        rows = updates_in(con, project_id)
        update = next((u for u in rows if u.id == update_id), None) or current(rows)
        if update is None:
            return None
        data = update_data_in(con, update)
        read: dict[str, UpdateData] = {update.id: data}

        def load(row: UpdateRow | None) -> UpdateData | None:
            if row is None or row.id == update.id:
                return None
            if row.id not in read:
                read[row.id] = update_data_in(con, row)
            return read[row.id]

        other = load(_against(rows, update, against))
        base = load(baseline_of(rows, update))
        places = activity_locations_in(con, project_id, data.activities)
    return ScheduleView(tuple(rows), data, other, base, places)
