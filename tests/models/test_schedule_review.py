"""The owner's review of a programme: the DCMA 14-point check (each point's count,
threshold, verdict and offenders), an update against the previous one and the
baseline, the forecast the health figures read (change-order days and granted
extensions move the contractual date), and field evidence in the look-ahead."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal
from typing import Any

import pytest
from schedule_data import START, chain, link, wd

from executrek.models.project import Project
from executrek.models.records.schedule import quality, queries, service
from executrek.models.records.schedule.compare import compare
from executrek.models.records.schedule.forecast import schedule_forecast
from executrek.models.records.schedule.importer import import_programme
from executrek.models.records.schedule.lookahead import evidence, lookahead
from executrek.models.records.schedule.vocab import ActivityStatus, Constraint, LinkKind
from executrek.models.services import health
from executrek.models.store import Store


def imp(store: Store, project: Project, p: Any, sha: str, **kw: Any) -> Any:
    return import_programme(
        store, project.id, p, source_name=f"{sha}.xer", source_sha256=sha * 64, **kw
    ).value


def points(report: quality.QualityReport) -> dict[str, quality.Point]:
    return {p.key: p for p in report.points}


def test_a_clean_chain_passes_every_point(store: Store, project: Project) -> None:
    imp(store, project, chain([5, 10, 3, 8], data_date=START - dt.timedelta(days=1)), "a")
    report = quality.check(queries.update_data(store, project.id))
    assert [p.number for p in report.points] == list(range(1, 15))
    failed = {p.key for p in report.points if p.passed is False}
    assert failed == set()
    got = points(report)
    assert got["logic"].count == 0  # the open start and the open finish are exempt
    assert got["critical_path_test"].passed is True
    assert got["cpli"].value == Decimal("1.00")
    assert got["resources"].passed is None
    assert got["bei"].passed is None  # nothing was due yet


def test_each_fault_is_counted_against_its_threshold(store: Store, project: Project) -> None:
    p = chain([5] * 19, floats=[0] * 17 + [50, -3])
    acts = p.activities
    acts[3].constraint_type = Constraint.MFO  # a hard constraint
    acts[4].original_duration = acts[4].remaining_duration = Decimal(60)  # high duration
    p.links = [x for x in p.links if x.successor != "7"]  # A7 loses its predecessor
    p.links += [
        link("8", "10", LinkKind.SS, "-2"),  # a lead, a non-FS link
        link("9", "11", LinkKind.FS, "3"),  # a lag
    ]
    imp(store, project, p, "b")
    got = points(quality.check(queries.update_data(store, project.id)))
    assert (got["logic"].count, got["logic"].population, got["logic"].passed) == (2, 21, False)
    assert {o.code for o in got["logic"].offenders} == {"A6", "A7"}
    assert (got["leads"].count, got["leads"].passed) == (1, False)
    assert got["leads"].offenders[0].code == "A10"
    assert (got["lags"].count, got["lags"].threshold) == (1, "≤ 5 %")
    assert got["relationship_types"].count == 1
    assert got["relationship_types"].value == Decimal("95.2")
    assert [o.code for o in got["hard_constraints"].offenders] == ["A3"]
    assert [o.code for o in got["high_float"].offenders] == ["A18"]
    assert [o.code for o in got["negative_float"].offenders] == ["A19"]
    assert got["negative_float"].passed is False
    assert [o.code for o in got["high_duration"].offenders] == ["A4"]


def test_dates_against_the_data_date_missed_activities_and_bei(
    store: Store, project: Project
) -> None:
    data_date = wd(START, 12)
    p = chain([5, 5, 5, 5], data_date=data_date, done=1)
    p.activities[2].actual_start = wd(data_date, 3)  # an actual in the future
    p.activities[2].status = ActivityStatus.IN_PROGRESS
    imp(store, project, p, "c")
    got = points(quality.check(queries.update_data(store, project.id)))
    invalid = {o.code: o.detail for o in got["invalid_dates"].offenders}
    assert "after the data date" in invalid["A2"]
    assert "before the data date" in invalid["A3"]  # forecast finish in the past
    # due by the data date (planned finish): M0, A1, A2; A2 not finished
    assert (got["missed"].count, got["missed"].population) == (1, 3)
    assert [o.code for o in got["missed"].offenders] == ["A2"]
    assert got["bei"].value == Decimal("0.67")  # M0 and A1 finished of the 3 due
    assert got["bei"].passed is False


def test_the_critical_path_test_fails_when_the_flags_do_not_follow_the_logic(
    store: Store, project: Project
) -> None:
    p = chain([5, 5, 5])
    p.activities[1].critical = False
    p.activities[2].critical = False
    side = dataclasses.replace(
        p.activities[1],
        source_id="50",
        code="X1",
        name="Side task",
        critical=True,
        total_float=Decimal(-5),
        original_duration=Decimal(2),
        remaining_duration=Decimal(2),
    )
    p.activities.append(side)
    p.links += [link("0", "50"), link("50", "99")]
    imp(store, project, p, "d")
    got = points(quality.check(queries.update_data(store, project.id)))
    cpt = got["critical_path_test"]
    assert cpt.passed is False
    assert cpt.offenders[0].code == "X1"
    assert "the finish moved 7 d" in cpt.offenders[0].detail  # 2 + 20 against 15


def test_an_update_against_the_previous_and_the_baseline(store: Store, project: Project) -> None:
    imp(store, project, chain([5, 5, 5]), "e")
    second = chain([5, 8, 5], data_date=wd(START, 6), done=1)
    second.activities[2].total_float = Decimal(-3)
    second.links.append(link("1", "3", LinkKind.SS, "1"))
    second.activities[1].pct_duration = Decimal(100)
    imp(store, project, second, "f")
    with store.sql() as con:
        rows = queries.updates_in(con, project.id)
        first, later = (queries.update_data_in(con, u) for u in rows)
    c = compare(first, later)
    assert (c.earlier, c.later) == ("SU-001", "SU-002")
    assert c.finish_movement_days == 3
    finish = {m.code: m.days for m in c.milestones}
    assert finish == {"M0": 0, "M9": 3}
    assert [(m.code, m.days) for m in c.slipped] == [("A2", 5), ("A3", 5), ("M9", 3)]
    assert [(f.code, f.consumed) for f in c.float_consumed] == [("A2", Decimal(3))]
    assert [(x.predecessor, x.successor, x.kind) for x in c.links_added] == [("A1", "A3", "SS")]
    assert [(d.code, d.before, d.after) for d in c.durations_changed] == [
        ("A2", Decimal("5.00"), Decimal("8.00"))
    ]
    assert [(p.code, p.finished) for p in c.progress] == [("A1", True)]
    assert c.left_critical == ()  # A1 left the critical path by finishing


@pytest.mark.dates
def test_the_forecast_moves_with_co_days_and_granted_extensions(
    store: Store, project: Project, clock: dt.date
) -> None:
    """Health, the status report and the CLI read one computation: the programme's
    milestones against the baseline plus approved change-order days plus granted
    extensions of time."""
    assert schedule_forecast(store, project.id) is None
    imp(store, project, chain([10, 10]), "g")
    imp(store, project, chain([10, 16], data_date=wd(START, 12), done=1), "h")
    f = schedule_forecast(store, project.id)
    assert f is not None
    base_finish = wd(START, 20)
    assert (f.position.baseline_finish, f.forecast_finish) == (base_finish, wd(START, 26))
    assert f.variance_days == (wd(START, 26) - base_finish).days
    ev = service.create_delay_event(store, project.id, title="Weather", start_date=START).value
    service.change_delay_status(store, ev.id, "claimed", days=6)
    service.change_delay_status(store, ev.id, "granted", days=4)
    f = schedule_forecast(store, project.id)
    assert f is not None
    assert f.contract_finish == base_finish + dt.timedelta(days=4)
    assert f.extension_days == 4
    h = health.project_health(store, project.id)
    assert h.schedule == f.position  # the dashboard reads the same value
    assert h.forecast_finish == f.forecast_finish
    assert h.max_slip_days == f.position.max_slip_days == f.variance_days
    assert [m.name for m in h.schedule.milestones] == ["Start", "Finish"]
    assert h.schedule.update_number == "SU-002"


def test_without_a_programme_the_typed_milestones_stay(store: Store, project: Project) -> None:
    from executrek.models.services import projects

    projects.add_milestone(store, project.id, "Handover", dt.date(2027, 6, 30), None)
    h = health.project_health(store, project.id)
    assert [m.name for m in h.schedule.milestones] == ["Handover"]
    assert h.schedule.update_number is None


def test_field_evidence_shows_in_the_lookahead_by_location(store: Store, project: Project) -> None:
    from executrek.models.records.punch import service as punch
    from executrek.models.services import projects

    data_date = wd(START, 6)
    imp(store, project, chain([5, 5, 40], data_date=data_date, done=1), "i")
    room = projects.add_location(store, project.id, "R1", "Room 1", "room").value
    items = [
        punch.create_punch_item(
            store, project.id, punch.NewPunchItem(title=f"Gap {n}", location_id=room.id)
        ).value
        for n in range(3)
    ]
    a2 = queries.activity_by_code(store, queries.updates(store, project.id)[0].id, "A2")
    for item in items[:2]:
        service.link_evidence(store, a2.id, "punch_item", item.id)
    date, rows = lookahead(store, project.id)
    assert date == data_date
    assert [(r.activity.code, r.starting) for r in rows] == [("A2", True), ("A3", True)]
    assert (rows[0].open_punch, rows[0].punch_by_location) == (2, (("Room 1", 2),))
    assert rows[1].open_punch == 0
    _, later = lookahead(store, project.id, days=3)  # A3 starts after a 3-day window
    assert [r.activity.code for r in later] == ["A2"]
    assert set(evidence(store, project.id)["A2"].punch_ids) == {i.id for i in items[:2]}
    assert service.activity_ids_of(store, project.id, "A2") == [a2.id]
