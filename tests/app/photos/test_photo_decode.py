from __future__ import annotations

import os
import struct
import zlib
from pathlib import Path

import pytest
from photo_fixtures import (
    BLUE,
    GREEN,
    RED,
    YELLOW,
    close_to,
    colour_at,
    exif_with,
    jpeg_bytes,
    quadrants,
    save,
    write,
)
from PIL import Image, ImageOps, UnidentifiedImageError

from executrek.app.photos.decode import (
    PHOTO_FORMATS,
    PIXEL_LIMIT,
    decode_upright,
    open_photo,
    refusal_for,
)
from executrek.app.photos.refusal import PhotoRefused, RefusalCode
from executrek.app.photos.sniff import ContentKind, check_file, kind_of


def _refusal(path: Path) -> PhotoRefused:
    with pytest.raises(PhotoRefused) as caught:
        decode_upright(path, max_edge=320)
    reason = caught.value.reason
    assert reason
    assert "\n" not in reason
    return caught.value


def _png_claiming(width: int, height: int) -> bytes:
    """A PNG whose header claims ``width`` × ``height`` (pixel data is tiny and wrong)."""
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)

    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = zlib.crc32(kind + body) & 0xFFFFFFFF
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", crc)

    idat = zlib.compress(b"\x00" * 16)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")


def test_every_allowed_format_has_a_pillow_opener() -> None:
    Image.init()
    assert set(PHOTO_FORMATS) <= set(Image.OPEN)
    assert "HEIF" in PHOTO_FORMATS
    assert "AVIF" in PHOTO_FORMATS


def test_pixel_limit_is_also_pillows_limit() -> None:
    assert Image.MAX_IMAGE_PIXELS == PIXEL_LIMIT == 120_000_000


def test_exif_orientation_6_comes_out_portrait_and_upright(tmp_path: Path) -> None:
    # Stored 80×40 landscape; orientation 6 means "rotate 90° clockwise to view".
    path = write(tmp_path / "phone.jpg", jpeg_bytes(quadrants((80, 40)), exif_with(orientation=6)))

    decoded = decode_upright(path)

    assert decoded.header.stored_size == (80, 40)
    assert decoded.header.upright_size == (40, 80)
    assert decoded.header.orientation.recorded == 6
    assert decoded.image.size == (40, 80)
    # After a clockwise quarter turn the stored left column (red over blue) is the top row.
    assert close_to(colour_at(decoded.image, 0.25, 0.25), BLUE)
    assert close_to(colour_at(decoded.image, 0.75, 0.25), RED)
    assert close_to(colour_at(decoded.image, 0.25, 0.75), YELLOW)
    assert close_to(colour_at(decoded.image, 0.75, 0.75), GREEN)
    assert decoded.image.mode == "RGB"
    assert decoded.image.info == {}


@pytest.mark.parametrize("orientation", range(1, 9))
def test_every_orientation_matches_pillows_reference(tmp_path: Path, orientation: int) -> None:
    path = write(
        tmp_path / f"o{orientation}.jpg",
        jpeg_bytes(quadrants((60, 30)), exif_with(orientation=orientation)),
    )
    with Image.open(path) as original:
        reference = ImageOps.exif_transpose(original).convert("RGB")

    decoded = decode_upright(path).image

    assert decoded.size == reference.size
    for fx, fy in ((0.25, 0.25), (0.75, 0.25), (0.25, 0.75), (0.75, 0.75)):
        assert close_to(colour_at(decoded, fx, fy), colour_at(reference, fx, fy), 10)


@pytest.mark.parametrize("bad", [0, 9, 65535])
def test_invalid_orientation_values_are_ignored(tmp_path: Path, bad: int) -> None:
    path = write(tmp_path / "odd.jpg", jpeg_bytes(quadrants((60, 30)), exif_with(orientation=bad)))
    decoded = decode_upright(path)
    assert decoded.header.orientation.recorded == 1
    assert decoded.image.size == (60, 30)


def test_large_jpeg_is_reduced_to_the_requested_edge(tmp_path: Path) -> None:
    path = write(tmp_path / "big.jpg", jpeg_bytes(quadrants((3000, 2000))))
    decoded = decode_upright(path, max_edge=320)
    assert decoded.image.size == (320, 213)
    assert decoded.header.stored_size == (3000, 2000)
    assert close_to(colour_at(decoded.image, 0.2, 0.2), RED)


def test_transparent_png_is_flattened_on_white(tmp_path: Path) -> None:
    image = Image.new("RGBA", (20, 10), (0, 0, 255, 255))
    image.paste((0, 0, 0, 0), (0, 0, 10, 10))
    path = save(tmp_path / "alpha.png", image, "PNG")

    decoded = decode_upright(path).image

    assert decoded.mode == "RGB"
    assert colour_at(decoded, 0.2, 0.5) == (255, 255, 255)
    assert colour_at(decoded, 0.8, 0.5) == BLUE


