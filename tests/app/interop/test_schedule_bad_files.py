"""The issue's bad input, as files made in code (no shared corpus needed): truncated
XER, duplicate activity ids, relationships to missing activities, calendars without a
working day, dates in 1900 or 9999, a table without its field names — in P6 XER and in
MS Project XML. Each is refused with one line and leaves nothing imported."""

from __future__ import annotations

import dataclasses
import datetime as dt
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from schedule_store import project, store

from executrek.app.interop.errors import InteropError
from executrek.app.interop.schedule_files import import_schedule_file
from executrek.app.interop.schedule_xer_write import write_xer
from executrek.models.errors import DomainError
from executrek.models.project import Project
from executrek.models.records.schedule.programme import ParsedLink, Programme
from executrek.models.store import Store

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "models"))
from schedule_data import chain

TABLES = ("schedule_updates", "schedule_calendars", "schedule_activities", "schedule_links")

__all__ = ["project", "store"]


def _xer(
    change: Callable[[Programme], object], edit: Callable[[str], str] = str
) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        p = chain([3, 4])
        change(p)
        path = write_xer(p, folder / "bad.xer")
        path.write_text(edit(path.read_text(encoding="utf-8")), encoding="utf-8")
        return path

    return make


TASK = (
    "<Task><UID>{uid}</UID><Name>Task {uid}</Name><OutlineLevel>1</OutlineLevel>"
    "<Start>{start}T08:00:00</Start><Finish>2026-03-06T17:00:00</Finish>"
    "<Duration>PT40H0M0S</Duration><CalendarUID>1</CalendarUID>{link}</Task>"
)
DAYS = "".join(
    f"<WeekDay><DayType>{d}</DayType><DayWorking>{{working}}</DayWorking></WeekDay>"
    for d in range(1, 8)
)


def _xml(
    uids: tuple[str, ...] = ("1", "2"),
    pred: str = "1",
    start: str = "2026-03-02",
    working: str = "1",
) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        link = f"<PredecessorLink><PredecessorUID>{pred}</PredecessorUID></PredecessorLink>"
        tasks = "".join(
            TASK.format(uid=uid, start=start, link=link if i else "") for i, uid in enumerate(uids)
        )
        path = folder / "bad.xml"
        path.write_text(
            '<?xml version="1.0"?><Project xmlns="http://schemas.microsoft.com/project">'
            "<StatusDate>2026-03-02T08:00:00</StatusDate><CalendarUID>1</CalendarUID>"
            "<Calendars><Calendar><UID>1</UID><Name>Standard</Name>"
            f"<WeekDays>{DAYS.format(working=working)}</WeekDays></Calendar></Calendars>"
            f"<Tasks>{tasks}</Tasks></Project>",
            encoding="utf-8",
        )
        return path

    return make


def _cut(text: str) -> str:
    return text[: text.index("%T\tTASKPRED") + 30]


def _no_field_names(text: str) -> str:
    head, _, rest = text.partition("%T\tTASK\n")
    return head + "%T\tTASK\n" + rest.split("\n", 1)[1]


CASES = {
    "truncated xer": (_xer(lambda p: None, _cut), "ends early (no %E line): it was cut short"),
    "task table without field names": (
        _xer(lambda p: None, _no_field_names),
        "holds no activities",
    ),
    "duplicate task id": (
        _xer(lambda p: p.activities.append(dataclasses.replace(p.activities[1], code="X"))),
        "Activity id 1 appears twice",
    ),
    "duplicate activity code": (
        _xer(lambda p: p.activities.append(dataclasses.replace(p.activities[1], source_id="7"))),
        "Activity A1 appears twice",
    ),
    "link to a missing activity": (
        _xer(lambda p: p.links.append(ParsedLink("L404", "404", "1"))),
        "Relationship L404 refers to activity 404, which is not in the file.",
    ),
    "calendar without working days": (
        _xer(lambda p: setattr(p.calendars[0], "work_week", "0000000")),
        "Calendar 5-day has no working days, and activities use it.",
    ),
    "year 1900": (
        _xer(lambda p: setattr(p.activities[1], "start", dt.date(1900, 1, 1))),
        "Activity A1 has start 1900-01-01, outside the years 1950–2199",
    ),
    "year 9999": (
        _xer(lambda p: setattr(p.activities[2], "planned_finish", dt.date(9999, 12, 31))),
        "has planned finish 9999-12-31, outside the years 1950–2199",
    ),
    "xml duplicate uid": (_xml(uids=("1", "1")), "Activity id 1 appears twice"),
    "xml link to a missing task": (_xml(pred="404"), "refers to activity 404"),
    "xml calendar without working days": (_xml(working="0"), "Calendar Standard has no working"),
    "xml year 1900": (_xml(start="1900-01-01"), "has start 1900-01-01, outside the years"),
    "xml year 9999": (_xml(start="9999-12-31"), "has start 9999-12-31, outside the years"),
}


@pytest.mark.parametrize("case", CASES)
def test_bad_files_are_refused_in_one_line_and_leave_nothing(
    case: str, tmp_path: Path, store: Store, project: Project
) -> None:
    make, message = CASES[case]
    path = make(tmp_path)
    with pytest.raises((InteropError, DomainError)) as caught:
        import_schedule_file(store, project.id, path)
    text = getattr(caught.value, "message", str(caught.value))
    assert message in text and "\n" not in text
    with store.sql() as con:
        for table in TABLES:
            assert con.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0, table
