"""The cost room's pick lists and number series (shared by its tables, services and the
screens; no SQLAlchemy here)."""

from __future__ import annotations

import enum

WIDTH = 3
BUDGET_SERIES = "BL"
TRANSFER_SERIES = "BT"
PAYMENT_SERIES = "PA"


class CostCategory(enum.StrEnum):
    """What a budget line pays for. ``CONSTRUCTION`` is the hard cost; the rest are soft
    costs (``HARD`` lists the hard ones)."""

    CONSTRUCTION = "construction"
    DESIGN = "design"
    FEES = "fees"
    PERMITS = "permits"
    INSURANCE = "insurance"
    FFE = "ffe"  # furniture, fixtures and equipment
    CONTINGENCY = "contingency"  # the owner's contingency
    PMO = "pmo"  # the PMO's own fees
    OTHER = "other"


HARD = frozenset({CostCategory.CONSTRUCTION})


class BudgetStatus(enum.StrEnum):
    ACTIVE = "active"
    CLOSED = "closed"  # no more spend expected; its remaining budget may be transferred


class TransferStatus(enum.StrEnum):
    DRAFT = "draft"
    PENDING = "pending"  # submitted for approval
    APPROVED = "approved"
    REJECTED = "rejected"
    VOID = "void"


class CommitmentType(enum.StrEnum):
    CONTRACT = "contract"
    PURCHASE_ORDER = "purchase_order"


COMMITMENT_PREFIX: dict[CommitmentType, str] = {
    CommitmentType.CONTRACT: "SC",
    CommitmentType.PURCHASE_ORDER: "PO",
}


class CommitmentStatus(enum.StrEnum):
    DRAFT = "draft"  # being set up; its schedule of values may still change
    EXECUTED = "executed"  # signed: the schedule of values is fixed (changes come by CO)
    CLOSED = "closed"  # final account agreed
    VOID = "void"


class PayAppStatus(enum.StrEnum):
    DRAFT = "draft"  # the claim is being entered from the contractor's application
    UNDER_REVIEW = "under_review"  # entered; the rep reviews it line by line
    CERTIFIED = "certified"  # signed payment certificate issued; never changes again
    REJECTED = "rejected"  # returned to the contractor as a whole
    VOID = "void"


class LineDecision(enum.StrEnum):
    PENDING = "pending"
    APPROVED = "approved"  # as claimed
    REDUCED = "reduced"  # approved in part, with a reason
    REJECTED = "rejected"  # nothing this period, with a reason