def test_cmyk_jpeg_becomes_rgb(tmp_path: Path) -> None:
    path = save(tmp_path / "print.jpg", Image.new("CMYK", (16, 16), (0, 255, 255, 0)), "JPEG")
    decoded = decode_upright(path).image
    assert decoded.mode == "RGB"
    assert close_to(colour_at(decoded, 0.5, 0.5), RED)


def test_sixteen_bit_greyscale_is_scaled_not_clipped(tmp_path: Path) -> None:
    full = Image.new("I;16", (8, 8), 65535)
    twelve_bit = Image.new("I;16", (8, 8), 0)
    twelve_bit.paste(4095, (0, 0, 4, 8))
    assert decode_upright(save(tmp_path / "full.png", full, "PNG")).image.getpixel((0, 0)) == (
        255, 255, 255,
    )  # fmt: skip
    decoded = decode_upright(save(tmp_path / "twelve.png", twelve_bit, "PNG")).image
    assert decoded.getpixel((0, 0)) == (255, 255, 255)
    assert decoded.getpixel((7, 0)) == (0, 0, 0)


def test_float_greyscale_in_zero_to_one_maps_to_full_range(tmp_path: Path) -> None:
    image = Image.new("F", (8, 8), 0.0)
    image.paste(1.0, (4, 0, 8, 8))
    decoded = decode_upright(save(tmp_path / "float.tif", image, "TIFF")).image
    assert decoded.getpixel((0, 0)) == (0, 0, 0)
    assert decoded.getpixel((7, 0)) == (255, 255, 255)


def test_content_decides_not_the_extension(tmp_path: Path) -> None:
    jpeg = jpeg_bytes(quadrants((40, 20)))
    for name in ("photo.png", "photo.heic", "photo.nef", "photo"):
        decoded = decode_upright(write(tmp_path / name, jpeg))
        assert decoded.header.format == "JPEG"
        assert decoded.header.mime == "image/jpeg"


def test_empty_file_is_refused(tmp_path: Path) -> None:
    refused = _refusal(write(tmp_path / "empty.jpg", b""))
    assert refused.code is RefusalCode.EMPTY
    assert refused.reason == "empty file"


def test_random_bytes_are_not_an_image(tmp_path: Path) -> None:
    assert (
        _refusal(write(tmp_path / "noise.jpg", os.urandom(4096))).code is RefusalCode.NOT_AN_IMAGE
    )


