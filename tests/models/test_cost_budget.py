"""The owner's budget: cost codes, budget lines, a whole budget loaded at once (nothing
half-loaded), and budget transfers with their events."""

from __future__ import annotations

from decimal import Decimal

import pytest
from cost_data import Costs, costs
from sqlalchemy import func, select

from executrek.models.errors import ValidationError, WorkflowError
from executrek.models.project import CostCode, Project
from executrek.models.records.cost import budget, queries, transfers
from executrek.models.records.cost.budget_model import BudgetLine, FundingSource
from executrek.models.records.cost.rows import BudgetRow, CodeRow
from executrek.models.store import Store

D = Decimal


def counts(store: Store, project_id: str) -> tuple[int, int, int]:
    with store.read() as s:
        return (
            s.scalar(select(func.count()).where(CostCode.project_id == project_id)) or 0,
            s.scalar(select(func.count()).where(BudgetLine.project_id == project_id)) or 0,
            s.scalar(select(func.count()).where(FundingSource.project_id == project_id)) or 0,
        )


def budget_lines(store: Store, project_id: str) -> list[queries.BudgetLineRow]:
    with store.read() as s:
        return queries.list_budget_lines(s, project_id)


def test_cost_codes_form_a_tree(store: Store, project: Project) -> None:
    top = budget.create_cost_code(store, project.id, code="03", name="Concrete").value
    child = budget.create_cost_code(
        store, project.id, code="03 30", name="Cast-in-place", parent_code="03"
    ).value
    assert child.parent_id == top.id
    with pytest.raises(ValidationError, match="already used"):
        budget.create_cost_code(store, project.id, code="03", name="Again")
    with pytest.raises(ValidationError, match="no cost code 04"):
        budget.create_cost_code(store, project.id, code="04 10", name="x", parent_code="04")


def test_budget_lines_are_numbered_and_checked(store: Store, project: Project) -> None:
    code = budget.create_cost_code(store, project.id, code="01", name="General").value
    line = budget.create_budget_line(
        store,
        project.id,
        cost_code_id=code.id,
        title="Design fees",
        category="design",
        original_amount="125000.50",
    ).value
    rows = budget_lines(store, project.id)
    assert [(r.number, r.cost_code, r.category, r.original_amount) for r in rows] == [
        ("BL-001", "01", "design", D("125000.50"))
    ]
    with pytest.raises(ValidationError, match="more than 2 decimals"):
        budget.create_budget_line(
            store,
            project.id,
            cost_code_id=code.id,
            title="Permits",
            category="permits",
            original_amount="10.005",
        )
    with pytest.raises(ValidationError, match="cannot be negative"):
        budget.update_budget_line(store, line.id, original_amount="-1")
    with pytest.raises(ValidationError, match="cannot be edited here"):
        budget.update_budget_line(store, line.id, number=7)
    closed = budget.update_budget_line(store, line.id, status="closed", title="Design").value
    assert (closed.status.value, closed.title) == ("closed", "Design")
    assert budget.update_budget_line(store, line.id, status="active").value.status.value == (
        "active"
    )
    with pytest.raises(ValidationError, match="status must be one of"):
        budget.update_budget_line(store, line.id, status="frozen")


