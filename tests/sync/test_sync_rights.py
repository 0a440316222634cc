"""The laptop learns the person's roles at every sync (``pmo.sync_rights``, central
migration 0009_roles_settings) and the app's policy answers from them as the server
would decide."""

from __future__ import annotations

import importlib
from decimal import Decimal
from typing import Any

import psycopg
import pytest
from test_sync_roles import approve, status_of, submitted_co
from test_sync_roundtrip import new_project

from executrek.app.permissions import Action, may
from executrek.models import access
from executrek.models.access import ProjectRole
from executrek.sync import admin
from executrek.sync.engine import sync_once

pytestmark = pytest.mark.postgres

MIGRATION = importlib.import_module("executrek.sync.migrations.versions.0009_roles_settings")


def test_each_role_is_learnt_at_sync_and_the_policy_answers_like_the_server(
    central: Any, make_laptop: Any
) -> None:
    owner = central.add_user("wowner")  # creates the project: its manager, no limit
    field = central.add_user("wfield", creator=False)
    viewer = central.add_user("wviewer", creator=False)
    boss = central.add_user("wboss", creator=False)
    a = make_laptop("a")
    pid = new_project(a, "RIGHTS")
    co = submitted_co(a, pid, "1200.00")
    assert not access.load(a).known  # never connected: not restricted
    assert may(access.load(a), Action.APPROVE_CO, pid, amount=Decimal("1200"))
    assert sync_once(a, central.creds(owner)).ok
    mine = access.load(a)
    assert mine.known and mine.login == owner and mine.creator and not mine.pmo_admin
    assert mine.projects == {pid: ProjectRole("manager")}

    admin.grant(central.admin, viewer, "RIGHTS", "viewer")
    admin.grant(central.admin, field, "RIGHTS")
    admin.grant(central.admin, boss, "RIGHTS", "manager", Decimal("1000"))
    laptops = {}
    for login, role in ((viewer, "viewer"), (field, "field"), (boss, "manager")):
        lap = make_laptop(role)
        report = sync_once(lap, central.creds(login))
        assert report.ok and report.rights_changed
        rights = access.load(lap)
        assert rights.login == login and not rights.creator and not rights.pmo_admin
        assert rights.projects[pid].role == role
        laptops[role] = lap
    assert access.load(laptops["manager"]).projects[pid].approval_limit == Decimal("1000")

    def rights(role: str) -> Any:
        return access.load(laptops[role])

    assert not may(rights("viewer"), Action.WRITE, pid)
    assert may(rights("field"), Action.WRITE, pid)
    assert not may(rights("field"), Action.APPROVE_CO, pid, amount=Decimal("1200"))
    assert not may(rights("field"), Action.COST_WRITE, pid)
    over = may(rights("manager"), Action.APPROVE_CO, pid, amount=Decimal("1200"))
    assert not over and "1,000.00" in over.reason
    assert may(rights("manager"), Action.REJECT_CO, pid)
    assert may(rights("manager"), Action.COST_WRITE, pid)

    # what the policy refused, the server refuses too
    approve(laptops["manager"], co)
    report = sync_once(laptops["manager"], central.creds(boss))
    assert any("above your approval limit" in q for q in report.quarantined)
    assert status_of(central, co) == "pending"

    # a new limit, a withdrawn membership and PMO rights reach the laptops at the next sync
    admin.grant(central.admin, boss, "RIGHTS", "manager", Decimal("5000"))
    report = sync_once(laptops["manager"], central.creds(boss))
    assert report.rights_changed
    assert may(rights("manager"), Action.APPROVE_CO, pid, amount=Decimal("1200"))
    assert not sync_once(laptops["manager"], central.creds(boss)).rights_changed  # same again
    admin.revoke(central.admin, viewer, "RIGHTS")
    sync_once(laptops["viewer"], central.creds(viewer))
    assert pid not in rights("viewer").projects
    assert "not a member" in may(rights("viewer"), Action.WRITE, pid).reason
    admin.set_rights(central.admin, field, admin=True)
    sync_once(laptops["field"], central.creds(field))
    assert rights("field").pmo_admin
    assert may(rights("field"), Action.LIBRARY_TEMPLATES)


def test_each_login_learns_only_its_own_rights(central: Any) -> None:
    one = central.add_user("wone", creator=False)
    two = central.add_user("wtwo")
    for login, creator in ((one, False), (two, True)):
        with psycopg.connect(central.url(), user=login) as conn:
            answer = conn.execute("SELECT pmo.sync_rights()").fetchone()
        assert answer is not None
        assert answer[0] == {
            "login": login,
            "pmo_admin": False,
            "creator": creator,
            "projects": [],
        }
    # a login that is no person learns nothing
    assert central.sql("SELECT pmo.sync_rights()")[0][0]["projects"] == []


def test_migration_0009_goes_down_and_up_again(central: Any) -> None:
    from test_sync_migration_0005 import _migrate

    def state() -> tuple[Any, ...]:
        return (
            central.sql("SELECT version_num FROM pmo.alembic_version")[0][0],
            central.sql("SELECT value FROM pmo.settings WHERE key = 'protocol'")[0][0],
            central.sql("SELECT to_regprocedure('pmo.sync_rights()') IS NOT NULL")[0][0],
            central.sql("SELECT to_regclass('pmo.pmo_settings') IS NOT NULL")[0][0],
        )

    head = state()  # 0009 or a later head on top of it
    assert head[2:] == (True, True)
    _migrate(central, "0009_roles_settings")  # from the later migrations
    assert state() == ("0009_roles_settings", "6", True, True)
    _migrate(central, "0008_cost")
    assert state() == ("0008_cost", "5", False, False)
    _migrate(central, "head")
    assert state() == head
    # the members may use what came back at once, without another 'central init'
    login = central.add_user("wagain", creator=False)
    with psycopg.connect(central.url(), user=login) as conn:
        assert conn.execute("SELECT pmo.sync_rights()->>'login'").fetchone() == (login,)
        assert conn.execute("SELECT count(*) FROM pmo.pmo_settings").fetchone() is not None
