"""Reading the printed figures back from the text of a report (pypdf, whitespace
collapsed), for the consistency tests: each reader returns the numbers as printed, so a
test can compare every occurrence of a figure with the others and with the service
layer."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal

RATING = r"(On track|At risk|Off track|Not rated)"
DATE = r"(\d{1,2} [A-Z][a-z]{2} \d{4})"
NUM = r"(-?[\d,]+)"
MONEY = r"(USD \(?[\d,]+\.\d\d\)?)"
PUNCH_LABELS = {
    "Draft": "draft",
    "Open": "open",
    "Ready for review": "ready_for_review",
    "Rejected": "rejected",
    "Closed": "closed",
    "Void": "void",
}
_MONTHS = {
    m: i
    for i, m in enumerate(
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"], 1
    )
}


def number(text: str) -> int:
    return int(text.replace(",", ""))


def money(text: str) -> Decimal:
    digits = text.removeprefix("USD ").replace(",", "")
    if digits.startswith("("):
        return -Decimal(digits.strip("()"))
    return Decimal(digits)


def date(text: str) -> dt.date:
    day, month, year = text.split()
    return dt.date(int(year), _MONTHS[month], int(day))


def days(text: str) -> int:
    """ "21 days", "1 day", "-3 days" → the signed count."""
    return number(text.split()[0])


def between(text: str, start: str, end: str | None = None) -> str:
    at = text.index(start) + len(start)
    return text[at : text.index(end, at)] if end else text[at:]


def one(pattern: str, text: str) -> re.Match[str]:
    found = re.search(pattern, text)
    assert found, f"{pattern!r} not found in {text[:3000]!r}"
    return found


@dataclass(frozen=True)
class Ratings:
    budget: str
    schedule: str
    quality: str
    budget_pct: str  # "4.4%"
    slip: int  # 0 when "No milestone late"
    slip_milestone: str | None
    overdue: int
    pass_rate: str  # "60.0%" or "—"
    completion_float: Decimal | None = None  # working days, when there is a programme


def ratings(text: str) -> Ratings:
    budget = one(
        rf"Budget {RATING} Approved and pending changes ([\d.,]+%|—) of the original contract",
        text,
    )
    schedule = one(
        rf"Schedule {RATING} (?:Largest slip (-?[\d,]+) days?: (.+?)|No milestone late)"
        r"(?:; completion float (-?[\d.]+) working days)? Quality",
        text,
    )
    quality = one(
        rf"Quality {RATING} {NUM} overdue punch items; pass rate to date ([\d.]+%|—)", text
    )
    return Ratings(
        budget=budget[1],
        schedule=schedule[1],
        quality=quality[1],
        budget_pct=budget[2],
        slip=number(schedule[2]) if schedule[2] else 0,
        slip_milestone=schedule[3],
        completion_float=Decimal(schedule[4]) if schedule[4] else None,
        overdue=number(quality[2]),
        pass_rate=quality[3],
    )


@dataclass(frozen=True)
class Completion:
    milestone: str
    expected: dt.date
    variance: int  # signed: late is positive
    contract: dt.date
    baseline: dt.date | None
    approved_days: int
    granted_days: int = 0  # extensions of time granted for delay events


def completion(text: str) -> Completion:
    m = one(
        rf"Completion \((.+?)\) (?:is forecast for|was achieved on) {DATE}, "
        rf"(on time|([\d,]+) days? (late|early)) against the contractual date {DATE} "
        rf"\((?:the baseline {DATE} plus ([\d,]+) days? approved in change orders"
        r"(?: and ([\d,]+) days? granted for delay events)?|"
        r"the baseline; no time approved in change orders)\)\.",
        text,
    )
    variance = 0 if m[3] == "on time" else number(m[4]) * (1 if m[5] == "late" else -1)
    return Completion(
        milestone=m[1],
        expected=date(m[2]),
        variance=variance,
        contract=date(m[6]),
        baseline=date(m[7]) if m[7] else None,
        approved_days=number(m[8]) if m[8] else 0,
        granted_days=number(m[9]) if m[9] else 0,
    )


def slip_sentence(text: str) -> tuple[str | None, int, str]:
    """(milestone, days late, rating) of the sentence explaining the schedule rating."""
    m = re.search(
        r"The largest slip is (.+?), (?:forecast|achieved) ([\d,]+) days? late against "
        rf"(?:its baseline|the contractual date); the schedule is rated {RATING}\.",
        text,
    )
    if m:
        return m[1], number(m[2]), m[3]
    m = one(
        rf"(?:No milestone is late against its contractual date|There are no milestones); "
        rf"the schedule is rated {RATING}\.",
        text,
    )
    return None, 0, m[1]


def punch_sentence(text: str) -> tuple[int, int, int]:
    """(outstanding, total, overdue)."""
    m = one(r"([\d,]+) of ([\d,]+) punch items are outstanding, ([\d,]+) of them overdue\.", text)
    return number(m[1]), number(m[2]), number(m[3])


def status_chart(text: str) -> dict[str, int]:
    """The bars of a punch-by-status chart: status value → count."""
    labels = "|".join(re.escape(k) for k in PUNCH_LABELS)
    return {
        PUNCH_LABELS[m[2]]: number(m[1]) for m in re.finditer(rf"(\d[\d,]*) ({labels})\b", text)
    }


@dataclass(frozen=True)
class ContractorRow:
    outstanding: int
    overdue: int
    ready_for_review: int
    closed: int
    void: int
    total: int


def contractor_row(text: str, name: str) -> ContractorRow:
    m = one(re.escape(name) + r" " + " ".join([r"([\d,]+)"] * 6) + r"\b", text)
    return ContractorRow(*(number(m[i]) for i in range(1, 7)))


@dataclass(frozen=True)
class MilestoneRow:
    baseline: dt.date
    contract: dt.date
    forecast: dt.date | None
    actual: dt.date | None
    variance: int
    status: str


def milestone_row(text: str, name: str) -> MilestoneRow:
    opt = rf"(?:{DATE}|—)"
    m = one(re.escape(name) + rf" {DATE} {DATE} {opt} {opt} {NUM} (Achieved|{RATING[1:-1]})", text)
    return MilestoneRow(
        baseline=date(m[1]),
        contract=date(m[2]),
        forecast=date(m[3]) if m[3] else None,
        actual=date(m[4]) if m[4] else None,
        variance=number(m[5]),
        status=m[6],
    )


def band(value: float, amber: float, red: float) -> str:
    return "Off track" if value >= red else "At risk" if value >= amber else "On track"


def percent(text: str) -> float | None:
    return None if text == "—" else float(text.rstrip("%").replace(",", ""))
