"""Read a budget or a schedule of values from a CSV or XLSX file into the rows the cost
services load (``CodeRow``, ``BudgetRow``, ``SovRow``), checking every row first.

The header row is found by its names (``Cost code``, ``Description``, ``Amount``,
``Scheduled value``… in any of the first 30 rows, so a title block above it is fine); a
missing required column is refused in one line naming it. Amounts go through
``cost_money`` (thousands separators, currency marks, the column's decimal mark). An
XLSX formula cell gives the value Excel saved with it; one saved without a value is
refused with its row. Text that looks like a formula (``=HYPERLINK(…)``, ``+cmd``,
``@SUM``) is kept as text: nothing is ever evaluated.

Nothing is half-imported: every row is checked before anything is loaded, and a sheet
with problems gives the first 50 of them (``Row 7, Amount: …``) and no rows. Total and
heading rows (no code and no amount, or a title starting "Total"/"Subtotal") are left
out with a note.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal
from pathlib import Path
from typing import TypeVar

from executrek.app.i18n import translate
from executrek.app.interop.cost_codes import default_category, with_parents
from executrek.app.interop.cost_money import DecimalMark, hint_from_delimiter, read_amounts
from executrek.app.interop.cost_sheet_columns import (
    BUDGET_COLUMNS,
    CATEGORY_WORDS,
    SOV_COLUMNS,
    SheetColumn,
)
from executrek.app.interop.errors import InteropError
from executrek.app.interop.punch_layouts import normalize_header
from executrek.app.interop.table_model import CellValue, RawTable, cell_text, is_blank
from executrek.app.interop.table_source import read_table
from executrek.models.records.cost.rows import BudgetRow, CodeRow, SovRow
from executrek.models.records.cost.vocab import CostCategory

MAX_PROBLEMS = 50
HEADER_SCAN_ROWS = 30


_TOTAL = re.compile(r"^\s*(?:grand\s+|sub-?\s*)?totals?\b", re.IGNORECASE)
_TOTAL_CODE = re.compile(r"^\s*(?:grand\s+|sub-?\s*)?totals?\s*:?\s*$", re.IGNORECASE)
_ACTIVITY_SPLIT = re.compile(r"[,;|\n]+")


@dataclass(frozen=True)
class SheetResult:
    """What a file gave: ``problems`` (first ``MAX_PROBLEMS``, ``problem_count`` in all)
    mean nothing may be loaded; ``notes`` name rows left out on purpose."""

    source: str
    problems: tuple[str, ...] = ()
    problem_count: int = 0
    warnings: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return self.problem_count == 0


@dataclass(frozen=True)
class BudgetSheet(SheetResult):
    codes: tuple[CodeRow, ...] = ()
    lines: tuple[BudgetRow, ...] = ()


@dataclass(frozen=True)
class SovSheet(SheetResult):
    rows: tuple[SovRow, ...] = ()


S = TypeVar("S", bound=SheetResult)


# --- the grid -----------------------------------------------------------------------------
@dataclass
class _Grid:
    """The data rows under the header, with the columns found and the problems so far."""

    table: RawTable
    source: str
    header: int
    columns: dict[str, int]  # key → column index
    headers: dict[str, str]  # key → the file's own header text
    problems: list[tuple[int, str]] = field(default_factory=list)

    def rows(self) -> list[tuple[int, tuple[CellValue, ...]]]:
        """(row number, cells) of every non-blank row under the header."""
        return [
            (index + 1, cells)
            for index, cells in enumerate(self.table.rows)
            if index > self.header and not all(is_blank(cell) for cell in cells)
        ]

    def cell(self, cells: tuple[CellValue, ...], key: str) -> CellValue:
        at = self.columns.get(key)
        return cells[at] if at is not None and at < len(cells) else None

    def text(self, row: int, cells: tuple[CellValue, ...], spec: SheetColumn) -> str:
        value = cell_text(self.cell(cells, spec.key))
        if spec.max_len is not None and len(value) > spec.max_len:
            self.problem(
                row,
                spec.key,
                translate("Interop", "{length} characters; at most {limit} fit").format(
                    length=len(value), limit=spec.max_len
                ),
            )
        return value

    def problem(self, row: int, key: str, reason: str) -> None:
        self.problems.append(
            (
                row,
                translate("Interop", "Row {row}, {column}: {reason}").format(
                    row=row, column=self.headers[key], reason=reason
                ),
            )
        )

    def is_uncached(self, row: int, key: str) -> bool:
        at = self.columns.get(key)
        return at is not None and (row - 1, at) in self.table.uncached_formulas

    def filled(self, row: int, cells: tuple[CellValue, ...], key: str) -> bool:
        """The cell holds something (a formula saved without its value counts)."""
        return not is_blank(self.cell(cells, key)) or self.is_uncached(row, key)

    def uncached(self, row: int, keys: Sequence[str]) -> bool:
        """Whether a formula cell of ``keys`` was saved without its value (each refused,
        named)."""
        found = False
        for key in keys:
            if self.is_uncached(row, key):
                found = True
                self.problem(
                    row,
                    key,
                    translate(
                        "Interop",
                        "a formula with no saved value; open the file in Excel and save it again",
                    ),
                )
        return found


def _open(path: Path, specs: Sequence[SheetColumn], what: str, sheet: str | None) -> _Grid:
    table = read_table(path, sheet=sheet)
    header, columns, headers = _find_header(table, specs)
    if header is None:
        raise InteropError(
            translate(
                "Interop",
                "“{name}” has no header row naming its columns; the {what} needs at least {columns}.",
            ).format(
                name=path.name,
                what=what,
                columns=_list(spec.label for spec in specs if spec.required),
            )
        )
    missing = [spec for spec in specs if spec.required and spec.key not in columns]
    if missing:
        spec = missing[0]
        raise InteropError(
            translate(
                "Interop",
                "“{name}” has no {label} column (a column headed {aliases}); the {what} needs one.",
            ).format(
                name=path.name,
                label=translate("Columns", spec.label),
                aliases=_list(_shown_alias(alias) for alias in spec.aliases[:3]),
                what=what,
            )
        )
    return _Grid(table, path.name, header, columns, headers)


def _find_header(
    table: RawTable, specs: Sequence[SheetColumn]
) -> tuple[int | None, dict[str, int], dict[str, str]]:
    """The row (of the first ``HEADER_SCAN_ROWS``) naming most of ``specs``."""
    best: tuple[int | None, dict[str, int], dict[str, str]] = (None, {}, {})
    for index, cells in enumerate(table.rows[:HEADER_SCAN_ROWS]):
        names = [_header_name(cell) for cell in cells]
        columns: dict[str, int] = {}
        taken: set[int] = set()
        for spec in specs:
            for alias in spec.aliases:
                at = next((i for i, n in enumerate(names) if n == alias and i not in taken), None)
                if at is not None:
                    columns[spec.key] = at
                    taken.add(at)
                    break
        if len(columns) > len(best[1]) and (
            len(columns) >= 2 or any(spec.required and spec.key in columns for spec in specs)
        ):
            headers = {key: cell_text(cells[at]) for key, at in columns.items()}
            best = (index, columns, headers)
    return best


def _header_name(value: CellValue) -> str:
    """A header as the aliases are written: G703's lettered columns ("C Scheduled value")
    lose their letter."""
    name = normalize_header(value)
    return re.sub(r"^[a-j] (?=\w\w)", "", name)


def _shown_alias(alias: str) -> str:
    return alias[:1].upper() + alias[1:]


def _amounts(
    grid: _Grid,
    rows: Sequence[tuple[int, tuple[CellValue, ...]]],
    *,
    currency: str | None,
    decimal: DecimalMark | None,
) -> dict[int, Decimal]:
    hint = decimal or hint_from_delimiter(grid.table.delimiter)
    found = read_amounts(
        [(row, grid.cell(cells, "amount")) for row, cells in rows],
        hint=hint,
        currency=currency,
    )
    for row, reason in found.problems:
        grid.problem(row, "amount", reason)
    return found.values


Rows = list[tuple[int, tuple[CellValue, ...]]]


def _skipped(grid: _Grid, key: str, texts: Sequence[str]) -> tuple[Rows, list[str]]:
    """The data rows but totals and headings, which become notes: a row without ``key``
    (the code, the item) is a total when one of ``texts`` starts "Total"/"Subtotal", a
    heading when it has no amount either."""
    kept: Rows = []
    totals: list[int] = []
    headings: list[int] = []
    for row, cells in grid.rows():
        keyed = cell_text(grid.cell(cells, key))
        if keyed and not _TOTAL_CODE.match(keyed):
            kept.append((row, cells))
        elif any(_TOTAL.match(cell_text(grid.cell(cells, k))) for k in (key, *texts)):
            totals.append(row)
        elif not grid.filled(row, cells, "amount"):
            headings.append(row)
        else:
            kept.append((row, cells))
    notes = []
    if totals:
        notes.append(
            translate("Interop", "Left out as totals: row {rows}.").format(rows=_rows(totals))
        )
    if headings:
        notes.append(
            translate("Interop", "Left out as headings (no code, no amount): row {rows}.").format(
                rows=_rows(headings)
            )
        )
    return kept, notes


def _outcome(grid: _Grid, notes: Sequence[str], sheet: S) -> S:
    """``sheet`` (its rows) with what reading it said: the problems (first
    ``MAX_PROBLEMS`` in row order), how many, the warnings (an XLSX's only warning,
    formulas without values, is said per cell instead) and ``notes``."""
    ordered = [text for _row, text in sorted(grid.problems, key=lambda p: p[0])]
    warnings = () if grid.table.file_format == "xlsx" else grid.table.warnings
    return replace(
        sheet,
        problems=tuple(ordered[:MAX_PROBLEMS]),
        problem_count=len(ordered),
        warnings=tuple(warnings),
        notes=tuple(notes),
    )


# --- budget -------------------------------------------------------------------------------
def read_budget(
    path: Path,
    *,
    currency: str | None = None,
    decimal: DecimalMark | None = None,
    sheet: str | None = None,
    known: Collection[CodeRow] = (),
) -> BudgetSheet:
    """The cost codes and budget lines of ``path``. ``known`` are codes already there (a
    standard list, the project's): a code of the file is placed under the longest of them
    (or of the file's own codes) that starts it, unless its Parent column says otherwise.
    A row with a code and no amount is a cost code only (a heading of the tree)."""
    spec = {s.key: s for s in BUDGET_COLUMNS}
    grid = _open(path, BUDGET_COLUMNS, translate("Interop", "budget"), sheet)
    data, notes = _skipped(grid, "code", ("title", "code_name"))
    amounts = _amounts(grid, data, currency=currency, decimal=decimal)
    names = {row.code: row.name for row in known}
    parents = {row.code: row.parent_code for row in known}
    codes: dict[str, CodeRow] = {}
    lines: list[BudgetRow] = []
    for row, cells in data:
        code = grid.text(row, cells, spec["code"])
        code_name = grid.text(row, cells, spec["code_name"])
        title = grid.text(row, cells, spec["title"])
        parent = grid.text(row, cells, spec["parent"]) or None
        funding = grid.text(row, cells, spec["funding"]) or None
        if grid.uncached(
            row, ("code", "code_name", "title", "parent", "funding", "category", "amount")
        ):
            continue
        if not code:
            grid.problem(
                row, "code", translate("Interop", "empty; every budget line needs its cost code")
            )
            continue
        if code not in codes and (code not in names or code_name or parent):
            codes[code] = CodeRow(code, code_name or names.get(code) or title or code, parent, row)
        if is_blank(grid.cell(cells, "amount")):
            continue  # a cost code of the tree, no line of its own
        category = _category(grid, row, cells, code)
        amount = amounts.get(row)
        title = title or code_name or names.get(code, "")
        if not title:
            grid.problem(
                row,
                "title" if "title" in grid.columns else "code",
                translate("Interop", "the line has no description"),
            )
            continue
        if amount is not None and category is not None:
            lines.append(BudgetRow(code, title, category.value, amount, funding, row))
    placed = [
        c if c.parent_code is not None else CodeRow(c.code, c.name, parents.get(c.code), c.row)
        for c in with_parents(codes.values(), names)
    ]
    return _outcome(grid, notes, BudgetSheet(grid.source, codes=tuple(placed), lines=tuple(lines)))


def _category(
    grid: _Grid, row: int, cells: tuple[CellValue, ...], code: str
) -> CostCategory | None:
    text = cell_text(grid.cell(cells, "category"))
    if not text:
        return default_category(code)
    found = CATEGORY_WORDS.get(re.sub(r"[^a-z0-9]", "", text.lower()))
    if found is None:
        grid.problem(
            row,
            "category",
            translate("Interop", "“{text}” is not a cost category; use one of: {all}").format(
                text=text, all=", ".join(c.value for c in CostCategory)
            ),
        )
    return found


# --- schedule of values ------------------------------------------------------------------
def read_sov(
    path: Path,
    *,
    currency: str | None = None,
    decimal: DecimalMark | None = None,
    sheet: str | None = None,
) -> SovSheet:
    """The schedule-of-values lines of ``path`` (a contractor's G703 or any sheet with a
    description and a scheduled value per line). Without an Item column the lines are
    numbered 1, 2, 3…; activity codes are separated by commas, semicolons or new lines."""
    spec = {s.key: s for s in SOV_COLUMNS}
    grid = _open(path, SOV_COLUMNS, translate("Interop", "schedule of values"), sheet)
    data, notes = _skipped(grid, "item", ("description",))
    amounts = _amounts(grid, data, currency=currency, decimal=decimal)
    numbered = "item" not in grid.columns
    seen: dict[str, int] = {}
    rows: list[SovRow] = []
    for position, (row, cells) in enumerate(data, start=1):
        item = str(position) if numbered else grid.text(row, cells, spec["item"])
        description = grid.text(row, cells, spec["description"])
        code = grid.text(row, cells, spec["cost_code"]) or None
        activities = _activities(grid, row, cells)
        if grid.uncached(row, ("item", "description", "cost_code", "activities", "amount")):
            continue
        if not item:
            grid.problem(
                row, "item", translate("Interop", "empty; every line needs its item number")
            )
            continue
        if item in seen:
            grid.problem(
                row,
                "item",
                translate("Interop", "“{item}” is also on row {other}").format(
                    item=item, other=seen[item]
                ),
            )
            continue
        seen[item] = row
        if not description:
            grid.problem(
                row, "description", translate("Interop", "empty; every line needs a description")
            )
            continue
        if is_blank(grid.cell(cells, "amount")):
            grid.problem(
                row, "amount", translate("Interop", "empty; every line needs its scheduled value")
            )
            continue
        amount = amounts.get(row)
        if amount is not None:
            rows.append(SovRow(item, description, amount, code, activities, row))
    return _outcome(grid, notes, SovSheet(grid.source, rows=tuple(rows)))


def activity_codes(text: str) -> tuple[str, ...]:
    """The activity codes ``text`` names, separated by commas, semicolons, bars or lines
    (each once, in order): an imported schedule's cell and the SOV line form alike."""
    return tuple(dict.fromkeys(c.strip() for c in _ACTIVITY_SPLIT.split(text) if c.strip()))


def _activities(grid: _Grid, row: int, cells: tuple[CellValue, ...]) -> tuple[str, ...]:
    codes = activity_codes(cell_text(grid.cell(cells, "activities")))
    for code in codes:
        if len(code) > 60:
            grid.problem(
                row,
                "activities",
                translate("Interop", "“{code}” is longer than 60 characters").format(
                    code=code[:20] + "…"
                ),
            )
            return ()
    return codes


# --- words --------------------------------------------------------------------------------
def _rows(rows: Sequence[int]) -> str:
    shown = ", ".join(str(row) for row in rows[:20])
    return shown + (" …" if len(rows) > 20 else "")


def _list(items: Iterable[str]) -> str:
    words = list(items)
    if len(words) <= 1:
        return "".join(words)
    return translate("Interop", "{first} or {last}").format(
        first=", ".join(words[:-1]), last=words[-1]
    )
