from __future__ import annotations

import codecs

from hypothesis import given
from hypothesis import strategies as st

from executrek.app.interop.text_decoding import decode_text

SAMPLE = "Title,Location\nRéparer la porte,Bâtiment A > Niveau 2\n"


def test_utf8_with_and_without_bom() -> None:
    plain = decode_text(SAMPLE.encode("utf-8"))
    assert (plain.text, plain.encoding, plain.had_bom, plain.replaced) == (
        SAMPLE,
        "utf-8",
        False,
        0,
    )
    bom = decode_text(codecs.BOM_UTF8 + SAMPLE.encode("utf-8"))
    assert (bom.text, bom.had_bom) == (SAMPLE, True)


def test_utf16_both_byte_orders_with_bom() -> None:
    little = decode_text(SAMPLE.encode("utf-16"))  # Python writes a BOM, little-endian here
    assert little.text == SAMPLE
    assert little.encoding == "utf-16-le"
    big = decode_text(codecs.BOM_UTF16_BE + SAMPLE.encode("utf-16-be"))
    assert (big.text, big.encoding) == (SAMPLE, "utf-16-be")


def test_utf16_without_bom_is_recognised() -> None:
    assert decode_text(SAMPLE.encode("utf-16-le")).text == SAMPLE
    assert decode_text(SAMPLE.encode("utf-16-be")).text == SAMPLE


def test_windows_1252_fallback() -> None:
    decoded = decode_text("Title\nFenêtre “cassée” – 5 €\n".encode("cp1252"))
    assert decoded.encoding == "cp1252"
    assert decoded.text == "Title\nFenêtre “cassée” – 5 €\n"
    assert decoded.replaced == 0


def test_bad_bytes_are_replaced_and_counted() -> None:
    mostly_utf8 = "Réparer é à ü ".encode() * 3 + b"\xff" + b" fin"
    decoded = decode_text(mostly_utf8)
    assert decoded.encoding == "utf-8"
    assert decoded.replaced == 1
    assert "\ufffd" in decoded.text
    undefined_in_1252 = decode_text(b"caf\xe9 \x81\x8d\x8f")
    assert undefined_in_1252.encoding == "cp1252"
    assert undefined_in_1252.replaced == 3
    broken_utf16 = decode_text(codecs.BOM_UTF16_LE + "ab".encode("utf-16-le") + b"\x00\xd8")
    assert broken_utf16.replaced >= 1


@given(st.binary(max_size=600))
def test_never_raises(data: bytes) -> None:
    decoded = decode_text(data)
    assert isinstance(decoded.text, str)
    assert decoded.replaced >= 0
