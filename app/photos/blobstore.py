"""Content-addressed storage of originals: the SHA-256 of the bytes is their identity.

Layout: ``root/sha256/ab/abcdef…`` (two-character shard, then the full 64-hex name).
Bytes are written to ``root/incoming/`` while being hashed, flushed to disk and moved
into place with one atomic ``os.replace``, so a reader never sees a partial blob. Stored
blobs are made read-only; an existing intact blob is never rewritten.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import stat
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO, NamedTuple

from executrek.app.atomic import sync_directory
from executrek.app.closing import Closing

_CHUNK = 1024 * 1024
_SHA256_HEX = re.compile(r"[0-9a-f]{64}")
_READ_ONLY = stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH


class InvalidBlobId(ValueError):
    """Raised for anything that is not 64 lower-case hex digits (no paths, no traversal)."""


class PutResult(NamedTuple):
    sha256: str
    size: int
    was_new: bool


def check_sha256(sha256: str) -> str:
    if not isinstance(sha256, str) or _SHA256_HEX.fullmatch(sha256) is None:
        raise InvalidBlobId(f"not a SHA-256 hex digest: {sha256!r}")
    return sha256


def hash_file(source: Path) -> tuple[str, int]:
    """SHA-256 and size of a file, read in chunks; nothing is written anywhere."""
    digest = hashlib.sha256()
    size = 0
    with open(source, "rb") as fh:
        while chunk := fh.read(_CHUNK):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


class StagedBlob(Closing):
    """Bytes copied into the store's incoming folder and hashed, not yet in place.

    Use as a context manager: whatever is not committed is deleted on exit. ``path`` may
    be read (e.g. decoded) before deciding to ``commit`` or ``discard``.
    """

    def __init__(self, store: BlobStore, path: Path, sha256: str, size: int) -> None:
        self._store = store
        self.path = path
        self.sha256 = sha256
        self.size = size
        self._done = False

    def commit(self) -> bool:
        """Move the bytes into place; return True if the store did not have them yet."""
        if self._done:
            raise RuntimeError("staged blob already committed or discarded")
        self._done = True
        return self._store._adopt(self.path, self.sha256, self.size)

    def discard(self) -> None:
        if not self._done:
            self._done = True
            self.path.unlink(missing_ok=True)

    close = discard


class BlobStore:
    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        self._blobs = self.root / "sha256"
        self._incoming = self.root / "incoming"

    # -- reading -----------------------------------------------------------------------

    def path_for(self, sha256: str) -> Path:
        sha = check_sha256(sha256)
        return self._blobs / sha[:2] / sha

    def has(self, sha256: str) -> bool:
        return self.path_for(sha256).is_file()

    def has_intact(self, sha256: str, size: int) -> bool:
        """True if the blob is stored with the expected size (a wrong size is a damaged
        copy from elsewhere, which the next commit replaces)."""
        return self._is_intact(check_sha256(sha256), size)

    def open(self, sha256: str) -> BinaryIO:
        """Open a stored blob for reading; ``FileNotFoundError`` if it is not stored."""
        return open(self.path_for(sha256), "rb")

    def verify(self, sha256: str) -> bool:
        """Re-hash the stored bytes: True only if present and intact."""
        digest = hashlib.sha256()
        try:
            with self.open(sha256) as fh:
                while chunk := fh.read(_CHUNK):
                    digest.update(chunk)
        except FileNotFoundError:
            return False
        return digest.hexdigest() == sha256

    def iter_sha256(self) -> Iterator[str]:
        """Every stored blob id (order unspecified)."""
        if not self._blobs.is_dir():
            return
        for shard in self._blobs.iterdir():
            if shard.is_dir():
                for blob in shard.iterdir():
                    if _SHA256_HEX.fullmatch(blob.name) and blob.name[:2] == shard.name:
                        yield blob.name

    # -- writing -----------------------------------------------------------------------

    def stage_bytes(self, data: bytes, sha256: str) -> StagedBlob:
        """Write bytes already in memory (and already hashed) to the incoming folder."""
        with self._new_incoming() as (out, path):
            out.write(data)
        return StagedBlob(self, path, check_sha256(sha256), len(data))

    def stage_file(self, source: Path) -> StagedBlob:
        """Copy ``source`` into the incoming folder while hashing it (streaming)."""
        with open(source, "rb") as fh:
            return self._stage_stream(fh)

    def put_file(self, source: Path) -> PutResult:
        with self.stage_file(source) as staged:
            return PutResult(staged.sha256, staged.size, staged.commit())

    def put_bytes(self, data: bytes) -> PutResult:
        sha = hashlib.sha256(data).hexdigest()
        if self._is_intact(sha, len(data)):
            return PutResult(sha, len(data), False)
        with self._new_incoming() as (fh, path):
            fh.write(data)
        return PutResult(sha, len(data), self._adopt(path, sha, len(data)))

    def remove_stale_incoming(self, older_than_seconds: float = 24 * 3600) -> int:
        """Delete leftovers of interrupted imports; return how many were removed."""
        if not self._incoming.is_dir():
            return 0
        cutoff = time.time() - older_than_seconds
        removed = 0
        for leftover in self._incoming.iterdir():
            try:
                if leftover.is_file() and leftover.stat().st_mtime < cutoff:
                    leftover.unlink()
                    removed += 1
            except OSError:
                continue  # in use by another process, or already gone
        return removed

    # -- internals ---------------------------------------------------------------------

    def _stage_stream(self, fh: BinaryIO) -> StagedBlob:
        digest = hashlib.sha256()
        size = 0
        with self._new_incoming() as (out, path):
            while chunk := fh.read(_CHUNK):
                digest.update(chunk)
                out.write(chunk)
                size += len(chunk)
        return StagedBlob(self, path, digest.hexdigest(), size)

    @contextlib.contextmanager
    def _new_incoming(self) -> Iterator[tuple[BinaryIO, Path]]:
        """A temp file in the incoming folder: flushed and fsynced when the block
        succeeds, deleted when it fails."""
        self._incoming.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix="blob-", suffix=".part", dir=self._incoming)
        path = Path(name)
        written = False
        try:
            with os.fdopen(fd, "wb") as fh:  # closed before a failed file is deleted
                yield fh, path
                fh.flush()
                os.fsync(fh.fileno())
            written = True
        finally:
            if not written:
                path.unlink(missing_ok=True)

    def _is_intact(self, sha256: str, size: int) -> bool:
        try:
            return self.path_for(sha256).stat().st_size == size
        except FileNotFoundError:
            return False

    def _adopt(self, incoming: Path, sha256: str, size: int) -> bool:
        """Move a fully written, fsynced incoming file into place (or drop it)."""
        final = self.path_for(sha256)
        if self._is_intact(sha256, size):
            incoming.unlink(missing_ok=True)
            return False
        try:
            final.parent.mkdir(parents=True, exist_ok=True)
            os.chmod(incoming, _READ_ONLY)
            if final.exists():  # wrong size: a damaged copy from outside; replace it
                os.chmod(final, stat.S_IWUSR | _READ_ONLY)
            os.replace(incoming, final)
            sync_directory(final.parent)
        except BaseException:
            incoming.unlink(missing_ok=True)
            raise
        return True
