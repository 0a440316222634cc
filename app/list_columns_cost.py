"""The cost lists' columns (``executrek export budget|budget-transfers|commitments|
pay-applications`` and the screens' "Export…"): the budget lines with their figures, the
budget transfers, the commitments with their figures, the pay applications.

Money columns read the figures of ``models/records/cost/figures`` (the one source of the
budget's and the commitments' numbers), so a spreadsheet shows what the screens and the
cost report show. Every list carries a Currency column: a project keeps its own currency.
The budget export's first columns (cost code, its name, title, category, original budget,
funding) are the ones ``executrek import budget`` reads, so an exported budget imports back.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from executrek.app import list_fields as shared
from executrek.app.columns import QT_TRANSLATE_NOOP, Field, Kind, attr_field
from executrek.app.i18n import translate
from executrek.models.records.cost.figures import CommitmentFigures, LineFigures
from executrek.models.records.cost.queries import PayAppRow, TransferRow


def currency(code: str) -> Field[Any]:
    """The Currency column of a project in ``code``."""
    return Field(
        "currency", QT_TRANSLATE_NOOP("Columns", "Currency"), lambda _row: code, weight=0.6
    )


# --- budget lines (figures.LineFigures) --------------------------------------------------
NUMBER: Field[Any] = shared.NUMBER
COST_CODE: Field[LineFigures] = attr_field("cost_code", QT_TRANSLATE_NOOP("Columns", "Cost code"))
COST_CODE_NAME: Field[LineFigures] = attr_field(
    "cost_code_name", QT_TRANSLATE_NOOP("Columns", "Cost code name"), weight=2
)
TITLE: Field[Any] = replace(shared.TITLE, weight=2.4)
CATEGORY: Field[LineFigures] = Field(
    "category", QT_TRANSLATE_NOOP("Columns", "Category"), lambda r: r.category.value, Kind.WORDS
)
STATUS: Field[Any] = Field(
    "status", QT_TRANSLATE_NOOP("Columns", "Status"), lambda r: str(r.status), Kind.STATUS
)


def _money(key: str, title: str, short: str | None = None) -> Field[Any]:
    """A money column reading the row's attribute named ``key``."""
    return attr_field(key, title, Kind.MONEY, 1.2, short=short)


FIGURES: tuple[Field[LineFigures], ...] = (
    _money(
        "original",
        QT_TRANSLATE_NOOP("Columns", "Original budget"),
        QT_TRANSLATE_NOOP("Columns", "Original"),
    ),
    _money("transfers_in", QT_TRANSLATE_NOOP("Columns", "Transfers in")),
    _money("transfers_out", QT_TRANSLATE_NOOP("Columns", "Transfers out")),
    _money(
        "approved_budget",
        QT_TRANSLATE_NOOP("Columns", "Approved budget"),
        QT_TRANSLATE_NOOP("Columns", "Approved"),
    ),
    _money("committed", QT_TRANSLATE_NOOP("Columns", "Committed")),
    _money(
        "cost_to_date",
        QT_TRANSLATE_NOOP("Columns", "Cost to date"),
        QT_TRANSLATE_NOOP("Columns", "To date"),
    ),
    _money(
        "pending_weighted",
        QT_TRANSLATE_NOOP("Columns", "Pending changes (weighted)"),
        QT_TRANSLATE_NOOP("Columns", "Pending"),
    ),
    _money("uncommitted", QT_TRANSLATE_NOOP("Columns", "Uncommitted")),
    _money(
        "eac",
        QT_TRANSLATE_NOOP("Columns", "Estimate at completion"),
        QT_TRANSLATE_NOOP("Columns", "EAC"),
    ),
    _money("variance", QT_TRANSLATE_NOOP("Columns", "Variance")),
)
BUDGET: tuple[Field[LineFigures], ...] = (
    COST_CODE,
    COST_CODE_NAME,
    TITLE,
    CATEGORY,
    NUMBER,
    STATUS,
    *FIGURES,
)


@dataclass(frozen=True)
class BudgetExportRow:
    """A budget line's figures with the funding source paying for it."""

    line: LineFigures
    funding: str | None


FUNDING: Field[BudgetExportRow] = attr_field(
    "funding", QT_TRANSLATE_NOOP("Columns", "Funding"), weight=1.4
)


def _on_line(field: Field[LineFigures]) -> Field[BudgetExportRow]:
    value = field.value

    def read(row: BudgetExportRow) -> Any:
        return value(row.line)

    return field.reading(read)


def budget_export(code: str) -> tuple[Field[BudgetExportRow], ...]:
    """The budget export's columns: the importable ones first (code, name, title,
    category, original budget, funding), then number, status and the figures."""
    on_line = {f.key: _on_line(f) for f in BUDGET}
    first = ("cost_code", "cost_code_name", "title", "category", "original")
    return (
        *(on_line[key] for key in first),
        FUNDING,
        *(field for key, field in on_line.items() if key not in first),
        currency(code),
    )


