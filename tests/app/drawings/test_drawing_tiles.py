from __future__ import annotations

import math
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from drawing_fixtures import quadrants
from PIL import Image, ImageChops

from executrek.app.drawings import tiles as tiles_module
from executrek.app.drawings.engine import DrawingDocument, inspect_file
from executrek.app.drawings.tiles import MAX_SCALE, TileCache

SHA_A1 = "a1" * 32
SHA_A0 = "a0" * 32


def _non_blank(image: Image.Image) -> bool:
    return image.convert("L").getextrema()[0] < 128


def test_levels_grid_and_max_level(a1_plan: Path, a0_plan: Path, tmp_path: Path) -> None:
    cache = TileCache(tmp_path / "cache", tile_px=512)
    a1 = inspect_file(a1_plan).pages[0]
    a0 = inspect_file(a0_plan).pages[0]
    assert cache.page_px(a1, 0)[0] == 512 and cache.grid(a1, 0) == (1, 1)
    assert cache.grid(a1, 1) == (2, 2)
    assert cache.grid(a1, 3) == (8, 6)
    for page in (a1, a0):
        top = cache.max_level(page)
        assert cache.scale(page, top) <= MAX_SCALE < cache.scale(page, top + 1)
    assert cache.fit_level(a1, (1600, 1000)) == 1
    assert cache.tiles_covering(a1, 1, (500, 0, 600, 10)) == [(0, 0), (1, 0)]


def test_fit_level_tiles_are_non_blank_with_right_sizes(a1_plan: Path, tmp_path: Path) -> None:
    cache = TileCache(tmp_path / "cache", tile_px=512)
    page = inspect_file(a1_plan).pages[0]
    width, height = cache.page_px(page, 1)
    got = cache.tiles(a1_plan, SHA_A1, 0, 1, [(0, 0), (1, 0), (0, 1), (1, 1)])
    cache.close()
    assert got[(0, 0)].size == (512, 512)
    assert got[(1, 0)].size == (width - 512, 512)  # right edge cropped
    assert got[(0, 1)].size == (512, height - 512)  # bottom edge cropped
    assert got[(1, 1)].size == (width - 512, height - 512)
    assert all(_non_blank(tile) for tile in got.values())
    assert cache.stats.render_calls == 1 and cache.stats.rendered == 4


def test_tiles_equal_direct_render(a1_plan: Path, tmp_path: Path) -> None:
    cache = TileCache(tmp_path / "cache", tile_px=512)
    page = inspect_file(a1_plan).pages[0]
    scale = cache.scale(page, 3)
    batch = cache.tiles(a1_plan, SHA_A1, 0, 3, [(2, 1), (3, 1), (2, 2)])
    cache.close()
    with DrawingDocument.open(a1_plan) as doc:
        direct = doc.render_pixels(0, scale, 3 * 512, 1 * 512, (512, 512))
    # Same pixels up to anti-aliasing of a few edges (PDFium's rasteriser is not exactly
    # translation-invariant).
    diff = ImageChops.difference(batch[(3, 1)], direct).convert("L")
    assert sum(diff.histogram()[64:]) < 0.002 * 512 * 512
    assert _non_blank(direct)


def test_cache_hit_returns_identical_pixels_without_render(a1_plan: Path, tmp_path: Path) -> None:
    with TileCache(tmp_path / "cache", tile_px=512) as cache:
        first = cache.tile(a1_plan, SHA_A1, 1, 2, 1, 1)
        again = cache.tile(a1_plan, SHA_A1, 1, 2, 1, 1)
        assert cache.stats.rendered == 1 and cache.stats.memory_hits == 1
        assert again.tobytes() == first.tobytes()
        assert cache.size_bytes() > 0
    with TileCache(tmp_path / "cache", tile_px=512) as fresh:  # a new session: from disk
        from_disk = fresh.tile(Path("/nonexistent/moved.pdf"), SHA_A1, 1, 2, 1, 1)
        assert fresh.stats.rendered == 0 and fresh.stats.disk_hits == 1
    assert from_disk.tobytes() == first.tobytes()


def test_memory_lru_is_bounded(a1_plan: Path, tmp_path: Path) -> None:
    with TileCache(tmp_path / "cache", memory_tiles=2, tile_px=512) as cache:
        for tx in range(4):
            cache.tile(a1_plan, SHA_A1, 0, 2, tx, 0)
        cache.tile(a1_plan, SHA_A1, 0, 2, 3, 0)  # most recent: memory
        cache.tile(a1_plan, SHA_A1, 0, 2, 0, 0)  # evicted: disk
        assert cache.stats.memory_hits == 1 and cache.stats.disk_hits == 1
        assert cache.stats.rendered == 4


@pytest.mark.filterwarnings("ignore:Corrupt EXIF data")
def test_damaged_cache_file_is_rendered_again(a1_plan: Path, tmp_path: Path) -> None:
    with TileCache(tmp_path / "cache", memory_tiles=0, tile_px=512) as cache:
        first = cache.tile(a1_plan, SHA_A1, 0, 1, 0, 0)
        cache.flush()  # tiles reach the disk on a writer thread
        (stored,) = (tmp_path / "cache").rglob("p0-l1-0-0.tif")
        stored.write_bytes(b"II*\x00 broken")
        again = cache.tile(a1_plan, SHA_A1, 0, 1, 0, 0)
        assert cache.stats.rendered == 2
    assert again.tobytes() == first.tobytes()


