"""The demo's owner's budgets, commitments and budget transfers.

Each demo project gets an owner's budget on CSI-style cost codes: hard costs on the
MasterFormat divisions the main contract covers (two lines under ``03`` and ``01``, so
the tree rolls up) and the owner's soft costs on the PMO's codes (``S10`` design, with
its architecture and engineering sections, ``S20`` permits, ``S30`` insurance, ``S40``
FF&E, ``S60`` PMO fees, ``S90`` the owner's contingency), paid from three funding
sources. Five commitments: the main construction contract with the general contractor
(its schedule of values by work package, mapped to the budget lines and linked to the
demo programme's activities and the building; a schedule of rates), the design contract
with the architects, a direct contract for the utility connections, a purchase order
for the FF&E with a supplier (rates), and a commissioning contract still in draft.
Four budget transfers: three approved (two drawn from the contingency), one pending.

The payment applications are ``demo_cost_claims``'s: three monthly ones of the main
contract (certified, certified, under review with one line over-claimed against the
programme and an open NCR, which the review's evidence flags) and one of the design
contract. Dates come from ``models.clock``; the few random choices from a generator
seeded by the project's code, so the rest of the demo stays the same.
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import select

from executrek.app import demo_cost_claims as claims
from executrek.app.demo_cost_claims import (
    HUNDRED,
    REP,
    DemoProject,
    SovPlan,
)
from executrek.app.demo_schedule import month_ends
from executrek.app.interop.cost_codes import CSI_DIVISIONS, SOFT_COSTS
from executrek.models import clock
from executrek.models.directory import Organisation, OrgKind
from executrek.models.project import CostCode, Location, Project
from executrek.models.records.cost import budget, commitments
from executrek.models.records.cost.budget_model import BudgetLine
from executrek.models.records.cost.certificate import round_cents
from executrek.models.records.cost.rows import BudgetRow, CodeRow, SovRow
from executrek.models.services import projects
from executrek.models.store import Store

THOUSAND = Decimal(1000)
DIRECTOR = "Owner's director"
SUPPLIER = "Westbrook Contract Furnishing"

# Budget lines: key, cost code, parent code, title, category.
LINES: tuple[tuple[str, str, str | None, str, str], ...] = (
    ("prelims", "01", None, "General conditions and preliminaries", "construction"),
    ("commissioning", "01", None, "Testing, commissioning and handover", "construction"),
    ("substructure", "03", None, "Substructure", "construction"),
    ("frame", "03", None, "Superstructure", "construction"),
    ("envelope", "08", None, "Building envelope", "construction"),
    ("finishes", "09", None, "Interior finishes", "construction"),
    ("mechanical", "23", None, "Mechanical services", "construction"),
    ("electrical", "26", None, "Electrical services", "construction"),
    ("utilities", "33", None, "Utility connections", "construction"),
    ("architect", "S10.10", "S10", "Architect's services", "design"),
    ("engineers", "S10.20", "S10", "Structural and MEP engineering", "design"),
    ("cx_agent", "S10.30", "S10", "Commissioning authority", "design"),
    ("permits", "S20", None, "Building permit and statutory fees", "permits"),
    ("insurance", "S30", None, "Owner's insurance and bonds", "insurance"),
    ("ffe", "S40", None, "Furniture, fixtures and equipment", "ffe"),
    ("pmo", "S60", None, "Owner's representative and PMO services", "pmo"),
    ("contingency", "S90", None, "Owner's contingency", "contingency"),
)
SECTION_NAMES = {
    "S10.10": "Architecture",
    "S10.20": "Engineering",
    "S10.30": "Commissioning authority",
}
# Soft-cost lines as a share of the main contract, percent.
SOFT_PCT = {
    "architect": Decimal("5.2"),
    "engineers": Decimal("2.6"),
    "cx_agent": Decimal("0.6"),
    "permits": Decimal("1.5"),
    "insurance": Decimal("1.2"),
    "ffe": Decimal("6"),
    "pmo": Decimal("2.5"),
    "utilities": Decimal("1.4"),
}
# The main contract's schedule of values: item, description, share %, budget line,
# activities of the demo programme (none: spread over the contract's dates).
PACKAGES: tuple[tuple[str, str, int, str, tuple[str, ...]], ...] = (
    ("1", "General conditions and preliminaries", 8, "prelims", ()),
    ("2", "Excavation, shoring and foundations", 9, "substructure", ("A1100", "A1110")),
    ("3", "Ground slab and structural frame", 17, "frame", ("A1120", "A1200", "A1210")),
    ("4", "Facade, roofing and glazing", 15, "envelope", ("A1300", "A1310", "A1320")),
    ("5", "Mechanical services", 14, "mechanical", ("A1400", "A1410")),
    ("6", "Electrical services", 12, "electrical", ("A1400", "A1410")),
    ("7", "Partitions, ceilings and finishes", 16, "finishes", ("A1500", "A1510")),
    ("8", "Fixtures, testing and commissioning", 9, "commissioning", ("A1520", "A1600")),
)
RATES = (
    ("R1", "Concrete C32/40 supplied and placed", "m3", "215.00", "03"),
    ("R2", "Reinforcement B500B cut, bent and fixed", "t", "1480.00", "03"),
    ("R3", "Plasterboard partition, 100 mm", "m2", "68.50", "09"),
    ("R4", "Supervision", "h", "85.00", None),
)
FFE_RATES = (
    ("F1", "Task chair", "ea", "420.00"),
    ("F2", "Workstation desk", "ea", "780.00"),
)


def thousands(value: Decimal) -> Decimal:
    return (value / THOUSAND).quantize(Decimal(1), rounding=ROUND_HALF_UP) * THOUSAND


def add_costs(store: Store, code: str) -> None:
    """The budget, commitments, transfers and payment applications of project ``code``
    (see the module docstring); run after its programme (``demo_schedule``)."""
    p = _project(store, code)
    rng = random.Random(f"cost-{code}")
    lines = _budget(store, p, rng)
    main = _main_contract(store, p, lines)
    design = _design_contract(store, p)
    _other_commitments(store, p, lines)
    _transfers(store, p, lines)
    ends = month_ends(clock.today(), 3)
    claims.main_applications(store, p, main, ends)
    claims.design_application(store, p, design, ends[0])


def _project(store: Store, code: str) -> DemoProject:
    project = projects.find_project(store, code)
    today = clock.today()
    with store.read() as s:
        row = s.get(Project, project.id)
        assert row is not None
        orgs = list(
            s.execute(
                select(Organisation.id, Organisation.kind)
                .where(Organisation.project_id == project.id, Organisation.deleted_at.is_(None))
                .order_by(Organisation.created_at, Organisation.id)
            )
        )
        building = s.scalar(
            select(Location.id)
            .where(Location.project_id == project.id, Location.parent_id.is_(None))
            .order_by(Location.path)
            .limit(1)
        )
    of_kind = {kind: [oid for oid, k in orgs if k is kind] for kind in OrgKind}
    return DemoProject(
        id=project.id,
        code=code,
        contract=row.contract_value,
        contingency=row.contingency,
        start=row.baseline_start or today - dt.timedelta(days=180),
        finish=row.baseline_finish or today + dt.timedelta(days=365),
        gc=of_kind[OrgKind.GENERAL_CONTRACTOR][0],
        consultant=of_kind[OrgKind.CONSULTANT][0],
        first_sub=of_kind[OrgKind.SUBCONTRACTOR][0],
        building=building,
    )


# --- budget ------------------------------------------------------------------------------
def _amounts(p: DemoProject, rng: random.Random) -> dict[str, Decimal]:
    """Each budget line's original amount: hard lines from the main contract's packages
    (a little above or below what was let), soft lines as a share of the contract."""
    out: dict[str, Decimal] = {}
    for _item, _text, share, key, _acts in PACKAGES:
        factor = Decimal(rng.choice(("1.00", "1.02", "1.04", "0.98", "1.03")))
        out[key] = out.get(key, Decimal(0)) + thousands(p.contract * share / HUNDRED * factor)
    for key, pct in SOFT_PCT.items():
        out[key] = thousands(p.contract * pct / HUNDRED)
    out["contingency"] = thousands(p.contingency)
    return {key: round_cents(value) for key, value in out.items()}


def _budget(store: Store, p: DemoProject, rng: random.Random) -> dict[str, str]:
    """The cost codes, funding sources and budget lines; budget line ids by key."""
    with store.read() as s:
        known = dict(
            s.execute(
                select(CostCode.code, CostCode.name).where(
                    CostCode.project_id == p.id, CostCode.deleted_at.is_(None)
                )
            ).all()
        )
    names = {d.code: d.name for d in (*CSI_DIVISIONS, *SOFT_COSTS)} | SECTION_NAMES
    codes: list[CodeRow] = []
    for _key, code, parent, _title, _category in LINES:
        for each, above in ((parent, None), (code, parent)):
            if each is not None and each not in {c.code for c in codes}:
                # A code the project has keeps its name (the demo's own list).
                codes.append(CodeRow(each, known.get(each, names[each]), above))
    funding = {
        "construction": "Construction loan",
        "ffe": "Capital grant",
    }
    amounts = _amounts(p, rng)
    rows = [
        BudgetRow(code, title, category, amounts[key], funding.get(category, "Owner equity"))
        for key, code, _parent, title, category in LINES
    ]
    # Each source covers the original budget it funds with a little headroom (the loan
    # 2 %, so the construction overrun the demo forecasts shows it short).
    for name, headroom in (("Construction loan", 2), ("Owner equity", 10), ("Capital grant", 5)):
        funded = sum((r.amount for r in rows if r.funding == name), Decimal(0))
        budget.create_funding_source(
            store, p.id, name=name, amount=thousands(funded * (100 + headroom) / 100)
        )
    budget.load_budget(store, p.id, codes, rows)
    with store.read() as s:
        found = {
            (code, title): line_id
            for line_id, code, title in s.execute(
                select(BudgetLine.id, CostCode.code, BudgetLine.title)
                .join(CostCode, CostCode.id == BudgetLine.cost_code_id)
                .where(BudgetLine.project_id == p.id)
            )
        }
    return {key: found[(code, title)] for key, code, _parent, title, _cat in LINES}


def _code_id(store: Store, p: DemoProject, code: str) -> str:
    with store.read() as s:
        found = s.scalar(
            select(CostCode.id).where(CostCode.project_id == p.id, CostCode.code == code)
        )
    assert found is not None
    return found


def _transfers(store: Store, p: DemoProject, lines: dict[str, str]) -> None:
    """Three approved transfers (two from the contingency) and one pending."""
    spec = (
        ("contingency", "substructure", "0.4", "Rock excavation at the north footing",
         "Rock found at the north footing where the site investigation showed none; "
         "funds the change order for breaking out and disposal.", True),
        ("contingency", "architect", "0.15", "Accessible toilet redesign",
         "Code review required the accessible toilets to be redesigned; additional "
         "architect's fee agreed.", True),
        ("insurance", "permits", "0.25", "Statutory fees above budget",
         "Insurance was placed below budget; the building permit and utility fees came in "
         "higher than estimated.", True),
        ("contingency", "ffe", "0.3", "Additional specialist equipment",
         "The owner asked for additional specialist equipment in the FF&E package.", False),
    )  # fmt: skip
    for source, target, pct, title, reason, approve in spec:
        amount = thousands(p.contract * Decimal(pct) / HUNDRED)
        t = budget.create_transfer(
            store,
            p.id,
            title=title,
            reason=reason,
            from_line_id=lines[source],
            to_line_id=lines[target],
            amount=round_cents(amount),
        ).value
        budget.submit_transfer(store, t.id, actor_name=REP)
        if approve:
            budget.approve_transfer(
                store, t.id, approver=DIRECTOR, note="Approved at the owner's monthly meeting."
            )


# --- commitments -----------------------------------------------------------------------
def _main_contract(
    store: Store, p: DemoProject, lines: dict[str, str]
) -> tuple[str, list[SovPlan]]:
    c = commitments.create_commitment(
        store,
        p.id,
        commitment_type="contract",
        title="Main construction contract",
        contractor_id=p.gc,
        original_value=p.contract,
        retainage_pct=10,
        retainage_reduced_pct=5,
        reduce_at_pct=50,
        description="Lump-sum design-bid-build contract for the works, AIA A101.",
        start_date=p.start,
        finish_date=p.finish,
    ).value
    out: list[SovPlan] = []
    left = p.contract
    for n, (item, text, share, key, acts) in enumerate(PACKAGES):
        value = left if n == len(PACKAGES) - 1 else round_cents(p.contract * share / HUNDRED)
        left -= value
        commitments.add_sov_line(
            store,
            c.id,
            item=item,
            description=text,
            scheduled_value=value,
            budget_line_id=lines[key],
            location_id=p.building if acts else None,
            activity_codes=acts,
        )
        out.append(SovPlan(item, value, acts, text))
    for item, text, unit, rate, code in RATES:
        code_id = _code_id(store, p, code) if code else None
        commitments.add_rate(
            store, c.id, item=item, description=text, unit=unit, rate=rate, cost_code_id=code_id
        )
    commitments.execute_commitment(store, c.id, on=min(p.start, clock.today()))
    return c.id, out


def _design_contract(store: Store, p: DemoProject) -> tuple[str, list[SovPlan]]:
    architect = round_cents(p.contract * SOFT_PCT["architect"] / HUNDRED * Decimal("0.96"))
    engineers = round_cents(p.contract * SOFT_PCT["engineers"] / HUNDRED)
    stages = (
        ("1", "Schematic design", Decimal("0.15"), "S10.10"),
        ("2", "Design development", Decimal("0.25"), "S10.10"),
        ("3", "Construction documents", Decimal("0.40"), "S10.10"),
        ("4", "Construction administration", None, "S10.10"),
        ("5", "Structural and MEP engineering", None, "S10.20"),
    )
    begin = p.start - dt.timedelta(days=240)
    c = commitments.create_commitment(
        store,
        p.id,
        commitment_type="contract",
        title="Architectural and engineering services",
        contractor_id=p.consultant,
        original_value=architect + engineers,
        retainage_pct=5,
        description="Full design services with construction administration, AIA B101.",
        start_date=begin,
        finish_date=p.finish,
    ).value
    out: list[SovPlan] = []
    left = architect
    for item, text, share, code in stages:
        if code == "S10.20":
            value = engineers
        else:
            value = left if share is None else round_cents(architect * share)
            left -= value
        out.append(SovPlan(item, value, (), text, code))
    _load_sov(store, c.id, out)  # each code has one budget line: the lines map to it
    commitments.execute_commitment(store, c.id, on=min(begin, clock.today()))
    return c.id, out


def _load_sov(store: Store, commitment_id: str, lines: list[SovPlan]) -> None:
    commitments.load_sov(
        store,
        commitment_id,
        [SovRow(x.item, x.text, x.value, x.code, x.activities) for x in lines],
    )


def _other_commitments(store: Store, p: DemoProject, lines: dict[str, str]) -> None:
    """The utility connections (executed), the FF&E order (executed, with rates) and the
    commissioning authority's contract (a draft)."""
    utilities = round_cents(p.contract * SOFT_PCT["utilities"] / HUNDRED * Decimal("0.94"))
    c = commitments.create_commitment(
        store, p.id, commitment_type="contract", title="Utility connections",
        contractor_id=p.first_sub, original_value=utilities, retainage_pct=5,
        start_date=p.start, finish_date=p.start + dt.timedelta(days=200),
    ).value  # fmt: skip
    power = round_cents(utilities * Decimal("0.65"))
    _load_sov(store, c.id, [
        SovPlan("1", power, (), "Substation and high-voltage connection", "33"),
        SovPlan("2", utilities - power, (), "Water, drainage and gas connections", "33"),
    ])  # fmt: skip
    commitments.execute_commitment(store, c.id, on=min(p.start, clock.today()))

    supplier = projects.add_organisation(store, p.id, SUPPLIER, "supplier").value.id
    ffe = round_cents(p.contract * SOFT_PCT["ffe"] / HUNDRED * Decimal("0.82"))
    po = commitments.create_commitment(
        store, p.id, commitment_type="purchase_order",
        title="Furniture, fixtures and equipment", contractor_id=supplier,
        original_value=ffe, retainage_pct=0, start_date=p.finish - dt.timedelta(days=120),
        finish_date=p.finish,
    ).value  # fmt: skip
    furniture = round_cents(ffe * Decimal("0.55"))
    equipment = round_cents(ffe * Decimal("0.35"))
    for item, text, value in (
        ("1", "Loose furniture", furniture),
        ("2", "Equipment", equipment),
        ("3", "Delivery and installation", ffe - furniture - equipment),
    ):
        commitments.add_sov_line(
            store, po.id, item=item, description=text, scheduled_value=value,
            budget_line_id=lines["ffe"], location_id=p.building,
        )  # fmt: skip
    for item, text, unit, rate in FFE_RATES:
        commitments.add_rate(store, po.id, item=item, description=text, unit=unit, rate=rate)
    commitments.execute_commitment(store, po.id, on=clock.today())

    agent = round_cents(p.contract * SOFT_PCT["cx_agent"] / HUNDRED)
    draft = commitments.create_commitment(
        store, p.id, commitment_type="contract", title="Commissioning authority",
        contractor_id=p.consultant, original_value=agent, retainage_pct=5,
        description="Independent commissioning of the building services (draft, in "
        "negotiation).",
    ).value  # fmt: skip
    _load_sov(
        store, draft.id, [SovPlan("1", agent, (), "Commissioning authority services", "S10.30")]
    )
