"""Organisations, people and the app's users, per project directory."""

from __future__ import annotations

import enum
from typing import Any

from sqlalchemy import Enum, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, MappedColumn, mapped_column

from executrek.models.base import Base, InProject, Synced
from executrek.models.table_keys import project_index


def str_enum(cls: type[enum.Enum], name: str) -> Enum:
    """Enums stored by value as VARCHAR with a CHECK, portable to PostgreSQL."""
    return Enum(
        cls,
        name=name,
        native_enum=False,
        create_constraint=True,
        length=24,
        values_callable=lambda e: [m.value for m in e],
        validate_strings=True,
    )


def enum_column(
    cls: type[enum.Enum], name: str, default: enum.Enum | None = None, **options: Any
) -> MappedColumn[Any]:
    """A column holding ``cls`` by value (``str_enum`` named ``name``), with its default."""
    if default is not None:
        options["default"] = default
    return mapped_column(str_enum(cls, name), **options)


class OrgKind(enum.StrEnum):
    OWNER = "owner"
    PMO = "pmo"
    GENERAL_CONTRACTOR = "general_contractor"
    SUBCONTRACTOR = "subcontractor"
    CONSULTANT = "consultant"
    SUPPLIER = "supplier"


class User(Synced, Base):
    """A person who uses the app (an owner's rep or PMO staff). Global, not per project."""

    __tablename__ = "users"

    username: Mapped[str] = mapped_column(String(80), unique=True)
    display_name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(200))
    title: Mapped[str | None] = mapped_column(String(200))


class Organisation(InProject, Synced, Base):
    __tablename__ = "organisations"
    __table_args__ = (UniqueConstraint("project_id", "name"),)

    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[OrgKind] = enum_column(OrgKind, "org_kind")
    trade_id: Mapped[str | None] = mapped_column(ForeignKey("trades.id"))
    address: Mapped[str | None] = mapped_column(Text)
    phone: Mapped[str | None] = mapped_column(String(60))
    email: Mapped[str | None] = mapped_column(String(200))


class Person(InProject, Synced, Base):
    __tablename__ = "people"
    __table_args__ = (project_index(__tablename__, "org", "organisation_id"),)

    organisation_id: Mapped[str | None] = mapped_column(ForeignKey("organisations.id"))
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str | None] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(60))
    user_id: Mapped[str | None] = mapped_column(ForeignKey("users.id"))


class MemberRole(enum.StrEnum):
    OWNERS_REP = "owners_rep"
    PMO_MANAGER = "pmo_manager"
    VIEWER = "viewer"


class ProjectMember(InProject, Synced, Base):
    __tablename__ = "project_members"
    __table_args__ = (UniqueConstraint("project_id", "user_id"),)

    user_id: Mapped[str] = mapped_column(ForeignKey("users.id"))
    role: Mapped[MemberRole] = enum_column(MemberRole, "member_role")
