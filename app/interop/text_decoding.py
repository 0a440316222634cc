"""Guess the encoding of a text export and decode it without ever failing on bad bytes."""

from __future__ import annotations

import codecs
from dataclasses import dataclass

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
