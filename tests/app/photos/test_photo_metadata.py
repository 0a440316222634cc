from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from photo_fixtures import exif_with, jpeg_bytes, quadrants, sydney_gps, write
from PIL import TiffImagePlugin

from executrek.app.photos.metadata import (
    GpsStatus,
    clean_text,
    gps_from,
    parse_exif_datetime,
    parse_offset,
    read_metadata,
)
from executrek.app.photos.refusal import PhotoRefused, RefusalCode

rational = TiffImagePlugin.IFDRational


def test_metadata_from_a_generated_phone_photo(tmp_path: Path) -> None:
    exif = exif_with(
        orientation=6,
        make="Acme\x00\x00\x00",
        model="  Site   Cam 3 ",
        taken="2024:03:05 07:08:09",
        offset="+05:30",
        gps=sydney_gps(),
    )
    path = write(tmp_path / "site.jpg", jpeg_bytes(quadrants((80, 40)), exif))

    meta = read_metadata(path)

    assert (meta.format, meta.mime) == ("JPEG", "image/jpeg")
    assert (meta.width, meta.height) == (40, 80)  # upright
    assert meta.orientation == 6
    assert meta.orientation_applied_by_decoder is False
    assert meta.captured_at == datetime(
        2024, 3, 5, 7, 8, 9, tzinfo=timezone(timedelta(hours=5, minutes=30))
    )
    assert meta.camera_make == "Acme"
    assert meta.camera_model == "Site Cam 3"
    assert meta.gps_status is GpsStatus.VALID
    assert meta.gps is not None
    assert meta.gps.latitude == pytest.approx(-(33 + 51 / 60 + 30.97 / 3600))
    assert meta.gps.longitude == pytest.approx(151 + 12 / 60 + 30 / 3600)
    assert meta.gps.altitude_m == pytest.approx(-12.5)


def test_photo_without_exif_has_empty_metadata(tmp_path: Path) -> None:
    meta = read_metadata(write(tmp_path / "plain.jpg", jpeg_bytes(quadrants((30, 20)))))
    assert (meta.width, meta.height, meta.orientation) == (30, 20, 1)
    assert meta.captured_at is None
    assert meta.camera_make is None
    assert meta.camera_model is None
    assert meta.gps is None
    assert meta.gps_status is GpsStatus.NONE


def test_unopenable_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(PhotoRefused) as caught:
        read_metadata(write(tmp_path / "x.jpg", b""))
    assert caught.value.code is RefusalCode.EMPTY


@pytest.mark.parametrize(
    ("value", "offset", "subsec", "expected"),
    [
        ("2008:05:30 15:56:01", None, None, datetime(2008, 5, 30, 15, 56, 1)),
        ("2008:05:30 15:56:01\x00", None, "557", datetime(2008, 5, 30, 15, 56, 1, 557000)),
        (b"2008:05:30 15:56:01", "-04:00", None,
         datetime(2008, 5, 30, 15, 56, 1, tzinfo=timezone(timedelta(hours=-4)))),
        ("2024-04-22T14:38:09GMT+2", None, None,
         datetime(2024, 4, 22, 14, 38, 9, tzinfo=timezone(timedelta(hours=2)))),
        ("2024-04-22 14:38:09Z", "+09:00", None, datetime(2024, 4, 22, 14, 38, 9, tzinfo=UTC)),
        ("2024:04:22 14:38:09.25", None, "999", datetime(2024, 4, 22, 14, 38, 9, 250000)),
        ("0000:00:00 00:00:00", None, None, None),
        ("    :  :     :  :  ", None, None, None),
        ("2008:13:30 15:56:01", None, None, None),
        ("1999:99:99 99:99:99", None, None, None),
        ("", None, None, None),
        (12345, None, None, None),
        ((2008, 5, 30), None, None, None),
        ("2008:05:30 15:56:01", "+25:00", None, datetime(2008, 5, 30, 15, 56, 1)),
    ],
)  # fmt: skip
def test_parse_exif_datetime(
    value: object, offset: object, subsec: object, expected: datetime | None
) -> None:
    assert parse_exif_datetime(value, offset, subsec) == expected


