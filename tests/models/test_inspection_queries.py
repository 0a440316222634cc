from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from executrek.models.errors import NotFoundError
from executrek.models.project import Project
from executrek.models.records.inspection import queries as q
from executrek.models.records.inspection import service as ins
from executrek.models.records.inspection.model import InspectionResult, InspectionStatus
from executrek.models.services import projects
from executrek.models.services.records import NewPhoto, add_photo
from executrek.models.store import Store

pytestmark = pytest.mark.dates

DEFINITION = {
    "sections": [
        {
            "title": "Doors",
            "items": [
                {"prompt": "Door latches", "type": "pass_fail_na", "weight": 3},
                {"prompt": "Seals intact", "type": "pass_fail_na", "failure_action": "issue"},
                {"prompt": "Gap", "type": "number", "target": "3", "tolerance": "1"},
            ],
        }
    ]
}


def run(
    store: Store,
    project: Project,
    tpl_id: str,
    day: dt.date,
    answers: list[str],
    *,
    location_id: str | None = None,
    complete: bool = True,
) -> str:
    i = ins.start_inspection(
        store, project.id, tpl_id, inspection_date=day, location_id=location_id
    ).value
    for (item, _), value in zip(ins.items_of(store, i.id), answers, strict=False):
        ins.respond(store, item.id, value)
    if complete:
        ins.complete_inspection(store, i.id)
    return i.id


@pytest.fixture
def tpl_id(store: Store) -> str:
    return ins.create_template(store, name="Fire doors", definition=DEFINITION).value.id


def test_list_filters_by_status_result_date_template_location_and_text(
    store: Store, project: Project, tpl_id: str
) -> None:
    other = ins.create_template(store, name="Other", definition=DEFINITION).value.id
    b1 = projects.add_location(store, project.id, "B1", "Block A", "building").value
    f1 = projects.add_location(store, project.id, "B1-F1", "Level 1", "floor", b1.id).value
    b2 = projects.add_location(store, project.id, "B2", "Block AB", "building").value
    d = dt.date(2026, 3, 2)
    passed = run(store, project, tpl_id, d, ["pass", "pass", "3"], location_id=f1.id)
    failed = run(store, project, tpl_id, d + dt.timedelta(days=7), ["fail", "pass", "9"])
    open_ = run(
        store,
        project,
        other,
        d + dt.timedelta(days=14),
        ["pass"],
        location_id=b2.id,
        complete=False,
    )

    every = q.list_inspections(store, project.id)
    assert [r.id for r in every] == [open_, failed, passed]  # newest first
    assert (every[0].answered, every[0].total) == (1, 3)
    assert every[0].template_name == "Other"
    assert every[2].location == "Block A › Level 1"

    def ids(**kw: object) -> list[str]:
        return [r.id for r in q.list_inspections(store, project.id, q.InspectionFilter(**kw))]  # type: ignore[arg-type]

    assert ids(status=InspectionStatus.IN_PROGRESS) == [open_]
    assert ids(result=InspectionResult.FAIL) == [failed]
    assert ids(result=InspectionResult.PASS) == [passed]
    assert ids(template_id=other) == [open_]
    assert ids(date_from=d + dt.timedelta(days=1), date_to=d + dt.timedelta(days=8)) == [failed]
    # a building includes its floors, but "Block A" is not a prefix match for "Block AB"
    assert ids(location_id=b1.id) == [passed]
    assert ids(location_id=b2.id) == [open_]
    number = every[1].number
    assert ids(text=number.lower()) == [failed]
    assert ids(text="fire") == [failed, passed]


def test_unknown_location_filter_is_a_not_found(store: Store, project: Project) -> None:
    with pytest.raises(NotFoundError):
        q.list_inspections(store, project.id, q.InspectionFilter(location_id="nope"))


def test_live_score_header_and_photos(store: Store, project: Project, tpl_id: str) -> None:
    iid = run(store, project, tpl_id, dt.date(2026, 3, 2), ["pass", "fail"], complete=False)
    score = q.live_score(store, iid)
    assert (score.answered, score.total, score.failed) == (2, 3, 1)
    assert score.score == Decimal("75.00")
    items = [it for it, _ in ins.items_of(store, iid)]
    sha = "ab" * 32
    add_photo(
        store,
        project.id,
        NewPhoto(sha256=sha, filename="a.jpg", mime="image/jpeg", size_bytes=3),
        attach_to=("inspection_item", items[1].id),
    )
    assert q.photo_counts(store, iid) == {items[1].id: 1}
    h = q.header(store, iid)
    assert h.status is InspectionStatus.IN_PROGRESS
    assert h.template_name == "Fire doors"
    assert h.signatures == ()


def test_raised_from_lists_punch_items_and_issues_in_item_order(
    store: Store, project: Project, tpl_id: str
) -> None:
    iid = run(store, project, tpl_id, dt.date(2026, 3, 2), ["fail", "fail", "9"])
    made = ins.raise_deficiencies(store, iid).value
    raised = q.raised_from(store, iid)
    assert [r.record_type for r in raised] == ["punch_item", "issue", "punch_item"]
    assert {r.number for r in raised} == {d.number for d in made}
    assert raised[0].title == "Door latches"
    assert raised[1].number.startswith("NCR-")


def test_results_over_time_by_week(store: Store, project: Project, tpl_id: str) -> None:
    monday = dt.date(2026, 3, 2)
    run(store, project, tpl_id, monday, ["pass", "pass", "3"])
    run(store, project, tpl_id, monday + dt.timedelta(days=3), ["fail", "pass", "3"])
    run(store, project, tpl_id, monday + dt.timedelta(days=9), ["pass", "na", "3"])
    run(store, project, tpl_id, monday + dt.timedelta(days=20), ["pass"], complete=False)
    points = q.results_over_time(store, project.id)
    assert [(p.period_start, p.passed, p.failed) for p in points] == [
        (monday, 1, 1),
        (monday + dt.timedelta(days=7), 1, 0),
    ]
    assert points[0].average_score == Decimal("70.00")  # (100 + 40) / 2, weights 3-1-1
    assert (
        q.results_over_time(store, project.id, since=monday + dt.timedelta(days=7))[0].passed == 1
    )


def test_template_definition_round_trip(store: Store, tpl_id: str) -> None:
    tpl = q.template_definition(store, tpl_id)
    assert tpl.name == "Fire doors"
    assert tpl.definition["sections"][0]["items"][2]["target"] == "3"
