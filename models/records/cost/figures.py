"""The one source of the budget's and the commitments' figures: approved budget,
committed, cost to date, pending changes weighted by probability, uncommitted budget,
estimate at completion (EAC) and variance per budget line, rolled up along the cost-code
tree; per commitment its contract sum, what is certified, retained and paid.

Everything is aggregated in SQL (one statement per figure set: ``GROUP BY`` in common
table expressions, the derived columns computed there too, in integer cents); Python
turns each distinct amount into a ``Decimal`` once and sums the cost-code tree in integer
cents, so every total is the exact sum of its lines. The semantics are those of
``docs/cost.md`` ("Forecast and EAC"):

* approved budget = original + approved transfers in − approved transfers out;
* committed = Σ scheduled value of the SOV lines mapped to the line, of executed or
  closed commitments (lines a change order added count once that change order is
  approved);
* cost to date = Σ G (D + E + F, approved figures) of each mapped SOV line's latest
  certified application line;
* pending = Σ draft/pending change event, request and change order lines mapped to the
  line (through their SOV line, else their cost code), weighted by ``PENDING_WEIGHT_PCT``;
* uncommitted = max(approved − committed, 0) for an active line, 0 for a closed one;
* EAC = committed + pending + uncommitted; variance = approved − EAC.

The SQL pieces the cash flow and the evidence share (the latest certified G of an SOV
line, the latest schedule update, the plain connection of a session) live here too.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from operator import itemgetter
from typing import Any

from sqlalchemy.orm import Session

from executrek.models.errors import QT_TRANSLATE_NOOP, NotFoundError
from executrek.models.records.cost.budget_model import BUDGET_KIND
from executrek.models.records.cost.certificate import round_cents
from executrek.models.records.cost.changes import approved_change_sums
from executrek.models.records.cost.checks import ZERO_AMOUNT
from executrek.models.records.cost.checks import cents as money  # the names `cents` hold cents
from executrek.models.records.cost.commitment_model import KIND as COMMITMENT_KIND
from executrek.models.records.cost.vocab import HARD, BudgetStatus, CostCategory
from executrek.models.vocab import COTier

# --- PMO convention: the probability that a pending change becomes cost ----------------
# A change order (the last tier) still pending is counted whole, a change order request
# at three quarters, a change event (not yet priced or requested) at half. These are the
# usual PMO weights; they are one mapping so they can become a PMO setting.
CHANGE_ORDER_WEIGHT_PCT = 100
REQUEST_WEIGHT_PCT = 75
CHANGE_EVENT_WEIGHT_PCT = 50
PENDING_WEIGHT_PCT: Mapping[COTier, int] = {
    COTier.CHANGE_ORDER: CHANGE_ORDER_WEIGHT_PCT,
    COTier.REQUEST: REQUEST_WEIGHT_PCT,
    COTier.CHANGE_EVENT: CHANGE_EVENT_WEIGHT_PCT,
}
# Change-order statuses that are still pending (a decision is to come).
PENDING_CO_STATUSES = ("draft", "pending")
# Commitments whose schedule of values is committed money.
COMMITTED_STATUSES = ("executed", "closed")


def sql_of(session: Session) -> sqlite3.Connection:
    """The plain sqlite3 connection under ``session`` (pending ORM changes flushed first,
    so a caller inside a unit of work reads its own writes)."""
    session.flush()
    con = session.connection().connection.driver_connection
    assert isinstance(con, sqlite3.Connection)
    return con


def pct(value: Decimal) -> Decimal:
    """A percentage to two decimals, halves away from zero."""
    return round_cents(value)


def latest_certified_g(project: str = ":p") -> str:
    """A common table expression ``latest_g(sov_line_id, g)``: per SOV line, G (previous
    + approved work + approved stored, in cents) of its line in the latest certified
    application of its commitment — the SOV line's cost to date. The one place this is
    said in SQL; ``project`` is the project's bind parameter."""
    return f"""latest_g AS (
        SELECT sov_line_id, g FROM (
            SELECT pal.sov_line_id AS sov_line_id,
                   pal.previous + coalesce(pal.approved_work, 0)
                       + coalesce(pal.approved_stored, 0) AS g,
                   row_number() OVER (
                       PARTITION BY pal.sov_line_id ORDER BY pa.application_no DESC
                   ) AS rn
            FROM pay_application_lines pal
            JOIN pay_applications pa ON pa.id = pal.pay_application_id
            WHERE pa.project_id = {project} AND pa.status = 'certified'
              AND pa.deleted_at IS NULL AND pal.deleted_at IS NULL
        ) WHERE rn = 1
    )"""


