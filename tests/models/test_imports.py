"""Upserts from other systems: one unit of work per load, no duplicates on re-import."""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest
from sqlalchemy import func, select

from executrek.models.common import Comment, Photo, PhotoLink
from executrek.models.directory import Organisation, Person
from executrek.models.errors import ValidationError
from executrek.models.local import Outbox
from executrek.models.project import Location, LocationKind, Project, Trade
from executrek.models.records.issue import exchange as issue_exchange
from executrek.models.records.issue.model import (
    ContractorIssue,
    IssueStatus,
    IssueStatusEvent,
    IssueType,
)
from executrek.models.records.punch import exchange as punch_exchange
from executrek.models.records.punch.model import Priority, PunchItem, PunchStatus, PunchStatusEvent
from executrek.models.services import imports
from executrek.models.store import Store

pytestmark = pytest.mark.dates


def total(store: Store, cls: type) -> int:
    with store.read() as s:
        return int(s.scalar(select(func.count()).select_from(cls)) or 0)


ROWS = [
    imports.ImportedPunchItem(
        ref="A-1",
        title="Cracked tile",
        location=("Block A", "Level 1", "Lobby"),
        trade="Flooring",
        contractor="Tile & Co",
        assignee="Ann Lee",
        priority=Priority.CRITICAL,
        status=PunchStatus.READY_FOR_REVIEW,
        due_date=dt.date(2020, 1, 2),  # past due dates are history, not a mistake
    ),
    imports.ImportedPunchItem(
        ref="A-2",
        title="Loose rail",
        location=("Block A", "Level 1", "Stair 1"),
        trade="flooring",
        contractor="TILE & CO",
        assignee="ann lee",
    ),
]


def test_punch_rows_create_items_and_their_directory(store: Store, project: Project) -> None:
    done = imports.import_punch_items(store, project.id, ROWS, note="from a file")
    counts = done.value
    assert (counts.created, counts.updated, counts.unchanged) == (2, 0, 0)
    assert (counts.locations_created, counts.trades_created) == (4, 1)
    assert (counts.contractors_created, counts.people_created) == (1, 1)
    assert done.changes.touches("punch_items", "locations")
    rows = punch_exchange.punch_items_for_export(store, project.id)
    assert [(r.title, r.location, r.trade, r.contractor, r.assignee) for r in rows] == [
        ("Cracked tile", ("Block A", "Level 1", "Lobby"), "Flooring", "Tile & Co", "Ann Lee"),
        ("Loose rail", ("Block A", "Level 1", "Stair 1"), "Flooring", "Tile & Co", "Ann Lee"),
    ]
    assert [(r.status, r.priority, r.number) for r in rows] == [
        (PunchStatus.READY_FOR_REVIEW, Priority.CRITICAL, "PI-0001"),
        (PunchStatus.OPEN, Priority.MEDIUM, "PI-0002"),
    ]
    with store.read() as s:
        kinds = dict(s.execute(select(Location.path, Location.kind)).all())
        assert kinds == {
            "Block A": LocationKind.BUILDING,
            "Block A › Level 1": LocationKind.FLOOR,
            "Block A › Level 1 › Lobby": LocationKind.ROOM,
            "Block A › Level 1 › Stair 1": LocationKind.ROOM,
        }
        notes = s.scalars(select(PunchStatusEvent.note)).all()
        assert notes == ["from a file", "from a file"]
        assert s.scalar(select(func.count()).select_from(Organisation)) == 3  # owner, PMO, sub
        assert s.scalar(select(func.count()).select_from(Trade)) == 1
        assert s.scalar(select(func.count()).select_from(Person)) == 1


def test_reimport_updates_in_place_and_never_blanks(store: Store, project: Project) -> None:
    imports.import_punch_items(store, project.id, ROWS)
    outbox = total(store, Outbox)
    again = imports.import_punch_items(store, project.id, ROWS).value
    assert (again.created, again.updated, again.unchanged) == (0, 0, 2)
    assert total(store, Outbox) == outbox
    changed = [
        imports.ImportedPunchItem(
            ref="A-1", title="Cracked tile, lobby", status=PunchStatus.CLOSED
        ),
        imports.ImportedPunchItem(
            ref="A-2", title="Loose rail", priority=Priority.HIGH, keep_critical=True
        ),
        imports.ImportedPunchItem(ref="A-3", title="New one"),
    ]
    result = imports.import_punch_items(store, project.id, changed).value
    assert (result.created, result.updated, result.unchanged) == (1, 2, 0)
    rows = {r.external_ref: r for r in punch_exchange.punch_items_for_export(store, project.id)}
    assert rows["A-1"].title == "Cracked tile, lobby"
    assert rows["A-1"].status is PunchStatus.CLOSED
    assert rows["A-1"].location == ("Block A", "Level 1", "Lobby")  # not blanked
    assert rows["A-1"].assignee == "Ann Lee"
    assert rows["A-2"].priority is Priority.HIGH
    with store.read() as s:
        closed = s.scalar(select(PunchItem.closed_at).where(PunchItem.external_ref == "A-1"))
        assert closed is not None
        events = s.execute(
            select(PunchStatusEvent.from_status, PunchStatusEvent.to_status).order_by(
                PunchStatusEvent.created_at, PunchStatusEvent.id
            )
        ).all()
        assert ("ready_for_review", "closed") in [tuple(e) for e in events]


