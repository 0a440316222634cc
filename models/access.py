"""What the central database told this laptop about the signed-in person's rights, kept
between syncs (tables that never leave the laptop):

- ``access_rights``: one row once a sync learnt the rights — the login, PMO
  administrator, may create projects, when. No row: the laptop was never told (never
  connected, or its server is older) and nothing is restricted on it.
- ``member_roles``: the person's role (viewer, field, manager) and approval limit (None:
  no limit) per project they are a member of.
- ``pmo_settings``: the PMO's settings (key → JSON value) as the central database holds
  them; they take the place of this laptop's own (``app/pmo_settings.py``).

The server still decides every write; these only let the screens say beforehand what it
would refuse (``app/permissions.py``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import JSON, Boolean, Integer, String, delete, select
from sqlalchemy.orm import Mapped, mapped_column

from executrek.models import clock
from executrek.models.base import Base, Money
from executrek.models.store import Store

MEMBER_ROLES = ("viewer", "field", "manager")


class AccessRights(Base):
    """The person's PMO-wide rights as last learnt (one row)."""

    __tablename__ = "access_rights"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    login: Mapped[str] = mapped_column(String(120))
    pmo_admin: Mapped[bool] = mapped_column(Boolean, default=False)
    creator: Mapped[bool] = mapped_column(Boolean, default=False)
    learnt_at: Mapped[dt.datetime]


class MemberRole(Base):
    """The person's role in one project and their approval limit (None: no limit)."""

    __tablename__ = "member_roles"

    project_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    role: Mapped[str] = mapped_column(String(10))
    approval_limit: Mapped[Decimal | None] = mapped_column(Money())


class PmoSetting(Base):
    """One PMO-wide setting as the central database holds it (``thresholds.…``,
    ``branding.…``)."""

    __tablename__ = "pmo_settings"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)


@dataclass(frozen=True)
class ProjectRole:
    role: str
    approval_limit: Decimal | None = None


@dataclass(frozen=True)
class Rights:
    """The rights as known on this laptop; ``known`` False: never told (not restricted)."""

    known: bool = False
    login: str = ""
    pmo_admin: bool = False
    creator: bool = False
    projects: Mapping[str, ProjectRole] = field(default_factory=dict)


def load(store: Store) -> Rights:
    """The rights last learnt (``Rights()`` when the laptop was never told)."""
    with store.read() as s:
        row = s.get(AccessRights, 1)
        if row is None:
            return Rights()
        roles = {
            m.project_id: ProjectRole(m.role, m.approval_limit)
            for m in s.scalars(select(MemberRole))
        }
        return Rights(True, row.login, bool(row.pmo_admin), bool(row.creator), roles)


def _limit(value: object) -> Decimal | None:
    if value is None:
        return None
    try:
        return Decimal(str(value))
    except InvalidOperation:
        return Decimal(0)  # unreadable: the strictest limit (the server decides anyway)


def parse(answer: Mapping[str, object]) -> Rights:
    """The server's answer (``pmo.sync_rights()``) as :class:`Rights`; an unknown role
    counts as a viewer (the narrowest)."""
    projects: dict[str, ProjectRole] = {}
    entries = answer.get("projects")
    for entry in entries if isinstance(entries, Iterable) else ():
        if not isinstance(entry, Mapping) or not entry.get("project_id"):
            continue
        role = str(entry.get("role") or "")
        projects[str(entry["project_id"])] = ProjectRole(
            role if role in MEMBER_ROLES else "viewer", _limit(entry.get("approval_limit"))
        )
    return Rights(
        True,
        str(answer.get("login") or ""),
        bool(answer.get("pmo_admin")),
        bool(answer.get("creator")),
        projects,
    )


def learn(store: Store, rights: Rights) -> bool:
    """Keep ``rights`` as what the laptop knows; True when they differ from before."""
    if load(store) == rights:
        return False
    with store.unit_of_work() as s:
        s.execute(delete(MemberRole))
        s.merge(
            AccessRights(
                id=1,
                login=rights.login,
                pmo_admin=rights.pmo_admin,
                creator=rights.creator,
                learnt_at=clock.now(),
            )
        )
        for project_id, pr in sorted(rights.projects.items()):
            s.add(MemberRole(project_id=project_id, role=pr.role, approval_limit=pr.approval_limit))
    return True


def load_settings(store: Store) -> dict[str, Any]:
    """The PMO settings last copied from the central database (empty: none)."""
    with store.read() as s:
        return {row.key: row.value for row in s.scalars(select(PmoSetting))}


def learn_settings(store: Store, values: Mapping[str, Any]) -> bool:
    """Keep ``values`` as the PMO settings; True when they differ from before."""
    if load_settings(store) == dict(values):
        return False
    with store.unit_of_work() as s:
        s.execute(delete(PmoSetting))
        for key, value in sorted(values.items()):
            s.add(PmoSetting(key=key, value=value))
    return True
