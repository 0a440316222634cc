"""Data tables: typed columns, a header repeated on every page, zebra rows,
right-aligned figures, wrapped text, status pills and an optional totals row.

Values are formatted here with the report's ``Formatter``, so a money column prints
the same way in every table. Short values are drawn as plain strings (fast); anything
that would not fit on one line becomes a wrapping Paragraph. A row too tall for a page
continues in follow-on rows, so tables only ever break between rows.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any, TypeAlias

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph

from executrek.app.pdf.context import ReportContext
from executrek.app.pdf.errors import ReportError
from executrek.app.pdf.flowables import Status, status_pill
from executrek.app.pdf.formatting import MISSING
from executrek.app.pdf.markup import escape, normalise
from executrek.app.pdf.page_refs import Stack
from executrek.app.pdf.palette import MUTED, RULE, text_on, tint, to_hex
from executrek.app.pdf.table_flowable import (
    CellParagraph,
    DataTable,
    RowCommand,
    TableRow,
    TextLines,
    plain_lines,
    slot,
)


@dataclass(frozen=True)
class TextWithNote:
    """A cell's text with a smaller grey note under it (an item's title and history),
    and optionally a flowable under both (a page reference: "2 photos, see page 7")."""

    text: str
    note: str
    after: Flowable | None = None


CellValue: TypeAlias = str | int | float | Decimal | date | Status | TextWithNote | Flowable | None
_NOTE_SIZE = 7.0
_NOTE_HEX = to_hex(MUTED)
_NOTE_COLOUR = HexColor(_NOTE_HEX)

_PAD_X = 4.0
_PAD_TOP = 3.0
_PAD_BOTTOM = 3.5
_UNBOUNDED = 1e7
_MAX_ROW = 300.0  # points; taller rows continue in follow-on rows
_CHUNK = 220.0  # points of text per follow-on row


class ColumnKind(Enum):
    TEXT = "text"
    NUMBER = "number"  # int/Decimal/float, grouped, ``places`` decimals
    MONEY = "money"  # Decimal/int in ``currency``; the header names the currency
    PERCENT = "percent"  # a ratio: 0.873 prints "87.3%"
    DATE = "date"  # date or datetime
    DAYS = "days"  # whole days, printed as a number (negative ones with a minus sign)
    STATUS = "status"  # Status, drawn as a pill
    STATUS_CELL = "status-cell"  # Status, drawn as a coloured cell


class Align(Enum):
    LEFT = "LEFT"
    CENTER = "CENTER"
    RIGHT = "RIGHT"


KEEP_WHOLE_ROWS = 8  # a table this short is a block: never split across two pages

_RIGHT_KINDS = {ColumnKind.NUMBER, ColumnKind.MONEY, ColumnKind.PERCENT, ColumnKind.DAYS}


@dataclass(frozen=True)
class Column:
    """One table column. ``weight`` is its share of the table width."""

    title: str
    kind: ColumnKind = ColumnKind.TEXT
    weight: float = 1.0
    currency: str | None = None
    places: int = 0
    align: Align | None = None

    def __post_init__(self) -> None:
        if self.kind is ColumnKind.MONEY and not self.currency:
            raise ReportError(f"money column {self.title!r} needs a currency")
        if self.weight <= 0:
            raise ReportError(f"column {self.title!r} needs a positive weight")

    @property
    def alignment(self) -> Align:
        if self.align is not None:
            return self.align
        return Align.RIGHT if self.kind in _RIGHT_KINDS else Align.LEFT


def _split_paragraph(paragraph: Paragraph, width: float) -> list[str | Flowable]:
    """``paragraph`` cut at line breaks into pieces at most ``_CHUNK`` tall."""
    pieces: list[str | Flowable] = []
    rest: Flowable = paragraph
    while True:
        _, height = rest.wrap(width, _UNBOUNDED)
        if height <= _CHUNK:
            pieces.append(rest)
            return pieces
        parts = rest.split(width, _CHUNK)
        if len(parts) < 2:  # cannot be cut: leave it whole
            pieces.append(rest)
            return pieces
        pieces.append(parts[0])
        rest = parts[1]


class _RowMaker:
    """Turns values into cells and measures rows, for one table."""

    def __init__(self, ctx: ReportContext, columns: Sequence[Column], width: float) -> None:
        self.ctx = ctx
        self.columns = list(columns)
        total = sum(c.weight for c in self.columns)
        self.widths = [width * c.weight / total for c in self.columns]
        styles = ctx.styles
        self.font = styles.fonts.condensed
        self.bold_font = styles.fonts.condensed_bold
        self.size = styles.table_cell.fontSize
        self.leading = styles.table_cell.leading
        self._styles: dict[tuple[Align, bool, str], ParagraphStyle] = {}

    def style(self, align: Align, bold: bool, colour: Color | None = None) -> ParagraphStyle:
        """Paragraph style for a wrapped cell (plain-string cells use table commands)."""
        base = self.ctx.styles.table_total if bold else self.ctx.styles.table_cell
        key = (align, bold, colour.hexval() if colour is not None else "")
        if key not in self._styles:
            alignment = {Align.LEFT: 0, Align.CENTER: TA_CENTER, Align.RIGHT: 2}[align]
            self._styles[key] = ParagraphStyle(
                f"Cell{len(self._styles)}",
                parent=base,
                alignment=alignment,
                textColor=colour if colour is not None else base.textColor,
            )
        return self._styles[key]

    def header(self) -> TableRow:
        cells: list[str | Flowable] = []
        for column in self.columns:
            title = escape(column.title)
            if column.kind is ColumnKind.MONEY:
                title += f"<br/>({column.currency})"
            style = self.ctx.styles.table_header
            if column.alignment is not Align.LEFT:
                style = ParagraphStyle(
                    f"Header{column.alignment.value}",
                    parent=style,
                    alignment=2 if column.alignment is Align.RIGHT else TA_CENTER,
                )
            cells.append(CellParagraph(title, style))
        palette = self.ctx.styles.palette
        commands: list[RowCommand] = [
            ("BACKGROUND", 0, -1, palette.primary),
            ("VALIGN", 0, -1, "BOTTOM"),
        ]
        return TableRow(cells, self.height(cells, _PAD_TOP, _PAD_BOTTOM), commands)

    def text(self, column: Column, value: CellValue) -> str:
        fmt = self.ctx.fmt
        if isinstance(value, str):
            return value
        kind = column.kind
        if kind is ColumnKind.MONEY:
            if isinstance(value, float) or not isinstance(value, Decimal | int):
                raise ReportError(
                    f"column {column.title!r} holds money; got {type(value).__name__}"
                )
            return fmt.money(value, column.currency or "", with_code=False)
        if isinstance(value, datetime):
            return fmt.datetime(value)
        if isinstance(value, date):
            return fmt.date(value)
        if isinstance(value, Decimal | int | float):
            if kind is ColumnKind.PERCENT:
                return fmt.percent(value, column.places)
            if kind is ColumnKind.DAYS and value < 0:  # durations always use a minus sign
                return "-" + fmt.number(-value, column.places)
            return fmt.number(value, column.places)
        if isinstance(value, Status):
            return value.label
        raise ReportError(f"column {column.title!r} cannot print a {type(value).__name__}")

    def cell(
        self, col: int, value: CellValue, commands: list[RowCommand], *, bold: bool = False
    ) -> str | Flowable:
        column = self.columns[col]
        if isinstance(value, Flowable):
            return value
        if value is None:
            commands.append(("TEXTCOLOR", col, col, MUTED))
            return MISSING
        if isinstance(value, TextWithNote):
            return self._with_note(col, value)
        if isinstance(value, Status):
            if column.kind is not ColumnKind.STATUS_CELL:
                return status_pill(self.ctx, value)
            fill = value.tone.colour
            ink = text_on(fill)
            commands += [("BACKGROUND", col, col, fill), ("TEXTCOLOR", col, col, ink)]
            commands.append(("FONTNAME", col, col, self.bold_font))
            return self._fit(value.label, col, bold=True, colour=ink)
        return self._fit(self.text(column, value), col, bold=bold)

    def _fit(
        self, text: str, col: int, *, bold: bool, colour: Color | None = None
    ) -> str | Flowable:
        """A plain string if it fits on one line; else, in a left-aligned column, the
        lines drawn as plain strings; else a wrapping Paragraph."""
        text = normalise(text)
        room = self.widths[col] - 2 * _PAD_X
        font = self.bold_font if bold else self.font
        if "\n" not in text and stringWidth(text, font, self.size) <= room:
            return text
        alignment = self.columns[col].alignment
        if alignment is Align.LEFT:
            ink = colour if colour is not None else self.ctx.styles.table_cell.textColor
            lines = plain_lines(text, font, self.size, self.leading, ink, room, _CHUNK)
            if lines is not None:
                return lines
        style = self.style(alignment, bold, colour)
        return CellParagraph.filled(slot(0), style, text)

    def _with_note(self, col: int, value: TextWithNote) -> Flowable:
        """Plain lines when both fit on one line each (most cells), else a Paragraph;
        with ``value.after`` under them."""
        flowable = self._text_and_note(col, value)
        return flowable if value.after is None else Stack([flowable, value.after])

    def _text_and_note(self, col: int, value: TextWithNote) -> Flowable:
        style = self.ctx.styles.small
        font = self.ctx.styles.fonts.regular
        text, note = normalise(value.text), normalise(value.note)
        room = self.widths[col] - 2 * _PAD_X
        if (
            "\n" not in text + note
            and "\r" not in text + note
            and stringWidth(text, font, style.fontSize) <= room
            and stringWidth(note, font, _NOTE_SIZE) <= room
        ):
            lines = [(text, font, style.fontSize, style.textColor)]
            if note:
                lines.append((note, font, _NOTE_SIZE, _NOTE_COLOUR))
            return TextLines(lines, style.leading)
        if not note:
            return CellParagraph.filled(slot(0), style, text)
        template = f"{slot(0)}<br/><font size={_NOTE_SIZE:g} color='{_NOTE_HEX}'>{slot(1)}</font>"
        return CellParagraph.filled(template, style, text, note)

    def height(self, cells: Sequence[str | Flowable], top: float, bottom: float) -> float:
        tallest = 0.0
        for width, value in zip(self.widths, cells, strict=True):
            if isinstance(value, str):
                h = self.leading * len(value.split("\n"))
            else:
                h = value.wrap(width - 2 * _PAD_X, _UNBOUNDED)[1]
            tallest = max(tallest, h)
        return tallest + top + bottom

    def rows(self, cells: list[str | Flowable], commands: list[RowCommand]) -> list[TableRow]:
        """One table row, or, for a row taller than ``_MAX_ROW``, that row and
        follow-on rows carrying the rest of its long text cells, seamlessly."""
        height = self.height(cells, _PAD_TOP, _PAD_BOTTOM)
        if height <= _MAX_ROW:
            return [TableRow(cells, height, commands)]
        pieces: list[list[str | Flowable]] = []
        for width, value in zip(self.widths, cells, strict=True):
            if isinstance(value, Paragraph):
                pieces.append(_split_paragraph(value, width - 2 * _PAD_X))
            else:
                pieces.append([value])
        depth = max(len(p) for p in pieces)
        result: list[TableRow] = []
        for i in range(depth):
            row_cells = [p[i] if i < len(p) else "" for p in pieces]
            top = _PAD_TOP if i == 0 else 0.0
            bottom = _PAD_BOTTOM if i == depth - 1 else 0.0
            row_commands: list[RowCommand] = [
                ("TOPPADDING", 0, -1, top),
                ("BOTTOMPADDING", 0, -1, bottom),
                *commands,
            ]
            result.append(TableRow(row_cells, self.height(row_cells, top, bottom), row_commands))
        return result


def data_table(
    ctx: ReportContext,
    columns: Sequence[Column],
    rows: Sequence[Sequence[CellValue]],
    *,
    width: float | None = None,
    totals: Sequence[CellValue] | None = None,
    empty_text: str | None = None,
    zebra: bool = True,
    keep_whole: bool | None = None,
) -> DataTable:
    """A table that may run over many pages, its header row repeated on each.

    ``rows`` hold raw values (Decimal, date, Status, str...) formatted by column kind;
    a str is printed as given, None as a dash. ``totals`` adds a bold last row, never
    alone at the top of a page. An empty ``rows`` prints one row saying so
    (``empty_text``, default "No items"). ``width`` defaults to the content width.
    ``keep_whole``: a table that fits on one page moves to the next page rather than
    split; by default a short table (``KEEP_WHOLE_ROWS`` rows or fewer) is kept whole
    and a longer list splits between rows.
    """
    if not columns:
        raise ReportError("a table needs at least one column")
    maker = _RowMaker(ctx, columns, width if width is not None else ctx.width)
    palette = ctx.styles.palette
    n = len(columns)
    body: list[TableRow] = []
    row_ends: list[int] = []  # the last TableRow of each data row
    for index, values in enumerate(rows, start=1):
        if len(values) != n:
            raise ReportError(f"table row {index} has {len(values)} cells for {n} columns")
        commands: list[RowCommand] = []
        if zebra and index % 2 == 0:
            commands.append(("BACKGROUND", 0, -1, palette.zebra))
        cells = [maker.cell(c, value, commands) for c, value in enumerate(values)]
        group = maker.rows(cells, commands)
        group[-1].commands.append(("LINEBELOW", 0, -1, 0.25, RULE))
        body.extend(group)
        row_ends.append(len(body) - 1)
    if not rows:
        label = empty_text or ctx.translate("Reports", "No items")
        style = ParagraphStyle(
            "TableEmpty",
            parent=ctx.styles.table_cell,
            fontName=ctx.styles.fonts.italic,
            textColor=MUTED,
        )
        note = CellParagraph(escape(label), style)
        height = note.wrap(sum(maker.widths) - 2 * _PAD_X, _UNBOUNDED)[1]
        cells = [note, *([""] * (n - 1))]
        commands = [("SPAN", 0, -1)]
        body.append(TableRow(cells, height + _PAD_TOP + _PAD_BOTTOM, commands))
    if totals is not None:
        if len(totals) != n:
            raise ReportError(f"totals row has {len(totals)} cells for {n} columns")
        commands = [
            ("FONTNAME", 0, -1, maker.bold_font),
            ("LINEABOVE", 0, -1, 0.8, palette.primary),
            ("BACKGROUND", 0, -1, tint(palette.primary, 0.12)),
        ]
        cells = [maker.cell(c, v, commands, bold=True) for c, v in enumerate(totals)]
        row = TableRow(cells, maker.height(cells, _PAD_TOP, _PAD_BOTTOM), commands, True)
        body.append(row)
    body[-1].commands.append(("LINEBELOW", 0, -1, 0.8, palette.primary))

    table_commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), maker.font),
        ("FONTSIZE", (0, 0), (-1, -1), maker.size),
        ("LEADING", (0, 0), (-1, -1), maker.leading),
        ("TEXTCOLOR", (0, 0), (-1, -1), ctx.styles.table_cell.textColor),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), _PAD_X),
        ("RIGHTPADDING", (0, 0), (-1, -1), _PAD_X),
        ("TOPPADDING", (0, 0), (-1, -1), _PAD_TOP),
        ("BOTTOMPADDING", (0, 0), (-1, -1), _PAD_BOTTOM),
    ]
    for c, column in enumerate(columns):
        table_commands.append(("ALIGN", (c, 0), (c, -1), column.alignment.value))
    return DataTable(
        maker.widths,
        maker.header(),
        body,
        table_commands,
        space_before=2,
        space_after=10,
        keep_whole=len(body) <= KEEP_WHOLE_ROWS if keep_whole is None else keep_whole,
        row_ends=row_ends,
    )


def detail_width(table_width: float) -> float:
    """The width a full-width row of a table ``table_width`` wide gives its flowable."""
    return table_width - 2 * _PAD_X


def with_details(table: Flowable, details: Mapping[int, Sequence[Flowable]]) -> Flowable:
    """``table`` (made by ``data_table``) with full-width rows under data row ``i``
    holding ``details[i]`` (an item's photos, a strip per row): shaded as their row,
    the row's rule drawn under the last of them, and the first kept with the row (an
    item never ends a page with its photos on the next). Other flowables pass as
    they are."""
    if not details or not isinstance(table, DataTable) or not table.row_ends:
        return table
    blanks = [""] * (len(table.col_widths) - 1)
    room = detail_width(table.width)
    body: list[TableRow] = []
    start = 0
    for index, end in enumerate(table.row_ends):
        rows = [_copy_row(row) for row in table.body[start : end + 1]]
        start = end + 1
        body.extend(rows)
        extra = details.get(index, ())
        if not extra:
            continue
        last = rows[-1]
        rules = [c for c in last.commands if c[0] == "LINEBELOW"]
        last.commands = [c for c in last.commands if c[0] != "LINEBELOW"]
        shade = [c for c in rows[0].commands if c[0] == "BACKGROUND"]
        for n, flowable in enumerate(extra):
            height = flowable.wrap(room, _UNBOUNDED)[1] + _PAD_TOP + _PAD_BOTTOM
            commands: list[RowCommand] = [("SPAN", 0, -1), *shade]
            if n == len(extra) - 1:
                commands += rules
            body.append(TableRow([flowable, *blanks], height, commands, n == 0))
    body.extend(table.body[start:])  # the totals row or the empty note
    return table.over(body)  # tall with its photos: it splits between items, not moves whole


def _copy_row(row: TableRow) -> TableRow:
    """A copy of ``row`` whose commands may be changed without touching the original."""
    return TableRow(row.cells, row.height, list(row.commands), row.keep_with_previous)
