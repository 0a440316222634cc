"""Microsoft Project XML (MSPDI), read as a stream with ``defusedxml``: each task,
calendar and assignment is mapped when its element ends and then dropped, so memory
follows the activities kept, not the file. DTDs and entity declarations are refused
(billion laughs, external entities) before anything expands. Pure parsing: the result is
a ``programme.Programme``; nothing touches the store.

What is read: ``Project`` (name, status date, minutes per day, default calendar),
``Calendars`` (working weekdays and their working times, exceptions without working
times as holidays, base calendars inherited), ``ExtendedAttributes`` (custom field
names), ``Tasks`` (the project summary task and blank rows skipped; summaries kept as
WBS nodes), ``PredecessorLink``
(``Type`` 0 FF, 1 FS, 2 SF, 3 SS; lags in tenths of minutes) and ``Assignments``
(resources per task). Durations, floats and lags are working minutes: made days with
the hours a day of the activity's calendar (a lag: the predecessor's), once the whole
file is read.
"""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

import defusedxml
import defusedxml.ElementTree as DET

from executrek.app.i18n import translate
from executrek.app.interop.errors import UnsafeContentError
from executrek.app.interop.safe_xml import child_text, find_child, find_children, local_name
from executrek.app.interop.schedule_values import day, number, refused
from executrek.models.records.schedule.programme import (
    ParsedActivity,
    ParsedCalendar,
    ParsedLink,
    Programme,
)
from executrek.models.records.schedule.vocab import (
    ActivityKind,
    ActivityStatus,
    Constraint,
    LinkKind,
    SourceFormat,
)

LINK_TYPES = {"0": LinkKind.FF, "1": LinkKind.FS, "2": LinkKind.SF, "3": LinkKind.SS}
CONSTRAINTS = {
    "0": Constraint.ASAP,
    "1": Constraint.ALAP,
    "2": Constraint.MSO,
    "3": Constraint.MFO,
    "4": Constraint.SNET,
    "5": Constraint.SNLT,
    "6": Constraint.FNET,
    "7": Constraint.FNLT,
}
PERCENT_LAGS = {"19", "20", "51", "52"}  # lag formats in percent of the predecessor
_DURATION = re.compile(r"^(-)?PT(\d+(?:\.\d+)?)H(\d+(?:\.\d+)?)M(\d+(?:\.\d+)?)S$")
_NO_RESOURCE = "-65535"


@dataclass
class _State:
    """What is gathered while the file streams past."""

    minutes_per_day: Decimal = Decimal(480)
    project_name: str | None = None
    status_date: dt.date | None = None
    current_date: dt.date | None = None
    default_calendar: str | None = None
    calendars: dict[str, _Calendar] = field(default_factory=dict)
    fields: dict[str, str] = field(default_factory=dict)  # FieldID → name
    activities: list[ParsedActivity] = field(default_factory=list)
    links: list[ParsedLink] = field(default_factory=list)
    # working minutes as the file states them, made days on the calendar at the end:
    # per activity (duration, remaining, total float, free float), per link its lag
    minutes: list[tuple[Decimal | None, ...]] = field(default_factory=list)
    lags: list[Decimal | None] = field(default_factory=list)
    summaries: dict[str, tuple[str, str]] = field(default_factory=dict)  # outline → WBS, name
    resources: dict[str, int] | None = None
    seen_root: bool = False


def read_mspdi(path: Path) -> Programme:
    """The programme in the MS Project XML file ``path``."""
    state = _State()
    stack: list[ET.Element] = []
    try:
        for event, elem in DET.iterparse(str(path), events=("start", "end"), forbid_dtd=True):
            if event == "start":
                if not stack and local_name(elem.tag) != "Project":
                    raise refused(
                        path, translate("Interop", "“{file}” is not a Microsoft Project XML file.")
                    )
                stack.append(elem)
                continue
            stack.pop()
            _ended(state, elem, stack)
    except defusedxml.DefusedXmlException as exc:
        raise UnsafeContentError(
            translate(
                "Interop",
                "“{file}” uses XML features (a DTD or entity declarations) that are refused "
                "for safety.",
            ).format(file=path.name)
        ) from exc
    except (ET.ParseError, UnicodeError) as exc:
        raise refused(
            path,
            translate("Interop", "“{file}” is not well-formed XML ({detail})."),
            detail=str(exc),
        )
    calendars = [
        _inherit(c, state.calendars, state.minutes_per_day) for c in state.calendars.values()
    ]
    _to_days(state, calendars)
    if state.resources is not None:
        for a in state.activities:
            a.resource_count = state.resources.get(a.source_id, 0)
    warnings = []
    data_date = state.status_date
    if data_date is None and state.current_date is not None:
        data_date = state.current_date
        warnings.append("The file has no status date; its current date is taken as the data date.")
    return Programme(
        format=SourceFormat.MSPDI,
        project_name=state.project_name,
        data_date=data_date,
        calendars=calendars,
        activities=state.activities,
        links=state.links,
        default_calendar=state.default_calendar,
        warnings=warnings,
    )


