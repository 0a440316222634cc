from __future__ import annotations

import hashlib
import os
import threading
from pathlib import Path

import pytest
from photo_fixtures import exif_with, jpeg_bytes, quadrants, save, sydney_gps, write
from PIL import Image

from executrek.app.photos.blobstore import BlobStore
from executrek.app.photos.discovery import discover
from executrek.app.photos.importer import ImportOutcome, import_paths, iter_import
from executrek.app.photos.metadata import GpsStatus
from executrek.app.photos.refusal import RefusalCode


def _field_folder(root: Path) -> dict[str, Path]:
    """A memory card as it comes back from site, clutter included."""
    photo = jpeg_bytes(quadrants((80, 40)), exif_with(orientation=6, make="Acme", gps=sydney_gps()))
    files = {
        "a": write(root / "DCIM" / "IMG_0001.JPG", photo),
        "b": write(root / "DCIM" / "IMG_0002.JPG", jpeg_bytes(quadrants((50, 50)))),
        "a_copy": write(root / "DCIM" / "backup" / "IMG_0001 (1).jpg", photo),
        "png": save(root / "screens" / "plan markup.png", quadrants((30, 20)), "PNG"),
        "empty": write(root / "DCIM" / "IMG_0003.JPG", b""),
        "text": write(root / "notes.txt", b"level 3 slab pour"),
        "cut": write(
            root / "DCIM" / "IMG_0004.JPG",
            jpeg_bytes(quadrants((300, 300)), progressive=True)[:900],
        ),
    }
    write(root / "Thumbs.db", b"\xd0\xcf\x11\xe0")
    write(root / ".DS_Store", b"\x00\x00\x00\x01Bud1")
    write(root / "DCIM" / "._IMG_0001.JPG", b"\x00\x05\x16\x07")
    write(root / ".hidden" / "secret.jpg", photo)
    write(root / "$RECYCLE.BIN" / "deleted.jpg", photo)
    return files


def _outcomes(report_files: tuple, root: Path) -> dict[str, ImportOutcome]:
    return {f.source.relative_to(root).as_posix(): f.outcome for f in report_files}


def test_folder_import_reports_every_file(tmp_path: Path) -> None:
    root = tmp_path / "card"
    files = _field_folder(root)
    store = BlobStore(tmp_path / "store")

    report = import_paths([root], store)

    assert _outcomes(report.files, root) == {
        "DCIM/backup/IMG_0001 (1).jpg": ImportOutcome.DUPLICATE,
        "DCIM/IMG_0001.JPG": ImportOutcome.IMPORTED,
        "DCIM/IMG_0002.JPG": ImportOutcome.IMPORTED,
        "DCIM/IMG_0003.JPG": ImportOutcome.REFUSED,
        "DCIM/IMG_0004.JPG": ImportOutcome.REFUSED,
        "notes.txt": ImportOutcome.REFUSED,
        "screens/plan markup.png": ImportOutcome.IMPORTED,
    }
    assert report.skipped == 5  # Thumbs.db, .DS_Store, ._IMG_0001.JPG, .hidden, $RECYCLE.BIN
    assert not report.cancelled
    reasons = {f.source.name: (f.refusal_code, f.reason) for f in report.refused}
    assert reasons["IMG_0003.JPG"] == (RefusalCode.EMPTY, "empty file")
    assert reasons["IMG_0004.JPG"] == (RefusalCode.TRUNCATED, "file is truncated or damaged")
    assert reasons["notes.txt"][0] is RefusalCode.NOT_AN_IMAGE

    first = report.imported[0]
    assert first.original_filename == "IMG_0001.JPG"
    assert first.sha256 == hashlib.sha256(files["a"].read_bytes()).hexdigest()
    assert first.size == files["a"].stat().st_size
    assert first.mime == "image/jpeg"
    assert first.metadata is not None
    assert (first.metadata.width, first.metadata.height) == (40, 80)
    assert first.metadata.camera_make == "Acme"
    assert first.metadata.gps_status is GpsStatus.VALID

    duplicate = report.duplicates[0]
    assert (duplicate.sha256, duplicate.metadata) == (first.sha256, first.metadata)
    assert duplicate.original_filename == "IMG_0001 (1).jpg"


def test_originals_are_stored_byte_for_byte_and_nothing_else(tmp_path: Path) -> None:
    root = tmp_path / "card"
    files = _field_folder(root)
    store = BlobStore(tmp_path / "store")

    report = import_paths([root], store)

    stored = set(store.iter_sha256())
    assert stored == {f.sha256 for f in report.imported}
    for key in ("a", "b", "png"):
        sha = hashlib.sha256(files[key].read_bytes()).hexdigest()
        assert store.path_for(sha).read_bytes() == files[key].read_bytes()
    assert list((tmp_path / "store" / "incoming").iterdir()) == []


