"""Put a position back into a metadata-free JPEG, for a report that asks for it.

Derivatives never carry GPS (see ``docs/photos.md``). When a user ticks "include the
photo positions" on one report, that report gets copies with an EXIF block holding only
the GPS fields: no camera, no time, no thumbnail. The JPEG's pixels are not re-encoded:
the APP1 segment is inserted after the JFIF header.
"""

from __future__ import annotations

from fractions import Fraction

from PIL import Image, TiffImagePlugin

_GPS_IFD = 0x8825
_APP1 = b"\xff\xe1"


def _dms(value: float) -> tuple[TiffImagePlugin.IFDRational, ...]:
    value = abs(value)
    degrees = int(value)
    minutes_full = (value - degrees) * 60
    minutes = int(minutes_full)
    seconds = Fraction((minutes_full - minutes) * 60).limit_denominator(10_000)
    return (
        TiffImagePlugin.IFDRational(degrees, 1),
        TiffImagePlugin.IFDRational(minutes, 1),
        TiffImagePlugin.IFDRational(seconds.numerator, seconds.denominator),
    )


def gps_exif(latitude: float, longitude: float, altitude_m: float | None = None) -> bytes:
    """An EXIF block (``Exif\\0\\0`` + TIFF) with only the GPS IFD."""
    exif = Image.Exif()
    gps = exif.get_ifd(_GPS_IFD)
    gps[0] = b"\x02\x03\x00\x00"  # GPSVersionID 2.3
    gps[1] = "N" if latitude >= 0 else "S"
    gps[2] = _dms(latitude)
    gps[3] = "E" if longitude >= 0 else "W"
    gps[4] = _dms(longitude)
    if altitude_m is not None:
        altitude = Fraction(abs(altitude_m)).limit_denominator(1000)
        gps[5] = b"\x01" if altitude_m < 0 else b"\x00"
        gps[6] = TiffImagePlugin.IFDRational(altitude.numerator, altitude.denominator)
    return exif.tobytes()


def with_gps(jpeg: bytes, latitude: float, longitude: float, altitude_m: float | None) -> bytes:
    """``jpeg`` (as made by ``derivatives.encode_jpeg``) with a GPS-only EXIF segment."""
    if jpeg[:2] != b"\xff\xd8":
        raise ValueError("not a JPEG")
    payload = gps_exif(latitude, longitude, altitude_m)
    segment = _APP1 + (len(payload) + 2).to_bytes(2, "big") + payload
    position = 2
    if jpeg[2:4] == b"\xff\xe0":  # keep JFIF first, as the standard wants
        position = 4 + int.from_bytes(jpeg[4:6], "big")
    return jpeg[:position] + segment + jpeg[position:]
