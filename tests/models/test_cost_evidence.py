"""A payment application checked against the field: claimed % beside the latest
schedule update's % complete, the contractor's diary manpower and work in the period,
its open NCRs and punch items by location; an over-claim the schedule and an NCR
contradict, and the withholding suggested for it (figures computed by hand)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

import cost_rows as r
import pytest
from cost_rows import D
from sqlalchemy.orm import Session

from executrek.models.directory import Organisation, User
from executrek.models.errors import NotFoundError
from executrek.models.project import Location, LocationKind, Project
from executrek.models.records.cost.evidence import LineEvidence, evidence_of
from executrek.models.records.cost.vocab import PayAppStatus
from executrek.models.records.diary.entries import DiaryManpower, DiaryWork
from executrek.models.records.diary.model import DiaryDay
from executrek.models.records.issue.model import ContractorIssue
from executrek.models.records.punch.model import PunchItem
from executrek.models.records.schedule.model import (
    ActivityKind,
    ActivityStatus,
    ScheduleActivity,
    ScheduleUpdate,
    SourceFormat,
    UpdateStatus,
)
from executrek.models.store import Store
from executrek.models.vocab import IssueStatus, IssueType, PunchStatus

day = dt.date


@dataclass(frozen=True)
class Case:
    app: str
    lines: tuple[str, str, str]  # pay application line ids of items 1, 2, 3


def place(s: Session, pid: str, code: str, kind: LocationKind, parent: Location | None) -> Location:
    return r.put(
        s,
        Location,
        project_id=pid,
        code=code,
        name=code,
        kind=kind,
        parent_id=parent.id if parent else None,
    )


def programme(
    s: Session, pid: str, number: int, data_date: dt.date, status: UpdateStatus, acts: dict
) -> None:
    up = r.put(
        s,
        ScheduleUpdate,
        project_id=pid,
        number=number,
        title=f"Update {number}",
        data_date=data_date,
        source_format=SourceFormat.XER,
        source_name="p.xer",
        source_sha256="0" * 64,
        status=status,
    )
    for code, (physical, duration_pct, length) in acts.items():
        r.put(
            s,
            ScheduleActivity,
            project_id=pid,
            update_id=up.id,
            code=code,
            name=code,
            kind=ActivityKind.TASK,
            status=ActivityStatus.IN_PROGRESS,
            pct_physical=physical,
            pct_duration=duration_pct,
            original_duration=length,
        )


def ncr(s: Session, pid: str, who: Organisation, where: Location | None, **kw: object) -> None:
    r.put(
        s,
        ContractorIssue,
        project_id=pid,
        issue_type=kw.pop("issue_type", IssueType.NON_CONFORMANCE),
        title="Defect",
        contractor_id=who.id,
        location_id=where.id if where else None,
        **kw,
    )


def punch(s: Session, pid: str, who: Organisation, where: Location, status: PunchStatus) -> None:
    r.put(
        s,
        PunchItem,
        project_id=pid,
        title="Snag",
        contractor_id=who.id,
        location_id=where.id,
        status=status,
    )


def diary(s: Session, pid: str, author: User, when: dt.date) -> DiaryDay:
    return r.put(s, DiaryDay, project_id=pid, title="Diary", day=when, author_id=author.id)


def crew(s: Session, d: DiaryDay, who: Organisation, headcount: int) -> None:
    r.put(
        s, DiaryManpower, project_id=d.project_id, day_id=d.id, organisation_id=who.id,
        headcount=headcount,
    )  # fmt: skip


def work(
    s: Session, d: DiaryDay, text: str, where: Location | None, who: Organisation | None
) -> None:
    r.put(
        s,
        DiaryWork,
        project_id=d.project_id,
        day_id=d.id,
        description=text,
        location_id=where.id if where else None,
        organisation_id=who.id if who else None,
    )


def build(store: Store, pid: str) -> Case:
    with store.transaction() as (s, _):
        rep = s.query(User).one()
        other = r.put(s, User, username="second", display_name="Second Rep")
        drywall = r.org(s, pid, "Nordic Drywall")
        ducts = r.org(s, pid, "Duct Masters")
        b1 = place(s, pid, "B1", LocationKind.BUILDING, None)
        l2 = place(s, pid, "L2", LocationKind.FLOOR, b1)
        room = place(s, pid, "R201", LocationKind.ROOM, l2)
        l3 = place(s, pid, "L3", LocationKind.FLOOR, b1)

        sc = r.commitment(s, pid, 1, drywall, "Drywall", "110000.00")
        s1 = r.sov(s, sc, 1, "60000.00", location=l2.id, activities=("A100", "A110"))
        s2 = r.sov(s, sc, 2, "40000.00", location=l3.id, activities=("A200",))
        s3 = r.sov(s, sc, 3, "10000.00")  # general conditions: no place, no activity

        pct = D
        programme(s, pid, 1, day(2026, 9, 30), UpdateStatus.ACCEPTED, {"A100": (pct(10), None, 20)})
        programme(
            s, pid, 2, day(2026, 10, 31), UpdateStatus.SUBMITTED,
            {
                "A100": (pct(50), None, pct(20)),  # physical %
                "A110": (None, pct(20), pct(30)),  # duration % (no physical)
                "A200": (pct(75), pct(10), pct(10)),
            },
        )  # fmt: skip
        programme(
            s, pid, 3, day(2026, 11, 15), UpdateStatus.REJECTED, {"A100": (pct(100), None, 20)}
        )

        app = r.pay_app(s, sc, 2, 2, day(2026, 10, 1), day(2026, 10, 31), PayAppStatus.UNDER_REVIEW)
        p1 = r.app_line(s, app, s1, previous="12000.00", work="36000.00", approved=False)
        p2 = r.app_line(s, app, s2, previous="20000.00", work="12000.00", approved=False)
        p3 = r.app_line(
            s, app, s3, previous="3000.00", work="1000.00", stored="500.00", approved=False
        )

        ncr(s, pid, drywall, room)  # below L2: line 1
        ncr(s, pid, drywall, None, status=IssueStatus.RESPONDED)  # no place: line 3 only
        ncr(s, pid, drywall, l2, status=IssueStatus.CLOSED)  # closed
        ncr(s, pid, ducts, l2)  # another contractor
        ncr(s, pid, drywall, l2, issue_type=IssueType.OBSERVATION)  # not an NCR
        punch(s, pid, drywall, l3, PunchStatus.OPEN)  # line 2
        punch(s, pid, drywall, l3, PunchStatus.CLOSED)
        punch(s, pid, drywall, l2, PunchStatus.READY_FOR_REVIEW)  # line 1
        punch(s, pid, ducts, l2, PunchStatus.OPEN)

        oct5 = diary(s, pid, rep, day(2026, 10, 5))
        crew(s, oct5, drywall, 8)
        crew(s, oct5, drywall, 4)  # a second trade: 12 that day
        crew(s, oct5, ducts, 5)
        work(s, oct5, "Boarding L2 east", l2, drywall)
        work(s, oct5, "Ducts on L3", l3, ducts)
        oct6 = diary(s, pid, rep, day(2026, 10, 6))
        crew(s, oct6, drywall, 10)
        work(s, oct6, "Taping room 201", room, None)
        work(s, oct6, "NORDIC drywall delivered studs", None, None)
        oct6_other = diary(s, pid, other, day(2026, 10, 6))
        crew(s, oct6_other, drywall, 7)  # the same crew counted by another rep
        oct7 = diary(s, pid, rep, day(2026, 10, 7))
        crew(s, oct7, drywall, 0)  # not on site
        sep30 = diary(s, pid, rep, day(2026, 9, 30))
        crew(s, sep30, drywall, 20)  # before the period
        work(s, sep30, "Boarding L2 west", l2, drywall)
        return Case(app.id, (p1.id, p2.id, p3.id))


@pytest.fixture
def case(store: Store, project: Project) -> Case:
    return build(store, project.id)


def read(store: Store, case: Case, **kw: Decimal) -> list[LineEvidence]:
    with store.read() as s:
        return evidence_of(s, case.app, **kw)


def test_over_claim_contradicted_by_schedule_and_ncr(store: Store, case: Case) -> None:
    one, _two, _three = read(store, case)
    assert one.line_id == case.lines[0]
    assert one.item == "1"
    assert one.claimed_pct == D("80.00")  # (12,000 + 36,000) / 60,000
    # Latest update not rejected: (50 × 20 + 20 × 30) / 50 working days.
    assert one.schedule_pct == D("32.00")
    assert one.activity_codes == ("A100", "A110")
    assert one.over_by_pct == D("48.00")
    assert one.over_claim is True
    assert (one.open_ncrs, one.open_punch) == (1, 1)
    # Over-claimed 48,000 − 32 % × 60,000 = 28,800, plus 10 % of the 36,000 claimed this
    # period for the one open NCR.
    assert one.suggested_withholding == D("32400.00")


def test_a_claim_the_schedule_supports(store: Store, case: Case) -> None:
    _one, two, three = read(store, case)
    assert (two.claimed_pct, two.schedule_pct, two.over_by_pct) == (
        D("80.00"),
        D("75.00"),
        D("5.00"),
    )
    assert two.over_claim is False
    assert (two.open_ncrs, two.open_punch) == (0, 1)
    assert two.suggested_withholding == D(0)
    # No schedule link: no schedule %, no over-claim; the contractor's NCRs anywhere (2)
    # hold back 10 % × 1,000 each.
    assert (three.claimed_pct, three.schedule_pct, three.over_by_pct) == (D("45.00"), None, None)
    assert three.activity_codes == ()
    assert three.over_claim is False
    assert (three.open_ncrs, three.open_punch) == (2, 2)
    assert three.suggested_withholding == D("200.00")


def test_diary_of_the_period(store: Store, case: Case) -> None:
    one, two, three = read(store, case)
    # 5 Oct: 8 + 4; 6 Oct: 10 (the other rep's 7 is the same crew); 7 Oct: nobody.
    for line in (one, two, three):
        assert (line.diary_days, line.diary_workers) == (2, 22)
    assert one.diary_work_notes == [
        "2026-10-05: Boarding L2 east",
        "2026-10-06: Taping room 201",
    ]
    assert two.diary_work_notes == []  # L3 work was the duct contractor's
    assert three.diary_work_notes == [
        "2026-10-05: Boarding L2 east",
        "2026-10-06: NORDIC drywall delivered studs",
    ]


def test_threshold_is_the_callers(store: Store, case: Case) -> None:
    one, two, _ = read(store, case, threshold_pct=Decimal(50))
    assert one.over_claim is False  # 48 ≤ 50
    assert one.suggested_withholding == D("3600.00")  # the NCR's holdback alone
    one, two, _ = read(store, case, threshold_pct=Decimal(4))
    assert two.over_claim is True  # 5 > 4, but no NCR: nothing withheld
    assert two.suggested_withholding == D(0)


def test_unknown_application(store: Store, case: Case) -> None:
    with store.read() as s, pytest.raises(NotFoundError):
        evidence_of(s, "nope")
