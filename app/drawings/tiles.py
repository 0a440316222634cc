"""Tiled rendering with a disk cache and a small in-memory LRU.

Zoom levels are powers of two: at level 0 the whole page fits in one tile of
``tile_px`` pixels (its longer side is exactly ``tile_px``); level n draws the page
2**n times larger. Tile (tx, ty) covers pixels [tx·T, (tx+1)·T) × [ty·T, (ty+1)·T) of
the page drawn at that level; tiles on the right and bottom edges are cropped to the
page. The deepest level is capped so that a pixel is never smaller than 1/4 point
(``MAX_SCALE`` = 4 pixels per point, about 288 dpi); nothing ever renders a whole page
at that zoom, only the tiles asked for.

Tiles are stored as TIFF with PackBits compression (lossless; ~3 ms to write a 512²
tile where PNG at its fastest zlib level takes ~20 ms, longer than rendering the tile;
line drawings compress to ~100 KB) under
``cache_dir/<sha[:2]>/<sha>/t<tile_px>/p<page>-l<level>-<tx>-<ty>.tif``, written
atomically (temporary file + rename); the content hash of the drawing is the key, so
a new revision never shows stale tiles. The memory LRU holds at most ``memory_tiles``
tiles and ``memory_bytes`` bytes of pixels.

Thread-safe: any number of threads may ask for tiles. Rendering PDF pages is serialised
by PDFium's process-wide lock; cache look-ups, tile encoding and decoding run in parallel.
Two threads asking for the same missing tile at once may both render it (same pixels).
"""

from __future__ import annotations

import contextlib
import math
import os
import shutil
import threading
from collections import OrderedDict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

from executrek.app.atomic import atomic_write
from executrek.app.closing import Closing
from executrek.app.drawings.document_info import PageInfo
from executrek.app.drawings.engine import DrawingDocument

#: The deepest zoom: at most this many pixels per point (1 px ≈ 1/4 pt).
MAX_SCALE = 4.0

#: A batch of tiles is rendered in one engine call when its bounding box has at most
#: this many pixels (16 MP ≈ 48 MB); larger batches are split.
BATCH_PIXELS = 16_000_000

#: Documents kept open by the cache (opening parses the file's page tree).
OPEN_DOCUMENTS = 4

TileKey = tuple[str, int, int, int, int]  # sha, page, level, tx, ty


@dataclass
class TileStats:
    """Counters, for tests, benchmarks and a status line."""

    rendered: int = 0
    render_calls: int = 0
    memory_hits: int = 0
    disk_hits: int = 0


@dataclass
class _OpenDocument:
    document: DrawingDocument
    users: int = 0


