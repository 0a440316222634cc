"""Plan images for printed reports: an *extract* (the sheet area around a pin, the pin
drawn on it) and an *overview* (the whole sheet, no pins: the report draws those as
vectors).

Both are JPEG files in a cache folder, named by a hash of everything that decides their
pixels (file SHA-256, page, region, pixel size, marker), made on first use and reused
after, so rebuilding a report gives the same bytes. Nothing time-dependent goes into a
file: no metadata, fixed quality and chroma subsampling (4:4:4, so coloured markers and
thin lines stay crisp). Reportlab embeds the files as they are (pass the path).

Sizes are given for print: an extract is ``print_width_pt`` wide at ``dpi``; the marker
is drawn at a fixed printed size (a 4 mm disc and a 7 pt label), supersampled so its
edges are smooth.
"""

from __future__ import annotations

import functools
import hashlib
import io
import math
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path
from typing import Literal

from PIL import Image, ImageDraw, ImageFont

from executrek.app.atomic import write_bytes
from executrek.app.closing import Closing
from executrek.app.drawings.engine import DrawingDocument
from executrek.app.photos.blobstore import BlobStore, check_sha256

#: Bumped when the drawing of extracts changes, so cached files are remade.
STYLE_VERSION = 1
JPEG_QUALITY = 90
EXTRACT_DPI = 150
OVERVIEW_DPI = 200
#: The extract shows this fraction of the sheet's short side (its height), 4:3.
EXTRACT_FRACTION = 1 / 6
EXTRACT_ASPECT = 4 / 3

_SUPERSAMPLE = 4
_FONT = "DejaVuSans-Bold.ttf"

Shape = Literal["circle", "diamond"]


@dataclass(frozen=True)
class Marker:
    """How a pin prints: its label ("PI-0042"), fill colour ("#C62828") and shape
    (punch items are discs, issues diamonds, as on screen)."""

    label: str
    colour: str
    shape: Shape = "circle"

    def key(self) -> str:
        return f"{self.label}|{self.colour}|{self.shape}"


@dataclass(frozen=True)
class Spot:
    """What an extract shows: the normalised point (``x``, ``y``) of ``page`` of the
    drawing ``sha256``, with ``marker`` on it."""

    sha256: str
    page: int
    x: float
    y: float
    marker: Marker


def _width_px(print_width_pt: float, dpi: float) -> int:
    """The pixels of an image printed ``print_width_pt`` wide at ``dpi``."""
    return max(1, round(print_width_pt / 72 * dpi))


@dataclass(frozen=True)
class Region:
    """A rectangle of the page in points, origin top-left."""

    x: float
    y: float
    w: float
    h: float


def extract_region(page_w: float, page_h: float, px: float, py: float) -> Region:
    """The 4:3 area around the point (``px``, ``py`` in points) whose height is
    ``EXTRACT_FRACTION`` of the page's short side, moved (not cut) to stay on the page."""
    h = min(page_w, page_h) * EXTRACT_FRACTION
    w = h * EXTRACT_ASPECT
    w, h = min(w, page_w), min(h, page_h)
    x = min(max(px - w / 2, 0.0), page_w - w)
    y = min(max(py - h / 2, 0.0), page_h - h)
    return Region(round(x, 3), round(y, 3), round(w, 3), round(h, 3))


@functools.lru_cache(maxsize=8)
def _font(size_px: int) -> ImageFont.FreeTypeFont:
    data = files("executrek.resources").joinpath("fonts", _FONT).read_bytes()
    return ImageFont.truetype(io.BytesIO(data), size_px)


def _rgb(colour: str) -> tuple[int, int, int]:
    value = colour.lstrip("#")
    return (int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16))


def _label_colour(fill: tuple[int, int, int]) -> tuple[int, int, int, int]:
    """White on dark fills, near-black on light ones (amber), by WCAG contrast."""

    def channel(v: int) -> float:
        c = v / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    lum = 0.2126 * channel(fill[0]) + 0.7152 * channel(fill[1]) + 0.0722 * channel(fill[2])
    ink_lum = 0.0164  # luminance of #1D232B, the report's ink
    white_contrast = 1.05 / (lum + 0.05)
    ink_contrast = (lum + 0.05) / (ink_lum + 0.05)
    return (255, 255, 255, 255) if white_contrast >= ink_contrast else (29, 35, 43, 255)


