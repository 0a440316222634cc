"""Cost projects built in code for the ``cost`` suite (and the cost report and payment
review screen cases): rows written straight through the ORM in one transaction per
table group, deterministic, no services (so the data stays the same whatever the write
services check).

* ``budget_project``: a budget of ``Sizes.budget_lines`` lines on a three-level cost-code
  tree (divisions → sections → leaves, one line a leaf; soft costs and the owner's
  contingency in the first division, every 50th line closed), approved and pending
  transfers (contingency drawdowns among them), ``Sizes.commitments`` commitments whose
  ``Sizes.sov_lines`` SOV lines map onto the budget lines (the last line of every other
  commitment added by an approved change order), pending change events, requests and
  change orders mapped by SOV line or cost code, and ``Sizes.pay_apps`` payment
  applications (three per commitment for the first ones: two certified, one under
  review, a line for every SOV line).
* ``review_project``: one commitment with ``lines`` SOV lines spread over 20 floors, each
  linked to schedule activities of an update, two certified applications and a third
  under review claiming on every line, the period's diary (manpower of the contractor
  and others, work by floor), open NCRs and punch items: what the pay-application review
  screen shows beside each line.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from executrek.models.directory import Organisation, OrgKind, User
from executrek.models.ids import new_id
from executrek.models.project import CostCode, Location, LocationKind
from executrek.models.records.change_order.model import ChangeOrder, ChangeOrderLine, COReason
from executrek.models.records.cost.budget_model import BudgetLine, BudgetTransfer
from executrek.models.records.cost.commitment_model import (
    Commitment,
    CommitmentRate,
    SovActivity,
    SovLine,
)
from executrek.models.records.cost.payment_model import PayApplication, PayApplicationLine
from executrek.models.records.cost.vocab import (
    BudgetStatus,
    CommitmentStatus,
    CommitmentType,
    CostCategory,
    LineDecision,
    PayAppStatus,
    TransferStatus,
)
from executrek.models.records.diary.entries import DiaryManpower, DiaryWork
from executrek.models.records.diary.model import DiaryDay
from executrek.models.records.issue.model import ContractorIssue
from executrek.models.records.punch.model import PunchItem
from executrek.models.records.schedule.model import (
    ActivityKind,
    ActivityStatus,
    ScheduleActivity,
    ScheduleUpdate,
    SourceFormat,
    UpdateStatus,
)
from executrek.models.services import projects
from executrek.models.store import Store
from executrek.models.vocab import COStatus, COTier, IssueType, PunchStatus

START = dt.date(2026, 1, 5)
SOFT = (
    CostCategory.DESIGN,
    CostCategory.FEES,
    CostCategory.PERMITS,
    CostCategory.INSURANCE,
    CostCategory.FFE,
    CostCategory.PMO,
)


@dataclass(frozen=True)
class Sizes:
    budget_lines: int = 2000  # divisions × 10 sections × 10 leaves
    commitments: int = 60
    sov_lines: int = 3000
    pay_apps: int = 36  # three per commitment (certified, certified, under review)


FULL = Sizes()
QUICK = Sizes(budget_lines=200, commitments=10, sov_lines=300, pay_apps=9)


@dataclass(frozen=True)
class CostProject:
    project_id: str
    commitment_ids: list[str]
    pay_app_ids: list[str]


@dataclass(frozen=True)
class ReviewProject:
    project_id: str
    commitment_id: str
    pay_app_id: str  # the application under review
    sov_line_ids: list[str]


def _rows(s: Session, model: type[Any], pid: str, rows: list[dict[str, Any]]) -> list[Any]:
    """Add ``rows`` of ``model`` to project ``pid`` (ids minted here) and flush them, in
    order."""
    made = [model(id=new_id(), project_id=pid, **values) for values in rows]
    s.add_all(made)
    s.flush()
    return made


def _money(cents: int) -> Decimal:
    return Decimal(cents).scaleb(-2)


def _project(store: Store, code: str, name: str) -> str:
    projects.ensure_user(store, "bench.rep", "Bench Rep")
    return projects.create_project(
        store,
        projects.NewProject(
            code=code, name=name, owner_name="Owner", baseline_start=START, currency="USD"
        ),
    ).value.id


def budget_project(store: Store, sizes: Sizes = FULL, code: str = "COST") -> CostProject:
    """The budget roll-up's project (see the module docstring)."""
    pid = _project(store, code, "Cost bench")
    divisions = max(1, sizes.budget_lines // 100)
    with store.transaction() as (s, _):
        roots = _rows(s, CostCode, pid, [
            {"code": f"{d:02d}", "name": f"Division {d:02d}"} for d in range(divisions)
        ])  # fmt: skip
        sections = _rows(s, CostCode, pid, _children(roots, "Section"))
        leaves = _rows(s, CostCode, pid, _children(sections, "Item"))
        lines = _rows(s, BudgetLine, pid, [
            {"number": i + 1, "cost_code_id": leaf.id, "title": f"Budget line {leaf.code}",
             "category": _category(i), "original_amount": _money(5_000_000 + (i * 7919) % 20_000_000),
             "status": BudgetStatus.CLOSED if i % 50 == 49 else BudgetStatus.ACTIVE}
            for i, leaf in enumerate(leaves[: sizes.budget_lines])
        ])  # fmt: skip
        contingency = [ln for ln in lines if ln.category is CostCategory.CONTINGENCY]
        transfers = []
        for i in range(len(lines) // 10):
            source = (
                contingency[i % len(contingency)] if i % 3 == 0 else lines[(i * 13) % len(lines)]
            )
            transfers.append({
                "number": i + 1, "title": f"Transfer {i}", "reason": "Re-allocation",
                "from_line_id": None if i % 17 == 0 else source.id,
                "to_line_id": lines[(i * 31 + 7) % len(lines)].id,
                "amount": _money(100_000 + i * 101),
                "status": TransferStatus.PENDING if i % 5 == 4 else TransferStatus.APPROVED,
            })  # fmt: skip
        _rows(s, BudgetTransfer, pid, transfers)

        orgs = _rows(
            s,
            Organisation,
            pid,
            [
                {"name": f"Contractor {n:02d}", "kind": OrgKind.SUBCONTRACTOR}
                for n in range(max(1, sizes.commitments // 3))
            ],
        )
        per = max(1, sizes.sov_lines // sizes.commitments)
        commitments = _rows(s, Commitment, pid, [
            {"commitment_type": CommitmentType.CONTRACT if n % 4 else CommitmentType.PURCHASE_ORDER,
             "number": n + 1, "title": f"Commitment {n}", "contractor_id": orgs[n % len(orgs)].id,
             "original_value": _money(sum(_sov_cents(n, k) for k in range(per - (1 - n % 2)))),
             "retainage_pct": Decimal(10), "materials_retainage_pct": Decimal(10),
             "status": _commitment_status(n), "start_date": START + dt.timedelta(days=7 * n),
             "finish_date": START + dt.timedelta(days=7 * n + 300)}
            for n in range(sizes.commitments)
        ])  # fmt: skip
        # The last SOV line of every other commitment comes from an approved change order.
        approved_cos = _rows(s, ChangeOrder, pid, [
            {"tier": COTier.CHANGE_ORDER, "number": n // 2 + 1, "title": f"Change to {c.title}",
             "reason": COReason.OWNER_REQUEST, "status": COStatus.APPROVED,
             "commitment_id": c.id, "amount": _money(_sov_cents(n, per - 1))}
            for n, c in enumerate(commitments) if n % 2 == 0
        ])  # fmt: skip
        co_of = {co.commitment_id: co for co in approved_cos}
        sov_rows = []
        for n, c in enumerate(commitments):
            for k in range(per):
                last = k == per - 1 and c.id in co_of
                index = n * per + k
                budget = lines[(index * 7) % len(lines)]
                sov_rows.append({
                    "commitment_id": c.id, "position": k + 1, "item": f"{k + 1}",
                    "description": f"Work item {k + 1} of {c.title}",
                    "cost_code_id": budget.cost_code_id, "budget_line_id": budget.id,
                    "scheduled_value": _money(_sov_cents(n, k)),
                    "change_order_id": co_of[c.id].id if last else None,
                })  # fmt: skip
        sov = _rows(s, SovLine, pid, sov_rows)
        _pending_changes(s, pid, sov, leaves, approved_cos)
        apps = _pay_apps(s, pid, commitments, sov, sizes.pay_apps)
    return CostProject(pid, [c.id for c in commitments], [a.id for a in apps])


def _children(parents: list[Any], label: str) -> list[dict[str, Any]]:
    """Ten codes under each of ``parents``."""
    return [
        {"code": f"{p.code}.{n:02d}", "name": f"{label} {p.code}.{n:02d}", "parent_id": p.id}
        for p in parents
        for n in range(10)
    ]


def _category(i: int) -> CostCategory:
    if i < 100:
        return CostCategory.CONTINGENCY if i % 25 == 0 else SOFT[i % len(SOFT)]
    return CostCategory.CONSTRUCTION


def _commitment_status(n: int) -> CommitmentStatus:
    if n % 20 == 19:
        return CommitmentStatus.DRAFT
    if n % 20 == 18:
        return CommitmentStatus.CLOSED
    return CommitmentStatus.EXECUTED


def _sov_cents(commitment: int, line: int) -> int:
    return 1_000_000 + ((commitment * 131 + line * 977) % 9_000) * 1_000


def _pending_changes(
    s: Session, pid: str, sov: list[Any], codes: list[Any], numbered: list[Any]
) -> None:
    tiers = (COTier.CHANGE_EVENT, COTier.REQUEST, COTier.CHANGE_ORDER)
    heads = _rows(
        s,
        ChangeOrder,
        pid,
        [
            {
                "tier": tiers[i % 3],
                "number": 1000 + i,
                "title": f"Pending change {i}",
                "reason": COReason.UNFORESEEN_CONDITION,
                "status": COStatus.PENDING if i % 2 else COStatus.DRAFT,
                "amount": Decimal(0),
            }
            for i in range(120)
        ],
    )
    rows = []
    for i, head in enumerate(heads):
        for k in range(3):
            by_sov = (i + k) % 2 == 0
            cents = 25_000 + (i * 37 + k * 11) % 400_000
            rows.append(
                {
                    "change_order_id": head.id,
                    "position": k + 1,
                    "description": f"Extra work {k}",
                    "sov_line_id": sov[(i * 23 + k) % len(sov)].id if by_sov else None,
                    "cost_code_id": None if by_sov else codes[(i * 41 + k) % len(codes)].id,
                    "quantity": Decimal(1),
                    "unit": "ea",
                    "unit_price": _money(cents),
                    "amount": _money(cents),
                }
            )
    _rows(s, ChangeOrderLine, pid, rows)


def _earned(work_to_date: int, stored: int) -> int:
    """G less 10 % retainage on work and on stored material, per line (cents, half up):
    a line's share of G702 line 6."""
    return work_to_date + stored - (work_to_date + 5) // 10 - (stored + 5) // 10


def _pay_apps(
    s: Session, pid: str, commitments: list[Any], sov: list[Any], count: int
) -> list[Any]:
    by_commitment: dict[str, list[Any]] = {}
    for line in sov:
        by_commitment.setdefault(line.commitment_id, []).append(line)
    executed = [c for c in commitments if c.status is not CommitmentStatus.DRAFT]
    heads, line_rows = [], []
    number = 0
    for c in executed[: (count + 2) // 3]:
        previous: dict[str, int] = {}
        paid = 0
        for no in (1, 2, 3):
            if number >= count:
                break
            number += 1
            status = PayAppStatus.UNDER_REVIEW if no == 3 else PayAppStatus.CERTIFIED
            app_id = new_id()
            start = START + dt.timedelta(days=30 * (no - 1))
            earned = 0
            for k, line in enumerate(by_commitment[c.id]):
                value = int(line.scheduled_value * 100)
                work = value * (10 + (k % 5) * 3) // 100
                stored = value // 50 if k % 4 == 0 else 0
                done = previous.get(line.id, 0)
                certified = status is PayAppStatus.CERTIFIED
                line_rows.append(
                    {
                        "id": new_id(),
                        "pay_application_id": app_id,
                        "sov_line_id": line.id,
                        "position": k + 1,
                        "previous": _money(done),
                        "claimed_work": _money(work),
                        "claimed_stored": _money(stored),
                        "approved_work": _money(work) if certified else None,
                        "approved_stored": _money(stored) if certified else None,
                        "decision": LineDecision.APPROVED if certified else LineDecision.PENDING,
                    }
                )
                if certified:
                    previous[line.id] = done + work
                    earned += _earned(done + work, stored)
            heads.append(
                {
                    "id": app_id,
                    "number": number,
                    "commitment_id": c.id,
                    "contractor_id": c.contractor_id,
                    "application_no": no,
                    "title": f"Application {no}",
                    "period_start": start,
                    "period_end": start + dt.timedelta(days=29),
                    "status": status,
                    "certified_amount": _money(earned - paid)
                    if status is PayAppStatus.CERTIFIED
                    else None,
                }
            )
            if status is PayAppStatus.CERTIFIED:
                paid = earned
    apps = [PayApplication(project_id=pid, **h) for h in heads]
    s.add_all(apps)
    s.flush()
    s.add_all(PayApplicationLine(project_id=pid, **row) for row in line_rows)
    s.flush()
    return apps


# --- the review screen's project -------------------------------------------------------


def review_project(store: Store, lines: int = 300, code: str = "REVIEW") -> ReviewProject:
    """One commitment of ``lines`` SOV lines with everything the review shows (see the
    module docstring); the third application, under review, claims on every line."""
    pid = _project(store, code, "Pay application review bench")
    with store.transaction() as (s, _):
        user = s.query(User).filter(User.username == "bench.rep").one()
        b1 = _rows(s, Location, pid, [{"code": "B1", "name": "Building 1",
                                  "kind": LocationKind.BUILDING}])[0]  # fmt: skip
        floors = _rows(
            s,
            Location,
            pid,
            [
                {
                    "code": f"L{n:02d}",
                    "name": f"Level {n}",
                    "kind": LocationKind.FLOOR,
                    "parent_id": b1.id,
                }
                for n in range(20)
            ],
        )
        gc, other = _rows(
            s,
            Organisation,
            pid,
            [
                {"name": "Main Contractor", "kind": OrgKind.GENERAL_CONTRACTOR},
                {"name": "Other Trades", "kind": OrgKind.SUBCONTRACTOR},
            ],
        )
        values = [2_000_000 + (k * 7919) % 5_000_000 for k in range(lines)]
        (c,) = _rows(
            s,
            Commitment,
            pid,
            [
                {
                    "commitment_type": CommitmentType.CONTRACT,
                    "number": 1,
                    "title": "Main works",
                    "contractor_id": gc.id,
                    "original_value": _money(sum(values)),
                    "retainage_pct": Decimal(10),
                    "materials_retainage_pct": Decimal(10),
                    "status": CommitmentStatus.EXECUTED,
                    "start_date": START,
                    "finish_date": START + dt.timedelta(days=365),
                }
            ],
        )
        sov = _rows(
            s,
            SovLine,
            pid,
            [
                {
                    "commitment_id": c.id,
                    "position": k + 1,
                    "item": f"{k // 10 + 1}.{k % 10 + 1}",
                    "description": f"Works package {k + 1} on level {k % 20}",
                    "location_id": floors[k % 20].id,
                    "scheduled_value": _money(v),
                }
                for k, v in enumerate(values)
            ],
        )
        _rows(
            s,
            SovActivity,
            pid,
            [
                {"sov_line_id": line.id, "activity_code": f"A{k:04d}{j}"}
                for k, line in enumerate(sov)
                for j in range(1 + k % 2)
            ],
        )
        _rows(s, CommitmentRate, pid,
            [
                {"commitment_id": c.id, "item": f"R{n}",
                 "description": f"Rate item {n}", "unit": "m2", "rate": _money(5_000 + n * 100)}
                for n in range(40)
            ],
        )  # fmt: skip
        (update,) = _rows(
            s,
            ScheduleUpdate,
            pid,
            [
                {
                    "number": 1,
                    "title": "Update 3",
                    "data_date": START + dt.timedelta(days=89),
                    "source_format": SourceFormat.XER,
                    "source_name": "update3.xer",
                    "source_sha256": "0" * 64,
                    "status": UpdateStatus.ACCEPTED,
                }
            ],
        )
        _rows(
            s,
            ScheduleActivity,
            pid,
            [
                {
                    "update_id": update.id,
                    "code": f"A{k:04d}{j}",
                    "name": f"Activity {k}.{j}",
                    "kind": ActivityKind.TASK,
                    "status": ActivityStatus.IN_PROGRESS,
                    "original_duration": Decimal(5 + k % 30),
                    "pct_physical": Decimal((k * 13) % 100),
                    "planned_start": START + dt.timedelta(days=k % 200),
                    "planned_finish": START + dt.timedelta(days=k % 200 + 60),
                }
                for k in range(lines)
                for j in range(1 + k % 2)
            ],
        )
        apps, app_lines = [], []
        done = [0] * lines
        paid = 0
        for no in (1, 2, 3):
            start = START + dt.timedelta(days=30 * (no - 1))
            certified = no < 3
            app_id = new_id()
            earned = 0
            for k, (line, v) in enumerate(zip(sov, values, strict=True)):
                work = v * (5 + (k * 7 + no) % 20) // 100
                stored = v // 50 if k % 6 == 0 else 0
                app_lines.append(
                    PayApplicationLine(
                        id=new_id(),
                        project_id=pid,
                        pay_application_id=app_id,
                        sov_line_id=line.id,
                        position=k + 1,
                        previous=_money(done[k]),
                        claimed_work=_money(work),
                        claimed_stored=_money(stored),
                        approved_work=_money(work) if certified else None,
                        approved_stored=_money(stored) if certified else None,
                        decision=LineDecision.APPROVED if certified else LineDecision.PENDING,
                    )
                )
                if certified:
                    done[k] += work
                    earned += _earned(done[k], stored)
            apps.append(
                PayApplication(
                    id=app_id,
                    project_id=pid,
                    number=no,
                    commitment_id=c.id,
                    contractor_id=gc.id,
                    application_no=no,
                    title=f"Application {no}",
                    period_start=start,
                    period_end=start + dt.timedelta(days=29),
                    status=PayAppStatus.CERTIFIED if certified else PayAppStatus.UNDER_REVIEW,
                    certified_amount=_money(earned - paid) if certified else None,
                )
            )
            if certified:
                paid = earned
        s.add_all(apps)
        s.flush()
        s.add_all(app_lines)
        s.flush()
        _field(s, pid, user.id, apps[2], floors, gc.id, other.id)
    return ReviewProject(pid, c.id, apps[2].id, [line.id for line in sov])


def _field(
    s: Session,
    pid: str,
    author: str,
    app: PayApplication,
    floors: list[Any],
    gc: str,
    other: str,
) -> None:
    """The period's diary (every weekday: both contractors' crews, six work entries by
    floor), NCRs and punch items of the contractor on the floors."""
    days = []
    day = app.period_start
    while day <= app.period_end:
        if day.weekday() < 5:
            days.append({"title": f"Diary {day}", "day": day,
                         "author_id": author})  # fmt: skip
        day += dt.timedelta(days=1)
    diary = _rows(s, DiaryDay, pid, days)
    _rows(s, DiaryManpower, pid,
        [
            {"day_id": d.id, "organisation_id": org, "trade": trade,
             "headcount": 4 + (n + i) % 9}
            for n, d in enumerate(diary)
            for i, (org, trade) in enumerate(((gc, "Carpentry"), (gc, "Drywall"), (other, "MEP")))
        ],
    )  # fmt: skip
    _rows(
        s,
        DiaryWork,
        pid,
        [
            {
                "day_id": d.id,
                "location_id": floors[(n * 6 + i) % len(floors)].id,
                "organisation_id": gc if i % 3 else None,
                "description": f"Works on level {(n * 6 + i) % len(floors)}, crew {i}",
            }
            for n, d in enumerate(diary)
            for i in range(6)
        ],
    )
    _rows(
        s,
        ContractorIssue,
        pid,
        [
            {
                "issue_type": IssueType.NON_CONFORMANCE,
                "number": n + 1,
                "title": f"Non-conformance {n}",
                "contractor_id": gc,
                "location_id": floors[(n * 3) % len(floors)].id,
            }
            for n in range(12)
        ],
    )
    _rows(
        s,
        PunchItem,
        pid,
        [
            {
                "number": n + 1,
                "title": f"Snag {n}",
                "contractor_id": gc,
                "location_id": floors[n % len(floors)].id,
                "status": PunchStatus.OPEN if n % 4 else PunchStatus.CLOSED,
            }
            for n in range(80)
        ],
    )
