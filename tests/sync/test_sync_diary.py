"""The site diary on the central database: a closed day and its entries never change
there, whoever sends what; the chain is computed the same way on both sides; an edited
closed day that reaches a laptop is flagged; migration 0006 goes down and up again.

Cast: ``rep`` creates project DIAR and writes the diary; ``mallory`` is a field member
of DIAR with her own login, who pushes forged mutations straight to ``pmo.sync_push`` and
``pmo.sync_push_rows``; ``rep2`` is a second laptop of another field member.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest
from psycopg.types.json import Jsonb
from test_sync_migration_0005 import _migrate
from test_sync_protocol import hlc
from test_sync_roundtrip import new_project

from executrek.models import clock
from executrek.models.directory import Organisation
from executrek.models.errors import WorkflowError
from executrek.models.ids import new_id
from executrek.models.migrate import open_store
from executrek.models.records.diary import chain, queries, service
from executrek.models.services import projects
from executrek.models.store import Store
from executrek.sync import admin, admin_records, refused
from executrek.sync.connection import connect
from executrek.sync.engine import sync_once
from executrek.sync.wire import PROTOCOL

pytestmark = pytest.mark.postgres

SIG = [[[0.1, 0.1], [0.6, 0.4]]]
NOTES = 'Crane "T2" stood down 10:20–12:00\nWind > 60 km/h \\ gusts\ttabbed; Ødegård 😀'


def _org(store: Store, project_id: str) -> str:
    with store.read() as s:
        org = s.query(Organisation).filter(Organisation.project_id == project_id).first()
        assert org is not None
        return org.id


def write_day(store: Store, project_id: str, day: dt.date, *, close: bool = True) -> str:
    """A full day: weather, every kind of entry, signed and closed."""
    row = service.open_day(store, project_id, day).value
    service.update_day(
        store,
        row.id,
        weather_am="rain",
        weather_pm="overcast",
        temp_min=-2,
        temp_max=7,
        precipitation_mm="4.5",
        wind="strong",
        ground="muddy",
        weather_stopped_hours="1.5",
        notes=NOTES,
    )
    org = _org(store, project_id)
    service.add_entry(
        store, row.id, "manpower", organisation_id=org, trade="Steel", headcount=14, hours="112"
    )
    service.add_entry(
        store, row.id, "manpower", organisation_id=org, trade="Concrete", headcount=6, hours=48
    )
    service.add_entry(store, row.id, "equipment", item="Tower crane T2", state="idle")
    service.add_entry(
        store, row.id, "delivery", description="Rebar 12 t", supplier="Nordstål", received_by="Ann"
    )
    service.add_entry(
        store, row.id, "visitor", name="Building inspector", time_in="09:00", time_out="10:15"
    )
    service.add_entry(store, row.id, "work", description="Level 3 slab pour, bays 1–4")
    service.add_entry(
        store,
        row.id,
        "delay",
        cause="weather",
        responsible="neutral",
        start_time="10:20",
        end_time="12:00",
        description="High wind: crane stood down",
        organisation_ids=[org],
    )
    service.add_entry(
        store,
        row.id,
        "instruction",
        direction="given",
        from_name="Owner's rep",
        to_name="GC PM",
        body="Keep bay 4 clear for the façade mock-up",
    )
    service.add_entry(store, row.id, "safety", description="Missing edge protection, L3 north")
    if close:
        service.close_day(store, row.id, signer_name="Rep", signature_strokes=SIG)
    return row.id


@pytest.fixture(scope="module")
def cast(central: Any, tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    out: dict[str, Any] = {}
    opened: list[Store] = []

    def laptop(who: str) -> Store:
        st = open_store(tmp_path_factory.mktemp(who))
        projects.ensure_user(st, f"{who}-{uuid.uuid4().hex[:6]}", who.title())
        opened.append(st)
        return st

    out["rep_login"] = central.add_user("drep")
    out["mallory_login"] = central.add_user("dmallory", creator=False)
    out["rep2_login"] = central.add_user("drep2", creator=False)
    rep = laptop("rep")
    out["rep"] = rep
    out["pid"] = pid = new_project(rep, "DIAR")
    today = clock.today()
    out["day1"] = write_day(rep, pid, today - dt.timedelta(days=3))
    out["day2"] = write_day(rep, pid, today - dt.timedelta(days=2))
    assert sync_once(rep, central.creds(out["rep_login"])).ok
    for login in (out["mallory_login"], out["rep2_login"]):
        admin.grant(central.admin, login, "DIAR")
    out["mallory"] = laptop("mallory")
    out["rep2"] = laptop("rep2")
    assert sync_once(out["mallory"], central.creds(out["mallory_login"])).ok
    assert sync_once(out["rep2"], central.creds(out["rep2_login"])).ok
    yield out
    for st in opened:
        st.close()


def _records(central: Any, pid: str) -> list[Any]:
    return central.sql(
        "SELECT tbl, id::text, data, row_version, deleted FROM pmo.records "
        "WHERE project_id = %s AND tbl LIKE 'diary%%' ORDER BY id",
        (pid,),
    )


def _forged(
    seq: int, table: str, row_id: str, pid: str, values: dict[str, Any], op: str, base: int
) -> dict[str, Any]:
    return {
        "seq": seq,
        "table": table,
        "row_id": row_id,
        "project_id": pid,
        "op": op,
        "patch": {k: [None, v] for k, v in values.items()},
        "base_version": base,
        "hlc": hlc(),
    }


def _entry_of(central: Any, pid: str, table: str, day_id: str) -> tuple[str, int]:
    rows = central.sql(
        "SELECT id::text, row_version FROM pmo.records WHERE project_id = %s AND tbl = %s "
        "AND data->>'day_id' = %s ORDER BY id LIMIT 1",
        (pid, table, day_id),
    )
    return rows[0][0], rows[0][1]


def test_a_field_user_cannot_rewrite_a_closed_day_through_sync_push(
    central: Any, cast: dict[str, Any]
) -> None:
    pid, day = cast["pid"], cast["day1"]
    before = _records(central, pid)
    version = central.sql("SELECT row_version FROM pmo.records WHERE id = %s", (day,))[0][0]
    manpower, mv = _entry_of(central, pid, "diary_manpower", day)
    delay, dv = _entry_of(central, pid, "diary_delays", day)
    now = dt.datetime.now(dt.UTC).isoformat().replace("+00:00", "Z")
    attacks = [
        ("diary_days", day, {"notes": "Nothing happened."}, "update", version),
        ("diary_days", day, {"status": "open"}, "update", version),
        ("diary_days", day, {"deleted_at": now}, "delete", version),
        (
            "diary_days",
            day,
            {"weather_stopped_hours": "0.0", "content_hash": "0" * 64},
            "update",
            version,
        ),
        ("diary_manpower", manpower, {"headcount": 2}, "update", mv),
        ("diary_delays", delay, {"deleted_at": now}, "delete", dv),
        (
            "diary_manpower",
            new_id(),
            {
                "project_id": pid,
                "day_id": day,
                "organisation_id": None,
                "trade": "Ghost",
                "headcount": 40,
            },
            "insert",
            0,
        ),
    ]
    batch = [
        _forged(i, *a[:1], a[1], pid, a[2], a[3], a[4]) for i, a in enumerate(attacks, start=1)
    ]
    with connect(central.creds(cast["mallory_login"])) as conn:
        answer = conn.execute(
            "SELECT pmo.sync_push(%s, %s, %s, false)", (str(uuid.uuid4()), PROTOCOL, Jsonb(batch))
        ).fetchone()[0]
        conn.commit()
    assert answer["status"] == "ok" and answer["applied"] == 0, answer
    reasons = [q["reason"] for q in answer["quarantined"]]
    assert len(reasons) == len(attacks)
    assert all("closed diary day" in r for r in reasons), reasons
    assert _records(central, pid) == before


def test_the_set_based_paths_cannot_slip_an_entry_into_a_closed_day(
    central: Any, cast: dict[str, Any]
) -> None:
    """Runs of new rows go to sync_push_rows; a run with an entry of a closed day falls
    back and the row-by-row path refuses it, the rest of the run going in."""
    pid, day = cast["pid"], cast["day2"]
    open_day = service.open_day(cast["mallory"], pid, clock.today()).value.id
    assert sync_once(cast["mallory"], central.creds(cast["mallory_login"])).ok
    before = _records(central, pid)
    rows = [
        {
            "project_id": pid,
            "day_id": open_day if i else day,
            "item": f"Skip {i}",
            "count": 1,
            "state": "working",
            "organisation_id": None,
        }
        for i in range(60)
    ]
    ids = [new_id() for _ in rows]
    device = str(uuid.uuid4())
    with connect(central.creds(cast["mallory_login"])) as conn:
        answer = conn.execute(
            "SELECT pmo.sync_push_rows(%s, %s, 1, %s::text[], %s::uuid[], %s::uuid[], %s::text[], %s)",
            (
                device,
                PROTOCOL,
                ["diary_equipment"] * 60,
                ids,
                [pid] * 60,
                [hlc()] * 60,
                Jsonb(rows),
            ),
        ).fetchone()[0]
        assert answer["status"] == "fallback"
        conn.rollback()
        batch = [
            _forged(i + 1, "diary_equipment", ids[i], pid, r, "insert", 0)
            for i, r in enumerate(rows)
        ]
        answer = conn.execute(
            "SELECT pmo.sync_push(%s, %s, %s, false)", (device, PROTOCOL, Jsonb(batch))
        ).fetchone()[0]
        conn.commit()
    assert answer["applied"] == 59
    assert [q["seq"] for q in answer["quarantined"]] == [1]
    after = {r[1] for r in _records(central, pid)} - {r[1] for r in before}
    assert after == set(ids[1:])


def test_nobody_changes_a_closed_day_not_even_the_schema_owner(
    central: Any, cast: dict[str, Any]
) -> None:
    with pytest.raises(psycopg.Error, match="closed diary day"):
        central.sql(
            'UPDATE pmo.records SET data = data || \'{"notes": "x"}\' WHERE id = %s',
            (cast["day1"],),
        )
    with pytest.raises(psycopg.Error, match="closed diary day"):
        central.sql(
            "DELETE FROM pmo.records WHERE tbl = 'diary_manpower' AND data->>'day_id' = %s",
            (cast["day1"],),
        )
    with pytest.raises(psycopg.Error, match="closed diary day"):
        central.sql("SELECT * FROM pmo._purge(%s, %s, 'pmo')", (cast["pid"], cast["day1"]))
    with pytest.raises(admin.AdminError, match="DIA-001 cannot be purged: a signed site diary"):
        admin_records.purge(central.admin, "DIAR", number="DIA-001")


def test_an_addendum_is_the_only_thing_added_to_a_closed_day(
    central: Any, cast: dict[str, Any]
) -> None:
    rep = cast["rep"]
    with pytest.raises(WorkflowError, match="is signed and closed"):
        service.update_day(rep, cast["day1"], notes="later")
    added = service.add_addendum(rep, cast["day1"], reason="Typo", body="Crane T3, not T2.").value
    assert sync_once(rep, central.creds(cast["rep_login"])).ok
    assert central.sql("SELECT tbl FROM pmo.records WHERE id = %s", (added.id,)) == [
        ("diary_addenda",)
    ]
    # The addendum itself never changes either.
    with pytest.raises(psycopg.Error, match="addendum"):
        central.sql(
            'UPDATE pmo.records SET data = data || \'{"body": "x"}\' WHERE id = %s', (added.id,)
        )


def test_the_central_hash_is_the_laptops_and_the_chain_checks_out(
    central: Any, cast: dict[str, Any]
) -> None:
    for day in (cast["day1"], cast["day2"]):
        project, data = central.sql(
            "SELECT project_id, data FROM pmo.records WHERE id = %s", (day,)
        )[0]
        computed = central.sql("SELECT pmo._diary_hash(%s, %s, %s)", (project, day, Jsonb(data)))
        assert computed[0][0] == data["content_hash"]
    assert central.sql("SELECT * FROM pmo._diary_check(%s)", (cast["pid"],)) == []
    # The laptops that pulled the days hash them the same way.
    for who in ("rep", "mallory", "rep2"):
        report = chain.verify(cast[who], cast["pid"])
        assert report.ok and report.days_checked == 2, (who, report)


def test_a_closed_day_from_another_laptop_is_read_only_there(cast: dict[str, Any]) -> None:
    other = cast["rep2"]
    detail = queries.day_detail(other, cast["day2"])
    assert detail is not None and detail.day.closed and detail.day.notes == NOTES
    with pytest.raises(WorkflowError, match="signed and closed"):
        service.add_entry(other, cast["day2"], "visitor", name="Ghost")
    manpower = detail.entries["manpower"][0].id
    with pytest.raises(WorkflowError, match="signed and closed"):
        service.update_entry(other, "manpower", manpower, headcount=1)
    with pytest.raises(WorkflowError, match="signed and closed"):
        service.remove_entry(other, "manpower", manpower)


def test_closing_over_a_change_made_meanwhile_is_refused_and_flagged(
    central: Any, cast: dict[str, Any]
) -> None:
    """rep2 edits the notes of rep's open day; rep, not having pulled, closes it: the
    server refuses the close (its copy no longer has the hash), and the pull brings the
    other notes, so rep's laptop flags its closed day until the refusal is discarded."""
    rep, rep2, pid = cast["rep"], cast["rep2"], cast["pid"]
    day = write_day(rep, pid, clock.today() - dt.timedelta(days=1), close=False)
    assert sync_once(rep, central.creds(cast["rep_login"])).ok
    assert sync_once(rep2, central.creds(cast["rep2_login"])).ok
    service.update_day(rep2, day, notes="Rain all afternoon (rep2)")
    assert sync_once(rep2, central.creds(cast["rep2_login"])).ok
    service.close_day(rep, day, signer_name="Rep", signature_strokes=SIG)
    report = sync_once(rep, central.creds(cast["rep_login"]))
    assert any("changed on another laptop" in q for q in report.quarantined), report
    assert central.sql("SELECT data->>'status' FROM pmo.records WHERE id = %s", (day,)) == [
        ("open",)
    ]
    problems = chain.chain_problems(rep)
    assert [(p.day_id, p.reason) for p in problems] == [(day, "content")]
    # Discarding the refused close brings the central (open) day back; closing again works.
    for change in refused.list_held(rep):
        refused.discard(rep, change.seq)
    assert chain.chain_problems(rep) == []
    service.close_day(rep, day, signer_name="Rep", signature_strokes=SIG)
    assert sync_once(rep, central.creds(cast["rep_login"])).ok
    assert central.sql("SELECT data->>'status' FROM pmo.records WHERE id = %s", (day,)) == [
        ("closed",)
    ]
    assert central.sql("SELECT * FROM pmo._diary_check(%s)", (pid,)) == []


