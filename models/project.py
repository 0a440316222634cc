"""Projects and their structure: milestones, the location tree, trades, cost codes."""

from __future__ import annotations

import datetime as dt
import enum
from decimal import Decimal

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from executrek.models.base import Base, InProject, Synced
from executrek.models.directory import enum_column
from executrek.models.vocab import ProjectStatus


class Project(Synced, Base):
    __tablename__ = "projects"

    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    owner_org_id: Mapped[str | None] = mapped_column(ForeignKey("organisations.id", use_alter=True))
    pmo_org_id: Mapped[str | None] = mapped_column(ForeignKey("organisations.id", use_alter=True))
    address: Mapped[str | None] = mapped_column(Text)
    currency: Mapped[str] = mapped_column(String(3), default="USD")
    contract_value: Mapped[Decimal] = mapped_column(default=Decimal(0))
    contingency: Mapped[Decimal] = mapped_column(default=Decimal(0))
    baseline_start: Mapped[dt.date | None]
    baseline_finish: Mapped[dt.date | None]
    forecast_finish: Mapped[dt.date | None]
    status: Mapped[ProjectStatus] = enum_column(
        ProjectStatus, "project_status", ProjectStatus.ACTIVE
    )
    description: Mapped[str | None] = mapped_column(Text)


class Milestone(InProject, Synced, Base):
    __tablename__ = "milestones"
    __table_args__ = (Index("ix_milestones_project", "project_id", "baseline_date"),)

    name: Mapped[str] = mapped_column(String(200))
    baseline_date: Mapped[dt.date]
    forecast_date: Mapped[dt.date | None]
    actual_date: Mapped[dt.date | None]


class LocationKind(enum.StrEnum):
    SITE = "site"
    BUILDING = "building"
    FLOOR = "floor"
    ROOM = "room"
    AREA = "area"
    ZONE = "zone"


class Location(InProject, Synced, Base):
    """A node of the project's location tree (building → floor → room/area)."""

    __tablename__ = "locations"
    __table_args__ = (
        UniqueConstraint("project_id", "code"),
        Index("ix_locations_parent", "project_id", "parent_id"),
    )

    parent_id: Mapped[str | None] = mapped_column(ForeignKey("locations.id"))
    kind: Mapped[LocationKind] = enum_column(LocationKind, "location_kind")
    code: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(String(200))
    # "Building A › Level 2 › Room 204", kept current by the location service.
    path: Mapped[str] = mapped_column(String(600), default="")
    # Identity in another system (a COBie Space name, an IFC GUID…).
    external_ref: Mapped[str | None] = mapped_column(String(200))


class Trade(InProject, Synced, Base):
    __tablename__ = "trades"
    __table_args__ = (UniqueConstraint("project_id", "code"),)

    code: Mapped[str] = mapped_column(String(32))
    name: Mapped[str] = mapped_column(String(200))


class CostCode(InProject, Synced, Base):
    """A node of the project's cost-code tree (CSI division → section, Uniclass group →
    system…); budget lines hang on the leaves and roll up along ``parent_id``."""

    __tablename__ = "cost_codes"
    __table_args__ = (UniqueConstraint("project_id", "code"),)

    code: Mapped[str] = mapped_column(String(32))
    name: Mapped[str] = mapped_column(String(200))
    parent_id: Mapped[str | None] = mapped_column(ForeignKey("cost_codes.id"))
