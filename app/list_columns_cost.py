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

from dataclasses import dataclass
from typing import Any

from executrek.app.columns import QT_TRANSLATE_NOOP, Field, Kind
from executrek.app.i18n import translate
from executrek.models.records.cost.figures import CommitmentFigures, LineFigures
from executrek.models.records.cost.queries import PayAppRow, TransferRow


def _t(text: str) -> str:
    return QT_TRANSLATE_NOOP("Columns", text)


def currency(code: str) -> Field[Any]:
    """The Currency column of a project in ``code``."""
    return Field("currency", _t("Currency"), lambda _row: code, weight=0.6)


# --- budget lines (figures.LineFigures) --------------------------------------------------
NUMBER: Field[Any] = Field("number", _t("Number"), lambda r: r.number, weight=0.8)
COST_CODE: Field[LineFigures] = Field("cost_code", _t("Cost code"), lambda r: r.cost_code)
COST_CODE_NAME: Field[LineFigures] = Field(
    "cost_code_name", _t("Cost code name"), lambda r: r.cost_code_name, weight=2
)
TITLE: Field[Any] = Field("title", _t("Title"), lambda r: r.title, weight=2.4)
CATEGORY: Field[LineFigures] = Field(
    "category", _t("Category"), lambda r: r.category.value, Kind.WORDS
)
STATUS: Field[Any] = Field("status", _t("Status"), lambda r: str(r.status), Kind.STATUS)


def _money(key: str, title: str, attribute: str, short: str | None = None) -> Field[Any]:
    return Field(key, title, lambda r: getattr(r, attribute), Kind.MONEY, 1.2, short=short)


ORIGINAL = _money("original", _t("Original budget"), "original", _t("Original"))
TRANSFERS_IN = _money("transfers_in", _t("Transfers in"), "transfers_in")
TRANSFERS_OUT = _money("transfers_out", _t("Transfers out"), "transfers_out")
APPROVED = _money("approved_budget", _t("Approved budget"), "approved_budget", _t("Approved"))
COMMITTED = _money("committed", _t("Committed"), "committed")
COST_TO_DATE = _money("cost_to_date", _t("Cost to date"), "cost_to_date", _t("To date"))
PENDING = _money(
    "pending_weighted", _t("Pending changes (weighted)"), "pending_weighted", _t("Pending")
)
UNCOMMITTED = _money("uncommitted", _t("Uncommitted"), "uncommitted")
EAC = _money("eac", _t("Estimate at completion"), "eac", _t("EAC"))
VARIANCE = _money("variance", _t("Variance"), "variance")

FIGURES: tuple[Field[LineFigures], ...] = (
    ORIGINAL,
    TRANSFERS_IN,
    TRANSFERS_OUT,
    APPROVED,
    COMMITTED,
    COST_TO_DATE,
    PENDING,
    UNCOMMITTED,
    EAC,
    VARIANCE,
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


FUNDING: Field[BudgetExportRow] = Field("funding", _t("Funding"), lambda r: r.funding, weight=1.4)


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


TRANSFER_FROM: Field[TransferRow] = Field("from_line", _t("From"), _from_line, weight=2)
TRANSFER_TO: Field[TransferRow] = Field("to_line", _t("To"), _to_line, weight=2)
TRANSFER_AMOUNT: Field[TransferRow] = Field(
    "amount", _t("Amount"), lambda r: r.amount, Kind.MONEY, 1.2
)
REASON: Field[TransferRow] = Field("reason", _t("Reason"), lambda r: r.reason, weight=3)
SUBMITTED: Field[Any] = Field("submitted", _t("Submitted"), lambda r: r.submitted_at, Kind.DATETIME)
DECIDED: Field[TransferRow] = Field("decided", _t("Decided"), lambda r: r.decided_at, Kind.DATETIME)

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
CONTRACTOR: Field[Any] = Field("contractor", _t("Contractor"), lambda r: r.contractor, weight=1.6)
COMMITMENT_FIGURES: tuple[Field[CommitmentFigures], ...] = (
    _money("original", _t("Original value"), "original", _t("Original")),
    _money("approved_changes", _t("Approved changes"), "approved_changes", _t("Changes")),
    _money("contract_sum", _t("Contract sum to date"), "contract_sum", _t("Contract sum")),
    _money("certified_to_date", _t("Completed to date"), "certified_to_date", _t("Completed")),
    _money("retainage_held", _t("Retainage held"), "retainage_held", _t("Retainage")),
    _money("paid_to_date", _t("Certified for payment"), "paid_to_date", _t("Paid")),
    _money("balance", _t("Balance to pay"), "balance", _t("Balance")),
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
    Field("commitment", _t("Commitment"), lambda r: r.commitment_number, weight=0.8),
    Field(
        "application_no",
        _t("Application no."),
        lambda r: r.application_no,
        Kind.INT,
        0.5,
        short=_t("No."),
    ),
    CONTRACTOR,
    TITLE,
    Field("period_start", _t("Period from"), lambda r: r.period_start, Kind.DATE),
    Field("period_end", _t("Period to"), lambda r: r.period_end, Kind.DATE),
    Field("received", _t("Received"), lambda r: r.received_on, Kind.DATE),
    STATUS,
    _money("withholding", _t("Withholding"), "withholding"),
    Field("withholding_reason", _t("Withholding reason"), lambda r: r.withholding_reason, weight=2),
    _money("retainage_released", _t("Retainage released"), "retainage_released"),
    _money("certified_amount", _t("Current payment due"), "certified_amount", _t("Payment due")),
    Field("certified_at", _t("Certified"), lambda r: r.certified_at, Kind.DATETIME),
    Field("certified_by", _t("Certified by"), lambda r: r.certified_by),
)
