"""What a photo says about itself: capture time, camera, orientation, GPS, upright size.

Reading never fails on bad EXIF: a field that is missing, malformed or implausible
becomes None. Only a file that cannot be opened at all raises ``PhotoRefused``.

GPS policy: a position is kept only when latitude and longitude are both present, finite,
in range and have a hemisphere reference (N/S, E/W). Exactly 0,0 ("null island", what a
receiver without a fix writes) is not kept as a position; ``gps_status`` records why a
position is missing, so the original evidence (which keeps its EXIF) can be re-read.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from enum import StrEnum
from pathlib import Path

from PIL import Image

from executrek.app.photos.decode import PhotoHeader, open_photo

_MAKE = 0x010F
_MODEL = 0x0110
_DATETIME = 0x0132
_EXIF_IFD = 0x8769
_GPS_IFD = 0x8825
_DATETIME_ORIGINAL = 0x9003
_DATETIME_DIGITIZED = 0x9004
_OFFSET_TIME = 0x9010
_OFFSET_TIME_ORIGINAL = 0x9011
_OFFSET_TIME_DIGITIZED = 0x9012
_SUBSEC_TIME = 0x9290
_SUBSEC_TIME_ORIGINAL = 0x9291
_SUBSEC_TIME_DIGITIZED = 0x9292
_GPS_LAT_REF, _GPS_LAT, _GPS_LON_REF, _GPS_LON, _GPS_ALT_REF, _GPS_ALT = 1, 2, 3, 4, 5, 6

_MAX_TEXT = 128
_DATE_TIME = re.compile(
    r"^\s*(\d{4})[:\-/.](\d{1,2})[:\-/.](\d{1,2})[ T]+(\d{1,2}):(\d{2})(?::(\d{2}))?"
    r"(?:[.,](\d+))?\s*(.*?)\s*$"
)
_OFFSET = re.compile(r"^(?:Z|(?:GMT|UTC)?\s*([+-])(\d{1,2})(?::?(\d{2}))?)$", re.IGNORECASE)
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


class GpsStatus(StrEnum):
    NONE = "none"  # no GPS block, or one without a position
    VALID = "valid"
    NULL_ISLAND = "null_island"  # exactly 0,0: a receiver without a fix
    INVALID = "invalid"  # present but unusable: missing reference, NaN, out of range


@dataclass(frozen=True)
class GpsPosition:
    latitude: float
    longitude: float
    altitude_m: float | None


@dataclass(frozen=True)
class PhotoMetadata:
    """Facts read from a photo file. ``width``/``height`` are of the upright picture.

    ``orientation`` is the EXIF value the file records (1 when absent);
    ``orientation_applied_by_decoder`` is True for HEIC/HEIF, whose decoder already turns
    the pixels: the value is for the record and must not be applied again.
    ``captured_at`` is timezone-aware when the file states an offset, else naive
    (the camera's local clock).
    """

    format: str
    mime: str
    width: int
    height: int
    orientation: int
    orientation_applied_by_decoder: bool
    captured_at: datetime | None
    camera_make: str | None
    camera_model: str | None
    gps: GpsPosition | None
    gps_status: GpsStatus


def clean_text(value: object) -> str | None:
    """EXIF text as a tidy one-line string: up to the first NUL, no control characters."""
    if isinstance(value, bytes):
        value = value.decode("utf-8", errors="replace")
    if not isinstance(value, str):
        return None
    text = _CONTROL.sub(" ", value.split("\x00", 1)[0]).strip()
    text = " ".join(text.split())[:_MAX_TEXT]
    return text or None


def parse_offset(value: object) -> timezone | None:
    """``+02:00``, ``-0500``, ``GMT+2``, ``Z`` → timezone; anything else → None."""
    text = clean_text(value)
    match = _OFFSET.match(text) if text else None
    if match is None:
        return None
    sign, hours, minutes = match.groups()
    if sign is None:
        return UTC
    delta = timedelta(hours=int(hours), minutes=int(minutes or 0))
    if delta > timedelta(hours=14) or int(minutes or 0) >= 60:
        return None
    return timezone(delta if sign == "+" else -delta)


def parse_exif_datetime(
    value: object, offset: object = None, subsec: object = None
) -> datetime | None:
    """Parse an EXIF date (``2008:05:30 15:56:01``, ISO-like variants, trailing ``GMT+2``)."""
    text = clean_text(value)
    match = _DATE_TIME.match(text) if text else None
    if match is None:
        return None
    year, month, day, hour, minute, second, fraction, trailing = match.groups()
    digits = fraction or ""
    sub = clean_text(subsec)
    if not digits and sub and sub.isdigit():
        digits = sub
    try:
        moment = datetime(
            int(year), int(month), int(day), int(hour), int(minute), int(second or 0),
            int((digits + "000000")[:6]),
        )  # fmt: skip
    except ValueError:  # 0000:00:00, month 13, 24:61…
        return None
    tz = parse_offset(trailing) if trailing else None
    if tz is None and offset is not None:
        tz = parse_offset(offset)
    return moment.replace(tzinfo=tz) if tz is not None else moment


def _number(value: object) -> float | None:
    try:
        number = float(value)  # type: ignore[arg-type]  # IFDRational, int, float, str
    except (TypeError, ValueError, ZeroDivisionError, OverflowError):
        return None
    return number if math.isfinite(number) else None


def _degrees(value: object) -> float | None:
    """Degrees from an EXIF (degrees, minutes, seconds) triple, or a single number."""
    parts = value if isinstance(value, tuple | list) else (value,)
    if not 1 <= len(parts) <= 3:
        return None
    total = 0.0
    for part, divisor in zip(parts, (1.0, 60.0, 3600.0), strict=False):
        number = _number(part)
        if number is None:
            return None
        total += number / divisor
    return total


def _signed(value: object, reference: object, negative: str, positive: str) -> float | None:
    degrees = _degrees(value)
    ref = (clean_text(reference) or "").upper()[:1]
    if degrees is None or ref not in (negative, positive):
        return None
    return -degrees if ref == negative else degrees


def _altitude(gps: Mapping[int, object]) -> float | None:
    altitude = _number(gps.get(_GPS_ALT)) if _GPS_ALT in gps else None
    if altitude is None:
        return None
    ref = gps.get(_GPS_ALT_REF)
    below = ref in (1, b"\x01", "\x01", "1")
    return -altitude if below else altitude


def gps_from(gps: Mapping[int, object]) -> tuple[GpsPosition | None, GpsStatus]:
    """Interpret a GPS IFD (tag number → value); never raises."""
    if _GPS_LAT not in gps and _GPS_LON not in gps:
        return None, GpsStatus.NONE
    latitude = _signed(gps.get(_GPS_LAT), gps.get(_GPS_LAT_REF), "S", "N")
    longitude = _signed(gps.get(_GPS_LON), gps.get(_GPS_LON_REF), "W", "E")
    if latitude is None or longitude is None:
        return None, GpsStatus.INVALID
    if not (-90.0 <= latitude <= 90.0 and -180.0 <= longitude <= 180.0):
        return None, GpsStatus.INVALID
    if latitude == 0.0 and longitude == 0.0:
        return None, GpsStatus.NULL_ISLAND
    return GpsPosition(latitude, longitude, _altitude(gps)), GpsStatus.VALID


def _ifd(exif: Image.Exif, tag: int) -> Mapping[int, object]:
    try:
        return dict(exif.get_ifd(tag))
    except Exception:  # malformed IFD pointers, loops, bad counts
        return {}


def _capture_time(base: Mapping[int, object], sub: Mapping[int, object]) -> datetime | None:
    """DateTimeOriginal, else DateTimeDigitized, else DateTime, each with its offset."""
    candidates = (
        (sub.get(_DATETIME_ORIGINAL), _OFFSET_TIME_ORIGINAL, _SUBSEC_TIME_ORIGINAL),
        (sub.get(_DATETIME_DIGITIZED), _OFFSET_TIME_DIGITIZED, _SUBSEC_TIME_DIGITIZED),
        (base.get(_DATETIME), _OFFSET_TIME, _SUBSEC_TIME),
    )
    for value, offset_tag, subsec_tag in candidates:
        offset = sub.get(offset_tag, sub.get(_OFFSET_TIME))
        moment = parse_exif_datetime(value, offset, sub.get(subsec_tag))
        if moment is not None:
            return moment
    return None


def metadata_from(image: Image.Image, header: PhotoHeader) -> PhotoMetadata:
    """Read metadata from an opened image (see ``decode.open_photo``); never raises."""
    try:
        exif = image.getexif()
        base: Mapping[int, object] = dict(exif)
    except Exception:  # EXIF that cannot even be parsed: no metadata, photo still fine
        exif, base = Image.Exif(), {}
    sub = _ifd(exif, _EXIF_IFD) if base else {}
    gps, gps_status = gps_from(_ifd(exif, _GPS_IFD)) if base else (None, GpsStatus.NONE)
    width, height = header.upright_size
    return PhotoMetadata(
        format=header.format,
        mime=header.mime,
        width=width,
        height=height,
        orientation=header.orientation.recorded,
        orientation_applied_by_decoder=header.orientation.applied_by_decoder,
        captured_at=_capture_time(base, sub),
        camera_make=clean_text(base.get(_MAKE)),
        camera_model=clean_text(base.get(_MODEL)),
        gps=gps,
        gps_status=gps_status,
    )


def read_metadata(path: Path) -> PhotoMetadata:
    """Metadata of the photo at ``path``; raises ``PhotoRefused`` if it is no usable image."""
    with open_photo(path) as (image, header):
        return metadata_from(image, header)
