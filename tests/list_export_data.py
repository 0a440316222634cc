"""A small project for the list-export tests: every kind of record, names in Greek,
Cyrillic and Polish, and texts a spreadsheet would run as formulas."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from executrek.models.records.change_order import service as co
from executrek.models.records.inspection import service as inspections
from executrek.models.records.issue import service as issues
from executrek.models.records.punch import service as punch
from executrek.models.records.punch.model import Priority, PunchStatus
from executrek.models.records.risk import service as risks
from executrek.models.services import projects
from executrek.models.store import Store

GREEK = "Δομική Κατασκευαστική Α.Ε."
CYRILLIC = "Строймонтаж ООО"
POLISH = "Żółta Łódź Sp. z o.o."
OWNER = "Łukasz Żółć"
FORMULA = '=HYPERLINK("http://evil.example","click")'
DAY = dt.date(2026, 3, 2)

DEFINITION = {
    "sections": [
        {
            "title": "Двери",
            "items": [
                {"prompt": "Zamki drzwi", "type": "pass_fail_na"},
                {"prompt": "Σφράγιση", "type": "pass_fail_na"},
                {"prompt": "Gap", "type": "number", "target": "3", "tolerance": "1"},
            ],
        }
    ]
}


@dataclass(frozen=True)
class Sample:
    project_id: str
    code: str
    greek_id: str
    cyrillic_id: str
    polish_id: str


def build(store: Store, code: str = "LXP") -> Sample:
    if store.actor.user_id is None:
        projects.ensure_user(store, "rep", "Zoë Ødegård")
    pid = projects.create_project(
        store,
        projects.NewProject(code=code, name="Λίστα — экспорт", owner_name="Owner", currency="EUR"),
    ).value.id
    greek = projects.add_organisation(store, pid, GREEK, "general_contractor").value.id
    cyrillic = projects.add_organisation(store, pid, CYRILLIC, "subcontractor").value.id
    polish = projects.add_organisation(store, pid, POLISH, "subcontractor").value.id
    owner = projects.add_person(store, pid, OWNER, organisation_id=greek).value.id
    block = projects.add_location(store, pid, "A", "Корпус А", "building").value.id
    floor = projects.add_location(store, pid, "A-1", "Piętro 1", "floor", block).value.id

    def item(title: str, org: str, status: PunchStatus, due_days: int) -> punch.NewPunchItem:
        return punch.NewPunchItem(
            title=title,
            location_id=floor,
            contractor_id=org,
            priority=Priority.HIGH,
            due_date=DAY + dt.timedelta(days=due_days),
            status=status,
        )

    punch.bulk_create_punch_items(
        store,
        pid,
        [
            item("Ρωγμή στον τοίχο", greek, PunchStatus.OPEN, 1),
            item(FORMULA, greek, PunchStatus.OPEN, 5),
            item("Трещина в стяжке", cyrillic, PunchStatus.OPEN, 10),
            item("Brak listwy przypodłogowej", polish, PunchStatus.CLOSED, 20),
            item("-5 mm out of level", polish, PunchStatus.OPEN, 30),
        ],
        imported=True,
        note="Test data",
    )

    tpl = inspections.create_template(store, name="Πόρτες / Двери", definition=DEFINITION)
    done = inspections.start_inspection(
        store, pid, tpl.value.id, inspection_date=DAY, location_id=floor, contractor_id=greek
    ).value
    for (it, _), value in zip(
        inspections.items_of(store, done.id), ["pass", "pass", "3.5"], strict=True
    ):
        inspections.respond(store, it.id, value, note="Łączenie OK" if value == "pass" else None)
    inspections.complete_inspection(store, done.id)
    running = inspections.start_inspection(
        store, pid, tpl.value.id, inspection_date=DAY + dt.timedelta(days=7), contractor_id=cyrillic
    ).value
    first = inspections.items_of(store, running.id)[0][0]
    inspections.respond(store, first.id, "fail", note="+2 mm — переделать")

    approved = co.create_change_order(
        store,
        pid,
        title="Dodatkowe gniazda — Łódź",
        reason="owner_request",
        contractor_id=polish,
        schedule_impact_days=5,
        lines=[
            co.LineInput("Εργασία", Decimal("12.5"), Decimal("80.40"), "h", Decimal(10)),
            co.LineInput("Материалы", Decimal(3), Decimal("1234.56")),
        ],
    ).value
    co.submit(store, approved.id)
    co.create_change_order(
        store,
        pid,
        title="@SUM(A1:A9) credit",
        reason="value_engineering",
        contractor_id=cyrillic,
        lines=[co.LineInput("Кредит", Decimal(1), Decimal("-500.00"))],
    )

    rfi = issues.create_issue(
        store,
        pid,
        issues.NewIssue(
            issue_type="rfi",
            title="Трещина в плите перекрытия",
            contractor_id=cyrillic,
            location_id=floor,
            due_date=dt.date.today() + dt.timedelta(days=3),
        ),
    ).value
    issues.add_response(
        store, rfi.id, "Επιβεβαιώνουμε· θα διορθωθεί.", author_name=OWNER, author_org_id=greek
    )
    issues.add_response(
        store, rfi.id, "=1+2 please send photos", author_name="Zoë Ødegård", from_contractor=False
    )
    closed = issues.create_issue(
        store,
        pid,
        issues.NewIssue(issue_type="observation", title="Brudne okna", contractor_id=polish),
    ).value
    issues.change_status(store, closed.id, "closed", "Zweryfikowano")

    for title, p, i in (("Opóźnienie dostaw", 4, 5), ("Ζημιά από νερό", 2, 3), ("Мороз", 2, 3)):
        risks.create_risk(
            store, pid, title=title, probability=p, impact=i, owner_id=owner, mitigation="-plan B"
        )
    return Sample(pid, code, greek, cyrillic, polish)
