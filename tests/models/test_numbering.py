"""Human-facing numbers stay unique when laptops work offline."""

from __future__ import annotations

from sqlalchemy import delete

from executrek.models import numbering
from executrek.models.local import NumberBlock
from executrek.models.project import Project
from executrek.models.records.punch import service as punch
from executrek.models.store import Store


def test_project_created_here_owns_its_numbers(store: Store, project: Project) -> None:
    with store.unit_of_work() as s:
        assert numbering.allocate(s, project.id, "PI", 3) == [(1, None), (2, None), (3, None)]


def test_a_leased_block_is_used_then_drafts_carry_the_device_tag(
    store: Store, project: Project
) -> None:
    with store.unit_of_work() as s:
        s.execute(delete(NumberBlock).where(NumberBlock.project_id == project.id))
        s.add(NumberBlock(project_id=project.id, series="PI", next_value=41, end_value=42))
    items = [
        punch.create_punch_item(store, project.id, punch.NewPunchItem(title=f"t{i}")).value
        for i in range(4)
    ]
    labels = [punch.punch_number(i) for i in items]
    tag = store.device_tag
    assert labels == ["PI-0041", "PI-0042", f"PI-{tag}-1", f"PI-{tag}-2"]


def test_a_project_pulled_from_the_server_without_a_lease_gets_drafts(
    store: Store, project: Project
) -> None:
    with store.unit_of_work() as s:
        s.execute(delete(NumberBlock).where(NumberBlock.project_id == project.id))
        first = numbering.allocate_one(s, project.id, "NCR")
    assert first == (None, f"{store.device_tag}-1")
