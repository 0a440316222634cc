"""The status report's "changes since the last issued status report": which numbered
records are new, closed or changed since that report's snapshot, and how its money
measures moved."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from reportlab.platypus import Flowable

from executrek.app import pdf as r
from executrek.app.i18n import translate
from executrek.app.report_kinds.common import status_label
from executrek.models.services import report_queries as q

CLOSED = {
    "punch": {"closed", "void"},
    "issue": {"closed", "void"},
    "change_order": {"approved", "rejected", "void", "promoted"},
    "risk": {"closed", "occurred"},
}
LIST_LIMIT = 40  # lines per list of changes; the rest are counted
MEASURES = (
    "original_contract",
    "approved_changes",
    "revised_contract",
    "pending_exposure",
    "contingency_remaining",
)


@dataclass(frozen=True)
class ChangeLine:
    kind: str  # punch, issue, change_order, risk
    number: str
    title: str
    before: str | None  # status (or "status · amount") in the last report
    after: str | None  # now


@dataclass(frozen=True)
class MoneyChange:
    measure: str  # key of a BudgetRollup field
    before: Decimal
    after: Decimal


@dataclass(frozen=True)
class SinceLast:
    previous_number: str | None
    previous_period_end: dt.date | None
    new: tuple[ChangeLine, ...]
    closed: tuple[ChangeLine, ...]
    changed: tuple[ChangeLine, ...]
    new_count: int
    closed_count: int
    changed_count: int
    money: tuple[MoneyChange, ...]


def _state_text(st: str, amount: str, kind: str) -> str:
    if kind == "change_order" and amount:
        return f"{st}|{amount}"
    return st


def diff(
    previous: dict[str, Any] | None,
    now: dict[str, dict[str, q.RecordState]],
) -> tuple[list[ChangeLine], list[ChangeLine], list[ChangeLine]]:
    """(new, closed, changed) records between the previous snapshot's records and now."""
    new: list[ChangeLine] = []
    closed: list[ChangeLine] = []
    changed: list[ChangeLine] = []
    if previous is None:
        return new, closed, changed
    for kind, states in now.items():
        before_all: dict[str, list[str]] = previous.get(kind, {})
        for number, st in sorted(states.items()):
            after = _state_text(st.status, st.amount, kind)
            old = before_all.get(number)
            if old is None:
                new.append(ChangeLine(kind, number, st.title, None, after))
                continue
            before = _state_text(old[0], old[1], kind)
            if before == after:
                continue
            line = ChangeLine(kind, number, st.title, before, after)
            if st.status in CLOSED[kind] and old[0] not in CLOSED[kind]:
                closed.append(line)
            else:
                changed.append(line)
    return new, closed, changed


def since_last(
    last_number: str | None,
    last_period_end: dt.date | None,
    previous: dict[str, Any] | None,
    states: dict[str, dict[str, q.RecordState]],
    rollup_now: Any,
) -> SinceLast:
    """What changed since the previous status report (its snapshot's ``data``)."""
    new, closed, changed = diff(previous.get("records") if previous else None, states)
    money: list[MoneyChange] = []
    if previous is not None:
        prev_rollup = previous.get("rollup", {})
        for key in MEASURES:
            before = Decimal(prev_rollup.get(key, "0"))
            money.append(MoneyChange(key, before, getattr(rollup_now, key)))
    return SinceLast(
        previous_number=last_number,
        previous_period_end=last_period_end,
        new=tuple(new[:LIST_LIMIT]),
        closed=tuple(closed[:LIST_LIMIT]),
        changed=tuple(changed[:LIST_LIMIT]),
        new_count=len(new),
        closed_count=len(closed),
        changed_count=len(changed),
        money=tuple(money),
    )


def measure_label(key: str) -> str:
    return {
        "original_contract": translate("Reports", "Original contract"),
        "approved_changes": translate("Reports", "Approved changes"),
        "revised_contract": translate("Reports", "Revised contract"),
        "pending_exposure": translate("Reports", "Pending exposure"),
        "contingency_remaining": translate("Reports", "Contingency remaining"),
    }[key]


