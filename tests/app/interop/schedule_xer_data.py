"""A P6 XER file of several projects, built in code: NORTH and SOUTH (each a chain of
tasks between two milestones on its own calendar) and a global calendar nobody uses,
with relationships from one project to the other."""

from __future__ import annotations

import dataclasses
import datetime as dt
import sys
from decimal import Decimal
from pathlib import Path

from executrek.app.interop.schedule_xer_write import projects_lines
from executrek.models.records.schedule.programme import ParsedCalendar, ParsedLink, Programme

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "models"))
from schedule_data import START, chain

NORTH_NAME = "North wing"


def renamed(p: Programme, prefix: str, calendar: ParsedCalendar) -> Programme:
    """``p`` with ids, codes and WBS of its own (``prefix``) on ``calendar``."""
    acts = [
        dataclasses.replace(
            a,
            source_id=prefix + a.source_id,
            code=prefix + a.code,
            wbs_path=f"{prefix}.W" if a.wbs_path else None,
            calendar_code=calendar.code,
        )
        for a in p.activities
    ]
    links = [
        dataclasses.replace(
            x,
            source_id=prefix + x.source_id,
            predecessor=prefix + x.predecessor,
            successor=prefix + x.successor,
        )
        for x in p.links
    ]
    return dataclasses.replace(
        p, activities=acts, links=links, calendars=[calendar], default_calendar=calendar.code
    )


def several_projects(path: Path) -> Path:
    """NORTH (5 activities, 4 relationships, data date START, an 8-hour calendar),
    SOUTH (4 activities, 3 relationships, a week later, a 10-hour calendar) and two
    relationships between them; a third, global calendar is used by neither."""
    north = renamed(
        chain([5, 10, 5], name="NORTH"),
        "N",
        ParsedCalendar("N8", "North 5-day", Decimal(8), "1111100"),
    )
    south = renamed(
        chain([3, 6], name="SOUTH", data_date=START + dt.timedelta(days=7)),
        "S",
        ParsedCalendar("S10", "South 4x10", Decimal(10), "1111000"),
    )
    spare = ParsedCalendar("G", "Global 7-day", Decimal(8), "1111111")
    south.calendars.append(spare)  # written with SOUTH, but used by no activity
    cross = [ParsedLink("X1", "N2", "S1"), ParsedLink("X2", "S99", "N99")]
    text = "\n".join(projects_lines([north, south], cross_links=cross))
    # the project node of NORTH names it differently from its short name
    text = text.replace("\tNORTH\tNORTH\tY\t", f"\tNORTH\t{NORTH_NAME}\tY\t")
    # the spare calendar is a global one (no project)
    text = "\n".join(
        line.rpartition("\t")[0] + "\t" if line.startswith("%R\tG\t") else line
        for line in text.split("\n")
    )
    path.write_text(text + "\n", encoding="utf-8", newline="\r\n")
    return path
