from __future__ import annotations

import io
import math
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from drawing_fixtures import (
    BLUE,
    RED,
    YELLOW,
    encrypted_pdf,
    huge_bilevel_png,
    labelled_pdf,
    quadrants,
    rotated_pdf,
    small_pdf,
    zero_size_page_pdf,
)
from PIL import Image, ImageChops

from executrek.app.drawings import pdf_pages, scan_pages
from executrek.app.drawings.engine import DrawingDocument, DrawingError, inspect_file
from executrek.app.drawings.sample import SHEET_SIZES


def _dark_fraction(image: Image.Image) -> float:
    histogram = image.convert("L").histogram()
    return sum(histogram[:200]) / (image.width * image.height)


def _close(a: tuple[int, ...], b: tuple[int, ...], tol: int = 12) -> bool:
    return all(abs(x - y) <= tol for x, y in zip(a, b, strict=True))


# -- PDF -------------------------------------------------------------------------------


def test_inspect_a1_plan(a1_plan: Path) -> None:
    info = inspect_file(a1_plan)
    assert info.kind == "pdf"
    assert len(info.pages) == 2
    width, height = SHEET_SIZES["A1"]
    assert [p.index for p in info.pages] == [0, 1]
    assert math.isclose(info.pages[0].width_pt, width, abs_tol=0.5)
    assert math.isclose(info.pages[0].height_pt, height, abs_tol=0.5)
    assert info.pages[0].label is None
    assert info.title == "Ground floor — rev B"


def test_render_region_size_and_content(a1_plan: Path) -> None:
    with DrawingDocument.open(a1_plan) as doc:
        image = doc.render_region(0, 1.5, 600.0, 400.0, 300.3, 200.0)
        assert image.mode == "RGB"
        assert image.size == (math.ceil(300.3 * 1.5), 300)
        assert _dark_fraction(image) > 0.01  # walls, furniture, text
        outside = doc.render_region(0, 1.0, -500.0, -500.0, 100.0, 100.0)
        assert outside.getextrema() == ((255, 255), (255, 255), (255, 255))


def test_region_matches_the_same_area_of_a_whole_page_render(a1_plan: Path) -> None:
    with DrawingDocument.open(a1_plan) as doc:
        page = doc.render_region(
            0, 0.5, 0, 0, doc.info.pages[0].width_pt, doc.info.pages[0].height_pt
        )
        part = doc.render_region(0, 0.5, 400.0, 300.0, 200.0, 100.0)
    expected = page.crop((200, 150, 300, 200))
    diff = ImageChops.difference(part, expected).convert("L")
    assert sum(diff.histogram()[40:]) < 0.01 * 100 * 50


def test_thumbnail_fits_max_px(a1_plan: Path) -> None:
    with DrawingDocument.open(a1_plan) as doc:
        thumb = doc.render_thumbnail(1, max_px=300)
    assert max(thumb.size) == 300
    assert thumb.size[1] == math.ceil(SHEET_SIZES["A1"][1] * 300 / SHEET_SIZES["A1"][0] - 1e-9)
    assert _dark_fraction(thumb) > 0.05


