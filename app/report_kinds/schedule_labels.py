"""The words of the schedule, for the schedule page and the schedule report alike (one
table, so the screen and the paper say the same): the DCMA points' titles and
thresholds, pass or fail, stored values (update, activity and delay statuses, who
carries a delay) and the headings of an update's comparison.

Every literal goes through ``translate("Schedule", …)`` so ``pyside6-lupdate`` finds it.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from executrek.app.i18n import translate
from executrek.models.records.schedule.quality import Point


def _titles() -> dict[str, str]:
    return {
        "logic": translate("Schedule", "Missing logic"),
        "leads": translate("Schedule", "Leads (negative lags)"),
        "lags": translate("Schedule", "Lags"),
        "relationship_types": translate("Schedule", "Relationship types (finish-to-start)"),
        "hard_constraints": translate("Schedule", "Hard constraints"),
        "high_float": translate("Schedule", "High float (> 44 working days)"),
        "negative_float": translate("Schedule", "Negative float"),
        "high_duration": translate("Schedule", "High duration (> 44 working days)"),
        "invalid_dates": translate("Schedule", "Invalid dates"),
        "resources": translate("Schedule", "Resources"),
        "missed": translate("Schedule", "Missed activities"),
        "critical_path_test": translate("Schedule", "Critical path test"),
        "cpli": translate("Schedule", "Critical path length index (CPLI)"),
        "bei": translate("Schedule", "Baseline execution index (BEI)"),
    }


def point_title(key: str, title: str) -> str:
    """A DCMA point's title by its key (``title``, the core's English, if unknown)."""
    return _titles().get(key, title)


def threshold(text: str) -> str:
    """A point's threshold as the core writes it ("≤ 5 %", "report only"), in words."""
    words = {
        "report only": translate("Schedule", "reported only"),
        "passes": translate("Schedule", "finish moves as much"),
        "≥ 90 % FS": translate("Schedule", "≥ 90 % finish-to-start"),
    }
    return words.get(text, text)


def verdict(passed: bool | None) -> str:
    if passed is None:
        return translate("Schedule", "Reported")
    return translate("Schedule", "Pass") if passed else translate("Schedule", "Fail")


def measure(point: Point) -> str:
    """The point's measure as its threshold reads it: "16.7 %", "8", "0.88", "—"."""
    if point.value is None:
        return "—"
    if point.unit == "%":
        return f"{point.value} %"
    return f"{point.value.normalize():f}" if point.unit == "count" else f"{point.value}"


def _values() -> dict[str, str]:
    return {
        # the review of an update
        "submitted": translate("Schedule", "Submitted"),
        "accepted": translate("Schedule", "Accepted"),
        "rejected": translate("Schedule", "Rejected"),
        # activities
        "not_started": translate("Schedule", "Not started"),
        "in_progress": translate("Schedule", "In progress"),
        "complete": translate("Schedule", "Complete"),
        "task": translate("Schedule", "Task"),
        "milestone": translate("Schedule", "Milestone"),
        "loe": translate("Schedule", "Level of effort"),
        "summary": translate("Schedule", "Summary"),
        # delay events
        "notified": translate("Schedule", "Notified"),
        "claimed": translate("Schedule", "Claimed"),
        "granted": translate("Schedule", "Granted"),
        "withdrawn": translate("Schedule", "Withdrawn"),
        "owner": translate("Schedule", "Owner"),
        "contractor": translate("Schedule", "Contractor"),
        "neutral": translate("Schedule", "Neutral (weather, force majeure)"),
        "undetermined": translate("Schedule", "Undetermined"),
    }


def value_word(value: str | None) -> str:
    """A stored value in words (``in_progress`` → "In progress")."""
    if not value:
        return ""
    return _values().get(value, value.replace("_", " ").capitalize())


def section_titles() -> dict[str, str]:
    """The headings of a comparison, by the ``Comparison`` field each lists."""
    return {
        "milestones": translate("Schedule", "Milestones"),
        "slipped": translate("Schedule", "Slipped most"),
        "float_consumed": translate("Schedule", "Float consumed"),
        "entered_critical": translate("Schedule", "Entered the critical path"),
        "left_critical": translate("Schedule", "Left the critical path"),
        "links_added": translate("Schedule", "Relationships added"),
        "links_removed": translate("Schedule", "Relationships removed"),
        "durations_changed": translate("Schedule", "Durations changed"),
        "activities_added": translate("Schedule", "Activities added"),
        "activities_removed": translate("Schedule", "Activities removed"),
        "progress": translate("Schedule", "Progress claimed"),
    }


def days_text(days: Decimal | int | None) -> str:
    """Working days as a plain number ("-21", "4.5"), "" for none."""
    if days is None:
        return ""
    return f"{Decimal(days).normalize():f}"


def signed(days: int | Decimal | None) -> str:
    """A movement in days with its sign ("+11", "-3", "0")."""
    if days is None:
        return ""
    value = Decimal(days).normalize()
    return f"+{value:f}" if value > 0 else f"{value:f}"


def date_text(value: dt.date | None) -> str:
    return value.isoformat() if value is not None else ""
