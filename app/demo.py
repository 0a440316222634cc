"""A deterministic, realistic demo portfolio: three projects an owner's rep might walk
this month (a hospital wing, a school modernisation, an office fit-out), each with its
directory, locations, milestones, inspections, punch items, change orders, issues and
risks. ``scale="large"`` gives the hospital 100,000 punch items for benchmarks.

Each project is built in one transaction (``demo_store.one_transaction``): it lands
whole or not at all, so a failure (a full disk) never leaves a project without its
items. ``build(only=…)`` adds just the projects that are missing, reusing the inspection
templates already there: that is how ``executrek demo`` resumes after a failed run (the
projects it adds then differ in detail from those of an uninterrupted run)."""

from __future__ import annotations

import datetime as dt
import json
import random
from collections.abc import Callable, Collection
from decimal import Decimal
from importlib import resources
from typing import Any

from executrek.app import demo_cost, demo_diary, demo_drawings, demo_schedule
from executrek.app.demo_recipes import ISSUE_SEED, PUNCH_TITLES, RECIPES, RISKS, SIGN, Recipe
from executrek.app.demo_store import one_transaction, release_wal
from executrek.app.photos.blobstore import BlobStore
from executrek.models import clock
from executrek.models.records.change_order import service as co
from executrek.models.records.inspection import service as inspections
from executrek.models.records.issue import service as issues
from executrek.models.records.punch import service as punch
from executrek.models.records.punch.model import Priority, PunchStatus
from executrek.models.records.risk import service as risks
from executrek.models.services import projects, records
from executrek.models.store import Store

Progress = Callable[[int, int], None]


def load_template_library() -> list[dict[str, Any]]:
    text = (
        resources.files("executrek.resources").joinpath("templates/library.json").read_text("utf-8")
    )
    data: list[dict[str, Any]] = json.loads(text)
    return data


def build(
    store: Store,
    *,
    scale: str = "small",
    seed: int = 7,
    progress: Progress | None = None,
    blobs: BlobStore | None = None,
    only: Collection[str] | None = None,
) -> list[str]:
    """Create the demo portfolio in ``store`` (with ``only``: just those project codes);
    returns the codes created. Each project commits in one transaction, so an error
    leaves the projects before it complete and nothing of the failing one. With a blob
    store, each project also gets a small drawing set with pinned items. Every date is
    placed around the clock's today (``models.clock``), so a demo built on any day is
    consistent: nothing is due before it was created."""
    if scale not in ("small", "large"):
        raise ValueError("scale must be 'small' or 'large'")
    rng = random.Random(seed)
    day = clock.today()
    if store.actor.user_id is None:
        projects.ensure_user(store, "demo.rep", "Alex Morgan")
    tpl_ids = _templates(store)
    recipes = [r for r in RECIPES if only is None or r.code in only]
    codes = []
    with demo_drawings.DemoSheets() as sheets:
        for recipe in recipes:
            big = scale == "large" and recipe is RECIPES[0]
            count = 100_000 if big else recipe.punch_count
            # What is committed so far goes into the database file first: should this
            # project fail on a full disk, the log then holds nothing committed and can
            # be emptied, giving the space back.
            release_wal(store)
            with one_transaction(store) as project_store:
                _project(project_store, recipe, rng, day, tpl_ids, count)
                demo_diary.add_diary(project_store, recipe.code)
                demo_schedule.add_schedule(project_store, recipe.code)
                demo_cost.add_costs(project_store, recipe.code)
                if blobs is not None:
                    pid = projects.find_project(project_store, recipe.code).id
                    demo_drawings.add_drawings(project_store, blobs, pid, recipe.code, sheets)
            codes.append(recipe.code)
            if progress:
                progress(len(codes), len(recipes))
    release_wal(store)
    return codes


def _templates(store: Store) -> list[str]:
    """The library's inspection templates (ids in library order), made where missing."""
    have = {t.name: t.id for t in inspections.templates(store) if t.project_id is None}
    ids = []
    for t in load_template_library():
        if t["name"] not in have:
            have[t["name"]] = inspections.create_template(
                store,
                name=t["name"],
                category=t["category"],
                pass_mark=t["pass_mark"],
                definition={"sections": t["sections"]},
            ).value.id
        ids.append(have[t["name"]])
    return ids