def draw_marker(
    image: Image.Image, cx: float, cy: float, marker: Marker, dpi: float
) -> Image.Image:
    """``image`` with the marker at pixel (``cx``, ``cy``): a disc (or diamond) in the
    marker colour with a white outline and a soft dark rim, and a label tab beside it
    (right of the pin, or left when the right edge is too near). Drawn at 4× into the
    marker's own box only, then scaled down: smooth edges at little cost."""
    k = _SUPERSAMPLE
    px_per_mm = dpi / 25.4 * k
    width, height = image.size
    x, y = cx * k, cy * k
    radius = 2.0 * px_per_mm
    outline = 0.45 * px_per_mm
    halo = 0.3 * px_per_mm
    reach = (radius + outline + halo) * (1.2 if marker.shape == "diamond" else 1.0)

    font = _font(max(1, round(7 / 72 * dpi * k)))
    left, top, right, bottom = font.getbbox(marker.label)
    pad_x, pad_y = 1.3 * px_per_mm, 0.7 * px_per_mm
    tab_w = right - left + 2 * pad_x
    tab_h = bottom - top + 2 * pad_y
    gap = radius + outline + 1.0 * px_per_mm
    tab_x = x + gap
    if tab_x + tab_w > width * k - 0.5 * px_per_mm and x - gap - tab_w >= 0:
        tab_x = x - gap - tab_w
    tab_y = min(max(y - tab_h / 2, 0.0), height * k - tab_h)

    # The box (in image pixels) holding the marker and its tab, clipped to the image.
    x0 = max(0, math.floor((min(x - reach, tab_x - halo)) / k) - 1)
    y0 = max(0, math.floor((min(y - reach, tab_y - halo)) / k) - 1)
    x1 = min(width, math.ceil((max(x + reach, tab_x + tab_w + halo)) / k) + 1)
    y1 = min(height, math.ceil((max(y + reach, tab_y + tab_h + halo)) / k) + 1)
    if x1 <= x0 or y1 <= y0:
        return image.copy()
    overlay = Image.new("RGBA", ((x1 - x0) * k, (y1 - y0) * k), (0, 0, 0, 0))
    draw = ImageDraw.Draw(overlay)
    fill = (*_rgb(marker.colour), 255)
    white = (255, 255, 255, 255)
    rim = (0, 0, 0, 90)
    ox, oy = x0 * k, y0 * k
    px, py = x - ox, y - oy
    tx, ty = tab_x - ox, tab_y - oy

    def shape(r: float, colour: tuple[int, int, int, int]) -> None:
        if marker.shape == "diamond":
            r *= 1.2
            draw.polygon([(px, py - r), (px + r, py), (px, py + r), (px - r, py)], fill=colour)
        else:
            draw.ellipse((px - r, py - r, px + r, py + r), fill=colour)

    shape(radius + outline + halo, rim)
    shape(radius + outline, white)
    shape(radius, fill)
    dot = 0.55 * px_per_mm
    draw.ellipse((px - dot, py - dot, px + dot, py + dot), fill=white)

    corner = tab_h / 2
    draw.rounded_rectangle(
        (tx - halo, ty - halo, tx + tab_w + halo, ty + tab_h + halo),
        radius=corner + halo,
        fill=rim,
    )
    draw.rounded_rectangle(
        (tx, ty, tx + tab_w, ty + tab_h),
        radius=corner,
        fill=fill,
        outline=white,
        width=max(1, round(outline * 0.6)),
    )
    ink = _label_colour(fill[:3])
    draw.text((tx + pad_x - left, ty + pad_y - top), marker.label, font=font, fill=ink)

    small = overlay.resize((x1 - x0, y1 - y0), Image.Resampling.LANCZOS)
    base = image.convert("RGBA")
    base.alpha_composite(small, (x0, y0))
    return base.convert("RGB")


