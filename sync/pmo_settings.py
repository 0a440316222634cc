"""The PMO's settings on the central database (``pmo.pmo_settings``, central migration
0009_roles_settings): copied by every laptop at sync, changed only by a PMO
administrator through ``pmo.pmo_setting_set`` (``executrek central settings``)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import psycopg
from psycopg.types.json import Jsonb

from executrek.sync.admin import AdminError, roles_of
from executrek.sync.connection import Credentials, connect


@dataclass(frozen=True)
class CentralSetting:
    key: str
    value: Any
    updated_by: str
    updated_at: dt.datetime


def fetch(conn: psycopg.Connection) -> dict[str, Any]:
    """Every PMO setting the login may read (all of them for a registered person)."""
    row = conn.execute(
        "SELECT coalesce(jsonb_object_agg(key, value), '{}'::jsonb) FROM pmo.pmo_settings"
    ).fetchone()
    return dict(row[0]) if row and row[0] else {}


def show(creds: Credentials) -> list[CentralSetting]:
    """The PMO settings set on the central database, by key."""
    with connect(creds) as conn:
        roles_of(conn)  # a database that is not set up says so
        rows = conn.execute(
            "SELECT key, value, updated_by, updated_at FROM pmo.pmo_settings ORDER BY key"
        ).fetchall()
    return [CentralSetting(str(k), v, str(by), at) for k, v, by, at in rows]


def set_value(creds: Credentials, key: str, value: Any) -> None:
    """Set ``key`` to ``value`` for every laptop (None: remove it, the laptops' own value
    applies again). Only a PMO administrator or the database's administrator may."""
    with connect(creds) as conn:
        roles_of(conn)
        try:
            conn.execute(
                "SELECT pmo.pmo_setting_set(%s, %s)",
                (key, None if value is None else Jsonb(value)),
            )
        except psycopg.errors.InsufficientPrivilege:
            raise AdminError(
                "The login “{login}” may not change the PMO settings: only a PMO "
                "administrator (central grant NAME --role pmo-admin) may.",
                login=str(conn.info.user),
            ) from None
        except psycopg.errors.InvalidParameterValue as exc:
            raise AdminError(
                "The central database refused {key}: {reason}.",
                key=key,
                reason=str(exc.diag.message_primary or exc),
            ) from None
        conn.commit()