def _project(
    store: Store, r: Recipe, rng: random.Random, day: dt.date, tpl_ids: list[str], punch_count: int
) -> None:
    start = day + dt.timedelta(days=r.start_offset_days)
    finish = start + dt.timedelta(days=r.duration_days)
    p = projects.create_project(
        store,
        projects.NewProject(
            code=r.code,
            name=r.name,
            owner_name=r.owner,
            pmo_name="Executrek PMO Services",
            contract_value=r.contract,
            contingency=(r.contract * r.contingency_pct / 100).quantize(Decimal("0.01")),
            address=r.address,
            baseline_start=start,
            baseline_finish=finish,
        ),
    ).value
    pid = p.id
    gc = projects.add_organisation(store, pid, r.gc, "general_contractor").value
    orgs = [gc]
    trades = []
    for name, code, trade_name in r.subs:
        trade = projects.add_trade(store, pid, code, trade_name).value
        trades.append(trade)
        orgs.append(
            projects.add_organisation(store, pid, name, "subcontractor", trade_id=trade.id).value
        )
    projects.add_organisation(store, pid, "Atelier Nguyễn Architects", "consultant")
    people = [
        projects.add_person(
            store, pid, "Anna Kuznetsova", organisation_id=gc.id, role="Project manager"
        ).value,
        projects.add_person(
            store, pid, "Σωκράτης Παπαδόπουλος", organisation_id=orgs[1].id, role="Foreman"
        ).value,
        projects.add_person(
            store, pid, "Łukasz Żółć", organisation_id=gc.id, role="Superintendent"
        ).value,
    ]
    codes = {
        code: projects.add_cost_code(store, pid, code, name).value.id
        for code, name in (
            ("01", "General requirements"),
            ("03", "Concrete"),
            ("09", "Finishes"),
            ("23", "HVAC"),
            ("26", "Electrical"),
        )
    }
    rooms = []
    for bi, (building, floors) in enumerate(r.buildings, start=1):
        b = projects.add_location(store, pid, f"B{bi}", building, "building").value
        for fi, floor in enumerate(floors):
            f = projects.add_location(store, pid, f"B{bi}-F{fi}", floor, "floor", b.id).value
            for ri, room in enumerate(r.rooms_per_floor, start=1):
                rooms.append(
                    projects.add_location(
                        store, pid, f"B{bi}-F{fi}-R{ri:02d}", room, "room", f.id
                    ).value
                )
    span = r.duration_days
    for frac, name in (
        (0.05, "Notice to proceed"),
        (0.35, "Structure complete"),
        (0.6, "Building envelope watertight"),
        (0.85, "MEP rough-in complete"),
        (0.95, "Substantial completion"),
        (1.0, "Owner handover"),
    ):
        baseline = start + dt.timedelta(days=int(span * frac))
        slip = (
            rng.choice([0, 0, 0, 5, 12, 21, 35])
            if baseline > day - dt.timedelta(days=30)
            else rng.choice([0, 3])
        )
        ms = projects.add_milestone(
            store, pid, name, baseline, baseline + dt.timedelta(days=slip)
        ).value
        if baseline + dt.timedelta(days=slip) < day:
            projects.set_milestone_dates(store, ms.id, actual=baseline + dt.timedelta(days=slip))
    _punch(store, pid, rng, day, rooms, orgs[1:], trades, people, punch_count)
    _inspections(store, pid, rng, day, tpl_ids, rooms, orgs)
    _change_orders(store, pid, rng, orgs, r.contract, codes)
    _issues(store, pid, rng, day, rooms, orgs, people)
    for title, prob, impact, cat, mitigation in RISKS[: 3 + rng.randint(0, 2)]:
        risk = risks.create_risk(
            store,
            pid,
            title=title,
            probability=prob,
            impact=impact,
            category=cat,
            mitigation=mitigation,
            owner_id=people[0].id,
        ).value
        if rng.random() < 0.3:
            risks.change_status(store, risk.id, "mitigating")