def test_truncated_progressive_jpeg_is_refused(tmp_path: Path) -> None:
    whole = jpeg_bytes(quadrants((400, 300)), progressive=True)
    path = write(tmp_path / "cut.jpg", whole[: len(whole) // 2])
    assert _refusal(path).code is RefusalCode.TRUNCATED


def test_tiff_headed_raw_file_is_refused_by_name(tmp_path: Path) -> None:
    tiff = save(tmp_path / "scan.tif", quadrants((20, 20)), "TIFF").read_bytes()
    for name in ("DSC0001.ARW", "DSC0001.nef", "IMG_1.dng"):
        refused = _refusal(write(tmp_path / name, tiff))
        assert refused.code is RefusalCode.RAW_CAMERA_FILE
        assert refused.reason == "RAW camera files are not supported; export a JPEG"
    assert decode_upright(tmp_path / "scan.tif").header.format == "TIFF"


def test_eps_is_never_handed_to_ghostscript(tmp_path: Path) -> None:
    eps = b"%!PS-Adobe-3.0 EPSF-3.0\n%%BoundingBox: 0 0 10 10\nshowpage\n%%EOF\n"
    assert _refusal(write(tmp_path / "drawing.jpg", eps)).code is RefusalCode.NOT_AN_IMAGE


@pytest.mark.filterwarnings("ignore::PIL.Image.DecompressionBombWarning")
@pytest.mark.parametrize(
    ("width", "height", "megapixels"), [(11_000, 11_000, 121), (60_000, 60_000, 3600)]
)
def test_images_over_the_pixel_limit_are_refused_from_the_header(
    tmp_path: Path, width: int, height: int, megapixels: int
) -> None:
    refused = _refusal(write(tmp_path / "bomb.png", _png_claiming(width, height)))
    assert refused.code is RefusalCode.TOO_MANY_PIXELS
    assert refused.reason == f"image is too large ({megapixels} megapixels; limit 120)"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
@pytest.mark.timeout(20)
def test_a_named_pipe_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.jpg"
    os.mkfifo(fifo)
    assert _refusal(fifo).code is RefusalCode.UNREADABLE


def test_missing_file_is_unreadable(tmp_path: Path) -> None:
    assert _refusal(tmp_path / "gone.jpg").code is RefusalCode.UNREADABLE


@pytest.mark.parametrize(
    ("exc", "code"),
    [
        (UnidentifiedImageError("cannot identify"), RefusalCode.NOT_AN_IMAGE),
        (
            Image.DecompressionBombError("Image size (999999999 pixels) exceeds"),
            RefusalCode.TOO_MANY_PIXELS,
        ),
        (OSError("image file is truncated (8 bytes not processed)"), RefusalCode.TRUNCATED),
        (EOFError(), RefusalCode.TRUNCATED),
        (OSError("decoder error -2"), RefusalCode.DAMAGED),
        (OSError(13, "Permission denied"), RefusalCode.UNREADABLE),
        (SyntaxError("APNG contains frame sequence errors"), RefusalCode.DAMAGED),
        (struct.error("unpack requires a buffer"), RefusalCode.DAMAGED),
        (ValueError("Decompressed data too large"), RefusalCode.DAMAGED),
        (TypeError("Missing dimensions"), RefusalCode.DAMAGED),
        (KeyError(42), RefusalCode.DAMAGED),
        (IndexError("tuple index out of range"), RefusalCode.DAMAGED),
        (ZeroDivisionError(), RefusalCode.DAMAGED),
        (MemoryError(), RefusalCode.OUT_OF_MEMORY),
    ],
)
def test_every_decoder_exception_has_a_reason(exc: Exception, code: RefusalCode) -> None:
    refused = refusal_for(exc)
    assert refused.code is code
    assert refused.reason
    assert "\n" not in refused.reason


def test_bomb_reason_states_the_size() -> None:
    refused = refusal_for(Image.DecompressionBombError("Image size (4128062500 pixels) exceeds"))
    assert refused.reason == "image is too large (4128 megapixels; limit 120)"


def test_errors_inside_open_photo_become_refusals(tmp_path: Path) -> None:
    path = write(tmp_path / "ok.jpg", jpeg_bytes(quadrants((20, 20))))
    with pytest.raises(PhotoRefused) as caught, open_photo(path):
        raise OSError("image file is truncated")
    assert caught.value.code is RefusalCode.TRUNCATED


@pytest.mark.parametrize(
    ("head", "suffix", "kind"),
    [
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", ".png", ContentKind.JPEG),
        (b"\x89PNG\r\n\x1a\n", "", ContentKind.PNG),
        (b"GIF89a", ".jpg", ContentKind.GIF),
        (b"RIFF\x00\x00\x00\x00WEBPVP8 ", "", ContentKind.WEBP),
        (b"II*\x00\x08\x00\x00\x00", ".tif", ContentKind.TIFF),
        (b"II*\x00\x08\x00\x00\x00", ".ARW", ContentKind.RAW),
        (b"II*\x00\x10\x00\x00\x00CR\x02\x00", ".tif", ContentKind.RAW),
        (b"FUJIFILMCCD-RAW 0201", "", ContentKind.RAW),
        (b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic", ".JPG", ContentKind.HEIC),
        (b"\x00\x00\x00\x1cftypmif1\x00\x00\x00\x00mif1heichevc", "", ContentKind.HEIC),
        (b"\x00\x00\x00\x18ftypmif1\x00\x00\x00\x00mif1miaf", "", ContentKind.HEIF),
        (b"\x00\x00\x00\x20ftypavif\x00\x00\x00\x00avifmif1miaf", "", ContentKind.AVIF),
        (b"\x00\x00\x00\x18ftypcrx \x00\x00\x00\x01crx isom", ".cr3", ContentKind.RAW),
        (b"\x00\x00\x00\x18ftypqt  \x00\x00\x02\x00qt  ", ".mov", ContentKind.VIDEO),
        (b"\x00\x00\x00\x0cJXL \r\n\x87\n", "", ContentKind.JPEG_XL),
        (b"%PDF-1.7", ".jpg", ContentKind.PDF),
        (b"hello world", ".jpg", ContentKind.UNKNOWN),
        (b"hello world", ".cr2", ContentKind.RAW),
    ],
)
def test_content_sniffing(head: bytes, suffix: str, kind: ContentKind) -> None:
    assert kind_of(head, suffix) is kind


@pytest.mark.parametrize(
    ("head", "code"),
    [
        (b"%PDF-1.4\n", RefusalCode.UNSUPPORTED_FORMAT),
        (
            b"\x00\x00\x00\x18ftypqt  \x00\x00\x02\x00qt  " + b"\x00" * 40,
            RefusalCode.UNSUPPORTED_FORMAT,
        ),
        (b"\xff\x0a" + b"\x00" * 40, RefusalCode.UNSUPPORTED_FORMAT),
    ],
)
def test_non_photos_are_refused_before_decoding(
    tmp_path: Path, head: bytes, code: RefusalCode
) -> None:
    with pytest.raises(PhotoRefused) as caught:
        check_file(write(tmp_path / "thing.jpg", head))
    assert caught.value.code is code