def committed_sov(project: str = ":p") -> str:
    """A common table expression ``committed_sov(id, commitment_id, budget_line_id,
    scheduled_value)``: the SOV lines that are committed money — of executed or closed
    commitments, and for lines a change order added, once it is approved."""
    statuses = ", ".join(f"'{s}'" for s in COMMITTED_STATUSES)
    return f"""committed_sov AS (
        SELECT s.id, s.commitment_id, s.budget_line_id, s.scheduled_value
        FROM sov_lines s
        JOIN commitments c ON c.id = s.commitment_id
        LEFT JOIN change_orders co ON co.id = s.change_order_id
        WHERE s.project_id = {project} AND s.deleted_at IS NULL AND c.deleted_at IS NULL
          AND c.status IN ({statuses})
          AND (s.change_order_id IS NULL
               OR (co.status = 'approved' AND co.deleted_at IS NULL))
    )"""


def mapped_changes(project: str = ":p", statuses: Sequence[str] = PENDING_CO_STATUSES) -> str:
    """A common table expression ``mapped_changes(budget_line_id, change_order_id, tier,
    amount)``: every line of the project's change orders in ``statuses`` with the budget
    line it maps to — its SOV line's budget line, else the budget line of its cost code
    (the active one first, then the lowest number); NULL when it maps to none. The one
    place this mapping is said (the pending figure and the budget drill-down read it)."""
    marks = ", ".join(f"'{s}'" for s in statuses)
    return f"""mapped_changes AS (
        SELECT coalesce(s.budget_line_id, (
                   SELECT b.id FROM budget_lines b
                   WHERE b.project_id = {project} AND b.cost_code_id = l.cost_code_id
                     AND b.deleted_at IS NULL
                   ORDER BY b.status = 'closed', b.number, b.id LIMIT 1
               )) AS budget_line_id, co.id AS change_order_id, co.tier AS tier,
               l.amount AS amount
        FROM change_order_lines l
        JOIN change_orders co ON co.id = l.change_order_id
        LEFT JOIN sov_lines s ON s.id = l.sov_line_id AND s.deleted_at IS NULL
        WHERE co.project_id = {project} AND co.status IN ({marks})
          AND co.deleted_at IS NULL AND l.deleted_at IS NULL
    )"""


def latest_update_id(con: sqlite3.Connection, project_id: str) -> str | None:
    """The schedule update progress is read from: the latest by data date that was not
    rejected (as the schedule's own ``queries.current``)."""
    row = con.execute(
        "SELECT id FROM schedule_updates WHERE project_id = ? AND deleted_at IS NULL "
        "AND status != 'rejected' ORDER BY data_date DESC, number DESC, created_at DESC "
        "LIMIT 1",
        (project_id,),
    ).fetchone()
    return None if row is None else str(row[0])


def currency_of(con: sqlite3.Connection, project_id: str) -> str:
    row = con.execute(
        "SELECT currency FROM projects WHERE id = ? AND deleted_at IS NULL", (project_id,)
    ).fetchone()
    if row is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "The project no longer exists."))
    return str(row[0])


# --- budget --------------------------------------------------------------------------