class TileCache(Closing):
    """Tiles of drawing pages, rendered on demand and cached on disk and in memory."""

    def __init__(
        self,
        cache_dir: Path,
        *,
        memory_tiles: int = 256,
        tile_px: int = 256,
        memory_bytes: int = 64 * 2**20,
    ) -> None:
        if tile_px < 64 or memory_tiles < 0:
            raise ValueError("tile_px must be at least 64 and memory_tiles not negative")
        self.cache_dir = cache_dir
        self.tile_px = tile_px
        self.stats = TileStats()
        self._memory_tiles = memory_tiles
        self._memory_bytes = memory_bytes
        self._lock = threading.Lock()
        self._memory: OrderedDict[TileKey, Image.Image] = OrderedDict()
        self._memory_used = 0
        self._documents: OrderedDict[str, _OpenDocument] = OrderedDict()
        # Tiles waiting for the disk: written by a short-lived writer thread, so a redraw
        # returns as soon as its tiles are rendered (the write costs as much as a render).
        self._pending: OrderedDict[TileKey, Image.Image] = OrderedDict()
        self._writer: threading.Thread | None = None

    # -- geometry -------------------------------------------------------------------

    def scale(self, page_info: PageInfo, level: int) -> float:
        """Pixels per point at ``level``."""
        return self.tile_px * 2**level / max(page_info.width_pt, page_info.height_pt)

    def page_px(self, page_info: PageInfo, level: int) -> tuple[int, int]:
        """Size in pixels of the whole page drawn at ``level``."""
        scale = self.scale(page_info, level)
        return (
            max(1, math.ceil(page_info.width_pt * scale - 1e-6)),
            max(1, math.ceil(page_info.height_pt * scale - 1e-6)),
        )

    def grid(self, page_info: PageInfo, level: int) -> tuple[int, int]:
        """Columns and rows of tiles at ``level``."""
        width, height = self.page_px(page_info, level)
        return math.ceil(width / self.tile_px), math.ceil(height / self.tile_px)

    def max_level(self, page_info: PageInfo) -> int:
        """The deepest level whose scale is at most ``MAX_SCALE`` pixels per point."""
        base = self.scale(page_info, 0)
        return max(0, math.floor(math.log2(MAX_SCALE / base) + 1e-9))

    def fit_level(self, page_info: PageInfo, viewport: tuple[int, int]) -> int:
        """The deepest level at which the whole page fits in ``viewport`` pixels."""
        level = 0
        while level < self.max_level(page_info):
            width, height = self.page_px(page_info, level + 1)
            if width > viewport[0] or height > viewport[1]:
                break
            level += 1
        return level

    def tiles_covering(
        self, page_info: PageInfo, level: int, box: tuple[float, float, float, float]
    ) -> list[tuple[int, int]]:
        """The tiles (tx, ty) that intersect ``box`` = (left, top, right, bottom) in
        pixels of the page drawn at ``level``, row by row."""
        cols, rows = self.grid(page_info, level)
        left, top, right, bottom = box
        t = self.tile_px
        x0, y0 = max(0, math.floor(left / t)), max(0, math.floor(top / t))
        x1, y1 = min(cols, math.ceil(right / t)), min(rows, math.ceil(bottom / t))
        return [(tx, ty) for ty in range(y0, y1) for tx in range(x0, x1)]

    def _tile_box(
        self, page_info: PageInfo, level: int, tx: int, ty: int
    ) -> tuple[int, int, int, int]:
        cols, rows = self.grid(page_info, level)
        if not (0 <= tx < cols and 0 <= ty < rows):
            raise ValueError(f"tile ({tx}, {ty}) outside the {cols}×{rows} grid of level {level}")
        width, height = self.page_px(page_info, level)
        t = self.tile_px
        return tx * t, ty * t, min((tx + 1) * t, width), min((ty + 1) * t, height)

    # -- tiles ------------------------------------------------------------------------

    def tile(
        self, doc_path: Path, doc_sha256: str, page: int, level: int, tx: int, ty: int
    ) -> Image.Image:
        """One tile: an RGB image, shared with the cache (treat it as read-only; copy it
        before drawing on it)."""
        return self.tiles(doc_path, doc_sha256, page, level, [(tx, ty)])[(tx, ty)]

    def tiles(
        self,
        doc_path: Path,
        doc_sha256: str,
        page: int,
        level: int,
        coords: Iterable[tuple[int, int]],
    ) -> dict[tuple[int, int], Image.Image]:
        """Several tiles of one page and level (e.g. all tiles of a viewport). Missing
        tiles are rendered together, in as few engine calls as ``BATCH_PIXELS`` allows.
        The images are shared with the cache: treat them as read-only."""
        wanted = list(dict.fromkeys(coords))
        found: dict[tuple[int, int], Image.Image] = {}
        missing: list[tuple[int, int]] = []
        for tx, ty in wanted:
            key = (doc_sha256, page, level, tx, ty)
            cached = self._from_memory(key) or self._from_disk(key)
            if cached is None:
                missing.append((tx, ty))
            else:
                found[(tx, ty)] = cached
        if missing:
            found.update(self._render(doc_path, doc_sha256, page, level, missing))
        return {xy: found[xy] for xy in wanted}

    def _render(
        self,
        doc_path: Path,
        sha: str,
        page: int,
        level: int,
        missing: list[tuple[int, int]],
    ) -> dict[tuple[int, int], Image.Image]:
        out: dict[tuple[int, int], Image.Image] = {}
        with self._document(doc_path, sha) as document:
            info = document.page(page)
            scale = self.scale(info, level)
            boxes = {xy: self._tile_box(info, level, *xy) for xy in missing}
            for batch in self._batches(boxes):
                left = min(boxes[xy][0] for xy in batch)
                top = min(boxes[xy][1] for xy in batch)
                right = max(boxes[xy][2] for xy in batch)
                bottom = max(boxes[xy][3] for xy in batch)
                image = document.render_pixels(page, scale, left, top, (right - left, bottom - top))
                with self._lock:
                    self.stats.render_calls += 1
                    self.stats.rendered += len(batch)
                for xy in batch:
                    x0, y0, x1, y1 = boxes[xy]
                    if len(batch) == 1:
                        tile = image
                    else:
                        tile = image.crop((x0 - left, y0 - top, x1 - left, y1 - top))
                    key = (sha, page, level, *xy)
                    self._to_memory(key, tile)
                    self._queue_for_disk(key, tile)
                    out[xy] = tile
        return out

    def _batches(
        self, boxes: dict[tuple[int, int], tuple[int, int, int, int]]
    ) -> list[list[tuple[int, int]]]:
        """Group tiles into bands of rows whose bounding box stays within BATCH_PIXELS."""
        rows: dict[int, list[tuple[int, int]]] = {}
        for xy in sorted(boxes, key=lambda c: (c[1], c[0])):
            rows.setdefault(xy[1], []).append(xy)
        batches: list[list[tuple[int, int]]] = []
        current: list[tuple[int, int]] = []
        for row in rows.values():
            for xy in row:
                trial = [*current, xy]
                if current and _area(boxes, trial) > BATCH_PIXELS:
                    batches.append(current)
                    trial = [xy]
                current = trial
        if current:
            batches.append(current)
        return batches

    # -- documents ----------------------------------------------------------------------

    @contextlib.contextmanager
    def _document(self, path: Path, sha: str) -> Iterator[DrawingDocument]:
        """Lend the open document for ``sha`` (opening it if needed); a document in use
        is never closed by eviction."""
        with self._lock:
            entry = self._documents.get(sha)
            if entry is not None:
                entry.users += 1
                self._documents.move_to_end(sha)
        if entry is None:
            opened: DrawingDocument | None = DrawingDocument.open(path)  # slow: unlocked
            with self._lock:
                entry = self._documents.get(sha)
                if entry is None:
                    assert opened is not None
                    entry = _OpenDocument(opened)
                    self._documents[sha] = entry
                    opened = None
                entry.users += 1
            if opened is not None:  # another thread opened it meanwhile
                opened.close()
        try:
            yield entry.document
        finally:
            with self._lock:
                entry.users -= 1
                closing = self._evict_documents()
            for document in closing:
                document.close()

    def _evict_documents(self) -> list[DrawingDocument]:
        """Drop idle documents beyond ``OPEN_DOCUMENTS``, oldest first (lock held)."""
        closing: list[DrawingDocument] = []
        for sha in list(self._documents):
            if len(self._documents) <= OPEN_DOCUMENTS:
                break
            if self._documents[sha].users == 0:
                closing.append(self._documents.pop(sha).document)
        return closing

    # -- memory -------------------------------------------------------------------------

    def _from_memory(self, key: TileKey) -> Image.Image | None:
        with self._lock:
            image = self._memory.get(key)
            if image is not None:
                self._memory.move_to_end(key)
                self.stats.memory_hits += 1
            return image

    def _to_memory(self, key: TileKey, image: Image.Image) -> None:
        if self._memory_tiles == 0:
            return
        cost = _bytes_of(image)
        with self._lock:
            old = self._memory.pop(key, None)
            if old is not None:
                self._memory_used -= _bytes_of(old)
            self._memory[key] = image
            self._memory_used += cost
            while self._memory and (
                len(self._memory) > self._memory_tiles or self._memory_used > self._memory_bytes
            ):
                _, evicted = self._memory.popitem(last=False)
                self._memory_used -= _bytes_of(evicted)

    # -- disk ---------------------------------------------------------------------------

    def _path(self, key: TileKey) -> Path:
        sha, page, level, tx, ty = key
        folder = self.cache_dir / sha[:2] / sha / f"t{self.tile_px}"
        return folder / f"p{page}-l{level}-{tx}-{ty}.tif"

    def _queue_for_disk(self, key: TileKey, image: Image.Image) -> None:
        with self._lock:
            self._pending[key] = image
            if self._writer is not None and self._writer.is_alive():
                return
            self._writer = threading.Thread(target=self._drain, name="tile-writer")
            self._writer.start()

    def _drain(self) -> None:
        """Write queued tiles until none is left, then end (no idle thread stays)."""
        while True:
            with self._lock:
                if not self._pending:
                    self._writer = None
                    return
                key, image = next(iter(self._pending.items()))
            self._to_disk(key, image)
            with self._lock:
                if self._pending.get(key) is image:
                    del self._pending[key]

    def flush(self) -> None:
        """Wait until every rendered tile is on disk."""
        with self._lock:
            writer = self._writer
        if writer is not None:
            writer.join()

    def _from_disk(self, key: TileKey) -> Image.Image | None:
        with self._lock:
            queued = self._pending.get(key)
            if queued is not None:  # rendered, on its way to the disk
                self.stats.disk_hits += 1
        if queued is not None:
            self._to_memory(key, queued)
            return queued
        path = self._path(key)
        try:
            with Image.open(path, formats=("TIFF",)) as stored:
                image = stored.convert("RGB")
        except FileNotFoundError:
            return None
        except Exception:  # a damaged cache file: render the tile again
            with contextlib.suppress(OSError):
                path.unlink()
            return None
        with self._lock:
            self.stats.disk_hits += 1
        self._to_memory(key, image)
        return image

    def _to_disk(self, key: TileKey, image: Image.Image) -> None:
        """Store a tile (temporary file + rename; no fsync: a cache may lose files)."""
        try:
            with atomic_write(self._path(key), sync_folder=False, fsync=False) as fh:
                image.save(fh, "TIFF", compression="packbits")
        except OSError:
            return  # a full or read-only cache disk only costs speed

    def size_bytes(self) -> int:
        """Bytes the disk cache uses."""
        self.flush()
        total = 0
        for root, _dirs, files in os.walk(self.cache_dir):
            for name in files:
                with contextlib.suppress(OSError):
                    total += os.stat(os.path.join(root, name)).st_size
        return total

    def clear(self) -> None:
        """Forget every tile, on disk and in memory (open documents are closed)."""
        self.flush()
        with self._lock:
            self._memory.clear()
            self._memory_used = 0
            idle = [sha for sha, entry in self._documents.items() if entry.users == 0]
            closing = [self._documents.pop(sha).document for sha in idle]
        for document in closing:
            document.close()
        if self.cache_dir.exists():
            for child in self.cache_dir.iterdir():
                if child.is_dir():
                    shutil.rmtree(child, ignore_errors=True)

    def close(self) -> None:
        """Write what is queued, close the documents the cache opened (tiles on disk stay)."""
        self.flush()
        with self._lock:
            closing = [entry.document for entry in self._documents.values()]
            self._documents.clear()
        for document in closing:
            document.close()


def _bytes_of(image: Image.Image) -> int:
    return image.width * image.height * len(image.getbands())


def _area(
    boxes: dict[tuple[int, int], tuple[int, int, int, int]], batch: list[tuple[int, int]]
) -> int:
    left = min(boxes[xy][0] for xy in batch)
    top = min(boxes[xy][1] for xy in batch)
    right = max(boxes[xy][2] for xy in batch)
    bottom = max(boxes[xy][3] for xy in batch)
    return (right - left) * (bottom - top)
