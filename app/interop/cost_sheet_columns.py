"""The columns a budget or schedule-of-values sheet may have, the header names each is
known by (best first: a sheet with "Original budget" and "Approved budget" loads the
original), and the words people use for cost categories."""

from __future__ import annotations

from dataclasses import dataclass

from executrek.app.columns import QT_TRANSLATE_NOOP
from executrek.app.interop.punch_layouts import normalize_header
from executrek.models.records.cost.vocab import CostCategory


@dataclass(frozen=True)
class SheetColumn:
    """A column the reader looks for: ``label`` is its name in the user's words (context
    "Columns"), ``aliases`` the normalised headers that name it, best first."""

    key: str
    label: str
    aliases: tuple[str, ...]
    required: bool = False
    max_len: int | None = None


def _column(
    key: str, label: str, aliases: str, *, required: bool = False, max_len: int | None = None
) -> SheetColumn:
    names = tuple(normalize_header(alias) for alias in aliases.split("|"))
    return SheetColumn(key, label, names, required, max_len)


BUDGET_COLUMNS: tuple[SheetColumn, ...] = (
    _column(
        "code",
        QT_TRANSLATE_NOOP("Columns", "Cost code"),
        "Cost code|Code|Costcode|Cost code no|Cost code number|Account code|Budget code|"
        "WBS code|CBS code",
        required=True,
        max_len=32,
    ),
    _column(
        "parent", QT_TRANSLATE_NOOP("Columns", "Parent code"), "Parent code|Parent", max_len=32
    ),
    _column(
        "code_name",
        QT_TRANSLATE_NOOP("Columns", "Cost code name"),
        "Cost code name|Code name|Cost code description|Code description|Code title",
        max_len=200,
    ),
    _column(
        "title",
        QT_TRANSLATE_NOOP("Columns", "Description"),
        "Title|Description|Budget line|Line item|Item|Budget item|Name",
        max_len=300,
    ),
    _column(
        "amount",
        QT_TRANSLATE_NOOP("Columns", "Amount"),
        "Original budget|Original amount|Budget|Amount|Budget amount|Original|Value|Total",
        required=True,
    ),
    _column(
        "category",
        QT_TRANSLATE_NOOP("Columns", "Category"),
        "Category|Cost category|Cost type|Hard/soft|Type",
    ),
    _column(
        "funding",
        QT_TRANSLATE_NOOP("Columns", "Funding"),
        "Funding|Funding source|Fund|Source of funds",
        max_len=200,
    ),
)

SOV_COLUMNS: tuple[SheetColumn, ...] = (
    _column(
        "item",
        QT_TRANSLATE_NOOP("Columns", "Item"),
        "Item|Item no|Item number|Item #|No|#|Ref|Line",
        max_len=32,
    ),
    _column(
        "description",
        QT_TRANSLATE_NOOP("Columns", "Description"),
        "Description|Description of work|Work|Title",
        required=True,
        max_len=400,
    ),
    _column(
        "amount",
        QT_TRANSLATE_NOOP("Columns", "Scheduled value"),
        "Scheduled value|Scheduled values|SOV value|Contract value|Value|Amount|Total",
        required=True,
    ),
    _column(
        "cost_code",
        QT_TRANSLATE_NOOP("Columns", "Cost code"),
        "Cost code|Code|Costcode",
        max_len=32,
    ),
    _column(
        "activities",
        QT_TRANSLATE_NOOP("Columns", "Activity codes"),
        "Activity codes|Activity code|Activities|Activity ID|Activity IDs|Schedule activities",
    ),
)

# Category words as people write them (lower case, letters and digits only) → ours.
CATEGORY_WORDS: dict[str, CostCategory] = {
    **{c.value: c for c in CostCategory},
    "hard": CostCategory.CONSTRUCTION,
    "hardcost": CostCategory.CONSTRUCTION,
    "hardcosts": CostCategory.CONSTRUCTION,
    "works": CostCategory.CONSTRUCTION,
    "designfees": CostCategory.DESIGN,
    "professionalfees": CostCategory.DESIGN,
    "fee": CostCategory.FEES,
    "legal": CostCategory.FEES,
    "permit": CostCategory.PERMITS,
    "permitsandapprovals": CostCategory.PERMITS,
    "insurances": CostCategory.INSURANCE,
    "furniture": CostCategory.FFE,
    "furniturefixturesandequipment": CostCategory.FFE,
    "ownerscontingency": CostCategory.CONTINGENCY,
    "ownercontingency": CostCategory.CONTINGENCY,
    "pmofees": CostCategory.PMO,
    "projectmanagement": CostCategory.PMO,
    "soft": CostCategory.OTHER,
    "softcost": CostCategory.OTHER,
    "softcosts": CostCategory.OTHER,
}