# The figure rows are plain slotted dataclasses, not frozen ones: a frozen dataclass
# sets each field through object.__setattr__, six times slower to build, and a budget
# makes thousands of them per read. Nothing changes them after the read.
@dataclass(slots=True)
class Totals:
    """The money columns of the budget: of one line (``LineFigures`` is one), or summed
    over several (a cost code, the project, its hard or soft costs)."""

    original: Decimal
    transfers_in: Decimal
    transfers_out: Decimal
    approved_budget: Decimal
    committed: Decimal
    cost_to_date: Decimal
    pending_weighted: Decimal
    uncommitted: Decimal
    eac: Decimal
    variance: Decimal


@dataclass(slots=True)
class LineFigures(Totals):
    """One budget line's figures (money in the project's currency): its ``Totals``, then
    which line it is."""

    line_id: str
    number: str  # "BL-007"
    cost_code: str
    cost_code_name: str
    title: str
    category: CostCategory
    status: BudgetStatus = BudgetStatus.ACTIVE
    cost_code_id: str = ""


# The money columns, in the order of ``Totals`` (and of the cents vectors below).
MONEY = (
    "original",
    "transfers_in",
    "transfers_out",
    "approved_budget",
    "committed",
    "cost_to_date",
    "pending_weighted",
    "uncommitted",
    "eac",
    "variance",
)
_WIDTH = len(MONEY)


def _totals(cents: Sequence[int]) -> Totals:
    return Totals(*(money(c) for c in cents))


@dataclass(slots=True)
class CodeNode:
    """A cost code of the tree: its own lines, its children (sorted by code) and the
    totals of everything below it."""

    cost_code_id: str
    code: str
    name: str
    depth: int
    totals: Totals
    lines: list[LineFigures] = field(default_factory=list)
    children: list[CodeNode] = field(default_factory=list)


@dataclass(frozen=True)
class BudgetFigures:
    currency: str
    lines: list[LineFigures]  # by cost code, then number
    tree: list[CodeNode]  # the roots, sorted by code
    total: Totals
    hard_total: Totals  # construction lines
    soft_total: Totals  # every other category (contingency included)
    contingency_original: Decimal
    contingency_drawdown: Decimal  # approved transfers out of contingency to other lines
    contingency_remaining: Decimal  # approved budget of the contingency lines


def _budget_sql() -> str:
    weights = " ".join(
        f"WHEN '{tier.value}' THEN {weight}" for tier, weight in PENDING_WEIGHT_PCT.items()
    )
    # Every amount that touches a line is one row of ``facts``; one GROUP BY sums them.
    return f"""
    WITH {committed_sov()},
    {latest_certified_g()},
    {mapped_changes()},
    facts(line_id, t_in, t_out, committed, to_date, weighted) AS (
        SELECT to_line_id, amount, 0, 0, 0, 0 FROM budget_transfers
        WHERE project_id = :p AND status = 'approved' AND deleted_at IS NULL
          AND to_line_id IS NOT NULL
        UNION ALL
        SELECT from_line_id, 0, amount, 0, 0, 0 FROM budget_transfers
        WHERE project_id = :p AND status = 'approved' AND deleted_at IS NULL
          AND from_line_id IS NOT NULL
        UNION ALL
        SELECT budget_line_id, 0, 0, scheduled_value, 0, 0 FROM committed_sov
        WHERE budget_line_id IS NOT NULL
        UNION ALL
        SELECT s.budget_line_id, 0, 0, 0, g.g, 0
        FROM latest_g g JOIN sov_lines s ON s.id = g.sov_line_id
        WHERE s.budget_line_id IS NOT NULL
        UNION ALL
        SELECT budget_line_id, 0, 0, 0, 0, amount * CASE tier {weights} ELSE 0 END
        FROM mapped_changes
    ),
    per_line AS (
        SELECT line_id, sum(t_in) AS t_in, sum(t_out) AS t_out, sum(committed) AS committed,
               sum(to_date) AS to_date, sum(weighted) AS weighted
        FROM facts WHERE line_id IS NOT NULL GROUP BY line_id
    ),
    line AS (
        SELECT b.id, b.number, b.draft_number, c.id AS code_id, c.code, c.name, b.title,
               b.category, b.status, c.parent_id, b.original_amount AS original,
               coalesce(a.t_in, 0) AS t_in, coalesce(a.t_out, 0) AS t_out,
               b.original_amount + coalesce(a.t_in, 0) - coalesce(a.t_out, 0) AS approved,
               coalesce(a.committed, 0) AS committed, coalesce(a.to_date, 0) AS to_date,
               -- Σ amount × weight % is in hundredths of a cent: to the cent, halves away
               -- from zero (integer division truncates towards zero).
               CASE WHEN coalesce(a.weighted, 0) >= 0 THEN (coalesce(a.weighted, 0) + 50) / 100
                    ELSE -((50 - a.weighted) / 100) END AS pending
        FROM budget_lines b
        JOIN cost_codes c ON c.id = b.cost_code_id
        LEFT JOIN per_line a ON a.line_id = b.id
        WHERE b.project_id = :p AND b.deleted_at IS NULL
    ),
    forecast AS (
        SELECT *, CASE WHEN status = '{BudgetStatus.CLOSED.value}' THEN 0
                       ELSE max(approved - committed, 0) END AS uncommitted
        FROM line
    )
    SELECT id, number, draft_number, code_id, code, name, title, category, status, parent_id,
           original, t_in, t_out, approved, committed, to_date, pending, uncommitted,
           committed + pending + uncommitted AS eac,
           approved - (committed + pending + uncommitted) AS variance
    FROM forecast
    ORDER BY code, number, draft_number, id
    """


