"""PNG/JPEG scans of drawings through Pillow: one page, upright, decoded once at open.

Limits (see docs/drawings.md): the stored image may have up to ``SCAN_PIXEL_LIMIT``
pixels, the same value ``executrek.app.photos.decode`` gives Pillow's module-wide
decompression-bomb guard (``Image.MAX_IMAGE_PIXELS``; that module owns the setting and
is imported here so the guard is in force). The decoded working image has at most
``DECODE_PIXEL_LIMIT`` pixels: JPEGs above it are decoded at 1/2, 1/4 or 1/8 scale by
libjpeg (``draft``), which never allocates the full bitmap; PNGs cannot be decoded
reduced, so larger PNGs are refused with a message. The page size in points comes
from the file's DPI (``DEFAULT_DPI`` when absent or implausible).

The working image is read-only after opening, so renders from several threads are safe.
"""

from __future__ import annotations

import logging
import math
import re
from pathlib import Path

from PIL import Image, UnidentifiedImageError

from executrek.app.drawings import errors
from executrek.app.drawings.document_info import DocInfo, PageInfo
from executrek.app.drawings.errors import DrawingError
from executrek.app.photos.colour import to_8bit
from executrek.app.photos.decode import PIXEL_LIMIT
from executrek.app.photos.orientation import make_upright, orientation_of, upright_size

_log = logging.getLogger(__name__)

SCAN_FORMATS = ("PNG", "JPEG")
SCAN_PIXEL_LIMIT = PIXEL_LIMIT
DECODE_PIXEL_LIMIT = 64_000_000
DEFAULT_DPI = 200.0
_DPI_RANGE = (50.0, 2400.0)
_MIN_SIDE_PX = 16
_BOMB_PIXELS = re.compile(r"\((\d+) pixels\)")
_WHITE = (255, 255, 255)


def _dpi_of(image: Image.Image) -> float:
    dpi = image.info.get("dpi")
    if isinstance(dpi, tuple) and dpi and isinstance(dpi[0], int | float):
        value = round(float(dpi[0]), 1)  # PNG stores pixels per metre
        if _DPI_RANGE[0] <= value <= _DPI_RANGE[1]:
            return value
    return DEFAULT_DPI


def _draft_factor(pixels: int) -> int:
    """The smallest JPEG DCT reduction (1, 2, 4, 8) that brings ``pixels`` under the limit."""
    for factor in (1, 2, 4, 8):
        if pixels / (factor * factor) <= DECODE_PIXEL_LIMIT:
            return factor
    return 8


class ScanPages:
    """A scanned sheet (one page). Opening decodes it once; ``validate_only`` decodes at
    the smallest size that still reads every byte, to check the file without keeping it."""

    def __init__(self, path: Path, *, validate_only: bool = False) -> None:
        name = path.name
        try:
            with open(path, "rb") as fh, Image.open(fh, formats=SCAN_FORMATS) as image:
                self._working, self.info = self._decode(name, image, validate_only)
        except DrawingError:
            raise
        except Image.DecompressionBombError as exc:
            match = _BOMB_PIXELS.search(str(exc))
            pixels = int(match.group(1)) if match else SCAN_PIXEL_LIMIT + 1
            raise errors.scan_too_large(name, round(pixels / 1e6), SCAN_PIXEL_LIMIT // 1_000_000)
        except MemoryError:
            raise errors.out_of_memory(name)
        except FileNotFoundError:
            raise errors.missing(name)
        except UnidentifiedImageError:
            raise errors.unknown_type(name)
        except Exception as exc:  # decoders raise OSError, ValueError, SyntaxError, …
            _log.info("scan %s refused: %s: %s", path, type(exc).__name__, exc)
            raise errors.damaged(name) from exc

    @staticmethod
    def _decode(name: str, image: Image.Image, validate_only: bool) -> tuple[Image.Image, DocInfo]:
        width, height = image.size
        pixels = width * height
        if width < _MIN_SIDE_PX or height < _MIN_SIDE_PX:
            raise errors.bad_page_size(name, 1, width, height)
        is_jpeg = image.format == "JPEG"
        limit = SCAN_PIXEL_LIMIT if is_jpeg else DECODE_PIXEL_LIMIT
        if pixels > limit:
            raise errors.scan_too_large(name, round(pixels / 1e6), limit // 1_000_000)
        orientation = orientation_of(image)
        dpi = _dpi_of(image)
        up_w, up_h = upright_size((width, height), orientation)
        page = PageInfo(0, up_w / dpi * 72.0, up_h / dpi * 72.0, None)
        if is_jpeg:
            factor = 8 if validate_only else _draft_factor(pixels)
            if factor > 1:
                image.draft(None, (math.ceil(width / factor), math.ceil(height / factor)))
        image.load()
        working = to_8bit(image)
        if working.mode not in ("L", "RGB"):
            working = working.convert("RGB")
        working = make_upright(working, orientation)
        if validate_only:
            working = Image.new("L", (1, 1), 255)
        return working, DocInfo(kind="image", pages=(page,), title=None)

    @property
    def decoded_size(self) -> tuple[int, int]:
        """Pixels of the decoded working image (smaller than the file's for big JPEGs)."""
        return self._working.size

    def render(
        self, index: int, scale: float, x: float, y: float, size: tuple[int, int]
    ) -> Image.Image:
        page = self.info.pages[0]
        canvas = Image.new("RGB", size, _WHITE)
        # The part of the region that lies on the page, in points.
        left, top = max(x, 0.0), max(y, 0.0)
        right = min(x + size[0] / scale, page.width_pt)
        bottom = min(y + size[1] / scale, page.height_pt)
        if right <= left or bottom <= top:
            return canvas
        kx = self._working.width / page.width_pt
        ky = self._working.height / page.height_pt
        box = (left * kx, top * ky, right * kx, bottom * ky)
        dx, dy = round((left - x) * scale), round((top - y) * scale)
        out_w = max(1, min(size[0] - dx, round((right - left) * scale)))
        out_h = max(1, min(size[1] - dy, round((bottom - top) * scale)))
        part = self._working.resize(
            (out_w, out_h), Image.Resampling.BILINEAR, box=box, reducing_gap=3.0
        )
        canvas.paste(part.convert("RGB") if part.mode != "RGB" else part, (dx, dy))
        return canvas

    def close(self) -> None:
        self._working = Image.new("L", (1, 1), 255)
