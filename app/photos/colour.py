"""Turn whatever pixel format a decoder produced into plain 8-bit sRGB.

Two steps, so the expensive one runs on the small image:

1. ``to_8bit`` (full size): palette, 1-bit, 16-bit and float greyscale, Lab, HSV and
   YCbCr become ``L``, ``RGB`` or ``CMYK`` with 8 bits per channel; transparency is
   flattened onto white.
2. ``to_srgb`` (after resizing): an embedded ICC profile that matches the pixels is
   converted to sRGB with LittleCMS; otherwise (no, broken or mismatching profile) a
   plain conversion to ``RGB``. The result never carries a profile.
"""

from __future__ import annotations

import io
import logging
import math

from PIL import Image, ImageCms

_log = logging.getLogger(__name__)

_WHITE = (255, 255, 255)
_EIGHT_BIT_MODES = frozenset({"L", "RGB", "CMYK"})
_ICC_SPACE_FOR_MODE = {"RGB": "RGB ", "CMYK": "CMYK", "L": "GRAY"}


def _flatten_on_white(image: Image.Image) -> Image.Image:
    rgba = image.convert("RGBA")
    background = Image.new("RGBA", rgba.size, (*_WHITE, 255))
    background.alpha_composite(rgba)
    return background.convert("RGB")


def _band_range(image: Image.Image) -> tuple[float, float]:
    low, high = image.getextrema()
    if isinstance(low, tuple) or isinstance(high, tuple):
        raise ValueError(f"expected a single-band image, got {image.mode}")
    return float(low), float(high)


def _integer_grey_to_l(image: Image.Image) -> Image.Image:
    """16/32-bit integer greyscale: scale by the smallest bit depth that holds the data.

    12-bit sensors stored in 16-bit containers would otherwise come out nearly black.
    """
    wide = image.convert("I")
    low, high = _band_range(wide)
    bits = max(8, int(max(high, 0)).bit_length())
    scale = 255.0 / float((1 << bits) - 1)
    return wide.point(lambda v: v * scale).convert("L") if low >= 0 else _stretch(wide)


def _stretch(image: Image.Image) -> Image.Image:
    """Map the data range of an ``I`` or ``F`` image linearly onto 0…255."""
    as_float = image.convert("F")
    low, high = _band_range(as_float)
    if not (math.isfinite(low) and math.isfinite(high)) or high <= low:
        return Image.new("L", image.size, 0)
    scale = 255.0 / (high - low)
    return as_float.point(lambda v: (v - low) * scale).convert("L")


def _float_grey_to_l(image: Image.Image) -> Image.Image:
    low, high = _band_range(image)
    if math.isfinite(low) and math.isfinite(high) and low >= 0.0 and high <= 1.0:
        return image.point(lambda v: v * 255.0).convert("L")
    return _stretch(image)


def to_8bit(image: Image.Image) -> Image.Image:
    """Return ``image`` as ``L``, ``RGB`` or ``CMYK`` with 8 bits per channel, alpha on white."""
    mode = image.mode
    if mode in _EIGHT_BIT_MODES:
        return image
    if mode == "1":
        return image.convert("L")
    if mode in ("P", "PA"):
        has_alpha = mode == "PA" or "transparency" in image.info
        return _flatten_on_white(image) if has_alpha else image.convert("RGB")
    if mode in ("LA", "La"):
        return _flatten_on_white(image).convert("L")
    if mode in ("RGBA", "RGBa"):
        return _flatten_on_white(image)
    if mode == "F":
        return _float_grey_to_l(image)
    if mode == "I" or mode.startswith("I;16"):
        return _integer_grey_to_l(image)
    return image.convert("RGB")


def _srgb_transform(image: Image.Image, icc: bytes) -> ImageCms.ImageCmsTransform | None:
    try:
        source = ImageCms.ImageCmsProfile(io.BytesIO(icc))
        if source.profile.xcolor_space != _ICC_SPACE_FOR_MODE.get(image.mode):
            return None
        return ImageCms.buildTransform(
            source,
            ImageCms.createProfile("sRGB"),
            image.mode,
            "RGB",
            renderingIntent=ImageCms.Intent.PERCEPTUAL,
        )
    except (ImageCms.PyCMSError, OSError, ValueError, TypeError) as exc:
        _log.debug("ignoring unusable ICC profile: %s", exc)
        return None


def to_srgb(image: Image.Image, icc: bytes | None) -> Image.Image:
    """Convert an ``L``/``RGB``/``CMYK`` image to ``RGB`` in sRGB; the result has no profile."""
    transform = _srgb_transform(image, icc) if icc else None
    result: Image.Image | None = None
    if transform is not None:
        try:
            result = ImageCms.applyTransform(image, transform)
        except (ImageCms.PyCMSError, OSError, ValueError) as exc:
            _log.debug("ICC conversion failed, using a plain conversion: %s", exc)
    if result is None:
        result = image.convert("RGB") if image.mode != "RGB" else image.copy()
    result.info.clear()
    return result