BUDGET_SQL = _budget_sql()

# The ancestors of the codes lines hang on (``:ids``, a JSON array of code ids): the
# tree shows the codes that carry budget, not every code of an imported standard.
_ANCESTORS_SQL = """
WITH RECURSIVE up(id) AS (
    SELECT value FROM json_each(:ids)
    UNION
    SELECT c.parent_id FROM cost_codes c JOIN up ON c.id = up.id WHERE c.parent_id IS NOT NULL
)
SELECT c.id, c.code, c.name, c.parent_id FROM cost_codes c JOIN up ON c.id = up.id
WHERE c.project_id = :p AND c.deleted_at IS NULL
"""

_CONTINGENCY_SQL = """
SELECT coalesce(sum(t.amount), 0) FROM budget_transfers t
JOIN budget_lines src ON src.id = t.from_line_id
JOIN budget_lines dst ON dst.id = t.to_line_id
WHERE t.project_id = :p AND t.status = 'approved' AND t.deleted_at IS NULL
  AND src.category = 'contingency' AND dst.category != 'contingency'
"""

_CATEGORY = {c.value: c for c in CostCategory}
_HARD = frozenset(c.value for c in HARD)
_CONTINGENCY = CostCategory.CONTINGENCY.value
_STATUS = {s.value: s for s in BudgetStatus}
_CLOSED = BudgetStatus.CLOSED.value


def _column_sums(rows: Sequence[Sequence[int]]) -> list[int]:
    return [sum(column) for column in zip(*rows, strict=True)] if rows else [0] * _WIDTH


