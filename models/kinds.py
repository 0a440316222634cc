"""The registry of record kinds: one line per kind, every per-kind table derived from it.

``KINDS`` lists each kind's ``RecordKind`` (declared in its room, next to its table).
What used to be parallel tables keyed by kind strings is computed here: the record types
photos, comments and links attach to, number series → kind, the central database's
counter keys, the full-text search sources. A test (``tests/test_kinds.py``) checks that
every kind also has a page, export columns, a search source and a sync registration, so
a half-added kind fails CI. ``docs/architecture.md`` ("Adding a record kind") lists the
steps.
"""

from __future__ import annotations

from executrek.models.errors import QT_TRANSLATE_NOOP, ValidationError
from executrek.models.records.change_order.model import KIND as CHANGE_ORDER
from executrek.models.records.cost.budget_model import BUDGET_KIND, TRANSFER_KIND
from executrek.models.records.cost.commitment_model import KIND as COMMITMENT
from executrek.models.records.cost.commitment_model import PARTS as COMMITMENT_PARTS
from executrek.models.records.cost.payment_model import KIND as PAY_APPLICATION
from executrek.models.records.cost.payment_model import PARTS as PAYMENT_PARTS
from executrek.models.records.diary.entries import PARTS as DIARY_PARTS
from executrek.models.records.diary.model import KIND as DIARY
from executrek.models.records.inspection.model import KIND as INSPECTION
from executrek.models.records.issue.model import KIND as ISSUE
from executrek.models.records.kind import NumberSeries, RecordKind
from executrek.models.records.punch.model import KIND as PUNCH
from executrek.models.records.risk.model import KIND as RISK
from executrek.models.records.schedule.delay import DELAY_KIND as DELAY_EVENT
from executrek.models.records.schedule.model import KIND as SCHEDULE_UPDATE
from executrek.models.records.schedule.model import PARTS as SCHEDULE_PARTS

KINDS: tuple[RecordKind, ...] = (
    PUNCH,
    ISSUE,
    CHANGE_ORDER,
    INSPECTION,
    RISK,
    DIARY,
    SCHEDULE_UPDATE,
    DELAY_EVENT,
    BUDGET_KIND,
    TRANSFER_KIND,
    COMMITMENT,
    PAY_APPLICATION,
)

BY_KEY: dict[str, RecordKind] = {k.key: k for k in KINDS}
BY_TABLE: dict[str, RecordKind] = {k.table: k for k in KINDS}

# Records that photos, comments and links attach to without being a kind of their own.
ATTACHABLE_PARTS: dict[str, str] = {
    "project": "projects",
    "location": "locations",
    "inspection_item": "inspection_items",
    **DIARY_PARTS,
    **SCHEDULE_PARTS,
    **COMMITMENT_PARTS,
    **PAYMENT_PARTS,
}
RECORD_TYPES = frozenset(BY_KEY) | frozenset(ATTACHABLE_PARTS)
# Table → record type, for every table whose rows a person can be shown by name.
RECORD_TYPE_OF_TABLE: dict[str, str] = {k.table: k.key for k in KINDS} | {
    table: key for key, table in ATTACHABLE_PARTS.items() if key != "project"
}


def unknown_record_type(value: str) -> ValidationError:
    """The refusal of a record type that is none of ours."""
    return ValidationError(
        "record_type", QT_TRANSLATE_NOOP("Errors", "Unknown record type '{value}'."), value=value
    )


def kind(key: str) -> RecordKind:
    """The kind called ``key``; ``ValidationError`` for a key no kind has."""
    found = BY_KEY.get(key)
    if found is None:
        raise unknown_record_type(key)
    return found


def by_prefix() -> dict[str, tuple[RecordKind, NumberSeries]]:
    """Number prefix (``PI``, ``NCR``, ``CO``…) → its kind and series."""
    return {s.prefix: (k, s) for k in KINDS for s in k.series}


def counter_keys() -> dict[str, str]:
    """Number prefix → the central database's counter key (``NCR`` →
    ``contractor_issues:non_conformance``)."""
    return {s.prefix: s.counter for k in KINDS for s in k.series}