# --- budget transfers (queries.TransferRow) ----------------------------------------------
def _from_line(row: TransferRow) -> str:
    return row.from_line or translate("Columns", "Owner's budget increase")


def _to_line(row: TransferRow) -> str:
    return row.to_line or translate("Columns", "Budget decrease")


TRANSFER_FROM: Field[TransferRow] = Field(
    "from_line", QT_TRANSLATE_NOOP("Columns", "From"), _from_line, weight=2
)
TRANSFER_TO: Field[TransferRow] = Field(
    "to_line", QT_TRANSLATE_NOOP("Columns", "To"), _to_line, weight=2
)
TRANSFER_AMOUNT: Field[TransferRow] = attr_field(
    "amount", QT_TRANSLATE_NOOP("Columns", "Amount"), Kind.MONEY, 1.2
)
REASON: Field[TransferRow] = attr_field("reason", QT_TRANSLATE_NOOP("Columns", "Reason"), weight=3)
SUBMITTED: Field[Any] = attr_field(
    "submitted", QT_TRANSLATE_NOOP("Columns", "Submitted"), Kind.DATETIME, attr="submitted_at"
)
DECIDED: Field[TransferRow] = attr_field(
    "decided", QT_TRANSLATE_NOOP("Columns", "Decided"), Kind.DATETIME, attr="decided_at"
)

TRANSFERS: tuple[Field[TransferRow], ...] = (
    NUMBER,
    TITLE,
    TRANSFER_FROM,
    TRANSFER_TO,
    TRANSFER_AMOUNT,
    STATUS,
    REASON,
    SUBMITTED,
    DECIDED,
)

# --- commitments (figures.CommitmentFigures) ---------------------------------------------
CONTRACTOR: Field[Any] = replace(shared.CONTRACTOR, weight=1.6)
COMMITMENT_FIGURES: tuple[Field[CommitmentFigures], ...] = (
    _money(
        "original",
        QT_TRANSLATE_NOOP("Columns", "Original value"),
        QT_TRANSLATE_NOOP("Columns", "Original"),
    ),
    _money(
        "approved_changes",
        QT_TRANSLATE_NOOP("Columns", "Approved changes"),
        QT_TRANSLATE_NOOP("Columns", "Changes"),
    ),
    _money(
        "contract_sum",
        QT_TRANSLATE_NOOP("Columns", "Contract sum to date"),
        QT_TRANSLATE_NOOP("Columns", "Contract sum"),
    ),
    _money(
        "certified_to_date",
        QT_TRANSLATE_NOOP("Columns", "Completed to date"),
        QT_TRANSLATE_NOOP("Columns", "Completed"),
    ),
    _money(
        "retainage_held",
        QT_TRANSLATE_NOOP("Columns", "Retainage held"),
        QT_TRANSLATE_NOOP("Columns", "Retainage"),
    ),
    _money(
        "paid_to_date",
        QT_TRANSLATE_NOOP("Columns", "Certified for payment"),
        QT_TRANSLATE_NOOP("Columns", "Paid"),
    ),
    _money(
        "balance",
        QT_TRANSLATE_NOOP("Columns", "Balance to pay"),
        QT_TRANSLATE_NOOP("Columns", "Balance"),
    ),
)
COMMITMENTS: tuple[Field[CommitmentFigures], ...] = (
    NUMBER,
    TITLE,
    CONTRACTOR,
    STATUS,
    *COMMITMENT_FIGURES,
)

# --- pay applications (queries.PayAppRow) -------------------------------------------------
PAY_APPLICATIONS: tuple[Field[PayAppRow], ...] = (
    NUMBER,
    attr_field(
        "commitment",
        QT_TRANSLATE_NOOP("Columns", "Commitment"),
        weight=0.8,
        attr="commitment_number",
    ),
    attr_field(
        "application_no",
        QT_TRANSLATE_NOOP("Columns", "Application no."),
        Kind.INT,
        0.5,
        short=QT_TRANSLATE_NOOP("Columns", "No."),
    ),
    CONTRACTOR,
    TITLE,
    attr_field("period_start", QT_TRANSLATE_NOOP("Columns", "Period from"), Kind.DATE),
    attr_field("period_end", QT_TRANSLATE_NOOP("Columns", "Period to"), Kind.DATE),
    attr_field("received", QT_TRANSLATE_NOOP("Columns", "Received"), Kind.DATE, attr="received_on"),
    STATUS,
    _money("withholding", QT_TRANSLATE_NOOP("Columns", "Withholding")),
    attr_field("withholding_reason", QT_TRANSLATE_NOOP("Columns", "Withholding reason"), weight=2),
    _money("retainage_released", QT_TRANSLATE_NOOP("Columns", "Retainage released")),
    _money(
        "certified_amount",
        QT_TRANSLATE_NOOP("Columns", "Current payment due"),
        QT_TRANSLATE_NOOP("Columns", "Payment due"),
    ),
    attr_field("certified_at", QT_TRANSLATE_NOOP("Columns", "Certified"), Kind.DATETIME),
    attr_field("certified_by", QT_TRANSLATE_NOOP("Columns", "Certified by")),
)