def _jpeg_bytes(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=JPEG_QUALITY, subsampling=0, optimize=False)
    return buffer.getvalue()


class PlanImages(Closing):
    """Makes and caches extracts and overviews of drawing files in the blob store.

    Keeps the last drawing it opened open (reports render many extracts of one sheet in
    a row); ``close`` it (or use it as a context manager) when done. Not thread-safe:
    one report build uses one.
    """

    def __init__(self, root: Path, blobs: BlobStore) -> None:
        self.root = Path(root)
        self.blobs = blobs
        self._open: tuple[str, DrawingDocument] | None = None

    def close(self) -> None:
        if self._open is not None:
            self._open[1].close()
            self._open = None

    def _path(self, prefix: str, *parts: object) -> Path:
        text = "|".join(str(p) for p in (STYLE_VERSION, *parts))
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:40]
        return self.root / f"{prefix}-{digest}.jpg"

    def _document(self, sha256: str) -> DrawingDocument:
        if self._open is not None and self._open[0] == sha256:
            return self._open[1]
        self.close()
        source = self.blobs.path_for(check_sha256(sha256))
        if not source.is_file():
            raise FileNotFoundError(f"drawing {sha256} is not in the blob store")
        document = DrawingDocument.open(source)
        self._open = (sha256, document)
        return document

    def extract_path(self, spot: Spot, *, print_width_pt: float, dpi: float = EXTRACT_DPI) -> Path:
        """Where the extract around ``spot`` is (or would be)."""
        return self._path(
            "extract",
            spot.sha256,
            spot.page,
            f"{spot.x:.6f}",
            f"{spot.y:.6f}",
            spot.marker.key(),
            _width_px(print_width_pt, dpi),
        )

    def extract(self, spot: Spot, *, print_width_pt: float, dpi: float = EXTRACT_DPI) -> Path:
        """The JPEG of the sheet area around ``spot`` with its marker on it,
        ``print_width_pt`` wide at ``dpi``; made if not cached.

        Raises ``FileNotFoundError`` when the drawing is not in the blob store and
        ``DrawingError`` when it cannot be rendered."""
        target = self.extract_path(spot, print_width_pt=print_width_pt, dpi=dpi)
        if target.is_file():
            return target
        page, marker = spot.page, spot.marker
        document = self._document(spot.sha256)
        info = document.page(page)
        px, py = spot.x * info.width_pt, spot.y * info.height_pt
        region = extract_region(info.width_pt, info.height_pt, px, py)
        width_px = _width_px(print_width_pt, dpi)
        height_px = max(1, round(width_px * region.h / region.w))
        scale = width_px / region.w
        image = document.render_pixels(
            page, scale, region.x * scale, region.y * scale, (width_px, height_px)
        )
        # The marker keeps its printed size whatever the drawing's scale.
        marked = draw_marker(
            image, (px - region.x) * scale, (py - region.y) * scale, marker, dpi=dpi
        )
        write_bytes(target, _jpeg_bytes(marked))
        return target

    def overview(
        self,
        sha256: str,
        page: int,
        *,
        print_size_pt: tuple[float, float],
        dpi: float = OVERVIEW_DPI,
    ) -> Path:
        """The JPEG of the whole page, fitted into ``print_size_pt`` at ``dpi``."""
        box_w, box_h = print_size_pt
        target = self._path("overview", sha256, page, f"{box_w:.2f}", f"{box_h:.2f}", dpi)
        if target.is_file():
            return target
        document = self._document(sha256)
        info = document.page(page)
        fit = min(box_w / info.width_pt, box_h / info.height_pt)
        width_px = max(1, math.floor(info.width_pt * fit / 72 * dpi))
        height_px = max(1, math.floor(info.height_pt * fit / 72 * dpi))
        scale = width_px / info.width_pt
        image = document.render_pixels(page, scale, 0.0, 0.0, (width_px, height_px))
        write_bytes(target, _jpeg_bytes(image))
        return target
