"""Derivatives kept on disk, made on first use: ``root/<kind>/<sha>[-<markup hash>].jpg``.

Files are written atomically, so concurrent callers at worst both make the same file.
The cache can be deleted at any time; everything in it is remade from the blob store.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

from executrek.app.atomic import write_bytes as write_bytes_atomically
from executrek.app.photos.blobstore import BlobStore, check_sha256
from executrek.app.photos.derivatives import DerivativeKind, make_derivative
from executrek.app.photos.markup import Markup


class DerivativeCache:
    def __init__(self, root: Path, store: BlobStore) -> None:
        self.root = Path(root)
        self.store = store
        # One large (non-JPEG, > 36 MP) decode at a time per cache, whatever the pool size.
        self._large_decode_gate = threading.BoundedSemaphore(1)
        # One folder per kind, joined once: a day's form asks for dozens of thumbnails.
        self._folders = {k: self.root / k.value for k in DerivativeKind}

    def path_for(self, sha256: str, kind: DerivativeKind, markup: Markup | None = None) -> Path:
        name = check_sha256(sha256)
        if markup is not None and not markup.is_empty:
            name = f"{name}-{markup.content_hash()}"
        return self._folders[DerivativeKind(kind)] / f"{name}.jpg"

    def get_or_make(self, sha256: str, kind: DerivativeKind, markup: Markup | None = None) -> Path:
        """Path of the derivative, making it first if needed.

        Raises ``PhotoRefused`` when the original cannot be decoded and
        ``FileNotFoundError`` when the blob store does not hold ``sha256``.
        """
        target = self.path_for(sha256, kind, markup)
        if os.path.isfile(target):
            return target
        source = self.store.path_for(sha256)
        if not source.is_file():
            raise FileNotFoundError(f"photo {sha256} is not in the blob store")
        data = make_derivative(source, kind, markup, large_decode_gate=self._large_decode_gate)
        write_bytes_atomically(target, data)
        return target

    def discard(self, sha256: str) -> int:
        """Delete every cached derivative of ``sha256``; return how many were removed."""
        sha = check_sha256(sha256)
        removed = 0
        for kind in DerivativeKind:
            folder = self.root / kind.value
            if not folder.is_dir():
                continue
            for cached in folder.glob(f"{sha}*.jpg"):
                cached.unlink(missing_ok=True)
                removed += 1
        return removed
