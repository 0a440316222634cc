"""Export a module list (what its screen shows for the current filters) as CSV or XLSX.

Kinds: ``punch``, ``inspections``, ``change-orders``, ``issues``, ``risks`` (and the
diary, schedule and cost lists, built in their own modules). Punch lists
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

from executrek.app import list_columns_change_orders as co_list
from executrek.app import list_columns_inspections as inspection_list
from executrek.app import list_columns_issues as issue_list
from executrek.app import list_columns_risks as risk_list
from executrek.app.columns import QT_TRANSLATE_NOOP, Field, Kind, yes_no
from executrek.app.export_kinds import KINDS, formats_for
from executrek.app.i18n import translate
from executrek.app.interop.atomic_write import atomic_path
from executrek.app.interop.errors import InteropError
from executrek.app.interop.exchange_result import ExchangeResult
from executrek.app.interop.formula_guard import escape_formula
from executrek.app.value_words import value_words
from executrek.models.records.change_order import queries as co_queries
from executrek.models.records.change_order.model import KIND as CHANGE_ORDER
from executrek.models.records.change_order.queries import ChangeOrderFilter
from executrek.models.records.cost.budget_model import BUDGET_KIND, TRANSFER_KIND
from executrek.models.records.cost.commitment_model import KIND as COMMITMENT
from executrek.models.records.cost.payment_model import KIND as PAY_APPLICATION
from executrek.models.records.diary.model import KIND as DIARY
from executrek.models.records.inspection.model import KIND as INSPECTION
from executrek.models.records.inspection.queries import InspectionFilter
from executrek.models.records.issue import queries as issue_queries
from executrek.models.records.issue.model import KIND as ISSUE
from executrek.models.records.issue.queries import IssueFilter
from executrek.models.records.punch import queries as punch_queries
from executrek.models.records.punch.list_page import PunchFilter
from executrek.models.records.risk import queries as risk_queries
from executrek.models.records.risk.model import KIND as RISK
from executrek.models.records.risk.queries import RiskFilter
from executrek.models.records.schedule.delay import DELAY_KIND as DELAY_EVENT
from executrek.models.records.schedule.model import KIND as SCHEDULE_UPDATE
from executrek.models.services import list_exports
from executrek.models.services.list_exports import ListFilter
from executrek.models.store import Store

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
_WRITTEN_AS = {
    Kind.INT: INT,
    Kind.DAYS: INT,
    Kind.DECIMAL: DECIMAL,
    Kind.PERCENT: DECIMAL,
    Kind.MONEY: MONEY,
    Kind.DATE: DATE,
    Kind.DATETIME: DATETIME,
    Kind.YESNO: YESNO,
}


@dataclass(frozen=True)
class Column:
    header: str
    kind: str
    get: Callable[[Any], Cell]

    @classmethod
    def from_field(cls, field: Field[Any]) -> Column:
        """The export column of a list's field: stored values and statuses as words."""
        if field.kind in (Kind.WORDS, Kind.STATUS):
            value = field.value
            return cls(field.header(), TEXT, lambda row: value_words(value(row)))
        return cls(field.header(), _WRITTEN_AS.get(field.kind, TEXT), field.value)


@dataclass(frozen=True)
class Table:
    title: str  # the sheet's name (at most 31 characters)
    csv_suffix: str  # "" for the main table; "-lines" etc. for a child table's CSV file
    columns: tuple[Column, ...]
    rows: Sequence[Any]

    @classmethod
    def of_fields(
        cls, title: str, csv_suffix: str, fields: Sequence[Field[Any]], rows: Sequence[Any]
    ) -> Table:
        """A table of a list's export fields."""
        return cls(title, csv_suffix, tuple(Column.from_field(f) for f in fields), rows)


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
    return write_tables(kind, tables, path, chosen)


def write_tables(kind: str, tables: Sequence[Table], path: Path, fmt: str) -> ExchangeResult:
    """Write ``tables`` to ``path`` as XLSX (a sheet each) or CSV (a file each); the
    result counts the first table's rows and names where each other table went."""
    if fmt == "xlsx":
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
        raise _not_exported(kind)
    allowed = formats_for(kind)
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

    records = [punch_record(row) for row in punch_queries.export_rows(store, project_id, flt)]
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


@dataclass(frozen=True)
class ListQuery:
    """What a list export reads: the project's list of ``kind``, narrowed by the screen's
    filter ``flt`` and (inspections only: their screen has no contractor filter) by
    ``contractor_ids``."""

    store: Store
    project_id: str
    kind: str
    flt: ListFilter | None = None
    contractor_ids: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Sheet:
    """One table of a filtered list: its title (a ``ListExport`` text), its CSV file's
    suffix, the list's export fields, and where its rows are in the query's answer (an
    attribute; None for the answer itself)."""

    title: str
    csv_suffix: str
    fields: Sequence[Field[Any]]
    rows: str | None = None


