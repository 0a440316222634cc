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

from executrek.models.change_order import KIND as CHANGE_ORDER
from executrek.models.errors import ValidationError
from executrek.models.inspection import KIND as INSPECTION
from executrek.models.issue import KIND as ISSUE
from executrek.models.punch import KIND as PUNCH
from executrek.models.records.kind import NumberSeries, RecordKind
from executrek.models.records.risk.model import KIND as RISK

KINDS: tuple[RecordKind, ...] = (PUNCH, ISSUE, CHANGE_ORDER, INSPECTION, RISK)

BY_KEY: dict[str, RecordKind] = {k.key: k for k in KINDS}
BY_TABLE: dict[str, RecordKind] = {k.table: k for k in KINDS}

# Records that photos, comments and links attach to without being a kind of their own.
ATTACHABLE_PARTS: dict[str, str] = {
    "project": "projects",
    "location": "locations",
    "inspection_item": "inspection_items",
}
RECORD_TYPES = frozenset(BY_KEY) | frozenset(ATTACHABLE_PARTS)
# Table → record type, for every table whose rows a person can be shown by name.
RECORD_TYPE_OF_TABLE: dict[str, str] = {k.table: k.key for k in KINDS} | {
    table: key for key, table in ATTACHABLE_PARTS.items() if key != "project"
}


def kind(key: str) -> RecordKind:
    """The kind called ``key``; ``ValidationError`` for a key no kind has."""
    found = BY_KEY.get(key)
    if found is None:
        raise ValidationError("record_type", "Unknown record type '{value}'.", value=key)
    return found


def by_prefix() -> dict[str, tuple[RecordKind, NumberSeries]]:
    """Number prefix (``PI``, ``NCR``, ``CO``…) → its kind and series."""
    return {s.prefix: (k, s) for k in KINDS for s in k.series}


def counter_keys() -> dict[str, str]:
    """Number prefix → the central database's counter key (``NCR`` →
    ``contractor_issues:non_conformance``)."""
    return {s.prefix: s.counter for k in KINDS for s in k.series}
