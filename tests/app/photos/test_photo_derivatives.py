from __future__ import annotations

import io
import threading
from pathlib import Path

import pytest
from photo_fixtures import (
    BLUE,
    RED,
    close_to,
    colour_at,
    exif_with,
    jpeg_bytes,
    metadata_segments,
    quadrants,
    sydney_gps,
    write,
)
from PIL import Image

from executrek.app.photos.blobstore import BlobStore
from executrek.app.photos.derivative_batch import DerivativeJob, make_derivatives
from executrek.app.photos.derivative_cache import DerivativeCache
from executrek.app.photos.derivatives import DerivativeKind, make_derivative
from executrek.app.photos.markup import Markup, Rectangle
from executrek.app.photos.refusal import PhotoRefused, RefusalCode

BOX = Markup((Rectangle((0.0, 0.0), (0.5, 0.5), colour="#00ff00", width=0.05),))


def _open(data: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(data))
    image.load()
    return image


def _phone_photo(tmp_path: Path, size: tuple[int, int] = (2000, 1000)) -> Path:
    exif = exif_with(orientation=6, make="Acme", model="P1", gps=sydney_gps())
    icc = b"\x00" * 128  # junk profile: must neither break decoding nor be copied
    return write(tmp_path / "phone.jpg", jpeg_bytes(quadrants(size), exif, icc_profile=icc))


