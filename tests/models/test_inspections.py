from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from executrek.models.errors import ValidationError, WorkflowError
from executrek.models.project import Project
from executrek.models.records.inspection import service as ins
from executrek.models.records.punch import service as punch
from executrek.models.services.records import NewPhoto, add_photo
from executrek.models.store import Store

pytestmark = pytest.mark.dates

DEFINITION = {
    "sections": [
        {
            "title": "Fire stopping",
            "items": [
                {
                    "prompt": "Penetrations sealed",
                    "type": "pass_fail_na",
                    "weight": 2,
                    "photo_required": True,
                    "critical": True,
                },
                {"prompt": "Labels fitted", "type": "yes_no"},
            ],
        },
        {
            "title": "Finishes",
            "items": [
                {
                    "prompt": "Floor level deviation",
                    "type": "number",
                    "target": "0",
                    "tolerance": "3",
                    "unit": "mm",
                    "failure_action": "issue",
                },
                {
                    "prompt": "Paint finish",
                    "type": "choice",
                    "choices": ["Good", "Fair", "Poor"],
                    "failing_choices": ["Poor"],
                },
                {"prompt": "Remarks", "type": "text"},
            ],
        },
    ]
}


def start(store: Store, project: Project) -> tuple[str, list[str]]:
    tpl = ins.create_template(store, name="Fire & finishes", definition=DEFINITION).value
    i = ins.start_inspection(
        store,
        project.id,
        tpl.id,
        inspection_date=dt.date.today(),
        weather="Overcast 12 °C",
        attendees="GC super, MEP sub",
    ).value
    items = [it.id for it, _ in ins.items_of(store, i.id)]
    return i.id, items


def test_template_validation_names_the_bad_part(store: Store) -> None:
    with pytest.raises(ValidationError) as err:
        ins.create_template(
            store,
            name="Bad",
            definition={
                "sections": [
                    {
                        "title": "S",
                        "items": [{"prompt": "Pick", "type": "choice", "choices": ["one"]}],
                    }
                ]
            },
        )
    assert err.value.field == "sections[1].items[1].choices"
    with pytest.raises(ValidationError, match="at least one section"):
        ins.create_template(store, name="Empty", definition={"sections": []})


def test_all_pass_scores_100(store: Store, project: Project) -> None:
    iid, items = start(store, project)
    for item_id, value in zip(items, ["pass", "yes", "1.5", "Good", "all tidy"], strict=True):
        ins.respond(store, item_id, value)
    done = ins.complete_inspection(store, iid).value
    assert done.score == Decimal("100.00")
    assert done.result.value == "pass"


def test_failed_critical_item_fails_the_inspection_and_needs_a_photo(
    store: Store, project: Project
) -> None:
    iid, items = start(store, project)
    for item_id, value in zip(items, ["fail", "yes", "5", "Poor", "see photos"], strict=True):
        ins.respond(store, item_id, value, note="gap around duct" if value == "fail" else None)
    with pytest.raises(WorkflowError, match="needs a photo"):
        ins.complete_inspection(store, iid)
    add_photo(
        store,
        project.id,
        NewPhoto(sha256="a" * 64, filename="gap.jpg", mime="image/jpeg", size_bytes=10),
        attach_to=("inspection_item", items[0]),
    )
    done = ins.complete_inspection(store, iid).value
    # weights: 2 (fail) + 1 (pass) + 1 (fail: 5 mm > 3 mm) + 1 (fail: Poor) -> 1/5
    assert done.score == Decimal("20.00")
    assert done.result.value == "fail"  # type: ignore[union-attr]
    raised = ins.raise_deficiencies(store, iid, due_date=dt.date.today()).value
    assert [(d.record_type, d.number) for d in raised] == [
        ("punch_item", "PI-0001"),
        ("issue", "NCR-001"),
        ("punch_item", "PI-0002"),
    ]
    again = ins.raise_deficiencies(store, iid).value
    assert again == []  # one step, never twice
    first = punch.history(store, raised[0].record_id)
    assert first[0].note == "Raised by INS-001"


def test_answers_are_checked_and_superseded_not_overwritten(store: Store, project: Project) -> None:
    iid, items = start(store, project)
    with pytest.raises(ValidationError, match="pass, fail or N/A"):
        ins.respond(store, items[0], "maybe")
    with pytest.raises(ValidationError, match="Enter a number"):
        ins.respond(store, items[2], "three")
    ins.respond(store, items[0], "fail")
    ins.respond(store, items[0], "pass")
    current = dict(ins.items_of(store, iid))
    answer = next(r for it, r in current.items() if it.id == items[0])
    assert answer is not None
    assert answer.value == "pass"


def test_incomplete_inspection_cannot_be_completed(store: Store, project: Project) -> None:
    iid, items = start(store, project)
    ins.respond(store, items[0], "pass")
    with pytest.raises(WorkflowError, match="4 item"):
        ins.complete_inspection(store, iid)


def test_completed_inspection_is_frozen_and_signable(store: Store, project: Project) -> None:
    iid, items = start(store, project)
    for item_id, value in zip(items, ["na", "yes", "0", "Fair", "ok"], strict=True):
        ins.respond(store, item_id, value)
    ins.complete_inspection(store, iid)
    with pytest.raises(WorkflowError, match="can no longer change"):
        ins.respond(store, items[1], "no")
    sig = ins.sign(
        store,
        iid,
        signer_name="Łukasz Żółć",
        signer_role="GC superintendent",
        strokes=[[[0.1, 0.1], [0.9, 0.8]]],
    ).value
    assert sig.record_id == iid
    assert sig.strokes == [[[0.1, 0.1], [0.9, 0.8]]]