@dataclass(frozen=True)
class FilteredList:
    """A kind's list as its screen shows it: the screen's filter type, the query reading
    what the filter keeps, and the sheets written from its answer."""

    filter_type: type[Any]
    query: Callable[[ListQuery, Any], Any]
    sheets: tuple[Sheet, ...]

    def __call__(self, request: ListQuery) -> list[Table]:
        found = self.query(request, _expect(request.flt, self.filter_type, self.filter_type()))
        return [
            Table.of_fields(
                translate("ListExport", sheet.title),
                sheet.csv_suffix,
                sheet.fields,
                found if sheet.rows is None else getattr(found, sheet.rows),
            )
            for sheet in self.sheets
        ]


def _diary_tables(request: ListQuery) -> list[Table]:
    """Every day; ``executrek export diary --from --to`` narrows it."""
    from executrek.app.diary_export import diary_tables

    return diary_tables(request.store, request.project_id)


def _schedule_tables(request: ListQuery) -> list[Table]:
    """The current update's (``executrek export schedule --update N`` picks one)."""
    from executrek.app.interop.schedule_export import schedule_tables

    return schedule_tables(request.store, request.project_id, request.kind)


def _cost_tables(request: ListQuery) -> list[Table]:
    from executrek.app.interop.cost_export import cost_tables

    return cost_tables(request.store, request.project_id, request.kind)


# Each kind's list, under its ``RecordKind.export`` name (punch items, written in the
# punch exchange layout, are ``punch_table``).
TABLE_BUILDERS: dict[str, Callable[[ListQuery], list[Table]]] = {
    INSPECTION.export: FilteredList(
        InspectionFilter,
        lambda q, flt: list_exports.inspections(
            q.store, q.project_id, flt, contractor_ids=q.contractor_ids
        ),
        (
            Sheet(
                QT_TRANSLATE_NOOP("ListExport", "Inspections"),
                "",
                inspection_list.EXPORT,
                "inspections",
            ),
            Sheet(
                QT_TRANSLATE_NOOP("ListExport", "Responses"),
                "-responses",
                inspection_list.RESPONSES_EXPORT,
                "responses",
            ),
        ),
    ),
    CHANGE_ORDER.export: FilteredList(
        ChangeOrderFilter,
        lambda q, flt: co_queries.export_rows(q.store, q.project_id, flt),
        (
            Sheet(
                QT_TRANSLATE_NOOP("ListExport", "Change orders"),
                "",
                co_list.EXPORT,
                "change_orders",
            ),
            Sheet(
                QT_TRANSLATE_NOOP("ListExport", "Line items"),
                "-lines",
                co_list.LINES_EXPORT,
                "lines",
            ),
        ),
    ),
    ISSUE.export: FilteredList(
        IssueFilter,
        lambda q, flt: issue_queries.export_rows(q.store, q.project_id, flt),
        (
            Sheet(
                QT_TRANSLATE_NOOP("ListExport", "Contractor issues"),
                "",
                issue_list.EXPORT,
                "issues",
            ),
            Sheet(
                QT_TRANSLATE_NOOP("ListExport", "Response thread"),
                "-thread",
                issue_list.THREAD_EXPORT,
                "thread",
            ),
        ),
    ),
    RISK.export: FilteredList(
        RiskFilter,
        lambda q, flt: risk_queries.export_rows(q.store, q.project_id, flt),
        (Sheet(QT_TRANSLATE_NOOP("ListExport", "Risks"), "", risk_list.EXPORT),),
    ),
    DIARY.export: _diary_tables,
    SCHEDULE_UPDATE.export: _schedule_tables,
    DELAY_EVENT.export: _schedule_tables,
    **{k.export: _cost_tables for k in (BUDGET_KIND, TRANSFER_KIND, COMMITMENT, PAY_APPLICATION)},
}


def list_tables(
    store: Store,
    project_id: str,
    kind: str,
    flt: ListFilter | None = None,
    *,
    contractor_ids: frozenset[str] = frozenset(),
) -> list[Table]:
    build = TABLE_BUILDERS.get(kind)
    if build is None:
        raise _not_exported(kind)
    return build(ListQuery(store, project_id, kind, flt, contractor_ids))


def _not_exported(kind: str) -> InteropError:
    return InteropError(
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
        return yes_no(value)
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
        return _text_cell(sheet, yes_no(value))
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
