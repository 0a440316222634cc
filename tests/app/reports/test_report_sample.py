"""The worked sample report, read back: what the owner sees must be there, findable
and correct."""

from __future__ import annotations

import re

from conftest import BuiltSample
from pdf_inspect import drawn_images, flat, fonts, outline_entries, painted_content
from sample_report import (
    CHART_TITLES,
    INTERNATIONAL_NAMES,
    PUNCH_HEADERS,
    PUNCH_ROWS,
    meta,
)

from executrek.app.pdf.document import CREATOR


def _page_of(sample: BuiltSample, text: str) -> int:
    """First body page (after cover and contents) showing ``text``."""
    for index, page_text in enumerate(sample.texts[2:], start=2):
        if text in flat(page_text):
            return index
    raise AssertionError(f"{text!r} is on no page")


def test_page_count_matches_and_is_long(sample: BuiltSample) -> None:
    assert sample.built.pages == len(sample.reader.pages)
    assert sample.built.pages >= 20  # three long tables really do span pages


def test_every_page_says_page_x_of_n(sample: BuiltSample) -> None:
    total = len(sample.texts)
    for number, text in enumerate(sample.texts, start=1):
        assert f"Page {number} of {total}" in text, f"page {number}"


def test_footer_and_header_identify_the_report_on_every_page(sample: BuiltSample) -> None:
    m = meta()
    for number, text in enumerate(sample.texts, start=1):
        assert m.report_number in text, f"page {number}"
        assert f"Prepared by {m.prepared_by} on 3 Dec 2026" in text, f"page {number}"
    for text in sample.texts[1:]:
        assert m.project_code in text


def test_international_names_are_extractable_text(sample: BuiltSample) -> None:
    everything = flat(" ".join(sample.texts))
    for name in INTERNATIONAL_NAMES:
        assert name in everything, name


def test_all_fonts_are_embedded_dejavu(sample: BuiltSample) -> None:
    found = fonts(sample.reader)
    assert found, "no fonts"
    for name, font in found.items():
        assert "DejaVu" in name, name
        descriptor = font["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor, f"{name} is not embedded"


def test_metadata(sample: BuiltSample) -> None:
    info = sample.reader.metadata
    assert info is not None
    m = meta()
    assert info.title == m.title
    assert info.author is not None
    assert m.prepared_by in info.author
    assert info.subject is not None
    assert m.project_code in info.subject
    assert info.creator == CREATOR == "Executrek Field"


def test_outline_has_every_section_on_the_right_page(sample: BuiltSample) -> None:
    entries = list(outline_entries(sample.reader))
    titles = [title for _, title, _ in entries]
    for expected in ("Contents", "Executive summary", "Punch list", "Risks", "Sign-off"):
        assert expected in titles
    assert any(depth == 1 for depth, _, _ in entries), "no nested entries"
    for _, title, page in entries:
        assert title in flat(sample.texts[page]), f"{title!r} not on page {page + 1}"


def test_table_of_contents_lists_sections_with_their_pages(sample: BuiltSample) -> None:
    contents = sample.reader.pages[1].extract_text(extraction_mode="layout")
    assert "Contents" in contents
    for _, title, page in outline_entries(sample.reader):
        if title == "Contents":
            continue
        match = re.search(re.escape(title) + r"[ .]*?(\d+)$", contents, re.MULTILINE)
        assert match, f"{title!r} missing from the contents"
        assert int(match.group(1)) == page + 1, title


def test_split_tables_repeat_their_header_on_every_page(sample: BuiltSample) -> None:
    pages = [i for i, text in enumerate(sample.texts) if re.search(r"PI-\d{4}", text)]
    assert len(pages) >= 5, "the punch list should span several pages"
    for index in pages:
        text = flat(sample.texts[index])
        for label in PUNCH_HEADERS:
            assert label in text, f"header {label!r} missing on page {index + 1}"


def test_every_table_row_is_printed_once(sample: BuiltSample) -> None:
    everything = " ".join(sample.texts)
    ids = re.findall(r"PI-(\d{4})", everything)
    assert sorted(set(ids)) == [f"{i:04d}" for i in range(1, PUNCH_ROWS + 1)]
    assert len(ids) == PUNCH_ROWS


def test_escaped_user_text_prints_literally(sample: BuiltSample) -> None:
    everything = flat(" ".join(sample.texts))
    assert "sill <detail 7>" in everything
    assert "Costs & risks" in everything


def test_chart_pages_are_vector_only(sample: BuiltSample) -> None:
    logo_sizes = {(480, 160)}
    chart_pages = {_page_of(sample, title) for title in CHART_TITLES}
    assert len(chart_pages) >= 3
    for index in chart_pages:
        page = sample.reader.pages[index]
        for image in drawn_images(page):
            assert (image.width, image.height) in logo_sizes, f"raster on page {index + 1}"
        assert page.get_contents() is not None
        content = painted_content(page)
        assert content.count(b" re") + content.count(b" c\n") > 20  # drawn shapes


def test_photos_are_embedded_once_each(sample: BuiltSample) -> None:
    photo_sizes = set()
    for path in sample.files.photos:
        from PIL import Image

        with Image.open(path) as image:
            photo_sizes.add(image.size)
    embedded = {
        image.name
        for page in sample.reader.pages
        for image in drawn_images(page)
        if (image.width, image.height) in photo_sizes
    }
    assert len(embedded) == len(sample.files.photos)


def test_missing_photo_is_shown_as_missing(sample: BuiltSample) -> None:
    everything = flat(" ".join(sample.texts))
    assert "Photo not available" in everything
    assert sample.files.missing_photo.name in everything


def test_signatures_and_unsigned_block(sample: BuiltSample) -> None:
    index = _page_of(sample, "Sign-off")
    text = flat(" ".join(sample.texts[index:]))
    assert "Signed 3 Dec 2026 16:45 UTC+01:00" in text
    assert "Not signed" in text
    assert INTERNATIONAL_NAMES[3] in text
    assert drawn_images(sample.reader.pages[index]) == [
        i for i in drawn_images(sample.reader.pages[index]) if (i.width, i.height) == (480, 160)
    ]


def test_empty_data_prints_a_notice(sample: BuiltSample) -> None:
    index = _page_of(sample, "Defects closed this period")
    text = flat(" ".join(sample.texts[index : index + 2]))
    assert "No data for this period" in text
    assert "No items" in text


def test_landscape_pages_for_the_wide_register(sample: BuiltSample) -> None:
    index = _page_of(sample, "Document register")
    box = sample.reader.pages[index].mediabox
    assert float(box.width) > float(box.height)
    cover = sample.reader.pages[0].mediabox
    assert float(cover.width) < float(cover.height)
    last = sample.reader.pages[-1].mediabox
    assert float(last.width) < float(last.height)  # back to portrait for the sign-off


def test_progress_reports_run_forward_to_completion(sample: BuiltSample) -> None:
    assert sample.progress
    done = [d for d, _ in sample.progress]
    assert done == sorted(done)
    assert all(0 <= d <= t for d, t in sample.progress)
    last_done, last_total = sample.progress[-1]
    assert last_done == last_total


def test_built_report_hash_matches_file(sample: BuiltSample) -> None:
    import hashlib

    data = sample.built.path.read_bytes()
    assert hashlib.sha256(data).hexdigest() == sample.built.sha256
    assert sample.built.size == len(data)
