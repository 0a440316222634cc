"""The contractor issue's number series, one per issue type (``NCR-012``, ``RFI-003``…),
apart from its table so the first screen can show numbers before the database layer
loads."""

from __future__ import annotations

from executrek.models.records.kind import NumberSeries
from executrek.models.vocab import ISSUE_PREFIX

SERIES = tuple(
    NumberSeries(prefix, 3, f"contractor_issues:{kind.value}", kind.value)
    for kind, prefix in ISSUE_PREFIX.items()
)
