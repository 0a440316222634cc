"""The gallery: a lazy thumbnail model that stays small with 5,000 photos, and the page."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from photo_ui_fixtures import ctx, project, tiny_jpeg, window  # noqa: F401  (fixtures)
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from executrek.app.photos.blobstore import BlobStore
from executrek.app.photos.catalogue import PhotoSummary
from executrek.app.photos.library import PhotoLibrary
from executrek.app.photos.markup import Arrow, Markup
from executrek.models.migrate import open_store
from executrek.models.project import Project
from executrek.models.records.punch import service as punch
from executrek.ui.main_window import MainWindow
from executrek.ui.photos.photo_grid import PhotoGrid
from executrek.ui.photos.photo_grid_model import PhotoGridModel, PhotoIdRole, ThumbnailState
from executrek.ui.photos.photo_import import thumbnail_source
from executrek.ui.photos.photo_viewer import PhotoViewerDialog
from executrek.ui.photos.photos_page import PhotosPage
from executrek.ui.photos.thumbnail_loader import ThumbnailLoader
from executrek.ui.tasks import TaskRunner


def _summaries(shas: list[str], count: int) -> list[PhotoSummary]:
    start = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    return [
        PhotoSummary(
            id=f"photo-{n:05d}",
            sha256=shas[n % len(shas)],
            filename=f"IMG_{n:05d}.JPG",
            taken=start + dt.timedelta(minutes=n),
            has_capture_time=True,
            caption=None,
            width=64,
            height=48,
            has_gps=False,
            link_count=0,
        )
        for n in range(count)
    ]


@pytest.fixture
def runner(qtbot: QtBot) -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    runner.shutdown()


@pytest.fixture
def library_shas(tmp_path: Path) -> Iterator[tuple[PhotoLibrary, list[str]]]:
    store = open_store(tmp_path / "db")
    library = PhotoLibrary(store, tmp_path / "blobs", tmp_path / "cache")
    blobs = BlobStore(tmp_path / "blobs")
    shas = []
    for n in range(20):
        path = tiny_jpeg(tmp_path / "src" / f"{n}.jpg", (n * 12, 100, 255 - n * 12))
        shas.append(blobs.put_file(path).sha256)
    yield library, shas
    store.close()


def test_model_passes_the_model_tester(
    qtbot: QtBot,
    qtmodeltester: ModelTester,
    runner: TaskRunner,
    library_shas: tuple[PhotoLibrary, list[str]],
) -> None:
    library, shas = library_shas
    loader = ThumbnailLoader(runner)
    model = PhotoGridModel(loader, thumbnail_source(library))
    model.set_photos(_summaries(shas, 30))
    qtmodeltester.check(model)
    index = model.index(3)
    assert model.data(index, PhotoIdRole) == "photo-00003"
    taken = model.photo(3).taken.astimezone()
    assert model.data(index) == f"IMG_00003.JPG\n{taken:%Y-%m-%d}"  # name and day taken
    first = model.data(index, Qt.ItemDataRole.DecorationRole)
    assert isinstance(first, QImage)
    qtbot.waitUntil(lambda: model.data(index, ThumbnailState) == "loaded", timeout=10_000)
    loaded = model.data(index, Qt.ItemDataRole.DecorationRole)
    assert isinstance(loaded, QImage)
    assert (loaded.width(), loaded.height()) == (64, 48)
    qtbot.waitUntil(lambda: not loader.busy(), timeout=10_000)


def test_five_thousand_photos_scroll_without_loading_every_thumbnail(
    qtbot: QtBot, runner: TaskRunner, library_shas: tuple[PhotoLibrary, list[str]]
) -> None:
    library, shas = library_shas
    loader = ThumbnailLoader(runner)
    model = PhotoGridModel(loader, thumbnail_source(library), cache_size=300)
    grid = PhotoGrid(icon_size=QSize(160, 120))
    qtbot.addWidget(grid)
    grid.setModel(model)
    grid.resize(900, 600)
    model.set_photos(_summaries(shas, 5000))
    grid.show()
    qtbot.waitExposed(grid)
    qtbot.waitUntil(lambda: model.cached_images > 0, timeout=10_000)
    qtbot.waitUntil(lambda: not loader.busy(), timeout=10_000)
    first_screen = loader.requested
    assert 0 < first_screen <= 60  # about one screen (5 × 4 tiles), not 5,000

    bar = grid.verticalScrollBar()
    assert bar.maximum() > 0
    for step in range(1, 21):  # fling through the whole list in 20 jumps
        bar.setValue(bar.maximum() * step // 20)
        qtbot.wait(5)
    qtbot.waitUntil(lambda: not loader.busy(), timeout=20_000)
    bottom = grid.indexAt(grid.viewport().rect().center())
    assert bottom.row() > 4500
    qtbot.waitUntil(lambda: model.data(bottom, ThumbnailState) == "loaded", timeout=10_000)

    assert loader.requested < 1500  # far fewer than 5,000: passing screens only
    assert model.cached_images <= 300  # memory stays bounded


def test_page_imports_filters_and_opens_the_viewer(
    qtbot: QtBot,
    window: MainWindow,  # noqa: F811
    project: Project,  # noqa: F811
    tmp_path: Path,
) -> None:
    page = window.page_widgets["photos"]
    assert isinstance(page, PhotosPage)
    item = punch.create_punch_item(
        window.ctx.store, project.id, punch.NewPunchItem(title="Cracked tile")
    ).value
    folder = tmp_path / "card"
    for n in range(3):
        tiny_jpeg(folder / f"IMG_{n}.jpg", (80 * n, 40, 200))
    page.controller.import_files([folder])
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=20_000)
    assert page.count_label.text() == "3 photo(s)"

    page.grid.selectionModel().select(
        page.model.index(0), page.grid.selectionModel().SelectionFlag.ClearAndSelect
    )
    qtbot.waitUntil(lambda: page.name_label.text() == "IMG_0.jpg", timeout=10_000)
    assert page.links.item(0).text() == "Not linked yet"
    page.caption.setPlainText("North wall, level 2")
    page.controller.save_caption()
    qtbot.waitUntil(lambda: page.model.photo(0).caption == "North wall, level 2", timeout=10_000)

    page.grid.selectionModel().select(
        page.model.index(0), page.grid.selectionModel().SelectionFlag.ClearAndSelect
    )
    page.controller.attach_selected("PI-0001")
    qtbot.waitUntil(lambda: page.record_box.count() == 2, timeout=10_000)
    page.unlinked.setChecked(True)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=10_000)
    page.unlinked.setChecked(False)
    page.record_box.setCurrentIndex(1)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10_000)
    assert page.record_box.currentData() == ["punch_item", item.id]
    page.record_box.setCurrentIndex(0)
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=10_000)

    page.grid.selectionModel().select(
        page.model.index(1), page.grid.selectionModel().SelectionFlag.ClearAndSelect
    )
    viewer = page.controller.view_selected()
    assert isinstance(viewer, PhotoViewerDialog)
    qtbot.waitUntil(lambda: viewer.views[0].has_image(), timeout=10_000)
    before = viewer.views[0].scale_factor
    viewer.views[0].zoom_by(0.5)
    assert viewer.views[0].scale_factor == pytest.approx(before / 2)
    viewer.close()

    selection = page.grid.selectionModel()
    selection.select(page.model.index(0), selection.SelectionFlag.ClearAndSelect)
    selection.select(page.model.index(2), selection.SelectionFlag.Select)
    assert page.compare_button.isEnabled()
    compare = page.controller._compare(page.model.photo(2), page.model.photo(0))
    qtbot.waitUntil(lambda: all(v.has_image() for v in compare.views), timeout=10_000)
    compare.views[0].zoom_by(0.8)
    assert compare.views[1].scale_factor == pytest.approx(compare.views[0].scale_factor)
    compare.close()


def test_markup_changes_the_thumbnail_key(
    qtbot: QtBot, runner: TaskRunner, library_shas: tuple[PhotoLibrary, list[str]]
) -> None:
    library, shas = library_shas
    loader = ThumbnailLoader(runner)
    model = PhotoGridModel(loader, thumbnail_source(library))
    plain = _summaries(shas, 1)
    model.set_photos(plain)
    model.data(model.index(0), Qt.ItemDataRole.DecorationRole)
    qtbot.waitUntil(lambda: model.data(model.index(0), ThumbnailState) == "loaded")
    marked = [
        PhotoSummary(
            **{**plain[0].__dict__, "markup": Markup((Arrow((0.1, 0.1), (0.9, 0.9), width=0.08),))}
        )
    ]
    model.set_photos(marked)
    assert model.data(model.index(0), ThumbnailState) == "waiting"
    model.data(model.index(0), Qt.ItemDataRole.DecorationRole)
    qtbot.waitUntil(lambda: model.data(model.index(0), ThumbnailState) == "loaded")
    image = model.data(model.index(0), Qt.ItemDataRole.DecorationRole)
    assert isinstance(image, QImage)
    centre = image.pixelColor(32, 24)
    assert centre.red() > 180  # the red arrow runs through the middle
    assert centre.green() < 90
    qtbot.waitUntil(lambda: not loader.busy())
