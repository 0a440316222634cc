"""Schedule updates in the store: one import is one update in one transaction, never
overwritten; bad programmes are refused with one line and leave nothing behind; the
review and the delay events move through their workflows; every row has its outbox
entry."""

from __future__ import annotations

import dataclasses
import datetime as dt
import sqlite3
from decimal import Decimal
from typing import Any

import pytest
from schedule_data import START, chain, link

from executrek.models.errors import NotFoundError, ValidationError, WorkflowError
from executrek.models.project import Project
from executrek.models.records.schedule import bulk, queries, service
from executrek.models.records.schedule.importer import import_programme
from executrek.models.records.schedule.programme import ProgrammeRefused
from executrek.models.records.schedule.vocab import ActivityKind, LinkKind
from executrek.models.store import Store

TABLES = ("schedule_updates", "schedule_calendars", "schedule_activities", "schedule_links")


def counts(store: Store) -> dict[str, int]:
    with store.sql() as con:
        out = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
        out["outbox"] = con.execute(
            "SELECT count(*) FROM outbox WHERE table_name LIKE 'schedule%'"
        ).fetchone()[0]
        return out


def imp(store: Store, project: Project, p: Any, sha: str = "a" * 64, **kw: Any) -> Any:
    return import_programme(
        store, project.id, p, source_name="prog.xer", source_sha256=sha, **kw
    ).value


def test_an_import_is_one_update_with_its_rows_and_their_outbox(
    store: Store, project: Project
) -> None:
    u = imp(store, project, chain([5, 10, 3]))
    assert (u.number, u.is_baseline, u.activities, u.links, u.milestones) == (
        "SU-001",
        True,
        5,
        4,
        2,
    )
    assert counts(store) == {
        "schedule_updates": 1,
        "schedule_calendars": 1,
        "schedule_activities": 5,
        "schedule_links": 4,
        "outbox": 11,
    }
    data = queries.update_data(store, project.id)
    assert {a.code for a in data.activities} == {"M0", "A1", "A2", "A3", "M9"}
    a2 = data.by_code()["A2"]
    assert (a2.original_duration, a2.kind, a2.wbs_path, a2.critical) == (
        Decimal("10.00"),
        ActivityKind.TASK,
        "P.W1",
        True,
    )
    assert data.update.finish_date == dt.date(2026, 1, 29)  # 18 working days on


def test_rows_written_in_bulk_read_back_like_the_orm_writes_them(
    store: Store, project: Project
) -> None:
    """The bulk writer's storage and outbox forms are the ORM's: the ORM reads the row,
    and the outbox patch carries the wire form ``models.tracking`` would have written."""
    from executrek.models.records.schedule.model import ScheduleActivity
    from executrek.models.tracking import to_wire

    imp(store, project, chain([5]))
    with store.read() as s:
        row = s.query(ScheduleActivity).filter_by(code="A1").one()
        assert row.total_float == Decimal("0.00")
        assert row.start == START
        assert row.codes == {}
    with store.sql() as con:
        (patch,) = con.execute("SELECT patch FROM outbox WHERE row_id = ?", (row.id,)).fetchone()
    import json

    wire = {k: v[1] for k, v in json.loads(patch).items()}
    for key in ("code", "name", "start", "finish", "kind", "critical", "codes", "project_id"):
        assert wire[key] == to_wire(getattr(row, key)), key
    assert Decimal(wire["original_duration"]) == row.original_duration


