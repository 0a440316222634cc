"""The PMO's settings on the central database (``pmo.pmo_settings``, central migration
0009_roles_settings): copied by every laptop at sync, changed only by a PMO
administrator through ``pmo.pmo_setting_set`` (``executrek central settings``)."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import psycopg
from psycopg.types.json import Jsonb

from executrek.models.errors import QT_TRANSLATE_NOOP
from executrek.sync.admin import AdminError, roles_of
from executrek.sync.connection import Credentials, connect


@dataclass(frozen=True)
class CentralSetting:
    key: str
    value: Any
    updated_by: str
    updated_at: dt.datetime


BIG = 4096  # a value longer than this (the PMO's logo) comes only when it changed


def fetch(conn: psycopg.Connection, known: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """Every PMO setting the login may read (all of them for a registered person). A
    big text value equal to the one in ``known`` (its MD5) is not sent again."""
    known = known or {}
    values: dict[str, Any] = {}
    rows = conn.execute(
        "SELECT key, CASE WHEN octet_length(value::text) > %s THEN NULL ELSE value END, "
        "CASE WHEN jsonb_typeof(value) = 'string' THEN md5(value #>> '{}') END "
        "FROM pmo.pmo_settings",
        (BIG,),
    ).fetchall()
    for key, value, digest in rows:
        before = known.get(key)
        if value is not None:
            values[key] = value
        elif (
            isinstance(before, str)
            and hashlib.md5(before.encode(), usedforsecurity=False).hexdigest() == digest
        ):
            values[key] = before
        else:
            row = conn.execute(
                "SELECT value FROM pmo.pmo_settings WHERE key = %s", (key,)
            ).fetchone()
            if row is not None:
                values[key] = row[0]
    return values


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
    set_values(creds, {key: value})


def set_values(
    creds: Credentials, values: Mapping[str, Any], known: Mapping[str, Any] | None = None
) -> dict[str, Any]:
    """Set every key of ``values`` (None: remove it) in one transaction: one refused
    (AdminError, its ``key`` among the params for a value refused) and none is changed.
    Returns every PMO setting as the central database then holds them (:func:`fetch`:
    a big value sent or in ``known`` is not fetched back)."""
    with connect(creds) as conn:
        roles_of(conn)
        for key, value in values.items():
            try:
                conn.execute(
                    "SELECT pmo.pmo_setting_set(%s, %s)",
                    (key, None if value is None else Jsonb(value)),
                )
            except psycopg.errors.InsufficientPrivilege:
                raise AdminError(
                    QT_TRANSLATE_NOOP(
                        "Cli",
                        "The login “{login}” may not change the PMO settings: only a PMO "
                        "administrator (central grant NAME --role pmo-admin) may.",
                    ),
                    login=str(conn.info.user),
                ) from None
            except psycopg.errors.InvalidParameterValue as exc:
                raise AdminError(
                    QT_TRANSLATE_NOOP("Cli", "The central database refused {key}: {reason}."),
                    key=key,
                    reason=str(exc.diag.message_primary or exc),
                ) from None
        conn.commit()
        sent = {k: v for k, v in values.items() if v is not None}
        return fetch(conn, {**(known or {}), **sent})