def test_second_import_finds_only_duplicates_with_metadata(tmp_path: Path) -> None:
    root = tmp_path / "card"
    _field_folder(root)
    store = BlobStore(tmp_path / "store")
    import_paths([root], store)

    again = import_paths([root], store)

    assert again.imported == ()
    assert len(again.duplicates) == 4
    assert all(d.metadata is not None and d.mime for d in again.duplicates)
    assert len(again.refused) == 3


def test_explicit_files_and_non_recursive_folders(tmp_path: Path) -> None:
    root = tmp_path / "card"
    _field_folder(root)
    store = BlobStore(tmp_path / "store")
    hidden = root / ".hidden" / "secret.jpg"

    report = import_paths(
        [hidden, root / "DCIM", root / "Thumbs.db", tmp_path / "missing.jpg"],
        store,
        recursive=False,
    )

    names = [f.source.name for f in report.files]
    assert names == ["secret.jpg", "IMG_0001.JPG", "IMG_0002.JPG", "IMG_0003.JPG",
                     "IMG_0004.JPG", "missing.jpg"]  # fmt: skip
    assert report.files[0].outcome is ImportOutcome.IMPORTED  # chosen explicitly
    assert report.files[-1].refusal_code is RefusalCode.UNREADABLE
    assert report.skipped == 2  # Thumbs.db given explicitly, ._IMG_0001.JPG in DCIM


@pytest.mark.skipif(not hasattr(os, "symlink") or os.name == "nt", reason="POSIX symlinks")
def test_symlink_loops_end_and_each_folder_is_visited_once(tmp_path: Path) -> None:
    root = tmp_path / "card"
    write(root / "a" / "one.jpg", jpeg_bytes(quadrants((20, 20))))
    os.symlink(root, root / "a" / "loop")
    os.symlink(root / "a", root / "alias")
    os.symlink(root / "nowhere", root / "dangling.jpg")

    found = discover([root])  # a folder's files come before its subfolders

    assert [p.relative_to(root).as_posix() for p in found.files] == ["a/one.jpg"]
    assert found.skipped == 1  # the dangling link


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
@pytest.mark.timeout(20)
def test_pipes_in_folders_are_skipped_and_explicit_pipes_refused(tmp_path: Path) -> None:
    root = tmp_path / "card"
    root.mkdir()
    os.mkfifo(root / "pipe.jpg")
    store = BlobStore(tmp_path / "store")

    assert import_paths([root], store).skipped == 1
    explicit = import_paths([root / "pipe.jpg"], store)
    assert explicit.files[0].refusal_code is RefusalCode.UNREADABLE


def test_progress_and_cancel(tmp_path: Path) -> None:
    root = tmp_path / "many"
    for i in range(10):
        write(root / f"{i:02}.jpg", jpeg_bytes(Image.new("RGB", (16, 16), (i * 20, 0, 0))))
    store = BlobStore(tmp_path / "store")
    cancel = threading.Event()
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        seen.append((done, total))
        if done == 4:
            cancel.set()

    report = import_paths([root], store, progress=progress, cancel=cancel)

    assert seen == [(1, 10), (2, 10), (3, 10), (4, 10)]
    assert report.cancelled
    assert len(report.imported) == 4
    assert len(set(store.iter_sha256())) == 4


def test_iter_import_yields_as_it_goes(tmp_path: Path) -> None:
    paths = [
        write(tmp_path / f"{i}.jpg", jpeg_bytes(Image.new("RGB", (8, 8), (i, i, i))))
        for i in range(3)
    ]
    store = BlobStore(tmp_path / "store")
    outcomes = iter_import([*paths, paths[0]], store)

    first = next(outcomes)
    assert first.outcome is ImportOutcome.IMPORTED
    assert store.has(first.sha256 or "")
    assert [r.outcome for r in outcomes] == [
        ImportOutcome.IMPORTED, ImportOutcome.IMPORTED, ImportOutcome.DUPLICATE,
    ]  # fmt: skip


def test_refused_duplicate_repeats_the_refusal(tmp_path: Path) -> None:
    broken = b"\xff\xd8\xff" + b"\x00" * 100
    paths = [write(tmp_path / "x.jpg", broken), write(tmp_path / "y.jpg", broken)]
    report = import_paths(paths, BlobStore(tmp_path / "store"))
    assert [f.outcome for f in report.files] == [ImportOutcome.REFUSED] * 2
    assert report.files[0].reason == report.files[1].reason
    assert report.files[1].original_filename == "y.jpg"
