from __future__ import annotations

import hashlib
import os
import stat
import threading
import time
from pathlib import Path

import pytest

from executrek.app.photos.blobstore import BlobStore, InvalidBlobId, check_sha256


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _incoming(store: BlobStore) -> list[Path]:
    folder = store.root / "incoming"
    return sorted(folder.iterdir()) if folder.is_dir() else []


def test_put_file_stores_bytes_under_their_sha256(tmp_path: Path) -> None:
    data = os.urandom(3 * 1024 * 1024 + 17)  # several read chunks
    source = tmp_path / "photo.jpg"
    source.write_bytes(data)
    store = BlobStore(tmp_path / "store")

    sha, size, was_new = store.put_file(source)

    assert sha == _sha(data)
    assert size == len(data)
    assert was_new is True
    assert store.path_for(sha) == tmp_path / "store" / "sha256" / sha[:2] / sha
    assert store.path_for(sha).read_bytes() == data
    assert store.has(sha)
    assert store.verify(sha)
    with store.open(sha) as fh:
        assert fh.read() == data
    assert _incoming(store) == []


def test_second_put_does_not_rewrite(tmp_path: Path) -> None:
    store = BlobStore(tmp_path / "store")
    first = store.put_bytes(b"same bytes")
    before = store.path_for(first.sha256).stat()

    again = store.put_bytes(b"same bytes")
    source = tmp_path / "copy.bin"
    source.write_bytes(b"same bytes")
    from_file = store.put_file(source)

    assert again == (first.sha256, 10, False)
    assert from_file == (first.sha256, 10, False)
    after = store.path_for(first.sha256).stat()
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)
    assert _incoming(store) == []


@pytest.mark.skipif(os.name == "nt", reason="POSIX permission bits")
def test_stored_blobs_are_read_only(tmp_path: Path) -> None:
    store = BlobStore(tmp_path / "store")
    sha = store.put_bytes(b"evidence").sha256
    mode = store.path_for(sha).stat().st_mode
    assert mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH) == 0


def test_verify_detects_damage_and_absence(tmp_path: Path) -> None:
    store = BlobStore(tmp_path / "store")
    sha = store.put_bytes(b"original bytes").sha256
    blob = store.path_for(sha)
    os.chmod(blob, stat.S_IRUSR | stat.S_IWUSR)
    blob.write_bytes(b"Original bytes")  # same size, one bit of difference

    assert store.has(sha)
    assert not store.verify(sha)
    assert not store.verify("0" * 64)
    with pytest.raises(FileNotFoundError):
        store.open("0" * 64)


def test_a_damaged_copy_of_another_size_is_replaced(tmp_path: Path) -> None:
    store = BlobStore(tmp_path / "store")
    sha = store.put_bytes(b"complete content").sha256
    blob = store.path_for(sha)
    os.chmod(blob, stat.S_IRUSR | stat.S_IWUSR)
    blob.write_bytes(b"compl")  # e.g. a partial copy restored from elsewhere

    result = store.put_bytes(b"complete content")

    assert result.was_new is True
    assert store.verify(sha)


@pytest.mark.parametrize(
    "bad",
    [
        "../../etc/passwd",
        "A" * 64,
        "a" * 63,
        "a" * 65,
        "ab/" + "c" * 61,
        "",
        "g" * 64,
        "..\\" * 21 + "a",
    ],
)
def test_blob_ids_are_validated(tmp_path: Path, bad: str) -> None:
    store = BlobStore(tmp_path / "store")
    with pytest.raises(InvalidBlobId):
        store.path_for(bad)
    with pytest.raises(InvalidBlobId):
        store.has(bad)
    with pytest.raises(InvalidBlobId):
        store.open(bad)
    with pytest.raises(InvalidBlobId):
        check_sha256(bad)


def test_staged_bytes_are_invisible_until_committed(tmp_path: Path) -> None:
    source = tmp_path / "photo.jpg"
    source.write_bytes(b"pending photo")
    store = BlobStore(tmp_path / "store")

    with store.stage_file(source) as staged:
        assert staged.sha256 == _sha(b"pending photo")
        assert staged.path.read_bytes() == b"pending photo"
        assert not store.has(staged.sha256)
        assert not store.path_for(staged.sha256).exists()
        assert staged.commit() is True
    assert store.has(staged.sha256)
    assert _incoming(store) == []


def test_uncommitted_staging_leaves_nothing_behind(tmp_path: Path) -> None:
    source = tmp_path / "photo.jpg"
    source.write_bytes(b"refused photo")
    store = BlobStore(tmp_path / "store")

    with store.stage_file(source) as staged:
        sha = staged.sha256
    assert not store.has(sha)
    assert _incoming(store) == []

    with pytest.raises(OSError):  # a folder cannot be read as a file
        store.put_file(tmp_path)
    assert _incoming(store) == []
    assert list(store.iter_sha256()) == []


def test_iter_sha256_lists_stored_blobs(tmp_path: Path) -> None:
    store = BlobStore(tmp_path / "store")
    shas = {store.put_bytes(bytes([i]) * 10).sha256 for i in range(5)}
    assert set(store.iter_sha256()) == shas


def test_remove_stale_incoming_keeps_fresh_files(tmp_path: Path) -> None:
    store = BlobStore(tmp_path / "store")
    incoming = tmp_path / "store" / "incoming"
    incoming.mkdir(parents=True)
    stale, fresh = incoming / "blob-old.part", incoming / "blob-new.part"
    stale.write_bytes(b"left by a crash")
    fresh.write_bytes(b"being written right now")
    two_days_ago = time.time() - 2 * 24 * 3600
    os.utime(stale, (two_days_ago, two_days_ago))

    assert store.remove_stale_incoming() == 1
    assert not stale.exists()
    assert fresh.exists()


def test_concurrent_puts_of_the_same_bytes_give_one_intact_blob(tmp_path: Path) -> None:
    store = BlobStore(tmp_path / "store")
    data = os.urandom(256 * 1024)
    results: list[tuple[str, int, bool]] = []
    lock = threading.Lock()

    def put() -> None:
        result = store.put_bytes(data)
        with lock:
            results.append((result.sha256, result.size, result.was_new))

    threads = [threading.Thread(target=put) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert {sha for sha, _, _ in results} == {_sha(data)}
    assert any(was_new for _, _, was_new in results)
    assert list(store.iter_sha256()) == [_sha(data)]
    assert store.verify(_sha(data))
    assert _incoming(store) == []
