"""Consistency checks of printed reports: every figure printed more than once agrees
with its other occurrences and with the service layer (``health``, ``dashboard``), and
no summary sentence contradicts the ratings printed on the same page."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

from figure_reading import (
    DATE,
    MONEY,
    NUM,
    RATING,
    band,
    between,
    completion,
    contractor_row,
    date,
    milestone_row,
    money,
    number,
    one,
    percent,
    punch_sentence,
    ratings,
    slip_sentence,
    status_chart,
)

from executrek.app import health_rag
from executrek.app.settings import Thresholds
from executrek.models.records.inspection.report import InspectionDetail
from executrek.models.services.dashboard import Dashboard
from executrek.models.services.health import ProjectHealth

LIVE = ("draft", "open", "rejected", "ready_for_review")
RATING_NAMES = {"green": "On track", "amber": "At risk", "red": "Off track", "none": "Not rated"}


def rating_of(h: ProjectHealth, t: Thresholds) -> tuple[str, str, str]:
    return (
        RATING_NAMES[health_rag.budget(h, t).value],
        RATING_NAMES[health_rag.schedule(h, t).value],
        RATING_NAMES[health_rag.quality(h, t).value],
    )


def rate_text(h: ProjectHealth) -> str:
    return "—" if h.inspection_pass_rate is None else f"{h.inspection_pass_rate:.1f}%"


def usd(amount: Decimal) -> str:
    return f"USD {amount:,.2f}" if amount >= 0 else f"USD ({-amount:,.2f})"


def check_ratings_agree_with_their_measures(first: str, t: Thresholds) -> None:
    """On the page with the ratings: each rating is what its printed measure gives, and
    the schedule sentence names the same slip and the same rating."""
    rt = ratings(first)
    by_slip = band(rt.slip, t.schedule_slip_amber_days, t.schedule_slip_red_days)
    by_float = "On track"
    if rt.completion_float is not None:
        by_float = (
            "Off track"
            if rt.completion_float < 0
            else "At risk"
            if rt.completion_float < t.schedule_float_amber_days
            else "On track"
        )
    order = ["On track", "At risk", "Off track"]
    assert rt.schedule == max(by_slip, by_float, key=order.index), (rt, first[:1500])
    pct = percent(rt.budget_pct)
    if pct is not None:
        assert rt.budget == band(pct, t.budget_change_amber_pct, t.budget_change_red_pct)
    worst = band(rt.overdue, t.overdue_punch_amber, t.overdue_punch_red)
    rate = percent(rt.pass_rate)
    if rate is not None:
        by_rate = (
            "Off track"
            if rate < t.pass_rate_red_pct
            else "At risk"
            if rate < t.pass_rate_amber_pct
            else "On track"
        )
        order = ["On track", "At risk", "Off track"]
        worst = max(worst, by_rate, key=order.index)
    assert rt.quality == worst
    milestone, slip, rated = slip_sentence(first)
    assert rated == rt.schedule  # the sentence names the rating in the table above it
    assert (milestone, slip) == (rt.slip_milestone, rt.slip)
    comp = completion(first)
    assert comp.variance == (comp.expected - comp.contract).days  # "on time/late/early"
    if comp.baseline is not None:
        extension = comp.approved_days + comp.granted_days  # change orders, delay events
        assert comp.contract == comp.baseline + dt.timedelta(days=extension)
    if rt.schedule == "On track":
        assert slip < t.schedule_slip_amber_days
    else:  # never "all is well" next to an amber or red rating
        assert milestone is not None and slip >= t.schedule_slip_amber_days


def check_status_report(pages: list[str], h: ProjectHealth, dash: Dashboard, t: Thresholds) -> None:
    first = pages[0]
    text = " ".join(pages)
    assert "Summary" in first  # the headline is on page 1
    rt = ratings(first)
    assert (rt.budget, rt.schedule, rt.quality) == rating_of(h, t)
    check_ratings_agree_with_their_measures(first, t)

    # schedule: the table, the sentence, the rating's measure and the dashboard
    pos = h.schedule
    assert rt.slip == max(h.max_slip_days, 0)
    comp = completion(first)
    assert (comp.contract, comp.expected) == (pos.contract_finish, pos.forecast_finish)
    assert comp.approved_days == h.budget.approved_schedule_days == pos.approved_days
    assert comp.granted_days == pos.granted_days
    table = between(text, "Milestone Baseline Contractual", "Variance:")
    rows = {m.name: milestone_row(table, m.name) for m in pos.milestones}
    for m in pos.milestones:
        row = rows[m.name]
        assert (row.contract, row.variance) == (m.contract_date, m.variance_days)
    assert max((row.variance for row in rows.values()), default=0) == h.max_slip_days
    if rt.slip_milestone is not None:
        assert rows[rt.slip_milestone].variance == rt.slip
    last = pos.milestones[-1] if pos.milestones else None
    if last is not None:
        assert comp.milestone == last.name
        assert (rows[last.name].contract, rows[last.name].variance) == (
            comp.contract,
            comp.variance,
        )
    impact = one(r"Schedule impact ([\d,]+) days? approved, ([\d,]+) days? pending", text)
    note = one(
        r"plus ([\d,]+) days? approved in change orders(?: and ([\d,]+) days? of extensions "
        r"of time granted)?; pending change orders claim ([\d,]+) days? more",
        text,
    )
    assert number(impact[1]) == number(note[1]) == h.budget.approved_schedule_days
    assert number(impact[2]) == number(note[3]) == h.budget.pending_schedule_days
    assert (number(note[2]) if note[2] else 0) == pos.granted_days == comp.granted_days
    late = sum(1 for row in rows.values() if row.variance > 0)
    assert late == h.milestones_late

    # punch items: sentence, chart, contractor table, rating measure, dashboard
    outstanding, total, overdue = punch_sentence(first)
    chart = status_chart(between(text, "Punch items by status", "Punch items by contractor"))
    check_punch_figures(between(text, "Punch items by contractor"), chart, h, dash)
    assert outstanding == sum(chart.get(s, 0) for s in LIVE) == h.punch_open
    assert total == sum(chart.values()) == h.punch_total
    assert overdue == rt.overdue == h.punch_overdue

    # inspections, NCRs and money
    rate = one(r"Inspection pass rate to date: ([\d.]+%|—); open NCRs: ([\d,]+)\.", first)
    assert rate[1] == rt.pass_rate == rate_text(h)
    assert one(r"Pass rate to date ([\d.]+%|—)", text)[1] == rate_text(h)
    assert number(rate[2]) == h.open_ncrs
    assert number(one(r"Open issues ([\d,]+)", text)[1]) == h.open_issues
    b = h.budget
    sentence = one(
        rf"The revised contract stands at {MONEY} \(([\d.]+%) on the original {MONEY}\); "
        rf"{MONEY} of changes are pending a decision, for a forecast final cost of {MONEY}\.",
        first,
    )
    assert money(sentence[1]) == b.revised_contract
    assert money(sentence[3]) == b.original_contract
    assert money(sentence[4]) == b.pending_exposure
    assert money(sentence[5]) == b.revised_contract + b.pending_exposure
    check_rollup(text, h)


def check_rollup(text: str, h: ProjectHealth) -> None:
    b = h.budget
    assert usd(b.revised_contract) in one(rf"Revised contract {MONEY}", text)[0]
    assert usd(b.original_contract) in one(rf"Original contract {MONEY}", text)[0]
    assert money(one(rf"Pending exposure {MONEY}", text)[1]) == b.pending_exposure
    assert money(one(rf"Forecast final cost {MONEY}", text)[1]) == (
        b.revised_contract + b.pending_exposure
    )
    assert money(one(rf"Contingency remaining {MONEY}", text)[1]) == b.contingency_remaining
    impact = one(r"Schedule impact ([\d,]+) days? approved, ([\d,]+) days? pending", text)
    assert (number(impact[1]), number(impact[2])) == (
        b.approved_schedule_days,
        b.pending_schedule_days,
    )


def check_punch_figures(
    table_text: str, chart: dict[str, int], h: ProjectHealth, dash: Dashboard
) -> None:
    """The chart by status and the table by contractor of one project's punch items."""
    nonzero = {s: n for s, n in h.punch.by_status.items() if n}
    assert chart == nonzero == {s: n for s, n in dash.punch_by_status.items() if n}
    totals = contractor_row(table_text, "Total")
    assert totals.closed == chart.get("closed", 0)  # closed and void are never merged
    assert totals.void == chart.get("void", 0)
    assert totals.ready_for_review == chart.get("ready_for_review", 0)
    assert totals.outstanding == h.punch_open == sum(n for _, n in dash.punch_by_contractor)
    assert totals.overdue == h.punch_overdue
    assert totals.total == h.punch_total
    by_name = dict(dash.punch_by_contractor)
    for row in h.punch.contractors():
        name = row.contractor or "Unassigned"
        printed = contractor_row(table_text, name)
        assert (printed.outstanding, printed.overdue, printed.closed, printed.total) == (
            row.outstanding,
            row.overdue,
            row.count("closed"),
            row.total,
        )
        assert printed.outstanding + printed.closed + printed.void == printed.total
        assert by_name.get(name, 0) == printed.outstanding  # the dashboard's bar


