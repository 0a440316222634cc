"""The whole third-party corpus (../shared/testdata) through the importer and derivatives.

Every file must either import (and give derivatives that open and are upright) or be
refused with a one-line reason; nothing may raise or hang. Expectations come from the
corpus' own index.csv files wherever they state them.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from photo_fixtures import close_to, metadata_segments
from PIL import Image, ImageOps

from executrek.app.photos.blobstore import BlobStore
from executrek.app.photos.derivative_batch import DerivativeJob, make_derivatives
from executrek.app.photos.derivative_cache import DerivativeCache
from executrek.app.photos.derivatives import DerivativeKind, make_derivative
from executrek.app.photos.importer import ImportedFile, ImportOutcome, import_paths
from executrek.app.photos.metadata import GpsStatus, read_metadata
from executrek.app.photos.refusal import PhotoRefused, RefusalCode

#: Formats Pillow can open that we refuse on purpose (not field photos).
DELIBERATELY_UNSUPPORTED = {".psd"}


def _index(folder: Path) -> dict[str, dict[str, str]]:
    with open(folder / "index.csv", newline="", encoding="utf-8") as fh:
        return {row["file"]: row for row in csv.DictReader(fh)}


def _expected_upright(row: dict[str, str]) -> tuple[int, int] | None:
    """Upright size from photos/index.csv: HEIF sizes are already upright there."""
    if not row["width"] or not row["height"]:
        return None
    width, height = int(row["width"]), int(row["height"])
    turned = row["format"] != "HEIF" and row["orientation"] in {"5", "6", "7", "8"}
    return (height, width) if turned else (width, height)


def _same_aspect(size: tuple[int, int], expected: tuple[int, int]) -> bool:
    (w, h), (ew, eh) = size, expected
    return abs(w * eh - h * ew) <= ew + eh  # within a pixel of rounding


def _by_path(files: tuple[ImportedFile, ...], root: Path) -> dict[str, ImportedFile]:
    return {
        f.source.relative_to(root).as_posix(): f for f in files if f.source.is_relative_to(root)
    }


@pytest.mark.filterwarnings("ignore::PIL.Image.DecompressionBombWarning")
@pytest.mark.filterwarnings("ignore::UserWarning:PIL")  # hostile TIFF/APNG headers
@pytest.mark.timeout(120)
def test_every_corpus_file_imports_or_is_refused_and_derivatives_are_upright(
    shared_testdata: Path, tmp_path: Path
) -> None:
    photos, hostile = shared_testdata / "photos", shared_testdata / "hostile"
    store = BlobStore(tmp_path / "store")
    progress: list[int] = []

    report = import_paths(
        [photos, hostile], store, progress=lambda done, total: progress.append(done)
    )

    on_disk = sorted(p for p in [*photos.rglob("*"), *hostile.rglob("*")] if p.is_file())
    assert sorted(f.source for f in report.files) == on_disk
    assert progress == list(range(1, len(on_disk) + 1))
    for record in report.files:
        if record.outcome is ImportOutcome.REFUSED:
            assert record.reason, record.source
            assert "\n" not in record.reason, record.source
            assert not (record.sha256 and store.has(record.sha256)), record.source
        else:
            assert record.sha256, record.source
            assert store.verify(record.sha256), record.source
            assert record.metadata is not None, record.source
            assert record.mime, record.source

    photo_records = _by_path(report.files, photos)
    for name, row in _index(photos).items():
        record = photo_records[name]
        if row["format"]:
            assert record.outcome is ImportOutcome.IMPORTED, (name, record.reason)
        else:  # JPEG XL, Sony RAW: nothing here can open them
            assert record.outcome is ImportOutcome.REFUSED, name
    hostile_records = _by_path(report.files, hostile)
    for name, row in _index(hostile).items():
        record = hostile_records[name]
        verdict = row["pipeline_with_pillow_heif"]
        if verdict.startswith("fail@open"):
            assert record.outcome is ImportOutcome.REFUSED, name
        elif verdict == "ok" and Path(name).suffix.lower() not in DELIBERATELY_UNSUPPORTED:
            assert record.outcome is not ImportOutcome.REFUSED, (name, record.reason)

    cache = DerivativeCache(tmp_path / "cache", store)
    jobs = [DerivativeJob(f.sha256 or "", kind) for f in report.imported for kind in DerivativeKind]
    batch = make_derivatives(cache, jobs)
    assert not batch.cancelled
    assert batch.failures == ()

    made = {(r.job.sha256, r.job.kind): r.path for r in batch.results}
    for record in report.imported:
        assert record.metadata is not None
        upright = (record.metadata.width, record.metadata.height)
        for kind in DerivativeKind:
            path = made[(record.sha256 or "", kind)]
            assert path is not None
            data = path.read_bytes()
            assert metadata_segments(data) == [], record.source
            with Image.open(io.BytesIO(data)) as image:
                image.load()
                assert image.mode == "RGB"
                assert max(image.size) <= kind.long_edge
                assert _same_aspect(image.size, upright), (record.source, image.size, upright)

    for name, row in _index(photos).items():
        record = photo_records[name]
        expected = _expected_upright(row)
        if record.metadata is None or expected is None:
            continue
        assert (record.metadata.width, record.metadata.height) == expected, name
        assert record.metadata.camera_make == (row["make"] or None), name
        assert record.metadata.camera_model == (row["model"] or None), name
        if row["gps_lat"]:
            assert record.metadata.gps_status in (GpsStatus.VALID, GpsStatus.NULL_ISLAND), name
            if record.metadata.gps is not None:
                assert record.metadata.gps.latitude == pytest.approx(
                    float(row["gps_lat"]), abs=1e-5
                )
                assert record.metadata.gps.longitude == pytest.approx(
                    float(row["gps_lon"]), abs=1e-5
                )
        else:
            assert record.metadata.gps is None, name
        taken = record.metadata.captured_at
        stated = row["datetime_original"]
        if stated[:4].isdigit() and stated[4] == ":":  # EXIF style; others are parsed by tests
            assert taken is not None, name
            assert taken.strftime("%Y:%m:%d %H:%M:%S") == stated, name


def _thumbnail(path: Path) -> Image.Image:
    image = Image.open(io.BytesIO(make_derivative(path, DerivativeKind.THUMBNAIL)))
    image.load()
    return image


def test_orientation_photos_come_out_the_way_their_names_say(shared_testdata: Path) -> None:
    for path in sorted((shared_testdata / "photos" / "orientation").glob("*.jpg")):
        width, height = _thumbnail(path).size
        assert (width > height) == path.name.startswith("landscape"), path.name


def test_orientation_matches_pillows_exif_transpose(shared_testdata: Path) -> None:
    for path in sorted(
        (shared_testdata / "hostile" / "orientation").glob("hopper_orientation_*.jpg")
    ):
        ours = _thumbnail(path)
        with Image.open(path) as original:
            reference = ImageOps.exif_transpose(original).convert("RGB").resize(ours.size)
        for x, y in ((10, 10), (100, 20), (20, 100), (64, 64), (110, 110)):
            assert close_to(ours.getpixel((x, y)), reference.getpixel((x, y)), 30), (
                path.name,
                x,
                y,
            )


def test_orientation_6_photo_gives_a_portrait_derivative(shared_testdata: Path) -> None:
    path = shared_testdata / "photos" / "hdr" / "canon_hdr_YES.jpg"  # stored 2048×1536, EXIF 6
    assert read_metadata(path).orientation == 6
    assert _thumbnail(path).size == (240, 320)
    fax = shared_testdata / "hostile" / "orientation" / "g4_orientation_6.tif"  # 590×88, EXIF 6
    width, height = _thumbnail(fax).size
    assert height == 320
    assert width < 60


def test_heic_is_not_rotated_twice(shared_testdata: Path) -> None:
    path = shared_testdata / "photos" / "heic" / "arrow.heic"  # iPhone portrait, EXIF 6
    meta = read_metadata(path)
    assert meta.orientation == 6
    assert meta.orientation_applied_by_decoder
    assert (meta.width, meta.height) == (3024, 4032)
    assert _thumbnail(path).size == (240, 320)


def test_heic_with_a_jpg_name_is_read_by_content(shared_testdata: Path) -> None:
    path = shared_testdata / "hostile" / "wrong_extension" / "heic_hdlr_box.jpg"
    meta = read_metadata(path)
    assert (meta.format, meta.mime, meta.width, meta.height) == ("HEIF", "image/heic", 1440, 1440)
    assert _thumbnail(path).size == (320, 320)
    jpeg_as_png = shared_testdata / "hostile" / "wrong_extension" / "SYNTHETIC_jpeg_named.png"
    assert read_metadata(jpeg_as_png).mime == "image/jpeg"


def test_gps_is_read_from_the_photo_and_absent_from_its_derivatives(shared_testdata: Path) -> None:
    path = shared_testdata / "photos" / "gps" / "DSCN0021.jpg"
    meta = read_metadata(path)
    assert meta.gps is not None
    assert meta.gps_status is GpsStatus.VALID
    assert meta.gps.latitude == pytest.approx(43.467082, abs=1e-5)
    assert meta.gps.longitude == pytest.approx(11.884538, abs=1e-5)
    for kind in DerivativeKind:
        data = make_derivative(path, kind)
        assert metadata_segments(data) == []
        with Image.open(io.BytesIO(data)) as image:
            assert image.getexif().get_ifd(0x8825) == {}
            assert len(image.getexif()) == 0


def test_null_island_and_empty_gps_blocks(shared_testdata: Path) -> None:
    spatial = read_metadata(shared_testdata / "photos" / "heic" / "spatial_photo.heic")
    assert spatial.gps is None
    assert spatial.gps_status is GpsStatus.NULL_ISLAND
    empty = read_metadata(shared_testdata / "hostile" / "bad_exif" / "empty_gps_ifd.jpg")
    assert empty.gps is None
    assert empty.gps_status is GpsStatus.NONE
    garbage = read_metadata(shared_testdata / "hostile" / "bad_exif" / "exif_gps.jpg")
    assert garbage.gps is None
    assert garbage.gps_status is GpsStatus.INVALID


def test_cmyk_jpeg_becomes_rgb_with_the_right_colours(shared_testdata: Path) -> None:
    folder = shared_testdata / "hostile" / "color_and_progressive"
    cmyk = _thumbnail(folder / "pil_sample_cmyk.jpg")
    rgb = _thumbnail(folder / "pil_sample_rgb.jpg")
    assert cmyk.mode == "RGB"
    assert cmyk.size == rgb.size
    for x, y in ((10, 10), (50, 50), (90, 30), (30, 90)):
        assert close_to(cmyk.getpixel((x, y)), rgb.getpixel((x, y)), 40), (x, y)


def _refusal(path: Path) -> PhotoRefused:
    with pytest.raises(PhotoRefused) as caught:
        make_derivative(path, DerivativeKind.THUMBNAIL)
    return caught.value


def test_truncated_progressive_jpeg_is_refused(shared_testdata: Path) -> None:
    refused = _refusal(shared_testdata / "hostile" / "truncated" / "truncated_jpeg.jpg")
    assert refused.code is RefusalCode.TRUNCATED
    assert refused.reason == "file is truncated or damaged"


@pytest.mark.filterwarnings("ignore::PIL.Image.DecompressionBombWarning")
@pytest.mark.timeout(30)
@pytest.mark.parametrize(
    ("name", "megapixels"),
    [("lottapixel.jpg", 4128), ("decompression_bomb.gif", 4365), ("200MP.heic", 200)],
)
def test_decompression_bombs_are_refused_from_the_header(
    shared_testdata: Path, name: str, megapixels: int
) -> None:
    refused = _refusal(shared_testdata / "hostile" / "bombs_and_huge_dims" / name)
    assert refused.code is RefusalCode.TOO_MANY_PIXELS
    assert refused.reason == f"image is too large ({megapixels} megapixels; limit 120)"


@pytest.mark.timeout(30)
def test_forty_thousand_frame_gif_uses_only_its_first_frame(shared_testdata: Path) -> None:
    folder = shared_testdata / "hostile" / "bombs_and_huge_dims"
    assert _thumbnail(folder / "uber.gif").size == (1, 1)
    # Its second frame would be a bomb; the first is a fine 100×100 picture.
    assert _thumbnail(folder / "decompression_bomb_extents.gif").size == (100, 100)


def test_zero_byte_files_are_empty(shared_testdata: Path) -> None:
    for name in ("SYNTHETIC_zero_bytes.jpg", "empty.heic"):
        refused = _refusal(shared_testdata / "hostile" / "empty_and_tiny" / name)
        assert (refused.code, refused.reason) == (RefusalCode.EMPTY, "empty file")


def test_raw_and_documents_get_their_own_reasons(shared_testdata: Path) -> None:
    raw = _refusal(shared_testdata / "photos" / "raw" / "sony_alpha_a7iii_raw_image.ARW")
    assert raw.reason == "RAW camera files are not supported; export a JPEG"
    pdf = _refusal(shared_testdata / "hostile" / "pdf" / "trailer_loop.pdf")
    assert pdf.code is RefusalCode.UNSUPPORTED_FORMAT
    jxl = _refusal(shared_testdata / "photos" / "modern_formats" / "test_0001.jxl")
    assert jxl.code is RefusalCode.UNSUPPORTED_FORMAT


def test_high_bit_depth_and_lab_images_become_visible_rgb(shared_testdata: Path) -> None:
    folder = shared_testdata / "hostile"
    for name in ("high_bit_depth/10ct_32bit_128.tiff", "high_bit_depth/16bit.cropped.tif",
                 "high_bit_depth/RGB_12__128x128.heif", "color_and_progressive/hopper.Lab.tif"):  # fmt: skip
        image = _thumbnail(folder / name)
        assert image.mode == "RGB"
        low, high = image.convert("L").getextrema()
        assert isinstance(low, int)
        assert isinstance(high, int)
        assert high - low > 64, name  # real contrast, not a clipped white or black square