def test_rotated_page_is_shown_upright(a1_plan: Path, tmp_path: Path) -> None:
    rotated = rotated_pdf(a1_plan, tmp_path / "rot.pdf", 90)
    info = inspect_file(rotated)
    assert info.pages[0].width_pt < info.pages[0].height_pt  # displayed portrait
    with DrawingDocument.open(a1_plan) as plain, DrawingDocument.open(rotated) as turned:
        expected = plain.render_thumbnail(0, 400).transpose(Image.Transpose.ROTATE_270)
        shown = turned.render_thumbnail(0, 400)
    assert shown.size == expected.size
    # Thin lines anti-alias differently on the two pixel grids: compare coarse blocks.
    small = (shown.width // 8, shown.height // 8)
    diff = ImageChops.difference(
        shown.resize(small, Image.Resampling.BOX), expected.resize(small, Image.Resampling.BOX)
    ).convert("L")
    assert sum(diff.histogram()[48:]) < 0.02 * small[0] * small[1]
    upside_down = expected.transpose(Image.Transpose.ROTATE_180).resize(small, Image.Resampling.BOX)
    wrong = ImageChops.difference(shown.resize(small, Image.Resampling.BOX), upside_down)
    assert sum(wrong.convert("L").histogram()[48:]) > 0.05 * small[0] * small[1]


def test_page_labels_are_read(tmp_path: Path) -> None:
    path = labelled_pdf(small_pdf(tmp_path / "s.pdf", pages=3), tmp_path / "l.pdf", "A-")
    assert [p.label for p in inspect_file(path).pages] == ["A-101", "A-102", "A-103"]


def test_two_thousand_pages_inspect(tmp_path: Path) -> None:
    path = small_pdf(tmp_path / "many.pdf", pages=2000, size=(200, 100))
    info = inspect_file(path)
    assert len(info.pages) == 2000
    assert info.pages[-1].width_pt == 200


def test_too_many_pages_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = small_pdf(tmp_path / "many.pdf", pages=12, size=(200, 100))
    monkeypatch.setattr(pdf_pages, "MAX_PAGES", 10)
    with pytest.raises(DrawingError, match=r"12 pages, more than the 10"):
        inspect_file(path)


def test_encrypted_pdf_refused(tmp_path: Path) -> None:
    path = encrypted_pdf(small_pdf(tmp_path / "s.pdf"), tmp_path / "locked.pdf")
    with pytest.raises(DrawingError, match="password-protected"):
        inspect_file(path)
    with pytest.raises(DrawingError, match="password-protected"):
        DrawingDocument.open(path)


@pytest.mark.parametrize("fraction", [0.1, 0.5, 0.97])
def test_truncated_pdf_refused(a1_plan: Path, tmp_path: Path, fraction: float) -> None:
    data = a1_plan.read_bytes()
    path = tmp_path / "cut.pdf"
    path.write_bytes(data[: int(len(data) * fraction)])
    with pytest.raises(DrawingError, match="damaged or incomplete"):
        inspect_file(path)


def test_not_a_pdf_with_pdf_extension(tmp_path: Path) -> None:
    path = tmp_path / "plan.pdf"
    path.write_text("<html>Sign in to download the drawing</html>")
    with pytest.raises(DrawingError, match="not a PDF, PNG or JPEG"):
        inspect_file(path)


def test_pdf_header_with_garbage_body_refused(tmp_path: Path) -> None:
    path = tmp_path / "plan.pdf"
    path.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 50)
    with pytest.raises(DrawingError, match="damaged"):
        inspect_file(path)


def test_empty_and_missing_files(tmp_path: Path) -> None:
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    with pytest.raises(DrawingError, match="is empty"):
        inspect_file(empty)
    with pytest.raises(DrawingError, match="could not be found"):
        inspect_file(tmp_path / "nowhere.pdf")


def test_zero_size_page_refused(tmp_path: Path) -> None:
    path = zero_size_page_pdf(small_pdf(tmp_path / "s.pdf", pages=2), tmp_path / "zero.pdf")
    with pytest.raises(DrawingError, match=r"Page 1 of “zero.pdf” has an unusable size \(0"):
        inspect_file(path)


def test_render_pixel_cap(a1_plan: Path) -> None:
    with DrawingDocument.open(a1_plan) as doc:
        page = doc.info.pages[0]
        with pytest.raises(DrawingError, match="megapixel image, more than the 40 allowed"):
            doc.render_region(0, 4.0, 0, 0, page.width_pt, page.height_pt)
        with pytest.raises(DrawingError, match="Page 3 does not exist"):
            doc.render_thumbnail(2)


def test_document_renders_safely_from_four_threads(a1_plan: Path) -> None:
    regions = [(0, 1.0, x * 300.0, y * 250.0, 256.0, 256.0) for x in range(4) for y in range(3)]
    with DrawingDocument.open(a1_plan) as doc:
        expected = [doc.render_region(*r).tobytes() for r in regions]
        barrier = threading.Barrier(4)

        def work(offset: int) -> list[bytes]:
            barrier.wait()
            order = regions[offset:] + regions[:offset]
            got = [doc.render_region(*r).tobytes() for r in order]
            return got[-offset:] + got[:-offset] if offset else got

        with ThreadPoolExecutor(4) as pool:
            results = list(pool.map(work, range(4)))
    assert all(result == expected for result in results)


def test_hostile_pdfs_give_a_sentence(shared_testdata: Path) -> None:
    for path in sorted((shared_testdata / "hostile" / "pdf").glob("*.pdf")):
        with pytest.raises(DrawingError) as caught:  # both have 1 × 1 pt pages
            inspect_file(path)
        assert "\n" not in str(caught.value)


# -- scans -----------------------------------------------------------------------------


