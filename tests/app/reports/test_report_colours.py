"""Print-safe colour: the status and rating colours stay apart when a report is printed
or copied in grey. Each legend's entries are drawn into a PDF, rendered to greyscale by
PDFium and compared in CIE lightness (L*): entries that share a legend differ by 15 or
more. Text on every status fill keeps 4.5:1 contrast."""

from __future__ import annotations

from itertools import combinations
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from reportlab.lib.colors import HexColor
from reportlab.pdfgen.canvas import Canvas

from executrek.app import pdf as r
from executrek.app.pdf.palette import LEGENDS, luminance, text_on
from executrek.app.report_kinds.common import status
from executrek.app.report_kinds.figures import rag_status

MIN_STEP = 15.0
SWATCH = 60.0


def _lightness(grey: int) -> float:
    """CIE L* of an sRGB grey level 0–255."""
    v = grey / 255
    y = v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4
    f = y ** (1 / 3) if y > 216 / 24389 else (24389 / 27 * y + 16) / 116
    return 116 * f - 16


def grey_lightness(colours: tuple[str, ...], path: Path) -> list[float]:
    """Draw a swatch of each colour, render the page in greyscale, read each back."""
    canvas = Canvas(str(path), pagesize=(SWATCH * len(colours), SWATCH))
    for index, colour in enumerate(colours):
        canvas.setFillColor(HexColor(colour))
        canvas.rect(index * SWATCH, 0, SWATCH, SWATCH, stroke=0, fill=1)
    canvas.save()
    document = pdfium.PdfDocument(str(path))
    try:
        image = document[0].render(scale=1, grayscale=True).to_pil().convert("L")
    finally:
        document.close()
    middle = int(SWATCH / 2)
    return [
        _lightness(image.getpixel((i * int(SWATCH) + middle, middle))) for i in range(len(colours))
    ]


@pytest.mark.parametrize("name", sorted(LEGENDS))
def test_entries_of_a_legend_differ_in_grey(name: str, tmp_path: Path) -> None:
    colours = LEGENDS[name]
    values = grey_lightness(colours, tmp_path / "legend.pdf")
    for (a, la), (b, lb) in combinations(zip(colours, values, strict=True), 2):
        assert abs(la - lb) >= MIN_STEP, f"{name}: {a} L*={la:.1f} and {b} L*={lb:.1f}"


def test_the_reports_draw_their_legends_from_the_palette() -> None:
    ratings = tuple(rag_status(v).tone.value for v in ("green", "amber", "red"))
    assert ratings == LEGENDS["rating"]
    bands = tuple(band.colour.hexval() for band in r.RiskBand)
    assert bands == tuple(HexColor(c).hexval() for c in LEGENDS["risk band"])
    pass_fail = tuple(st.tone.value for st in (status("pass"), status("fail")) if st)
    assert pass_fail == LEGENDS["pass and fail"]
    open_closed = tuple(st.tone.value for st in (status("rejected"), status("closed")) if st)
    assert open_closed == LEGENDS["open and closed"]


def test_a_grey_print_still_tells_a_failing_rating_from_a_passing_one(tmp_path: Path) -> None:
    """The issue's case: red and green pills printed side by side."""
    red, green = grey_lightness((r.Tone.RED.value, r.Tone.GREEN.value), tmp_path / "rg.pdf")
    assert green - red >= MIN_STEP


@pytest.mark.parametrize("tone", list(r.Tone))
def test_text_on_every_status_fill_is_readable(tone: r.Tone) -> None:
    fill = tone.colour
    text = text_on(fill)
    lighter, darker = sorted((luminance(fill), luminance(text)), reverse=True)
    assert (lighter + 0.05) / (darker + 0.05) >= 4.5, tone