@pytest.mark.parametrize(
    ("kind", "long_edge"), [(DerivativeKind.THUMBNAIL, 320), (DerivativeKind.REPORT, 1600)]
)
def test_derivative_is_upright_small_and_carries_no_metadata(
    tmp_path: Path, kind: DerivativeKind, long_edge: int
) -> None:
    data = make_derivative(_phone_photo(tmp_path, (4000, 2000)), kind)
    image = _open(data)

    assert image.format == "JPEG"
    assert image.mode == "RGB"
    assert image.size == (long_edge // 2, long_edge)  # portrait: orientation 6 applied
    assert close_to(colour_at(image, 0.75, 0.25), RED)  # stored top-left is now top-right
    assert metadata_segments(data) == []
    assert len(image.getexif()) == 0
    assert not {"exif", "icc_profile", "xmp", "XML:com.adobe.xmp"} & set(image.info)
    assert b"Acme" not in data


def test_small_originals_are_not_enlarged(tmp_path: Path) -> None:
    path = write(tmp_path / "tiny.jpg", jpeg_bytes(quadrants((60, 40))))
    assert _open(make_derivative(path, DerivativeKind.REPORT)).size == (60, 40)


def test_markup_is_drawn_on_the_upright_picture(tmp_path: Path) -> None:
    path = _phone_photo(tmp_path)
    plain = _open(make_derivative(path, DerivativeKind.REPORT))
    marked = _open(make_derivative(path, DerivativeKind.REPORT, BOX))

    assert marked.size == plain.size == (800, 1600)
    # The box's left edge runs down the upright picture's left side (top half only).
    assert close_to(colour_at(marked, 0.01, 0.25), (0, 255, 0), 60)
    assert close_to(colour_at(plain, 0.01, 0.25), BLUE)
    assert close_to(colour_at(marked, 0.01, 0.75), colour_at(plain, 0.01, 0.75))


def test_cache_makes_once_and_names_files_by_sha_and_markup(tmp_path: Path) -> None:
    store = BlobStore(tmp_path / "store")
    sha = store.put_file(_phone_photo(tmp_path)).sha256
    cache = DerivativeCache(tmp_path / "cache", store)

    thumb = cache.get_or_make(sha, DerivativeKind.THUMBNAIL)
    report = cache.get_or_make(sha, DerivativeKind.REPORT, BOX)
    first = thumb.stat()
    again = cache.get_or_make(sha, DerivativeKind.THUMBNAIL)

    assert thumb == tmp_path / "cache" / "thumbnail" / f"{sha}.jpg"
    assert report == tmp_path / "cache" / "report" / f"{sha}-{BOX.content_hash()}.jpg"
    assert again == thumb
    assert (again.stat().st_ino, again.stat().st_mtime_ns) == (
        first.st_ino,
        first.st_mtime_ns,
    )
    assert cache.get_or_make(sha, DerivativeKind.REPORT, Markup()) == cache.path_for(
        sha, DerivativeKind.REPORT
    )
    assert not [p for p in (tmp_path / "cache").rglob("*") if p.name.endswith(".part")]
    assert store.verify(sha)  # the original is untouched

    assert cache.discard(sha) == 3
    assert not thumb.exists()


def test_cache_reports_missing_and_undecodable_originals(tmp_path: Path) -> None:
    store = BlobStore(tmp_path / "store")
    cache = DerivativeCache(tmp_path / "cache", store)
    with pytest.raises(FileNotFoundError):
        cache.get_or_make("0" * 64, DerivativeKind.THUMBNAIL)
    broken = store.put_bytes(jpeg_bytes(quadrants((200, 200)), progressive=True)[:600]).sha256
    with pytest.raises(PhotoRefused) as caught:
        cache.get_or_make(broken, DerivativeKind.THUMBNAIL)
    assert caught.value.code is RefusalCode.TRUNCATED
    assert not cache.path_for(broken, DerivativeKind.THUMBNAIL).exists()


def _stored_photos(tmp_path: Path, count: int) -> tuple[BlobStore, list[str]]:
    store = BlobStore(tmp_path / "store")
    shas = [
        store.put_bytes(jpeg_bytes(Image.new("RGB", (64 + i, 48), (i * 9 % 256, 80, 160)))).sha256
        for i in range(count)
    ]
    return store, shas


def test_batch_makes_everything_and_reports_progress_in_order(tmp_path: Path) -> None:
    store, shas = _stored_photos(tmp_path, 12)
    broken = store.put_bytes(b"\xff\xd8\xff\xe0 definitely not a jpeg").sha256
    jobs = [DerivativeJob(sha, kind) for sha in [*shas, broken] for kind in DerivativeKind]
    seen: list[tuple[int, int]] = []

    report = make_derivatives(
        DerivativeCache(tmp_path / "cache", store),
        jobs,
        progress=lambda done, total: seen.append((done, total)),
        max_workers=3,
    )

    assert not report.cancelled
    assert [r.job for r in report.results] == jobs
    assert seen == [(i, len(jobs)) for i in range(1, len(jobs) + 1)]
    assert {r.job.sha256 for r in report.failures} == {broken}
    assert all(r.error for r in report.failures)
    for result in report.results:
        if result.error is None:
            assert result.path is not None
            assert _open(result.path.read_bytes()).mode == "RGB"


def test_batch_stops_when_cancelled(tmp_path: Path) -> None:
    store, shas = _stored_photos(tmp_path, 30)
    cancel = threading.Event()
    jobs = [DerivativeJob(sha, DerivativeKind.THUMBNAIL) for sha in shas]

    def stop_after_first(done: int, total: int) -> None:
        cancel.set()

    report = make_derivatives(
        DerivativeCache(tmp_path / "cache", store),
        jobs,
        progress=stop_after_first,
        cancel=cancel,
        max_workers=2,
    )

    assert report.cancelled
    assert 1 <= len(report.results) <= 4  # at most the in-flight window (2 × workers)
    assert [r.job for r in report.results] == jobs[: len(report.results)]


def test_batch_cancelled_before_start_does_nothing(tmp_path: Path) -> None:
    store, shas = _stored_photos(tmp_path, 3)
    cancel = threading.Event()
    cancel.set()
    report = make_derivatives(
        DerivativeCache(tmp_path / "cache", store),
        [DerivativeJob(sha, DerivativeKind.THUMBNAIL) for sha in shas],
        cancel=cancel,
    )
    assert report.cancelled
    assert report.results == ()
    assert not (tmp_path / "cache").exists()


def test_empty_batch(tmp_path: Path) -> None:
    store = BlobStore(tmp_path / "store")
    report = make_derivatives(DerivativeCache(tmp_path / "cache", store), [])
    assert report.results == ()
    assert not report.cancelled
