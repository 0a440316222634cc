"""Drawing sheets, revisions and pins: the services the drawings screen and import use."""

from __future__ import annotations

import hashlib
from typing import Any

import pytest
from sqlalchemy import func, select

from executrek.models.errors import NotFoundError, ValidationError
from executrek.models.local import Outbox
from executrek.models.project import Project
from executrek.models.records.drawing import service as drawings
from executrek.models.records.drawing.model import (
    PIN_ISSUE,
    PIN_PUNCH,
    Discipline,
    DrawingFile,
    DrawingPin,
    SheetRevision,
)
from executrek.models.records.punch import service as punch
from executrek.models.records.punch.model import PunchItem
from executrek.models.services import projects
from executrek.models.store import Store

A1 = (2383.94, 1683.78)


def _file(name: str, pages: int = 1) -> drawings.NewDrawingFile:
    return drawings.NewDrawingFile(
        sha256=hashlib.sha256(name.encode()).hexdigest(),
        filename=name,
        mime="application/pdf",
        size_bytes=1000,
        page_count=pages,
    )


def _page(number: str, title: str, rev: str = "P01", index: int = 0, **kw: Any) -> Any:
    return drawings.NewSheetPage(index, *A1, sheet_number=number, title=title, revision=rev, **kw)


@pytest.fixture
def sheet(store: Store, project: Project) -> drawings.Registered:
    loc = projects.add_location(store, project.id, "L1", "Level 1", "floor").value
    done = drawings.register_file(
        store, project.id, _file("a101.pdf"), [_page("A-101", "Ground floor", location_id=loc.id)]
    )
    return done.value[0]


def test_register_file_makes_one_sheet_per_page_sorted_naturally(
    store: Store, project: Project
) -> None:
    pages = [
        _page("A-10", "Sections", index=0),
        _page("A-2", "Level 2", index=1),
        _page("S-201", "Foundations", index=2),
    ]
    done = drawings.register_file(store, project.id, _file("set.pdf", 3), pages)
    assert [r.outcome for r in done.value] == ["new_sheet"] * 3
    rows = drawings.list_sheets(store, project.id)
    assert [r.sheet_number for r in rows] == ["A-2", "A-10", "S-201"]
    assert [r.discipline for r in rows] == [
        Discipline.ARCHITECTURAL,
        Discipline.ARCHITECTURAL,
        Discipline.STRUCTURAL,
    ]
    assert rows[0].page_index == 1 and rows[0].revision == "P01" and rows[0].revision_count == 1
    # One file row for the three sheets, and everything went to the outbox.
    with store.read() as s:
        assert s.scalar(select(func.count()).select_from(DrawingFile)) == 1
        tables = set(s.scalars(select(Outbox.table_name)))
    assert {"drawing_files", "drawing_sheets", "drawing_revisions"} <= tables


def test_register_refuses_duplicate_numbers_and_bad_pages(store: Store, project: Project) -> None:
    with pytest.raises(ValidationError, match="same sheet number"):
        drawings.register_file(
            store, project.id, _file("x.pdf", 2), [_page("A-1", "a"), _page("a-1", "b", index=1)]
        )
    with pytest.raises(ValidationError, match="not a page"):
        drawings.register_file(store, project.id, _file("y.pdf"), [_page("A-1", "a", index=3)])
    with pytest.raises(ValidationError, match="page size"):
        drawings.register_file(
            store,
            project.id,
            _file("z.pdf"),
            [drawings.NewSheetPage(0, 0.0, 100.0, sheet_number="A-1", title="t")],
        )
    assert drawings.list_sheets(store, project.id) == []


@pytest.mark.parametrize(
    ("number", "expected"),
    [
        ("A-101", Discipline.ARCHITECTURAL),
        ("S201", Discipline.STRUCTURAL),
        ("M-301", Discipline.MECHANICAL),
        ("FP-101", Discipline.FIRE_PROTECTION),
        ("E1.01", Discipline.ELECTRICAL),
        ("MEP-01", Discipline.MEP),
        ("C-001", Discipline.CIVIL),
        ("101", Discipline.OTHER),
        ("X-9", Discipline.OTHER),
    ],
)
def test_discipline_is_guessed_from_the_sheet_number(number: str, expected: Discipline) -> None:
    assert drawings.guess_discipline(number) is expected


