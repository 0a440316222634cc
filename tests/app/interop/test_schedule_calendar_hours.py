"""Durations, floats and lags in days use the hours a day of the activity's own
calendar: 40 hours of work on a 10-hour calendar are 4 days, not 5 — in MS Project XML
(working times per weekday, base calendars inherited) and in P6 XER (``day_hr_cnt``,
else the working periods of ``clndr_data``). The shared corpus's 8-hour calendars read
as they always did."""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from decimal import Decimal
from pathlib import Path

from executrek.app.interop.schedule_files import import_schedule_file, read_programme
from executrek.app.interop.schedule_xer_write import write_xer
from executrek.models.migrate import open_store
from executrek.models.records.schedule import queries
from executrek.models.records.schedule.programme import ParsedCalendar
from executrek.models.services import projects

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "models"))
from schedule_data import chain

NS = "http://schemas.microsoft.com/project"


def _weekday(day: int, *periods: tuple[str, str]) -> str:
    if not periods:
        return f"<WeekDay><DayType>{day}</DayType><DayWorking>0</DayWorking></WeekDay>"
    times = "".join(
        f"<WorkingTime><FromTime>{a}:00</FromTime><ToTime>{b}:00</ToTime></WorkingTime>"
        for a, b in periods
    )
    return (
        f"<WeekDay><DayType>{day}</DayType><DayWorking>1</DayWorking>"
        f"<WorkingTimes>{times}</WorkingTimes></WeekDay>"
    )


def _task(
    uid: str, calendar: str, hours: int, *, slack: int = 0, pred: str = "", lag: int = 0
) -> str:
    link = (
        f"<PredecessorLink><PredecessorUID>{pred}</PredecessorUID><Type>1</Type>"
        f"<LinkLag>{lag}</LinkLag><LagFormat>7</LagFormat></PredecessorLink>"
        if pred
        else ""
    )
    return (
        f"<Task><UID>{uid}</UID><ID>{uid}</ID><Name>Task {uid}</Name><OutlineLevel>1</OutlineLevel>"
        f"<OutlineNumber>{uid}</OutlineNumber><Start>2026-03-02T08:00:00</Start>"
        f"<Finish>2026-03-06T17:00:00</Finish><Duration>PT{hours}H0M0S</Duration>"
        f"<RemainingDuration>PT{hours // 2}H0M0S</RemainingDuration>"
        f"<TotalSlack>{slack}</TotalSlack><FreeSlack>{slack}</FreeSlack>"
        f"<CalendarUID>{calendar}</CalendarUID>{link}</Task>"
    )


def two_calendar_mspdi(path: Path) -> Path:
    """Standard (8 h, Monday–Friday), Four tens (10 h, Monday–Thursday), Four tens
    night (its weekdays from Four tens), the project's day 480 minutes; tasks of 40
    working hours on each, 20 hours of float, a 10-hour lag after each."""
    standard = "".join(
        _weekday(d, ("08:00", "12:00"), ("13:00", "17:00")) if 2 <= d <= 6 else _weekday(d)
        for d in range(1, 8)
    )
    tens = "".join(
        _weekday(d, ("07:00", "12:00"), ("12:30", "17:30")) if 2 <= d <= 5 else _weekday(d)
        for d in range(1, 8)
    )
    xml = f"""<?xml version="1.0" encoding="UTF-8"?>
<Project xmlns="{NS}"><Name>Hours</Name><StatusDate>2026-03-02T08:00:00</StatusDate>
<MinutesPerDay>480</MinutesPerDay><CalendarUID>1</CalendarUID>
<Calendars>
<Calendar><UID>1</UID><Name>Standard</Name><IsBaseCalendar>1</IsBaseCalendar>
<BaseCalendarUID>-1</BaseCalendarUID><WeekDays>{standard}</WeekDays></Calendar>
<Calendar><UID>2</UID><Name>Four tens</Name><IsBaseCalendar>1</IsBaseCalendar>
<BaseCalendarUID>-1</BaseCalendarUID><WeekDays>{tens}</WeekDays></Calendar>
<Calendar><UID>3</UID><Name>Four tens night</Name><IsBaseCalendar>0</IsBaseCalendar>
<BaseCalendarUID>2</BaseCalendarUID></Calendar>
</Calendars>
<Tasks>
{_task("1", "1", 40, slack=12000)}
{_task("2", "2", 40, slack=12000, pred="1", lag=6000)}
{_task("3", "3", 40, pred="2", lag=6000)}
{_task("4", "-1", 40)}
</Tasks></Project>"""
    path.write_text(xml, encoding="utf-8")
    return path


def test_mspdi_days_follow_each_calendars_hours(tmp_path: Path) -> None:
    p = read_programme(two_calendar_mspdi(tmp_path / "hours.xml"))
    hours = {c.name: (c.hours_per_day, c.work_week) for c in p.calendars}
    assert hours == {
        "Standard": (8, "1111100"),
        "Four tens": (10, "1111000"),
        "Four tens night": (10, "1111000"),
    }
    acts = {a.code: a for a in p.activities}
    assert acts["1"].original_duration == 5 and acts["1"].remaining_duration == Decimal("2.5")
    assert acts["2"].original_duration == 4 and acts["2"].remaining_duration == 2
    assert acts["3"].original_duration == 4 and acts["3"].calendar_code == "3"
    assert acts["4"].original_duration == 5 and acts["4"].calendar_code == "1"
    assert (acts["1"].total_float, acts["1"].free_float) == (Decimal("2.5"), Decimal("2.5"))
    assert (acts["2"].total_float, acts["2"].free_float) == (2, 2)
    lags = {(x.predecessor, x.successor): x.lag_days for x in p.links}
    assert lags == {("1", "2"): Decimal("1.25"), ("2", "3"): 1}  # on the predecessor's


