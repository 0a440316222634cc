"""The demo's payment applications (``demo_cost`` builds the rest of the cost data):
the main contract's three monthly applications, matching the programme updates of the
same month ends — the first (work to date) and the second certified, the second with
its largest claim of measured work reduced and a withholding for an open NCR, the third
under review with one line claiming 30 points more than its activities' % complete
(weighted as the review's evidence weighs them) and an open NCR against that work —
and the design contract's one certified application.

Each line's claim is the work its linked activities show done at the period's end, in
the update of that date (or the contract time elapsed, for a line without activities),
so the evidence agrees with every claim but the one over-claimed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from executrek.app.demo_recipes import SIGN
from executrek.models import clock
from executrek.models.records.cost import payments, queries
from executrek.models.records.cost.certificate import round_cents
from executrek.models.records.cost.rows import ClaimRow
from executrek.models.records.issue import service as issues
from executrek.models.records.schedule import queries as schedule_queries
from executrek.models.store import Store

HUNDRED = Decimal(100)
REP = "Alex Morgan"
REP_ROLE = "Owner's representative"
STORED_ITEM = "5"  # materials stored on site (air handling units): app 2, less in app 3


@dataclass
class DemoProject:
    """What the demo's cost data hangs on: the project and its parties (ids)."""

    id: str
    code: str
    contract: Decimal
    contingency: Decimal
    start: dt.date
    finish: dt.date
    gc: str
    consultant: str
    first_sub: str
    building: str | None


@dataclass
class SovPlan:
    """A schedule-of-values line as the demo plans it."""

    item: str
    value: Decimal
    activities: tuple[str, ...]
    text: str = ""
    code: str | None = None


def _progress(
    store: Store, p: DemoProject, ends: list[dt.date]
) -> list[dict[str, tuple[Decimal, Decimal]]]:
    """Per month end, each activity's % complete and original duration in the programme
    update of that date (the latest update on or before it)."""
    with store.sql() as con:
        updates = [u for u in schedule_queries.updates_in(con, p.id) if u.status != "rejected"]
        out = []
        for end in ends:
            before = [u for u in updates if u.data_date <= end]
            acts = schedule_queries.activities_in(con, before[-1].id) if before else []
            out.append(
                {a.code: (_activity_pct(a), a.original_duration or Decimal(0)) for a in acts}
            )
    return out


def _activity_pct(a: schedule_queries.Activity) -> Decimal:
    if a.pct_physical is not None:
        return a.pct_physical
    if a.pct_duration is not None:
        return a.pct_duration
    return HUNDRED if a.complete else Decimal(0)


def _schedule_pct(line: SovPlan, pct: dict[str, tuple[Decimal, Decimal]]) -> Decimal | None:
    """The linked activities' % complete weighted by original duration (a plain mean when
    none has one), as the review's evidence weighs them; None without activities."""
    known = [pct[code] for code in line.activities if code in pct]
    if not known:
        return None
    weight = sum((w for _p, w in known), Decimal(0))
    if weight > 0:
        return sum((p * w for p, w in known), Decimal(0)) / weight
    return sum((p for p, _w in known), Decimal(0)) / len(known)


def _target_pct(
    line: SovPlan, pct: dict[str, tuple[Decimal, Decimal]], p: DemoProject, end: dt.date
) -> Decimal:
    """Work to date as a % of the line: its activities' % complete, or the contract time
    elapsed for a line without activities."""
    if line.activities:
        return _schedule_pct(line, pct) or Decimal(0)
    span = max((p.finish - p.start).days, 1)
    return min(max(Decimal((end - p.start).days) * HUNDRED / span, Decimal(0)), HUNDRED)


def _app(
    store: Store, commitment_id: str, start: dt.date, end: dt.date, title: str | None = None
) -> tuple[str, dict[str, tuple[str, Decimal]]]:
    """A new application: its id and, per item, its line's id and previous work (D)."""
    app = payments.create_pay_application(
        store, commitment_id, period_start=start, period_end=end,
        received_on=min(end + dt.timedelta(days=3), clock.today()), title=title,
    ).value  # fmt: skip
    with store.read() as s:
        rows = queries.pay_app_lines(s, app.id)
    return app.id, {r.item: (r.id, r.previous) for r in rows}


