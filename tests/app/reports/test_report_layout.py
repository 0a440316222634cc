"""Page layout: paper sizes, headings kept with what follows, table page breaks."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

import pytest
from pdf_inspect import flat, media_box
from pypdf import PdfReader
from reportlab.pdfbase.pdfmetrics import stringWidth

from executrek.app import pdf as r
from executrek.app.pdf.table_flowable import DataTable

SmallBuilder = Callable[..., tuple[r.BuiltReport, PdfReader]]


def _rows(n: int) -> list[list[r.CellValue]]:
    return [[f"ROW-{i:03d}", Decimal(i)] for i in range(n)]


_COLUMNS = [r.Column("Reference"), r.Column("Amount", r.ColumnKind.MONEY, currency="EUR")]


def _pages_with(reader: PdfReader, text: str) -> list[int]:
    return [i for i, p in enumerate(reader.pages) if text in flat(p.extract_text() or "")]


@pytest.mark.parametrize(
    ("paper", "landscape", "content_size"),
    [
        (r.Paper.A4, False, (595.3, 841.9)),
        (r.Paper.LETTER, False, (612.0, 792.0)),
        (r.Paper.A4, True, (841.9, 595.3)),
        (r.Paper.LETTER, True, (792.0, 612.0)),
    ],
)
def test_paper_and_orientation(
    build_small: SmallBuilder,
    paper: r.Paper,
    landscape: bool,
    content_size: tuple[float, float],
) -> None:
    _, reader = build_small(
        lambda ctx: [r.data_table(ctx, _COLUMNS, _rows(5))],
        page=r.PageSetup(paper=paper, landscape=landscape, contents=False),
    )
    cover_w, cover_h = media_box(reader.pages[0])
    assert cover_w < cover_h  # the cover is always portrait
    assert media_box(reader.pages[1]) == pytest.approx(content_size, abs=0.1)


def _filler(ctx: r.ReportContext, leave: float) -> r.Flowable:
    """A spacer filling the first body page except ``leave`` points."""
    return r.Spacer(1, ctx.content.frame_height - leave)


def test_heading_moves_with_its_table_when_no_row_fits(build_small: SmallBuilder) -> None:
    def story_builder(ctx: r.ReportContext) -> list[r.Flowable]:
        return [
            _filler(ctx, 45),
            r.section_heading(ctx, "Orphan candidate"),
            r.data_table(ctx, _COLUMNS, _rows(30)),
        ]

    _, reader = build_small(story_builder)
    heading = _pages_with(reader, "Orphan candidate")
    assert heading == _pages_with(reader, "ROW-000") == [2]


def test_heading_stays_when_the_table_can_start_under_it(build_small: SmallBuilder) -> None:
    def story_builder(ctx: r.ReportContext) -> list[r.Flowable]:
        return [
            _filler(ctx, 170),
            r.section_heading(ctx, "Room enough"),
            r.data_table(ctx, _COLUMNS, _rows(40)),
        ]

    _, reader = build_small(story_builder)
    assert _pages_with(reader, "Room enough") == _pages_with(reader, "ROW-000") == [1]
    assert _pages_with(reader, "ROW-039") == [2]  # the table continues, nothing wasted


def test_heading_moves_with_a_chart_that_does_not_fit(build_small: SmallBuilder) -> None:
    def story_builder(ctx: r.ReportContext) -> list[r.Flowable]:
        chart = r.bar_chart(ctx, [r.Datum("A", 1), r.Datum("B", 2)], height=200)
        return [_filler(ctx, 150), r.section_heading(ctx, "Chart heading"), chart]

    _, reader = build_small(story_builder)
    assert _pages_with(reader, "Chart heading") == [2]


def test_two_headings_stay_together(build_small: SmallBuilder) -> None:
    def story_builder(ctx: r.ReportContext) -> list[r.Flowable]:
        return [
            _filler(ctx, 70),
            r.section_heading(ctx, "Chapter"),
            r.section_heading(ctx, "Section", 1),
            r.data_table(ctx, _COLUMNS, _rows(10)),
        ]

    _, reader = build_small(story_builder)
    assert _pages_with(reader, "Chapter") == _pages_with(reader, "Section") == [2]


def _table(ctx: r.ReportContext, rows: int, totals: bool = False) -> DataTable:
    total_row: list[r.CellValue] | None = ["Total", Decimal(1)] if totals else None
    return r.data_table(ctx, _COLUMNS, _rows(rows), totals=total_row)


def _room_for(table: DataTable, rows: int) -> float:
    return table.header.height + sum(row.height for row in table.body[:rows]) + 0.5


def test_table_split_repeats_the_header_and_keeps_every_row(context: r.ReportContext) -> None:
    table = _table(context, 50)
    first, rest = table.split(table.width, _room_for(table, 20))
    assert isinstance(first, DataTable)
    assert isinstance(rest, DataTable)
    assert first.row_count == 20
    assert rest.row_count == 30
    assert rest.header is table.header
    assert first.table()._cellvalues[0] == rest.table()._cellvalues[0]


def test_no_single_row_is_left_for_the_next_page(context: r.ReportContext) -> None:
    table = _table(context, 10)
    _first, rest = table.split(table.width, _room_for(table, 9))
    assert isinstance(rest, DataTable)
    assert rest.row_count == 2


def test_no_single_row_at_the_foot_of_a_page(context: r.ReportContext) -> None:
    table = _table(context, 10)
    assert table.split(table.width, _room_for(table, 1)) == []


def test_totals_row_never_starts_a_page_alone(context: r.ReportContext) -> None:
    table = _table(context, 3, totals=True)
    _first, rest = table.split(table.width, _room_for(table, 3))
    assert isinstance(rest, DataTable)
    assert rest.row_count == 2
    assert rest.body[-1].keep_with_previous


def test_huge_cell_continues_in_follow_on_rows(build_small: SmallBuilder) -> None:
    long_text = " ".join(f"word{i}" for i in range(2500))

    def story_builder(ctx: r.ReportContext) -> list[r.Flowable]:
        return [
            r.data_table(
                ctx,
                [r.Column("Id"), r.Column("Notes", weight=4)],
                [["A-1", "short"], ["A-2", long_text], ["A-3", "after"]],
            )
        ]

    built, reader = build_small(story_builder)
    assert built.pages >= 3
    text = flat(" ".join(p.extract_text() or "" for p in reader.pages))
    assert "word0 " in text
    assert "word2499" in text
    assert "after" in text
    for page in reader.pages[1:]:
        assert "Notes" in (page.extract_text() or "")  # header on every page


def test_plain_and_wrapped_cells(context: r.ReportContext) -> None:
    table = r.data_table(
        context,
        [r.Column("Short"), r.Column("Long")],
        [["abc", "a long description that will certainly need more than one line " * 3]],
    )
    short, long = table.body[0].cells
    assert short == "abc"
    assert isinstance(long, r.Flowable)
    width = table.col_widths[0] - 8
    assert stringWidth("abc", context.styles.fonts.condensed, 8) < width


def test_table_input_errors(context: r.ReportContext) -> None:
    with pytest.raises(r.ReportError, match="currency"):
        r.Column("Cost", r.ColumnKind.MONEY)
    with pytest.raises(r.ReportError, match="money"):
        r.data_table(context, _COLUMNS, [["X", 1.5]])
    with pytest.raises(r.ReportError, match="2 columns"):
        r.data_table(context, _COLUMNS, [["X"]])
    with pytest.raises(r.ReportError, match="at least one column"):
        r.data_table(context, [], [])


def test_key_value_block_shows_a_dash_for_missing(build_small: SmallBuilder) -> None:
    _, reader = build_small(
        lambda ctx: [r.key_value_block(ctx, [("Owner", None), ("Project", "P & Q <x>")])]
    )
    text = flat(reader.pages[1].extract_text() or "")
    assert "Owner \u2014" in text
    assert "P & Q <x>" in text


def test_a_table_too_wide_for_the_page_is_an_error(build_small: SmallBuilder) -> None:
    def story_builder(ctx: r.ReportContext) -> list[r.Flowable]:
        return [r.data_table(ctx, _COLUMNS, _rows(3), width=ctx.landscape.frame_width)]

    with pytest.raises(r.ReportError, match="does not fit"):
        build_small(story_builder)


class _FillsTheFrame(r.Flowable):  # type: ignore[misc]
    """Takes exactly the room left in the frame and has space after it, as a table has:
    the body ends at the foot of the page."""

    def __init__(self) -> None:
        super().__init__()
        self.spaceAfter = 6

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return availWidth, availHeight

    def draw(self) -> None:
        self.canv.rect(0, 0, self.width, self.height)


@pytest.mark.parametrize("min_pages", [1, 12])
def test_a_body_ending_at_the_foot_of_a_page_opens_no_empty_page(
    build_small: SmallBuilder, min_pages: int
) -> None:
    """The contents marker after the body needs no room: a short report ending exactly
    at the foot of its last page has no blank page after it (the portfolio report had
    one), and a long one gets its contents without a blank page before them."""
    pages = 1 if min_pages == 12 else 2
    built, reader = build_small(
        lambda ctx: [
            *[r.PageBreak() for _ in range(pages - 1)],
            r.section_heading(ctx, "Body"),
            _FillsTheFrame(),
        ],
        page=r.PageSetup(cover=False, contents=True, contents_min_pages=min_pages),
    )
    texts = [page.extract_text() or "" for page in reader.pages]
    if min_pages == 12:
        assert built.pages == 1
    else:  # body on pages 1-2, then the contents, moved behind page 1
        assert built.pages == 3
        assert "Contents" in texts[1]
