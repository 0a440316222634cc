"""Read-only lists and detail views for the screens: plain frozen values (no ORM objects
cross the thread boundary), filtered in SQL."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from executrek.models.directory import Organisation, OrgKind, Person
from executrek.models.project import Location, Milestone, Trade
from executrek.models.records.punch.model import PunchItem
from executrek.models.services.record_reads import live_of_project
from executrek.models.store import Store


@dataclass(frozen=True)
class Choice:
    id: str
    label: str


@dataclass(frozen=True)
class ProjectChoices:
    """Everything a form's pick lists need for one project."""

    contractors: tuple[Choice, ...]
    organisations: tuple[Choice, ...]
    trades: tuple[Choice, ...]
    locations: tuple[Choice, ...]  # label is the full path
    people: tuple[Choice, ...]
    creators: tuple[Choice, ...]  # users who created punch items
    location_codes: tuple[Choice, ...] = ()  # label is the code (what a QR label encodes)


CONTRACTOR_KINDS = (OrgKind.GENERAL_CONTRACTOR, OrgKind.SUBCONTRACTOR, OrgKind.SUPPLIER)


def choices(store: Store, project_id: str) -> ProjectChoices:
    from executrek.models.directory import User

    with store.read() as s:
        orgs = list(
            s.execute(
                select(Organisation.id, Organisation.name, Organisation.kind)
                .where(Organisation.project_id == project_id, Organisation.deleted_at.is_(None))
                .order_by(Organisation.name)
            )
        )

        def live(entity: Any, label: Any) -> tuple[Choice, ...]:
            """The project's live rows of ``entity`` by ``label``."""
            rows = s.execute(
                select(entity.id, label)
                .where(entity.project_id == project_id, entity.deleted_at.is_(None))
                .order_by(label)
            )
            return tuple(Choice(i, n) for i, n in rows)

        trades = live(Trade, Trade.name)
        locations = live(Location, Location.path)  # label is the full path
        location_codes = live(Location, Location.code)
        people = live(Person, Person.name)
        creator_ids = select(PunchItem.created_by).where(PunchItem.project_id == project_id)
        creators = tuple(
            Choice(i, n)
            for i, n in s.execute(
                select(User.id, User.display_name)
                .where(User.id.in_(creator_ids.distinct()))
                .order_by(User.display_name)
            )
        )
    return ProjectChoices(
        contractors=tuple(Choice(i, n) for i, n, k in orgs if k in CONTRACTOR_KINDS),
        organisations=tuple(Choice(i, n) for i, n, _k in orgs),
        trades=trades,
        locations=locations,
        people=people,
        creators=creators,
        location_codes=location_codes,
    )


# --- punch item detail ------------------------------------------------------------------


# --- change orders ------------------------------------------------------------------------


# --- contractor issues --------------------------------------------------------------------


# --- milestones ---------------------------------------------------------------------------
@dataclass(frozen=True)
class MilestoneRow:
    id: str
    name: str
    baseline: dt.date
    forecast: dt.date | None
    actual: dt.date | None

    @property
    def slip_days(self) -> int:
        return ((self.actual or self.forecast or self.baseline) - self.baseline).days


def milestone_list(store: Store, project_id: str) -> list[MilestoneRow]:
    with store.read() as s:
        return [
            MilestoneRow(m.id, m.name, m.baseline_date, m.forecast_date, m.actual_date)
            for m in live_of_project(
                s, Milestone, project_id, Milestone.baseline_date, Milestone.name
            )
        ]


# --- directory and locations ------------------------------------------------------------
@dataclass(frozen=True)
class OrgRow:
    id: str
    name: str
    kind: str
    email: str | None
    phone: str | None


@dataclass(frozen=True)
class PersonRow:
    id: str
    name: str
    organisation: str | None
    role: str | None
    email: str | None


@dataclass(frozen=True)
class LocationRow:
    id: str
    parent_id: str | None
    code: str
    name: str
    kind: str
    path: str


@dataclass(frozen=True)
class DirectoryListing:
    organisations: list[OrgRow]
    people: list[PersonRow]
    locations: list[LocationRow]


def directory_listing(store: Store, project_id: str) -> DirectoryListing:
    with store.read() as s:
        orgs = [
            OrgRow(o.id, o.name, o.kind.value, o.email, o.phone)
            for o in live_of_project(
                s, Organisation, project_id, Organisation.kind, Organisation.name
            )
        ]
        people = [
            PersonRow(p.id, p.name, org, p.role, p.email)
            for p, org in s.execute(
                select(Person, Organisation.name)
                .outerjoin(Organisation, Organisation.id == Person.organisation_id)
                .where(Person.project_id == project_id, Person.deleted_at.is_(None))
                .order_by(Person.name)
            )
        ]
        locations = [
            LocationRow(loc.id, loc.parent_id, loc.code, loc.name, loc.kind.value, loc.path)
            for loc in live_of_project(s, Location, project_id, Location.path)
        ]
    return DirectoryListing(orgs, people, locations)