def check_punch_report(pages: list[str], h: ProjectHealth, dash: Dashboard) -> None:
    """An unfiltered punch report: its headline (page 1) shows the same figures."""
    first = pages[0]
    assert number(one(r"Items ([\d,]+)", first)[1]) == h.punch_total
    assert number(one(r"Outstanding ([\d,]+)", first)[1]) == h.punch_open
    assert number(one(r"Overdue ([\d,]+)", first)[1]) == h.punch_overdue
    chart = status_chart(between(first, "Items by status", "Items by contractor"))
    check_punch_figures(between(first, "Items by contractor"), chart, h, dash)


def check_portfolio(pages: list[str], rows: list[ProjectHealth], t: Thresholds) -> None:
    first = pages[0]
    text = " ".join(pages)
    for h in rows:
        m = one(
            re.escape(f"{h.code} · {h.name}")
            + rf" {RATING} {RATING} {RATING} {MONEY} ([\d.]+%) {MONEY} {NUM} {NUM} {NUM} "
            + r"([\d.]+%|—) "
            + NUM,
            first,
        )
        assert (m[1], m[2], m[3]) == rating_of(h, t)
        assert money(m[4]) == h.budget.revised_contract
        assert money(m[6]) == h.budget.pending_exposure
        assert number(m[7]) == h.max_slip_days
        assert (number(m[8]), number(m[9])) == (h.punch_open, h.punch_overdue)
        assert m[10] == rate_text(h)
        assert number(m[11]) == h.open_ncrs
        page = next(p for p in pages[1:] if f"{h.code} · {h.name}" in p)
        late = one(r"Milestones late ([\d,]+) of ([\d,]+) \(largest slip (-?[\d,]+) days?\)", page)
        assert (number(late[1]), number(late[2]), number(late[3])) == (
            h.milestones_late,
            h.milestones_total,
            h.max_slip_days,
        )
        punch = one(r"([\d,]+) outstanding of ([\d,]+), ([\d,]+) overdue", page)
        assert (number(punch[1]), number(punch[2]), number(punch[3])) == (
            h.punch_open,
            h.punch_total,
            h.punch_overdue,
        )
        contract = one(rf"Contractual completion (?:{DATE}|—)", page)
        pos = h.schedule
        assert (date(contract[1]) if contract[1] else None) == pos.contract_finish
    assert text  # every project found above