def test_load_budget_adds_then_updates(store: Store, project: Project) -> None:
    codes = [
        CodeRow("02", "Sitework", None),
        CodeRow("02 10", "Demolition", "02"),
        CodeRow("01", "Soft costs"),
    ]
    lines = [
        BudgetRow("02 10", "Demolition", "construction", D("80000.00"), "Equity"),
        BudgetRow("01", "Permits", "permits", D("12000.00"), "Bank loan"),
        BudgetRow("01", "Owner's contingency", "contingency", D("50000.00")),
    ]
    first = budget.load_budget(store, project.id, codes, lines).value
    assert (first.codes_added, first.codes_kept, first.lines_added, first.lines_updated) == (
        3,
        0,
        3,
        0,
    )
    assert counts(store, project.id) == (3, 3, 2)
    again = budget.load_budget(
        store,
        project.id,
        codes,
        [
            BudgetRow("02 10", "Demolition", "construction", D("85000.00"), "Equity"),
            BudgetRow("01", "Permits", "permits", D("12000.00"), "Bank loan"),
            BudgetRow("01", "FF&E", "ffe", D("30000.00")),
        ],
    ).value
    assert (again.codes_added, again.codes_kept, again.lines_added, again.lines_updated) == (
        0,
        3,
        1,
        1,
    )
    rows = {r.title: r for r in budget_lines(store, project.id)}
    assert rows["Demolition"].original_amount == D("85000.00")
    assert rows["Demolition"].funding_source == "Equity"
    assert [r.number for r in sorted(rows.values(), key=lambda r: r.number)] == [
        "BL-001",
        "BL-002",
        "BL-003",
        "BL-004",
    ]
    # a row without a parent keeps the parent the code has
    budget.load_budget(store, project.id, [CodeRow("02 10", "Demolition & strip-out")], [])
    with store.read() as s:
        tree = dict(s.execute(select(CostCode.code, CostCode.parent_id)).all())
        parent = s.scalar(select(CostCode.id).where(CostCode.code == "02"))
        name = s.scalar(select(CostCode.name).where(CostCode.code == "02 10"))
    assert tree["02 10"] == parent
    assert tree["02"] is None
    assert name == "Demolition & strip-out"


GOOD_CODES = [CodeRow("10", "Specialties"), CodeRow("10 20", "Louvers", "10")]


@pytest.mark.parametrize(
    ("codes", "lines", "message"),
    [
        (
            GOOD_CODES,
            [
                BudgetRow("10", "Ok", "construction", D("1.00")),
                BudgetRow("10 20", "Bad", "construction", D("-5.00")),
            ],
            "Row 2: The amount cannot be negative",
        ),
        (
            GOOD_CODES,
            [
                BudgetRow("10", "Ok", "construction", D("1.00"), row=7),
                BudgetRow("10", "Odd", "landscaping", D("1.00"), row=8),
            ],
            "Row 8: category must be one of",
        ),
        (GOOD_CODES, [BudgetRow("77", "Nope", "fees", D("1"))], "Row 1: there is no cost code 77"),
        (
            GOOD_CODES,
            [BudgetRow("10", "Twice", "fees", D("1")), BudgetRow("10", "twice", "fees", D("2"))],
            "Row 2: 10 twice is also on row 1",
        ),
        (
            GOOD_CODES,
            [BudgetRow("10", "Cents", "fees", D("1.234"))],
            "Row 1: The amount has more than 2 decimals",
        ),
        ([*GOOD_CODES, CodeRow("11", "x", "12")], [], "Row 3: there is no cost code 12"),
        ([*GOOD_CODES, CodeRow("10", "again")], [], "Row 3: cost code 10 is also on row 1"),
        (
            [CodeRow("A", "a", "B"), CodeRow("B", "b", "A")],
            [],
            "Row 1: cost code A would be its own ancestor",
        ),
        ([CodeRow("", "Blank")], [], "Row 1: code is required"),
    ],
)
def test_a_bad_row_refuses_the_whole_load(
    store: Store,
    project: Project,
    codes: list[CodeRow],
    lines: list[BudgetRow],
    message: str,
) -> None:
    before = counts(store, project.id)
    with pytest.raises(ValidationError) as err:
        budget.load_budget(store, project.id, codes, [*lines])
    assert str(err.value).startswith(message), str(err.value)
    assert "\n" not in str(err.value)
    assert counts(store, project.id) == before  # nothing half-loaded


@pytest.fixture
def site(store: Store, project: Project) -> Costs:
    return costs(store, project.id)


def approved(store: Store, line_id: str) -> Decimal:
    with store.read() as s:
        line = s.get(BudgetLine, line_id)
        assert line is not None
        return budget.approved_budget(s, line)


