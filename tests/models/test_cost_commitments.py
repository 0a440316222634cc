"""Commitments: numbering, retainage terms, the schedule of values (one line or loaded
at once), executing against the contract value, the contract sum to date with approved
change orders, and change orders tied to a commitment and its SOV lines."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from cost_data import EXECUTED_ON, SIG, Costs, commitment, costs
from sqlalchemy import func, select

from executrek.models.errors import ValidationError, WorkflowError
from executrek.models.project import Project
from executrek.models.records.change_order import service as co
from executrek.models.records.cost import commitments, figures, payments, queries
from executrek.models.records.cost.commitment_model import SovLine
from executrek.models.records.cost.rows import SovRow
from executrek.models.services import projects
from executrek.models.store import Store

D = Decimal


@pytest.fixture
def site(store: Store, project: Project) -> Costs:
    return costs(store, project.id)


def new(store: Store, site: Costs, **kw: object) -> str:
    args: dict[str, object] = {
        "commitment_type": "contract",
        "title": "Main works",
        "contractor_id": site.contractor,
        "original_value": "1000000.00",
    }
    args.update(kw)
    return commitments.create_commitment(store, site.project_id, **args).value.id  # type: ignore[arg-type]


def sov(store: Store, commitment_id: str) -> list[queries.SovLineRow]:
    with store.read() as s:
        return queries.sov_of(s, commitment_id)


def listed(store: Store, project_id: str) -> dict[str, queries.CommitmentRow]:
    with store.read() as s:
        return {r.id: r for r in queries.list_commitments(s, project_id)}


def test_numbers_and_retainage_terms(store: Store, site: Costs) -> None:
    sc = new(store, site, retainage_pct="5")
    po = new(
        store,
        site,
        commitment_type="purchase_order",
        title="Switchgear",
        original_value="80000",
        retainage_pct=0,
    )
    rows = listed(store, site.project_id)
    assert (rows[sc].number, rows[po].number) == ("SC-001", "PO-001")
    assert rows[sc].materials_retainage_pct == D("5.00")  # defaults to the work rate
    assert rows[sc].contractor == "Nordbau GmbH"
    with pytest.raises(ValidationError, match=r"Retainage must be between 0 and 100 % \(got 120"):
        new(store, site, retainage_pct="120")
    with pytest.raises(ValidationError, match="stored materials must be between 0 and 100"):
        new(store, site, materials_retainage_pct="-1")
    with pytest.raises(ValidationError, match="needs both the reduced rate"):
        new(store, site, retainage_reduced_pct="5")
    with pytest.raises(ValidationError, match="more than 2 decimals"):
        new(store, site, original_value="10.001")
    with pytest.raises(ValidationError, match="before the start"):
        new(store, site, start_date=dt.date(2026, 5, 1), finish_date=dt.date(2026, 4, 1))


def test_execute_needs_the_sov_to_add_up(store: Store, site: Costs) -> None:
    cid = new(store, site)
    commitments.add_sov_line(
        store, cid, item="1", description="Substructure", scheduled_value="600000.00"
    )
    with pytest.raises(ValidationError, match="already on the schedule of values"):
        commitments.add_sov_line(store, cid, item="1", description="Again", scheduled_value=1)
    with pytest.raises(ValidationError) as err:
        commitments.execute_commitment(store, cid, on=EXECUTED_ON)
    assert str(err.value) == (
        "The schedule of values adds up to 600,000.00, not the contract value 1,000,000.00."
    )
    last = commitments.add_sov_line(
        store, cid, item="2", description="Frame", scheduled_value="400000.00"
    ).value
    done = commitments.execute_commitment(store, cid, on=EXECUTED_ON).value
    assert (done.status.value, done.executed_on) == ("executed", EXECUTED_ON)
    with pytest.raises(WorkflowError, match="changes only by change order"):
        commitments.add_sov_line(store, cid, item="3", description="Late", scheduled_value=1)
    with pytest.raises(WorkflowError, match="changes only by change order"):
        commitments.remove_sov_line(store, last.id)
    with pytest.raises(WorkflowError, match="only while it is a draft"):
        commitments.update_commitment(store, cid, original_value="1")
    assert commitments.update_commitment(store, cid, title="Main works (rev)").value.title == (
        "Main works (rev)"
    )
    with pytest.raises(WorkflowError, match="cannot go from executed to void"):
        commitments.void_commitment(store, cid)


def test_load_sov_upserts_maps_and_is_all_or_nothing(store: Store, site: Costs) -> None:
    cid = new(store, site)
    first = commitments.load_sov(
        store,
        cid,
        [
            SovRow("1", "Substructure", D("400000.00"), "03", ("A100", "A110", "A100")),
            SovRow("2", "Steel frame", D("600000.00"), "05", ("A200",)),
        ],
    ).value
    assert (first.lines_added, first.lines_updated) == (2, 0)
    lines = sov(store, cid)
    assert [(x.item, x.cost_code, x.budget_line, x.activity_codes) for x in lines] == [
        ("1", "03", "BL-001", ("A100", "A110")),
        ("2", "05", "BL-002", ("A200",)),
    ]
    again = commitments.load_sov(
        store,
        cid,
        [
            SovRow("1", "Substructure", D("350000.00"), "03", ("A110",)),
            SovRow("3", "Envelope", D("50000.00"), None),
        ],
    ).value
    assert (again.lines_added, again.lines_updated) == (1, 1)
    lines = sov(store, cid)
    assert [(x.item, x.scheduled_value, x.activity_codes) for x in lines] == [
        ("1", D("350000.00"), ("A110",)),
        ("2", D("600000.00"), ("A200",)),
        ("3", D("50000.00"), ()),
    ]
    before = lines
    for rows, message in (
        (
            [SovRow("4", "Ok", D("1"), "03"), SovRow("5", "Bad", D("-1"), "03")],
            "Row 2: The scheduled value cannot be negative",
        ),
        ([SovRow("4", "Ok", D("1"), "42", row=9)], "Row 9: there is no cost code 42"),
        ([SovRow("4", "Ok", D("1")), SovRow("4", "Dup", D("1"))], "Row 2: item 4 is also on row 1"),
        ([SovRow("4", "", D("1"))], "Row 1: description is required"),
        ([SovRow("4", "Cents", D("0.001"))], "Row 1: The scheduled value has more than 2"),
    ):
        with pytest.raises(ValidationError) as err:
            commitments.load_sov(store, cid, rows)
        assert str(err.value).startswith(message), str(err.value)
        assert sov(store, cid) == before  # nothing half-loaded
    commitments.execute_commitment(store, cid, on=EXECUTED_ON)
    with pytest.raises(WorkflowError, match="changes only by change order"):
        commitments.load_sov(store, cid, [SovRow("9", "Late", D("1"))])


def approved_co(store: Store, site: Costs, cid: str, amount: str) -> str:
    made = co.create_change_order(
        store,
        site.project_id,
        title="Extra works",
        reason="owner_request",
        tier="change_order",
        commitment_id=cid,
        lines=[co.LineInput("Extra", 1, amount)],
    ).value
    co.approve(
        store,
        made.id,
        approver_name="Dana Owner",
        approver_role="Owner",
        signature_strokes=SIG,
        submit_first=True,
    )
    return made.id


def test_every_path_reads_the_same_approved_changes(store: Store, site: Costs) -> None:
    """The commitments list, the commitment figures (screens, cost report, export) and the
    payment certificate (G702 line 2) count the approved change order only: not the
    pending one, not the rejected one."""
    cid = commitment(store, site)
    approved_co(store, site, cid, "25000.00")
    for title, amount in (("Pending", "9999"), ("Rejected", "5000")):
        made = co.create_change_order(
            store,
            site.project_id,
            title=title,
            reason="owner_request",
            tier="change_order",
            commitment_id=cid,
            lines=[co.LineInput("x", 1, amount)],
        ).value
        co.submit(store, made.id)
        if title == "Rejected":
            co.reject(store, made.id, "Not ours")
    app = payments.create_pay_application(
        store, cid, period_start=dt.date(2026, 3, 1), period_end=dt.date(2026, 3, 31)
    ).value
    row = listed(store, site.project_id)[cid]
    with store.read() as s:
        figure = {f.commitment_id: f for f in figures.commitment_figures(s, site.project_id)}[cid]
        g702 = queries.certificate_of(s, app.id).summary
    changes = (row.approved_changes, figure.approved_changes, g702.net_change)
    sums = (row.contract_sum, figure.contract_sum, g702.contract_sum)
    assert changes == (D("25000.00"),) * 3
    assert sums == (D("1025000.00"),) * 3


def test_contract_sum_counts_approved_change_orders_only(store: Store, site: Costs) -> None:
    cid = commitment(store, site)
    approved_co(store, site, cid, "25000.00")
    co.create_change_order(
        store,
        site.project_id,
        title="Pending",
        reason="owner_request",
        tier="change_order",
        commitment_id=cid,
        lines=[co.LineInput("x", 1, "9999")],
    )
    co.create_change_order(
        store,
        site.project_id,
        title="An event",
        reason="owner_request",
        tier="change_event",
        commitment_id=cid,
        lines=[co.LineInput("x", 1, "7777")],
    )
    with store.read() as s:
        figure = {f.commitment_id: f for f in figures.commitment_figures(s, site.project_id)}[cid]
        assert figure.contract_sum == D("1025000.00")
    row = listed(store, site.project_id)[cid]
    assert (row.approved_changes, row.contract_sum) == (D("25000.00"), D("1025000.00"))


def test_change_orders_tie_to_an_executed_commitment(store: Store, site: Costs) -> None:
    draft = commitment(store, site, execute=False)
    with pytest.raises(ValidationError, match="SC-001 is draft; a change order modifies an"):
        co.create_change_order(
            store, site.project_id, title="x", reason="other", commitment_id=draft
        )
    cid = commitment(store, site)
    other = commitment(store, site)
    made = co.create_change_order(
        store,
        site.project_id,
        title="Louvers",
        reason="design_error",
        commitment_id=cid,
        lines=[co.LineInput("Louvers", 2, "500", sov_line_id=sov(store, cid)[2].id)],
    ).value
    assert made.contractor_id == site.contractor  # taken from the commitment
    with pytest.raises(ValidationError, match="Line 1 names a schedule-of-values line of another"):
        co.set_lines(
            store, made.id, [co.LineInput("x", 1, "1", sov_line_id=sov(store, other)[0].id)]
        )
    with pytest.raises(ValidationError, match="another commitment"):
        co.create_change_order(
            store,
            site.project_id,
            title="No commitment",
            reason="other",
            lines=[co.LineInput("x", 1, "1", sov_line_id=sov(store, cid)[0].id)],
        )
    with pytest.raises(ValidationError, match="another commitment"):
        co.update_change_order(store, made.id, commitment_id=other)
    stranger = projects.add_organisation(store, site.project_id, "Other Co", "subcontractor")
    with pytest.raises(ValidationError, match="not the contractor of SC-002"):
        co.update_change_order(store, made.id, contractor_id=stranger.value.id)
    second = projects.create_project(
        store,
        projects.NewProject(
            code="DEPOT",
            name="Depot",
            owner_name="County",
            contract_value=D("1000"),
            contingency=D("0"),
            baseline_start=dt.date(2026, 1, 5),
            baseline_finish=dt.date(2026, 12, 1),
        ),
    ).value
    with pytest.raises(ValidationError, match="belongs to another project"):
        co.create_change_order(store, second.id, title="x", reason="other", commitment_id=cid)
    # promoting keeps the ties
    event = co.create_change_order(
        store,
        site.project_id,
        title="Canopy",
        reason="owner_request",
        tier="change_event",
        commitment_id=cid,
        lines=[co.LineInput("Canopy", 1, "800", sov_line_id=sov(store, cid)[1].id)],
    ).value
    co.approve(
        store,
        event.id,
        approver_name="Dana",
        approver_role=None,
        signature_strokes=SIG,
        submit_first=True,
    )
    child = co.promote(store, event.id).value
    assert child.commitment_id == cid
    assert [line.sov_line_id for line in co.lines_of(store, child.id)] == [sov(store, cid)[1].id]


def test_sov_lines_added_by_an_approved_change_order(store: Store, site: Costs) -> None:
    cid = commitment(store, site)
    pending = co.create_change_order(
        store,
        site.project_id,
        title="Canopy",
        reason="owner_request",
        tier="change_order",
        commitment_id=cid,
        lines=[co.LineInput("Canopy", 1, "30000")],
    ).value
    with pytest.raises(WorkflowError, match="once it is approved"):
        commitments.add_sov_line(
            store,
            cid,
            item="4",
            description="Canopy",
            scheduled_value="30000",
            change_order_id=pending.id,
        )
    approved = approved_co(store, site, cid, "30000.00")
    line = commitments.add_sov_line(
        store,
        cid,
        item="4",
        description="Canopy",
        scheduled_value="30000",
        change_order_id=approved,
        cost_code_id=sov(store, cid)[1].cost_code_id,
    ).value
    rows = sov(store, cid)
    assert (rows[-1].item, rows[-1].change_order, rows[-1].budget_line) == ("4", "CO-002", "BL-002")
    assert line.position == 4
    with store.read() as s:
        assert commitments.sov_total(s, cid) == D("1030000.00")
    assert listed(store, site.project_id)[cid].contract_sum == D("1030000.00")


def test_rates_close_reopen_and_void(store: Store, site: Costs) -> None:
    cid = commitment(store, site)
    rate = commitments.add_rate(
        store, cid, item="R1", description="Labourer", unit="h", rate="48.50"
    ).value
    assert rate.rate == D("48.50")
    with pytest.raises(ValidationError, match="already in the schedule of rates"):
        commitments.add_rate(store, cid, item="R1", description="x", unit="h", rate=1)
    app = payments.create_pay_application(
        store, cid, period_start=dt.date(2026, 3, 1), period_end=dt.date(2026, 3, 31)
    ).value
    with pytest.raises(WorkflowError, match="still has an open pay application \\(PA-001\\)"):
        commitments.close_commitment(store, cid)
    payments.void_application(store, app.id, approver="Dana Owner", reason="Entered twice")
    assert commitments.close_commitment(store, cid).value.status.value == "closed"
    assert commitments.reopen_commitment(store, cid).value.status.value == "executed"
    draft = commitment(store, site, execute=False)
    assert commitments.void_commitment(store, draft).value.status.value == "void"
    with store.read() as s:
        assert s.scalar(select(func.count()).select_from(SovLine)) == 6
