"""Which source column feeds which punch field, plus the user's value and date choices.

A mapping is remembered per *header signature* (a hash of the header row), so the next
file with the same columns imports without questions. It is saved as JSON that names
columns by header text, which keeps it readable.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from types import MappingProxyType

from executrek.app.i18n import translate
from executrek.app.interop.dates import DateOrder
from executrek.app.interop.errors import InteropError
from executrek.app.interop.punch_fields import (
    REQUIRED_FIELDS,
    PunchField,
    PunchPriority,
    PunchStatus,
)
from executrek.app.interop.punch_layouts import (
    Layout,
    auto_columns,
    detect_layout,
    normalize_header,
)
from executrek.app.interop.punch_vocab import normalize_value

_JSON_VERSION = 1


def _no_statuses() -> Mapping[str, PunchStatus]:
    return MappingProxyType({})


def _no_priorities() -> Mapping[str, PunchPriority]:
    return MappingProxyType({})


@dataclass(frozen=True)
class ColumnMapping:
    """``columns`` maps a field to the indexes of the source columns it reads (several are
    joined as location tiers). ``status_values``/``priority_values`` map a source value
    (as :func:`normalize_value` gives it) to ours, overriding the built-in vocabulary."""

    headers: tuple[str, ...]
    columns: Mapping[PunchField, tuple[int, ...]]
    layout: Layout = Layout.GENERIC
    date_order: DateOrder = DateOrder.AUTO
    status_values: Mapping[str, PunchStatus] = field(default_factory=_no_statuses)
    priority_values: Mapping[str, PunchPriority] = field(default_factory=_no_priorities)

    @property
    def signature(self) -> str:
        return header_signature(self.headers)

    def columns_for(self, punch_field: PunchField) -> tuple[int, ...]:
        return self.columns.get(punch_field, ())

    def missing_required(self) -> tuple[PunchField, ...]:
        return tuple(f for f in PunchField if f in REQUIRED_FIELDS and not self.columns_for(f))

    def unmapped_columns(self) -> tuple[int, ...]:
        used = {index for indexes in self.columns.values() for index in indexes}
        return tuple(index for index in range(len(self.headers)) if index not in used)

    def with_columns(self, punch_field: PunchField, *indexes: int) -> ColumnMapping:
        """A copy where ``punch_field`` reads ``indexes`` (none: unmapped); a column moved
        here stops feeding the field it fed before."""
        for index in indexes:
            if not 0 <= index < len(self.headers):
                raise InteropError(
                    translate("Interop", "Column {index} does not exist in this file.").format(
                        index=index + 1
                    )
                )
        taken = set(indexes)
        columns: dict[PunchField, tuple[int, ...]] = {}
        for other, other_indexes in self.columns.items():
            if other is punch_field:
                continue
            kept = tuple(index for index in other_indexes if index not in taken)
            if kept:
                columns[other] = kept
        if indexes:
            columns[punch_field] = tuple(indexes)
        return replace(self, columns=MappingProxyType(columns))

    def with_date_order(self, order: DateOrder) -> ColumnMapping:
        return replace(self, date_order=order)

    def with_status_value(self, source_value: str, status: PunchStatus) -> ColumnMapping:
        values = dict(self.status_values)
        values[normalize_value(source_value)] = status
        return replace(self, status_values=MappingProxyType(values))

    def with_priority_value(self, source_value: str, priority: PunchPriority) -> ColumnMapping:
        values = dict(self.priority_values)
        values[normalize_value(source_value)] = priority
        return replace(self, priority_values=MappingProxyType(values))


def header_signature(headers: Sequence[str]) -> str:
    """A stable key for a header row: same columns in the same order → same signature."""
    canonical = "\x1f".join(normalize_header(header) for header in headers)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def detect_mapping(headers: Sequence[str]) -> ColumnMapping:
    """The layout and the best column guess for ``headers``."""
    layout = detect_layout(headers)
    return ColumnMapping(
        headers=tuple(headers),
        columns=MappingProxyType(auto_columns(headers, layout)),
        layout=layout,
    )


def mapping_to_json(mapping: ColumnMapping) -> str:
    columns = {
        punch_field.value: [mapping.headers[index] for index in indexes]
        for punch_field, indexes in mapping.columns.items()
    }
    document = {
        "version": _JSON_VERSION,
        "signature": mapping.signature,
        "layout": mapping.layout.value,
        "date_order": mapping.date_order.value,
        "columns": columns,
        "status_values": {key: value.value for key, value in mapping.status_values.items()},
        "priority_values": {key: value.value for key, value in mapping.priority_values.items()},
    }
    return json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True)


def mapping_from_json(text: str, headers: Sequence[str]) -> ColumnMapping:
    """Rebuild a saved mapping for a file whose header row is ``headers``.

    :class:`InteropError` if the JSON is not a saved mapping or names a column the file lacks.
    """
    try:
        document = json.loads(text)
        if not isinstance(document, dict) or document.get("version") != _JSON_VERSION:
            raise ValueError("not a version 1 column mapping")
        layout = Layout(document.get("layout", Layout.GENERIC.value))
        date_order = DateOrder(document.get("date_order", DateOrder.AUTO.value))
        raw_columns = document.get("columns", {})
        status_values = {
            str(key): PunchStatus(value)
            for key, value in dict(document.get("status_values", {})).items()
        }
        priority_values = {
            str(key): PunchPriority(value)
            for key, value in dict(document.get("priority_values", {})).items()
        }
        if not isinstance(raw_columns, dict):
            raise ValueError("columns must be an object")
        columns = {
            PunchField(key): _resolve(headers, [str(name) for name in names])
            for key, names in raw_columns.items()
        }
    except (ValueError, TypeError, AttributeError) as exc:
        raise InteropError(
            translate("Interop", "The saved column mapping cannot be read ({detail}).").format(
                detail=str(exc)
            )
        ) from exc
    return ColumnMapping(
        headers=tuple(headers),
        columns=MappingProxyType({key: value for key, value in columns.items() if value}),
        layout=layout,
        date_order=date_order,
        status_values=MappingProxyType(status_values),
        priority_values=MappingProxyType(priority_values),
    )


def _resolve(headers: Sequence[str], names: list[str]) -> tuple[int, ...]:
    """Header names → indexes; a name listed twice takes its next occurrence."""
    indexes: list[int] = []
    for name in names:
        wanted = normalize_header(name)
        found = next(
            (
                index
                for index, header in enumerate(headers)
                if normalize_header(header) == wanted and index not in indexes
            ),
            None,
        )
        if found is None:
            raise InteropError(
                translate(
                    "Interop",
                    "The saved column mapping uses the column “{name}”, which this file does not have.",
                ).format(name=name)
            )
        indexes.append(found)
    return tuple(indexes)