def check_inspection(pages: list[str], detail: InspectionDetail) -> None:
    text = " ".join(pages)
    first = pages[0]
    answered = sum(1 for ln in detail.lines if ln.outcome is not None)
    failed = [ln for ln in detail.lines if ln.outcome == "fail"]
    items = one(r"Items ([\d,]+) of ([\d,]+) answered, ([\d,]+) failed", first)
    assert (number(items[1]), number(items[2]), number(items[3])) == (
        answered,
        len(detail.lines),
        len(failed),
    )
    assert detail.inspector is None or detail.inspector in first
    if detail.score is not None:
        assert f"{detail.score:.1f}%" in first
    start = text.index("Failed and flagged items")
    end = one(r"Checklist (?!item)", text[start:]).start() + start  # the full checklist
    flagged = text[start:end]
    assert len(re.findall(r"\bFail\b", flagged)) == len(failed)
    for ln in failed:
        assert ln.prompt[:25] in flagged
        if ln.deficiency:
            assert ln.deficiency in flagged


def check_issue_report(pages: list[str], h: ProjectHealth) -> None:
    first = pages[0]
    assert number(one(r"\bOpen ([\d,]+) Overdue", first)[1]) == h.open_issues
    assert number(one(r"Open NCRs ([\d,]+)", first)[1]) == h.open_ncrs
