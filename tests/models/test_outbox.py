"""Every change writes its outbox entry in the same transaction; nothing half-written."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import delete, func, select, text

from executrek.models.base import utcnow
from executrek.models.errors import ValidationError
from executrek.models.local import Outbox
from executrek.models.project import Project
from executrek.models.records.punch import service as punch
from executrek.models.records.punch.model import PunchItem, PunchStatusEvent
from executrek.models.store import Store


def outbox(store: Store) -> list[Outbox]:
    with store.read() as s:
        return list(s.scalars(select(Outbox).order_by(Outbox.seq)))


def test_create_writes_row_event_and_outbox_together(store: Store, project: Project) -> None:
    before = len(outbox(store))
    item = punch.create_punch_item(
        store, project.id, punch.NewPunchItem(title="Door closer missing")
    ).value
    entries = outbox(store)[before:]
    assert [(e.table_name, e.op) for e in entries] == [
        ("punch_items", "insert"),
        ("punch_status_events", "event"),
    ]
    assert entries[0].row_id == item.id
    assert entries[0].patch["title"] == [None, "Door closer missing"]
    assert entries[0].patch["status"] == [None, "open"]
    assert entries[0].project_id == project.id
    assert entries[0].hlc < entries[1].hlc


def test_update_patch_holds_base_and_new_values_only_for_changed_fields(
    store: Store, project: Project
) -> None:
    item = punch.create_punch_item(store, project.id, punch.NewPunchItem(title="Paint scuff")).value
    punch.update_punch_item(
        store, item.id, title="Paint scuff, corridor 2", due_date=dt.date.today()
    )
    last = [e for e in outbox(store) if e.table_name == "punch_items"][-1]
    assert last.op == "update"
    assert last.patch == {
        "title": ["Paint scuff", "Paint scuff, corridor 2"],
        "due_date": [None, dt.date.today().isoformat()],
    }


def test_noop_update_writes_nothing(store: Store, project: Project) -> None:
    item = punch.create_punch_item(store, project.id, punch.NewPunchItem(title="Same")).value
    n = len(outbox(store))
    punch.update_punch_item(store, item.id, title="Same")
    assert len(outbox(store)) == n


def test_failure_inside_a_unit_of_work_leaves_no_row_and_no_outbox(
    store: Store, project: Project
) -> None:
    n = len(outbox(store))
    with pytest.raises(RuntimeError), store.unit_of_work() as s:
        s.add(PunchItem(project_id=project.id, title="half", number=999))
        s.flush()
        raise RuntimeError("power blip")
    assert len(outbox(store)) == n
    with store.read() as s:
        assert s.scalar(select(func.count()).select_from(PunchItem)) == 0


def test_invalid_bulk_status_change_changes_nothing(store: Store, project: Project) -> None:
    a = punch.create_punch_item(store, project.id, punch.NewPunchItem(title="A")).value
    b = punch.create_punch_item(store, project.id, punch.NewPunchItem(title="B")).value
    punch.change_status(store, b.id, "void", "duplicate")
    n = len(outbox(store))
    with pytest.raises(Exception, match="cannot go from void"):
        punch.bulk_change_status(store, [a.id, b.id], "ready_for_review")
    assert len(outbox(store)) == n
    with store.read() as s:
        assert s.get(PunchItem, a.id).status.value == "open"  # type: ignore[union-attr]


def test_hard_delete_of_synced_rows_is_refused(store: Store, project: Project) -> None:
    item = punch.create_punch_item(store, project.id, punch.NewPunchItem(title="X")).value
    with pytest.raises(RuntimeError, match="deleted_at"), store.unit_of_work() as s:
        s.delete(s.get(PunchItem, item.id))


def test_events_are_insert_only(store: Store, project: Project) -> None:
    punch.create_punch_item(store, project.id, punch.NewPunchItem(title="X"))
    with pytest.raises(RuntimeError, match="insert-only"), store.unit_of_work() as s:
        event = s.scalars(select(PunchStatusEvent)).first()
        assert event is not None
        event.note = "rewritten history"


def test_tombstone_is_a_delete_in_the_outbox(store: Store, project: Project) -> None:
    item = punch.create_punch_item(
        store, project.id, punch.NewPunchItem(title="Draft", status="draft")
    ).value
    punch.delete_punch_item(store, item.id)
    last = [e for e in outbox(store) if e.table_name == "punch_items"][-1]
    assert last.op == "delete"
    assert last.row_id == item.id
    with store.read() as s:
        row = s.get(PunchItem, item.id)
        assert row is not None
        assert row.deleted_at is not None


def test_outbox_numbers_are_never_reused_after_trimming(store: Store, project: Project) -> None:
    punch.create_punch_item(store, project.id, punch.NewPunchItem(title="A"))
    top = outbox(store)[-1].seq
    with store.unit_of_work() as s:
        s.execute(delete(Outbox))
    punch.create_punch_item(store, project.id, punch.NewPunchItem(title="B"))
    assert outbox(store)[0].seq > top


def test_sync_engine_writes_skip_the_outbox(store: Store, project: Project) -> None:
    n = len(outbox(store))
    with store.unit_of_work(remote=True) as s:
        s.add(
            PunchItem(
                id="01a2aaaa-0000-7000-8000-000000000001",
                project_id=project.id,
                title="From server",
                number=500,
                created_at=utcnow(),
                updated_at=utcnow(),
                row_version=3,
                field_versions={"title": 3},
            )
        )
    assert len(outbox(store)) == n


def test_actor_and_timestamps_are_stamped(store: Store, project: Project) -> None:
    item = punch.create_punch_item(store, project.id, punch.NewPunchItem(title="Who")).value
    assert item.created_by == store.actor.user_id is not None
    assert item.updated_at == item.created_at
    with store.read() as s:
        assert s.execute(text("PRAGMA integrity_check")).scalar() == "ok"


def test_validation_errors_name_the_field(store: Store, project: Project) -> None:
    with pytest.raises(ValidationError) as err:
        punch.create_punch_item(store, project.id, punch.NewPunchItem(title="   "))
    assert err.value.field == "title"
    yesterday = dt.date.today() - dt.timedelta(days=2)
    with pytest.raises(ValidationError, match="cannot be before") as err2:
        punch.create_punch_item(
            store, project.id, punch.NewPunchItem(title="x", due_date=yesterday)
        )
    assert err2.value.field == "due_date"
    with pytest.raises(ValidationError, match="priority must be one of"):
        punch.create_punch_item(
            store, project.id, punch.NewPunchItem(title="x", priority="urgent!!")
        )


def test_edits_leave_an_audit_trail(store: Store, project: Project) -> None:
    from executrek.models.common import AuditEvent

    item = punch.create_punch_item(store, project.id, punch.NewPunchItem(title="Loose tile")).value
    punch.update_punch_item(store, item.id, title="Loose tile, bathroom 3", priority="high")
    with store.read() as s:
        trail = list(s.scalars(select(AuditEvent).where(AuditEvent.record_id == item.id)))
    assert len(trail) == 1
    assert trail[0].action == "edited" and trail[0].created_by == store.actor.user_id
    assert trail[0].fields == [
        {"field": "priority", "from": "medium", "to": "high"},
        {"field": "title", "from": "Loose tile", "to": "Loose tile, bathroom 3"},
    ]
    tables = [e.table_name for e in outbox(store)[-2:]]
    assert tables == ["punch_items", "audit_events"]
