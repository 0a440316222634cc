"""Guess the encoding of a text export and decode it without ever failing on bad bytes."""

from __future__ import annotations

import codecs
import io
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_SAMPLE = 64 * 1024
_MAX_COUNTED_ERRORS = 1_000


@dataclass(frozen=True)
class DecodedText:
    """Text plus how it was decoded.

    ``replaced`` counts byte sequences that were not valid in ``encoding`` and became
    U+FFFD; anything above zero deserves a warning to the user.
    """

    text: str
    encoding: str
    had_bom: bool
    replaced: int


def decode_text(data: bytes) -> DecodedText:
    """Decode ``data``: BOM first (UTF-8, UTF-16 LE/BE, UTF-32), then BOM-less UTF-16,
    then UTF-8, then Windows-1252 as the last resort. Never raises on bad bytes."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            text, replaced = _decode_counting(data[len(bom) :], encoding)
            return DecodedText(text, encoding, True, replaced)
    utf16 = _bomless_utf16(data[:_SAMPLE])
    if utf16 is not None:
        text, replaced = _decode_counting(data, utf16)
        return DecodedText(text, utf16, False, replaced)
    try:
        return DecodedText(data.decode("utf-8"), "utf-8", False, 0)
    except UnicodeDecodeError:
        pass
    utf8_text, utf8_errors = _decode_counting(data, "utf-8")
    multibyte = sum(1 for char in utf8_text if ord(char) > 0x7F and char != "\ufffd")
    if multibyte >= utf8_errors:
        # Mostly genuine UTF-8 with a few broken bytes (a truncated copy, a bad paste).
        return DecodedText(utf8_text, "utf-8", False, utf8_errors)
    text, replaced = _decode_counting(data, "cp1252")
    return DecodedText(text, "cp1252", False, replaced)


def _bomless_utf16(sample: bytes) -> str | None:
    """UTF-16 without a BOM shows up as NUL bytes on every other position for Latin text."""
    if len(sample) < 4 or b"\x00" not in sample:
        return None
    even = sample[0::2]
    odd = sample[1::2]
    even_nul = even.count(0) / len(even)
    odd_nul = odd.count(0) / len(odd)
    if odd_nul > 0.4 and even_nul < 0.05:
        return "utf-16-le"
    if even_nul > 0.4 and odd_nul < 0.05:
        return "utf-16-be"
    return None


def _decode_counting(data: bytes, encoding: str) -> tuple[str, int]:
    """Decode with U+FFFD for bad sequences and count how many were replaced."""
    parts: list[str] = []
    errors = 0
    position = 0
    while True:
        try:
            parts.append(data[position:].decode(encoding))
            return "".join(parts), errors
        except UnicodeDecodeError as exc:
            parts.append(data[position : position + exc.start].decode(encoding, errors="replace"))
            parts.append("\ufffd")
            errors += 1
            position += exc.end
            if errors >= _MAX_COUNTED_ERRORS:
                rest = data[position:].decode(encoding, errors="replace")
                parts.append(rest)
                return "".join(parts), errors + rest.count("\ufffd")


# --- reading a file as a stream -------------------------------------------------------

_CHUNK = 1024 * 1024
_COUNTING = "executrek-count-replaced"
_counter = threading.local()


def _count_and_replace(exc: UnicodeError) -> tuple[str, int]:
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    _counter.errors = getattr(_counter, "errors", 0) + 1
    return "\ufffd", exc.end


codecs.register_error(_COUNTING, _count_and_replace)


@dataclass(frozen=True)
class FileEncoding:
    """How to read a text file as a stream: ``encoding`` after ``bom_length`` bytes;
    ``replaced`` byte sequences are invalid in it and read as U+FFFD."""

    encoding: str
    bom_length: int
    replaced: int


def _errors_in(path: Path, encoding: str, skip: int) -> int:
    """How many invalid sequences reading ``path`` as ``encoding`` meets (streaming)."""
    decoder = codecs.getincrementaldecoder(encoding)(errors=_COUNTING)
    _counter.errors = 0
    with path.open("rb") as fh:
        fh.seek(skip)
        while chunk := fh.read(_CHUNK):
            decoder.decode(chunk)
        decoder.decode(b"", final=True)
    return int(_counter.errors)


def sniff_file_encoding(path: Path) -> FileEncoding:
    """The encoding :func:`decode_text` would choose for the file's bytes, found without
    holding the decoded text: BOM, BOM-less UTF-16, valid UTF-8 (checked in chunks);
    only a file that is not valid UTF-8 is decoded whole to choose between UTF-8 with a
    few broken bytes and Windows-1252."""
    with path.open("rb") as fh:
        head = fh.read(_SAMPLE)
    for bom, encoding in _BOMS:
        if head.startswith(bom):
            return FileEncoding(encoding, len(bom), _errors_in(path, encoding, len(bom)))
    utf16 = _bomless_utf16(head)
    if utf16 is not None:
        return FileEncoding(utf16, 0, _errors_in(path, utf16, 0))
    if _errors_in(path, "utf-8", 0) == 0:
        return FileEncoding("utf-8", 0, 0)
    decoded = decode_text(path.read_bytes())
    return FileEncoding(decoded.encoding, 0, decoded.replaced)


def open_text(path: Path, encoding: FileEncoding) -> TextIO:
    """The file as text (``newline=""``, as the csv module wants), bad bytes as U+FFFD."""
    fh = path.open("rb")
    fh.seek(encoding.bom_length)
    return io.TextIOWrapper(fh, encoding=encoding.encoding, errors="replace", newline="")
