"""Guarded decoding: any file from the field either decodes or becomes ``PhotoRefused``.

Policy (see docs/photos.md):

* Cheap checks first (``sniff.check_file``): empty, over 256 MB, RAW, PDF, JPEG XL, video.
* Only photo formats are offered to Pillow (``PHOTO_FORMATS``); content decides, never
  the file name. EPS, PSD, ICO, PPM… are refused as "not an image".
* Pixel limit ``PIXEL_LIMIT`` (120 megapixels), checked from the header before any pixel
  is decoded. Pillow's module-wide ``Image.MAX_IMAGE_PIXELS`` is set to the same value
  when this module is imported, so Pillow itself refuses twice that (its
  ``DecompressionBombError``) even in code that does not come through here.
* Only the first frame is ever decoded (animated GIF/PNG, MPO, multi-page TIFF); frame
  counts are never read, because reading them walks the whole file.
* JPEGs are decoded at reduced scale (``draft``) when a smaller result is wanted.
* Every exception a decoder raises (``Exception``) is turned into a one-line reason.
* Reading the header and EXIF never decodes pixels. Pillow's PNG plugin decodes the
  whole image inside ``getexif()`` when no eXIf chunk precedes the image data (and any
  caller that catches a bad-EXIF error then swallows a damaged stream, after which
  ``load()`` does nothing: a partly black "photo"). ``open_photo`` finds an eXIf chunk
  after the image data by walking the chunk headers instead. ``decode_upright`` decodes
  on a fresh open, so the decode that proves a file sound is never a repeat.
* What the libraries print (libtiff, Pillow warnings) goes to the log
  (``library_output``).

Decoding runs in the caller's thread: callers keep it off the GUI thread.
"""

from __future__ import annotations

import contextlib
import logging
import math
import os
import re
import struct
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pillow_heif
from PIL import Image, UnidentifiedImageError

from executrek.app.photos import refusal
from executrek.app.photos.colour import to_8bit, to_srgb
from executrek.app.photos.library_output import captured
from executrek.app.photos.orientation import Orientation, make_upright, orientation_of, upright_size
from executrek.app.photos.refusal import PhotoRefused
from executrek.app.photos.sniff import MIME_BY_KIND, ContentKind, check_file

_log = logging.getLogger(__name__)

#: Largest image accepted, in pixels (width × height as stored in the file).
PIXEL_LIMIT = 120_000_000

#: Decodes of more pixels than this that cannot be reduced while decoding (anything but
#: JPEG) pass through the caller's ``large_decode_gate``, so a pool of workers does not
#: hold several 300 MB bitmaps at once.
LARGE_DECODE_PIXELS = 36_000_000

#: The Pillow plugins we let identify a file (MPO comes through the JPEG plugin).
PHOTO_FORMATS = ("JPEG", "PNG", "GIF", "WEBP", "TIFF", "BMP", "HEIF", "AVIF")

_DRAFTABLE_FORMATS = frozenset({"JPEG", "MPO"})
_BOMB_PIXELS = re.compile(r"\((\d+) pixels\)")
_TRUNCATION_WORDS = ("truncated", "premature end", "unexpected end", "end of file")
_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_EXIF_PREFIX = b"Exif\x00\x00"
_MAX_PNG_CHUNKS = 200_000
_MAX_EXIF_BYTES = 16 * 1024 * 1024

# Module-wide settings, made once, here, on purpose: Pillow only has module globals.
Image.MAX_IMAGE_PIXELS = PIXEL_LIMIT
pillow_heif.register_heif_opener(thumbnails=False, depth_images=False, aux_images=False)


@dataclass(frozen=True)
class PhotoHeader:
    """What the file says about itself, read without decoding pixels."""

    format: str
    mime: str
    stored_size: tuple[int, int]
    orientation: Orientation

    @property
    def upright_size(self) -> tuple[int, int]:
        return upright_size(self.stored_size, self.orientation)


@dataclass(frozen=True)
class DecodedPhoto:
    """Upright 8-bit sRGB pixels (``image``, mode RGB, no metadata) and the file's header."""

    image: Image.Image
    header: PhotoHeader


def refusal_for(exc: BaseException) -> PhotoRefused:
    """Translate any decoder exception into a ``PhotoRefused`` with a human reason."""
    if isinstance(exc, PhotoRefused):
        return exc
    if isinstance(exc, Image.DecompressionBombError):
        match = _BOMB_PIXELS.search(str(exc))
        return refusal.too_many_pixels(int(match.group(1)) if match else None, PIXEL_LIMIT)
    if isinstance(exc, MemoryError):
        return refusal.out_of_memory()
    if isinstance(exc, UnidentifiedImageError):
        return refusal.not_an_image()
    if isinstance(exc, OSError) and exc.errno is not None:
        return refusal.unreadable(exc.strerror or str(exc))
    message = str(exc).lower()
    if isinstance(exc, EOFError) or any(word in message for word in _TRUNCATION_WORDS):
        return refusal.truncated()
    return refusal.damaged()


