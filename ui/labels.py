"""Translated names for stored values (statuses, priorities, kinds) and the display
formats of money and dates. Every literal goes through ``translate("Labels", …)`` so
``pyside6-lupdate`` finds it."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QCoreApplication


def value_label(value: str | None) -> str:
    if value is None:
        return ""
    names = {
        "draft": QCoreApplication.translate("Labels", "Draft"),
        "open": QCoreApplication.translate("Labels", "Open"),
        "ready_for_review": QCoreApplication.translate("Labels", "Ready for review"),
        "rejected": QCoreApplication.translate("Labels", "Rejected"),
        "closed": QCoreApplication.translate("Labels", "Closed"),
        "void": QCoreApplication.translate("Labels", "Void"),
        "in_progress": QCoreApplication.translate("Labels", "In progress"),
        "completed": QCoreApplication.translate("Labels", "Completed"),
        "pass": QCoreApplication.translate("Labels", "Pass"),
        "fail": QCoreApplication.translate("Labels", "Fail"),
        "low": QCoreApplication.translate("Labels", "Low"),
        "medium": QCoreApplication.translate("Labels", "Medium"),
        "high": QCoreApplication.translate("Labels", "High"),
        "critical": QCoreApplication.translate("Labels", "Critical"),
        "pending": QCoreApplication.translate("Labels", "Pending"),
        "approved": QCoreApplication.translate("Labels", "Approved"),
        "promoted": QCoreApplication.translate("Labels", "Promoted"),
        "change_event": QCoreApplication.translate("Labels", "Change event"),
        "request": QCoreApplication.translate("Labels", "Change order request"),
        "change_order": QCoreApplication.translate("Labels", "Change order"),
        "owner_request": QCoreApplication.translate("Labels", "Owner request"),
        "design_error": QCoreApplication.translate("Labels", "Design error"),
        "unforeseen_condition": QCoreApplication.translate("Labels", "Unforeseen condition"),
        "regulatory": QCoreApplication.translate("Labels", "Regulatory"),
        "value_engineering": QCoreApplication.translate("Labels", "Value engineering"),
        "contractor_claim": QCoreApplication.translate("Labels", "Contractor claim"),
        "schedule_acceleration": QCoreApplication.translate("Labels", "Schedule acceleration"),
        "other": QCoreApplication.translate("Labels", "Other"),
        "observation": QCoreApplication.translate("Labels", "Observation"),
        "non_conformance": QCoreApplication.translate("Labels", "Non-conformance (NCR)"),
        "rfi": QCoreApplication.translate("Labels", "RFI"),
        "safety": QCoreApplication.translate("Labels", "Safety"),
        "quality": QCoreApplication.translate("Labels", "Quality"),
        "schedule": QCoreApplication.translate("Labels", "Schedule"),
        "responded": QCoreApplication.translate("Labels", "Responded"),
        "contractor": QCoreApplication.translate("Labels", "Contractor"),
        "owners_rep": QCoreApplication.translate("Labels", "Owner's rep"),
        "designer": QCoreApplication.translate("Labels", "Designer"),
        "owner": QCoreApplication.translate("Labels", "Owner"),
        "mitigating": QCoreApplication.translate("Labels", "Mitigating"),
        "occurred": QCoreApplication.translate("Labels", "Occurred"),
        "cost": QCoreApplication.translate("Labels", "Cost"),
        "scope": QCoreApplication.translate("Labels", "Scope"),
        "submit": QCoreApplication.translate("Labels", "Submitted"),
        "approve": QCoreApplication.translate("Labels", "Approved"),
        "reject": QCoreApplication.translate("Labels", "Rejected"),
        "revise": QCoreApplication.translate("Labels", "Revised"),
        "promote": QCoreApplication.translate("Labels", "Promoted"),
        "general_contractor": QCoreApplication.translate("Labels", "General contractor"),
        "subcontractor": QCoreApplication.translate("Labels", "Subcontractor"),
        "consultant": QCoreApplication.translate("Labels", "Consultant"),
        "supplier": QCoreApplication.translate("Labels", "Supplier"),
        "pmo": QCoreApplication.translate("Labels", "PMO"),
        "site": QCoreApplication.translate("Labels", "Site"),
        "building": QCoreApplication.translate("Labels", "Building"),
        "floor": QCoreApplication.translate("Labels", "Floor"),
        "room": QCoreApplication.translate("Labels", "Room"),
        "area": QCoreApplication.translate("Labels", "Area"),
        "zone": QCoreApplication.translate("Labels", "Zone"),
    }
    return names.get(value, value.replace("_", " ").capitalize())


# Text colours of record statuses on the light theme (the light scheme's own table);
# ``theme.apply`` swaps the live tables below to the scheme in use (lighter on the dark
# theme), so each stays at 4.5:1 or better.
LIGHT_STATUS_TEXT = {
    "draft": "#5F6B76",
    "open": "#1F5FA8",
    "ready_for_review": "#8E44AD",
    "rejected": "#C62828",
    "closed": "#2B7A3B",
    "void": "#5F6B76",
    "pending": "#9A5A00",
    "approved": "#2B7A3B",
    "promoted": "#00747F",
    "responded": "#8E44AD",
    "mitigating": "#9A5A00",
    "occurred": "#C62828",
    "critical": "#C62828",
    "high": "#9A5A00",
}

LIGHT_RAG_TEXT = {"green": "#2E8540", "amber": "#9A5A00", "red": "#C62828"}

# The live tables the screens read; keys of RAG_COLOURS are ``Rag`` values.
STATUS_COLOURS = dict(LIGHT_STATUS_TEXT)
RAG_COLOURS = dict(LIGHT_RAG_TEXT)


def money(amount: Decimal | float | int, currency: str = "") -> str:
    text = f"{Decimal(amount):,.2f}"
    return f"{currency} {text}".strip()


def money_short(amount: Decimal | float | int, currency: str = "") -> str:
    text = f"{Decimal(amount):,.0f}"
    return f"{currency} {text}".strip()


def day(value: dt.date | None) -> str:
    if value is None:
        return ""
    return value.isoformat()


def when(value: dt.datetime | None) -> str:
    if value is None:
        return ""
    return value.astimezone().strftime("%Y-%m-%d %H:%M")