def test_clear_empties_disk_and_memory(a1_plan: Path, tmp_path: Path) -> None:
    with TileCache(tmp_path / "cache", tile_px=512) as cache:
        cache.tile(a1_plan, SHA_A1, 0, 0, 0, 0)
        assert cache.size_bytes() > 0
        cache.clear()
        assert cache.size_bytes() == 0
        cache.tile(a1_plan, SHA_A1, 0, 0, 0, 0)
        assert cache.stats.rendered == 2


def test_tile_outside_grid_is_refused(a1_plan: Path, tmp_path: Path) -> None:
    with (
        TileCache(tmp_path / "cache", tile_px=512) as cache,
        pytest.raises(ValueError, match="outside"),
    ):
        cache.tile(a1_plan, SHA_A1, 0, 1, 2, 0)


def test_four_threads_get_the_same_tiles(a1_plan: Path, a0_plan: Path, tmp_path: Path) -> None:
    jobs = [(a1_plan, SHA_A1, tx, ty) for tx in range(4) for ty in range(3)]
    jobs += [(a0_plan, SHA_A0, tx, ty) for tx in range(4) for ty in range(3)]
    with TileCache(tmp_path / "reference", tile_px=512) as reference:
        expected = {
            (sha, tx, ty): reference.tile(p, sha, 0, 2, tx, ty).tobytes() for p, sha, tx, ty in jobs
        }
    barrier = threading.Barrier(4)
    with TileCache(tmp_path / "shared", memory_tiles=8, tile_px=512) as cache:

        def work(offset: int) -> dict[tuple[str, int, int], bytes]:
            barrier.wait()
            order = jobs[offset * 5 :] + jobs[: offset * 5]
            return {
                (sha, tx, ty): cache.tile(p, sha, 0, 2, tx, ty).tobytes()
                for p, sha, tx, ty in order
            }

        with ThreadPoolExecutor(4) as pool:
            results = list(pool.map(work, range(4)))
    assert all(result == expected for result in results)


def test_max_zoom_on_a0_never_renders_a_whole_page(
    a0_plan: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sizes: list[tuple[int, int]] = []
    original = DrawingDocument.render_pixels

    def spy(
        self: DrawingDocument,
        page: int,
        scale: float,
        left: float,
        top: float,
        size: tuple[int, int],
    ) -> Image.Image:
        sizes.append(size)
        return original(self, page, scale, left, top, size)

    monkeypatch.setattr(DrawingDocument, "render_pixels", spy)
    monkeypatch.setattr(tiles_module, "BATCH_PIXELS", 1024 * 1024)
    with TileCache(tmp_path / "cache", tile_px=512) as cache:
        page = inspect_file(a0_plan).pages[0]
        level = cache.max_level(page)
        full = cache.page_px(page, level)
        assert full[0] * full[1] > 40_000_000
        coords = cache.tiles_covering(page, level, (3000, 2000, 4600, 3000))
        got = cache.tiles(a0_plan, SHA_A0, 0, level, coords)
    assert len(got) == len(coords) >= 8
    assert sizes and all(w * h <= 1024 * 1024 for w, h in sizes)
    assert any(_non_blank(tile) for tile in got.values())


def test_scan_tiles(tmp_path: Path) -> None:
    path = tmp_path / "scan.png"
    quadrants((1200, 800)).save(path, dpi=(150, 150))
    with TileCache(tmp_path / "cache", tile_px=256) as cache:
        page = inspect_file(path).pages[0]
        cols, rows = cache.grid(page, 1)
        assert (cols, rows) == (2, 2)
        tile = cache.tile(path, "5c" * 32, 0, 1, 0, 0)
        assert tile.size == (256, 256)
        red = tile.getpixel((100, 100))
        assert isinstance(red, tuple) and red[0] > 200 and red[1] < 60
        assert math.isclose(cache.scale(page, 1), 512 / page.width_pt)


def test_a_redraw_returns_before_its_tiles_reach_the_disk(a1_plan: Path, tmp_path: Path) -> None:
    """Disk writes are off the render path; a tile still queued for the disk is served from
    the queue, and flush/close leave every tile on disk with no writer thread running."""
    with TileCache(tmp_path / "cache", memory_tiles=0, tile_px=256) as cache:
        coords = [(x, y) for x in range(3) for y in range(3)]
        first = cache.tiles(a1_plan, SHA_A1, 0, 2, coords)
        again = cache.tiles(a1_plan, SHA_A1, 0, 2, coords)  # queued or on disk: no render
        assert cache.stats.rendered == len(coords)
        assert all(again[xy].tobytes() == first[xy].tobytes() for xy in coords)
    assert len(list((tmp_path / "cache").rglob("p0-l2-*.tif"))) == len(coords)
    assert not [t for t in threading.enumerate() if t.name == "tile-writer"]