def _ended(state: _State, elem: ET.Element, stack: list[ET.Element]) -> None:
    """Map an element that just ended, and drop it when it was a big one."""
    name = local_name(elem.tag)
    depth = len(stack)
    parent = local_name(stack[-1].tag) if stack else ""
    if depth == 1:  # a child of Project
        _project_field(state, name, elem.text or "")
        if name in ("Tasks", "Calendars", "Assignments", "Resources", "ExtendedAttributes"):
            stack[-1].remove(elem)
        return
    if depth != 2:
        return
    if parent == "Tasks" and name == "Task":
        _task(state, elem)
    elif parent == "Calendars" and name == "Calendar":
        cal = _calendar(elem)
        if cal is not None:
            state.calendars[cal.calendar.code] = cal
    elif parent == "Assignments" and name == "Assignment":
        task, resource = child_text(elem, "TaskUID"), child_text(elem, "ResourceUID")
        if state.resources is None:
            state.resources = {}
        if task and resource and resource != _NO_RESOURCE:
            state.resources[task] = state.resources.get(task, 0) + 1
    elif parent == "ExtendedAttributes" and name == "ExtendedAttribute":
        fid = child_text(elem, "FieldID")
        label = child_text(elem, "Alias") or child_text(elem, "FieldName")
        if fid and label:
            state.fields[fid] = label
    elif parent == "Assignments" or parent == "Resources":
        pass
    else:
        return
    stack[-1].remove(elem)


def _project_field(state: _State, name: str, text: str) -> None:
    if name == "MinutesPerDay" and (value := number(text)) and value > 0:
        state.minutes_per_day = value
    elif name == "Name" and state.project_name is None:
        state.project_name = text or None
    elif name == "Title" and text:
        state.project_name = text
    elif name == "StatusDate":
        state.status_date = day(text)
    elif name == "CurrentDate":
        state.current_date = day(text)
    elif name == "CalendarUID":
        state.default_calendar = text or None


def _minutes(text: str | None) -> Decimal | None:
    """``PT16H0M0S`` → 960 working minutes."""
    if not text:
        return None
    m = _DURATION.match(text.strip())
    if m is None:
        return None
    minutes = Decimal(m.group(2)) * 60 + Decimal(m.group(3)) + Decimal(m.group(4)) / 60
    return -minutes if m.group(1) else minutes


def _tenths(text: str | None) -> Decimal | None:
    """Tenths of a minute (slack, lags) → minutes."""
    value = number(text)
    return None if value is None else value / 10


def _days(minutes: Decimal | None, per_day: Decimal) -> Decimal | None:
    return None if minutes is None else (minutes / per_day).quantize(Decimal("0.01"))


def _to_days(state: _State, calendars: list[ParsedCalendar]) -> None:
    """Durations and floats in working days of each activity's calendar, lags of the
    predecessor's (the calendar the forward pass lays a lag on); an activity on no
    calendar of the file takes the project's minutes a day."""
    per_day = {c.code: c.hours_per_day * 60 for c in calendars}
    minutes_of: dict[str, Decimal] = {}
    for a, (duration, remaining, total, free) in zip(state.activities, state.minutes, strict=True):
        mpd = per_day.get(a.calendar_code or "", state.minutes_per_day)
        minutes_of[a.source_id] = mpd
        a.original_duration = _days(duration, mpd)
        a.remaining_duration = _days(remaining, mpd)
        a.total_float = _days(total, mpd)
        a.free_float = _days(free, mpd)
    for link, lag in zip(state.links, state.lags, strict=True):
        mpd = minutes_of.get(link.predecessor, state.minutes_per_day)
        link.lag_days = _days(lag, mpd) or Decimal(0)


