"""PMO administration of the central database: schema, roles, users, memberships, status.

Run with an owner/admin connection. Tables and SECURITY DEFINER functions belong to a
NOLOGIN owner role; people log in with one role each, members of the group role, which
may only SELECT (filtered by row-level security) and call the sync functions.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psycopg
from psycopg import sql

from executrek.sync.connection import Credentials, connect
from executrek.sync.errors import NotSetUp

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
GROUP_ROLE = "pmo_app"
OWNER_ROLE = "pmo_owner"
SYNC_FUNCTIONS = (
    "is_member(uuid)",
    "can_read_blob(text)",
    "sync_hello(uuid, int)",
    "sync_push(uuid, int, jsonb, boolean)",
    "sync_push_rows(uuid, int, bigint, text[], uuid[], uuid[], text[], jsonb)",
    "sync_projects()",
    "sync_pulled(uuid)",
    "sync_lease(uuid, jsonb)",
    "sync_blob_begin(text, bigint)",
    "sync_blob_chunk(text, int, text, bytea)",
    "sync_blob_finish(text)",
)
_NAME = re.compile(r"^[a-z_][a-z0-9_.-]{0,62}$")


class AdminError(Exception):
    """A refused admin request (bad name, unknown user or project)."""


@dataclass(frozen=True)
class Roles:
    group: str = GROUP_ROLE
    owner: str = OWNER_ROLE


def check_name(name: str) -> str:
    if not _NAME.match(name):
        raise AdminError(
            f"'{name}' is not a valid user name (lower-case letters, digits, '_', '.', '-')."
        )
    return name


def _role_exists(conn: psycopg.Connection, name: str) -> bool:
    return conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (name,)).fetchone() is not None


def roles_of(conn: psycopg.Connection) -> Roles:
    try:
        row = conn.execute("SELECT value FROM pmo.settings WHERE key = 'group_role'").fetchone()
        owner = conn.execute("SELECT value FROM pmo.settings WHERE key = 'owner_role'").fetchone()
    except psycopg.errors.UndefinedTable:
        raise NotSetUp(
            "The central database is not set up yet: run 'executrek central init --url URL'."
        ) from None
    return Roles(row[0] if row else GROUP_ROLE, owner[0] if owner else OWNER_ROLE)


def init(creds: Credentials, roles: Roles = Roles()) -> str:
    """Create or upgrade the schema, roles, grants and policies. Returns the revision."""
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import create_engine
    from sqlalchemy.pool import NullPool

    with connect(creds, autocommit=True) as conn:
        for role in (roles.group, roles.owner):
            if not _role_exists(conn, role):
                conn.execute(sql.SQL("CREATE ROLE {} NOLOGIN").format(sql.Identifier(role)))
        conn.execute(sql.SQL("GRANT {} TO CURRENT_USER").format(sql.Identifier(roles.owner)))
        dbname = conn.info.dbname
        conn.execute(
            sql.SQL("GRANT CREATE, CONNECT ON DATABASE {} TO {}").format(
                sql.Identifier(dbname), sql.Identifier(roles.owner)
            )
        )
        conn.execute(
            sql.SQL("GRANT CONNECT ON DATABASE {} TO {}").format(
                sql.Identifier(dbname), sql.Identifier(roles.group)
            )
        )
        conn.execute(sql.SQL("SET ROLE {}").format(sql.Identifier(roles.owner)))
        conn.execute("CREATE SCHEMA IF NOT EXISTS pmo")

    def creator() -> Any:
        raw = connect(creds)
        raw.execute(sql.SQL("SET ROLE {}").format(sql.Identifier(roles.owner)))
        raw.commit()
        return raw

    engine = create_engine("postgresql+psycopg://", creator=creator, poolclass=NullPool)
    try:
        with engine.begin() as sa_conn:
            cfg = Config()
            cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
            cfg.attributes["connection"] = sa_conn
            command.upgrade(cfg, "head")
    finally:
        engine.dispose()

    with connect(creds) as conn:
        conn.execute(sql.SQL("SET ROLE {}").format(sql.Identifier(roles.owner)))
        group = sql.Identifier(roles.group)
        conn.execute(
            "INSERT INTO pmo.settings VALUES ('group_role', %s), ('owner_role', %s) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (roles.group, roles.owner),
        )
        conn.execute(sql.SQL("GRANT USAGE ON SCHEMA pmo TO {}").format(group))
        conn.execute(sql.SQL("GRANT SELECT ON ALL TABLES IN SCHEMA pmo TO {}").format(group))
        for fn in SYNC_FUNCTIONS:
            conn.execute(
                sql.SQL("GRANT EXECUTE ON FUNCTION pmo.{} TO {}").format(sql.SQL(fn), group)
            )
        rev = conn.execute("SELECT version_num FROM pmo.alembic_version").fetchone()
        conn.commit()
    return str(rev[0]) if rev else ""


def add_user(creds: Credentials, name: str, password: str, display_name: str = "") -> None:
    check_name(name)
    with connect(creds) as conn:
        roles = roles_of(conn)
        role = sql.Identifier(name)
        if _role_exists(conn, name):
            conn.execute(
                sql.SQL("ALTER ROLE {} LOGIN PASSWORD {}").format(role, sql.Literal(password))
            )
        else:
            conn.execute(
                sql.SQL(
                    "CREATE ROLE {} LOGIN PASSWORD {} NOSUPERUSER NOCREATEDB NOCREATEROLE "
                    "INHERIT NOBYPASSRLS"
                ).format(role, sql.Literal(password))
            )
        conn.execute(sql.SQL("GRANT {} TO {}").format(sql.Identifier(roles.group), role))
        conn.execute(sql.SQL("SET ROLE {}").format(sql.Identifier(roles.owner)))
        conn.execute(
            "INSERT INTO pmo.people (login, display_name) VALUES (%s, %s) "
            "ON CONFLICT (login) DO UPDATE SET display_name = excluded.display_name",
            (name, display_name or name),
        )
        conn.commit()


def _project_id(conn: psycopg.Connection, code: str) -> Any:
    row = conn.execute(
        "SELECT project_id FROM pmo.projects WHERE code = %s OR project_id::text = %s",
        (code, code),
    ).fetchall()
    if not row:
        raise AdminError(
            f"No project '{code}' on the central database (it arrives with its first sync)."
        )
    if len(row) > 1:
        raise AdminError(f"Several projects have the code '{code}'; give the project id instead.")
    return row[0][0]


def grant(creds: Credentials, name: str, project: str) -> None:
    with connect(creds) as conn:
        roles = roles_of(conn)
        conn.execute(sql.SQL("SET ROLE {}").format(sql.Identifier(roles.owner)))
        if conn.execute("SELECT 1 FROM pmo.people WHERE login = %s", (name,)).fetchone() is None:
            raise AdminError(f"No user '{name}': add them first ('executrek central add-user').")
        pid = _project_id(conn, project)
        conn.execute(
            "INSERT INTO pmo.memberships (project_id, login) VALUES (%s, %s) "
            "ON CONFLICT (project_id, login) DO UPDATE SET revoked_at = NULL, granted_at = now()",
            (pid, name),
        )
        conn.commit()


def revoke(creds: Credentials, name: str, project: str) -> None:
    with connect(creds) as conn:
        roles = roles_of(conn)
        conn.execute(sql.SQL("SET ROLE {}").format(sql.Identifier(roles.owner)))
        pid = _project_id(conn, project)
        cur = conn.execute(
            "UPDATE pmo.memberships SET revoked_at = now() WHERE project_id = %s AND login = %s "
            "AND revoked_at IS NULL",
            (pid, name),
        )
        if cur.rowcount == 0:
            raise AdminError(f"'{name}' is not a member of '{project}'.")
        conn.commit()


@dataclass(frozen=True)
class DeviceStatus:
    login: str
    device_id: str
    last_seq: int
    last_push: dt.datetime | None
    last_pull: dt.datetime | None


@dataclass(frozen=True)
class CentralStatus:
    revision: str
    projects: int
    records: int
    devices: list[DeviceStatus]
    open_conflicts: int
    quarantined: int
    oldest_open_xact_s: float


def status(creds: Credentials) -> CentralStatus:
    with connect(creds) as conn:
        roles = roles_of(conn)
        conn.execute(sql.SQL("SET ROLE {}").format(sql.Identifier(roles.owner)))
        rev = conn.execute("SELECT version_num FROM pmo.alembic_version").fetchone()
        one = conn.execute(
            "SELECT (SELECT count(*) FROM pmo.projects), "
            "(SELECT count(*) FROM pmo.records WHERE tbl <> '_conflicts'), "
            "(SELECT count(*) FROM pmo.records WHERE tbl = '_conflicts' "
            "   AND data->>'status' = 'open' AND data->>'kind' <> 'auto'), "
            "(SELECT count(*) FROM pmo.quarantine)"
        ).fetchone()
        assert one is not None
        lag = conn.execute(
            "SELECT coalesce(extract(epoch FROM now() - min(xact_start)), 0) FROM pg_stat_activity "
            "WHERE datname = current_database() AND backend_xid IS NOT NULL"
        ).fetchone()
        devices = [
            DeviceStatus(r[0], str(r[1]), int(r[2]), r[3], r[4])
            for r in conn.execute(
                "SELECT login, device_id, last_seq, last_push, last_pull FROM pmo.devices "
                "ORDER BY login, device_id"
            )
        ]
        conn.rollback()
    return CentralStatus(
        str(rev[0]) if rev else "",
        int(one[0]),
        int(one[1]),
        devices,
        int(one[2]),
        int(one[3]),
        float(lag[0]) if lag else 0.0,
    )
