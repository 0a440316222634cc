"""Fixtures for sync tests against the real PostgreSQL at 127.0.0.1:5432.

Each test module gets its own database and its own role names (dropped afterwards),
so runs repeat cleanly. Without the server: fail in CI, skip elsewhere.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import psycopg
import pytest
from psycopg import sql
from sqlalchemy import select as sa_select

from executrek.models.migrate import open_store
from executrek.models.schema import synced_tables
from executrek.models.services import projects
from executrek.models.store import Store
from executrek.models.tracking import to_wire
from executrek.sync import admin
from executrek.sync.connection import Credentials

PG_HOST = "127.0.0.1"
PG_PORT = 5432
ADMIN_DSN = f"postgresql://postgres@{PG_HOST}:{PG_PORT}/postgres"


def _server_available() -> None:
    try:
        with psycopg.connect(ADMIN_DSN, connect_timeout=3) as conn:
            conn.execute("SELECT 1")
    except psycopg.OperationalError as exc:
        if os.environ.get("CI") == "true":
            pytest.fail(f"PostgreSQL is required in CI and is not reachable: {exc}")
        pytest.skip("PostgreSQL at 127.0.0.1:5432 is not reachable")


@dataclass
class Central:
    dbname: str
    roles: admin.Roles
    prefix: str
    logins: list[str] = field(default_factory=list)

    def url(self, port: int = PG_PORT) -> str:
        return f"postgresql://{PG_HOST}:{port}/{self.dbname}"

    @property
    def admin(self) -> Credentials:
        return Credentials(self.url(), "postgres")

    def add_user(self, short: str, *, creator: bool = True, pmo_admin: bool = False) -> str:
        """A person; by default one who may create projects (laptops create them and the
        first sync brings them to the server). ``creator=False``: a plain field user."""
        login = f"{self.prefix}{short}"
        admin.add_user(self.admin, login, "secret-" + short, creator=creator, admin=pmo_admin)
        self.logins.append(login)
        return login

    def creds(self, login: str, port: int = PG_PORT) -> Credentials:
        return Credentials(self.url(port), login, "secret")

    def sql(self, query: str, params: Any = None) -> list[Any]:
        with psycopg.connect(self.url(), user="postgres") as conn:
            cur = conn.execute(query, params)
            return cur.fetchall() if cur.description else []


@pytest.fixture(scope="module")
def central() -> Iterator[Central]:
    _server_available()
    tag = uuid.uuid4().hex[:8]
    prefix = f"xt{tag}_"
    c = Central(f"xt_sync_{tag}", admin.Roles(prefix + "pmo_app", prefix + "pmo_owner"), prefix)
    with psycopg.connect(ADMIN_DSN, autocommit=True) as conn:
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(c.dbname)))
    try:
        admin.init(c.admin, c.roles)
        yield c
    finally:
        with psycopg.connect(ADMIN_DSN, autocommit=True) as conn:
            conn.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(c.dbname))
            )
            for role in [*c.logins, c.roles.group, c.roles.owner]:
                conn.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(role)))


@pytest.fixture
def make_laptop(tmp_path: Path) -> Iterator[Any]:
    opened: list[Store] = []

    def make(name: str) -> Store:
        st = open_store(tmp_path / name)
        projects.ensure_user(st, f"rep-{name}-{uuid.uuid4().hex[:6]}", "Zoë Ødegård")
        opened.append(st)
        return st

    yield make
    for st in opened:
        st.close()


# --- comparing laptops and the server ------------------------------------------------

SKIP = {"row_version", "field_versions", "updated_at", "updated_by"}


def local_rows(
    store: Store, *, include_users: bool = False
) -> dict[tuple[str, str], dict[str, Any]]:
    out: dict[tuple[str, str], dict[str, Any]] = {}
    with store.read() as s:
        for name, cls in synced_tables().items():
            if name == "users" and not include_users:
                continue
            cols = [c.key for c in cls.__mapper__.column_attrs]  # type: ignore[attr-defined]
            for obj in s.scalars(sa_select(cls)):
                out[(name, obj.id)] = {c: to_wire(getattr(obj, c)) for c in cols if c not in SKIP}
    return out


def server_rows(central: Central, login: str) -> dict[tuple[str, str], dict[str, Any]]:
    """What ``login`` may see on the server (the laptops must hold exactly that)."""
    out = {}
    for tbl, rid, data in central.sql(
        "SELECT tbl, id::text, data FROM pmo.records WHERE tbl NOT IN ('_conflicts', 'users') "
        "AND project_id IN (SELECT project_id FROM pmo.memberships WHERE login = %s "
        "AND revoked_at IS NULL)",
        (login,),
    ):
        out[(tbl, rid)] = {k: v for k, v in data.items() if k not in SKIP}
    return out


def normalise(rows: dict[tuple[str, str], dict[str, Any]]) -> dict[tuple[str, str], dict[str, Any]]:
    """Compare values as the wire sees them (timestamps to the microsecond, decimals exact)."""
    from decimal import Decimal

    def norm(v: Any) -> Any:
        if isinstance(v, str) and len(v) >= 20 and v[4:5] == "-" and v[10:11] == "T":
            import datetime as dt

            return dt.datetime.fromisoformat(v.replace("Z", "+00:00")).isoformat()
        if isinstance(v, str):
            try:
                if v.replace(".", "", 1).replace("-", "", 1).isdigit() and "." in v:
                    return str(Decimal(v).normalize())
            except ArithmeticError:
                return v
        return v

    return {k: {f: norm(v) for f, v in row.items()} for k, row in rows.items()}


def assert_equal(central: Central, login: str, *stores: Store) -> None:
    server = normalise(server_rows(central, login))
    for st in stores:
        local = normalise(local_rows(st))
        assert set(local) == set(server), set(local) ^ set(server)
        for key, row in local.items():
            srow = server[key]
            diff = {f: (v, srow.get(f)) for f, v in row.items() if f in srow and srow[f] != v}
            assert not diff, (key, diff)


# --- a TCP proxy that cuts connections on command --------------------------------------


def _load_cut_proxy() -> Any:
    """``bench/cut_proxy.py`` (standard library only; shared with the bench's cut-download
    case), loaded by its path: ``bench`` is not an installed package."""
    path = Path(__file__).resolve().parents[2] / "bench" / "cut_proxy.py"
    spec = importlib.util.spec_from_file_location("bench_cut_proxy", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.CutProxy


CutProxy = _load_cut_proxy()


@pytest.fixture
def proxy() -> Iterator[Any]:
    p = CutProxy()
    yield p
    p.close()


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@pytest.fixture
def h() -> Any:
    """The helpers above, for test modules (conftest is not importable by name)."""
    import types

    return types.SimpleNamespace(
        local_rows=local_rows,
        server_rows=server_rows,
        assert_equal=assert_equal,
        sha=sha,
        CutProxy=CutProxy,
    )