def test_an_edited_closed_day_pulled_from_the_server_is_flagged(
    central: Any, cast: dict[str, Any], tmp_path: Path
) -> None:
    """Someone with the database's keys edits a closed day behind the rules' back: the
    central check and every laptop that pulls it name the day."""
    pid, day = cast["pid"], cast["day2"]
    central.sql(
        "ALTER TABLE pmo.records DISABLE TRIGGER diary_sealed_write; "
        "UPDATE pmo.records SET data = data || '{\"temp_max\": 21}', "
        "xid = pg_current_xact_id(), seq = nextval('pmo.change_seq'), row_version = row_version + 1 "
        "WHERE id = '" + day + "'; ALTER TABLE pmo.records ENABLE TRIGGER diary_sealed_write;"
    )
    assert central.sql("SELECT id::text, reason FROM pmo._diary_check(%s)", (pid,)) == [
        (day, "content")
    ]
    assert sync_once(cast["mallory"], central.creds(cast["mallory_login"])).ok
    found = chain.chain_problems(cast["mallory"])
    assert [(p.day_id, p.reason) for p in found] == [(day, "content")]
    assert "was changed after it was closed" in found[0].message


def test_migration_0006_goes_down_to_0005_and_up_again(central: Any) -> None:
    def state() -> tuple[Any, ...]:
        return (
            central.sql("SELECT version_num FROM pmo.alembic_version")[0][0],
            central.sql("SELECT value FROM pmo.settings WHERE key = 'protocol'")[0][0],
            central.sql("SELECT count(*) FROM pmo.ref_fields WHERE tbl LIKE 'diary%'")[0][0],
            central.sql("SELECT count(*) FROM pg_trigger WHERE tgname LIKE 'diary_sealed%'")[0][0],
            central.sql("SELECT md5(pg_get_functiondef('pmo._apply(jsonb, text)'::regprocedure))")[
                0
            ][0],
        )

    _migrate(central, "0006_diary")  # from the later migrations
    head = state()
    assert head[:4] == ("0006_diary", "4", 17, 2)
    _migrate(central, "0005_sync_recovery")
    down = state()
    assert down[:4] == ("0005_sync_recovery", "3", 0, 0)
    assert central.sql("SELECT to_regprocedure('pmo._apply_merge(jsonb, text)')") == [(None,)]
    _migrate(central, "head")
    _migrate(central, "0006_diary")
    assert state() == head
    _migrate(central, "head")
