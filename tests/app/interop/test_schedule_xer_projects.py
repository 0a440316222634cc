"""A P6 XER file of several projects: its projects are listed; without a choice it is
refused naming them; the project picked (by id or short name) imports alone — its
activities, WBS, relationships and calendars — and relationships to the other
project are left out and counted."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from schedule_store import project, store
from schedule_xer_data import NORTH_NAME, several_projects

from executrek.app.interop.errors import InteropError
from executrek.app.interop.schedule_files import import_schedule_file, read_programme
from executrek.app.interop.schedule_xer import SeveralProjects, XerProject, read_xer
from executrek.models.project import Project
from executrek.models.records.schedule import queries
from executrek.models.records.schedule.programme import ProgrammeRefused
from executrek.models.store import Store

__all__ = ["project", "store"]


@pytest.fixture
def xer(tmp_path: Path) -> Path:
    return several_projects(tmp_path / "campus.xer")


def test_the_projects_are_listed_and_none_is_picked_for_the_user(xer: Path) -> None:
    with pytest.raises(SeveralProjects) as caught:
        read_programme(xer)
    assert caught.value.projects == [
        XerProject("1000", "NORTH", NORTH_NAME, 5),
        XerProject("1001", "SOUTH", "SOUTH", 4),
    ]
    line = caught.value.message
    assert "\n" not in line
    assert line == (
        "“campus.xer” holds 2 projects: NORTH “North wing” (5 activities), "
        "SOUTH “SOUTH” (4 activities)."
    )


@pytest.mark.parametrize("wanted", ["NORTH", "1000", "north"])
def test_the_project_picked_is_read_alone(xer: Path, wanted: str) -> None:
    p = read_programme(xer, wanted)
    assert p.project_name == "NORTH" and p.data_date == dt.date(2026, 1, 5)
    assert [a.code for a in p.activities] == ["NM0", "NA1", "NA2", "NA3", "NM9"]
    assert {a.wbs_path for a in p.activities if a.wbs_path} == {"NORTH.W"}
    assert [c.code for c in p.calendars] == ["N8"]  # not SOUTH's, not the unused global
    assert [(x.predecessor, x.successor) for x in p.links] == [
        ("N0", "N1"),
        ("N1", "N2"),
        ("N2", "N3"),
        ("N3", "N99"),
    ]
    assert p.other_project_links == 2


def test_the_other_project_on_its_own_calendar(xer: Path) -> None:
    p = read_xer(xer, "SOUTH")
    assert [a.code for a in p.activities] == ["SM0", "SA1", "SA2", "SM9"]
    assert [(c.code, c.hours_per_day) for c in p.calendars] == [("S10", 10)]
    assert [a.original_duration for a in p.activities if a.code.startswith("SA")] == [3, 6]
    assert p.data_date == dt.date(2026, 1, 12)
    assert (len(p.links), p.other_project_links) == (3, 2)


def test_a_project_not_in_the_file_is_refused_with_the_choices(xer: Path) -> None:
    with pytest.raises(InteropError) as caught:
        read_programme(xer, "EAST")
    assert caught.value.message == (
        "“campus.xer” holds no project EAST; its projects: NORTH “North wing” "
        "(5 activities), SOUTH “SOUTH” (4 activities)."
    )


def test_a_project_is_picked_only_in_an_xer(tmp_path: Path) -> None:
    xml = tmp_path / "plan.xml"
    xml.write_text('<?xml version="1.0"?><Project xmlns="x"></Project>', encoding="utf-8")
    with pytest.raises(InteropError, match="not a P6 XER file: it has no projects to pick"):
        read_programme(xml, "NORTH")


def test_the_picked_project_imports_and_says_what_was_left_out(
    xer: Path, store: Store, project: Project
) -> None:
    with pytest.raises(SeveralProjects):
        import_schedule_file(store, project.id, xer)
    with store.sql() as con:
        assert con.execute("SELECT count(*) FROM schedule_updates").fetchone()[0] == 0
    done = import_schedule_file(store, project.id, xer, xer_project="SOUTH").value
    assert (done.activities, done.links, done.milestones, done.calendars) == (4, 3, 2, 1)
    assert done.other_project_links == 2
    data = queries.update_data(store, project.id)
    assert sorted(a.code for a in data.activities) == ["SA1", "SA2", "SM0", "SM9"]
    assert [c.code for c in data.calendars] == ["S10"]
    assert data.update.data_date == dt.date(2026, 1, 12)


def test_each_project_of_the_file_imports_once(xer: Path, store: Store, project: Project) -> None:
    """The same file is refused a second time for the same project of it, not for the
    other one."""
    first = import_schedule_file(store, project.id, xer, xer_project="NORTH").value
    second = import_schedule_file(store, project.id, xer, xer_project="SOUTH").value
    assert (first.activities, second.activities) == (5, 4)
    with pytest.raises(ProgrammeRefused, match="imported already, as SU-001"):
        import_schedule_file(store, project.id, xer, xer_project="north")
