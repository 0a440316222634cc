"""Upright, metadata-free JPEG copies of a photo for screens and reports.

``make_derivative`` decodes the original (JPEG at reduced scale via ``draft``), turns it
the right way up (EXIF orientation; HEIC is already upright), shrinks it, converts it to
sRGB, optionally draws markup on it and encodes a baseline JPEG. The output carries no
EXIF, GPS, XMP or ICC data: a derivative can be shared without leaking where a photo
was taken.
"""

from __future__ import annotations

import io
from contextlib import AbstractContextManager
from enum import StrEnum
from pathlib import Path
from typing import Any

from PIL import Image

from executrek.app.photos.decode import decode_upright
from executrek.app.photos.markup import Markup
from executrek.app.photos.markup_render import render_markup

JPEG_QUALITY = 85


class DerivativeKind(StrEnum):
    THUMBNAIL = "thumbnail"
    REPORT = "report"

    @property
    def long_edge(self) -> int:
        """Longest side in pixels; smaller originals are never enlarged."""
        return 320 if self is DerivativeKind.THUMBNAIL else 1600


def encode_jpeg(image: Image.Image) -> bytes:
    """Baseline RGB JPEG with no metadata segments (only the JFIF header)."""
    rgb = image if image.mode == "RGB" else image.convert("RGB")
    rgb.info.clear()
    buffer = io.BytesIO()
    rgb.save(buffer, "JPEG", quality=JPEG_QUALITY, optimize=True)
    return buffer.getvalue()


def render_derivative(
    source: Path,
    kind: DerivativeKind,
    markup: Markup | None = None,
    *,
    large_decode_gate: AbstractContextManager[Any] | None = None,
) -> Image.Image:
    """The derivative as an RGB image; raises ``PhotoRefused`` for an unusable source."""
    decoded = decode_upright(source, max_edge=kind.long_edge, large_decode_gate=large_decode_gate)
    if markup is None or markup.is_empty:
        return decoded.image
    return render_markup(decoded.image, markup)


def make_derivative(
    source: Path,
    kind: DerivativeKind,
    markup: Markup | None = None,
    *,
    large_decode_gate: AbstractContextManager[Any] | None = None,
) -> bytes:
    """JPEG bytes of the derivative; raises ``PhotoRefused`` for an unusable source."""
    return encode_jpeg(render_derivative(source, kind, markup, large_decode_gate=large_decode_gate))
