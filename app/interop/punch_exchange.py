"""Punch lists between files and a project: import (CSV/TSV/XLSX in our, Procore,
Procore "Deficiency", Fieldwire or any layout) and export (ours as CSV/XLSX, the Procore
templates).

Import: read, apply the remembered column mapping, validate every row (a reason per bad
row), then hand the good rows to :func:`imports.import_punch_items`, which writes them
in one unit of work. A row's identity (its ``external_ref``) is the file's reference /
external id, else its number, else a hash of its text, so a second import of the same
file updates instead of duplicating. Our own exports carry each item's id as the
reference, so importing them back into the same project matches the originals.

The file is validated row by row as it is read again from disk (``punch_rows``); only
the good rows, as compact ``PunchRow`` values, are kept: 100,000 rows import in well
under 300 MB. Every problem row is counted; the first ``LISTED_PROBLEMS`` are listed
with their row numbers, then "… and N more rows refused". Nothing is written before
the whole file has been checked. The "Created Date" column (ours, Fieldwire's
"Created", Procore's when a file has one) becomes a new item's creation date; the
import itself is recorded in the first status event's note ("Imported from FILE on
DATE TIME") and in the item's last-changed time.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

from executrek.app.i18n import translate
from executrek.app.import_mappings import MappingMemory
from executrek.app.interop.errors import InteropError
from executrek.app.interop.exchange_result import ExchangeResult
from executrek.app.interop.punch_export import write_punch_csv, write_punch_xlsx
from executrek.app.interop.punch_fields import (
    PunchPriority,
    PunchRecord,
)
from executrek.app.interop.punch_fields import PunchStatus as FileStatus
from executrek.app.interop.punch_layouts import Layout
from executrek.app.interop.punch_table import (
    ColumnMapping,
    PunchTable,
    read_punch_table,
)
from executrek.app.interop.punch_validate import iter_validate
from executrek.models import clock
from executrek.models.records.punch import exchange as punch_exchange
from executrek.models.records.punch import queries as punch_queries
from executrek.models.records.punch.list_page import PunchFilter
from executrek.models.records.punch.model import Priority, PunchStatus
from executrek.models.services import imports
from executrek.models.store import Store

Progress = Callable[[int, int], None]
T = TypeVar("T")

#: Problem rows listed by their reason (the rest are counted).
LISTED_PROBLEMS = 50
#: Problem rows whose reason the preview grid can show (it shows the first 500 rows).
_KEPT_PROBLEMS = 500

# format name → (file kind, layout)
EXPORT_FORMATS: dict[str, tuple[str, Layout]] = {
    "csv": ("csv", Layout.EXECUTREK),
    "xlsx": ("xlsx", Layout.EXECUTREK),
    "procore": ("xlsx", Layout.PROCORE),
    "procore_deficiency": ("xlsx", Layout.PROCORE_DEFICIENCY),
}


@dataclass(frozen=True)
class PunchPlan:
    """Validated rows, ready to import: the good ones as service rows; of the bad ones
    the first ``LISTED_PROBLEMS`` reasons (``rejected``, then one "… and N more" line),
    how many there are (``refused``), and the reasons by row number for the first rows
    (``problems``, what the preview grid shows)."""

    table: PunchTable
    mapping: ColumnMapping
    rows: tuple[imports.ImportedPunchItem, ...]
    rejected: tuple[str, ...]
    problems: Mapping[int, str]  # row number as the file shows it → reason
    refused: int = 0


def read_punch(path: Path, memory: MappingMemory | None = None) -> PunchTable:
    """The file with the remembered mapping for its columns applied (if there is one)."""
    table = read_punch_table(path)
    if memory is not None:
        saved = memory.recall(table.headers)
        if saved is not None:
            table = replace(table, mapping=saved, layout=saved.layout)
    return table


def plan_punch(table: PunchTable, mapping: ColumnMapping | None = None) -> PunchPlan:
    chosen = mapping or table.mapping
    today = clock.today()
    rows: list[imports.ImportedPunchItem] = []
    listed: list[str] = []
    problems: dict[int, str] = {}
    refused = 0
    seen: dict[str, int] = {}
    shared: dict[Any, Any] = {}

    def refuse(row_number: int, reason: str) -> None:
        nonlocal refused
        refused += 1
        if len(listed) < LISTED_PROBLEMS:
            listed.append(reason)
        if len(problems) < _KEPT_PROBLEMS:
            problems[row_number] = reason

    for result in iter_validate(table.rows, chosen):
        if not result.ok or result.values is None:
            refuse(result.row_number, result.reason)
            continue
        created = result.values.created_date
        if created is not None and created > today:
            refuse(result.row_number, _future(result.row_number, created))
            continue
        row = punch_row(result.values, chosen.layout, shared)
        first = seen.get(row.ref)
        if first is not None:
            reason = translate("Exchange", "row {row}: the same item as row {first}").format(
                row=result.row_number, first=first
            )
            refuse(result.row_number, reason)
            continue
        seen[row.ref] = result.row_number
        rows.append(row)
    if refused > len(listed):
        listed.append(
            translate("Exchange", "… and {count} more row(s) refused").format(
                count=refused - len(listed)
            )
        )
    return PunchPlan(table, chosen, tuple(rows), tuple(listed), problems, refused)


def _future(row_number: int, day: date) -> str:
    return translate(
        "Exchange", "row {row}: created date {date} is in the future; check the date order"
    ).format(row=row_number, date=day.isoformat())


def punch_row(
    record: PunchRecord, layout: Layout, shared: dict[Any, Any] | None = None
) -> imports.ImportedPunchItem:
    """The service's row for a record. With ``shared``, values that repeat from row to
    row (locations, trades, names, dates) are kept once for the whole file."""
    pool: dict[Any, Any] = {} if shared is None else shared

    def once(value: T) -> T:
        return value if value is None else pool.setdefault(value, value)

    return imports.ImportedPunchItem(
        ref=row_ref(record, layout),
        title=record.title,
        description=once(record.description),
        location=once(record.location),
        trade=once(record.trade),
        contractor=once(record.responsible_contractor),
        assignee=once(record.assignee),
        priority=Priority(record.priority.value) if record.priority else None,
        status=PunchStatus(record.status.value) if record.status else None,
        due_date=once(record.due_date),
        keep_critical=layout in (Layout.PROCORE, Layout.PROCORE_DEFICIENCY),
        created_on=once(record.created_date),
    )


def row_ref(record: PunchRecord, layout: Layout) -> str:
    if record.external_id:
        return record.external_id.strip()[: imports.REF_MAX]
    if record.number:
        return f"{layout.value}#{record.number.strip()}"[: imports.REF_MAX]
    text = "\x1f".join((record.title, record.location_path, record.description or ""))
    return "row:" + hashlib.sha256(text.casefold().encode("utf-8")).hexdigest()[:40]


def import_punch(
    store: Store,
    project_id: str,
    path: Path,
    *,
    mapping: ColumnMapping | None = None,
    memory: MappingMemory | None = None,
    progress: Progress | None = None,
) -> ExchangeResult:
    table = read_punch(path, memory)
    return import_punch_plan(
        store, project_id, plan_punch(table, mapping), path, memory=memory, progress=progress
    )


def import_punch_plan(
    store: Store,
    project_id: str,
    plan: PunchPlan,
    path: Path,
    *,
    memory: MappingMemory | None = None,
    progress: Progress | None = None,
) -> ExchangeResult:
    at = clock.local_now().strftime("%Y-%m-%d %H:%M")
    note = translate("Exchange", "Imported from {name} on {when}").format(name=path.name, when=at)
    done = imports.import_punch_items(
        store, project_id, plan.rows, note=note[:4000], progress=progress
    )
    if memory is not None:
        memory.remember(plan.mapping)
    return ExchangeResult.of_import(
        "punch",
        path,
        done,
        rejected=plan.rejected,
        rejected_count=plan.refused,
        warnings=plan.table.warnings,
    )


def export_punch(
    store: Store,
    project_id: str,
    path: Path,
    fmt: str = "csv",
    flt: PunchFilter | None = None,
) -> ExchangeResult:
    """The project's punch items (those ``flt`` selects, as the punch list shows them)."""
    if fmt not in EXPORT_FORMATS:
        raise InteropError(
            translate(
                "Exchange", "Punch lists cannot be exported as “{format}”; choose one of: {all}."
            ).format(format=fmt, all=", ".join(EXPORT_FORMATS))
        )
    kind, layout = EXPORT_FORMATS[fmt]
    if path.suffix.lower() == ".csv":
        kind = "csv"
    elif path.suffix.lower() == ".xlsx":
        kind = "xlsx"
    records = [punch_record(row) for row in punch_queries.export_rows(store, project_id, flt)]
    writer = write_punch_csv if kind == "csv" else write_punch_xlsx
    count = writer(records, path, layout)
    return ExchangeResult(kind="punch", file=path, exported=count)


def punch_record(row: punch_exchange.PunchExportRow) -> PunchRecord:
    return PunchRecord(
        title=row.title,
        number=row.number,
        description=row.description,
        location=row.location,
        trade=row.trade,
        responsible_contractor=row.contractor,
        priority=PunchPriority(row.priority.value),
        status=FileStatus(row.status.value),
        due_date=row.due_date,
        created_date=row.created_date,
        assignee=row.assignee,
        external_id=row.external_ref or row.id,
        created_by=row.created_by,
    )