def test_source_without_critical_keeps_ours(store: Store, project: Project) -> None:
    imports.import_punch_items(store, project.id, ROWS[:1])
    coarse = imports.ImportedPunchItem(
        ref="A-1", title="Cracked tile", priority=Priority.HIGH, keep_critical=True
    )
    assert imports.import_punch_items(store, project.id, [coarse]).value.unchanged == 1
    (row,) = punch_exchange.punch_items_for_export(store, project.id)
    assert row.priority is Priority.CRITICAL


def test_our_own_ids_match_the_originals(store: Store, project: Project) -> None:
    imports.import_punch_items(store, project.id, ROWS)
    (first, _second) = punch_exchange.punch_items_for_export(store, project.id)
    row = imports.ImportedPunchItem(ref=first.id, title="Renamed")
    result = imports.import_punch_items(store, project.id, [row]).value
    assert (result.created, result.updated) == (0, 1)


def test_a_bad_row_or_a_cancel_leaves_nothing(store: Store, project: Project) -> None:
    outbox = total(store, Outbox)
    bad = [*ROWS, imports.ImportedPunchItem(ref="X", title="   ")]
    with pytest.raises(ValidationError):
        imports.import_punch_items(store, project.id, bad)

    class Stop(Exception):
        pass

    def cancel(done: int, _total: int) -> None:
        if done == 2:
            raise Stop

    with pytest.raises(Stop):
        imports.import_punch_items(store, project.id, ROWS, progress=cancel)
    assert total(store, PunchItem) == 0
    assert total(store, Location) == 0
    assert total(store, Outbox) == outbox


def photo_row(data: bytes) -> imports.BlobRow:
    return imports.BlobRow(
        sha256=hashlib.sha256(data).hexdigest(),
        filename="snapshot.png",
        mime="image/png",
        size_bytes=len(data),
    )


def test_issues_with_threads_and_photos(store: Store, project: Project) -> None:
    when = dt.datetime(2025, 3, 4, 10, 0, tzinfo=dt.UTC)
    row = imports.ImportedIssue(
        ref="2f3a1c9e-5d8b-4c7e-9f0a-1b2c3d4e5f60",
        title="Duct clashes with beam",
        issue_type=IssueType.NON_CONFORMANCE,
        status=IssueStatus.OPEN,
        severity=Priority.HIGH,
        due_date=dt.date(2025, 4, 1),
        created_at=when,
        comments=(
            imports.CommentRow("arch@example.com", "Please reroute.", when),
            imports.CommentRow(
                "mep@example.com", "Rerouted in rev B.", when + dt.timedelta(days=1)
            ),
        ),
        photos=(photo_row(b"one"), photo_row(b"two")),
    )
    first = imports.import_issues(store, project.id, [row]).value
    assert (first.created, first.comments_added, first.photos_added) == (1, 2, 2)
    again = imports.import_issues(store, project.id, [row]).value
    assert (again.created, again.updated, again.unchanged) == (0, 0, 1)
    assert (again.comments_added, again.photos_added) == (0, 0)
    closed = imports.ImportedIssue(
        **{**row.__dict__, "status": IssueStatus.CLOSED, "comments": row.comments[:1]}
    )
    third = imports.import_issues(store, project.id, [closed]).value
    assert third.updated == 1
    (exported,) = issue_exchange.issues_for_export(store, project.id)
    assert exported.number == "NCR-001"
    assert exported.status is IssueStatus.CLOSED
    assert exported.created_at == when
    assert [c.body for c in exported.comments] == ["Please reroute.", "Rerouted in rev B."]
    assert exported.comments[0].created_at == when
    assert len(exported.photos) == 2
    with store.read() as s:
        assert s.scalar(select(func.count()).select_from(ContractorIssue)) == 1
        assert s.scalar(select(func.count()).select_from(Comment)) == 2
        assert s.scalar(select(func.count()).select_from(Photo)) == 2
        assert s.scalar(select(func.count()).select_from(PhotoLink)) == 2
        statuses = s.scalars(select(IssueStatusEvent.to_status)).all()
        assert sorted(statuses) == ["closed", "open"]


def test_location_tree_by_ref_then_path(store: Store, project: Project) -> None:
    rows = [
        imports.ImportedLocation(("Duplex",), LocationKind.BUILDING, "F-1"),
        imports.ImportedLocation(("Duplex", "Level 1"), LocationKind.FLOOR, "FL-1"),
        imports.ImportedLocation(("Duplex", "Level 1", "A101"), LocationKind.ROOM, "S-1"),
    ]
    assert imports.import_locations(store, project.id, rows).value.created == 3
    renamed = [imports.ImportedLocation(("Duplex", "Ground", "A101"), LocationKind.ROOM, "S-1")]
    result = imports.import_locations(store, project.id, renamed).value
    assert (result.created, result.unchanged) == (0, 1)  # the ref wins over the path
    assert imports.import_locations(store, project.id, rows).value.unchanged == 3
    with store.read() as s:
        assert s.scalar(select(func.count()).select_from(Location)) == 3
        codes = s.scalars(select(Location.code).order_by(Location.code)).all()
        assert codes == ["DUPLEX", "DUPLEX-LEVEL-1", "DUPLEX-LEVEL-1-A101"]