def budget_figures(session: Session, project_id: str) -> BudgetFigures:
    """Every budget line's figures, the cost-code roll-up and the project's totals."""
    con = sql_of(session)
    currency = currency_of(con, project_id)
    params = {"p": project_id}
    rows = con.execute(BUDGET_SQL, params).fetchall()
    # One Decimal per distinct amount of the read (zeros and unchanged budgets repeat).
    distinct: set[int] = set()
    for row in rows:
        distinct.update(row[10:20])
    dec = {c: money(c) for c in distinct}
    dec[0] = ZERO_AMOUNT

    series = BUDGET_KIND.series_of()
    numbered, show = f"{series.prefix}-%0{series.width}d", BUDGET_KIND.display
    lines: list[LineFigures] = []
    by_code: dict[str, list[tuple[LineFigures, Sequence[int]]]] = {}
    codes: list[tuple[Any, ...]] = []
    hard: list[Sequence[int]] = []
    soft: list[Sequence[int]] = []
    contingency_original = contingency_remaining = 0
    for row in rows:
        cents = row[10:20]
        c0, c1, c2, c3, c4, c5, c6, c7, c8, c9 = cents
        num, code_id, category = row[1], row[3], row[7]
        line = LineFigures(
            dec[c0], dec[c1], dec[c2], dec[c3], dec[c4], dec[c5], dec[c6], dec[c7], dec[c8],
            dec[c9], row[0], numbered % num if num is not None else show(num, row[2]),
            row[4], row[5], row[6], _CATEGORY[category], _STATUS[row[8]], code_id,
        )  # fmt: skip
        lines.append(line)
        own = by_code.get(code_id)
        if own is None:
            by_code[code_id] = [(line, cents)]
            codes.append((code_id, row[4], row[5], row[9]))
        else:
            own.append((line, cents))
        if category in _HARD:
            hard.append(cents)
        else:
            soft.append(cents)
            if category == _CONTINGENCY:
                contingency_original += c0
                contingency_remaining += c3
    drawdown = con.execute(_CONTINGENCY_SQL, params).fetchone()[0]
    parents = {row[3] for row in codes if row[3] is not None and row[3] not in by_code}
    if parents:
        found = con.execute(_ANCESTORS_SQL, {"p": project_id, "ids": json.dumps(sorted(parents))})
        codes.extend(row for row in found if row[0] not in by_code)
        codes.sort(key=itemgetter(1))
    hard_cents, soft_cents = _column_sums(hard), _column_sums(soft)
    return BudgetFigures(
        currency=currency,
        lines=lines,
        tree=_tree(codes, by_code),
        total=_totals([h + s for h, s in zip(hard_cents, soft_cents, strict=True)]),
        hard_total=_totals(hard_cents),
        soft_total=_totals(soft_cents),
        contingency_original=money(contingency_original),
        contingency_drawdown=money(drawdown),
        contingency_remaining=money(contingency_remaining),
    )


_NO_TOTALS = Totals(*([ZERO_AMOUNT] * _WIDTH))


def _tree(
    codes: list[tuple[Any, ...]], by_code: dict[str, list[tuple[LineFigures, Sequence[int]]]]
) -> list[CodeNode]:
    """The cost-code forest (``codes`` sorted by code, so children are too) with totals
    summed bottom-up. A code whose parent is missing is a root, and so is the first code
    of a loop of parents. A code with a single line (or a single child) shares its
    figures; only the others are summed."""
    known = {row[0] for row in codes}
    children: dict[str | None, list[tuple[Any, ...]]] = {}
    for row in codes:
        parent = row[3] if row[3] in known else None
        kids = children.get(parent)
        if kids is None:
            children[parent] = [row]
        else:
            kids.append(row)
    zero = (0,) * _WIDTH
    seen: set[str] = set()  # the codes with children built (leaves are met once)

    def build(row: tuple[Any, ...], depth: int) -> tuple[CodeNode, Sequence[int]]:
        cid = row[0]
        seen.add(cid)
        own = by_code.get(cid, [])
        nodes: list[CodeNode] = []
        parts: list[Sequence[int]] = [c for _ln, c in own]
        for kid in children.get(cid, ()):
            kid_id = kid[0]
            kid_lines = by_code.get(kid_id)
            if kid_id in children or (kid_lines is not None and len(kid_lines) > 1):
                if kid_id in seen:
                    continue  # a loop of parents
                node, cents = build(kid, depth + 1)
                nodes.append(node)
                parts.append(cents)
            elif kid_lines is not None:  # a leaf with one line: most codes
                line, cents = kid_lines[0]
                nodes.append(CodeNode(kid_id, kid[1], kid[2], depth + 1, line, [line], []))
                parts.append(cents)
            else:
                nodes.append(CodeNode(kid_id, kid[1], kid[2], depth + 1, _NO_TOTALS, [], []))
        totals: Totals
        if not parts:
            totals, cents = _NO_TOTALS, zero
        elif len(parts) == 1:
            cents = parts[0]
            totals = own[0][0] if own else nodes[0].totals
        else:
            cents = _column_sums(parts)
            totals = _totals(cents)
        return CodeNode(cid, row[1], row[2], depth, totals, [ln for ln, _c in own], nodes), cents

    roots = [build(row, 0)[0] for row in children.get(None, [])]
    # Codes on a loop of parents are reached from no root: each loop starts a tree.
    for row in codes:
        if row[0] in children and row[0] not in seen:
            roots.append(build(row, 0)[0])
    return roots


