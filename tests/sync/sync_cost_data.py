"""The cost rows the central tests build on a laptop (through the ORM, as the cost
services write them), what a certification sends, and comparisons with the server."""

from __future__ import annotations

import datetime as dt
import time
from decimal import Decimal
from typing import Any

from test_sync_hostile import mutation

from executrek.models import numbering
from executrek.models.ids import new_id
from executrek.models.project import CostCode
from executrek.models.records.change_order.model import ChangeOrder, ChangeOrderLine
from executrek.models.records.cost.budget_model import BudgetLine, BudgetTransfer, FundingSource
from executrek.models.records.cost.commitment_model import (
    Commitment,
    CommitmentRate,
    SovActivity,
    SovLine,
)
from executrek.models.records.cost.payment_model import (
    PayApplication,
    PayApplicationEvent,
    PayApplicationLine,
)
from executrek.models.records.cost.vocab import CommitmentStatus, PayAppStatus
from executrek.models.services import projects
from executrek.models.store import Store
from executrek.sync.engine import sync_once

WHEN = dt.datetime(2026, 12, 1, 9, 30, tzinfo=dt.UTC)


def num_of(s: Any, pid: str, series: str) -> int | None:
    number, _draft = numbering.allocate_one(s, pid, series)
    return number


def build_costs(store: Store, pid: str) -> dict[str, str]:
    """A budget, two commitments (a contract executed, a purchase order in draft) with
    SOV lines, a rate, a transfer and a change order on the contract."""
    ids = {k: new_id() for k in ("division", "code", "fund", "line", "line2", "transfer")}
    ids.update({k: new_id() for k in ("sc", "po", "sov1", "sov2", "rate", "co", "co_line")})
    org = projects.add_organisation(store, pid, "Acme Builders", "general_contractor").value.id
    ids["org"] = org
    with store.unit_of_work() as s:
        num = {x: [num_of(s, pid, x) for _ in range(2)] for x in ("BL", "BT", "SC", "PO", "CO")}
        s.add(CostCode(id=ids["division"], project_id=pid, code="03", name="Concrete"))
        s.flush()  # SQLite checks each reference at once: parents first
        s.add(
            CostCode(
                id=ids["code"],
                project_id=pid,
                code="03 30 00",
                name="Cast-in-place",
                parent_id=ids["division"],
            )
        )
        s.add(
            FundingSource(
                id=ids["fund"], project_id=pid, name="Equity", amount=Decimal("9000000.00")
            )
        )
        s.flush()
        for i, (key, title, amount) in enumerate(
            (("line", "Structure", "900000.00"), ("line2", "Fees", "5.00"))
        ):
            s.add(
                BudgetLine(
                    id=ids[key],
                    project_id=pid,
                    number=num["BL"][i],
                    cost_code_id=ids["code"],
                    title=title,
                    category="construction",
                    original_amount=Decimal(amount),
                    funding_source_id=ids["fund"],
                )
            )
        s.flush()
        s.add(
            BudgetTransfer(
                id=ids["transfer"],
                project_id=pid,
                number=num["BT"][0],
                title="Move",
                reason="Scope",
                from_line_id=ids["line2"],
                to_line_id=ids["line"],
                amount=Decimal("5.00"),
                status="pending",
                submitted_at=WHEN,
            )
        )
        for key, kind, series, status in (
            ("sc", "contract", "SC", CommitmentStatus.EXECUTED),
            ("po", "purchase_order", "PO", CommitmentStatus.DRAFT),
        ):
            s.add(
                Commitment(
                    id=ids[key],
                    project_id=pid,
                    commitment_type=kind,
                    number=num[series][0],
                    title=f"{kind} 1",
                    contractor_id=org,
                    original_value=Decimal("100000.00"),
                    retainage_pct=Decimal("10.00"),
                    materials_retainage_pct=Decimal("10.00"),
                    status=status,
                    executed_on=dt.date(2026, 11, 2) if key == "sc" else None,
                )
            )
        s.flush()
        for n, key in enumerate(("sov1", "sov2"), 1):
            s.add(
                SovLine(
                    id=ids[key],
                    project_id=pid,
                    commitment_id=ids["sc"],
                    position=n,
                    item=str(n),
                    description=f"Item {n}",
                    cost_code_id=ids["code"],
                    budget_line_id=ids["line"],
                    scheduled_value=Decimal("50000.00"),
                )
            )
        s.flush()
        s.add(SovActivity(project_id=pid, sov_line_id=ids["sov1"], activity_code="A1000"))
        s.add(
            CommitmentRate(
                id=ids["rate"],
                project_id=pid,
                commitment_id=ids["sc"],
                item="R1",
                description="Formwork",
                unit="m2",
                rate=Decimal("45.00"),
            )
        )
        s.add(
            ChangeOrder(
                id=ids["co"],
                project_id=pid,
                tier="change_order",
                number=num["CO"][0],
                title="Extra slab",
                reason="owner_request",
                commitment_id=ids["sc"],
                amount=Decimal("1200.00"),
            )
        )
        s.flush()
        s.add(
            ChangeOrderLine(
                id=ids["co_line"],
                project_id=pid,
                change_order_id=ids["co"],
                position=1,
                description="Slab",
                sov_line_id=ids["sov1"],
                cost_code_id=ids["code"],
                quantity=Decimal(1),
                unit_price=Decimal("1200.00"),
                amount=Decimal("1200.00"),
            )
        )
    return ids


