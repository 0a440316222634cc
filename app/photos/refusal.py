"""Why a file was not accepted as a photo: a stable code plus a one-line human reason."""

from __future__ import annotations

from enum import StrEnum

from executrek.app.i18n import translate
from executrek.models.errors import EnvironmentFault


class RefusalCode(StrEnum):
    """Machine-readable refusal categories (stable: safe to store or test against)."""

    EMPTY = "empty"
    UNREADABLE = "unreadable"
    FILE_TOO_LARGE = "file_too_large"
    TOO_MANY_PIXELS = "too_many_pixels"
    NOT_AN_IMAGE = "not_an_image"
    RAW_CAMERA_FILE = "raw_camera_file"
    UNSUPPORTED_FORMAT = "unsupported_format"
    TRUNCATED = "truncated"
    DAMAGED = "damaged"
    OUT_OF_MEMORY = "out_of_memory"
    DISK_FULL = "disk_full"  # the file is fine; there was no room to store it


class PhotoRefused(EnvironmentFault):
    """A file that cannot be accepted as a photo; ``reason`` is one translated line."""

    def __init__(self, code: RefusalCode, reason: str) -> None:
        super().__init__(reason)
        self.code = code
        self.reason = reason


def empty_file() -> PhotoRefused:
    return PhotoRefused(RefusalCode.EMPTY, translate("Photos", "empty file"))


def unreadable(detail: str) -> PhotoRefused:
    return PhotoRefused(
        RefusalCode.UNREADABLE,
        translate("Photos", "the file could not be read ({detail})").format(detail=detail),
    )


def file_too_large(size_bytes: int, limit_bytes: int) -> PhotoRefused:
    mib = 1024 * 1024
    return PhotoRefused(
        RefusalCode.FILE_TOO_LARGE,
        translate("Photos", "file is too large ({size} MB; limit {limit} MB)").format(
            size=round(size_bytes / mib), limit=limit_bytes // mib
        ),
    )


def too_many_pixels(pixels: int | None, limit_pixels: int) -> PhotoRefused:
    limit = limit_pixels // 1_000_000
    if pixels is None:
        reason = translate("Photos", "image is too large (limit {limit} megapixels)").format(
            limit=limit
        )
    else:
        reason = translate("Photos", "image is too large ({mp} megapixels; limit {limit})").format(
            mp=round(pixels / 1_000_000), limit=limit
        )
    return PhotoRefused(RefusalCode.TOO_MANY_PIXELS, reason)


def not_an_image() -> PhotoRefused:
    return PhotoRefused(
        RefusalCode.NOT_AN_IMAGE,
        translate("Photos", "not an image file, or an image format we cannot read"),
    )


def raw_camera_file() -> PhotoRefused:
    return PhotoRefused(
        RefusalCode.RAW_CAMERA_FILE,
        translate("Photos", "RAW camera files are not supported; export a JPEG"),
    )


def pdf_document() -> PhotoRefused:
    return PhotoRefused(
        RefusalCode.UNSUPPORTED_FORMAT,
        translate("Photos", "this is a PDF document, not a photo; attach it as a document"),
    )


def jpeg_xl() -> PhotoRefused:
    return PhotoRefused(
        RefusalCode.UNSUPPORTED_FORMAT,
        translate("Photos", "JPEG XL images are not supported; export a JPEG"),
    )


def video() -> PhotoRefused:
    return PhotoRefused(
        RefusalCode.UNSUPPORTED_FORMAT,
        translate("Photos", "video files are not supported; attach a still photo"),
    )


def truncated() -> PhotoRefused:
    return PhotoRefused(RefusalCode.TRUNCATED, translate("Photos", "file is truncated or damaged"))


def damaged() -> PhotoRefused:
    return PhotoRefused(
        RefusalCode.DAMAGED,
        translate("Photos", "image data is damaged or uses an unsupported variant"),
    )


def out_of_memory() -> PhotoRefused:
    return PhotoRefused(
        RefusalCode.OUT_OF_MEMORY, translate("Photos", "not enough memory to open this image")
    )


def disk_full() -> PhotoRefused:
    """Not the file's fault: the disk holding the photo store (or the database) is full."""
    return PhotoRefused(RefusalCode.DISK_FULL, translate("Photos", "not saved: the disk is full"))
