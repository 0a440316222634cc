"""Translated names for inspection enums and domain messages, shared by the
inspection screens."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from executrek.models.errors import DomainError
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


def _tr(text: str) -> str:
    return QCoreApplication.translate("Inspections", text)


def status_text(status: InspectionStatus) -> str:
    return {
        InspectionStatus.DRAFT: _tr("Draft"),
        InspectionStatus.IN_PROGRESS: _tr("In progress"),
        InspectionStatus.COMPLETED: _tr("Completed"),
        InspectionStatus.VOID: _tr("Void"),
    }[status]


def result_text(result: InspectionResult | None) -> str:
    if result is None:
        return "—"
    return {InspectionResult.PASS: _tr("Pass"), InspectionResult.FAIL: _tr("Fail")}[result]


def outcome_text(outcome: Outcome) -> str:
    return {
        Outcome.PASS: _tr("Pass"),
        Outcome.FAIL: _tr("Fail"),
        Outcome.NA: _tr("N/A"),
        Outcome.INFO: _tr("Noted"),
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
        ResponseType.PASS_FAIL_NA: _tr("Pass / Fail / N/A"),
        ResponseType.YES_NO: _tr("Yes / No"),
        ResponseType.NUMBER: _tr("Number with target"),
        ResponseType.TEXT: _tr("Text"),
        ResponseType.CHOICE: _tr("Choice"),
    }[rtype]


def failure_action_text(action: FailureAction) -> str:
    return {
        FailureAction.PUNCH_ITEM: _tr("Raise a punch item"),
        FailureAction.ISSUE: _tr("Raise a contractor issue (NCR)"),
        FailureAction.NONE: _tr("Nothing"),
    }[action]


def domain_message(exc: DomainError, field_label: str | None = None) -> str:
    """The error's template translated in its context, then filled in (``field`` replaced
    by ``field_label`` when given)."""
    params = dict(exc.params)
    if field_label is not None:
        params["field"] = field_label
    template = QCoreApplication.translate(exc.context, exc.template)
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        return exc.message
