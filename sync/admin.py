"""PMO administration of the central database: schema, roles, users, memberships, status.

Run with an owner/admin connection. Tables and SECURITY DEFINER functions belong to a
NOLOGIN owner role; people log in with one role each, members of the group role, which
may only SELECT (filtered by row-level security) and call the sync functions.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import psycopg
from psycopg import sql

from executrek.models.errors import QT_TRANSLATE_NOOP
from executrek.sync.connection import Credentials, connect
from executrek.sync.errors import NotSetUp
from executrek.sync.wire import BLOB_TABLES

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
GROUP_ROLE = "pmo_app"
OWNER_ROLE = "pmo_owner"
SYNC_FUNCTIONS = (
    "is_member(uuid)",
    "can_read_blob(text)",
    "sync_hello(uuid, int)",
    "sync_push(uuid, int, jsonb, boolean)",
    "sync_push_rows(uuid, int, bigint, text[], uuid[], uuid[], text[], jsonb)",
    "sync_push_rows(uuid, int, bigint, text[], uuid[], uuid[], text[], jsonb, text[], bigint[], jsonb)",
    "sync_projects()",
    "sync_rights()",
    "pmo_setting_set(text, jsonb)",
    "sync_pulled(uuid)",
    "sync_lease(uuid, jsonb)",
    "sync_blob_begin(text, bigint)",
    "sync_blob_chunk(text, int, text, bytea)",
    "sync_blob_finish(text)",
    "sync_quarantine_close(uuid, bigint[], text)",
)
MEMBER_ROLES = ("viewer", "field", "manager")
# Automatic decisions can be turned round on the laptops for this long (sync.conflicts).
DECIDED_DAYS = 30
_NAME = re.compile(r"^[a-z_][a-z0-9_.-]{0,62}$")


class AdminError(Exception):
    """A refused admin request (bad name, unknown user or project): an English
    ``template`` with its ``params``, so the command line can translate the template."""

    def __init__(self, template: str, **params: object) -> None:
        self.template = template
        self.params = params
        super().__init__(template.format(**params))


@dataclass(frozen=True)
class Roles:
    group: str = GROUP_ROLE
    owner: str = OWNER_ROLE


def check_name(name: str) -> str:
    if not _NAME.match(name):
        raise AdminError(
            QT_TRANSLATE_NOOP(
                "Cli",
                "'{name}' is not a valid user name (lower-case letters, digits, '_', '.', '-').",
            ),
            name=name,
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
            QT_TRANSLATE_NOOP(
                "Errors",
                "The central database is not set up yet: run 'executrek central init --url URL'.",
            )
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


def _refuse_role(conn: psycopg.Connection, roles: Roles, name: str) -> None:
    """An existing role may become a field user only if it is an ordinary login: never a
    superuser, a role that bypasses row-level security or creates roles, or one of the
    schema's own roles (or a member of the owner role)."""
    if name in (roles.owner, roles.group):
        raise AdminError(
            QT_TRANSLATE_NOOP(
                "Cli",
                "'{name}' is one of the central database's own roles and cannot be a user. "
                "Pick another name.",
            ),
            name=name,
        )
    row = conn.execute(
        "SELECT rolsuper, rolbypassrls, rolcreaterole, pg_has_role(rolname, %s, 'MEMBER') "
        "FROM pg_roles WHERE rolname = %s",
        (roles.owner, name),
    ).fetchone()
    if row is None:
        return
    superuser, bypass, createrole, owner_member = row
    # Each refusal whole, so a translator sees the sentence it translates.
    refusals = (
        (
            superuser,
            QT_TRANSLATE_NOOP(
                "Cli",
                "The database role '{name}' is a superuser, so it cannot become a field user (it could read and change every project). Pick another name, or take that power away from the role first.",
            ),
        ),
        (
            bypass,
            QT_TRANSLATE_NOOP(
                "Cli",
                "The database role '{name}' bypasses row-level security, so it cannot become a field user (it could read and change every project). Pick another name, or take that power away from the role first.",
            ),
        ),
        (
            createrole,
            QT_TRANSLATE_NOOP(
                "Cli",
                "The database role '{name}' may create roles, so it cannot become a field user (it could read and change every project). Pick another name, or take that power away from the role first.",
            ),
        ),
        (
            owner_member,
            QT_TRANSLATE_NOOP(
                "Cli",
                "The database role '{name}' may act as the schema owner, so it cannot become a field user (it could read and change every project). Pick another name, or take that power away from the role first.",
            ),
        ),
    )
    for refused, template in refusals:
        if refused:
            raise AdminError(template, name=name)


