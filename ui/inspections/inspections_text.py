"""Translated names for inspection enums, shared by the inspection screens."""

from __future__ import annotations

import enum

from PySide6.QtCore import QCoreApplication

from executrek.models.errors import QT_TRANSLATE_NOOP
from executrek.models.human_numbers import number_text as number_text
from executrek.models.human_numbers import plain as plain
from executrek.models.records.inspection.model import (
    FailureAction,
    InspectionStatus,
    Outcome,
    ResponseType,
)

PASS_COLOUR = "#2E8540"
FAIL_COLOUR = "#C62828"
NA_COLOUR = "#6B7580"

# The words of the inspection enums' members (statuses, results, outcomes, response
# types, failure actions), marked in the context "Inspections". The enums are string
# enums keyed here by value: an ``InspectionResult`` reads as the ``Outcome`` of the
# same value ("Pass", "Fail").
_WORDS: dict[str, str] = {
    InspectionStatus.DRAFT: QT_TRANSLATE_NOOP("Inspections", "Draft"),
    InspectionStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("Inspections", "In progress"),
    InspectionStatus.COMPLETED: QT_TRANSLATE_NOOP("Inspections", "Completed"),
    InspectionStatus.VOID: QT_TRANSLATE_NOOP("Inspections", "Void"),
    Outcome.PASS: QT_TRANSLATE_NOOP("Inspections", "Pass"),
    Outcome.FAIL: QT_TRANSLATE_NOOP("Inspections", "Fail"),
    Outcome.NA: QT_TRANSLATE_NOOP("Inspections", "N/A"),
    Outcome.INFO: QT_TRANSLATE_NOOP("Inspections", "Noted"),
    ResponseType.PASS_FAIL_NA: QT_TRANSLATE_NOOP("Inspections", "Pass / Fail / N/A"),
    ResponseType.YES_NO: QT_TRANSLATE_NOOP("Inspections", "Yes / No"),
    ResponseType.NUMBER: QT_TRANSLATE_NOOP("Inspections", "Number with target"),
    ResponseType.TEXT: QT_TRANSLATE_NOOP("Inspections", "Text"),
    ResponseType.CHOICE: QT_TRANSLATE_NOOP("Inspections", "Choice"),
    FailureAction.PUNCH_ITEM: QT_TRANSLATE_NOOP("Inspections", "Raise a punch item"),
    FailureAction.ISSUE: QT_TRANSLATE_NOOP("Inspections", "Raise a contractor issue (NCR)"),
    FailureAction.NONE: QT_TRANSLATE_NOOP("Inspections", "Nothing"),
}


def inspection_word(member: enum.StrEnum | None) -> str:
    """The translated word of an inspection status, result, outcome, response type or
    failure action; "—" for no value (an inspection without a result yet)."""
    if member is None:
        return "—"
    return QCoreApplication.translate("Inspections", _WORDS[member])


def outcome_colour(outcome: Outcome | None) -> str | None:
    if outcome is Outcome.PASS:
        return PASS_COLOUR
    if outcome is Outcome.FAIL:
        return FAIL_COLOUR
    if outcome is Outcome.NA:
        return NA_COLOUR
    return None
