from __future__ import annotations

import pytest

from executrek.models.errors import ValidationError, WorkflowError
from executrek.models.project import Project
from executrek.models.records.punch import service as punch
from executrek.models.records.punch.model import TRANSITIONS as PUNCH
from executrek.models.records.punch.model import PunchStatus
from executrek.models.store import Store

P = PunchStatus


def new(store: Store, project: Project, status: str = "open") -> str:
    return punch.create_punch_item(
        store, project.id, punch.NewPunchItem(title="Sealant gap at window", status=status)
    ).value.id


@pytest.mark.parametrize(
    ("path", "final"),
    [
        (["ready_for_review", "closed"], P.CLOSED),
        (["ready_for_review", "rejected", "ready_for_review", "closed", "open"], P.OPEN),
        (["void"], P.VOID),
    ],
)
def test_legal_paths(store: Store, project: Project, path: list[str], final: PunchStatus) -> None:
    item_id = new(store, project)
    for step in path:
        note = "gap still visible" if step == "rejected" else None
        punch.change_status(store, item_id, step, note)
    events = punch.history(store, item_id)
    assert [e.to_status for e in events] == ["open", *path]
    assert [e.from_status for e in events] == [None, "open", *path[:-1]]
    assert events[-1].to_status == final.value


def test_every_illegal_transition_is_refused(store: Store, project: Project) -> None:
    for current, allowed in PUNCH.items():
        for target in P:
            if target in allowed or target == current:
                continue
            item_id = new(store, project, "draft")
            route = {
                P.DRAFT: [],
                P.OPEN: ["open"],
                P.READY_FOR_REVIEW: ["open", "ready_for_review"],
                P.REJECTED: ["open", "ready_for_review", "rejected"],
                P.CLOSED: ["open", "closed"],
                P.VOID: ["void"],
            }[current]
            for step in route:
                punch.change_status(store, item_id, step, "why" if step == "rejected" else None)
            with pytest.raises(
                WorkflowError, match=f"cannot go from {current.value} to {target.value}"
            ):
                punch.change_status(store, item_id, target, "why")


def test_reject_needs_a_note(store: Store, project: Project) -> None:
    item_id = new(store, project)
    punch.change_status(store, item_id, "ready_for_review")
    with pytest.raises(ValidationError, match="needs a note"):
        punch.change_status(store, item_id, "rejected")


def test_closed_items_cannot_be_edited_until_reopened(store: Store, project: Project) -> None:
    item_id = new(store, project)
    punch.change_status(store, item_id, "closed")
    with pytest.raises(WorkflowError, match="reopen it"):
        punch.update_punch_item(store, item_id, title="changed")
    punch.change_status(store, item_id, "open")
    assert punch.update_punch_item(store, item_id, title="changed").value.title == "changed"


def test_only_drafts_can_be_deleted(store: Store, project: Project) -> None:
    item_id = new(store, project)
    with pytest.raises(WorkflowError, match="void it instead"):
        punch.delete_punch_item(store, item_id)


def test_bulk_close_sets_closed_at_and_events(store: Store, project: Project) -> None:
    ids = [new(store, project) for _ in range(5)]
    done = punch.bulk_change_status(store, ids, "closed", "walked with GC")
    assert all(i.status is P.CLOSED and i.closed_at is not None for i in done.value)
    assert done.changes.touches("punch_items", "punch_status_events")


def test_numbers_are_sequential_per_project(store: Store, project: Project) -> None:
    ids = [new(store, project) for _ in range(3)]
    from executrek.models.records.punch.model import PunchItem

    with store.read() as s:
        nums = [punch.punch_number(s.get(PunchItem, i)) for i in ids]  # type: ignore[arg-type]
    assert nums == ["PI-0001", "PI-0002", "PI-0003"]