def add_user(
    creds: Credentials,
    name: str,
    password: str,
    display_name: str = "",
    *,
    admin: bool = False,
    creator: bool = False,
) -> None:
    """Create (or re-register) a person's login. ``admin``: a PMO administrator (shared
    area, PMO library, any decision); ``creator``: may create projects. Re-running it
    never takes a right away (see ``set_rights``)."""
    check_name(name)
    with connect(creds) as conn:
        roles = roles_of(conn)
        _refuse_role(conn, roles, name)
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
            "INSERT INTO pmo.people (login, display_name, is_admin, can_create) "
            "VALUES (%s, %s, %s, %s) ON CONFLICT (login) DO UPDATE SET "
            "display_name = excluded.display_name, "
            "is_admin = pmo.people.is_admin OR excluded.is_admin, "
            "can_create = pmo.people.can_create OR excluded.can_create",
            (name, display_name or name, admin, creator),
        )
        conn.commit()


def _project_id(conn: psycopg.Connection, code: str) -> Any:
    row = conn.execute(
        "SELECT project_id FROM pmo.projects WHERE code = %s OR project_id::text = %s",
        (code, code),
    ).fetchall()
    if not row:
        raise AdminError(
            QT_TRANSLATE_NOOP(
                "Cli",
                "No project '{code}' on the central database yet: a project arrives with its "
                "creator's first sync.",
            ),
            code=code,
        )
    if len(row) > 1:
        raise AdminError(
            QT_TRANSLATE_NOOP(
                "Cli", "Several projects have the code '{code}'; give the project id instead."
            ),
            code=code,
        )
    return row[0][0]


def _known_person(conn: psycopg.Connection, name: str) -> None:
    if conn.execute("SELECT 1 FROM pmo.people WHERE login = %s", (name,)).fetchone() is None:
        raise AdminError(
            QT_TRANSLATE_NOOP(
                "Cli",
                "No user '{name}' on the central database: add them first "
                "('executrek central add-user {name}').",
            ),
            name=name,
        )


def grant(
    creds: Credentials,
    name: str,
    project: str,
    role: str = "field",
    approval_limit: Decimal | None = None,
) -> None:
    """Make ``name`` a member of ``project`` with ``role`` (viewer, field, manager);
    managers approve change orders up to ``approval_limit`` (None: no limit). Granting
    again changes the role and limit."""
    if role not in MEMBER_ROLES:
        raise AdminError(
            QT_TRANSLATE_NOOP("Cli", "'{role}' is not a project role; use one of: {roles}."),
            role=role,
            roles=", ".join(MEMBER_ROLES),
        )
    if approval_limit is not None and approval_limit < 0:
        raise AdminError(QT_TRANSLATE_NOOP("Cli", "An approval limit cannot be negative."))
    with connect(creds) as conn:
        roles = roles_of(conn)
        conn.execute(sql.SQL("SET ROLE {}").format(sql.Identifier(roles.owner)))
        _known_person(conn, name)
        pid = _project_id(conn, project)
        conn.execute(
            "INSERT INTO pmo.memberships (project_id, login, role, approval_limit) "
            "VALUES (%s, %s, %s, %s) ON CONFLICT (project_id, login) DO UPDATE SET "
            "revoked_at = NULL, granted_at = now(), role = excluded.role, "
            "approval_limit = excluded.approval_limit",
            (pid, name, role, approval_limit),
        )
        conn.commit()


def set_rights(
    creds: Credentials, name: str, *, creator: bool | None = None, admin: bool | None = None
) -> None:
    """Give (True) or take (False) a person's PMO-wide rights; None leaves one as it is."""
    with connect(creds) as conn:
        roles = roles_of(conn)
        conn.execute(sql.SQL("SET ROLE {}").format(sql.Identifier(roles.owner)))
        _known_person(conn, name)
        conn.execute(
            "UPDATE pmo.people SET can_create = coalesce(%s, can_create), "
            "is_admin = coalesce(%s, is_admin) WHERE login = %s",
            (creator, admin, name),
        )
        conn.commit()