def test_new_revision_supersedes_and_carries_live_pins(
    store: Store, project: Project, sheet: drawings.Registered
) -> None:
    kept = punch.create_punch_item(store, project.id, punch.NewPunchItem(title="Kept")).value
    gone = punch.create_punch_item(store, project.id, punch.NewPunchItem(title="Removed pin")).value
    drawings.place_pin(store, sheet.revision_id, "punch", kept.id, 0.25, 0.75)
    removed = drawings.place_pin(store, sheet.revision_id, "punch", gone.id, 0.5, 0.5).value
    drawings.remove_pin(store, removed.id)
    done = drawings.register_file(
        store, project.id, _file("a101-c.pdf"), [_page("a-101", "x", "C")]
    )
    reg = done.value[0]
    assert reg.outcome == "new_revision" and reg.sheet_id == sheet.sheet_id
    assert reg.superseded_revision_id == sheet.revision_id and reg.pins_carried == 1
    new_pins = drawings.list_pins(store, reg.revision_id)
    assert [(p.target_id, p.x, p.y) for p in new_pins] == [(kept.id, 0.25, 0.75)]
    # The old revision keeps its pin for comparison; the sheet keeps title and location.
    assert [p.target_id for p in drawings.list_pins(store, sheet.revision_id)] == [kept.id]
    revs = drawings.list_revisions(store, sheet.sheet_id)
    assert [(r.revision, r.current, r.superseded) for r in revs] == [
        ("C", True, False),
        ("P01", False, True),
    ]
    row = drawings.get_sheet(store, sheet.sheet_id)
    assert (row.title, row.revision, row.revision_count, row.pin_count) == (
        "Ground floor",
        "C",
        2,
        1,
    )
    assert row.location == "Level 1"
    # The item shows where it is pinned: on the current revision only by default.
    where = drawings.pins_for_item(store, "punch_items", kept.id)
    assert [(w.sheet_number, w.revision, w.current) for w in where] == [("A-101", "C", True)]
    assert len(drawings.pins_for_item(store, "punch", kept.id, current_only=False)) == 2


def test_same_file_and_page_again_changes_nothing(
    store: Store, project: Project, sheet: drawings.Registered
) -> None:
    again = drawings.register_file(store, project.id, _file("a101.pdf"), [_page("A-101", "x")])
    assert again.value[0].outcome == "unchanged"
    assert again.value[0].revision_id == sheet.revision_id
    assert len(drawings.list_revisions(store, sheet.sheet_id)) == 1


def test_add_revision_from_a_registered_file(
    store: Store, project: Project, sheet: drawings.Registered
) -> None:
    with store.read() as s:
        file_id = s.scalar(
            select(SheetRevision.file_id).where(SheetRevision.id == sheet.revision_id)
        )
    assert file_id is not None
    done = drawings.add_revision(
        store, sheet.sheet_id, file_id, 0, revision="P02", width_pt=842, height_pt=595
    )
    assert done.value.outcome == "new_revision"
    assert drawings.get_sheet(store, sheet.sheet_id).revision == "P02"
    with pytest.raises(ValidationError, match="not a page"):
        drawings.add_revision(
            store, sheet.sheet_id, file_id, 4, revision="P03", width_pt=842, height_pt=595
        )


def test_update_and_bulk_edit_sheets(store: Store, project: Project) -> None:
    pages = [_page(f"A-{i}", f"Level {i}", index=i) for i in range(3)]
    regs = drawings.register_file(store, project.id, _file("set.pdf", 3), pages).value
    ids = [r.sheet_id for r in regs]
    loc = projects.add_location(store, project.id, "B1", "Block 1", "building").value
    drawings.bulk_update_sheets(
        store, ids, discipline="Structural", location_id=loc.id, revision="T1"
    )
    rows = drawings.list_sheets(store, project.id)
    assert {(r.discipline, r.location, r.revision) for r in rows} == {
        (Discipline.STRUCTURAL, "Block 1", "T1")
    }
    drawings.update_sheet(store, ids[0], sheet_number="S-100", title="Roof")
    assert drawings.get_sheet(store, ids[0]).sheet_number == "S-100"
    with pytest.raises(ValidationError, match="already exists"):
        drawings.update_sheet(store, ids[1], sheet_number="s-100")
    with pytest.raises(ValidationError, match="same sheet_number"):
        drawings.bulk_update_sheets(store, ids, sheet_number="Z-1")
    with pytest.raises(ValidationError, match="cannot be edited"):
        drawings.update_sheet(store, ids[1], project_id="x")
    with pytest.raises(ValidationError, match="title is required"):
        drawings.bulk_update_sheets(store, ids[1:], discipline="Plumbing", title="")
    # All or nothing: the refused bulk edit left the discipline unchanged.
    assert drawings.get_sheet(store, ids[1]).discipline is Discipline.STRUCTURAL


