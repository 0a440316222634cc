"""Raising failed items: on completion when the template says so (the default, kept in
the template's definition), titled by the rep's failure note with the requirement in the
description; signing refuses a missing name in words."""

from __future__ import annotations

import datetime as dt

import pytest

from executrek.models.errors import ValidationError
from executrek.models.project import Project
from executrek.models.records.inspection import completion
from executrek.models.records.inspection import service as ins
from executrek.models.records.issue import queries as issue_queries
from executrek.models.records.punch import queries as punch_queries
from executrek.models.store import Store

pytestmark = pytest.mark.dates

DEFINITION = {
    "sections": [
        {
            "title": "Fire doors",
            "items": [
                {"prompt": "Door closes and latches", "type": "pass_fail_na"},
                {"prompt": "Intumescent seals intact", "type": "pass_fail_na"},
                {"prompt": "Signage fitted", "type": "yes_no", "failure_action": "issue"},
            ],
        }
    ]
}


def _fail_two(store: Store, project: Project, template_id: str) -> str:
    """Start an inspection: item 1 passes, item 2 fails with a two-line note, item 3
    (an issue on failure) fails without a note."""
    i = ins.start_inspection(store, project.id, template_id, inspection_date=dt.date.today())
    items = [it.id for it, _ in ins.items_of(store, i.value.id)]
    ins.respond(store, items[0], "pass")
    ins.respond(store, items[1], "fail", note="Seal missing at head\nSee photo 3, left leaf")
    ins.respond(store, items[2], "no")
    return i.value.id


def test_completion_raises_failed_items_titled_by_the_note(store: Store, project: Project) -> None:
    tpl = ins.create_template(store, name="Fire doors", definition=DEFINITION).value
    assert ins.raises_on_complete(tpl.definition)  # on unless the template says otherwise
    iid = _fail_two(store, project, tpl.id)
    due = dt.date.today() + dt.timedelta(days=14)

    done = ins.complete_and_raise(store, iid, due_date=due)
    raised = done.value.raised
    assert raised is not None
    assert [(d.record_type, d.number) for d in raised] == [
        ("punch_item", "PI-0001"),
        ("issue", "NCR-001"),
    ]
    assert done.value.inspection.status.value == "completed"
    punch = punch_queries.punch_detail(store, raised[0].record_id)
    assert punch.title == "Seal missing at head"  # the note's first line
    assert punch.description is not None
    assert "Intumescent seals intact" in punch.description  # the requirement
    assert "See photo 3, left leaf" in punch.description  # the whole note
    assert punch.due_date == due
    issue = issue_queries.issue_detail(store, raised[1].record_id)
    assert issue.row.title == "Signage fitted"  # no note: the requirement
    # raising again finds nothing new
    assert ins.raise_deficiencies(store, iid).value == []


def test_a_template_with_the_option_off_leaves_raising_to_the_rep(
    store: Store, project: Project
) -> None:
    tpl = ins.create_template(store, name="Fire doors", definition=DEFINITION).value
    ins.set_raise_on_complete(store, tpl.id, False)
    iid = _fail_two(store, project, tpl.id)
    assert not ins.template_raises_on_complete(store, iid)

    done = ins.complete_and_raise(store, iid)
    assert done.value.raised is None
    assert ins.raise_deficiencies(store, iid).value[0].number == "PI-0001"


def test_the_option_lives_in_the_definition_and_survives_an_editor_save(store: Store) -> None:
    off = {**DEFINITION, "raise_on_complete": False}
    tpl = ins.create_template(store, name="Doors", definition=off).value
    assert tpl.definition["raise_on_complete"] is False
    # the template editor sends the sections only: the choice stays
    edited = ins.update_template(store, tpl.id, definition=DEFINITION).value
    assert edited.definition["raise_on_complete"] is False
    assert edited.version == 2
    again = ins.set_raise_on_complete(store, tpl.id, True).value
    assert ins.raises_on_complete(again.definition)
    assert again.version == 2  # the checklist did not change
    with pytest.raises(ValidationError, match="on or off"):
        ins.create_template(store, name="Bad", definition={**DEFINITION, "raise_on_complete": 1})
    assert "raise_on_complete" not in ins.validate_definition(DEFINITION)  # default: absent


@pytest.mark.parametrize(
    ("note", "title"),
    [
        (None, "Door closes and latches"),
        ("   \n  Hinge screws loose  \nmore", "Hinge screws loose"),
        ("word " * 100, ("word " * 59).strip() + "…"),
    ],
)
def test_deficiency_title(note: str | None, title: str) -> None:
    made = completion.deficiency_title("Door closes and latches", note)
    assert made == title
    assert len(made) <= completion.TITLE_MAX


def test_signing_without_a_name_is_refused_in_words(store: Store, project: Project) -> None:
    tpl = ins.create_template(store, name="Fire doors", definition=DEFINITION).value
    iid = _fail_two(store, project, tpl.id)
    ins.complete_inspection(store, iid)
    with pytest.raises(ValidationError) as err:
        ins.sign(store, iid, signer_name="  ", signer_role=None, strokes=[[[0.1, 0.1], [0.5, 0.5]]])
    assert err.value.field == "signer_name"  # forms still know where it belongs
    assert err.value.message == "Type the name of the person signing."
