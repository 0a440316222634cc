"""Export a module list (what its screen shows for the current filters) as CSV or XLSX.

Kinds: ``punch``, ``inspections``, ``change-orders``, ``issues``, ``risks``. Punch lists
use the punch exchange layout (it imports back); the other kinds are tables built here:

* XLSX: one sheet per table (inspections + responses, change orders + line items, issues
  + response thread), a bold frozen header row with an autofilter, column widths fitted
  to the content, dates and times as real date cells (local time), money and numbers as
  numbers with a number format. Text is always a text cell, so ``=…`` never runs.
* CSV: UTF-8 with a BOM (Excel opens it as UTF-8), comma separated, CRLF. A child table
  goes to its own file beside the main one: ``FILE`` stem + ``-responses.csv``,
  ``-lines.csv`` or ``-thread.csv``. Text a spreadsheet would run as a formula
  (``= + - @``) gets a leading ``'``. Dates are ISO ``YYYY-MM-DD``, times
  ``YYYY-MM-DD HH:MM`` local, money plain ``1234.50``.

Every file is written to a temporary name and renamed at the end, so a failure leaves the
previous file (or none), never half a file.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Callable, Sequence
from contextlib import ExitStack
from dataclasses import dataclass
from decimal import Decimal
from operator import itemgetter
from pathlib import Path
from typing import Any, TypeVar

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from executrek.app.i18n import translate
from executrek.app.interop.atomic_write import atomic_path
from executrek.app.interop.errors import InteropError
from executrek.app.interop.exchange_result import ExchangeResult
from executrek.app.interop.formula_guard import escape_formula
from executrek.models.records.risk import queries as risk_queries
from executrek.models.records.risk.queries import RiskFilter
from executrek.models.services import list_exports
from executrek.models.services.inspection_queries import InspectionFilter
from executrek.models.services.list_exports import (
    ChangeOrderFilter,
    IssueFilter,
    ListFilter,
)
from executrek.models.services.punch_list import PunchFilter
from executrek.models.store import Store

KINDS = ("punch", "inspections", "change-orders", "issues", "risks")
LIST_FORMATS = ("csv", "xlsx")
PUNCH_ONLY_FORMATS = ("procore", "procore_deficiency")

F = TypeVar("F")
Cell = str | int | Decimal | dt.date | dt.datetime | bool | None

# how a column is written: text, whole number, decimal, money, date, date and time, yes/no
TEXT, INT, DECIMAL, MONEY, DATE, DATETIME, YESNO = (
    "text",
    "int",
    "decimal",
    "money",
    "date",
    "datetime",
    "yesno",
)
NUMBER_FORMATS = {
    INT: "0",
    DECIMAL: "#,##0.00##",
    MONEY: "#,##0.00",
    DATE: "yyyy-mm-dd",
    DATETIME: "yyyy-mm-dd hh:mm",
}
MAX_WIDTH, MIN_WIDTH = 60, 8


@dataclass(frozen=True)
class Column:
    header: str
    kind: str
    get: Callable[[Any], Cell]


@dataclass(frozen=True)
class Table:
    title: str  # the sheet's name (at most 31 characters)
    csv_suffix: str  # "" for the main table; "-lines" etc. for a child table's CSV file
    columns: tuple[Column, ...]
    rows: Sequence[Any]


# --- public entry point -------------------------------------------------------------------
def export_list(
    store: Store,
    project_id: str,
    kind: str,
    path: Path,
    fmt: str | None = None,
    flt: ListFilter | None = None,
    *,
    contractor_ids: frozenset[str] = frozenset(),
) -> ExchangeResult:
    """Write ``kind`` for the project, narrowed by ``flt`` (the screen's filter), to ``path``.

    ``fmt`` defaults to the file's extension (``.xlsx`` → xlsx, else csv).
    ``contractor_ids`` narrows inspections (their screen has no contractor filter).
    """
    chosen = fmt or format_for(path)
    check_format(kind, chosen)
    if kind == "punch":
        from executrek.app.interop.punch_exchange import export_punch

        if flt is not None and not isinstance(flt, PunchFilter):
            raise TypeError(f"a punch export takes a PunchFilter, not {type(flt).__name__}")
        if chosen != "xlsx":
            return export_punch(store, project_id, path, chosen, flt)
        table = punch_table(store, project_id, flt)
        write_xlsx([table], path)
        return ExchangeResult(kind=kind, file=path, exported=len(table.rows))
    tables = list_tables(store, project_id, kind, flt, contractor_ids=contractor_ids)
    if chosen == "xlsx":
        write_xlsx(tables, path)
        files = [path] * len(tables)
    else:
        files = write_csv(tables, path)
    notes = tuple(
        translate("Exchange", "{title}: {count} row(s) in {name}").format(
            title=table.title, count=len(table.rows), name=file
        )
        for table, file in zip(tables[1:], files[1:], strict=True)
    )
    return ExchangeResult(kind=kind, file=path, exported=len(tables[0].rows), notes=notes)


def format_for(path: Path) -> str:
    return "xlsx" if path.suffix.lower() == ".xlsx" else "csv"


def check_format(kind: str, fmt: str) -> None:
    if kind not in KINDS:
        raise InteropError(
            translate("Exchange", "“{kind}” cannot be exported; choose one of: {all}.").format(
                kind=kind, all=", ".join(KINDS)
            )
        )
    allowed = LIST_FORMATS + PUNCH_ONLY_FORMATS if kind == "punch" else LIST_FORMATS
    if fmt not in allowed:
        raise InteropError(
            translate("Exchange", "{kind} cannot be exported as {format}; use {all}.").format(
                format=fmt, kind=kind, all=" or ".join(allowed)
            )
        )


def csv_files(path: Path, tables: Sequence[Table]) -> list[Path]:
    """The file each table goes to in a CSV export: the main one, then the children."""
    return [
        path.with_name(path.stem + t.csv_suffix + ".csv") if t.csv_suffix else path for t in tables
    ]


# --- tables -------------------------------------------------------------------------------
def punch_table(store: Store, project_id: str, flt: PunchFilter | None = None) -> Table:
    """The punch items in the punch exchange layout (so the workbook imports back)."""
    from executrek.app.interop.punch_exchange import punch_record
    from executrek.app.interop.punch_export import export_rows

    records = [punch_record(row) for row in list_exports.punch_items(store, project_id, flt)]
    headers, rows = export_rows(records)
    columns = tuple(
        Column(
            header,
            DATE if any(isinstance(row[index], dt.date) for row in rows) else TEXT,
            itemgetter(index),
        )
        for index, header in enumerate(headers)
    )
    return Table(translate("ListExport", "Punch items"), "", columns, rows)


def list_tables(
    store: Store,
    project_id: str,
    kind: str,
    flt: ListFilter | None = None,
    *,
    contractor_ids: frozenset[str] = frozenset(),
) -> list[Table]:
    if kind == "inspections":
        ins_flt = _expect(flt, InspectionFilter, InspectionFilter())
        data = list_exports.inspections(store, project_id, ins_flt, contractor_ids=contractor_ids)
        return [
            Table(
                translate("ListExport", "Inspections"), "", _inspection_columns(), data.inspections
            ),
            Table(
                translate("ListExport", "Responses"),
                "-responses",
                _response_columns(),
                data.responses,
            ),
        ]
    if kind == "change-orders":
        co_flt = _expect(flt, ChangeOrderFilter, ChangeOrderFilter())
        cos = list_exports.change_orders(store, project_id, co_flt)
        return [
            Table(translate("ListExport", "Change orders"), "", _co_columns(), cos.change_orders),
            Table(translate("ListExport", "Line items"), "-lines", _line_columns(), cos.lines),
        ]
    if kind == "issues":
        issue_flt = _expect(flt, IssueFilter, IssueFilter())
        found = list_exports.issues(store, project_id, issue_flt)
        return [
            Table(translate("ListExport", "Contractor issues"), "", _issue_columns(), found.issues),
            Table(
                translate("ListExport", "Response thread"),
                "-thread",
                _thread_columns(),
                found.thread,
            ),
        ]
    if kind == "risks":
        risk_flt = _expect(flt, RiskFilter, RiskFilter())
        rows = risk_queries.export_rows(store, project_id, risk_flt)
        return [Table(translate("ListExport", "Risks"), "", _risk_columns(), rows)]
    raise InteropError(
        translate("Exchange", "“{kind}” cannot be exported; choose one of: {all}.").format(
            kind=kind, all=", ".join(KINDS)
        )
    )


def _expect(flt: object, cls: type[F], default: F) -> F:
    if flt is None:
        return default
    if not isinstance(flt, cls):
        raise TypeError(f"expected a {cls.__name__}, got {type(flt).__name__}")
    return flt


def _words(value: str | None) -> str | None:
    """A stored value as words: ``in_progress`` → "In progress"."""
    if value is None:
        return None
    special = {
        "rfi": "RFI",
        "na": "N/A",
        "owners_rep": "Owner's rep",
        "request": "Change order request",
        "non_conformance": "Non-conformance",
    }
    return translate("Values", special.get(value, value.replace("_", " ").capitalize()))


def _inspection_columns() -> tuple[Column, ...]:
    return (
        Column(translate("ListExport", "Number"), TEXT, lambda r: r.number),
        Column(translate("ListExport", "Title"), TEXT, lambda r: r.title),
        Column(translate("ListExport", "Template"), TEXT, lambda r: r.template),
        Column(translate("ListExport", "Date"), DATE, lambda r: r.inspection_date),
        Column(translate("ListExport", "Location"), TEXT, lambda r: r.location),
        Column(translate("ListExport", "Contractor"), TEXT, lambda r: r.contractor),
        Column(translate("ListExport", "Inspector"), TEXT, lambda r: r.inspector),
        Column(translate("ListExport", "Status"), TEXT, lambda r: _words(r.status)),
        Column(translate("ListExport", "Result"), TEXT, lambda r: _words(r.result)),
        Column(translate("ListExport", "Score (%)"), DECIMAL, lambda r: r.score),
        Column(translate("ListExport", "Answered"), INT, lambda r: r.answered),
        Column(translate("ListExport", "Items"), INT, lambda r: r.total),
        Column(translate("ListExport", "Completed at"), DATETIME, lambda r: r.completed_at),
    )


def _response_columns() -> tuple[Column, ...]:
    return (
        Column(translate("ListExport", "Inspection"), TEXT, lambda r: r.inspection_number),
        Column(translate("ListExport", "Item no."), INT, lambda r: r.position),
        Column(translate("ListExport", "Section"), TEXT, lambda r: r.section),
        Column(translate("ListExport", "Item"), TEXT, lambda r: r.item),
        Column(translate("ListExport", "Answer"), TEXT, lambda r: r.answer),
        Column(translate("ListExport", "Result"), TEXT, lambda r: _words(r.result)),
        Column(translate("ListExport", "Note"), TEXT, lambda r: r.note),
        Column(translate("ListExport", "Responded by"), TEXT, lambda r: r.responded_by),
        Column(translate("ListExport", "Responded at"), DATETIME, lambda r: r.responded_at),
    )


def _co_columns() -> tuple[Column, ...]:
    return (
        Column(translate("ListExport", "Tier"), TEXT, lambda r: _words(r.tier)),
        Column(translate("ListExport", "Number"), TEXT, lambda r: r.number),
        Column(translate("ListExport", "Title"), TEXT, lambda r: r.title),
        Column(translate("ListExport", "Status"), TEXT, lambda r: _words(r.status)),
        Column(translate("ListExport", "Reason"), TEXT, lambda r: _words(r.reason)),
        Column(translate("ListExport", "Contractor"), TEXT, lambda r: r.contractor),
        Column(translate("ListExport", "Amount"), MONEY, lambda r: r.amount),
        Column(translate("ListExport", "Currency"), TEXT, lambda r: r.currency),
        Column(translate("ListExport", "Schedule (days)"), INT, lambda r: r.schedule_days),
        Column(translate("ListExport", "Revision"), INT, lambda r: r.revision),
        Column(translate("ListExport", "Created"), DATETIME, lambda r: r.created_at),
        Column(translate("ListExport", "Submitted"), DATETIME, lambda r: r.submitted_at),
        Column(translate("ListExport", "Decided"), DATETIME, lambda r: r.decided_at),
    )


def _line_columns() -> tuple[Column, ...]:
    return (
        Column(translate("ListExport", "Change order"), TEXT, lambda r: r.change_order_number),
        Column(translate("ListExport", "Line"), INT, lambda r: r.position),
        Column(translate("ListExport", "Description"), TEXT, lambda r: r.description),
        Column(translate("ListExport", "Quantity"), DECIMAL, lambda r: r.quantity),
        Column(translate("ListExport", "Unit"), TEXT, lambda r: r.unit),
        Column(translate("ListExport", "Unit price"), MONEY, lambda r: r.unit_price),
        Column(translate("ListExport", "Markup (%)"), DECIMAL, lambda r: r.markup_pct),
        Column(translate("ListExport", "Amount"), MONEY, lambda r: r.amount),
    )


def _issue_columns() -> tuple[Column, ...]:
    return (
        Column(translate("ListExport", "Type"), TEXT, lambda r: _words(r.issue_type)),
        Column(translate("ListExport", "Number"), TEXT, lambda r: r.number),
        Column(translate("ListExport", "Subject"), TEXT, lambda r: r.subject),
        Column(translate("ListExport", "Severity"), TEXT, lambda r: _words(r.severity)),
        Column(translate("ListExport", "Status"), TEXT, lambda r: _words(r.status)),
        Column(translate("ListExport", "Ball in court"), TEXT, lambda r: _words(r.ball_in_court)),
        Column(translate("ListExport", "Contractor"), TEXT, lambda r: r.contractor),
        Column(translate("ListExport", "Location"), TEXT, lambda r: r.location),
        Column(translate("ListExport", "Due"), DATE, lambda r: r.due_date),
        Column(translate("ListExport", "Raised by"), TEXT, lambda r: r.raised_by),
        Column(translate("ListExport", "Raised at"), DATETIME, lambda r: r.raised_at),
        Column(translate("ListExport", "Closed at"), DATETIME, lambda r: r.closed_at),
    )


def _thread_columns() -> tuple[Column, ...]:
    return (
        Column(translate("ListExport", "Issue"), TEXT, lambda r: r.issue_number),
        Column(translate("ListExport", "At"), DATETIME, lambda r: r.at),
        Column(translate("ListExport", "Author"), TEXT, lambda r: r.author),
        Column(translate("ListExport", "Organisation"), TEXT, lambda r: r.organisation),
        Column(translate("ListExport", "Contractor response"), YESNO, lambda r: r.is_response),
        Column(translate("ListExport", "Message"), TEXT, lambda r: r.body),
    )


def _risk_columns() -> tuple[Column, ...]:
    return (
        Column(translate("ListExport", "Number"), TEXT, lambda r: r.number),
        Column(translate("ListExport", "Title"), TEXT, lambda r: r.title),
        Column(translate("ListExport", "Category"), TEXT, lambda r: _words(r.category)),
        Column(translate("ListExport", "Probability"), INT, lambda r: r.probability),
        Column(translate("ListExport", "Impact"), INT, lambda r: r.impact),
        Column(translate("ListExport", "Score"), INT, lambda r: r.score),
        Column(translate("ListExport", "Owner"), TEXT, lambda r: r.owner),
        Column(translate("ListExport", "Mitigation"), TEXT, lambda r: r.mitigation),
        Column(translate("ListExport", "Status"), TEXT, lambda r: _words(r.status)),
    )


# --- writers ------------------------------------------------------------------------------
def write_csv(tables: Sequence[Table], path: Path) -> list[Path]:
    """Each table to its own UTF-8-with-BOM CSV; all files appear together or none."""
    files = csv_files(path, tables)
    with ExitStack() as stack:
        for table, file in zip(tables, files, strict=True):
            temporary = stack.enter_context(atomic_path(file))
            with temporary.open("w", encoding="utf-8-sig", newline="") as handle:
                writer = csv.writer(handle, lineterminator="\r\n")
                writer.writerow([escape_formula(c.header) for c in table.columns])
                for row in table.rows:
                    writer.writerow([_csv_cell(c.kind, c.get(row)) for c in table.columns])
    return files


def write_xlsx(tables: Sequence[Table], path: Path) -> None:
    workbook = Workbook(write_only=True)
    bold = Font(bold=True)
    for table in tables:
        sheet = workbook.create_sheet(_sheet_title(table.title))
        values = [[c.get(row) for c in table.columns] for row in table.rows]
        width = len(table.columns)
        sheet.freeze_panes = "A2"
        sheet.auto_filter.ref = f"A1:{get_column_letter(width)}{max(len(values), 1) + 1}"
        for index, column in enumerate(table.columns):
            sheet.column_dimensions[get_column_letter(index + 1)].width = _width(
                column, [row[index] for row in values]
            )
        header = []
        for column in table.columns:
            cell = _text_cell(sheet, column.header)
            cell.font = bold
            header.append(cell)
        sheet.append(header)
        for row in values:
            sheet.append(
                [
                    _xlsx_cell(sheet, c.kind, value)
                    for c, value in zip(table.columns, row, strict=True)
                ]
            )
    with atomic_path(path) as temporary:
        workbook.save(temporary)


def _sheet_title(title: str) -> str:
    cleaned = "".join(" " if ch in "[]:*?/\\" else ch for ch in title).strip("' ")
    return (cleaned or "Sheet")[:31]


def _local(value: dt.datetime) -> dt.datetime:
    """Local wall-clock time without a zone (spreadsheets have no time zones)."""
    if value.tzinfo is not None:
        value = value.astimezone()
    return value.replace(tzinfo=None, microsecond=0)


def _csv_cell(kind: str, value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return translate("ListExport", "Yes") if value else translate("ListExport", "No")
    if isinstance(value, dt.datetime):
        return _local(value).strftime("%Y-%m-%d %H:%M")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return f"{value:.2f}" if kind == MONEY else _plain(value)
    if isinstance(value, int):
        return str(value)
    return escape_formula(value)


def _plain(value: Decimal) -> str:
    text = f"{value:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def _text_cell(sheet: Any, text: str) -> WriteOnlyCell:
    cell = WriteOnlyCell(sheet, value=ILLEGAL_CHARACTERS_RE.sub("", text))
    cell.data_type = "s"  # "=…" stays text, never a formula
    return cell


def _xlsx_cell(sheet: Any, kind: str, value: Cell) -> WriteOnlyCell | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return _text_cell(
            sheet, translate("ListExport", "Yes") if value else translate("ListExport", "No")
        )
    if isinstance(value, str):
        return _text_cell(sheet, value)
    if isinstance(value, dt.datetime):
        cell = WriteOnlyCell(sheet, value=_local(value))
    else:
        cell = WriteOnlyCell(sheet, value=value)
    cell.number_format = NUMBER_FORMATS.get(kind, "General")
    return cell


def _width(column: Column, values: Sequence[Cell]) -> float:
    longest = len(column.header)
    for value in values[:2000]:  # enough to judge, cheap on long lists
        if value is None:
            continue
        if isinstance(value, dt.datetime):
            size = 16
        elif isinstance(value, dt.date):
            size = 10
        elif isinstance(value, Decimal):
            size = len(f"{value:,.2f}")
        else:
            size = max((len(line) for line in str(value).splitlines()), default=0)
        longest = max(longest, size)
    return float(min(max(longest + 2, MIN_WIDTH), MAX_WIDTH))
