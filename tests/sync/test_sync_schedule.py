"""Schedule updates on the central database: a programme of thousands of activities goes
up as runs of new rows and down to a second laptop whole; an imported update never
changes there (a forged edit is quarantined with the reason, the PMO's own SQL is
refused), while its review syncs; migration 0007 goes down and up again."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal
from typing import Any

import psycopg
import pytest
from test_sync_migration_0005 import _migrate
from test_sync_roundtrip import new_project

from executrek.models.records.schedule import queries, service
from executrek.models.records.schedule.importer import import_programme
from executrek.models.records.schedule.model import ScheduleActivity
from executrek.models.records.schedule.programme import (
    ParsedActivity,
    ParsedCalendar,
    ParsedLink,
    Programme,
)
from executrek.models.records.schedule.vocab import ActivityKind, LinkKind, SourceFormat
from executrek.models.store import Store
from executrek.sync.engine import sync_once

pytestmark = pytest.mark.postgres

START = dt.date(2026, 1, 5)


def programme(count: int) -> Programme:
    """``count`` activities in ten parallel chains, with ~1.5 links per activity."""
    acts = [
        ParsedActivity(
            str(i),
            f"A{i:05d}",
            f"Activity {i}",
            ActivityKind.MILESTONE if i % 50 == 0 else ActivityKind.TASK,
            wbs_path=f"P.W{i % 10}",
            calendar_code="C",
            original_duration=Decimal(5),
            remaining_duration=Decimal(5),
            start=START + dt.timedelta(days=i // 10),
            finish=START + dt.timedelta(days=i // 10 + 4),
            total_float=Decimal(i % 7),
            codes={"Area": f"Zone {i % 4}"},
        )
        for i in range(count)
    ]
    links = [ParsedLink(f"c{i}", str(i - 10), str(i)) for i in range(10, count)]
    links += [
        ParsedLink(f"x{i}", str(i - 11), str(i), LinkKind.SS, Decimal(1))
        for i in range(11, count, 2)
    ]
    return Programme(
        SourceFormat.XER,
        "Generated",
        START,
        [ParsedCalendar("C", "5-day", Decimal(8), "1111100")],
        acts,
        links,
    )


def server_count(central: Any, table: str) -> int:
    return int(central.sql("SELECT count(*) FROM pmo.records WHERE tbl = %s", (table,))[0][0])


@pytest.fixture
def shared(central: Any, make_laptop: Any) -> dict[str, Any]:
    tag = uuid.uuid4().hex[:6]
    login = central.add_user(f"sched{tag}")
    a, b = make_laptop("a"), make_laptop("b")
    pid = new_project(a, f"SCHD{tag}")
    done = import_programme(
        a, pid, programme(3000), source_name="big.xer", source_sha256="a" * 64
    ).value
    assert sync_once(a, central.creds(login)).ok
    assert sync_once(b, central.creds(login)).ok
    return {"login": login, "a": a, "b": b, "pid": pid, "update": done.id}


def test_a_programme_goes_up_in_bulk_and_down_whole(central: Any, shared: dict[str, Any]) -> None:
    assert server_count(central, "schedule_activities") == 3000
    assert server_count(central, "schedule_links") == 2990 + 1495
    b: Store = shared["b"]
    mine = queries.update_data(shared["a"], shared["pid"])
    theirs = queries.update_data(b, shared["pid"])
    assert theirs.update.number == "SU-001"
    assert [(x.code, x.codes, x.total_float) for x in theirs.activities] == [
        (x.code, x.codes, x.total_float) for x in mine.activities
    ]
    assert len(theirs.links) == len(mine.links)


def test_an_imported_update_never_changes_centrally(central: Any, shared: dict[str, Any]) -> None:
    a: Store = shared["a"]
    with a.unit_of_work() as s:  # a forged edit: no service changes an activity
        row = s.query(ScheduleActivity).filter_by(code="A00007").one()
        row.name = "Quietly shortened"
        row_id = row.id
    report = sync_once(a, central.creds(shared["login"]))
    assert any("never changes" in q for q in report.quarantined), report.quarantined
    assert central.sql("SELECT data->>'name' FROM pmo.records WHERE id = %s", (row_id,)) == [
        ("Activity 7",)
    ]
    with pytest.raises(psycopg.Error, match="never changes"):
        central.sql(
            'UPDATE pmo.records SET data = data || \'{"finish": "2030-01-01"}\' WHERE id = %s',
            (row_id,),
        )
    with pytest.raises(psycopg.Error, match="never deleted"):
        central.sql("DELETE FROM pmo.records WHERE id = %s", (row_id,))


def test_the_review_of_an_update_syncs(central: Any, shared: dict[str, Any]) -> None:
    service.review_update(shared["a"], shared["update"], "accepted", "Logic sound.")
    assert sync_once(shared["a"], central.creds(shared["login"])).ok
    assert sync_once(shared["b"], central.creds(shared["login"])).ok
    (row,) = queries.updates(shared["b"], shared["pid"])
    assert (row.status, row.review_note) == ("accepted", "Logic sound.")
    with pytest.raises(psycopg.Error, match="never changes"):
        central.sql(
            'UPDATE pmo.records SET data = data || \'{"data_date": "2030-01-01"}\' WHERE id = %s',
            (shared["update"],),
        )


def test_migration_0007_goes_down_to_0006_and_up_again(central: Any) -> None:
    def state() -> tuple[Any, ...]:
        return (
            central.sql("SELECT version_num FROM pmo.alembic_version")[0][0],
            central.sql("SELECT count(*) FROM pmo.ref_fields WHERE tbl LIKE 'schedule%'")[0][0],
            central.sql("SELECT count(*) FROM pg_trigger WHERE tgname = 'schedule_sealed_write'")[
                0
            ][0],
        )

    _migrate(central, "0007_schedule")  # from the later migrations
    assert state() == ("0007_schedule", 5, 1)
    _migrate(central, "0006_diary")
    assert state() == ("0006_diary", 0, 0)
    _migrate(central, "head")
    _migrate(central, "0007_schedule")
    assert state() == ("0007_schedule", 5, 1)
    _migrate(central, "head")
