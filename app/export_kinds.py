"""The lists ``executrek export`` and the screens' "Export…" write, and the formats each
takes. Kept free of heavy imports: the CLI builds its parser from these names before
any command runs."""

from __future__ import annotations

# The owner's cost lists (``app/interop/cost_export.py``), filtered by status only.
COST_LISTS = ("budget", "budget-transfers", "commitments", "pay-applications")
KINDS = (
    "punch",
    "inspections",
    "change-orders",
    "issues",
    "risks",
    "diary",
    "schedule",
    "delay_events",
    *COST_LISTS,
)
LIST_FORMATS = ("csv", "xlsx")
PUNCH_ONLY_FORMATS = ("procore", "procore_deficiency")


def formats_for(kind: str) -> tuple[str, ...]:
    """The formats a list of ``kind`` is written in (punch items also as Procore templates)."""
    return LIST_FORMATS + PUNCH_ONLY_FORMATS if kind == "punch" else LIST_FORMATS