def main_applications(
    store: Store, p: DemoProject, main: tuple[str, list[SovPlan]], ends: list[dt.date]
) -> None:
    commitment_id, sov = main
    progress = _progress(store, p, ends)
    over_item = _over_claimed(sov, progress[-1])
    starts = [min(p.start, ends[0] - dt.timedelta(days=27))] + [
        e + dt.timedelta(days=1) for e in ends[:-1]
    ]
    for k, (start, end, pct) in enumerate(zip(starts, ends, progress, strict=True)):
        title = "Application 1 (work to date)" if k == 0 else None
        app_id, app_lines = _app(store, commitment_id, start, end, title)
        claims = []
        for line in sov:
            target = _target_pct(line, pct, p, end)
            if k == 2 and line.item == over_item:
                target = min(target + 30, HUNDRED)
            _id, previous = app_lines[line.item]
            work = max(round_cents(line.value * target / HUNDRED) - previous, Decimal(0))
            stored = Decimal(0)
            if line.item == STORED_ITEM and k > 0:
                stored = round_cents(
                    line.value * (Decimal("0.015") if k == 1 else Decimal("0.005"))
                )
            stored = min(stored, line.value - previous - work)
            claims.append(ClaimRow(line.item, work, stored))
        payments.load_claim(store, app_id, claims)
        payments.submit_for_review(store, app_id, actor_name=REP)
        # The second application's largest claim of measured work is cut back on site.
        reduced = max((c for c in claims if c.item != "1"), key=lambda c: (c.work, c.item)).item
        for claim in claims:
            line_id = app_lines[claim.item][0]
            if k == 2 and claim.item == over_item:
                continue  # left for the representative to decide, against the evidence
            if k == 1 and claim.item == reduced and claim.work > 0:
                payments.decide_line(
                    store, line_id, "reduced", approved_work=round_cents(claim.work * Decimal("0.8")),
                    reason="Work on the upper level not complete at the month-end walk-round; "
                    "80 % of the claim approved.", actor_name=REP,
                )  # fmt: skip
            else:
                payments.decide_line(store, line_id, "approved", actor_name=REP)
        if k == 1:
            payments.set_withholding(
                store, app_id, amount=round_cents(p.contract * Decimal("0.0005")),
                reason="Fire-stopping at service penetrations incomplete (open NCR).",
                actor_name=REP,
            )  # fmt: skip
        if k < 2:
            payments.certify(
                store, app_id, approver=REP, approver_role=REP_ROLE, signature_strokes=SIGN
            )
    _ncr(store, p, next(x for x in sov if x.item == over_item))


def _over_claimed(sov: list[SovPlan], latest: dict[str, tuple[Decimal, Decimal]]) -> str:
    """The line the third application over-claims: the first with activities no more
    than 70 % complete (so +30 points stays within 100 %)."""
    for line in sov:
        done = _schedule_pct(line, latest)
        if done is not None and done <= 70:
            return line.item
    return next(line.item for line in sov if line.activities)


def _ncr(store: Store, p: DemoProject, line: SovPlan) -> None:
    """An open NCR against the over-claimed work (the evidence's second witness)."""
    issues.create_issue(
        store,
        p.id,
        issues.NewIssue(
            issue_type="non_conformance",
            title=f"{line.text}: not to specification",
            description="Inspection at month end found the work claimed as complete not "
            "installed to the specification; to be corrected and re-inspected.",
            severity="high",
            contractor_id=p.gc,
            location_id=p.building,
            due_date=clock.today() + dt.timedelta(days=14),
        ),
    )


def design_application(
    store: Store, p: DemoProject, design: tuple[str, list[SovPlan]], end: dt.date
) -> None:
    """One certified application of the design contract: fees to date."""
    commitment_id, sov = design
    done = {"1": HUNDRED, "2": HUNDRED, "3": Decimal(95), "4": Decimal(40), "5": Decimal(85)}
    app_id, app_lines = _app(
        store, commitment_id, p.start - dt.timedelta(days=240), end, "Fees to date"
    )
    payments.load_claim(
        store, app_id, [ClaimRow(x.item, round_cents(x.value * done[x.item] / HUNDRED), Decimal(0))
                        for x in sov],
    )  # fmt: skip
    payments.submit_for_review(store, app_id, actor_name=REP)
    for line_id, _previous in app_lines.values():
        payments.decide_line(store, line_id, "approved", actor_name=REP)
    payments.certify(store, app_id, approver=REP, approver_role=REP_ROLE, signature_strokes=SIGN)
