"""Photo grids: site photos two to four to a row, captions underneath; and the same rows
as strips for the full-width rows under a table's item.

Photos come in upright and stripped of EXIF (the photo pipeline's job). JPEG files are
embedded as they are (no re-encoding: fast, and the pixels in the report are the
pixels taken); other formats are converted by reportlab. For reasonable file sizes
pass report-sized copies (about 2000 px on the long edge), not camera originals.
A photo file that is missing or unreadable prints as a labelled empty frame, so the
gap is visible rather than silently closed up.
"""

from __future__ import annotations

import struct
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, UnidentifiedImageError
from reportlab.lib.colors import HexColor
from reportlab.pdfbase import pdfutils
from reportlab.pdfbase.pdfdoc import PDFError
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from executrek.app.pdf.context import ReportContext
from executrek.app.pdf.keep import grid
from executrek.app.pdf.markup import escape, normalise
from executrek.app.pdf.page_decor import fit_text
from executrek.app.pdf.palette import MUTED, RULE
from executrek.app.pdf.table_flowable import plain_lines

_LETTERBOX = HexColor("#F2F4F7")
_JPEG_SUFFIXES = {".jpg", ".jpeg", ".jpe"}
# Never print a photo larger than this many points per pixel (about 96 dpi): a small
# thumbnail stays small instead of turning into a blur the width of the page.
_MAX_POINTS_PER_PIXEL = 72 / 96
_GAP = 8.0


@dataclass(frozen=True)
class Photo:
    path: Path
    caption: str


class PhotoFrame(Flowable):
    """One photo, fitted (aspect ratio kept) and centred in a fixed box."""

    def __init__(
        self, photo: Photo, box_width: float, box_height: float, *, missing: str, font: str
    ) -> None:
        super().__init__()
        self.photo = photo
        self._font = font
        self.width = box_width
        self.height = box_height
        self._missing = missing
        self._pixels = _pixel_size(photo.path)

    @property
    def available(self) -> bool:
        return self._pixels is not None

    def drawn_size(self) -> tuple[float, float]:
        if self._pixels is None:
            return (0.0, 0.0)
        px_w, px_h = self._pixels
        scale = min(self.width / px_w, self.height / px_h, _MAX_POINTS_PER_PIXEL)
        return px_w * scale, px_h * scale

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setFillColor(_LETTERBOX)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.4)
        canvas.rect(0, 0, self.width, self.height, stroke=1, fill=1)
        if self._pixels is None:
            font = self._font
            canvas.setFillColor(MUTED)
            canvas.setFont(font, 7.5)
            room = self.width - 12
            canvas.drawCentredString(
                self.width / 2, self.height / 2 + 3, fit_text(self._missing, font, 7.5, room)
            )
            canvas.setFont(font, 6.5)
            canvas.drawCentredString(
                self.width / 2,
                self.height / 2 - 7,
                fit_text(self.photo.path.name, font, 6.5, room),
            )
        else:
            w, h = self.drawn_size()
            jpeg = self.photo.path.suffix.lower() in _JPEG_SUFFIXES
            canvas.drawImage(
                str(self.photo.path),
                (self.width - w) / 2,
                (self.height - h) / 2,
                w,
                h,
                mask=None if jpeg else "auto",
            )
        canvas.restoreState()


def _jpeg_size(path: Path) -> tuple[int, int] | None:
    """Width and height from a JPEG's header (faster than opening it with PIL)."""
    try:
        with path.open("rb") as fh:
            width, height = pdfutils.readJPEGInfo(fh)[:2]
    except (OSError, PDFError, struct.error):
        return None
    return int(width), int(height)


def _pixel_size(path: Path) -> tuple[int, int] | None:
    size = _jpeg_size(path) if path.suffix.lower() in _JPEG_SUFFIXES else None
    if size is not None:
        width, height = size
    else:
        try:
            with Image.open(path) as image:
                width, height = image.size
        except (OSError, UnidentifiedImageError, ValueError):
            return None
    if width < 1 or height < 1:
        return None
    return width, height


def photo_grid(
    ctx: ReportContext,
    photos: Sequence[Photo],
    *,
    per_row: int = 2,
    width: float | None = None,
    box_ratio: float = 0.75,
) -> Flowable:
    """Photos ``per_row`` (2 to 4) to a row, each in a box ``box_ratio`` as tall as it
    is wide (0.75 suits 4:3 photos), its caption underneath. Rows never split; the grid
    breaks between rows across pages."""
    if not photos:
        return Paragraph(escape(ctx.translate("Reports", "No photos")), ctx.styles.caption)
    width = width if width is not None else ctx.width
    return _grid(ctx, _cells(ctx, photos, per_row, width, box_ratio), per_row, width, 4, 10)


def photo_strips(
    ctx: ReportContext,
    photos: Sequence[Photo],
    *,
    per_row: int,
    width: float,
    box_ratio: float = 0.75,
) -> list[Flowable]:
    """The rows of a photo grid as separate flowables without space around them (for
    the full-width rows a table prints under an item, ``tables.with_details``)."""
    cells = _cells(ctx, photos, per_row, width, box_ratio)
    strips = []
    for start in range(0, len(cells), per_row):
        strip = _grid(ctx, cells[start : start + per_row], per_row, width, 0, 2)
        strip.spaceAfter = 0
        strips.append(strip)
    return strips


def _cells(
    ctx: ReportContext, photos: Sequence[Photo], per_row: int, width: float, box_ratio: float
) -> list[list[Flowable]]:
    if per_row not in (2, 3, 4):
        raise ValueError("photo grids have 2, 3 or 4 photos per row")
    cell = _cell_width(per_row, width)
    missing = ctx.translate("Reports", "Photo not available")
    italic = ctx.styles.fonts.italic
    return [
        [
            PhotoFrame(photo, cell, cell * box_ratio, missing=missing, font=italic),
            Spacer(1, 3),
            _caption(ctx, photo.caption, cell),
        ]
        for photo in photos
    ]


def _cell_width(per_row: int, width: float) -> float:
    return (width - _GAP * (per_row - 1)) / per_row


def _grid(
    ctx: ReportContext,
    cells: list[list[Flowable]],
    per_row: int,
    width: float,
    space_before: float,
    bottom_padding: float,
) -> Table:
    return grid(
        cells,
        per_row=per_row,
        cell_width=_cell_width(per_row, width),
        gap=_GAP,
        font=ctx.styles.fonts.regular,
        space_before=space_before,
        bottom_padding=bottom_padding,
    )


def _caption(ctx: ReportContext, text: str, width: float) -> Flowable:
    """The caption under a photo: plain lines where they fit (most), else a Paragraph."""
    style = ctx.styles.caption
    text = normalise(text)
    font = ctx.styles.fonts.regular
    lines = plain_lines(text, font, style.fontSize, style.leading, style.textColor, width)
    return lines if lines is not None else Paragraph(escape(text), style)
