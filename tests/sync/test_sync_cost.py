"""Owner cost control on the central database (migration 0008_cost): budgets,
commitments and payment applications go between two laptops through the real server;
then the attacks, each with the attacker's own login first — a field user certifying, a
manager above the approval limit, edits of a certified application (by anyone, the PMO's
own SQL included), references into another project — each refused with its reason and
nothing of the victim's project changed; migration 0008 goes down and up again.

Cast: ``mgr`` creates COSTA (its manager, no limit); in COSTA ``boss`` is a manager with
an approval limit of 1,000, ``fieldy`` a field user, ``viewer`` a viewer and ``pmo`` a PMO
administrator; ``other`` manages COSTB, where ``fieldy`` is a field user too.
"""

from __future__ import annotations

import importlib
import uuid
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import psycopg
import pytest
from sqlalchemy import select
from sync_cost_data import (
    build_costs,
    certify,
    certify_on,
    num_of,
    pay_app,
    project_rows,
    reader,
    settled,
    status_of,
)
from test_sync_hostile import as_, mutation, push, refused
from test_sync_migration_0005 import _migrate
from test_sync_push_rows import rows_push
from test_sync_roundtrip import new_project

from executrek.models.base import Base
from executrek.models.ids import new_id
from executrek.models.local import NumberBlock
from executrek.models.migrate import open_store
from executrek.models.project import CostCode
from executrek.models.records.change_order.model import ChangeOrderLine
from executrek.models.records.cost import budget_model, commitment_model, payment_model
from executrek.models.records.cost.commitment_model import Commitment, SovLine
from executrek.models.records.cost.payment_model import PayApplication
from executrek.models.services import projects
from executrek.models.store import Store
from executrek.sync import admin, admin_records
from executrek.sync.engine import sync_once

pytestmark = pytest.mark.postgres

MIGRATION = importlib.import_module("executrek.sync.migrations.versions.0008_cost")


