"""Recognise a file by its first bytes (never by its name) before any decoder runs.

The name only matters for TIFF-based RAW formats (NEF, ARW, DNG…), whose header is a
plain TIFF header: Pillow would open their small embedded preview and call it the photo.
"""

from __future__ import annotations

import os
import stat
from enum import StrEnum, auto
from pathlib import Path

from executrek.app.i18n import translate
from executrek.app.photos import refusal

#: Bytes read from the start of a file for sniffing.
HEAD_BYTES = 64

#: Larger files are refused before opening (a 120-megapixel photo stays far below this).
MAX_FILE_BYTES = 256 * 1024 * 1024


class ContentKind(StrEnum):
    """What a file's bytes are; the value is the lower-case name (``jpeg_xl``)."""

    JPEG = auto()
    PNG = auto()
    GIF = auto()
    WEBP = auto()
    TIFF = auto()
    BMP = auto()
    HEIC = auto()
    HEIF = auto()
    AVIF = auto()
    RAW = auto()
    JPEG_XL = auto()
    PDF = auto()
    VIDEO = auto()
    UNKNOWN = auto()


#: Where a content kind has a MIME type of its own: ``image/`` and the kind's value.
MIME_BY_KIND: dict[ContentKind, str] = {
    kind: f"image/{kind.value}"
    for kind in (
        ContentKind.JPEG, ContentKind.PNG, ContentKind.GIF, ContentKind.WEBP, ContentKind.TIFF,
        ContentKind.BMP, ContentKind.HEIC, ContentKind.HEIF, ContentKind.AVIF,
    )
}  # fmt: skip

RAW_SUFFIXES = frozenset(
    {
        ".3fr", ".ari", ".arw", ".bay", ".cap", ".cr2", ".cr3", ".crw", ".dcr", ".dcs", ".dng",
        ".erf", ".fff", ".iiq", ".k25", ".kdc", ".mef", ".mos", ".mrw", ".nef", ".nrw", ".orf",
        ".pef", ".ptx", ".raf", ".raw", ".rw2", ".rwl", ".sr2", ".srf", ".srw", ".x3f",
    }
)  # fmt: skip

_HEVC_BRANDS = frozenset({b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"hevm", b"hevs"})
_HEIF_BRANDS = frozenset({b"mif1", b"msf1", b"mif2", b"MiHE", b"MiPr", b"miaf"})
_AVIF_BRANDS = frozenset({b"avif", b"avis"})
_VIDEO_BRANDS = frozenset(
    {b"isom", b"iso2", b"mp41", b"mp42", b"qt  ", b"M4V ", b"M4A ", b"3gp4", b"3gp5", b"3g2a",
     b"avc1", b"dash", b"f4v ", b"mmp4", b"MSNV", b"XAVC"}
)  # fmt: skip
_RAW_MAGIC = (b"FUJIFILMCCD-RAW", b"IIRO", b"IIRS", b"MMOR", b"IIU\x00", b"FOVb", b"\x00MRM")


def _iso_bmff_kind(head: bytes) -> ContentKind:
    major = head[8:12]
    # Compatible brands follow the minor version, four bytes each, up to the box size.
    box_size = int.from_bytes(head[0:4], "big")
    compatible = {head[i : i + 4] for i in range(16, min(box_size, len(head)) - 3, 4)}
    if major == b"crx ":
        return ContentKind.RAW
    if major in _AVIF_BRANDS:
        return ContentKind.AVIF
    if major in _HEVC_BRANDS:
        return ContentKind.HEIC
    if major in _HEIF_BRANDS:
        if compatible & _AVIF_BRANDS and not compatible & _HEVC_BRANDS:
            return ContentKind.AVIF
        return ContentKind.HEIC if compatible & _HEVC_BRANDS else ContentKind.HEIF
    if major in _VIDEO_BRANDS:
        return ContentKind.VIDEO
    return ContentKind.UNKNOWN


def kind_of(head: bytes, suffix: str = "") -> ContentKind:
    """Classify ``head`` (the first ``HEAD_BYTES`` of a file); ``suffix`` as in ``Path.suffix``."""
    is_raw_name = suffix.lower() in RAW_SUFFIXES
    if head.startswith(b"\xff\xd8\xff"):
        return ContentKind.JPEG
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return ContentKind.PNG
    if head.startswith((b"GIF87a", b"GIF89a")):
        return ContentKind.GIF
    if head.startswith(b"RIFF") and head[8:12] == b"WEBP":
        return ContentKind.WEBP
    if head.startswith(_RAW_MAGIC) or (head.startswith(b"II*\x00") and head[8:10] == b"CR"):
        return ContentKind.RAW
    if head.startswith((b"II*\x00", b"MM\x00*", b"II+\x00", b"MM\x00+")):
        return ContentKind.RAW if is_raw_name else ContentKind.TIFF
    if head.startswith(b"BM"):
        return ContentKind.BMP
    if head.startswith(b"%PDF"):
        return ContentKind.PDF
    if head.startswith(b"\xff\x0a") or head[4:12] == b"JXL \r\n\x87\n":
        return ContentKind.JPEG_XL
    if head[4:8] == b"ftyp":
        return _iso_bmff_kind(head)
    return ContentKind.RAW if is_raw_name else ContentKind.UNKNOWN


def check_file(path: Path) -> ContentKind:
    """Refuse what needs no decoder to refuse; return the content kind otherwise.

    Raises ``PhotoRefused`` for missing, unreadable, non-regular (pipes, devices), empty,
    oversized, RAW, PDF, JPEG XL and video files. Unknown content is returned as ``UNKNOWN`` and left to the decoder to judge.
    """
    try:
        info = os.stat(path)
        if not stat.S_ISREG(info.st_mode):  # a pipe or device would block or never end
            raise refusal.unreadable(translate("Photos", "not a regular file"))
        size = info.st_size
        with open(path, "rb") as fh:
            head = fh.read(HEAD_BYTES)
    except OSError as exc:
        raise refusal.unreadable(exc.strerror or type(exc).__name__) from exc
    if size == 0 or not head:
        raise refusal.empty_file()
    if size > MAX_FILE_BYTES:
        raise refusal.file_too_large(size, MAX_FILE_BYTES)
    kind = kind_of(head, path.suffix)
    if kind is ContentKind.RAW:
        raise refusal.raw_camera_file()
    if kind is ContentKind.PDF:
        raise refusal.pdf_document()
    if kind is ContentKind.JPEG_XL:
        raise refusal.jpeg_xl()
    if kind is ContentKind.VIDEO:
        raise refusal.video()
    return kind
