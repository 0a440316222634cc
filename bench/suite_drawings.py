"""Suite ``drawings``: tiled, cached sheet rendering against PDFium rendering the same
region directly (pypdfium2, same process, same scale).

* first view of a large-format (A0) sheet: open + every tile of a 1600×1000 viewport at
  the level where the page fits, cold cache, against raw open + render of that region:
  ratio ≤ 2;
* redraw after zooming in one level around a point, document open, cold tile cache,
  against a raw render of the viewport region on the open page: ratio ≤ 2;
* the same redraw with the tiles cached in memory, and from disk in a new session:
  ratio ≤ 2 (both are far below);
* peak memory growth while panning across the A0 sheet at the deepest zoom, against
  the size of one full-page bitmap at that zoom (which the cache never makes): ratio ≤ 0.75
  (the memory LRU holds up to 64 MB of tiles; a batch render is at most 48 MB).
"""

from __future__ import annotations

import hashlib
import itertools
import shutil
from typing import Any

import pypdfium2 as pdfium

from bench.harness import BenchContext, Record, timed
from bench.suite_photos import _PeakMemory
from executrek.app.drawings.document_info import PageInfo
from executrek.app.drawings.engine import inspect_file
from executrek.app.drawings.sample import floor_plan_pdf
from executrek.app.drawings.tiles import TileCache

SUITE = "drawings"
VIEWPORT = (1600, 1000)
_counter = itertools.count()


def _viewport_box(
    cache: TileCache, page: PageInfo, level: int, centre: tuple[float, float]
) -> tuple[int, int, int, int]:
    """The viewport (left, top, right, bottom) in pixels at ``level`` centred on
    ``centre`` (fractions of the page), kept inside the page."""
    width, height = cache.page_px(page, level)
    vw, vh = min(VIEWPORT[0], width), min(VIEWPORT[1], height)
    left = min(max(0, round(centre[0] * width - vw / 2)), width - vw)
    top = min(max(0, round(centre[1] * height - vh / 2)), height - vh)
    return left, top, left + vw, top + vh


def _raw_render(page: Any, scale: float, info: PageInfo, box: tuple[int, int, int, int]) -> None:
    left, top, right, bottom = box
    crop = (
        left / scale,
        info.height_pt - bottom / scale,
        info.width_pt - right / scale,
        top / scale,
    )
    bitmap = page.render(scale=scale, crop=crop)
    image = bitmap.to_pil()
    assert image.size[0] >= right - left - 1


def run(ctx: BenchContext) -> list[Record]:
    repeat = 2 if ctx.quick else 5
    plan = ctx.workdir / "a0.pdf"
    floor_plan_pdf(plan, size="A0", pages=1, seed=11)
    sha = hashlib.sha256(plan.read_bytes()).hexdigest()
    info = inspect_file(plan).pages[0]
    caches = ctx.folder("caches")
    out: list[Record] = []

    def fresh_cache(**kw: Any) -> TileCache:
        return TileCache(caches / f"c{next(_counter)}", **kw)

    probe = fresh_cache()
    fit = probe.fit_level(info, VIEWPORT)
    first_box = _viewport_box(probe, info, fit, (0.5, 0.5))
    first_coords = probe.tiles_covering(info, fit, first_box)
    fit_scale = probe.scale(info, fit)

    # (a) first view, cold: open + tiles vs raw open + render of the same region.
    state: dict[str, TileCache] = {}

    def setup_first() -> None:
        old = state.pop("cache", None)
        if old is not None:
            old.close()
        state["cache"] = fresh_cache()

    def ours_first() -> None:
        got = state["cache"].tiles(plan, sha, 0, fit, first_coords)
        assert len(got) == len(first_coords)

    def raw_first() -> None:
        pdf = pdfium.PdfDocument(plan)
        page = pdf[0]
        _raw_render(page, fit_scale, info, first_box)
        page.close()
        pdf.close()

    value = timed(ours_first, repeat=repeat, setup=setup_first)
    baseline = timed(raw_first, repeat=repeat)
    out.append(
        Record(
            SUITE,
            "first view of an A0 sheet (cold cache)",
            value,
            baseline,
            "s",
            "ratio <= 2",
            f"level {fit}, {len(first_coords)} tiles, viewport {VIEWPORT}",
        )
    )

    # (b) zoom one level in around a point, document already open.
    zoom = fit + 1
    zoom_box = _viewport_box(probe, info, zoom, (0.37, 0.58))
    zoom_coords = probe.tiles_covering(info, zoom, zoom_box)
    zoom_scale = probe.scale(info, zoom)

    def setup_zoom() -> None:
        setup_first()
        state["cache"].tile(plan, sha, 0, 0, 0, 0)  # the viewer already shows the sheet

    def ours_zoom() -> None:
        state["cache"].tiles(plan, sha, 0, zoom, zoom_coords)

    pdf = pdfium.PdfDocument(plan)
    page = pdf[0]

    def raw_zoom() -> None:
        _raw_render(page, zoom_scale, info, zoom_box)

    raw_zoom_time = timed(raw_zoom, repeat=repeat)
    value = timed(ours_zoom, repeat=repeat, setup=setup_zoom)
    note = f"level {zoom}, {len(zoom_coords)} tiles"
    out.append(
        Record(SUITE, "zoom redraw, cold cache", value, raw_zoom_time, "s", "ratio <= 2", note)
    )
    value = timed(ours_zoom, repeat=repeat)  # the last cache is warm now
    out.append(
        Record(SUITE, "zoom redraw, tiles in memory", value, raw_zoom_time, "s", "ratio <= 2", note)
    )
    warm_dir = state["cache"].cache_dir
    state["cache"].close()

    def setup_disk() -> None:
        state["cache"] = TileCache(warm_dir, memory_tiles=0)

    value = timed(ours_zoom, repeat=repeat, setup=setup_disk)
    state["cache"].close()
    out.append(
        Record(
            SUITE,
            "zoom redraw, tiles on disk (new session)",
            value,
            raw_zoom_time,
            "s",
            "ratio <= 2",
            note,
        )
    )
    page.close()
    pdf.close()

    # (c) memory at the deepest zoom: pan across the sheet.
    deepest = probe.max_level(info)
    width, height = probe.page_px(info, deepest)
    full_mb = width * height * 3 / 2**20
    positions = (
        [(0.2, 0.3), (0.5, 0.5), (0.8, 0.7)]
        if ctx.quick
        else [(x / 4, y / 3) for x in range(1, 4) for y in range(1, 3)]
    )
    with fresh_cache() as cache, _PeakMemory() as peak:
        start = peak.peak
        for centre in positions:
            box = _viewport_box(cache, info, deepest, centre)
            cache.tiles(plan, sha, 0, deepest, cache.tiles_covering(info, deepest, box))
    out.append(
        Record(
            SUITE,
            "peak memory panning A0 at deepest zoom",
            peak.peak - start,
            full_mb,
            "MB",
            "ratio <= 0.75",
            f"level {deepest}, page {width}×{height} px",
        )
    )
    probe.close()
    shutil.rmtree(caches, ignore_errors=True)
    return out
