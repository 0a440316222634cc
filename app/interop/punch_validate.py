"""Turn source rows into :class:`PunchRecord` values, with a precise reason for every refusal."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from types import MappingProxyType

from executrek.app.i18n import translate
from executrek.app.interop.column_mapping import ColumnMapping
from executrek.app.interop.dates import (
    AmbiguousDateError,
    DateOrder,
    NotADateError,
    detect_date_order,
    parse_date,
)
from executrek.app.interop.errors import InteropError
from executrek.app.interop.punch_fields import (
    DATE_FIELDS,
    MAX_DESCRIPTION_LENGTH,
    MAX_NAME_LENGTH,
    MAX_TITLE_LENGTH,
    PunchField,
    PunchPriority,
    PunchRecord,
    PunchStatus,
    field_label,
    split_location,
)
from executrek.app.interop.punch_vocab import map_priority, map_status, priority_from_status
from executrek.app.interop.table_model import CellValue, cell_text, is_blank

_TEXT_FIELDS = (
    PunchField.DESCRIPTION,
    PunchField.TRADE,
    PunchField.RESPONSIBLE_CONTRACTOR,
    PunchField.ASSIGNEE,
    PunchField.EXTERNAL_ID,
    PunchField.CREATED_BY,
    PunchField.MANAGER,
    PunchField.FINAL_APPROVER,
)


@dataclass(frozen=True)
class SourceRow:
    """One data row as read. ``row_number`` is 1-based as the spreadsheet or editor shows it;
    ``uncached`` lists columns holding a formula that was never calculated."""

    row_number: int
    cells: tuple[CellValue, ...]
    uncached: frozenset[int] = frozenset()


@dataclass(frozen=True)
class RowResult:
    """``reason`` joins ``problems`` ("row 7: due date '31/02/2026' is not a date; …");
    ``values`` is None unless ``ok``."""

    row_number: int
    ok: bool
    reason: str
    values: PunchRecord | None
    problems: tuple[str, ...] = ()


@dataclass(frozen=True)
class UnknownValues:
    """Source words the vocabulary does not know, for a "map these values" dialog."""

    statuses: tuple[str, ...]
    priorities: tuple[str, ...]


def validate(rows: Iterable[SourceRow], mapping: ColumnMapping) -> list[RowResult]:
    """Check and convert every non-blank row; blank rows are skipped.

    :class:`InteropError` if a required field (the title) has no column.
    """
    return list(iter_validate(rows, mapping))


def iter_validate(rows: Iterable[SourceRow], mapping: ColumnMapping) -> Iterator[RowResult]:
    """``validate`` one row at a time (``rows`` is read twice: once for the date orders)."""
    missing = mapping.missing_required()
    if missing:
        raise InteropError(
            translate("Interop", "Choose a column for: {fields}.").format(
                fields=", ".join(field_label(f) for f in missing)
            )
        )
    orders = column_date_orders(rows, mapping)
    seen_numbers: dict[str, int] = {}
    for row in rows:
        if all(is_blank(cell) for cell in row.cells):
            continue
        yield _validate_row(row, mapping, orders, seen_numbers)


def column_date_orders(
    rows: Iterable[SourceRow], mapping: ColumnMapping
) -> dict[PunchField, DateOrder]:
    """The date order used for each mapped date column: the mapping's choice, or, with
    ``AUTO``, what the whole column proves (still ``AUTO`` if it proves nothing)."""
    orders: dict[PunchField, DateOrder] = {}
    for punch_field in DATE_FIELDS:
        indexes = mapping.columns_for(punch_field)
        if not indexes:
            continue
        if mapping.date_order is not DateOrder.AUTO:
            orders[punch_field] = mapping.date_order
        else:
            orders[punch_field] = detect_date_order(_cell(row, indexes[0]) for row in rows)
    return orders


def unknown_values(rows: Iterable[SourceRow], mapping: ColumnMapping) -> UnknownValues:
    statuses: dict[str, None] = {}
    priorities: dict[str, None] = {}
    for row in rows:
        status = _text(row, mapping.columns_for(PunchField.STATUS))
        if status and map_status(status, mapping.status_values) is None:
            statuses.setdefault(status)
        priority = _text(row, mapping.columns_for(PunchField.PRIORITY))
        if priority and map_priority(priority, mapping.priority_values) is None:
            priorities.setdefault(priority)
    return UnknownValues(tuple(statuses), tuple(priorities))


def _validate_row(
    row: SourceRow,
    mapping: ColumnMapping,
    orders: dict[PunchField, DateOrder],
    seen_numbers: dict[str, int],
) -> RowResult:
    number_row = row.row_number
    problems: list[str] = []

    title = _text(row, mapping.columns_for(PunchField.TITLE))
    if not title:
        problems.append(_empty_problem(row, mapping, PunchField.TITLE))
    elif len(title) > MAX_TITLE_LENGTH:
        problems.append(
            translate(
                "Interop", "row {row}: title is {length} characters long; at most {limit} fit"
            ).format(row=number_row, length=len(title), limit=MAX_TITLE_LENGTH)
        )

    number = _text(row, mapping.columns_for(PunchField.NUMBER)) or None
    if number is not None:
        earlier = seen_numbers.get(number)
        if earlier is not None:
            problems.append(
                translate(
                    "Interop", "row {row}: number '{value}' is already used on row {other}"
                ).format(row=number_row, value=number, other=earlier)
            )
        else:
            seen_numbers[number] = number_row

    dates: dict[PunchField, date | None] = {}
    for punch_field, order in orders.items():
        value = _cell(row, mapping.columns_for(punch_field)[0])
        try:
            dates[punch_field] = parse_date(value, order)
        except AmbiguousDateError:
            problems.append(
                translate(
                    "Interop",
                    "row {row}: {field} '{value}' could be day-first or month-first; choose the date order",
                ).format(row=number_row, field=field_label(punch_field), value=cell_text(value))
            )
        except NotADateError:
            problems.append(
                translate("Interop", "row {row}: {field} '{value}' is not a date").format(
                    row=number_row, field=field_label(punch_field), value=cell_text(value)
                )
            )

    status_text = _text(row, mapping.columns_for(PunchField.STATUS))
    status = map_status(status_text, mapping.status_values) if status_text else None
    if status_text and status is None:
        problems.append(_not_known(number_row, PunchField.STATUS, status_text, PunchStatus))

    priority_text = _text(row, mapping.columns_for(PunchField.PRIORITY))
    priority: PunchPriority | None = None
    if priority_text:
        priority = map_priority(priority_text, mapping.priority_values)
        if priority is None:
            problems.append(
                _not_known(number_row, PunchField.PRIORITY, priority_text, PunchPriority)
            )
    elif status_text:
        priority = priority_from_status(status_text)

    texts = {
        punch_field: _text(row, mapping.columns_for(punch_field)) or None
        for punch_field in _TEXT_FIELDS
    }
    location = _location(row, mapping.columns_for(PunchField.LOCATION))
    problems.extend(_too_long(number_row, texts, location))

    if problems:
        return RowResult(number_row, False, "; ".join(problems), None, tuple(problems))

    record = PunchRecord(
        title=title,
        number=number,
        description=texts[PunchField.DESCRIPTION],
        location=location,
        trade=texts[PunchField.TRADE],
        responsible_contractor=texts[PunchField.RESPONSIBLE_CONTRACTOR],
        priority=priority,
        status=status,
        due_date=dates.get(PunchField.DUE_DATE),
        created_date=dates.get(PunchField.CREATED_DATE),
        assignee=texts[PunchField.ASSIGNEE],
        external_id=texts[PunchField.EXTERNAL_ID],
        created_by=texts[PunchField.CREATED_BY],
        manager=texts[PunchField.MANAGER],
        final_approver=texts[PunchField.FINAL_APPROVER],
        extra=MappingProxyType(_extra(row, mapping)),
    )
    return RowResult(number_row, True, "", record, ())


_LIMITED: tuple[tuple[PunchField, int], ...] = (
    (PunchField.DESCRIPTION, MAX_DESCRIPTION_LENGTH),
    (PunchField.TRADE, MAX_NAME_LENGTH),
    (PunchField.RESPONSIBLE_CONTRACTOR, MAX_NAME_LENGTH),
    (PunchField.ASSIGNEE, MAX_NAME_LENGTH),
)


def _too_long(
    number_row: int, texts: dict[PunchField, str | None], location: tuple[str, ...]
) -> list[str]:
    """One reason per value longer than what we can store (a whole row is never lost to
    one over-long cell, and the others' problems are still listed)."""
    problems = []
    template = translate(
        "Interop", "row {row}: {field} is {length} characters long; at most {limit} fit"
    )
    for punch_field, limit in _LIMITED:
        text = texts[punch_field]
        if text is not None and len(text) > limit:
            problems.append(
                template.format(
                    row=number_row, field=field_label(punch_field), length=len(text), limit=limit
                )
            )
    for part in location:
        if len(part) > MAX_NAME_LENGTH:
            problems.append(
                template.format(
                    row=number_row,
                    field=field_label(PunchField.LOCATION),
                    length=len(part),
                    limit=MAX_NAME_LENGTH,
                )
            )
            break
    return problems


def _empty_problem(row: SourceRow, mapping: ColumnMapping, punch_field: PunchField) -> str:
    if any(index in row.uncached for index in mapping.columns_for(punch_field)):
        return translate(
            "Interop",
            "row {row}: {field} is a formula without a saved result; open the file in Excel and save it again",
        ).format(row=row.row_number, field=field_label(punch_field))
    return translate("Interop", "row {row}: {field} is empty").format(
        row=row.row_number, field=field_label(punch_field)
    )


def _not_known(row: int, punch_field: PunchField, value: str, choices: Iterable[StrEnum]) -> str:
    """A status or priority the mapping does not turn into one of ``choices``."""
    return translate(
        "Interop", "row {row}: {field} '{value}' is not known; map it to one of: {choices}"
    ).format(
        row=row,
        field=field_label(punch_field),
        value=value,
        choices=", ".join(choice.value for choice in choices),
    )


def _cell(row: SourceRow, index: int) -> CellValue:
    return row.cells[index] if index < len(row.cells) else None


def _text(row: SourceRow, indexes: tuple[int, ...]) -> str:
    parts = [cell_text(_cell(row, index)) for index in indexes]
    return " ".join(part for part in parts if part)


def _location(row: SourceRow, indexes: tuple[int, ...]) -> tuple[str, ...]:
    if len(indexes) == 1:
        return split_location(cell_text(_cell(row, indexes[0])))
    return tuple(part for index in indexes if (part := cell_text(_cell(row, index))))


def _extra(row: SourceRow, mapping: ColumnMapping) -> dict[str, str]:
    extra: dict[str, str] = {}
    for index in mapping.unmapped_columns():
        text = cell_text(_cell(row, index))
        if not text:
            continue
        header = mapping.headers[index].strip() or translate("Interop", "Column {number}").format(
            number=index + 1
        )
        key = header
        suffix = 2
        while key in extra:
            key = f"{header} ({suffix})"
            suffix += 1
        extra[key] = text
    return extra
