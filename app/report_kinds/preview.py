"""The first pages of a draft report as pictures, so the rep sees the report before a
number is used (the Reports screen builds a draft, then renders it here, off the GUI
thread). Rendering goes through the drawings engine's PDFium wrapper, which holds the
process-wide PDFium lock."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from executrek.app.drawings.pdf_pages import PdfPages

PREVIEW_PAGES = 3  # the first page carries the headline; two more show the layout
PREVIEW_WIDTH = 420  # pixels across a page (landscape pages too)


@dataclass(frozen=True)
class PreviewPage:
    width: int
    height: int
    rgb: bytes  # rows of width × 3 bytes, top to bottom


@dataclass(frozen=True)
class Preview:
    pages: tuple[PreviewPage, ...]
    total: int  # pages in the report


def render_preview(path: Path, pages: int = PREVIEW_PAGES, width: int = PREVIEW_WIDTH) -> Preview:
    """The first ``pages`` pages of the PDF ``path``, each ``width`` pixels wide."""
    document = PdfPages(path)
    try:
        out = []
        for info in document.info.pages[:pages]:
            scale = width / info.width_pt
            size = (width, max(1, round(info.height_pt * scale)))
            image = document.render(info.index, scale, 0.0, 0.0, size).convert("RGB")
            out.append(PreviewPage(image.width, image.height, image.tobytes()))
        return Preview(tuple(out), len(document.info.pages))
    finally:
        document.close()