@pytest.fixture(scope="module")
def world(central: Any, tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    opened: list[Store] = []

    def laptop(who: str) -> Store:
        st = open_store(tmp_path_factory.mktemp(who))
        projects.ensure_user(st, f"{who}-{uuid.uuid4().hex[:6]}", who.title())
        opened.append(st)
        return st

    w: dict[str, Any] = {"laptop": laptop, "apps": 0}
    w["mgr"] = central.add_user("cmgr")
    w["boss"] = central.add_user("cboss", creator=False)
    w["fieldy"] = central.add_user("cfield", creator=False)
    w["viewer"] = central.add_user("cviewer", creator=False)
    w["other"] = central.add_user("cother")
    w["pmo"] = central.add_user("cpmo", pmo_admin=True)
    a = w["a"] = laptop("a")
    w["pid"] = new_project(a, "COSTA")
    w.update(build_costs(a, w["pid"]))
    assert sync_once(a, central.creds(w["mgr"])).ok
    admin.grant(central.admin, w["boss"], "COSTA", "manager", Decimal("1000"))
    admin.grant(central.admin, w["fieldy"], "COSTA")
    admin.grant(central.admin, w["viewer"], "COSTA", "viewer")
    admin.grant(central.admin, w["pmo"], "COSTA")
    b = laptop("b")
    w["b_pid"] = new_project(b, "COSTB")
    w["b_ids"] = build_costs(b, w["b_pid"])
    assert sync_once(b, central.creds(w["other"])).ok
    admin.grant(central.admin, w["fieldy"], "COSTB")
    yield w
    for st in opened:
        st.close()


# --- the round trip -------------------------------------------------------------------


def test_cost_rows_go_between_two_laptops(central: Any, world: dict[str, Any], h: Any) -> None:
    w = world
    pay_app(central, w, "4500.00")
    a2: Store = w["laptop"]("a2")
    assert sync_once(a2, central.creds(w["mgr"])).ok
    settled(central, h, w["mgr"], w["a"], a2)
    with a2.read() as s:
        code = s.get(CostCode, w["code"])
        assert code is not None and code.parent_id == w["division"]
        line = s.get(ChangeOrderLine, w["co_line"])
        assert line is not None and line.sov_line_id == w["sov1"]
        assert s.scalar(select(SovLine.budget_line_id).where(SovLine.id == w["sov2"])) == w["line"]
        leased = set(
            s.scalars(select(NumberBlock.series).where(NumberBlock.project_id == w["pid"]))
        )
    assert {"BL", "BT", "SC", "PO", "PA"} <= leased
    # Each series leased past the numbers in use: laptop A's blocks start at 2.
    with w["a"].read() as s:
        blocks = {
            b.series: (b.next_value, b.end_value)
            for b in s.scalars(select(NumberBlock).where(NumberBlock.project_id == w["pid"]))
        }
    assert blocks["SC"] == blocks["PO"] == (2, 51), blocks
    # Contracts and purchase orders are two series: SC-001 and PO-001 both stay 1.
    assert sorted(
        central.sql(
            "SELECT data->>'commitment_type', data->>'number' FROM pmo.records "
            "WHERE project_id = %s AND tbl = 'commitments'",
            (w["pid"],),
        )
    ) == [("contract", "1"), ("purchase_order", "1")]
    new = new_id()
    with a2.unit_of_work() as s:
        s.add(
            Commitment(
                id=new,
                project_id=w["pid"],
                commitment_type="purchase_order",
                number=num_of(s, w["pid"], "PO"),
                title="Rebar",
                contractor_id=w["org"],
                original_value=Decimal("10.00"),
            )
        )
    assert sync_once(a2, central.creds(w["mgr"])).ok
    # PO-052: the first of laptop A2's block, kept by the server
    assert central.sql("SELECT data->>'number' FROM pmo.records WHERE id = %s", (new,)) == [("52",)]
    assert sync_once(w["a"], central.creds(w["mgr"])).ok
    settled(central, h, w["mgr"], w["a"], a2)


# --- a field user certifies -------------------------------------------------------------


def test_a_field_user_cannot_certify(central: Any, world: dict[str, Any]) -> None:
    w = world
    app, _line = pay_app(central, w, "800.00")
    before = project_rows(central, w["pid"])
    f = reader(central, w, "fieldy", app)  # field users read the cost rows
    certify_on(f, app, "800.00")
    report = sync_once(f, central.creds(w["fieldy"]))
    assert not report.ok and len(report.quarantined) == 2, report.quarantined
    assert all("only a project manager may certify" in q for q in report.quarantined)
    with as_(central, w["fieldy"]) as conn:
        refused(push(conn, certify(1, w, app, "800.00")), "only a project manager may certify")
        # a new application already certified, column-wise: nothing written
        forged = new_id()
        values = {
            "project_id": w["pid"],
            "commitment_id": w["sc"],
            "contractor_id": w["org"],
            "application_no": 99,
            "title": "Forged",
            "period_start": "2026-09-01",
            "period_end": "2026-09-30",
            "status": "certified",
            "certified_amount": "9.00",
        }
        device = str(uuid.uuid4())
        answer = rows_push(conn, device, 1, [("pay_applications", forged, w["pid"], values)])
        assert answer["status"] == "fallback", answer
        refused(
            push(conn, [mutation(1, "pay_applications", forged, w["pid"], values)], device),
            "only a project manager may certify",
        )
    assert status_of(central, app) == "under_review"
    assert project_rows(central, w["pid"]) == before


def test_field_users_and_viewers_write_no_cost_rows(central: Any, world: dict[str, Any]) -> None:
    w = world
    before = project_rows(central, w["pid"])
    pid = w["pid"]
    budget = {
        "project_id": pid,
        "cost_code_id": w["code"],
        "title": "Mine",
        "category": "design",
        "original_amount": "1.00",
    }
    with as_(central, w["fieldy"]) as conn:
        reasons = refused(
            push(
                conn,
                [
                    mutation(1, "budget_lines", new_id(), pid, budget),
                    mutation(
                        2, "budget_lines", w["line"], pid, {"original_amount": "9.00"}, "update"
                    ),
                    mutation(
                        3, "budget_transfers", w["transfer"], pid, {"status": "approved"}, "update"
                    ),
                    mutation(4, "commitments", w["po"], pid, {"status": "executed"}, "update"),
                    mutation(
                        5,
                        "sov_lines",
                        new_id(),
                        pid,
                        {
                            "project_id": pid,
                            "commitment_id": w["po"],
                            "position": 9,
                            "item": "9",
                            "description": "x",
                            "scheduled_value": "1.00",
                        },
                    ),
                    mutation(6, "commitment_rates", w["rate"], pid, {"rate": "99.00"}, "update"),
                    mutation(
                        7,
                        "funding_sources",
                        w["fund"],
                        pid,
                        {"deleted_at": "2026-12-01T00:00:00.000000Z"},
                        "delete",
                    ),
                ],
            ),
            "only a project manager",
        )
        assert "only a project manager may mark a budget transfer approved" in reasons[2]
        assert "only a project manager may execute a commitment" in reasons[3]
        assert "budget, commitments and payment applications" in reasons[0]
        # column-wise and set-based paths too: nothing written
        answer = rows_push(conn, str(uuid.uuid4()), 1, [("budget_lines", new_id(), pid, budget)])
        assert answer["status"] == "fallback", answer
    with as_(central, w["viewer"]) as conn:
        refused(push(conn, [mutation(1, "budget_lines", new_id(), pid, budget)]), "viewer")
    assert project_rows(central, pid) == before


# --- a manager above the approval limit ------------------------------------------------


def test_a_manager_certifies_only_within_the_approval_limit(
    central: Any, world: dict[str, Any]
) -> None:
    w = world
    big, _ = pay_app(central, w, "4500.00")
    small, _ = pay_app(central, w, "800.00")
    with as_(central, w["boss"]) as conn:
        reasons = refused(push(conn, certify(1, w, big, "4500.00")), "approval limit")
        assert "4500.00 is above your approval limit of 1000" in reasons[1]
        # an amount left out is no way round the limit
        refused(push(conn, [certify(0, w, big, "x")[1]]), "(unknown) is above")
    assert status_of(central, big) == "under_review"
    boss = reader(central, w, "boss", small)
    certify_on(boss, small, "800.00")
    assert sync_once(boss, central.creds(w["boss"])).ok  # within the limit
    assert status_of(central, small) == "certified"
    certify_on(w["a"], big, "4500.00")  # the manager without a limit
    assert sync_once(w["a"], central.creds(w["mgr"])).ok
    assert status_of(central, big) == "certified"


# --- a certified application never changes ---------------------------------------------


def test_nobody_changes_a_certified_application(central: Any, world: dict[str, Any]) -> None:
    w = world
    app, line = pay_app(central, w, "700.00")
    certify_on(w["a"], app, "700.00")
    assert sync_once(w["a"], central.creds(w["mgr"])).ok
    assert status_of(central, app) == "certified"
    before = project_rows(central, w["pid"])
    stamp = "2026-12-02T00:00:00.000000Z"
    for who in ("fieldy", "mgr", "pmo"):  # the field user first, then those who may certify
        with as_(central, w[who]) as conn:
            refused(
                push(
                    conn,
                    [
                        mutation(
                            1, "pay_applications", app, w["pid"], {"withholding": "50.00"}, "update"
                        ),
                        mutation(
                            2, "pay_applications", app, w["pid"], {"status": "void"}, "update"
                        ),
                        mutation(
                            3, "pay_applications", app, w["pid"], {"deleted_at": stamp}, "delete"
                        ),
                        mutation(
                            4,
                            "pay_application_lines",
                            line,
                            w["pid"],
                            {"approved_work": "7000.00"},
                            "update",
                        ),
                        mutation(
                            5,
                            "pay_application_lines",
                            new_id(),
                            w["pid"],
                            {
                                "project_id": w["pid"],
                                "pay_application_id": app,
                                "sov_line_id": w["sov2"],
                                "position": 2,
                                "claimed_work": "1.00",
                            },
                        ),
                    ],
                ),
                "certified payment application never change",
            )
    with w["a"].unit_of_work() as s:  # the manager's own laptop
        got = s.get(PayApplication, app)
        assert got is not None
        got.withholding = Decimal("10.00")
    report = sync_once(w["a"], central.creds(w["mgr"]))
    assert any("never changes" in q for q in report.quarantined), report.quarantined
    # the PMO's own SQL
    with pytest.raises(psycopg.Error, match="never changes"):
        central.sql(
            'UPDATE pmo.records SET data = data || \'{"withholding": "1.00"}\' WHERE id = %s',
            (app,),
        )
    with pytest.raises(psycopg.Error, match="never change"):
        central.sql("DELETE FROM pmo.records WHERE id = %s", (line,))
    with pytest.raises(admin.AdminError, match="certified payment application"):
        admin_records.purge(central.admin, "COSTA", row_id=app)
    assert project_rows(central, w["pid"]) == before


# --- references into another project ---------------------------------------------------


def test_cost_rows_never_point_into_another_project(central: Any, world: dict[str, Any]) -> None:
    w = world
    bp, bi = w["b_pid"], w["b_ids"]
    a_before, b_before = project_rows(central, w["pid"]), project_rows(central, bp)
    sov = {
        "project_id": bp,
        "position": 9,
        "item": "9",
        "description": "x",
        "scheduled_value": "1.00",
    }
    with as_(central, w["other"]) as conn:  # COSTB's manager
        refused(
            push(
                conn,
                [
                    mutation(1, "sov_lines", new_id(), bp, {**sov, "commitment_id": w["sc"]}),
                    mutation(
                        2,
                        "sov_lines",
                        new_id(),
                        bp,
                        {**sov, "commitment_id": bi["sc"], "budget_line_id": w["line"]},
                    ),
                    mutation(
                        3, "sov_lines", bi["sov1"], bp, {"budget_line_id": w["line"]}, "update"
                    ),
                    mutation(
                        4,
                        "budget_transfers",
                        bi["transfer"],
                        bp,
                        {"to_line_id": w["line"]},
                        "update",
                    ),
                    mutation(
                        5,
                        "pay_applications",
                        new_id(),
                        bp,
                        {
                            "project_id": bp,
                            "commitment_id": w["sc"],
                            "contractor_id": bi["org"],
                            "application_no": 1,
                            "title": "x",
                        },
                    ),
                    mutation(
                        6,
                        "budget_lines",
                        new_id(),
                        bp,
                        {
                            "project_id": bp,
                            "cost_code_id": bi["code"],
                            "title": "x",
                            "funding_source_id": w["fund"],
                        },
                    ),
                    mutation(
                        7,
                        "cost_codes",
                        new_id(),
                        bp,
                        {"project_id": bp, "code": "99", "name": "x", "parent_id": w["division"]},
                    ),
                ],
            ),
            "refers to a record of another project",
        )
        answer = rows_push(
            conn,
            str(uuid.uuid4()),
            1,
            [("sov_lines", new_id(), bp, {**sov, "commitment_id": w["sc"]})],
        )
        assert answer["status"] == "fallback", answer
    assert project_rows(central, w["pid"]) == a_before
    assert project_rows(central, bp) == b_before


def test_change_orders_never_point_into_another_project(
    central: Any, world: dict[str, Any]
) -> None:
    w = world
    bp, bi = w["b_pid"], w["b_ids"]
    b_before = project_rows(central, bp)
    line = {
        "project_id": bp,
        "change_order_id": bi["co"],
        "position": 2,
        "description": "x",
        "quantity": "1.000",
        "unit_price": "1.00",
        "amount": "1.00",
    }
    with as_(central, w["fieldy"]) as conn:  # a field user of both projects
        refused(
            push(
                conn,
                [
                    mutation(
                        1, "change_order_lines", new_id(), bp, {**line, "sov_line_id": w["sov1"]}
                    ),
                    mutation(
                        2,
                        "change_order_lines",
                        bi["co_line"],
                        bp,
                        {"sov_line_id": w["sov2"]},
                        "update",
                    ),
                    mutation(
                        3, "change_orders", bi["co"], bp, {"commitment_id": w["sc"]}, "update"
                    ),
                ],
            ),
            "refers to a record of another project",
        )
        assert project_rows(central, bp) == b_before
        # the same with the project's own SOV line goes through: change orders stay
        # the field's
        answer = push(
            conn,
            [mutation(1, "change_order_lines", new_id(), bp, {**line, "sov_line_id": bi["sov1"]})],
        )
        assert answer["applied"] == 1 and not answer["quarantined"], answer


# --- the migration ----------------------------------------------------------------------


def test_every_cost_table_is_guarded(central: Any) -> None:
    tables = {
        mapper.class_.__tablename__
        for mapper in Base.registry.mappers
        if mapper.class_.__module__
        in {m.__name__ for m in (budget_model, commitment_model, payment_model)}
    }
    assert tables == set(MIGRATION.COST_TABLES)
    assert central.sql("SELECT count(*) FROM pg_trigger WHERE tgname LIKE 'cost_rules%'") == [(2,)]


def test_migration_0008_goes_down_to_0007_and_up_again(central: Any) -> None:
    def state() -> tuple[Any, ...]:
        def md5(sig: str) -> Any:
            return central.sql("SELECT md5(pg_get_functiondef(%s::regprocedure))", (sig,))[0][0]

        return (
            central.sql("SELECT version_num FROM pmo.alembic_version")[0][0],
            central.sql("SELECT value FROM pmo.settings WHERE key = 'protocol'")[0][0],
            central.sql("SELECT count(*) FROM pmo.ref_fields")[0][0],
            central.sql("SELECT count(*) FROM pmo.review_fields")[0][0],
            central.sql("SELECT count(*) FROM pmo.linked_fields")[0][0],
            central.sql("SELECT count(*) FROM pg_trigger WHERE tgname LIKE 'cost_rules%'")[0][0],
            md5("pmo._apply(jsonb, text)"),
            md5("pmo._number(uuid, text, uuid, jsonb)"),
            md5("pmo._next_number(uuid, text, text, text)"),
        )

    _migrate(central, "0008_cost")  # from the later migrations
    head = state()
    assert head[:2] == ("0008_cost", "5") and head[5] == 2
    _migrate(central, "0007_schedule")
    down = state()
    assert down[:2] == ("0007_schedule", "4") and down[5] == 0
    assert down[2] == head[2] - len(MIGRATION.REF_FIELDS)
    assert down[3] == head[3] - len(MIGRATION.REVIEW_FIELDS)
    assert down[4] == head[4] - len(MIGRATION.LINKED_FIELDS)
    assert all(d != u for d, u in zip(down[6:], head[6:], strict=True))
    assert central.sql("SELECT to_regprocedure('pmo._apply_diary(jsonb, text)')") == [(None,)]
    _migrate(central, "head")
    _migrate(central, "0008_cost")
    assert state() == head
    _migrate(central, "head")
