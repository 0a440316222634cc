"""The monthly cash-flow forecast: planned payments from the commitments' schedules of
values spread over time, beside the actual certified payments (the S-curve).

Planned: each committed SOV line (``figures.committed_sov``) is spread over the dates of
its linked schedule activities in the latest schedule update (from the earliest planned
start to the latest planned finish of those activities; the current dates where the file
has no planned ones), else over its commitment's start and finish dates. The value is
spread evenly by working day (Monday to Friday): each month gets the share of the span's
working days falling in it, in whole cents, the remainders going to the months with the
largest fractions so the months add up to the line exactly. A span with no working day
falls in its first month; a line with no dates at all is not planned.

Actual: the certified payments (``certified_amount``, G702 line 8) by the month of the
application's period end.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy.orm import Session

from executrek.models.records.cost.figures import (
    committed_sov,
    latest_update_id,
    money,
    sql_of,
)


@dataclass(frozen=True, slots=True)
class MonthFlow:
    month: dt.date  # the first day of the month
    planned: Decimal
    actual: Decimal
    planned_cumulative: Decimal
    actual_cumulative: Decimal


PLANNED_SQL = f"""
WITH {committed_sov()},
spans AS (
    SELECT s.id, s.commitment_id, s.scheduled_value,
           min(coalesce(a.planned_start, a.start)) AS a_start,
           max(coalesce(a.planned_finish, a.finish)) AS a_finish
    FROM committed_sov s
    LEFT JOIN sov_activities sa ON sa.sov_line_id = s.id AND sa.deleted_at IS NULL
    LEFT JOIN schedule_activities a
           ON a.update_id = :u AND a.code = sa.activity_code AND a.deleted_at IS NULL
    GROUP BY s.id
)
SELECT CASE WHEN a_start IS NOT NULL AND a_finish IS NOT NULL THEN a_start
            ELSE coalesce(c.start_date, c.finish_date) END AS first_day,
       CASE WHEN a_start IS NOT NULL AND a_finish IS NOT NULL THEN a_finish
            ELSE coalesce(c.finish_date, c.start_date) END AS last_day,
       sum(sp.scheduled_value)
FROM spans sp JOIN commitments c ON c.id = sp.commitment_id
GROUP BY first_day, last_day
"""

ACTUAL_SQL = """
SELECT substr(period_end, 1, 7), sum(coalesce(certified_amount, 0)) FROM pay_applications
WHERE project_id = :p AND status = 'certified' AND deleted_at IS NULL
GROUP BY substr(period_end, 1, 7)
"""


def first_of(day: dt.date) -> dt.date:
    return day.replace(day=1)


def next_month(month: dt.date) -> dt.date:
    return month.replace(year=month.year + 1, month=1) if month.month == 12 else (
        month.replace(month=month.month + 1)
    )  # fmt: skip


def weekdays(first: dt.date, last: dt.date) -> int:
    """Monday-to-Friday days from ``first`` to ``last``, both included (0 when last <
    first)."""
    days = (last - first).days + 1
    if days <= 0:
        return 0
    weeks, rest = divmod(days, 7)
    start = first.weekday()
    return weeks * 5 + sum(1 for i in range(rest) if (start + i) % 7 < 5)


def spread(cents: int, first: dt.date, last: dt.date) -> dict[dt.date, int]:
    """``cents`` over the months of ``first``..``last`` by working days, exactly."""
    if last < first:
        first, last = last, first
    shares: list[tuple[dt.date, int]] = []
    month = first_of(first)
    while month <= last:
        end = next_month(month) - dt.timedelta(days=1)
        shares.append((month, weekdays(max(first, month), min(last, end))))
        month = next_month(month)
    total_days = sum(n for _m, n in shares)
    if total_days == 0:
        return {first_of(first): cents}
    sign = -1 if cents < 0 else 1
    whole = abs(cents)
    parts = [(m, whole * n // total_days, whole * n % total_days) for m, n in shares]
    left = whole - sum(p for _m, p, _r in parts)
    # Largest remainders first; ties go to the earlier month.
    order = sorted(range(len(parts)), key=lambda i: (-parts[i][2], i))
    extra = set(order[:left])
    return {m: sign * (p + (1 if i in extra else 0)) for i, (m, p, _r) in enumerate(parts)}


def cash_flow(session: Session, project_id: str) -> list[MonthFlow]:
    """Planned and actual payments month by month, from the first month either has to
    the last, with running totals (months with neither are listed with zeros)."""
    con = sql_of(session)
    update = latest_update_id(con, project_id)
    planned: dict[dt.date, int] = {}
    for first, last, cents in con.execute(PLANNED_SQL, {"p": project_id, "u": update}):
        if first is None or last is None:
            continue
        for month, part in spread(
            cents, dt.date.fromisoformat(first), dt.date.fromisoformat(last)
        ).items():
            planned[month] = planned.get(month, 0) + part
    actual = {
        dt.date.fromisoformat(f"{ym}-01"): cents
        for ym, cents in con.execute(ACTUAL_SQL, {"p": project_id})
    }
    months = set(planned) | set(actual)
    if not months:
        return []
    out = []
    month, last_month = min(months), max(months)
    plan_sum = actual_sum = 0
    while month <= last_month:
        p, a = planned.get(month, 0), actual.get(month, 0)
        plan_sum += p
        actual_sum += a
        out.append(MonthFlow(month, money(p), money(a), money(plan_sum), money(actual_sum)))
        month = next_month(month)
    return out