def test_transfer_workflow_with_events(store: Store, site: Costs) -> None:
    t = budget.create_transfer(
        store,
        site.project_id,
        title="Rock excavation",
        reason="Unforeseen rock",
        from_line_id=site.contingency,
        to_line_id=site.concrete,
        amount="40000.00",
    ).value
    assert approved(store, site.concrete) == D("500000.00")  # a draft moves nothing
    with pytest.raises(WorkflowError, match="cannot go from draft to approved"):
        budget.approve_transfer(store, t.id, approver="Dana Owner")
    budget.submit_transfer(store, t.id, actor_name="Zoë Ødegård")
    with pytest.raises(ValidationError, match="needs the name"):
        budget.approve_transfer(store, t.id, approver=" ")
    done = budget.approve_transfer(store, t.id, approver="Dana Owner", note="Agreed on site")
    assert done.value.status.value == "approved"
    assert done.value.decided_at is not None
    assert approved(store, site.concrete) == D("540000.00")
    assert approved(store, site.contingency) == D("60000.00")
    with store.read() as s:
        events = queries.transfer_events(s, t.id)
        listed = queries.list_transfers(s, site.project_id)
    assert [(e.action, e.from_status, e.to_status, e.approver_name) for e in events] == [
        ("submit", "draft", "pending", "Zoë Ødegård"),
        ("approve", "pending", "approved", "Dana Owner"),
    ]
    assert events[-1].note == "Agreed on site"
    assert events[-1].user == "Zoë Ødegård"  # the app user who recorded it
    assert listed[0].number == "BT-001"
    assert listed[0].from_line == "BL-003 · Owner's contingency"


def test_owner_increase_reject_void_and_refusals(store: Store, site: Costs) -> None:
    inc = budget.create_transfer(
        store,
        site.project_id,
        title="Owner adds scope",
        reason="Board decision",
        from_line_id=None,
        to_line_id=site.steel,
        amount=D("25000"),
    ).value
    budget.submit_transfer(store, inc.id)
    with pytest.raises(ValidationError, match="Rejecting a transfer needs a reason"):
        budget.reject_transfer(store, inc.id, approver="Dana Owner", note="")
    budget.reject_transfer(store, inc.id, approver="Dana Owner", note="Not this year")
    budget.revise_transfer(store, inc.id)
    budget.update_transfer(store, inc.id, amount="20000.00")
    budget.submit_transfer(store, inc.id)
    budget.approve_transfer(store, inc.id, approver="Dana Owner")
    assert approved(store, site.steel) == D("720000.00")

    with pytest.raises(
        ValidationError, match=r"^Taking 100,001\.00 from BL-\d+ would leave it at -1\.00\.$"
    ):
        budget.create_transfer(
            store,
            site.project_id,
            title="Too much",
            reason="x",
            from_line_id=site.contingency,
            to_line_id=None,
            amount="100001.00",
        )
    with pytest.raises(ValidationError, match="two different budget lines"):
        budget.create_transfer(
            store,
            site.project_id,
            title="Same",
            reason="x",
            from_line_id=site.steel,
            to_line_id=site.steel,
            amount="1",
        )
    with pytest.raises(ValidationError, match="a line to take from or give to"):
        budget.create_transfer(
            store,
            site.project_id,
            title="None",
            reason="x",
            from_line_id=None,
            to_line_id=None,
            amount="1",
        )
    with pytest.raises(ValidationError, match="above zero"):
        budget.create_transfer(
            store,
            site.project_id,
            title="Zero",
            reason="x",
            from_line_id=None,
            to_line_id=site.steel,
            amount="0",
        )
    budget.update_budget_line(store, site.concrete, status="closed")
    with pytest.raises(ValidationError, match="closed; a transfer cannot give to it"):
        budget.create_transfer(
            store,
            site.project_id,
            title="Closed",
            reason="x",
            from_line_id=site.contingency,
            to_line_id=site.concrete,
            amount="1",
        )
    v = budget.create_transfer(
        store,
        site.project_id,
        title="Oops",
        reason="typo",
        from_line_id=site.concrete,
        to_line_id=None,
        amount="5",
    ).value
    with pytest.raises(ValidationError, match="Voiding a transfer needs a reason"):
        budget.void_transfer(store, v.id, approver="Dana Owner", note=" ")
    assert budget.void_transfer(store, v.id, approver="Dana Owner", note="typo").value.status == (
        transfers.T.VOID
    )