def revoke(creds: Credentials, name: str, project: str) -> None:
    with connect(creds) as conn:
        roles = roles_of(conn)
        conn.execute(sql.SQL("SET ROLE {}").format(sql.Identifier(roles.owner)))
        _known_person(conn, name)
        pid = _project_id(conn, project)
        cur = conn.execute(
            "UPDATE pmo.memberships SET revoked_at = now() WHERE project_id = %s AND login = %s "
            "AND revoked_at IS NULL",
            (pid, name),
        )
        if cur.rowcount == 0:
            raise AdminError(
                QT_TRANSLATE_NOOP(
                    "Cli", "'{name}' is not a member of '{project}'; nothing was changed."
                ),
                name=name,
                project=project,
            )
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
    decided: int = 0  # open automatic decisions of the last DECIDED_DAYS days


def status(creds: Credentials) -> CentralStatus:
    with connect(creds) as conn:
        roles = roles_of(conn)
        conn.execute(sql.SQL("SET ROLE {}").format(sql.Identifier(roles.owner)))
        rev = conn.execute("SELECT version_num FROM pmo.alembic_version").fetchone()
        one = conn.execute(
            "SELECT (SELECT count(*) FROM pmo.projects), "
            "(SELECT count(*) FROM pmo.records WHERE tbl <> '_conflicts'), "
            "(SELECT count(*) FROM pmo.records WHERE tbl = '_conflicts' "
            "   AND data->>'status' = 'open' "
            "   AND data->>'kind' IN ('review', 'delete_vs_edit', 'edit_vs_delete')), "
            "(SELECT count(*) FROM pmo.quarantine), "
            "(SELECT count(*) FROM pmo.records WHERE tbl = '_conflicts' "
            "   AND data->>'status' = 'open' AND data->>'kind' = 'auto' "
            "   AND coalesce((data->>'created_at')::timestamptz, updated_at) "
            "       > now() - make_interval(days => %s))",
            (DECIDED_DAYS,),
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
        int(one[4]),
    )


@dataclass(frozen=True)
class GcReport:
    blobs: int  # stored blobs no row names any more, removed
    bytes: int  # their size
    uploads: int  # uploads nobody finished, removed


def gc(creds: Credentials, min_age: dt.timedelta = dt.timedelta(days=1)) -> GcReport:
    """Remove blobs no row of any project names any more and uploads nobody finished,
    both older than ``min_age`` (a blob is uploaded just before its row, so a day leaves
    every sync in flight alone)."""
    tables = ", ".join(f"'{t}'" for t in BLOB_TABLES)
    with connect(creds) as conn:
        roles = roles_of(conn)
        conn.execute(sql.SQL("SET ROLE {}").format(sql.Identifier(roles.owner)))
        gone = conn.execute(
            "WITH gone AS (DELETE FROM pmo.blobs b WHERE b.complete "
            "  AND b.created_at < now() - %s AND NOT EXISTS (SELECT 1 FROM pmo.records r "
            f"   WHERE r.tbl IN ({tables}) AND r.data->>'sha256' = b.sha256) "
            "  RETURNING b.size) "
            "SELECT count(*), coalesce(sum(size), 0) FROM gone",
            (min_age,),
        ).fetchone()
        claims = conn.execute(
            "WITH gone AS (DELETE FROM pmo.blobs WHERE NOT complete "
            "AND created_at < now() - %s RETURNING 1) SELECT count(*) FROM gone",
            (min_age,),
        ).fetchone()
        sessions = conn.execute(
            "WITH gone AS (DELETE FROM pmo.blob_uploads WHERE started_at < now() - %s "
            "RETURNING 1) SELECT count(*) FROM gone",
            (min_age,),
        ).fetchone()
        conn.commit()
    assert gone is not None and claims is not None and sessions is not None
    return GcReport(int(gone[0]), int(gone[1]), int(claims[0]) + int(sessions[0]))