def pay_app(central: Any, w: dict[str, Any], amount: str) -> tuple[str, str]:
    """A payment application of the contract, under review with one approved line,
    made on the manager's laptop and synced: (application id, line id)."""
    w["apps"] += 1
    app, line = new_id(), new_id()
    a: Store = w["a"]
    with a.unit_of_work() as s:
        s.add(
            PayApplication(
                id=app,
                project_id=w["pid"],
                number=num_of(s, w["pid"], "PA"),
                commitment_id=w["sc"],
                contractor_id=w["org"],
                application_no=w["apps"],
                title=f"Application {w['apps']}",
                period_start=dt.date(2026, w["apps"], 1),
                period_end=dt.date(2026, w["apps"], 28),
                status=PayAppStatus.UNDER_REVIEW,
            )
        )
        s.add(
            PayApplicationLine(
                id=line,
                project_id=w["pid"],
                pay_application_id=app,
                sov_line_id=w["sov1"],
                position=1,
                claimed_work=Decimal(amount),
                approved_work=Decimal(amount),
                decision="approved",
            )
        )
    assert sync_once(a, central.creds(w["mgr"])).ok
    return app, line


def certify_on(store: Store, app_id: str, amount: str) -> None:
    """What a certification writes on a laptop: the event (with the amount) and the status."""
    with store.unit_of_work() as s:
        app = s.get(PayApplication, app_id)
        assert app is not None
        s.add(
            PayApplicationEvent(
                project_id=app.project_id,
                pay_application_id=app_id,
                action="certify",
                from_status=app.status.value,
                to_status="certified",
                amount=Decimal(amount),
                approver_name="Someone",
            )
        )
        app.status = PayAppStatus.CERTIFIED
        app.certified_amount = Decimal(amount)
        app.certified_at = WHEN
        app.certified_by = "Someone"


def settled(central: Any, h: Any, login: str, *stores: Store) -> None:
    """The laptops hold what the server holds. A pull stops below the oldest transaction
    still running anywhere on the server (other databases too), so under load a row may
    come one sync later: sync again a few times before comparing for good."""
    for _ in range(5):
        try:
            h.assert_equal(central, login, *stores)
            return
        except AssertionError:
            time.sleep(0.5)
            for st in stores:
                assert sync_once(st, central.creds(login)).ok
    h.assert_equal(central, login, *stores)


def reader(central: Any, w: dict[str, Any], who: str, app_id: str) -> Store:
    """A new laptop of ``who``, synced until it holds the payment application."""
    store: Store = w["laptop"](who)
    for _ in range(5):
        assert sync_once(store, central.creds(w[who])).ok
        with store.read() as s:
            if s.get(PayApplication, app_id) is not None:
                return store
        time.sleep(0.5)
    raise AssertionError(f"{who} never received the payment application")


def status_of(central: Any, row_id: str) -> str | None:
    rows = central.sql("SELECT data->>'status' FROM pmo.records WHERE id = %s", (row_id,))
    return str(rows[0][0]) if rows else None


def project_rows(central: Any, pid: str) -> list[Any]:
    """The project's records (audit lines aside: a laptop keeps one of every change its
    person made, refused or not)."""
    return central.sql(
        "SELECT tbl, id::text, data, row_version, deleted FROM pmo.records "
        "WHERE project_id = %s AND tbl NOT IN ('_conflicts', 'audit_events') ORDER BY id",
        (pid,),
    )


def certify(seq: int, w: dict[str, Any], app: str, amount: str) -> list[dict[str, Any]]:
    """The two mutations a certification sends (event first, as the outbox orders them)."""
    return [
        mutation(
            seq,
            "pay_application_events",
            new_id(),
            w["pid"],
            {
                "project_id": w["pid"],
                "pay_application_id": app,
                "action": "certify",
                "to_status": "certified",
                "amount": amount,
            },
            "event",
        ),
        mutation(
            seq + 1,
            "pay_applications",
            app,
            w["pid"],
            {"status": "certified", "certified_amount": amount, "certified_by": "X"},
            "update",
        ),
    ]