def _header_of(image: Image.Image, kind: ContentKind) -> PhotoHeader:
    width, height = image.size
    if width <= 0 or height <= 0:
        raise refusal.damaged()
    if width * height > PIXEL_LIMIT:
        raise refusal.too_many_pixels(width * height, PIXEL_LIMIT)
    fmt = image.format or ""
    mime = MIME_BY_KIND.get(kind) or Image.MIME.get(fmt) or "application/octet-stream"
    return PhotoHeader(
        format=fmt, mime=mime, stored_size=(width, height), orientation=orientation_of(image)
    )


def png_exif_after_data(path: Path) -> bytes | None:
    """The eXIf chunk of a PNG, found by walking chunk headers (no pixel is decoded).

    Pillow reads chunks before the image data when it opens a PNG; an eXIf chunk placed
    after the data is only seen once the pixels are decoded, so this looks for it.
    """
    with open(path, "rb") as fh:
        if fh.read(len(_PNG_SIGNATURE)) != _PNG_SIGNATURE:
            return None
        for _ in range(_MAX_PNG_CHUNKS):
            head = fh.read(8)
            if len(head) < 8:
                return None
            length, kind = struct.unpack(">I4s", head)
            if kind == b"eXIf":
                if length > _MAX_EXIF_BYTES:
                    return None
                data = fh.read(length)
                return data if len(data) == length else None
            if kind == b"IEND":
                return None
            fh.seek(length + 4, os.SEEK_CUR)  # data and CRC
    return None


def _exif_without_decoding(image: Image.Image, path: Path) -> None:
    """Make ``getexif()`` of a PNG read its EXIF without decoding the image data."""
    if image.format != "PNG" or "exif" in image.info:
        return
    data = png_exif_after_data(path)
    if data is None:
        image.info["exif"] = None  # present but empty: Pillow then never loads for it
        return
    image.info["exif"] = _EXIF_PREFIX + data.removeprefix(_EXIF_PREFIX)


@contextmanager
def open_photo(path: Path) -> Iterator[tuple[Image.Image, PhotoHeader]]:
    """Open ``path`` (header and EXIF only, no pixel decoded) inside the guard; the
    file is closed on exit.

    Any exception escaping the ``with`` body, from a decoder or not, leaves as
    ``PhotoRefused``; ``KeyboardInterrupt`` and friends pass through untouched.
    """
    kind = check_file(path)
    with captured(str(path)):
        try:
            with open(path, "rb") as fh, Image.open(fh, formats=PHOTO_FORMATS) as image:
                _exif_without_decoding(image, path)
                yield image, _header_of(image, kind)
        except PhotoRefused:
            raise
        except Exception as exc:
            refused = refusal_for(exc)
            _log.info("refused %s: %s (%s: %s)", path, refused.reason, type(exc).__name__, exc)
            _log.debug("decoder traceback", exc_info=exc)
            raise refused from exc


def _draft_box(size: tuple[int, int], max_edge: int) -> tuple[int, int] | None:
    width, height = size
    scale = max_edge / max(width, height)
    if scale >= 1:
        return None
    return max(1, math.ceil(width * scale)), max(1, math.ceil(height * scale))


def decode_opened(
    image: Image.Image,
    header: PhotoHeader,
    *,
    max_edge: int | None = None,
    large_decode_gate: AbstractContextManager[Any] | None = None,
) -> Image.Image:
    """Decode an image from ``open_photo`` (call inside its ``with`` block, which guards it).

    Returns upright RGB sRGB pixels, at most ``max_edge`` long, without metadata.
    """
    box = _draft_box(header.stored_size, max_edge) if max_edge else None
    if box is not None and header.format in _DRAFTABLE_FORMATS:
        image.draft(None, box)
    width, height = image.size
    gate: AbstractContextManager[Any] = contextlib.nullcontext()
    if large_decode_gate is not None and width * height > LARGE_DECODE_PIXELS:
        gate = large_decode_gate
    with gate:
        image.load()
        icc = image.info.get("icc_profile")
        pixels = make_upright(to_8bit(image), header.orientation)
        if max_edge:
            pixels.thumbnail((max_edge, max_edge), Image.Resampling.LANCZOS)
        return to_srgb(pixels, icc if isinstance(icc, bytes) else None)


def decode_upright(
    path: Path,
    *,
    max_edge: int | None = None,
    large_decode_gate: AbstractContextManager[Any] | None = None,
) -> DecodedPhoto:
    """Decode the first frame of ``path`` upright, as RGB sRGB, at most ``max_edge`` long.

    The file is opened afresh and its whole image data stream is decoded (a JPEG at
    reduced scale still reads every block), so damage anywhere in it is refused.
    Raises ``PhotoRefused``; never any other exception for a bad file.
    """
    with open_photo(path) as (image, header):
        pixels = decode_opened(
            image, header, max_edge=max_edge, large_decode_gate=large_decode_gate
        )
        return DecodedPhoto(image=pixels, header=header)