def _punch(
    store: Store,
    pid: str,
    rng: random.Random,
    day: dt.date,
    rooms: list[Any],
    subs: list[Any],
    trades: list[Any],
    people: list[Any],
    count: int,
) -> None:
    statuses = (
        [PunchStatus.OPEN] * 40
        + [PunchStatus.READY_FOR_REVIEW] * 12
        + [PunchStatus.CLOSED] * 40
        + [PunchStatus.REJECTED] * 4
        + [PunchStatus.DRAFT] * 3
        + [PunchStatus.VOID]
    )
    items = []
    for _ in range(count):
        k = rng.randrange(len(subs))
        room = rng.choice(rooms)
        # Raised in the last ten weeks, due one to eight weeks after: some are overdue
        # today, none is due before it was raised.
        raised = day - dt.timedelta(days=rng.randint(0, 70))
        due = raised + dt.timedelta(days=rng.randint(7, 60)) if rng.random() < 0.85 else None
        items.append(
            punch.NewPunchItem(
                title=f"{rng.choice(PUNCH_TITLES)} — {room.name}",
                description=rng.choice(
                    [
                        None,
                        "Observed during walk-through with GC superintendent.",
                        "Photo taken; see attached.",
                        "Repeat item from previous walk.",
                    ]
                ),
                location_id=room.id,
                contractor_id=subs[k].id,
                trade_id=trades[k].id if k < len(trades) else None,
                assignee_id=rng.choice(people).id if rng.random() < 0.5 else None,
                priority=rng.choice(
                    [
                        Priority.LOW,
                        Priority.MEDIUM,
                        Priority.MEDIUM,
                        Priority.HIGH,
                        Priority.CRITICAL,
                    ]
                ),
                due_date=due,
                status=rng.choice(statuses),
                created_on=raised,
            )
        )
    punch.bulk_create_punch_items(store, pid, items, imported=True, note="Demo data")


def _inspections(
    store: Store,
    pid: str,
    rng: random.Random,
    day: dt.date,
    tpl_ids: list[str],
    rooms: list[Any],
    orgs: list[Any],
) -> None:
    for n in range(6):
        tpl = tpl_ids[n % len(tpl_ids)]
        when = day - dt.timedelta(days=7 * (6 - n) + rng.randint(0, 3))
        ins = inspections.start_inspection(
            store,
            pid,
            tpl,
            inspection_date=when,
            location_id=rng.choice(rooms).id,
            contractor_id=rng.choice(orgs).id,
            weather=rng.choice(["Sunny 18 °C", "Overcast 11 °C", "Light rain 9 °C"]),
            attendees="GC superintendent; MEP coordinator; owner's rep",
        ).value
        fail_rate = 0.12 if n < 3 else 0.03
        for item, _ in inspections.items_of(store, ins.id):
            value = _answer(item, rng, fail_rate)
            inspections.respond(
                store,
                item.id,
                value,
                # what was wrong, in words: raised items take their title from it
                note=f"{item.prompt.rstrip('.?')}: not met; rework before close-in"
                if value in ("fail", "no")
                else None,
            )
        if n == 5:
            continue  # one inspection still in progress
        try:
            inspections.complete_inspection(store, ins.id)
        except Exception:
            # a failed item that requires a photo: the demo answers it N/A instead
            for item, resp in inspections.items_of(store, ins.id):
                if item.photo_required and resp is not None and resp.outcome.value == "fail":
                    inspections.respond(store, item.id, "na")
            inspections.complete_inspection(store, ins.id)
        inspections.sign(
            store,
            ins.id,
            signer_name="Alex Morgan",
            signer_role="Owner's representative",
            strokes=SIGN,
        )
        inspections.raise_deficiencies(store, ins.id, due_date=day + dt.timedelta(days=14))


def _answer(item: Any, rng: random.Random, fail_rate: float) -> str:
    failing = rng.random() < fail_rate
    t = item.response_type.value
    if t == "pass_fail_na":
        return "fail" if failing else rng.choice(["pass", "pass", "pass", "na"])
    if t == "yes_no":
        return (
            ("no" if item.expected_yes else "yes")
            if failing
            else ("yes" if item.expected_yes else "no")
        )
    if t == "number":
        target = item.target or Decimal(0)
        tol = item.tolerance or Decimal(0)
        off = tol * Decimal("2") if failing else tol * Decimal("0.5")
        return str(target + off)
    if t == "choice":
        if failing and item.failing_choices:
            return str(item.failing_choices[0])
        ok = [c for c in item.choices if c not in item.failing_choices]
        return str(rng.choice(ok))
    return "Area broom-clean; protection in place."