@pytest.mark.parametrize(
    ("text", "hours"),
    [("+02:00", 2.0), ("-0530", -5.5), ("GMT+2", 2.0), ("UTC-03:30", -3.5), ("Z", 0.0),
     ("+14:00", 14.0), ("+15:00", None), ("+02:75", None), ("bogus", None), ("", None),
     (b"+01:00\x00", 1.0), (None, None)],
)  # fmt: skip
def test_parse_offset(text: object, hours: float | None) -> None:
    tz = parse_offset(text)
    if hours is None:
        assert tz is None
    else:
        assert tz is not None
        assert tz.utcoffset(None) == timedelta(hours=hours)


@pytest.mark.parametrize(
    ("value", "expected"),
    [("Canon\x00\x00", "Canon"), (b"NIKON\x00junk", "NIKON"), ("  OLYMPUS    ", "OLYMPUS"),
     ("\x00", None), ("", None), ("   ", None), (5, None), (None, None),
     ("a\tb\nc", "a b c"), ("x" * 500, "x" * 128), (b"\xff\xfeCam", "\ufffd\ufffdCam")],
)  # fmt: skip
def test_clean_text(value: object, expected: str | None) -> None:
    assert clean_text(value) == expected


def test_gps_north_east_and_south_west() -> None:
    north_east, status = gps_from({1: "N", 2: (43.0, 28.0, 1.5), 3: "E", 4: (11.0, 53.0, 4.3)})
    assert status is GpsStatus.VALID
    assert north_east is not None
    assert north_east.latitude == pytest.approx(43.467083, abs=1e-6)
    assert north_east.longitude == pytest.approx(11.884528, abs=1e-6)
    assert north_east.altitude_m is None

    south_west, _ = gps_from({1: b"S\x00", 2: (0.0, 22.278, 0.0), 3: "W", 4: 36.5})
    assert south_west is not None
    assert south_west.latitude == pytest.approx(-0.3713)
    assert south_west.longitude == pytest.approx(-36.5)


@pytest.mark.parametrize(
    ("gps", "status"),
    [
        ({}, GpsStatus.NONE),
        ({0: b"\x02\x03\x00\x00"}, GpsStatus.NONE),  # version tag only
        ({1: "N", 2: (0.0, 0.0, 0.0), 3: "E", 4: (0.0, 0.0, 0.0)}, GpsStatus.NULL_ISLAND),
        ({2: (43.0, 28.0, 1.5), 4: (11.0, 53.0, 4.3)}, GpsStatus.INVALID),  # no N/S, E/W
        ({1: "N", 2: (rational(1, 0), 0.0, 0.0), 3: "E", 4: (1.0, 0.0, 0.0)}, GpsStatus.INVALID),
        ({1: "N", 2: 4294967295.0, 3: "E", 4: 1.0}, GpsStatus.INVALID),
        ({1: "N", 2: (91.0, 0.0, 0.0), 3: "E", 4: 1.0}, GpsStatus.INVALID),
        ({1: "N", 2: (45.0, 0.0, 0.0), 3: "E", 4: "east-ish"}, GpsStatus.INVALID),
        ({1: "N", 2: (1.0, 2.0, 3.0, 4.0), 3: "E", 4: 1.0}, GpsStatus.INVALID),
        ({1: "Q", 2: 45.0, 3: "E", 4: 1.0}, GpsStatus.INVALID),
        ({1: "N", 2: 45.0}, GpsStatus.INVALID),
    ],
)
def test_gps_problems_are_classified(gps: dict[int, object], status: GpsStatus) -> None:
    position, found = gps_from(gps)
    assert found is status
    assert position is None


def test_gps_altitude_with_bad_value_is_dropped() -> None:
    position, status = gps_from({1: "N", 2: 45.0, 3: "E", 4: 7.0, 5: 0, 6: rational(1, 0)})
    assert status is GpsStatus.VALID
    assert position is not None
    assert position.altitude_m is None