def record_label(kind: str) -> str:
    return {
        "punch": translate("Reports", "Punch item"),
        "issue": translate("Reports", "Issue"),
        "change_order": translate("Reports", "Change order"),
        "risk": translate("Reports", "Risk"),
    }[kind]


def _state(ctx: r.ReportContext, value: str | None, currency: str) -> str | None:
    if value is None:
        return None
    st, _, amount = value.partition("|")
    text = status_label(st)
    if amount:
        text += " · " + ctx.fmt.money(Decimal(amount), currency)
    return text


def summary_note(ctx: r.ReportContext, since: SinceLast) -> Flowable | None:
    """One line for the summary: how many records changed since the last report."""
    if not since.previous_number:
        return None
    fmt = ctx.fmt
    return r.muted_note(
        ctx,
        translate(
            "Reports",
            "Since {number}: {new} new, {closed} closed and {changed} changed records.",
        ).format(
            number=since.previous_number,
            new=fmt.number(since.new_count),
            closed=fmt.number(since.closed_count),
            changed=fmt.number(since.changed_count),
        ),
    )


def section(ctx: r.ReportContext, since: SinceLast, currency: str) -> list[Flowable]:
    out: list[Flowable] = [
        r.section_heading(ctx, translate("Reports", "Changes since the last status report"))
    ]
    if since.previous_number is None:
        out.append(
            r.muted_note(
                ctx,
                translate(
                    "Reports",
                    "This is the first issued status report of the project; the next one "
                    "lists what changed since this one.",
                ),
            )
        )
        return out
    out.append(
        r.muted_note(
            ctx,
            translate("Reports", "Compared with {number} (period to {date}).").format(
                number=since.previous_number,
                date=ctx.fmt.date(since.previous_period_end) if since.previous_period_end else "—",
            ),
        )
    )
    out.append(r.section_heading(ctx, translate("Reports", "Money"), 1))
    out.append(
        r.data_table(
            ctx,
            [
                r.Column(translate("Reports", "Measure"), weight=2),
                r.Column(
                    translate("Reports", "Last report"), r.ColumnKind.MONEY, currency=currency
                ),
                r.Column(translate("Reports", "Now"), r.ColumnKind.MONEY, currency=currency),
                r.Column(translate("Reports", "Change"), r.ColumnKind.MONEY, currency=currency),
            ],
            [
                [measure_label(m.measure), m.before, m.after, m.after - m.before]
                for m in since.money
            ],
        )
    )
    groups = (
        (translate("Reports", "New"), since.new, since.new_count),
        (translate("Reports", "Closed"), since.closed, since.closed_count),
        (translate("Reports", "Changed"), since.changed, since.changed_count),
    )
    for title, lines, total in groups:
        out.append(
            r.section_heading(
                ctx,
                translate("Reports", "{title} ({n})").format(title=title, n=ctx.fmt.number(total)),
                1,
            )
        )
        out.append(
            r.data_table(
                ctx,
                [
                    r.Column(translate("Reports", "Record"), weight=1),
                    r.Column(translate("Reports", "Number"), weight=0.9),
                    r.Column(translate("Reports", "Title"), weight=3),
                    r.Column(translate("Reports", "Was"), weight=1.5),
                    r.Column(translate("Reports", "Now"), weight=1.5),
                ],
                [
                    [
                        record_label(ln.kind),
                        ln.number,
                        ln.title,
                        _state(ctx, ln.before, currency),
                        _state(ctx, ln.after, currency),
                    ]
                    for ln in lines
                ],
                empty_text=translate("Reports", "None"),
            )
        )
        if total > len(lines):
            out.append(
                r.muted_note(
                    ctx,
                    translate("Reports", "… and {n} more.").format(
                        n=ctx.fmt.number(total - len(lines))
                    ),
                )
            )
    return out