# --- commitments -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CommitmentFigures:
    """One commitment's money: its contract sum to date, what is certified (G to date),
    retained, paid (Σ certified payments) and still to pay."""

    commitment_id: str
    number: str  # "SC-003"
    title: str
    contractor: str
    original: Decimal
    approved_changes: Decimal  # Σ approved change orders of the commitment
    contract_sum: Decimal  # original + approved changes
    certified_to_date: Decimal  # Σ G of the latest certified application lines
    retainage_held: Decimal  # G702 line 5 of the latest certificate
    paid_to_date: Decimal  # Σ certified_amount
    balance: Decimal  # contract sum − paid to date (retainage and withholding included)
    status: str = ""


def _commitment_sql() -> str:
    return f"""
    WITH {latest_certified_g()},
    certified AS (
        SELECT s.commitment_id, sum(g.g) AS g
        FROM latest_g g JOIN sov_lines s ON s.id = g.sov_line_id GROUP BY s.commitment_id
    ),
    paid AS (
        SELECT commitment_id, sum(coalesce(certified_amount, 0)) AS paid,
               max(application_no) AS last_no
        FROM pay_applications
        WHERE project_id = :p AND status = 'certified' AND deleted_at IS NULL
        GROUP BY commitment_id
    )
    SELECT c.id, c.commitment_type, c.number, c.draft_number, c.title,
           coalesce(o.name, ''), c.original_value,
           coalesce(ce.g, 0), coalesce(pd.paid, 0), coalesce((
               SELECT pa.withholding FROM pay_applications pa
               WHERE pa.commitment_id = c.id AND pa.application_no = pd.last_no
                 AND pa.status = 'certified' AND pa.deleted_at IS NULL
           ), 0), c.status
    FROM commitments c
    LEFT JOIN organisations o ON o.id = c.contractor_id
    LEFT JOIN certified ce ON ce.commitment_id = c.id
    LEFT JOIN paid pd ON pd.commitment_id = c.id
    WHERE c.project_id = :p AND c.deleted_at IS NULL AND c.status != 'void'
    ORDER BY c.commitment_type, c.number, c.draft_number, c.id
    """


COMMITMENT_SQL = _commitment_sql()


def commitment_figures(session: Session, project_id: str) -> list[CommitmentFigures]:
    """Every commitment but void ones, contracts first, by number; the approved changes
    (and so the contract sum) are ``changes.approved_change_sums``'s, the one source.

    Retainage held is G702 line 5 of the latest certificate, read back from what was
    certified: line 8 = 6 − 7 − withholding and line 7 = Σ earlier certificates, so
    line 6 = Σ certificates to date + this withholding, and line 5 = 4 − 6.
    """
    con = sql_of(session)
    changes = approved_change_sums(session, project_id=project_id)
    out = []
    for row in con.execute(COMMITMENT_SQL, {"p": project_id}):
        (cid, ctype, num, draft, title, contractor, original) = row[:7]
        certified, paid, withheld, status = row[7:]
        approved = changes.get(cid, ZERO_AMOUNT)
        contract = money(original) + approved
        out.append(
            CommitmentFigures(
                commitment_id=cid,
                number=COMMITMENT_KIND.display(num, draft, ctype),
                title=title,
                contractor=contractor,
                original=money(original),
                approved_changes=approved,
                contract_sum=contract,
                certified_to_date=money(certified),
                retainage_held=money(certified - paid - withheld),
                paid_to_date=money(paid),
                balance=contract - money(paid),
                status=status,
            )
        )
    return out