def test_list_sheets_filters_by_discipline_text_and_location(
    store: Store, project: Project
) -> None:
    b = projects.add_location(store, project.id, "B", "Block", "building").value
    f = projects.add_location(store, project.id, "B-1", "Level 1", "floor", b.id).value
    pages = [
        _page("A-101", "Ground floor plan", index=0, location_id=f.id),
        _page("S-201", "Foundations", index=1),
        _page("M-301", "Ductwork ground floor", index=2),
    ]
    drawings.register_file(store, project.id, _file("set.pdf", 3), pages)
    flt = drawings.SheetFilter
    numbers = lambda f: [r.sheet_number for r in drawings.list_sheets(store, project.id, f)]  # noqa: E731
    assert numbers(flt(disciplines=frozenset({Discipline.STRUCTURAL}))) == ["S-201"]
    assert numbers(flt(text="ground")) == ["A-101", "M-301"]
    assert numbers(flt(text="s-2")) == ["S-201"]
    assert numbers(flt(text="100%")) == []
    assert numbers(flt(location_id=b.id)) == ["A-101"]


def test_create_item_with_pin_takes_the_sheet_location(
    store: Store, project: Project, sheet: drawings.Registered
) -> None:
    row = drawings.get_sheet(store, sheet.sheet_id)
    item, pin = drawings.create_punch_item_with_pin(
        store, sheet.revision_id, 0.4, 0.6, punch.NewPunchItem(title="Cracked tile")
    ).value
    assert item.location_id == row.location_id and pin.target_id == item.id
    issue, ipin = drawings.create_issue_with_pin(
        store,
        sheet.revision_id,
        0.1,
        0.2,
        drawings.NewPinnedIssue(issue_type="non_conformance", title="Fire stopping missing"),
    ).value
    assert issue.location_id == row.location_id and ipin.target_type == PIN_ISSUE
    pins = drawings.list_pins(store, sheet.revision_id)
    assert [(p.number, p.status, p.location) for p in pins] == [
        ("NCR-001", "open", "Level 1"),
        ("PI-0001", "open", "Level 1"),
    ]


def test_create_item_with_pin_is_one_unit_of_work(
    store: Store, project: Project, sheet: drawings.Registered
) -> None:
    with pytest.raises(ValidationError):
        drawings.create_punch_item_with_pin(
            store, sheet.revision_id, 1.5, 0.5, punch.NewPunchItem(title="Off the sheet")
        )
    with pytest.raises(ValidationError):
        drawings.create_punch_item_with_pin(
            store, sheet.revision_id, 0.5, 0.5, punch.NewPunchItem(title="")
        )
    with store.read() as s:
        assert s.scalar(select(func.count()).select_from(PunchItem)) == 0
        assert s.scalar(select(func.count()).select_from(DrawingPin)) == 0