def _task(state: _State, t: ET.Element) -> None:
    uid = child_text(t, "UID")
    if not uid or child_text(t, "IsNull") == "1" or child_text(t, "OutlineLevel") == "0":
        return
    outline = child_text(t, "OutlineNumber") or ""
    name = child_text(t, "Name") or ""
    summary = child_text(t, "Summary") == "1"
    milestone = child_text(t, "Milestone") == "1"
    if summary:
        state.summaries[outline] = (child_text(t, "WBS") or outline, name)
    parent_wbs = state.summaries.get(outline.rpartition(".")[0]) if "." in outline else None
    actual_start, actual_finish = (
        day(child_text(t, "ActualStart")),
        day(child_text(t, "ActualFinish")),
    )
    pct = number(child_text(t, "PercentComplete"))
    if actual_finish is not None:
        status = ActivityStatus.COMPLETE
    elif actual_start is not None or (pct is not None and pct > 0):
        status = ActivityStatus.IN_PROGRESS
    else:
        status = ActivityStatus.NOT_STARTED
    planned_start = planned_finish = None
    for base in find_children(t, "Baseline"):
        if child_text(base, "Number") in ("0", None):
            planned_start = day(child_text(base, "Start"))
            planned_finish = day(child_text(base, "Finish"))
            break
    codes: dict[str, str] = {}
    task_id = child_text(t, "ID")
    if task_id:
        codes["ID"] = task_id
    for attr in find_children(t, "ExtendedAttribute"):
        fid, value = child_text(attr, "FieldID"), child_text(attr, "Value")
        if fid and value is not None:
            codes[state.fields.get(fid, fid)] = value
    calendar = child_text(t, "CalendarUID")
    state.minutes.append(
        (
            _minutes(child_text(t, "Duration")),
            _minutes(child_text(t, "RemainingDuration")),
            _tenths(child_text(t, "TotalSlack")),
            _tenths(child_text(t, "FreeSlack")),
        )
    )
    state.activities.append(
        ParsedActivity(
            source_id=uid,
            code=uid,
            name=name,
            kind=ActivityKind.SUMMARY
            if summary
            else ActivityKind.MILESTONE
            if milestone
            else ActivityKind.TASK,
            status=status,
            wbs_path=parent_wbs[0] if parent_wbs else None,
            wbs_name=parent_wbs[1] if parent_wbs else None,
            calendar_code=calendar if calendar and calendar != "-1" else state.default_calendar,
            start=day(child_text(t, "Start")),
            finish=day(child_text(t, "Finish")),
            planned_start=planned_start,
            planned_finish=planned_finish,
            early_start=day(child_text(t, "EarlyStart")),
            early_finish=day(child_text(t, "EarlyFinish")),
            late_start=day(child_text(t, "LateStart")),
            late_finish=day(child_text(t, "LateFinish")),
            actual_start=actual_start,
            actual_finish=actual_finish,
            pct_duration=pct,
            pct_physical=number(child_text(t, "PhysicalPercentComplete")),
            critical=child_text(t, "Critical") == "1" and status is not ActivityStatus.COMPLETE,
            constraint_type=CONSTRAINTS.get(child_text(t, "ConstraintType") or ""),
            constraint_date=day(child_text(t, "ConstraintDate")),
            codes=codes,
        )
    )
    for link in find_children(t, "PredecessorLink"):
        pred = child_text(link, "PredecessorUID")
        if not pred or child_text(link, "CrossProject") == "1":
            continue
        percent = (child_text(link, "LagFormat") or "") in PERCENT_LAGS
        state.lags.append(None if percent else _tenths(child_text(link, "LinkLag")))
        state.links.append(
            ParsedLink(
                source_id=f"{pred}→{uid}",
                predecessor=pred,
                successor=uid,
                kind=LINK_TYPES.get(child_text(link, "Type") or "1", LinkKind.FS),
            )
        )


@dataclass
class _Calendar:
    """A calendar as stated: weekdays it leaves to its base are ``?``, and the working
    minutes of each weekday (None: not stated, or a working day without times)."""

    calendar: ParsedCalendar
    base: str | None
    minutes: list[Decimal | None]


