"""One column spec per list, for every surface that shows the list.

A :class:`Field` says once what a column of a list is: its header, the value it reads
from a row, what kind of value that is (text, number, money, date, yes/no, words,
status), its share of a printed table's width, how the screen sorts it and the tone
(status colour, overdue) a cell takes. Three surfaces draw the same fields:

- the screen's table: ``ui/widgets/columns.py`` builds its Qt columns from them;
- the CSV/XLSX export: ``app/list_export.py`` builds its columns from them;
- the PDF report tables: :func:`report_table` here.

The lists' fields and the views each surface shows (which fields, in which order) live
in ``app/list_columns_<list>.py``. A field reads a row type, or a union of the screen's,
the export's and the report's row types where they name the value alike; a surface
whose row names it otherwise reads it with :meth:`Field.reading`.

Headers are English source texts of the translation context ``Columns``, marked with
:func:`QT_TRANSLATE_NOOP` so ``pyside6-lupdate`` finds them, and translated when a
surface draws them. No widgets here, and reportlab is imported only to build a PDF table.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from operator import attrgetter
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from executrek.app.i18n import translate

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

    from executrek.app.pdf import CellValue, Column, ReportContext

R = TypeVar("R", contravariant=True)
S = TypeVar("S")

CONTEXT = "Columns"  # the translation context of every header
OVERDUE = "overdue"  # the tone of a date that has passed while the record is still open


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name pyside6-lupdate looks for
    """Marks ``text`` for translation; the surface translates it when it draws it."""
    del context
    return text


class Kind(StrEnum):
    """What a column's values are, and so how each surface writes them."""

    TEXT = "text"
    INT = "int"  # a whole number
    DECIMAL = "decimal"  # a Decimal; ``places`` decimals on paper
    PERCENT = "percent"  # percentage points (87.5); "87.5%" on paper
    MONEY = "money"  # a Decimal in the project's currency
    DAYS = "days"  # a signed number of days
    DATE = "date"
    DATETIME = "datetime"  # shown in local time
    YESNO = "yesno"
    WORDS = "words"  # a stored value as words: ``owner_request`` → "Owner request"
    STATUS = "status"  # a stored status: its words in its colour (a pill on paper)


NUMERIC = frozenset({Kind.INT, Kind.DECIMAL, Kind.PERCENT, Kind.MONEY, Kind.DAYS})
ORDERED = NUMERIC | {Kind.DATE, Kind.DATETIME}  # sorted by value, not by the text shown


@dataclass(frozen=True)
class Field(Generic[R]):
    """One column of a list, whatever draws it."""

    key: str
    title: str  # the English header (marked with QT_TRANSLATE_NOOP, context "Columns")
    value: Callable[[R], Any]  # the raw value: str, int, Decimal, date, datetime, bool, None
    kind: Kind = Kind.TEXT
    weight: float = 1.0  # the column's share of a printed table's width
    short: str | None = None  # a shorter header: on paper, and on screen via narrow()
    places: int = 0  # decimals of a DECIMAL or PERCENT on paper
    sort_key: str | None = None  # the SQL sort key of a paged list
    sort_value: Callable[[R], Any] | None = None  # the order on screen, if not the value's
    # The cell's tone given today: a stored value naming its status colour, or OVERDUE.
    # A STATUS field's tone is its value.
    tone: Callable[[R, dt.date], str | None] | None = None
    brief: bool = False  # the screen shows the first line of the text only
    hidden_by_default: bool = False  # on screen, shown when the user asks for it

    @property
    def right(self) -> bool:
        """Figures are right-aligned."""
        return self.kind in NUMERIC

    def header(self) -> str:
        return translate(CONTEXT, self.title)

    def tone_of(self, row: R, today: dt.date) -> str | None:
        if self.tone is not None:
            return self.tone(row, today)
        if self.kind is Kind.STATUS:
            value = self.value(row)
            return str(value) if value else None
        return None

    def reading(self, value: Callable[[S], Any]) -> Field[S]:
        """This column over a row type that names the value otherwise (its tone and sort
        value, if any, must read that row type too)."""
        same: Field[Any] = self
        return replace(same, value=value)

    def narrow(self) -> Field[R]:
        """The column under its short header (the screen's "P" for probability)."""
        return replace(self, title=self.short or self.title)


