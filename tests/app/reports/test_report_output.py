"""How a report reaches the disk: one layout pass, page totals and contents drawn at
save, the file streamed out with photos read one at a time."""

from __future__ import annotations

import io
import re
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pdf_inspect import flat, outline_entries
from PIL import Image
from pypdf import PdfReader
from reportlab import rl_config
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph
from sample_report import meta

from executrek.app import pdf as r
from executrek.app.pdf.pdf_canvas import ReportCanvas

SmallBuilder = Callable[..., tuple[r.BuiltReport, PdfReader]]


def _noise_jpeg(path: Path, seed: int, size: tuple[int, int] = (640, 480)) -> Path:
    width, height = size
    pixels = bytes((i * 7919 + seed * 104729 + (i >> 7) * 31) % 251 for i in range(width * 3))
    image = Image.frombytes("RGB", (width, 1), pixels).resize((width, height))
    noise = Image.effect_noise((width, height), 60).convert("RGB")
    Image.blend(image, noise, 0.5).save(path, "JPEG", quality=92)
    return path


def _draw(canvas: Canvas, photos: list[Path]) -> None:
    canvas.setFont("Helvetica", 12)
    canvas.drawString(72, 760, "Photos")
    for index, photo in enumerate(photos):
        canvas.drawImage(str(photo), 72, 400 - index * 10, 200, 150)
    canvas.drawImage(str(photos[0]), 300, 400, 100, 75)  # the same photo again
    canvas.showPage()
    canvas.drawString(72, 760, "Second page")


def test_streamed_file_equals_reportlab_own_save(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(rl_config, "useA85", 0)  # as build_pdf sets it
    photos = [_noise_jpeg(tmp_path / f"p{i}.jpg", i) for i in range(3)]
    ours = io.BytesIO()
    canvas = ReportCanvas(ours, invariant=1)
    _draw(canvas, photos)
    canvas.save()
    theirs = io.BytesIO()
    plain = Canvas(theirs, invariant=1)
    _draw(plain, photos)
    plain.save()
    assert ours.getvalue() == theirs.getvalue()
    reader = PdfReader(io.BytesIO(ours.getvalue()))
    assert len(reader.pages) == 2
    embedded = sorted(_images(reader))
    assert embedded == sorted(p.read_bytes() for p in photos)  # the files as they are, once each


def _images(reader: PdfReader) -> list[bytes]:
    found = []
    resources: Any = reader.pages[0]["/Resources"]
    for ref in resources["/XObject"].values():
        obj = ref.get_object()
        if obj.get("/Subtype") == "/Image":
            assert obj["/Filter"] == ["/DCTDecode"]
            found.append(obj._data)
    return found


def test_deferred_drawing_lands_on_its_own_page(tmp_path: Path) -> None:
    out = io.BytesIO()
    canvas = ReportCanvas(out, invariant=1)
    for page in range(1, 4):
        canvas.setFont("Helvetica", 10)
        canvas.drawString(72, 700, f"Body {page}")

        def footer(c: Canvas, total: int, page: int = page) -> None:
            c.setFont("Helvetica", 10)
            c.drawString(72, 40, f"Sheet {page} of {total}")

        canvas.defer(footer)
        canvas.showPage()
    canvas.save()
    reader = PdfReader(io.BytesIO(out.getvalue()))
    texts = [p.extract_text() or "" for p in reader.pages]
    assert [("Sheet 1 of 3" in t, "Sheet 2 of 3" in t, "Sheet 3 of 3" in t) for t in texts] == [
        (True, False, False),
        (False, True, False),
        (False, False, True),
    ]
    assert b"executrek deferred" not in out.getvalue()


def _photo_story(photos: list[Path]) -> Callable[[r.ReportContext], list[r.Flowable]]:
    def story(ctx: r.ReportContext) -> list[r.Flowable]:
        items = [r.Photo(p, p.name) for p in photos]
        return [r.section_heading(ctx, "Photos"), r.photo_grid(ctx, items, per_row=3)]

    return story


def _peak_mb(fn: Callable[[], object]) -> float:
    tracemalloc.start()
    try:
        fn()
        return tracemalloc.get_traced_memory()[1] / 2**20
    finally:
        tracemalloc.stop()


def test_memory_does_not_grow_with_the_photos(tmp_path: Path) -> None:
    photos = [_noise_jpeg(tmp_path / f"n{i}.jpg", i, (900, 675)) for i in range(16)]
    plain = r.Branding("Owner", "PMO", None)

    def build(count: int, name: str) -> Callable[[], object]:
        return lambda: r.build_pdf(
            tmp_path / name, meta(), plain, _photo_story(photos[:count]), translate=r.untranslated
        )

    build(4, "warm-up.pdf")()  # fonts and caches
    few = _peak_mb(build(4, "few.pdf"))
    many = _peak_mb(build(16, "many.pdf"))
    file_growth = (
        (tmp_path / "many.pdf").stat().st_size - (tmp_path / "few.pdf").stat().st_size
    ) / 2**20
    assert file_growth > 2  # 12 more photos of a few hundred KB each
    assert many - few < 0.25 * file_growth, (few, many, file_growth)


def test_long_contents_split_over_pages_with_the_right_numbers(
    build_small: SmallBuilder,
) -> None:
    def story(ctx: r.ReportContext) -> list[r.Flowable]:
        out: list[r.Flowable] = []
        for n in range(1, 61):
            out.append(r.section_heading(ctx, f"Chapter {n:02d}"))
            out.append(r.section_heading(ctx, f"Part {n:02d}.1", 1))
            out.append(Paragraph("Text. " * (40 + n % 7 * 30), ctx.styles.body))
        return out

    built, reader = build_small(story, page=r.PageSetup())
    outline = {title: page + 1 for _, title, page in outline_entries(reader)}
    contents_pages = [
        i for i, page in enumerate(reader.pages) if "Chapter 01" in (page.extract_text() or "")
    ]
    first_body = outline["Chapter 01"] - 1
    toc = list(range(1, first_body))
    assert len(toc) >= 2, "the contents should need more than one page"
    assert contents_pages[0] == 1
    text = "\n".join(reader.pages[i].extract_text(extraction_mode="layout") for i in toc)
    for n in range(1, 61):
        for title in (f"Chapter {n:02d}", f"Part {n:02d}.1"):
            match = re.search(re.escape(title) + r"[ .]*?(\d+)$", text, re.MULTILINE)
            assert match, f"{title!r} missing from the contents"
            assert int(match.group(1)) == outline[title], title
    last = reader.pages[-1].extract_text() or ""
    assert f"Page {built.pages} of {built.pages}" in flat(last)


def test_a_failed_build_leaves_no_part_file(build_small: SmallBuilder, tmp_path: Path) -> None:
    def broken(ctx: r.ReportContext) -> list[r.Flowable]:
        raise RuntimeError("story failed")

    with pytest.raises(RuntimeError):
        build_small(broken, name="broken.pdf")
    assert not list(tmp_path.glob("*.part"))
    assert not (tmp_path / "broken.pdf").exists()
