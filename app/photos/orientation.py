"""EXIF orientation (1–8): reading it safely and turning pixels the right way up.

HEIC/HEIF is special: pillow-heif rotates while decoding and then reports orientation 1,
keeping the file's value in ``info["original_orientation"]``. For those images the
recorded orientation is kept for the record, but it must never be applied again.
AVIF rotation boxes (irot/imir) are reported by Pillow as an EXIF orientation and are
applied here like any other.
"""

from __future__ import annotations

from dataclasses import dataclass

from PIL import ExifTags, Image

ORIENTATION_TAG = int(ExifTags.Base.Orientation)

_TRANSPOSE: dict[int, Image.Transpose] = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}

#: Formats whose decoder already returns upright pixels (pillow-heif).
_DECODER_ROTATES = frozenset({"HEIF"})


@dataclass(frozen=True)
class Orientation:
    """``recorded``: the value the file states (1 when absent or invalid).

    ``pending``: what still has to be applied to the decoded pixels (1 = nothing).
    """

    recorded: int
    pending: int

    @property
    def applied_by_decoder(self) -> bool:
        return self.recorded != 1 and self.pending == 1

    @property
    def swaps_sides(self) -> bool:
        return self.pending in (5, 6, 7, 8)


def valid_orientation(value: object) -> int | None:
    """``value`` as an orientation 1–8, or None for anything else (bytes, 0, 9, tuples…)."""
    if isinstance(value, bool) or not isinstance(value, int):
        return None
    return value if 1 <= value <= 8 else None


def orientation_of(image: Image.Image) -> Orientation:
    """Read the orientation of an opened (not necessarily loaded) image; never raises."""
    if image.format in _DECODER_ROTATES:
        recorded = valid_orientation(image.info.get("original_orientation")) or 1
        return Orientation(recorded=recorded, pending=1)
    try:
        recorded = valid_orientation(image.getexif().get(ORIENTATION_TAG)) or 1
    except Exception:  # malformed EXIF or XMP: treat as upright
        recorded = 1
    return Orientation(recorded=recorded, pending=recorded)


def upright_size(size: tuple[int, int], orientation: Orientation) -> tuple[int, int]:
    width, height = size
    return (height, width) if orientation.swaps_sides else (width, height)


def make_upright(image: Image.Image, orientation: Orientation) -> Image.Image:
    method = _TRANSPOSE.get(orientation.pending)
    return image.transpose(method) if method is not None else image