def attr_field(
    key: str,
    title: str,
    kind: Kind = Kind.TEXT,
    weight: float = 1.0,
    *,
    attr: str | None = None,
    **options: Any,
) -> Field[Any]:
    """A column reading the row's attribute ``attr``, by default the one named like its
    ``key`` (``options``: the other :class:`Field` settings, by name)."""
    return Field(key, title, attrgetter(attr or key), kind, weight, **options)


def by_key(*fields: Field[R]) -> dict[str, Field[R]]:
    return {f.key: f for f in fields}


def yes_no(value: object) -> str:
    return translate("Columns", "Yes") if value else translate("Columns", "No")


def late(due: dt.date | None, live: bool, today: dt.date) -> str | None:
    """The tone of a due date: OVERDUE once it has passed while the record is live."""
    return OVERDUE if live and due is not None and due < today else None


# --- paper --------------------------------------------------------------------------------
def report_columns(fields: Sequence[Field[Any]], currency: str | None = None) -> list[Column]:
    """The PDF table columns of ``fields`` (``currency`` names a MONEY column's unit)."""
    from executrek.app import pdf

    kinds = {
        Kind.INT: pdf.ColumnKind.NUMBER,
        Kind.DECIMAL: pdf.ColumnKind.NUMBER,
        Kind.PERCENT: pdf.ColumnKind.PERCENT,
        Kind.MONEY: pdf.ColumnKind.MONEY,
        Kind.DAYS: pdf.ColumnKind.DAYS,
        Kind.DATE: pdf.ColumnKind.DATE,
        Kind.DATETIME: pdf.ColumnKind.DATE,
        Kind.STATUS: pdf.ColumnKind.STATUS,
    }
    return [
        pdf.Column(
            translate(CONTEXT, f.short or f.title),
            kinds.get(f.kind, pdf.ColumnKind.TEXT),
            f.weight,
            currency=currency if f.kind is Kind.MONEY else None,
            places=f.places,
        )
        for f in fields
    ]


def report_table(
    ctx: ReportContext,
    fields: Sequence[Field[R]],
    rows: Sequence[R],
    *,
    today: dt.date | None = None,
    currency: str | None = None,
    cells: Mapping[str, Callable[[R], CellValue]] | None = None,
    width: float | None = None,
    totals: Sequence[CellValue] | None = None,
    empty_text: str | None = None,
) -> Flowable:
    """A PDF data table of ``rows`` in the columns ``fields``.

    A column named in ``cells`` prints what that function makes of the row instead (an
    item's title with its history under it). Stored values print as the report's words,
    statuses as pills; with ``today``, an overdue date prints in bold red.
    """
    from executrek.app import pdf
    from executrek.app.pdf.table_flowable import CellParagraph, slot
    from executrek.app.report_kinds.common import label, status

    overdue = f"<font color='{pdf.Tone.RED.value}'><b>{slot(0)}</b></font>"
    own = cells or {}

    def cell(f: Field[R], row: R) -> CellValue:
        if f.key in own:
            return own[f.key](row)
        value = f.value(row)
        if value is None:
            return None
        if f.kind is Kind.WORDS:
            return label(str(value))
        if f.kind is Kind.STATUS:
            return status(str(value))
        if f.kind is Kind.YESNO:
            return yes_no(value)
        if f.kind is Kind.PERCENT:
            return value / 100
        if f.kind is Kind.DATE and today is not None and f.tone_of(row, today) == OVERDUE:
            return CellParagraph.filled(overdue, ctx.styles.small, ctx.fmt.date(value))
        result: CellValue = value
        return result

    return pdf.data_table(
        ctx,
        report_columns(fields, currency),
        [[cell(f, row) for f in fields] for row in rows],
        width=width,
        totals=totals,
        empty_text=empty_text,
    )
