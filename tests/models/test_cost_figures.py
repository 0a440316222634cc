"""The budget's and the commitments' figures on a small project computed by hand: a
three-level cost-code tree, transfers (one a contingency drawdown), a closed line,
pending changes of every tier weighted by probability, and certified applications."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import cost_rows as r
import pytest
from cost_rows import D

from executrek.models.errors import NotFoundError
from executrek.models.project import Project
from executrek.models.records.cost.figures import (
    MONEY,
    BudgetFigures,
    CodeNode,
    LineFigures,
    Totals,
    budget_figures,
    commitment_figures,
)
from executrek.models.records.cost.vocab import (
    BudgetStatus,
    CommitmentStatus,
    CommitmentType,
    CostCategory,
    PayAppStatus,
    TransferStatus,
)
from executrek.models.store import Store
from executrek.models.vocab import COStatus, COTier

C = CostCategory


@dataclass(frozen=True)
class Ids:
    lines: dict[str, str]  # "BL1" → id
    commitments: dict[str, str]


def build(store: Store, pid: str) -> Ids:
    """The project of the module docstring (amounts in the comments of the tests)."""
    with store.transaction() as (s, _):
        concrete = r.code(s, pid, "03", "Concrete")
        cast = r.code(s, pid, "03.30", "Cast-in-place", concrete)
        footings = r.code(s, pid, "03.30.10", "Foundations", cast)
        slabs = r.code(s, pid, "03.30.20", "Slabs", cast)
        precast = r.code(s, pid, "03.40", "Precast", concrete)
        general = r.code(s, pid, "01", "General")
        design = r.code(s, pid, "01.10", "Design fees", general)
        reserve = r.code(s, pid, "01.90", "Contingency", general)
        r.code(s, pid, "09", "Finishes")  # no line below it: not in the tree

        bl1 = r.line(s, pid, 1, footings, "Foundations", C.CONSTRUCTION, "500000.00")
        bl2 = r.line(s, pid, 2, slabs, "Slabs", C.CONSTRUCTION, "300000.00")
        bl3 = r.line(
            s, pid, 3, precast, "Precast", C.CONSTRUCTION, "200000.00", BudgetStatus.CLOSED
        )
        bl4 = r.line(s, pid, 4, design, "Design", C.DESIGN, "120000.00")
        bl5 = r.line(s, pid, 5, reserve, "Owner's contingency", C.CONTINGENCY, "100000.00")

        r.transfer(s, pid, bl5, bl1, "25000.00")  # contingency drawdown
        r.transfer(s, pid, None, bl4, "10000.00")  # owner's increase
        r.transfer(s, pid, bl3, bl2, "5000.00")  # savings of the closed line
        r.transfer(s, pid, bl5, bl2, "7000.00", TransferStatus.PENDING)  # not yet
        r.transfer(s, pid, bl5, bl1, "1.00", TransferStatus.REJECTED)  # never
        r.transfer(s, pid, bl5, None, "3000.00")  # a decrease: not a drawdown

        a = r.org(s, pid, "Concrete Co")
        b = r.org(s, pid, "Precast Ltd")
        c = r.org(s, pid, "Design LLP")
        sc1 = r.commitment(s, pid, 1, a, "Concrete works", "700000.00")
        po1 = r.commitment(
            s,
            pid,
            1,
            b,
            "Precast units",
            "190000.00",
            CommitmentStatus.CLOSED,
            CommitmentType.PURCHASE_ORDER,
            retainage_pct=D(5),
            materials_retainage_pct=D(5),
        )
        sc2 = r.commitment(s, pid, 2, c, "Design", "100000.00", CommitmentStatus.DRAFT)
        r.commitment(s, pid, 3, c, "Cancelled", "5.00", CommitmentStatus.VOID)

        co_a = r.change_order(
            s, pid, 1, COTier.CHANGE_ORDER, COStatus.APPROVED, commitment=sc1, amount="20000.00"
        )
        co_b = r.change_order(
            s, pid, 2, COTier.CHANGE_ORDER, COStatus.PENDING, commitment=sc1, amount="9999.00"
        )
        s1 = r.sov(s, sc1, 1, "450000.00", budget=bl1)
        s2 = r.sov(s, sc1, 2, "250000.00", budget=bl2)
        s3 = r.sov(s, sc1, 3, "20000.00", budget=bl1, change_order=co_a)  # approved: counts
        s4 = r.sov(s, sc1, 4, "9999.00", budget=bl1, change_order=co_b)  # pending: not yet
        s5 = r.sov(s, po1, 1, "190000.00", budget=bl3)
        r.sov(s, sc2, 1, "100000.00", budget=bl4)  # a draft commitment: not committed
        r.co_line(s, co_a, 1, "20000.00", sov_line=s1)  # approved: not pending

        # Pending: 100 % of a change order, 75 % of a request, 50 % of a change event.
        r.co_line(s, co_b, 1, "9999.00", sov_line=s4)  # → BL1 (through its SOV line)
        cor = r.change_order(s, pid, 1, COTier.REQUEST, COStatus.PENDING)
        r.co_line(s, cor, 1, "1000.01", cost_code=slabs)  # → BL2 (by cost code)
        r.co_line(s, cor, 2, "2000.00", sov_line=s2)  # → BL2
        ce = r.change_order(s, pid, 1, COTier.CHANGE_EVENT, COStatus.DRAFT)
        r.co_line(s, ce, 1, "4000.00", cost_code=design)  # → BL4
        r.co_line(s, ce, 2, "-333.33", cost_code=design)  # a credit, → BL4
        promoted = r.change_order(s, pid, 2, COTier.CHANGE_EVENT, COStatus.PROMOTED)
        r.co_line(s, promoted, 1, "5000.00", cost_code=precast)  # superseded
        approved = r.change_order(s, pid, 3, COTier.CHANGE_ORDER, COStatus.APPROVED)
        r.co_line(s, approved, 1, "8000.00", cost_code=precast)  # decided
        closed_ce = r.change_order(s, pid, 3, COTier.CHANGE_EVENT, COStatus.PENDING)
        r.co_line(s, closed_ce, 1, "1000.00", cost_code=precast)  # → BL3, closed
        r.co_line(s, closed_ce, 2, "77.00")  # maps to no line

        jan, feb, mar = (dt.date(2026, m, 1) for m in (1, 2, 3))
        pa1 = r.pay_app(s, sc1, 1, 1, jan, dt.date(2026, 1, 31), certified="144000.00")
        r.app_line(s, pa1, s1, work="100000.00", stored="10000.00")
        r.app_line(s, pa1, s2, work="50000.00")
        pa2 = r.pay_app(
            s, sc1, 2, 2, feb, dt.date(2026, 2, 28), certified="90500.00", withholding="4000.00"
        )
        r.app_line(s, pa2, s1, previous="100000.00", work="80000.00", stored="5000.00")
        r.app_line(s, pa2, s2, previous="50000.00", work="25000.00")
        r.app_line(s, pa2, s3, work="5000.00")
        pa3 = r.pay_app(s, sc1, 3, 3, mar, dt.date(2026, 3, 31), PayAppStatus.UNDER_REVIEW)
        r.app_line(s, pa3, s1, previous="180000.00", work="70000.00", approved=False)
        pa4 = r.pay_app(s, po1, 4, 1, jan, dt.date(2026, 1, 31), certified="180500.00")
        r.app_line(s, pa4, s5, work="190000.00")
        lines = {"BL1": bl1.id, "BL2": bl2.id, "BL3": bl3.id, "BL4": bl4.id, "BL5": bl5.id}
        return Ids(lines, {"SC1": sc1.id, "PO1": po1.id, "SC2": sc2.id})


def money_of(figures: LineFigures | Totals) -> tuple[object, ...]:
    return tuple(getattr(figures, name) for name in MONEY)


#               original      in         out        approved     committed    to date
#               pending       uncommitted eac           variance
EXPECTED = {
    "BL1": ("500000.00", "25000.00", "0", "525000.00", "470000.00", "190000.00",
            "9999.00", "55000.00", "534999.00", "-9999.00"),
    "BL2": ("300000.00", "5000.00", "0", "305000.00", "250000.00", "75000.00",
            "2250.01", "55000.00", "307250.01", "-2250.01"),
    "BL3": ("200000.00", "0", "5000.00", "195000.00", "190000.00", "190000.00",
            "500.00", "0", "190500.00", "4500.00"),
    "BL4": ("120000.00", "10000.00", "0", "130000.00", "0", "0",
            "1833.34", "130000.00", "131833.34", "-1833.34"),
    "BL5": ("100000.00", "0", "28000.00", "72000.00", "0", "0",
            "0", "72000.00", "72000.00", "0"),
}  # fmt: skip


def decimals(values: tuple[str, ...]) -> tuple[object, ...]:
    return tuple(D(v) for v in values)


def sum_of(*names: str) -> tuple[object, ...]:
    return tuple(sum((D(EXPECTED[n][i]) for n in names), D(0)) for i in range(len(MONEY)))


@pytest.fixture
def figures(store: Store, project: Project) -> tuple[BudgetFigures, Ids]:
    ids = build(store, project.id)
    with store.read() as s:
        return budget_figures(s, project.id), ids


def test_every_line_by_hand(figures: tuple[BudgetFigures, Ids]) -> None:
    result, ids = figures
    assert result.currency == "USD"
    by_id = {ln.line_id: ln for ln in result.lines}
    for name, values in EXPECTED.items():
        assert money_of(by_id[ids.lines[name]]) == decimals(values), name
    # In cost-code order: 01.10, 01.90, 03.30.10, 03.30.20, 03.40.
    assert [ln.number for ln in result.lines] == ["BL-004", "BL-005", "BL-001", "BL-002", "BL-003"]
    first = result.lines[2]
    assert (first.cost_code, first.cost_code_name, first.title) == (
        "03.30.10",
        "Foundations",
        "Foundations",
    )
    assert first.category is CostCategory.CONSTRUCTION
    assert by_id[ids.lines["BL3"]].status is BudgetStatus.CLOSED


def test_weighted_pending_rounds_once_per_line(figures: tuple[BudgetFigures, Ids]) -> None:
    """BL2: 75 % × (1,000.01 + 2,000.00) = 2,250.0075 → 2,250.01; BL4: 50 % × (4,000.00 −
    333.33) = 1,833.335 → 1,833.34 (half up); the line of no budget line is left out."""
    result, ids = figures
    by_id = {ln.line_id: ln for ln in result.lines}
    assert by_id[ids.lines["BL2"]].pending_weighted == D("2250.01")
    assert by_id[ids.lines["BL4"]].pending_weighted == D("1833.34")
    assert result.total.pending_weighted == D("14582.35")


def test_totals_hard_soft_and_contingency(figures: tuple[BudgetFigures, Ids]) -> None:
    result, _ = figures
    assert money_of(result.total) == sum_of(*EXPECTED)
    assert result.total.eac == D("1236582.35")
    assert result.total.variance == D("-9582.35")
    assert money_of(result.hard_total) == sum_of("BL1", "BL2", "BL3")
    assert money_of(result.soft_total) == sum_of("BL4", "BL5")
    assert result.contingency_original == D("100000.00")
    assert result.contingency_drawdown == D("25000.00")  # not the 3,000 decrease
    assert result.contingency_remaining == D("72000.00")
    # Line sums equal the totals to the cent.
    for i, name in enumerate(MONEY):
        assert sum((money_of(ln)[i] for ln in result.lines), D(0)) == getattr(result.total, name)


def test_cost_code_tree_rolls_up_three_levels(figures: tuple[BudgetFigures, Ids]) -> None:
    result, _ = figures
    assert [n.code for n in result.tree] == ["01", "03"]
    general, concrete = result.tree
    assert (general.name, general.lines) == ("General", [])
    assert money_of(general.totals) == sum_of("BL4", "BL5")
    assert money_of(concrete.totals) == sum_of("BL1", "BL2", "BL3")
    assert [c.code for c in concrete.children] == ["03.30", "03.40"]
    cast, precast = concrete.children
    assert money_of(cast.totals) == sum_of("BL1", "BL2")
    assert cast.totals.approved_budget == D("830000.00")
    assert [(c.code, c.depth) for c in cast.children] == [("03.30.10", 2), ("03.30.20", 2)]
    assert cast.lines == []
    assert [ln.number for ln in cast.children[0].lines] == ["BL-001"]
    assert money_of(precast.totals) == sum_of("BL3")
    assert (concrete.depth, cast.depth) == (0, 1)

    def walk(nodes: list[CodeNode]) -> int:
        return sum(len(n.lines) + walk(n.children) for n in nodes)

    assert walk(result.tree) == len(result.lines)


def test_commitment_figures(store: Store, project: Project) -> None:
    """SC1: certificates of 144,000 and 90,500 (withholding 4,000 on the second) over G
    of 265,000: retainage 10 % of 265,000 = 26,500 = 265,000 − 234,500 − 4,000."""
    ids = build(store, project.id)
    with store.read() as s:
        rows = commitment_figures(s, project.id)
    assert [(f.number, f.title, f.contractor, f.status) for f in rows] == [
        ("SC-001", "Concrete works", "Concrete Co", "executed"),
        ("SC-002", "Design", "Design LLP", "draft"),
        ("PO-001", "Precast units", "Precast Ltd", "closed"),
    ]
    sc1, sc2, po1 = rows
    assert sc1.commitment_id == ids.commitments["SC1"]
    money = ("original", "approved_changes", "contract_sum", "certified_to_date",
             "retainage_held", "paid_to_date", "balance")  # fmt: skip

    def amounts(f: object) -> tuple[object, ...]:
        return tuple(getattr(f, n) for n in money)

    assert amounts(sc1) == decimals(
        ("700000.00", "20000.00", "720000.00", "265000.00", "26500.00", "234500.00", "485500.00")
    )
    assert amounts(po1) == decimals(
        ("190000.00", "0", "190000.00", "190000.00", "9500.00", "180500.00", "9500.00")
    )
    assert amounts(sc2) == decimals(("100000.00", "0", "100000.00", "0", "0", "0", "100000.00"))


def test_a_unit_of_work_reads_its_own_writes(store: Store, project: Project) -> None:
    with store.transaction() as (s, _):
        top = r.code(s, project.id, "A", "A")
        r.line(s, project.id, 1, top, "Only", C.PMO, "10.00")
        result = budget_figures(s, project.id)
    assert result.total.eac == D("10.00")
    assert result.soft_total.approved_budget == D("10.00")
    assert result.hard_total.approved_budget == D(0)


def test_unknown_project_and_empty_budget(store: Store, project: Project) -> None:
    with store.read() as s:
        empty = budget_figures(s, project.id)
        assert (empty.lines, empty.tree, commitment_figures(s, project.id)) == ([], [], [])
        assert empty.total.eac == D(0)
        with pytest.raises(NotFoundError):
            budget_figures(s, "no-such-project")


def test_deleted_rows_do_not_count(store: Store, project: Project) -> None:
    ids = build(store, project.id)
    from executrek.models import clock
    from executrek.models.records.cost.budget_model import BudgetTransfer

    with store.transaction() as (s, _):
        drawdown = next(t for t in s.query(BudgetTransfer).all() if t.amount == D("25000.00"))
        drawdown.deleted_at = clock.now()
    with store.read() as s:
        result = budget_figures(s, project.id)
    by_id = {ln.line_id: ln for ln in result.lines}
    assert by_id[ids.lines["BL1"]].approved_budget == D("500000.00")
    assert result.contingency_drawdown == D(0)
    assert result.contingency_remaining == D("97000.00")


def test_a_loop_of_parents_still_rolls_up(store: Store, project: Project) -> None:
    pid = project.id
    with store.transaction() as (s, _):
        top = r.code(s, pid, "X", "X")
        below = r.code(s, pid, "X.1", "X.1", top)
        r.code(s, pid, "X.1.1", "X.1.1", below)  # nothing on it
        top.parent_id = below.id  # X → X.1 → X: a loop (bad data)
        r.line(s, pid, 1, top, "On X", C.PMO, "1.00")
        r.line(s, pid, 2, below, "On X.1", C.PMO, "2.00")
        r.line(s, pid, 3, below, "Also on X.1", C.PMO, "4.00")
    with store.read() as s:
        result = budget_figures(s, pid)
    (root,) = result.tree
    assert (root.code, root.totals.original) == ("X", D("7.00"))
    (child,) = root.children
    assert (child.code, child.totals.original, child.children) == ("X.1", D("6.00"), [])
