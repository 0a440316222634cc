"""The line under a gallery thumbnail: caption (else file name), day taken, and the
numbers of the records the photo is on when it is on any."""

from __future__ import annotations

import dataclasses
import datetime as dt

from executrek.app.photos.catalogue import PhotoSummary
from executrek.ui.photos.photo_grid_model import label

TAKEN = dt.datetime(2026, 3, 4, 12, 0, tzinfo=dt.UTC)
DAY = f"{TAKEN.astimezone():%Y-%m-%d}"


def _summary(**values: object) -> PhotoSummary:
    base = PhotoSummary(
        id="p1",
        sha256="0" * 64,
        filename="IMG_0001.jpg",
        taken=TAKEN,
        has_capture_time=True,
        caption=None,
        width=None,
        height=None,
        has_gps=False,
        link_count=0,
    )
    return dataclasses.replace(base, **values)  # type: ignore[arg-type]


def test_label_names_the_records_the_photo_is_on() -> None:
    photo = _summary(caption="Crack at grid C4", link_count=2, records="PI-012, NCR-003")
    assert label(photo) == f"Crack at grid C4\n{DAY} · PI-012, NCR-003"


def test_label_of_a_photo_on_no_record_is_name_and_day() -> None:
    assert label(_summary()) == f"IMG_0001.jpg\n{DAY}"