def test_a_ten_hour_day_is_kept_and_read_back_from_the_store(tmp_path: Path) -> None:
    store = open_store(tmp_path / "data")
    try:
        projects.ensure_user(store, "rep", "Rep")
        pid = projects.create_project(
            store, projects.NewProject(code="H", name="Hours", owner_name="Owner")
        ).value.id
        import_schedule_file(store, pid, two_calendar_mspdi(tmp_path / "hours.xml"))
        data = queries.update_data(store, pid)
    finally:
        store.close()
    assert {c.code: c.hours_per_day for c in data.calendars} == {"1": 8, "2": 10, "3": 10}
    assert {a.code: a.original_duration for a in data.activities} == {
        "1": 5,
        "2": 4,
        "3": 4,
        "4": 5,
    }


def _ten_hour_xer(tmp_path: Path) -> Path:
    p = chain([4, 2])
    p.calendars = [ParsedCalendar("C", "Four tens", Decimal(10), "1111000")]
    p.links[1].lag_days = Decimal(1)
    return write_xer(p, tmp_path / "tens.xer")


def test_xer_day_hr_cnt_of_ten_hours(tmp_path: Path) -> None:
    path = _ten_hour_xer(tmp_path)
    text = path.read_text(encoding="utf-8")
    assert "\t10\t" in text and "\t40.0\t40.0\t" in text  # day_hr_cnt, 40 h of work
    assert "s|08:00|f|18:00" in text
    p = read_programme(path)
    assert [(c.hours_per_day, c.work_week) for c in p.calendars] == [(10, "1111000")]
    a1 = next(a for a in p.activities if a.code == "A1")
    assert (a1.original_duration, a1.remaining_duration) == (4, 4)
    assert p.links[1].lag_days == 1


def test_xer_without_day_hr_cnt_takes_the_working_periods(tmp_path: Path) -> None:
    path = _ten_hour_xer(tmp_path)
    text = path.read_text(encoding="utf-8").replace("\tFour tens\t10\t", "\tFour tens\t\t")
    path.write_text(text, encoding="utf-8")
    p = read_programme(path)
    assert p.calendars[0].hours_per_day == 10
    assert next(a for a in p.activities if a.code == "A1").original_duration == 4


# --- the shared corpus: 8-hour calendars read as before --------------------------------


def _mspdi_expected(path: Path) -> dict[str, Decimal] | None:
    """Task UID → Duration in 8-hour days, for a file whose day is 480 minutes."""
    root = ET.parse(path).getroot()  # the corpus is trusted: plain ElementTree
    if not root.tag.endswith("Project"):
        return None
    ns = root.tag[: -len("Project")]
    if (root.findtext(ns + "MinutesPerDay") or "480") != "480":
        return None
    out: dict[str, Decimal] = {}
    for task in root.iter(ns + "Task"):
        uid, text = task.findtext(ns + "UID"), task.findtext(ns + "Duration") or ""
        if uid and text.startswith("PT") and "H" in text:
            h, _, rest = text[2:].partition("H")
            m, _, s = rest.partition("M")
            minutes = Decimal(h) * 60 + Decimal(m) + Decimal(s.rstrip("S") or 0) / 60
            out[uid] = (minutes / 480).quantize(Decimal("0.01"))
    return out


def _xer_expected(path: Path) -> dict[str, Decimal]:
    """task_id → target duration in 8-hour days, for tasks on an 8-hour calendar."""
    table, fields = "", []
    eight: set[str] = set()
    out: dict[str, Decimal] = {}
    for raw in path.read_bytes().splitlines():
        cells = raw.decode("cp1252").split("\t")
        if cells[0] == "%T":
            table = cells[1]
        elif cells[0] == "%F":
            fields = cells
        elif cells[0] == "%R":
            row = dict(zip(fields, cells, strict=False))
            if table == "CALENDAR" and row.get("day_hr_cnt") in ("8", "8.0"):
                eight.add(row["clndr_id"])
            elif table == "TASK" and row.get("clndr_id") in eight and row["target_drtn_hr_cnt"]:
                hours = Decimal(row["target_drtn_hr_cnt"])
                out[row["task_id"]] = (hours / 8).quantize(Decimal("0.01"))
    return out


def test_eight_hour_calendars_of_the_corpus_read_as_before(shared_testdata: Path) -> None:
    checked = 0
    for path in sorted((shared_testdata / "interop" / "schedules").rglob("*.*")):
        expected = _xer_expected(path) if path.suffix == ".xer" else _mspdi_expected(path)
        if not expected:
            continue
        try:
            p = read_programme(path)
        except Exception:  # refused files are the other test's business
            continue
        eight = {c.code for c in p.calendars if c.hours_per_day == 8}
        for a in p.activities:
            if a.calendar_code in eight and a.source_id in expected:
                assert a.original_duration == expected[a.source_id], (path.name, a.code)
                checked += 1
    assert checked >= 200
