"""Fonts, photos, signatures and escaping."""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from importlib.resources import files
from pathlib import Path

from pdf_inspect import flat, fonts
from PIL import Image
from pypdf import PdfReader
from reportlab.lib.fonts import tt2ps
from reportlab.platypus import Paragraph
from sample_report import SampleFiles

from executrek.app import pdf as r
from executrek.app.pdf.photos import PhotoFrame

SmallBuilder = Callable[..., tuple[r.BuiltReport, PdfReader]]


def test_fonts_ship_as_package_data_with_their_licence() -> None:
    folder = files("executrek.resources").joinpath("fonts")
    for name in r.FontSet().files().values():
        assert folder.joinpath(name).read_bytes()[:4] == b"\x00\x01\x00\x00", name
    licence = folder.joinpath("LICENSE-DejaVu.txt").read_text(encoding="utf-8")
    assert "Bitstream Vera" in licence
    assert "Arev" in licence
    assert "public domain" in licence


def test_font_registration_is_idempotent_and_has_families() -> None:
    first = r.register_fonts()
    assert r.register_fonts() == first
    assert tt2ps(first.family, 1, 0) == first.bold
    assert tt2ps(first.family, 0, 1) == first.italic
    assert tt2ps(first.family, 1, 1) == first.bold_italic
    assert tt2ps(first.condensed_family, 1, 0) == first.condensed_bold


def test_bold_and_italic_markup_use_the_dejavu_faces(build_small: SmallBuilder) -> None:
    def story_builder(ctx: r.ReportContext) -> list[r.Flowable]:
        return [Paragraph("plain <b>bold</b> <i>italic</i> <b><i>both</i></b>", ctx.styles.body)]

    _, reader = build_small(story_builder)
    names = set(fonts(reader))
    for face in ("DejaVuSans-Bold", "DejaVuSans-Oblique", "DejaVuSans-BoldOblique"):
        assert any(name.endswith(face) for name in names), face


def test_tiny_photos_are_not_blown_up(context: r.ReportContext, tmp_path: Path) -> None:
    tiny = tmp_path / "tiny.jpg"
    Image.new("RGB", (64, 48), "grey").save(tiny)
    frame = PhotoFrame(r.Photo(tiny, ""), 250, 187.5, missing="", font="DejaVuSans")
    assert frame.drawn_size() == (48.0, 36.0)
    big = tmp_path / "big.jpg"
    Image.new("RGB", (3000, 1000), "grey").save(big)
    width, height = PhotoFrame(r.Photo(big, ""), 250, 187.5, missing="", font="x").drawn_size()
    assert width == 250
    assert abs(height - 250 / 3) < 1e-9


def test_unreadable_photo_is_a_placeholder(tmp_path: Path) -> None:
    broken = tmp_path / "broken.jpg"
    broken.write_bytes(b"not a jpeg")
    frame = PhotoFrame(r.Photo(broken, ""), 100, 75, missing="", font="x")
    assert not frame.available
    assert frame.drawn_size() == (0.0, 0.0)


def test_photo_grid_layouts(build_small: SmallBuilder, sample_files: SampleFiles) -> None:
    photos = [r.Photo(p, f"Caption {i}") for i, p in enumerate(sample_files.photos)]

    def story_builder(ctx: r.ReportContext) -> list[r.Flowable]:
        return [r.photo_grid(ctx, photos, per_row=3), r.photo_grid(ctx, [], per_row=2)]

    _, reader = build_small(story_builder)
    text = flat(" ".join(p.extract_text() or "" for p in reader.pages))
    assert all(f"Caption {i}" in text for i in range(len(photos)))
    assert "No photos" in text


def test_signature_strokes_are_drawn_as_curves(build_small: SmallBuilder) -> None:
    stroke = [(0.1 * i, 0.5 + 0.05 * (-1) ** i) for i in range(10)]
    when = datetime(2026, 12, 1, 8, 30, tzinfo=UTC)

    stored = [[[0.1, 0.2], [0.5, 0.8], [0.9, 0.3]]]  # as the store keeps them: [x, y] lists

    def story_builder(ctx: r.ReportContext) -> list[r.Flowable]:
        signature = r.Signature("Łukasz Żółć", "Site manager", when, [stroke, [(0.5, 0.5)]])
        no_role = r.Signature("Анна Кузнецова", None, when, stored)
        return [r.signature_blocks(ctx, [signature, no_role])]

    _, reader = build_small(story_builder)
    page = reader.pages[1]
    stream = page.get_contents()
    assert stream is not None
    content = stream.get_data()
    assert len(re.findall(rb"\sc\s", content)) >= 8  # Bézier segments
    text = page.extract_text() or ""
    assert "Łukasz Żółć" in text
    assert "Signed 1 Dec 2026 08:30 UTC" in text
    assert "Анна Кузнецова" in text


def test_user_text_is_escaped_and_normalised() -> None:
    decomposed = "Nguye\u0302\u0303n"  # e + circumflex + tilde, as some keyboards send it
    assert r.escape(decomposed) == "Nguyễn"
    assert r.escape("A & B <b>x</b>\nnext") == "A &amp; B &lt;b&gt;x&lt;/b&gt;<br/>next"


def test_reports_import_no_qt() -> None:
    """Reports build anywhere: in a worker, a command-line tool, a server."""
    check = (
        "import sys, executrek.app.pdf; "
        "qt = sorted(m for m in sys.modules if m.startswith('PySide6') or m.startswith('shiboken'));"
        "assert not qt, qt"
    )
    subprocess.run([sys.executable, "-c", check], check=True, timeout=120)