def test_png_scan_page_size_from_dpi_and_render(tmp_path: Path) -> None:
    path = tmp_path / "scan.png"
    quadrants((400, 200)).save(path, dpi=(100, 100))
    info = inspect_file(path)
    assert info.kind == "image"
    assert (info.pages[0].width_pt, info.pages[0].height_pt) == (288.0, 144.0)
    with DrawingDocument.open(path) as doc:
        top_left = doc.render_region(0, 1.0, 0, 0, 144, 72)
        assert top_left.size == (144, 72)
        assert _close(top_left.getpixel((70, 30)), RED)
        overhang = doc.render_region(0, 1.0, 200, 100, 200, 100)  # past the bottom right
        assert _close(overhang.getpixel((40, 20)), YELLOW)
        assert overhang.getpixel((150, 80)) == (255, 255, 255)


def test_jpeg_exif_orientation_respected(tmp_path: Path) -> None:
    stored = quadrants((300, 200)).transpose(Image.Transpose.ROTATE_90)  # 200 × 300
    exif = Image.Exif()
    exif[0x0112] = 6  # viewer rotates 90° clockwise to show it upright
    path = tmp_path / "scan.jpg"
    stored.save(path, "JPEG", quality=95, exif=exif, dpi=(72, 72))
    info = inspect_file(path)
    assert (info.pages[0].width_pt, info.pages[0].height_pt) == (300.0, 200.0)
    with DrawingDocument.open(path) as doc:
        image = doc.render_thumbnail(0, 300)
    assert _close(image.getpixel((40, 40)), RED, 40)
    assert _close(image.getpixel((40, 160)), BLUE, 40)


def test_large_jpeg_decoded_reduced(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "big.jpg"
    quadrants((2000, 1600)).save(path, "JPEG", quality=90, dpi=(200, 200))
    monkeypatch.setattr(scan_pages, "DECODE_PIXEL_LIMIT", 1_000_000)
    pages = scan_pages.ScanPages(path)
    try:
        assert pages.decoded_size == (1000, 800)  # libjpeg decoded at 1/2 scale
        assert (pages.info.pages[0].width_pt, pages.info.pages[0].height_pt) == (720.0, 576.0)
        image = pages.render(0, 0.5, 360.0, 0.0, (100, 100))
        assert _close(image.getpixel((50, 50)), (0, 255, 0), 40)
    finally:
        pages.close()


def test_huge_png_scan_refused(tmp_path: Path) -> None:
    path = huge_bilevel_png(tmp_path / "scan.png")
    with pytest.raises(DrawingError, match="280 megapixels"):
        inspect_file(path)
    with pytest.raises(DrawingError, match="280 megapixels"):
        DrawingDocument.open(path)


def test_png_over_decode_limit_refused(tmp_path: Path) -> None:
    path = huge_bilevel_png(tmp_path / "scan.png", width=9000, height=8000)  # 72 MP
    with pytest.raises(DrawingError, match="72 megapixels, more than the 64"):
        inspect_file(path)


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("bombs_and_huge_dims/lottapixel.jpg", "megapixels"),
        ("bombs_and_huge_dims/png_decompression_dos.png", "damaged"),
        ("bombs_and_huge_dims/decompression_bomb.gif", "not a PDF, PNG or JPEG"),
        ("truncated/truncated_jpeg.jpg", "damaged or incomplete"),
        ("truncated/truncated_image.png", "damaged or incomplete"),
        ("wrong_extension/SYNTHETIC_heif_named.JPG", "not a PDF, PNG or JPEG"),
    ],
)
def test_hostile_images(shared_testdata: Path, name: str, words: str) -> None:
    with pytest.raises(DrawingError, match=words):
        inspect_file(shared_testdata / "hostile" / name)


def test_hostile_orientation_jpeg_is_upright(shared_testdata: Path) -> None:
    path = shared_testdata / "hostile" / "orientation" / "hopper_orientation_6.jpg"
    with Image.open(path) as raw:
        stored = raw.size
    info = inspect_file(path)
    ratio = info.pages[0].width_pt / info.pages[0].height_pt
    assert math.isclose(ratio, stored[1] / stored[0], rel_tol=0.01)


def test_scan_bytes_survive_roundtrip_through_memory(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    quadrants((64, 64)).save(buffer, "PNG")
    path = tmp_path / "tiny.png"
    path.write_bytes(buffer.getvalue())
    with DrawingDocument.open(path) as doc:
        assert doc.render_thumbnail(0, 64).size == (64, 64)