def test_pin_filters_like_the_lists(
    store: Store, project: Project, sheet: drawings.Registered
) -> None:
    sub = projects.add_organisation(store, project.id, "Ampère Electrical", "subcontractor").value
    a = punch.create_punch_item(
        store, project.id, punch.NewPunchItem(title="Socket loose", contractor_id=sub.id)
    ).value
    b = punch.create_punch_item(store, project.id, punch.NewPunchItem(title="Paint scuff")).value
    punch.change_status(store, b.id, "ready_for_review")
    drawings.place_pin(store, sheet.revision_id, PIN_PUNCH, a.id, 0.1, 0.1)
    drawings.place_pin(store, sheet.revision_id, PIN_PUNCH, b.id, 0.2, 0.2)
    drawings.create_issue_with_pin(
        store,
        sheet.revision_id,
        0.3,
        0.3,
        drawings.NewPinnedIssue(issue_type="rfi", title="Which socket?", contractor_id=sub.id),
    )
    f = drawings.PinFilter
    pins = lambda flt: [p.title for p in drawings.list_pins(store, sheet.revision_id, flt)]  # noqa: E731
    assert pins(f(statuses=frozenset({"ready_for_review"}))) == ["Paint scuff"]
    assert pins(f(contractor_ids=frozenset({sub.id}))) == ["Which socket?", "Socket loose"]
    assert pins(f(kinds=frozenset({"punch"}))) == ["Socket loose", "Paint scuff"]
    assert pins(f(kinds=frozenset({"issue"}), statuses=frozenset({"open"}))) == ["Which socket?"]
    assert pins(f(text="pi-0002")) == ["Paint scuff"]
    row = next(p for p in drawings.list_pins(store, sheet.revision_id) if p.target_id == a.id)
    assert (row.contractor, row.priority) == ("Ampère Electrical", "medium")


def test_place_move_remove_pin(store: Store, project: Project, sheet: drawings.Registered) -> None:
    item = punch.create_punch_item(store, project.id, punch.NewPunchItem(title="Gap")).value
    pin = drawings.place_pin(store, sheet.revision_id, "punch_item", item.id, 0.5, 0.5).value
    # Placing the same item again on the revision moves its one pin.
    again = drawings.place_pin(store, sheet.revision_id, "punch_item", item.id, 0.6, 0.4).value
    assert again.id == pin.id
    moved = drawings.move_pin(store, pin.id, 0.9, 0.1).value
    assert (moved.x, moved.y) == (0.9, 0.1)
    assert drawings.get_pin(store, pin.id).number == "PI-0001"
    with pytest.raises(ValidationError, match="on the sheet"):
        drawings.move_pin(store, pin.id, -0.1, 0.5)
    with pytest.raises(ValidationError, match="punch item or a contractor issue"):
        drawings.place_pin(store, sheet.revision_id, "risk", item.id, 0.5, 0.5)
    drawings.remove_pin(store, pin.id)
    assert drawings.list_pins(store, sheet.revision_id) == []
    assert drawings.pins_for_item(store, "punch", item.id) == []
    with pytest.raises(NotFoundError):
        drawings.move_pin(store, pin.id, 0.5, 0.5)
    with store.read() as s:  # a tombstone, never a hard delete
        assert s.get(DrawingPin, pin.id) is not None


def test_pins_of_deleted_items_are_hidden_and_not_carried(
    store: Store, project: Project, sheet: drawings.Registered
) -> None:
    draft = punch.create_punch_item(
        store, project.id, punch.NewPunchItem(title="Draft", status="draft")
    ).value
    drawings.place_pin(store, sheet.revision_id, "punch", draft.id, 0.5, 0.5)
    punch.delete_punch_item(store, draft.id)
    assert drawings.list_pins(store, sheet.revision_id) == []
    reg = drawings.register_file(store, project.id, _file("b.pdf"), [_page("A-101", "x", "B")])
    assert reg.value[0].pins_carried == 0


def test_pin_refuses_an_item_of_another_project(
    store: Store, project: Project, sheet: drawings.Registered
) -> None:
    other = projects.create_project(
        store, projects.NewProject(code="OTHER", name="Other", owner_name="Someone")
    ).value
    item = punch.create_punch_item(store, other.id, punch.NewPunchItem(title="Elsewhere")).value
    with pytest.raises(ValidationError, match="another project"):
        drawings.place_pin(store, sheet.revision_id, "punch", item.id, 0.5, 0.5)


def test_delete_sheet_tombstones_revisions_and_pins(
    store: Store, project: Project, sheet: drawings.Registered
) -> None:
    item = punch.create_punch_item(store, project.id, punch.NewPunchItem(title="Gap")).value
    drawings.place_pin(store, sheet.revision_id, "punch", item.id, 0.5, 0.5)
    drawings.delete_sheet(store, sheet.sheet_id)
    assert drawings.list_sheets(store, project.id) == []
    assert drawings.pins_for_item(store, "punch", item.id, current_only=False) == []
    # The number is free again: importing it makes a new sheet.
    again = drawings.register_file(store, project.id, _file("a101.pdf"), [_page("A-101", "x")])
    assert again.value[0].outcome == "new_sheet"
