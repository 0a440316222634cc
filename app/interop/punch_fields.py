"""Our punch-item fields, statuses and priorities, and the plain record both import and export use."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from types import MappingProxyType

from executrek.app.i18n import translate

# One vocabulary for the store, the screens, the reports and the files (models/vocab.py).
from executrek.models.vocab import Priority as PunchPriority
from executrek.models.vocab import PunchStatus as PunchStatus

LOCATION_SEPARATOR = " > "
# Longest title a punch item holds (the punch_items.title column).
MAX_TITLE_LENGTH = 300
# Longest description; longest name of a location level, trade, contractor or person.
MAX_DESCRIPTION_LENGTH = 20000
MAX_NAME_LENGTH = 200


class PunchField(StrEnum):
    NUMBER = "number"
    TITLE = "title"
    DESCRIPTION = "description"
    LOCATION = "location"
    TRADE = "trade"
    RESPONSIBLE_CONTRACTOR = "responsible_contractor"
    PRIORITY = "priority"
    STATUS = "status"
    DUE_DATE = "due_date"
    CREATED_DATE = "created_date"
    ASSIGNEE = "assignee"
    EXTERNAL_ID = "external_id"
    CREATED_BY = "created_by"
    MANAGER = "manager"
    FINAL_APPROVER = "final_approver"


REQUIRED_FIELDS: frozenset[PunchField] = frozenset({PunchField.TITLE})
DATE_FIELDS: tuple[PunchField, ...] = (PunchField.DUE_DATE, PunchField.CREATED_DATE)


@dataclass(frozen=True)
class PunchRecord:
    """One punch item as a file carries it: what :func:`validate` yields and the writers take.

    ``location`` is the path from the outermost place inward
    (``("Building A", "Level 2", "Room 201")``). ``extra`` keeps source columns that
    map to none of our fields (header → text), so nothing a user typed is lost and a
    vendor file written back out keeps its other columns.
    """

    title: str
    number: str | None = None
    description: str | None = None
    location: tuple[str, ...] = ()
    trade: str | None = None
    responsible_contractor: str | None = None
    priority: PunchPriority | None = None
    status: PunchStatus | None = None
    due_date: date | None = None
    created_date: date | None = None
    assignee: str | None = None
    external_id: str | None = None
    created_by: str | None = None
    manager: str | None = None
    final_approver: str | None = None
    extra: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))

    @property
    def location_path(self) -> str:
        return join_location(self.location)


def split_location(text: str) -> tuple[str, ...]:
    """``"Building A > Level 2 > Room 201"`` → ``("Building A", "Level 2", "Room 201")``."""
    return tuple(part.strip() for part in text.split(">") if part.strip())


def join_location(parts: tuple[str, ...]) -> str:
    return LOCATION_SEPARATOR.join(parts)


def field_label(punch_field: PunchField) -> str:
    """The field's name as used in messages ("due date")."""
    labels = {
        PunchField.NUMBER: translate("Interop", "number"),
        PunchField.TITLE: translate("Interop", "title"),
        PunchField.DESCRIPTION: translate("Interop", "description"),
        PunchField.LOCATION: translate("Interop", "location"),
        PunchField.TRADE: translate("Interop", "trade"),
        PunchField.RESPONSIBLE_CONTRACTOR: translate("Interop", "responsible contractor"),
        PunchField.PRIORITY: translate("Interop", "priority"),
        PunchField.STATUS: translate("Interop", "status"),
        PunchField.DUE_DATE: translate("Interop", "due date"),
        PunchField.CREATED_DATE: translate("Interop", "created date"),
        PunchField.ASSIGNEE: translate("Interop", "assignee"),
        PunchField.EXTERNAL_ID: translate("Interop", "external id"),
        PunchField.CREATED_BY: translate("Interop", "created by"),
        PunchField.MANAGER: translate("Interop", "manager"),
        PunchField.FINAL_APPROVER: translate("Interop", "final approver"),
    }
    return labels[punch_field]
