"""Payment applications: create, claim (line by line or loaded at once), review, certify;
the next application starts from the certified figures; every bad input is refused with
one line."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from cost_data import SIG, Costs, commitment, costs
from sqlalchemy import select

from executrek.models import clock
from executrek.models.common import Signature
from executrek.models.errors import ValidationError, WorkflowError
from executrek.models.project import Project
from executrek.models.records.cost import payments, queries
from executrek.models.records.cost.payment_model import PayApplication, PayApplicationLine
from executrek.models.records.cost.rows import ClaimRow
from executrek.models.store import Store

D = Decimal
MARCH = (dt.date(2026, 3, 1), dt.date(2026, 3, 31))
APRIL = (dt.date(2026, 4, 1), dt.date(2026, 4, 30))


@pytest.fixture
def site(store: Store, project: Project) -> Costs:
    return costs(store, project.id)


@pytest.fixture
def cid(store: Store, site: Costs) -> str:
    return commitment(store, site)


def new_app(store: Store, cid: str, period: tuple[dt.date, dt.date] = MARCH) -> str:
    return payments.create_pay_application(
        store, cid, period_start=period[0], period_end=period[1]
    ).value.id


def lines(store: Store, app_id: str) -> list[queries.PayAppLineRow]:
    with store.read() as s:
        return queries.pay_app_lines(s, app_id)


def certificate(store: Store, app_id: str, claimed: bool = False) -> queries.Certificate:
    with store.read() as s:
        return queries.certificate_of(s, app_id, claimed=claimed)


def claim(store: Store, app_id: str, *figures: tuple[str, str]) -> None:
    for line, (work, stored) in zip(lines(store, app_id), figures, strict=True):
        payments.claim_line(store, line.id, work=work, stored=stored)


def test_a_month_certified_and_the_next_one_starts_from_it(
    store: Store, cid: str, clock: dt.date
) -> None:
    app = new_app(store, cid)
    claim(store, app, ("100000.00", "0"), ("80000.00", "20000.00"), ("0", "0"))
    payments.submit_for_review(store, app, actor_name="Zoë Ødegård")
    first, second, third = lines(store, app)
    payments.decide_line(store, first.id, "approved", actor_name="Zoë Ødegård")
    payments.decide_line(
        store,
        second.id,
        "reduced",
        approved_work="60000.00",
        reason="Frame level 3 not erected",
        actor_name="Zoë Ødegård",
    )
    payments.decide_line(store, third.id, "approved", actor_name="Zoë Ødegård")
    claimed = certificate(store, app, claimed=True)
    review = certificate(store, app)
    assert claimed.summary.completed_to_date == D("200000.00")
    assert review.summary.completed_to_date == D("180000.00")
    assert review.summary.retainage_total == D("18000.00")
    assert review.summary.payment_due == D("162000.00")
    done = payments.certify(
        store, app, approver="Dana Owner", approver_role="Owner", signature_strokes=SIG
    ).value
    assert done.status.value == "certified"
    assert done.certified_amount == review.summary.payment_due  # G702 line 8
    assert done.certified_by == "Dana Owner"
    assert done.certified_at is not None
    assert abs((done.certified_at - clock_now()).total_seconds()) < 60
    assert done.certified_at.astimezone().date() == clock
    with store.read() as s:
        events = queries.events_of(s, app)
        sig = s.scalar(select(Signature).where(Signature.record_id == app))
        header = queries.list_pay_applications(s, done.project_id)
    assert [(e.action, e.item, e.approver_name) for e in events] == [
        ("submit", None, "Zoë Ødegård"),
        ("approved", "1", "Zoë Ødegård"),
        ("reduced", "2", "Zoë Ødegård"),
        ("approved", "3", "Zoë Ødegård"),
        ("certify", None, "Dana Owner"),
    ]
    assert events[2].note == "Frame level 3 not erected"
    assert events[-1].amount == D("162000.00")
    assert sig is not None and events[-1].signature_id == sig.id
    assert [(h.number, h.commitment_number, h.status) for h in header] == [
        ("PA-001", "SC-001", "certified")
    ]
    with pytest.raises(WorkflowError, match="cannot go from certified"):
        payments.void_application(store, app, approver="Dana Owner", reason="x")

    nxt = new_app(store, cid, APRIL)
    prev = lines(store, nxt)
    assert [(x.previous, x.previous_stored) for x in prev] == [
        (D("100000.00"), D("0.00")),
        (D("60000.00"), D("20000.00")),  # the approved work, not the claim
        (D("0.00"), D("0.00")),
    ]
    claim(store, nxt, ("50000.00", "0"), ("40000.00", "0"), ("0", "0"))
    payments.submit_for_review(store, nxt)
    for line in lines(store, nxt):
        payments.decide_line(store, line.id, "approved", actor_name="Zoë")
    april = certificate(store, nxt)
    assert april.number == "PA-002" and april.application_no == 2
    assert april.summary.completed_to_date == D("250000.00")
    assert april.summary.previous_certificates == D("162000.00")
    assert april.summary.payment_due == D("250000.00") - D("25000.00") - D("162000.00")
    assert april.currency == "USD" and april.contractor == "Nordbau GmbH"


def clock_now() -> dt.datetime:
    return clock.now()


def test_claims_refused_with_one_line(store: Store, cid: str) -> None:
    app = new_app(store, cid)
    first = lines(store, app)[0]
    for work, stored, message in (
        ("-5.00", "0", r"Work completed this period cannot be negative \(got -5.00\)"),
        ("0", "-1", "Materials presently stored cannot be negative"),
        # amounts grouped, to the cent: "400,000.01", never "400000.01"
        (
            "400000.01",
            "0",
            r"^Item 1: 400,000\.01 completed and stored to date is more than "
            r"its scheduled value 400,000\.00 \(over 100 %\)\.$",
        ),
        ("300000", "100000.01", r"over 100 %"),
        ("10.005", "0", "more than 2 decimals"),
        ("ten", "0", "must be a number"),
    ):
        with pytest.raises(ValidationError, match=message) as err:
            payments.claim_line(store, first.id, work=work, stored=stored)
        assert "\n" not in str(err.value)
    assert lines(store, app)[0].claimed_work == D("0.00")


def test_load_claim_is_all_or_nothing(store: Store, cid: str) -> None:
    app = new_app(store, cid)
    assert (
        payments.load_claim(
            store, app, [ClaimRow("1", D("1000.00"), D("0")), ClaimRow("3", D("5.00"), D("2.00"))]
        ).value
        == 2
    )
    for rows, message in (
        (
            [ClaimRow("2", D("1"), D("0")), ClaimRow("9", D("1"), D("0"))],
            "Row 2: item 9 is not on the schedule of values of PA-001",
        ),
        ([ClaimRow("2", D("-1"), D("0"), row=7)], "Row 7: Work completed this period cannot be"),
        (
            [ClaimRow("2", D("1"), D("0")), ClaimRow("2", D("2"), D("0"))],
            "Row 2: item 2 is also on row 1",
        ),
        ([ClaimRow("1", D("400000.01"), D("0"))], "Row 1: Item 1: 400,000.01 completed"),
    ):
        with pytest.raises(ValidationError) as err:
            payments.load_claim(store, app, rows)
        assert str(err.value).startswith(message), str(err.value)
        assert [x.claimed_work for x in lines(store, app)] == [D("1000.00"), D("0"), D("5.00")]
    payments.submit_for_review(store, app)
    with pytest.raises(WorkflowError, match="under_review; the claim is entered while"):
        payments.load_claim(store, app, [])


def test_review_refusals(store: Store, cid: str) -> None:
    app = new_app(store, cid)
    claim(store, app, ("1000.00", "500.00"), ("0", "0"), ("0", "0"))
    first = lines(store, app)[0].id
    with pytest.raises(WorkflowError, match="decided while it is under review"):
        payments.decide_line(store, first, "approved", actor_name="Zoë")
    payments.submit_for_review(store, app)
    with pytest.raises(ValidationError, match="Reducing a line needs a reason"):
        payments.decide_line(store, first, "reduced", approved_work="500", actor_name="Zoë")
    with pytest.raises(ValidationError, match="Rejecting a line needs a reason"):
        payments.decide_line(store, first, "rejected", reason=" ", actor_name="Zoë")
    with pytest.raises(ValidationError, match=r"more than the claim \(1,000\.00 and 500\.00\)\.$"):
        payments.decide_line(
            store, first, "reduced", approved_work="1000.01", reason="x", actor_name="Zoë"
        )
    with pytest.raises(ValidationError, match="approve the line instead"):
        payments.decide_line(store, first, "reduced", reason="x", actor_name="Zoë")
    with pytest.raises(ValidationError, match="reduce the line to approve less"):
        payments.decide_line(store, first, "approved", approved_work="10", actor_name="Zoë")
    with pytest.raises(ValidationError, match="needs the name"):
        payments.decide_line(store, first, "approved", actor_name="")
    with pytest.raises(ValidationError, match="decision must be one of"):
        payments.decide_line(store, first, "maybe", actor_name="Zoë")
    rejected = payments.decide_line(
        store, first, "rejected", reason="No access to verify", actor_name="Zoë"
    ).value
    assert (rejected.approved_work, rejected.approved_stored) == (D("0.00"), D("0.00"))
    with pytest.raises(
        ValidationError, match=r"2 line\(s\) of PA-001 are not decided yet \(items 2, 3\)"
    ):
        payments.certify(store, app, approver="Dana Owner")
    with pytest.raises(ValidationError, match=r"The withholding cannot be negative"):
        payments.set_withholding(store, app, amount="-1", reason="x")
    with pytest.raises(ValidationError, match="Withholding needs a reason"):
        payments.set_withholding(store, app, amount="100", reason=None)
    with pytest.raises(ValidationError, match="more than the retainage held"):
        payments.set_retainage_release(store, app, "0.01")


def test_certify_refuses_a_negative_payment_due(store: Store, cid: str) -> None:
    app = new_app(store, cid)
    claim(store, app, ("1000.00", "0"), ("0", "0"), ("0", "0"))
    payments.submit_for_review(store, app)
    for line in lines(store, app):
        payments.decide_line(store, line.id, "approved", actor_name="Zoë")
    payments.set_withholding(store, app, amount="900.01", reason="Cracked slab, bay 4")
    with pytest.raises(ValidationError, match=r"payment due would be negative \(-0.01\)"):
        payments.certify(store, app, approver="Dana Owner")
    payments.set_withholding(store, app, amount="900.00", reason="Cracked slab, bay 4")
    done = payments.certify(store, app, approver="Dana Owner").value
    assert done.certified_amount == D("0.00")
    with store.read() as s:
        assert [e.action for e in queries.events_of(s, app)][-3:] == [
            "withhold",
            "withhold",
            "certify",
        ]


def test_periods_and_open_applications(store: Store, site: Costs, cid: str) -> None:
    with pytest.raises(ValidationError, match=r"ends .* before it starts"):
        payments.create_pay_application(store, cid, period_start=MARCH[1], period_end=MARCH[0])
    app = new_app(store, cid)
    with pytest.raises(WorkflowError, match="PA-001 is still draft; certify or void it"):
        new_app(store, cid, APRIL)
    payments.submit_for_review(store, app)
    for line in lines(store, app):
        payments.decide_line(store, line.id, "approved", actor_name="Zoë")
    payments.certify(store, app, approver="Dana Owner")
    for period in (MARCH, (dt.date(2026, 3, 31), dt.date(2026, 4, 30))):
        with pytest.raises(ValidationError, match=r"overlaps PA-001 .* already certified"):
            new_app(store, cid, period)
    draft = commitment(store, site, execute=False)
    with pytest.raises(WorkflowError, match="SC-002 is draft; pay applications are made"):
        new_app(store, draft)


def test_reject_revise_and_void(store: Store, cid: str) -> None:
    app = new_app(store, cid)
    claim(store, app, ("1000.00", "0"), ("0", "0"), ("0", "0"))
    payments.submit_for_review(store, app)
    first = lines(store, app)[0].id
    payments.decide_line(store, first, "approved", actor_name="Zoë")
    with pytest.raises(ValidationError, match="Rejecting an application needs a reason"):
        payments.reject_application(store, app, approver="Dana Owner", reason="")
    payments.reject_application(store, app, approver="Dana Owner", reason="Wrong period")
    payments.revise_application(store, app, note="Contractor resubmits")
    payments.claim_line(store, first, work="900.00", stored="0")  # a new claim: undecided again
    assert lines(store, app)[0].decision == "pending"
    assert lines(store, app)[0].approved_work is None
    with pytest.raises(ValidationError, match="Voiding an application needs a reason"):
        payments.void_application(store, app, approver="Dana Owner", reason=None)  # type: ignore[arg-type]
    payments.void_application(store, app, approver="Dana Owner", reason="Superseded")
    with store.read() as s:
        got = s.get(PayApplication, app)
        assert got is not None and got.status.value == "void"
        actions = [(e.action, e.to_status) for e in queries.events_of(s, app)]
    assert actions == [
        ("submit", "under_review"),
        ("approved", "under_review"),
        ("reject", "rejected"),
        ("revise", "draft"),
        ("void", "void"),
    ]
    new_app(store, cid, APRIL)  # a void application no longer blocks the next


def test_retainage_release_and_reduction(store: Store, site: Costs) -> None:
    cid = commitment(store, site, retainage_reduced_pct="5", reduce_at_pct="50")
    app = new_app(store, cid)
    claim(store, app, ("400000.00", "0"), ("100000.00", "0"), ("0", "0"))
    payments.submit_for_review(store, app)
    for line in lines(store, app):
        payments.decide_line(store, line.id, "approved", actor_name="Zoë")
    figures = certificate(store, app).summary
    assert figures.retainage_work == D("25000.00")  # 5 % once 50 % complete
    payments.set_retainage_release(store, app, "5000.00", note="Substructure accepted")
    figures = certificate(store, app).summary
    assert figures.retainage_total == D("20000.00")
    assert figures.payment_due == D("480000.00")
    assert payments.certify(store, app, approver="Dana Owner").value.certified_amount == (
        D("480000.00")
    )


def test_the_review_read_is_the_certificates_and_the_lines_read_once(
    store: Store, cid: str
) -> None:
    """``review_read`` is ``certificate_of`` both ways and ``pay_app_lines``; the lines'
    plain statement reads what the ORM holds, amounts written the same way."""
    app = new_app(store, cid)
    claim(store, app, ("100000.00", "0"), ("80000.00", "20000.00"), ("0", "0"))
    payments.submit_for_review(store, app, actor_name="Zoë Ødegård")
    second = lines(store, app)[1]
    payments.decide_line(
        store,
        second.id,
        "reduced",
        approved_work="60000.00",
        reason="Frame level 3 not erected",
        actor_name="Zoë Ødegård",
    )
    with store.read() as s:
        read = queries.review_read(s, app)
        held = {
            x.id: x
            for x in s.scalars(
                select(PayApplicationLine).where(PayApplicationLine.pay_application_id == app)
            )
        }
    assert read.review == certificate(store, app)
    assert read.claimed == certificate(store, app, claimed=True)
    assert read.review.summary.completed_to_date == D("180000.00")
    assert read.claimed.summary.completed_to_date == D("200000.00")
    assert read.lines == lines(store, app)
    assert [r.position for r in read.lines] == [1, 2, 3]
    assert read.lines[1].decision == "reduced" and read.lines[0].approved_work is None
    for row in read.lines:
        x = held[row.id]
        ours = (row.previous, row.previous_stored, row.claimed_work, row.claimed_stored)
        orm = (x.previous, x.previous_stored, x.claimed_work, x.claimed_stored)
        assert [str(v) for v in ours] == [str(v) for v in orm]
        assert (row.approved_work, row.approved_stored, row.decision, row.reason) == (
            x.approved_work,
            x.approved_stored,
            x.decision.value,
            x.reason,
        )
