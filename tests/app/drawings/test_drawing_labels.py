from __future__ import annotations

from pathlib import Path

import pypdf
import pytest
import zxingcpp

from executrek.app.drawings.engine import DrawingDocument
from executrek.app.drawings.labels import location_labels_pdf

LABELS = [
    (f"L1-{n:03d}", f"{n}.04 Office Łódź" if n % 7 else f"Plant room {n}") for n in range(1, 31)
]


@pytest.mark.parametrize(("per_page", "pages"), [(1, 30), (6, 5), (24, 2)])
def test_page_count_and_text(tmp_path: Path, per_page: int, pages: int) -> None:
    out = tmp_path / "labels.pdf"
    written = location_labels_pdf(LABELS, out, per_page=per_page, title="Riverside — level 1")  # type: ignore[arg-type]
    assert written == pages
    reader = pypdf.PdfReader(out)
    assert len(reader.pages) == pages
    text = "\n".join(page.extract_text() for page in reader.pages)
    for code, name in LABELS:
        assert code in text and name in text
    assert "1.04 Office Łódź" in text and "Plant room 7" in text
    assert "Riverside — level 1" in text
    first_page = reader.pages[0].extract_text()
    assert "L1-001" in first_page and f"L1-{per_page + 1:03d}" not in first_page


@pytest.mark.parametrize("per_page", [6, 24])
def test_qr_codes_decode_to_the_codes(tmp_path: Path, per_page: int) -> None:
    out = tmp_path / "labels.pdf"
    location_labels_pdf(LABELS, out, per_page=per_page)  # type: ignore[arg-type]
    with DrawingDocument.open(out) as doc:
        image = doc.render_thumbnail(0, 2400)  # A4 at ~200 dpi
    decoded = {result.text for result in zxingcpp.read_barcodes(image)}
    assert decoded == {code for code, _ in LABELS[:per_page]}


def test_single_label_page_decodes(tmp_path: Path) -> None:
    out = tmp_path / "one.pdf"
    assert location_labels_pdf([("B2-ROOF-07", "Roof plant area")], out, per_page=1) == 1
    with DrawingDocument.open(out) as doc:
        image = doc.render_thumbnail(0, 1200)
    assert [r.text for r in zxingcpp.read_barcodes(image)] == ["B2-ROOF-07"]


def test_bad_arguments(tmp_path: Path) -> None:
    out = tmp_path / "x.pdf"
    with pytest.raises(ValueError, match="1, 6 or 24"):
        location_labels_pdf(LABELS, out, per_page=12)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="no labels"):
        location_labels_pdf([], out)
    with pytest.raises(ValueError, match="location code"):
        location_labels_pdf([("  ", "Nothing")], out)
    assert not out.exists()
    assert list(tmp_path.iterdir()) == []
