"""The G702/G703 arithmetic (``models/records/cost/certificate.py``): a worked example,
the rounding rule, the reduced retainage, and — for any figures — line sums equal the
totals to the cent, G = D + E + F and the balance = C − G."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from executrek.models.records.cost.certificate import (
    LineAmounts,
    Terms,
    lines_of,
    percent_complete,
    round_cents,
    summary,
)

D = Decimal
TEN = Terms(retainage_pct=D("10"), materials_retainage_pct=D("10"))


def test_a_worked_example() -> None:
    rows = [
        LineAmounts("1", "Substructure", D("400000.00"), D("100000.00"), D("50000.00"), D("0")),
        LineAmounts("2", "Steel frame", D("350000.00"), D("0"), D("70000.00"), D("25000.00")),
        LineAmounts("3", "Envelope", D("250000.00"), D("0"), D("0"), D("0")),
    ]
    lines = lines_of(rows, TEN, D("1000000.00"))
    first, second, third = lines
    assert first.completed_to_date == D("150000.00")
    assert first.pct == D("37.50")
    assert first.balance == D("250000.00")
    assert first.retainage == D("15000.00")
    assert second.completed_to_date == D("95000.00")
    assert (second.retainage_work, second.retainage_stored) == (D("7000.00"), D("2500.00"))
    assert third.pct == D("0.00")
    g702 = summary(
        lines,
        original_sum=D("1000000.00"),
        net_change=D("20000.00"),
        retainage_released=D("0"),
        previous_certificates=D("90000.00"),
        withholding=D("5000.00"),
    )
    assert g702.contract_sum == D("1020000.00")
    assert g702.completed_to_date == D("245000.00")
    assert (g702.retainage_work, g702.retainage_stored) == (D("22000.00"), D("2500.00"))
    assert g702.retainage_total == D("24500.00")
    assert g702.earned_less_retainage == D("220500.00")
    assert g702.payment_due == D("220500.00") - D("90000.00") - D("5000.00")
    assert g702.balance_to_finish == D("1020000.00") - D("220500.00")


def test_rounding_is_half_up_to_the_cent_per_line() -> None:
    assert round_cents(D("0.005")) == D("0.01")
    assert round_cents(D("0.0049")) == D("0.00")
    assert round_cents(D("-0.005")) == D("-0.01")
    # 5 % of 0.10 is 0.005 on each of three lines: 0.01 each, total 0.03 (not 0.02)
    terms = Terms(retainage_pct=D("5"), materials_retainage_pct=D("5"))
    rows = [LineAmounts(str(i), "x", D("1"), D("0"), D("0.10"), D("0")) for i in range(3)]
    lines = lines_of(rows, terms, D("3"))
    assert [line.retainage for line in lines] == [D("0.01")] * 3
    assert summary(lines, original_sum=D("3"), net_change=D("0")).retainage_work == D("0.03")


def test_retainage_falls_to_the_reduced_rate_at_the_threshold() -> None:
    terms = Terms(D("10"), D("10"), retainage_reduced_pct=D("5"), reduce_at_pct=D("50"))
    below = lines_of(
        [LineAmounts("1", "x", D("1000"), D("0"), D("499.99"), D("0"))], terms, D("1000")
    )
    at = lines_of([LineAmounts("1", "x", D("1000"), D("0"), D("500.00"), D("0"))], terms, D("1000"))
    assert below[0].retainage == D("50.00")  # 10 % of 499.99 = 49.999
    assert at[0].retainage == D("25.00")
    # the stored-materials rate does not fall
    stored = lines_of(
        [LineAmounts("1", "x", D("1000"), D("0"), D("400"), D("200"))], terms, D("1000")
    )
    assert (stored[0].retainage_work, stored[0].retainage_stored) == (D("20.00"), D("20.00"))


def test_a_line_without_scheduled_value_has_no_percentage() -> None:
    assert percent_complete(D("0"), D("0")) is None
    assert percent_complete(D("1"), D("3")) == D("33.33")
    assert percent_complete(D("2"), D("3")) == D("66.67")


cents = st.integers(min_value=0, max_value=10**11).map(lambda n: D(n).scaleb(-2))
pcts = st.integers(min_value=0, max_value=10000).map(lambda n: D(n).scaleb(-2))


@st.composite
def a_line(draw: st.DrawFn) -> LineAmounts:
    scheduled = draw(cents)
    previous = draw(st.integers(0, int(scheduled * 100)).map(lambda n: D(n).scaleb(-2)))
    this = draw(st.integers(0, int((scheduled - previous) * 100)).map(lambda n: D(n).scaleb(-2)))
    left = scheduled - previous - this
    stored = draw(st.integers(0, int(left * 100)).map(lambda n: D(n).scaleb(-2)))
    return LineAmounts("i", "d", scheduled, previous, this, stored)


@settings(max_examples=300, deadline=None)
@given(
    rows=st.lists(a_line(), min_size=0, max_size=40),
    work=pcts,
    materials=pcts,
    reduced=st.none() | pcts,
    at=pcts,
    net_change=st.integers(-(10**9), 10**9).map(lambda n: D(n).scaleb(-2)),
    released=cents,
    previous=cents,
    withholding=cents,
)
def test_line_sums_equal_totals_to_the_cent(
    rows: list[LineAmounts],
    work: Decimal,
    materials: Decimal,
    reduced: Decimal | None,
    at: Decimal,
    net_change: Decimal,
    released: Decimal,
    previous: Decimal,
    withholding: Decimal,
) -> None:
    terms = Terms(work, materials, reduced, at if reduced is not None else None)
    original = sum((r.scheduled for r in rows), D("0.00"))
    lines = lines_of(rows, terms, original + net_change)
    g702 = summary(
        lines,
        original_sum=original,
        net_change=net_change,
        retainage_released=released,
        previous_certificates=previous,
        withholding=withholding,
    )
    for row, line in zip(rows, lines, strict=True):
        assert line.completed_to_date == line.previous + line.this_period + line.stored  # G
        assert line.balance == line.scheduled - line.completed_to_date  # H = C − G
        assert line.retainage == line.retainage_work + line.retainage_stored
        assert line.retainage.as_tuple().exponent == -2  # whole cents
        assert line.completed_to_date <= row.scheduled
    assert g702.completed_to_date == sum((x.completed_to_date for x in lines), D(0))
    assert g702.retainage_work + g702.retainage_stored == sum((x.retainage for x in lines), D(0))
    assert g702.retainage_total == g702.retainage_work + g702.retainage_stored - released
    assert g702.contract_sum == original + net_change
    assert g702.earned_less_retainage == g702.completed_to_date - g702.retainage_total
    assert g702.payment_due == g702.earned_less_retainage - previous - withholding
    assert g702.balance_to_finish == g702.contract_sum - g702.earned_less_retainage
    for value in (g702.retainage_total, g702.payment_due, g702.balance_to_finish):
        assert value == value.quantize(D("0.01"))