def _change_orders(
    store: Store,
    pid: str,
    rng: random.Random,
    orgs: list[Any],
    contract: Decimal,
    codes: dict[str, str],
) -> None:
    scale = contract / Decimal(1000)
    reasons = [
        "owner_request",
        "design_error",
        "unforeseen_condition",
        "regulatory",
        "value_engineering",
    ]
    titles = [
        "Additional data outlets in open office",
        "Revised fire damper locations",
        "Rock excavation at north footing",
        "Accessible toilet upgrade per code review",
        "Alternate LED fittings (credit)",
        "Extra acoustic insulation to meeting rooms",
        "Relocate sprinkler mains around new duct",
        "Owner-requested card readers at lab doors",
        "Additional floor levelling compound",
    ]
    # 0 draft change event, 1 pending, 2 request rejected, 3 executed CO awaiting signature,
    # 4 approved and executed
    stages = [4, 4, 1, 4, 4, 2, 0, 3, 4]
    # The cost code of each change's work (the owner's budget weighs pending ones by it).
    work_codes = ["26", "23", "03", "09", "26", "09", "23", "26", "09"]
    for n, title in enumerate(titles):
        qty = Decimal(rng.randint(2, 40))
        price = (scale * Decimal(rng.randint(2, 12)) / qty).quantize(Decimal("0.01"))
        if "credit" in title:
            price = -price
        c = co.create_change_order(
            store,
            pid,
            title=title,
            reason=reasons[n % len(reasons)],
            tier="change_event",
            contractor_id=rng.choice(orgs).id,
            schedule_impact_days=rng.choice([0, 0, 2, 5, 10]),
            lines=[
                co.LineInput(
                    "Labour and materials",
                    qty,
                    price,
                    "ea",
                    Decimal(rng.choice([0, 5, 10])),
                    cost_code_id=codes[work_codes[n]],
                ),
                co.LineInput(
                    "Supervision", Decimal(rng.randint(4, 40)), Decimal("95.00"), "h", Decimal(0)
                ),
            ],
        ).value
        stage = stages[n]
        if stage == 0:
            continue  # draft change event
        co.submit(store, c.id)
        if stage == 1:
            continue  # pending
        _approve(store, c.id, "Alex Morgan", "Owner's rep")
        cor = co.promote(store, c.id).value
        co.submit(store, cor.id)
        if stage == 2:
            co.reject(store, cor.id, "Rates above schedule of rates; resubmit")
            continue
        _approve(store, cor.id, "Owner's director", "Owner")
        final = co.promote(store, cor.id).value
        if stage == 3:
            continue  # executed CO in draft awaiting signature
        co.submit(store, final.id)
        _approve(store, final.id, "Owner's director", "Owner")


def _approve(store: Store, change_order_id: str, name: str, role: str) -> None:
    co.approve(
        store, change_order_id, approver_name=name, approver_role=role, signature_strokes=SIGN
    )


def _issues(
    store: Store,
    pid: str,
    rng: random.Random,
    day: dt.date,
    rooms: list[Any],
    orgs: list[Any],
    people: list[Any],
) -> None:
    for n, (kind, title, spec) in enumerate(ISSUE_SEED):
        issue = issues.create_issue(
            store,
            pid,
            issues.NewIssue(
                issue_type=kind,
                title=title,
                spec_reference=spec,
                description="Raised during the weekly owner's walk.",
                contractor_id=rng.choice(orgs).id,
                location_id=rng.choice(rooms).id,
                due_date=day + dt.timedelta(days=rng.randint(0, 21)),
                severity=rng.choice(["low", "medium", "high", "critical"]),
            ),
        ).value
        if n % 3 != 2:
            issues.add_response(
                store,
                issue.id,
                "Acknowledged; we will correct this week and send photos.",
                author_name=people[n % len(people)].name,
                author_org_id=orgs[0].id,
            )
        if n % 4 == 0:
            issues.add_response(
                store,
                issue.id,
                "Please include the product data sheet with the photos.",
                author_name="Alex Morgan",
                from_contractor=False,
            )
        if n % 3 == 1:
            issues.change_status(store, issue.id, "closed", "Verified on site")
    records.add_comment(
        store,
        pid,
        "project",
        pid,
        "Monthly owner meeting moved to Thursday.",
        author_name="Alex Morgan",
    )