def test_updates_are_never_overwritten_and_the_same_file_is_refused(
    store: Store, project: Project
) -> None:
    imp(store, project, chain([5, 5]))
    later = imp(store, project, chain([5, 7], data_date=START + dt.timedelta(days=30)), "b" * 64)
    assert (later.number, later.is_baseline) == ("SU-002", False)
    with pytest.raises(ProgrammeRefused, match="imported already, as SU-001"):
        imp(store, project, chain([5, 5]))
    rows = queries.updates(store, project.id)
    assert [u.number for u in rows] == ["SU-001", "SU-002"]
    assert queries.current(rows).number == "SU-002"
    assert queries.baseline_of(rows).number == "SU-001"
    rebase = imp(
        store,
        project,
        chain([6]),
        "c" * 64,
        as_baseline=True,
        data_date=START + dt.timedelta(days=60),
    )
    assert rebase.is_baseline
    assert queries.baseline_of(queries.updates(store, project.id)).number == "SU-003"


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            lambda p: p.activities.append(dataclasses.replace(p.activities[1], code="X")),
            "Activity id 1 appears twice",
        ),
        (
            lambda p: p.activities.append(dataclasses.replace(p.activities[1], source_id="77")),
            "Activity A1 appears twice",
        ),
        (lambda p: p.links.append(link("1", "404")), "refers to activity 404, which is not in"),
        (lambda p: p.links.append(link("1", "1")), "links activity A1 to itself"),
        (lambda p: setattr(p.calendars[0], "work_week", "0000000"), "has no working days"),
        (lambda p: setattr(p.activities[1], "start", dt.date(1900, 1, 1)), "outside the years"),
        (lambda p: setattr(p.activities[2], "finish", dt.date(9999, 12, 31)), "9999-12-31"),
        (lambda p: p.activities.clear(), "holds no activities"),
        (lambda p: setattr(p, "data_date", None), "no data date: give one with --data-date"),
    ],
)
def test_bad_programmes_are_refused_in_one_line_and_leave_nothing(
    store: Store, project: Project, change: Any, message: str
) -> None:
    p = chain([3, 4])
    change(p)
    with pytest.raises(ProgrammeRefused, match=message) as caught:
        imp(store, project, p)
    assert "\n" not in caught.value.message
    assert counts(store) == dict.fromkeys((*TABLES, "outbox"), 0)


def test_a_failure_half_way_leaves_nothing_imported(
    store: Store, project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = bulk.BulkInsert.flush

    def failing(self: bulk.BulkInsert) -> None:
        if self.name == "schedule_links":
            raise sqlite3.OperationalError("disk I/O error")
        real(self)

    monkeypatch.setattr(bulk.BulkInsert, "flush", failing)
    with pytest.raises(Exception, match="could not be read or written"):
        imp(store, project, chain([3, 4]))
    assert counts(store) == dict.fromkeys((*TABLES, "outbox"), 0)


def test_the_review_accepts_or_rejects_once(store: Store, project: Project) -> None:
    u = imp(store, project, chain([3]))
    done = service.review_update(store, u.id, "rejected", "Logic incomplete; resubmit.")
    assert done.value.status.value == "rejected"
    with pytest.raises(WorkflowError, match="SU-001 cannot go from rejected"):
        service.review_update(store, u.id, "accepted")
    rows = queries.updates(store, project.id)
    assert rows[0].review_note == "Logic incomplete; resubmit."
    assert queries.current(rows) is None  # a rejected update is never the forecast's
    with pytest.raises(NotFoundError, match="no schedule update yet"):
        queries.pick(rows, None)
    with pytest.raises(NotFoundError, match="no schedule update 7"):
        queries.pick(rows, 7)


def test_delay_events_claim_and_grant_time(store: Store, project: Project) -> None:
    ev = service.create_delay_event(
        store,
        project.id,
        title="Late ceiling drawings",
        start_date=START,
        responsibility="owner",
        activity_code="A2",
    ).value
    assert ev.status.value == "notified"
    with pytest.raises(ValidationError, match="required to claim"):
        service.change_delay_status(store, ev.id, "claimed")
    service.change_delay_status(store, ev.id, "claimed", days=15)
    with pytest.raises(ValidationError, match="more than the 15 days claimed"):
        service.change_delay_status(store, ev.id, "granted", days=16)
    granted = service.change_delay_status(store, ev.id, "granted", days=9, note="In part").value
    assert (granted.days_granted, granted.decision_note) == (9, "In part")
    with pytest.raises(WorkflowError):
        service.change_delay_status(store, ev.id, "withdrawn")
    (row,) = queries.delay_events(store, project.id)
    assert (row.number, row.status, row.days_claimed, row.days_granted) == (
        "EOT-001",
        "granted",
        15,
        9,
    )
    with pytest.raises(ValidationError, match="before the start date"):
        service.update_delay_event(store, ev.id, end_date=START - dt.timedelta(days=1))


def test_links_of_every_kind_and_lag_are_kept(store: Store, project: Project) -> None:
    p = chain([3, 4, 5])
    p.links += [link("1", "3", LinkKind.SS, "2"), link("2", "3", LinkKind.FF, "-1.5")]
    imp(store, project, p)
    data = queries.update_data(store, project.id)
    by_id = data.by_id()
    kept = {
        (by_id[x.predecessor_id].code, by_id[x.successor_id].code, x.kind, x.lag_days)
        for x in data.links
    }
    assert ("A1", "A3", "SS", Decimal("2.00")) in kept
    assert ("A2", "A3", "FF", Decimal("-1.50")) in kept
