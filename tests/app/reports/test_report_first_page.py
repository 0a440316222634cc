"""The story first: without a cover the first page opens with the title block and the
story follows on it; a cover only when asked for; a table of contents only for a long
report, laid out after the body and moved behind the first page, every page number
following the final order. Blocks that fit on a page never split across two."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from datetime import date
from decimal import Decimal

from pdf_inspect import flat
from pypdf import PdfReader

from executrek.app import pdf as r

SmallBuilder = Callable[..., tuple[r.BuiltReport, PdfReader]]
COLUMNS = [r.Column("Reference"), r.Column("Amount", r.ColumnKind.MONEY, currency="EUR")]
NO_COVER = r.PageSetup(cover=False, contents=False)


def _rows(n: int, prefix: str = "ROW") -> list[list[r.CellValue]]:
    return [[f"{prefix}-{i:03d}", Decimal(i)] for i in range(n)]


def _texts(reader: PdfReader) -> list[str]:
    return [flat(page.extract_text() or "") for page in reader.pages]


def _pages_with(reader: PdfReader, text: str) -> list[int]:
    return [i for i, t in enumerate(_texts(reader)) if text in t]


def _long_story(ctx: r.ReportContext) -> list[r.Flowable]:
    out: list[r.Flowable] = [r.section_heading(ctx, "Headline"), r.para("Lead.", ctx.styles.body)]
    for chapter in range(4):
        out.append(r.section_heading(ctx, f"Chapter {chapter}"))
        out.append(r.data_table(ctx, COLUMNS, _rows(60, f"C{chapter}")))
    return out


def test_first_page_carries_the_title_block_and_the_story(build_small: SmallBuilder) -> None:
    built, reader = build_small(
        lambda ctx: [r.section_heading(ctx, "Headline"), r.para("The story.", ctx.styles.body)],
        page=NO_COVER,
    )
    assert built.pages == 1
    (first,) = _texts(reader)
    for text in (
        "MONTHLY PROGRESS REPORT",
        "Monthly Progress Report — November 2026",
        "P-2031 · Riverside Medical Centre, East Wing",
        "MPR-P2031-2026-11",
        "1 Nov 2026 – 30 Nov 2026",
        "Riverside Health Authority",
        "Zoë Ødegård, Northgate Project Management",
        "3 Dec 2026",
        "Headline",
        "The story.",
        "Page 1 of 1",
    ):
        assert text in first, text
    assert first.index("Report number") < first.index("Headline")


def test_a_cover_only_when_asked_for(build_small: SmallBuilder) -> None:
    story = lambda ctx: [r.para("The story.", ctx.styles.body)]  # noqa: E731
    with_cover, reader = build_small(story, page=r.PageSetup(cover=True, contents=False))
    assert with_cover.pages == 2 and _pages_with(reader, "The story.") == [1]
    without, reader = build_small(story, "plain.pdf", page=NO_COVER)
    assert without.pages == 1 and _pages_with(reader, "The story.") == [0]


def test_contents_only_past_the_page_threshold(build_small: SmallBuilder) -> None:
    short = r.PageSetup(cover=False, contents=True, contents_min_pages=12)
    built, reader = build_small(_long_story, page=short)
    assert built.pages <= 12
    assert not _pages_with(reader, "Contents")


def test_contents_of_a_long_report_follow_the_first_page(build_small: SmallBuilder) -> None:
    page = r.PageSetup(cover=False, contents=True, contents_min_pages=3)
    built, reader = build_small(_long_story, page=page)
    texts = _texts(reader)
    total = built.pages
    assert total > 4
    assert _pages_with(reader, "Contents") == [1]  # right behind the first page
    for number, text in enumerate(texts, start=1):
        assert f"Page {number} of {total}" in text  # numbered in the final order
    contents = reader.pages[1].extract_text(extraction_mode="layout")
    for chapter in range(4):
        title = f"Chapter {chapter}"
        found = re.search(re.escape(title) + r"[ .]*?(\d+)\s*$", contents, re.MULTILINE)
        assert found, title
        printed = int(found[1])
        assert f"C{chapter}-000" in texts[printed - 1]  # the heading's page, as printed
    # bookmarks point at the same pages
    outline = {item.title: reader.get_destination_page_number(item) for item in reader.outline}
    assert outline["Chapter 2"] + 1 == int(
        re.search(r"Chapter 2[ .]*?(\d+)\s*$", contents, re.MULTILINE)[1]  # type: ignore[index]
    )


def test_moved_contents_are_reproducible(build_small: SmallBuilder) -> None:
    page = r.PageSetup(cover=False, contents=True, contents_min_pages=3)
    one, _ = build_small(_long_story, "a.pdf", page=page, invariant=True)
    two, _ = build_small(_long_story, "b.pdf", page=page, invariant=True)
    assert one.sha256 == two.sha256
    assert hashlib.sha256(one.path.read_bytes()).hexdigest() == one.sha256


def test_one_day_period_prints_one_date(context: r.ReportContext) -> None:
    fmt = context.fmt
    day = date(2026, 10, 30)
    assert fmt.period(day, day) == "30 Oct 2026"
    assert fmt.period(day, date(2026, 10, 31)) == "30 Oct 2026 – 31 Oct 2026"


def _filler(ctx: r.ReportContext, leave: float) -> r.Flowable:
    frame = ctx.content.frame_height
    return r.Spacer(1, frame - leave)


def test_a_short_table_moves_whole_with_its_heading(build_small: SmallBuilder) -> None:
    """Room for the heading and three of six rows: heading and table move together."""

    def story(ctx: r.ReportContext) -> list[r.Flowable]:
        return [
            r.PageBreak(),
            _filler(ctx, 110),
            r.section_heading(ctx, "Short table"),
            r.data_table(ctx, COLUMNS, _rows(6, "S")),
        ]

    _, reader = build_small(story, page=NO_COVER)
    assert _pages_with(reader, "Short table") == _pages_with(reader, "S-000") == [2]
    assert _pages_with(reader, "S-005") == [2]


def test_a_long_table_still_splits(build_small: SmallBuilder) -> None:
    def story(ctx: r.ReportContext) -> list[r.Flowable]:
        return [
            r.PageBreak(),
            _filler(ctx, 170),
            r.section_heading(ctx, "Long table"),
            r.data_table(ctx, COLUMNS, _rows(30, "L")),
        ]

    _, reader = build_small(story, page=NO_COVER)
    assert _pages_with(reader, "Long table") == _pages_with(reader, "L-000") == [1]
    assert _pages_with(reader, "L-029") == [2]


def test_a_panel_that_fits_a_page_never_splits(build_small: SmallBuilder) -> None:
    def story(ctx: r.ReportContext) -> list[r.Flowable]:
        pairs = [(f"Key {i}", f"Value {i}") for i in range(12)]
        return [r.PageBreak(), _filler(ctx, 60), r.key_value_block(ctx, pairs, columns=2)]

    _, reader = build_small(story, page=NO_COVER)
    assert _pages_with(reader, "Key 0") == _pages_with(reader, "Value 11") == [2]
