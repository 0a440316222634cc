"""Translated names for inspection enums, shared by the inspection screens."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from executrek.models.human_numbers import number_text as number_text
from executrek.models.human_numbers import plain as plain
from executrek.models.records.inspection.model import (
    FailureAction,
    InspectionResult,
    InspectionStatus,
    Outcome,
    ResponseType,
)

PASS_COLOUR = "#2E8540"
FAIL_COLOUR = "#C62828"
NA_COLOUR = "#6B7580"


def status_text(status: InspectionStatus) -> str:
    return {
        InspectionStatus.DRAFT: QCoreApplication.translate("Inspections", "Draft"),
        InspectionStatus.IN_PROGRESS: QCoreApplication.translate("Inspections", "In progress"),
        InspectionStatus.COMPLETED: QCoreApplication.translate("Inspections", "Completed"),
        InspectionStatus.VOID: QCoreApplication.translate("Inspections", "Void"),
    }[status]


def result_text(result: InspectionResult | None) -> str:
    if result is None:
        return "—"
    return {
        InspectionResult.PASS: QCoreApplication.translate("Inspections", "Pass"),
        InspectionResult.FAIL: QCoreApplication.translate("Inspections", "Fail"),
    }[result]


def outcome_text(outcome: Outcome) -> str:
    return {
        Outcome.PASS: QCoreApplication.translate("Inspections", "Pass"),
        Outcome.FAIL: QCoreApplication.translate("Inspections", "Fail"),
        Outcome.NA: QCoreApplication.translate("Inspections", "N/A"),
        Outcome.INFO: QCoreApplication.translate("Inspections", "Noted"),
    }[outcome]


def outcome_colour(outcome: Outcome | None) -> str | None:
    if outcome is Outcome.PASS:
        return PASS_COLOUR
    if outcome is Outcome.FAIL:
        return FAIL_COLOUR
    if outcome is Outcome.NA:
        return NA_COLOUR
    return None


def response_type_text(rtype: ResponseType) -> str:
    return {
        ResponseType.PASS_FAIL_NA: QCoreApplication.translate("Inspections", "Pass / Fail / N/A"),
        ResponseType.YES_NO: QCoreApplication.translate("Inspections", "Yes / No"),
        ResponseType.NUMBER: QCoreApplication.translate("Inspections", "Number with target"),
        ResponseType.TEXT: QCoreApplication.translate("Inspections", "Text"),
        ResponseType.CHOICE: QCoreApplication.translate("Inspections", "Choice"),
    }[rtype]


def failure_action_text(action: FailureAction) -> str:
    return {
        FailureAction.PUNCH_ITEM: QCoreApplication.translate("Inspections", "Raise a punch item"),
        FailureAction.ISSUE: QCoreApplication.translate(
            "Inspections", "Raise a contractor issue (NCR)"
        ),
        FailureAction.NONE: QCoreApplication.translate("Inspections", "Nothing"),
    }[action]
