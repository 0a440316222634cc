"""Unit-rate checks of a change order's lines against its commitment's schedule of rates
and against the median of the same item in approved change orders of the other
projects in the store (same currency)."""

from __future__ import annotations

from decimal import Decimal

import cost_rows as r
import pytest
from cost_rows import D

from executrek.models.errors import NotFoundError
from executrek.models.project import Project
from executrek.models.records.cost.commitment_model import CommitmentRate
from executrek.models.records.cost.rates import RateFinding, normalised, rate_check
from executrek.models.services import projects
from executrek.models.store import Store
from executrek.models.vocab import COStatus, COTier

A, P = COStatus.APPROVED, COStatus.PENDING
CO = COTier.CHANGE_ORDER


def other_project(store: Store, code: str, currency: str) -> str:
    return projects.create_project(
        store, projects.NewProject(code=code, name=code, owner_name="Owner", currency=currency)
    ).value.id


def priced(store: Store, pid: str, number: int, status: COStatus, *lines: tuple[str, str, str]):
    """A change order of ``pid`` whose lines are (description, unit, unit price)."""
    with store.transaction() as (s, _):
        co = r.change_order(s, pid, number, CO, status)
        for n, (text, unit, price) in enumerate(lines, start=1):
            r.co_line(s, co, n, price, description=text, unit=unit, unit_price=price)
    return co.id


@pytest.fixture
def change_order(store: Store, project: Project) -> str:
    usd = other_project(store, "P2", "USD")
    eur = other_project(store, "P3", "EUR")
    priced(
        store, usd, 1, A,
        ("Formwork", "m2", "40.00"), ("formwork ", "M2", "50.00"), ("Concrete C30/37", "m3", "155.00"),
    )  # fmt: skip
    priced(store, usd, 2, A, ("FORMWORK", "m2", "60.00"), ("Formwork", "m2", "45.00"))
    priced(store, usd, 3, P, ("Formwork", "m2", "10.00"))  # not approved
    priced(store, usd, 4, A, ("Formwork", "m3", "10.00"))  # another unit
    priced(store, eur, 1, A, ("Formwork", "m2", "85.00"))  # another currency
    priced(store, project.id, 9, A, ("Formwork", "m2", "88.00"))  # this project
    with store.transaction() as (s, _):
        sc = r.commitment(s, project.id, 1, r.org(s, project.id, "Builder"), "Works", "1000.00")
        for item, text, unit, rate in (
            ("R1", "Concrete C30/37", "m3", "150.00"),
            ("R2", "Rebar", "t", "1200.00"),
        ):
            r.put(
                s, CommitmentRate, project_id=project.id, commitment_id=sc.id, item=item,
                description=text, unit=unit, rate=D(rate),
            )  # fmt: skip
        co = r.change_order(s, project.id, 1, CO, P, commitment=sc)
        for n, (text, unit, price) in enumerate(
            (
                ("concrete  c30/37 ", "M3", "160.00"),
                ("R2", "t", "1500.00"),
                ("Formwork", "m2", "90.00"),
                ("Scaffold hire", "week", "300.00"),
                ("R1 Concrete C30/37", "m3", "130.00"),
            ),
            start=1,
        ):
            r.co_line(s, co, n, price, description=text, unit=unit, unit_price=price)
        return co.id


def check(store: Store, co: str, **kw: Decimal) -> list[RateFinding]:
    with store.read() as s:
        return rate_check(s, co, **kw)


def test_against_contract_rates_and_other_projects(store: Store, change_order: str) -> None:
    concrete, rebar, formwork, scaffold, by_item = check(store, change_order)
    # Same description and unit, case and spaces aside: 160 against 150 (+6.67 %).
    assert (concrete.description, concrete.unit, concrete.unit_price) == (
        "concrete  c30/37 ",
        "M3",
        D("160.00"),
    )
    assert concrete.contract_rate == D("150.00")
    assert (concrete.other_projects_median, concrete.other_projects_count) == (D("155.00"), 1)
    assert (concrete.deviation_pct, concrete.flagged) == (D("6.67"), False)
    # By the rate's item: 1,500 against 1,200 is 25 % over.
    assert (rebar.contract_rate, rebar.deviation_pct, rebar.flagged) == (
        D("1200.00"),
        D("25.00"),
        True,
    )
    # No contract rate: the median of 40, 45, 50, 60 (other projects, USD, approved, m2).
    assert formwork.contract_rate is None
    assert (formwork.other_projects_median, formwork.other_projects_count) == (D("47.50"), 4)
    assert (formwork.deviation_pct, formwork.flagged) == (D("89.47"), True)
    # Nothing to compare with.
    assert (scaffold.contract_rate, scaffold.other_projects_median) == (None, None)
    assert (scaffold.other_projects_count, scaffold.deviation_pct, scaffold.flagged) == (
        0,
        None,
        False,
    )
    # "item description" matches too; 13.33 % below is within 15 %.
    assert (by_item.contract_rate, by_item.deviation_pct, by_item.flagged) == (
        D("150.00"),
        D("-13.33"),
        False,
    )


def test_tolerance_is_the_callers(store: Store, change_order: str) -> None:
    flags = [f.flagged for f in check(store, change_order, tolerance_pct=Decimal(10))]
    assert flags == [False, True, True, False, True]
    flags = [f.flagged for f in check(store, change_order, tolerance_pct=Decimal(100))]
    assert flags == [False] * 5


def test_a_change_order_without_commitment(store: Store, project: Project) -> None:
    co = priced(store, project.id, 1, P, ("Rebar", "t", "1.00"))
    (finding,) = check(store, co)
    assert (finding.contract_rate, finding.other_projects_median, finding.flagged) == (
        None,
        None,
        False,
    )


def test_unknown_change_order(store: Store, project: Project) -> None:
    with store.read() as s, pytest.raises(NotFoundError):
        rate_check(s, "nope")


def test_normalised() -> None:
    assert normalised("  Concrete   C30/37\t") == "concrete c30/37"
    assert normalised("STRASSE") == normalised("straße")
    assert normalised(None) == ""
