"""Small photos made in code for the photo-pipeline tests (no files from outside)."""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image, TiffImagePlugin

RED = (255, 0, 0)
BLUE = (0, 0, 255)
GREEN = (0, 255, 0)
YELLOW = (255, 255, 0)


def quadrants(size: tuple[int, int] = (80, 40)) -> Image.Image:
    """Top-left red, top-right green, bottom-left blue, bottom-right yellow."""
    width, height = size
    image = Image.new("RGB", size)
    image.paste(RED, (0, 0, width // 2, height // 2))
    image.paste(GREEN, (width // 2, 0, width, height // 2))
    image.paste(BLUE, (0, height // 2, width // 2, height))
    image.paste(YELLOW, (width // 2, height // 2, width, height))
    return image


def exif_with(
    *,
    orientation: int | None = None,
    make: str | None = None,
    model: str | None = None,
    taken: str | None = None,
    offset: str | None = None,
    gps: dict[int, object] | None = None,
) -> Image.Exif:
    exif = Image.Exif()
    if orientation is not None:
        exif[0x0112] = orientation
    if make is not None:
        exif[0x010F] = make
    if model is not None:
        exif[0x0110] = model
    if taken is not None or offset is not None:
        sub = exif.get_ifd(0x8769)
        if taken is not None:
            sub[0x9003] = taken
        if offset is not None:
            sub[0x9011] = offset
    if gps is not None:
        exif.get_ifd(0x8825).update(gps)
    return exif


def sydney_gps() -> dict[int, object]:
    """33°51'30.97" S, 151°12'30" E, 12.5 m below sea level."""
    rational = TiffImagePlugin.IFDRational
    return {
        1: "S",
        2: (rational(33, 1), rational(51, 1), rational(3097, 100)),
        3: "E",
        4: (rational(151, 1), rational(12, 1), rational(30, 1)),
        5: b"\x01",
        6: rational(125, 10),
    }


def jpeg_bytes(image: Image.Image, exif: Image.Exif | None = None, **options: object) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=95, exif=exif if exif is not None else b"", **options)
    return buffer.getvalue()


def write(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def save(path: Path, image: Image.Image, fmt: str, **options: object) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    image.save(path, fmt, **options)
    return path


def jpeg_segments(data: bytes) -> list[int]:
    """Marker codes of the segments before the image data (SOS), e.g. 0xE0 for APP0."""
    assert data[:2] == b"\xff\xd8", "not a JPEG"
    markers: list[int] = []
    pos = 2
    while pos + 4 <= len(data):
        assert data[pos] == 0xFF, f"bad marker at {pos}"
        marker = data[pos + 1]
        markers.append(marker)
        if marker == 0xDA:  # start of scan: image data follows
            break
        length = int.from_bytes(data[pos + 2 : pos + 4], "big")
        pos += 2 + length
    return markers


METADATA_MARKERS = {0xE1: "APP1 (EXIF/XMP)", 0xE2: "APP2 (ICC/MPF)", 0xED: "APP13 (IPTC)",
                    0xFE: "COM"}  # fmt: skip


def metadata_segments(data: bytes) -> list[str]:
    return [METADATA_MARKERS[m] for m in jpeg_segments(data) if m in METADATA_MARKERS]


def colour_at(image: Image.Image, fx: float, fy: float) -> tuple[int, int, int]:
    """RGB at a fractional position of ``image``."""
    x = min(image.width - 1, int(fx * image.width))
    y = min(image.height - 1, int(fy * image.height))
    pixel = image.convert("RGB").getpixel((x, y))
    assert isinstance(pixel, tuple)
    return pixel[0], pixel[1], pixel[2]


def close_to(actual: tuple[int, ...], expected: tuple[int, ...], tolerance: int = 40) -> bool:
    return all(abs(a - e) <= tolerance for a, e in zip(actual, expected, strict=True))