def _calendar(c: ET.Element) -> _Calendar | None:
    """A calendar, its base calendar's UID and its weekdays' working minutes; weekdays
    it does not state are marked ``?`` and taken from the base (``_inherit``)."""
    uid = child_text(c, "UID")
    if not uid:
        return None
    week = ["?"] * 7
    minutes: list[Decimal | None] = [None] * 7
    holidays: list[dt.date] = []
    days = find_child(c, "WeekDays")
    for wd in find_children(days, "WeekDay") if days is not None else []:
        day_type = child_text(wd, "DayType") or ""
        working = child_text(wd, "DayWorking") == "1"
        if day_type in {"1", "2", "3", "4", "5", "6", "7"}:
            i = (int(day_type) + 5) % 7
            week[i] = "1" if working else "0"
            minutes[i] = _working_minutes(wd) if working else Decimal(0)
        elif day_type == "0" and not working:
            holidays += _period_days(find_child(wd, "TimePeriod"))
    exceptions = find_child(c, "Exceptions")
    for ex in find_children(exceptions, "Exception") if exceptions is not None else []:
        if child_text(ex, "DayWorking") != "1":
            holidays += _period_days(find_child(ex, "TimePeriod"))
    base = child_text(c, "BaseCalendarUID")
    return _Calendar(
        ParsedCalendar(
            code=uid,
            name=child_text(c, "Name") or uid,
            hours_per_day=Decimal(0),  # set by _inherit
            work_week="".join(week),
            holidays=tuple(holidays),
        ),
        base if base and base != "-1" else None,
        minutes,
    )


def _working_minutes(weekday: ET.Element) -> Decimal | None:
    """The minutes of a weekday's ``WorkingTimes`` (``ToTime`` 00:00 is midnight);
    None when it states none."""
    times = find_child(weekday, "WorkingTimes")
    total = 0
    for wt in find_children(times, "WorkingTime") if times is not None else []:
        start, end = _clock(child_text(wt, "FromTime")), _clock(child_text(wt, "ToTime"))
        if start is not None and end is not None:
            total += end - start if end > start else end + 1440 - start
    return Decimal(total) if total else None


def _clock(text: str | None) -> int | None:
    """``08:30:00`` → 510 minutes after midnight."""
    parts = (text or "").split(":")
    try:
        return int(parts[0]) * 60 + int(parts[1]) if len(parts) >= 2 else None
    except ValueError:
        return None


MAX_HOLIDAY_SPAN = 3660  # days of one exception kept as holidays (ten years)


def _period_days(period: ET.Element | None) -> list[dt.date]:
    if period is None:
        return []
    start = day(child_text(period, "FromDate"))
    end = day(child_text(period, "ToDate"))
    if start is None or end is None or end < start:
        return []
    span = min((end - start).days, MAX_HOLIDAY_SPAN)
    return [start + dt.timedelta(days=i) for i in range(span + 1)]


def _inherit(
    cal: _Calendar, calendars: dict[str, _Calendar], minutes_per_day: Decimal
) -> ParsedCalendar:
    """Weekdays the calendar leaves open come from its base calendar (Monday–Friday
    when there is none), with their working times; the base's holidays are added to its
    own. Its hours a day: the average working day of its week (a working day without
    times: the project's ``MinutesPerDay``)."""
    week = list(cal.calendar.work_week)
    minutes = list(cal.minutes)
    holidays = list(cal.calendar.holidays)
    base = cal.base
    seen = {cal.calendar.code}
    while "?" in week and base is not None and base in calendars and base not in seen:
        seen.add(base)
        parent = calendars[base]
        for i, w in enumerate(week):
            if w == "?":
                week[i], minutes[i] = parent.calendar.work_week[i], parent.minutes[i]
        holidays += parent.calendar.holidays
        base = parent.base
    week = [d if w == "?" else w for w, d in zip(week, "1111100", strict=True)]
    worked = [m or minutes_per_day for w, m in zip(week, minutes, strict=True) if w == "1"]
    average = sum(worked, Decimal(0)) / len(worked) if worked else minutes_per_day
    return ParsedCalendar(
        cal.calendar.code,
        cal.calendar.name,
        (average / 60).quantize(Decimal("0.01")),
        "".join(week),
        tuple(sorted(set(holidays))),
    )
