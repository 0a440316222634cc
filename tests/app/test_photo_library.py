"""The photo library: real files through the pipeline into a real store."""

from __future__ import annotations

import csv
import datetime as dt
import errno
import io
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from PIL import Image

from executrek.app import record_refs
from executrek.app.paths import AppPaths
from executrek.app.photos import catalogue as photo_catalogue
from executrek.app.photos.catalogue import PhotoFilter
from executrek.app.photos.derivatives import DerivativeKind
from executrek.app.photos.export import export_photos
from executrek.app.photos.importer import ImportOutcome
from executrek.app.photos.library import PhotoLibrary
from executrek.app.photos.markup import Arrow, Markup, Rectangle
from executrek.app.photos.metadata import read_metadata
from executrek.app.photos.refusal import RefusalCode
from executrek.models.errors import ValidationError
from executrek.models.migrate import open_store
from executrek.models.project import Project
from executrek.models.records.issue import service as issues
from executrek.models.records.punch import service as punch
from executrek.models.services import projects, records
from executrek.models.store import Store


def _segments(data: bytes) -> list[int]:
    """JPEG marker codes before the image data."""
    assert data[:2] == b"\xff\xd8"
    markers, pos = [], 2
    while pos + 4 <= len(data):
        marker = data[pos + 1]
        markers.append(marker)
        if marker == 0xDA:
            break
        pos += 2 + int.from_bytes(data[pos + 2 : pos + 4], "big")
    return markers


def _jpeg(path: Path, size: tuple[int, int], colour: tuple[int, int, int], **exif: object) -> Path:
    image = Image.new("RGB", size, colour)
    tags = Image.Exif()
    if "orientation" in exif:
        tags[0x0112] = exif["orientation"]
    if "taken" in exif:
        tags.get_ifd(0x8769)[0x9003] = exif["taken"]
    path.parent.mkdir(parents=True, exist_ok=True)
    image.save(path, "JPEG", quality=90, exif=tags)
    return path


@pytest.fixture
def app_paths(tmp_path: Path) -> AppPaths:
    root = tmp_path / "data"
    return AppPaths(data=root, cache=root / "cache", logs=root / "logs").ensure()


@pytest.fixture
def store(app_paths: AppPaths) -> Iterator[Store]:
    st = open_store(app_paths.data)
    projects.ensure_user(st, "rep", "Rep")
    yield st
    st.close()


@pytest.fixture
def project(store: Store) -> Project:
    new = projects.NewProject(
        code="HOSP", name="Hospital", owner_name="Trust", contract_value=Decimal("1000")
    )
    return projects.create_project(store, new).value


@pytest.fixture
def library(store: Store, app_paths: AppPaths) -> PhotoLibrary:
    return PhotoLibrary.for_paths(store, app_paths, workers=2)


def test_import_writes_rows_and_previews_and_dedupes(
    library: PhotoLibrary, project: Project, store: Store, tmp_path: Path
) -> None:
    card = tmp_path / "card" / "DCIM"
    first = _jpeg(card / "IMG_0001.JPG", (400, 300), (200, 30, 30), taken="2026:03:04 09:15:00")
    _jpeg(card / "IMG_0002.JPG", (300, 400), (30, 200, 30), orientation=6)
    (card / ".DS_Store").write_bytes(b"junk")
    copy = tmp_path / "elsewhere" / "copy.jpg"
    copy.parent.mkdir()
    copy.write_bytes(first.read_bytes())
    (card / "notes.txt").write_text("not a photo")
    progress: list[tuple[int, int]] = []

    report = library.import_paths(
        project.id, [card, copy], progress=lambda d, t: progress.append((d, t))
    )

    outcomes = {line.source.name: line.outcome for line in report.lines}
    assert outcomes == {
        "IMG_0001.JPG": ImportOutcome.IMPORTED,
        "IMG_0002.JPG": ImportOutcome.IMPORTED,
        "notes.txt": ImportOutcome.REFUSED,
        "copy.jpg": ImportOutcome.DUPLICATE,
    }
    assert report.skipped == 1
    assert progress == [(1, 4), (2, 4), (3, 4), (4, 4)]
    dup = next(line for line in report.lines if line.source == copy)
    assert dup.existing_name == "IMG_0001.JPG"
    assert dup.photo_id == next(ln.photo_id for ln in report.lines if ln.source == first)
    assert report.changes.touches("photos")
    assert report.summary() == "2 imported, 1 duplicate(s), 1 refused"

    rows = photo_catalogue.list_photos(store, project.id)
    # IMG_0002 states no capture time: it sorts by its import time, after March.
    assert [r.filename for r in rows] == ["IMG_0001.JPG", "IMG_0002.JPG"]
    taken = next(r for r in rows if r.filename == "IMG_0001.JPG")
    assert taken.has_capture_time
    assert taken.taken.astimezone().replace(tzinfo=None) == dt.datetime(2026, 3, 4, 9, 15)
    turned = next(r for r in rows if r.filename == "IMG_0002.JPG")
    assert (turned.width, turned.height) == (400, 300)  # upright size
    for row in rows:
        assert library.blobs.verify(row.sha256)
        for kind in DerivativeKind:
            assert library.cache.path_for(row.sha256, kind).is_file()
    with Image.open(library.cache.path_for(turned.sha256, DerivativeKind.THUMBNAIL)) as thumb:
        assert thumb.size == (320, 240)

    again = library.import_paths(project.id, [card])
    assert [line.outcome for line in again.lines if line.outcome is not ImportOutcome.REFUSED] == [
        ImportOutcome.DUPLICATE,
        ImportOutcome.DUPLICATE,
    ]
    assert len(photo_catalogue.list_photos(store, project.id)) == 2
    assert sum(1 for _ in library.blobs.iter_sha256()) == 2


def test_import_onto_a_record_and_filters(
    library: PhotoLibrary, project: Project, store: Store, tmp_path: Path
) -> None:
    level = projects.add_location(store, project.id, kind="floor", code="L2", name="Level_2").value
    # "Level_2" as a LIKE pattern would also match this sibling; a prefix filter must not.
    lookalike = projects.add_location(store, project.id, kind="floor", code="LX", name="LevelX2")
    loc = projects.add_location(
        store, project.id, kind="room", code="R204", name="Room 204", parent_id=level.id
    ).value
    item = punch.create_punch_item(
        store, project.id, punch.NewPunchItem(title="Cracked tile", location_id=loc.id)
    ).value
    ncr = issues.create_issue(
        store, project.id, issues.NewIssue(issue_type="non_conformance", title="Rebar cover short")
    ).value
    on_item = _jpeg(
        tmp_path / "a" / "tile.jpg", (64, 48), (10, 10, 200), taken="2026:05:01 10:00:00"
    )
    loose = _jpeg(
        tmp_path / "b" / "loose.jpg", (64, 48), (10, 200, 10), taken="2026:05:03 10:00:00"
    )

    ref = record_refs.resolve(store, project.id, "pi-1")
    assert ref.key == ("punch_item", item.id)
    assert ref.label == "PI-0001 · Cracked tile"
    assert record_refs.resolve(store, project.id, "NCR-001").key == ("issue", ncr.id)
    with pytest.raises(ValidationError):
        record_refs.resolve(store, project.id, "PI-0099")
    with pytest.raises(ValidationError):
        record_refs.resolve(store, project.id, "nonsense")

    library.import_paths(project.id, [on_item], attach_to=ref.key)
    library.import_paths(project.id, [loose])

    def names(flt: PhotoFilter) -> list[str]:
        return [p.filename for p in photo_catalogue.list_photos(store, project.id, flt)]

    assert names(PhotoFilter(record=ref.key)) == ["tile.jpg"]
    assert names(PhotoFilter(unlinked_only=True)) == ["loose.jpg"]
    assert names(PhotoFilter(location_id=loc.id)) == ["tile.jpg"]
    assert names(PhotoFilter(location_id=level.id)) == ["tile.jpg"]  # the room is below it
    assert names(PhotoFilter(location_id=lookalike.value.id)) == []
    assert names(PhotoFilter(date_from=dt.date(2026, 5, 2))) == ["loose.jpg"]
    assert names(PhotoFilter(date_to=dt.date(2026, 5, 1))) == ["tile.jpg"]
    assert names(PhotoFilter()) == ["tile.jpg", "loose.jpg"]
    assert [r.label for r in photo_catalogue.linked_records(store, project.id)] == [ref.label]

    photo_id = photo_catalogue.list_photos(store, project.id, PhotoFilter(unlinked_only=True))[0].id
    library.attach(photo_id, "punch_item", item.id, role="after")
    details = photo_catalogue.photo_details(store, photo_id)
    assert [(r.label, role) for r, role in details.links] == [(ref.label, "after")]
    pair = photo_catalogue.before_and_after(store, "punch_item", item.id)
    assert pair is not None
    assert pair[1] == photo_id
    assert names(PhotoFilter(unlinked_only=True)) == []
    # Each photo says which records it is on (numbers in the order it was attached).
    library.attach(photo_id, "issue", ncr.id)
    on = {p.filename: p.records for p in photo_catalogue.list_photos(store, project.id)}
    assert on == {"tile.jpg": "PI-0001", "loose.jpg": "PI-0001, NCR-001"}


def test_markup_and_caption_are_saved_and_rendered_into_report_images(
    library: PhotoLibrary, project: Project, store: Store, tmp_path: Path
) -> None:
    source = _jpeg(tmp_path / "wall.jpg", (800, 600), (255, 255, 255))
    photo_id = library.import_paths(project.id, [source]).lines[0].photo_id
    assert photo_id is not None
    original = library.blobs.path_for(library.photo(photo_id).sha256).read_bytes()

    markup = Markup(
        (Rectangle((0.1, 0.1), (0.9, 0.9), "#0000ff", 0.02), Arrow((0.2, 0.5), (0.8, 0.5)))
    )
    library.set_markup(photo_id, markup)
    library.set_caption(photo_id, "  Crack above the door  ")
    row = library.photo(photo_id)
    assert row.caption == "Crack above the door"
    summary = photo_catalogue.list_photos(store, project.id)[0]
    assert summary.markup == markup

    path = library.report_image(row)
    assert path.name.endswith(f"-{markup.content_hash()}.jpg")
    with Image.open(path) as image:
        image.load()
        assert image.size == (800, 600)
        red, green, blue = image.convert("RGB").getpixel((400, 300))  # on the arrow
        assert red > 180
        assert green < 90
        assert blue < 90
        r2, _g2, b2 = image.convert("RGB").getpixel((80, 300))  # on the rectangle's edge
        assert b2 > 180
        assert r2 < 90
        assert image.convert("RGB").getpixel((40, 40)) == pytest.approx((255, 255, 255), abs=3)
    thumb = library.thumbnail(row.sha256, markup)
    assert thumb != library.cache.path_for(row.sha256, DerivativeKind.THUMBNAIL)
    assert thumb.is_file()
    # The original stays byte for byte what was imported.
    assert library.blobs.path_for(row.sha256).read_bytes() == original
    assert library.blobs.verify(row.sha256)
    records.set_markup(store, photo_id, [])
    assert library.report_image(library.photo(photo_id)).name == f"{row.sha256}.jpg"


def test_gps_leaves_only_when_a_report_asks(
    library: PhotoLibrary, project: Project, shared_testdata: Path
) -> None:
    report = library.import_paths(project.id, [shared_testdata / "photos" / "gps" / "DSCN0021.jpg"])
    photo_id = report.lines[0].photo_id
    assert photo_id is not None
    row = library.photo(photo_id)
    assert row.gps_lat == pytest.approx(43.467082, abs=1e-5)
    assert row.gps_lon == pytest.approx(11.884538, abs=1e-5)

    plain = library.report_image(row).read_bytes()
    assert 0xE1 not in _segments(plain)
    with Image.open(io.BytesIO(plain)) as image:
        assert len(image.getexif()) == 0
    for kind in DerivativeKind:
        assert 0xE1 not in _segments(library.cache.path_for(row.sha256, kind).read_bytes())

    located = library.report_image(row, include_gps=True).read_bytes()
    assert _segments(located)[:2] == [0xE0, 0xE1]
    with Image.open(io.BytesIO(located)) as image:
        exif = image.getexif()
        gps = exif.get_ifd(0x8825)
        assert set(exif) == {0x8825}  # nothing but the position
        assert gps[1] == "N"
        assert gps[3] == "E"
        lat = sum(float(v) / 60**i for i, v in enumerate(gps[2]))
        lon = sum(float(v) / 60**i for i, v in enumerate(gps[4]))
        assert lat == pytest.approx(43.467082, abs=1e-4)
        assert lon == pytest.approx(11.884538, abs=1e-4)
        image.load()
    assert located.endswith(plain[-1000:])  # same pixels, not re-encoded

    many = library.report_images([photo_id])
    assert many == {photo_id: library.report_image(row)}


def _index(folder: Path) -> dict[str, dict[str, str]]:
    with open(folder / "index.csv", newline="", encoding="utf-8") as fh:
        return {row["file"]: row for row in csv.DictReader(fh)}


def _same_aspect(size: tuple[int, int], expected: tuple[int, int]) -> bool:
    (w, h), (ew, eh) = size, expected
    return abs(w * eh - h * ew) <= ew + eh


@pytest.mark.filterwarnings("ignore::PIL.Image.DecompressionBombWarning")
@pytest.mark.filterwarnings("ignore::UserWarning:PIL")
@pytest.mark.timeout(180)
def test_whole_corpus_through_the_library(
    library: PhotoLibrary, project: Project, store: Store, shared_testdata: Path
) -> None:
    photos, hostile = shared_testdata / "photos", shared_testdata / "hostile"
    report = library.import_paths(project.id, [photos, hostile])
    by_name = {line.source: line for line in report.lines}
    on_disk = sorted(p for p in [*photos.rglob("*"), *hostile.rglob("*")] if p.is_file())
    assert sorted(by_name) == on_disk
    rows = {r.id: r for r in photo_catalogue.list_photos(store, project.id)}
    for line in report.lines:
        if line.outcome is ImportOutcome.REFUSED:
            assert line.reason
            assert "\n" not in line.reason
            assert line.photo_id is None
        else:
            assert line.photo_id in rows, line.source
            assert line.preview_error is None, (line.source, line.preview_error)

    for name, row in _index(photos).items():
        line = by_name[photos / name]
        if not row["format"]:
            assert line.outcome is ImportOutcome.REFUSED, name
            continue
        assert line.outcome is not ImportOutcome.REFUSED, (name, line.reason)
        assert line.photo_id is not None
        photo = library.photo(line.photo_id)
        width, height = int(row["width"]), int(row["height"])
        if row["format"] != "HEIF" and row["orientation"] in {"5", "6", "7", "8"}:
            width, height = height, width
        assert (photo.width, photo.height) == (width, height), name
        for kind in DerivativeKind:
            data = library.cache.path_for(photo.sha256, kind).read_bytes()
            assert not {0xE1, 0xE2, 0xED} & set(_segments(data)), name
            with Image.open(io.BytesIO(data)) as image:
                assert _same_aspect(image.size, (width, height)), (name, image.size)
        if row["gps_lat"] and photo.gps_lat is not None:
            assert photo.gps_lat == pytest.approx(float(row["gps_lat"]), abs=1e-5), name
            assert photo.gps_lon == pytest.approx(float(row["gps_lon"]), abs=1e-5), name
        elif not row["gps_lat"]:
            assert photo.gps_lat is None, name
        stated = row["datetime_original"]
        if stated[:4].isdigit() and stated[4] == ":":
            meta = read_metadata(library.blobs.path_for(photo.sha256))
            assert meta.captured_at is not None, name
            assert meta.captured_at.strftime("%Y:%m:%d %H:%M:%S") == stated, name
            # stored in UTC; a time without an offset is the camera's (local) clock
            assert photo.captured_at == meta.captured_at.astimezone(dt.UTC), name
            if meta.captured_at.tzinfo is None:
                local = photo.captured_at.astimezone().strftime("%Y:%m:%d %H:%M:%S")
                assert local == stated, name

    heic = library.photo(by_name[photos / "heic" / "arrow.heic"].photo_id or "")
    assert heic.orientation == 6
    assert (heic.width, heic.height) == (3024, 4032)
    with Image.open(library.cache.path_for(heic.sha256, DerivativeKind.THUMBNAIL)) as thumb:
        assert thumb.size == (240, 320)  # turned once, not twice

    refused = {line.source.relative_to(hostile).as_posix(): line for line in report.refused
               if line.source.is_relative_to(hostile)}  # fmt: skip
    bomb = refused["bombs_and_huge_dims/lottapixel.jpg"]
    assert bomb.refusal_code is RefusalCode.TOO_MANY_PIXELS
    assert refused["empty_and_tiny/SYNTHETIC_zero_bytes.jpg"].reason == "empty file"
    assert refused["truncated/truncated_jpeg.jpg"].refusal_code is RefusalCode.TRUNCATED
    for name, row in _index(hostile).items():
        if row["pipeline_with_pillow_heif"].startswith("fail@open"):
            assert name in refused, name


def test_export_writes_report_copies_and_an_index_without_positions(
    library: PhotoLibrary, project: Project, store: Store, shared_testdata: Path, tmp_path: Path
) -> None:
    gps_photo = shared_testdata / "photos" / "gps" / "DSCN0021.jpg"
    plain = _jpeg(tmp_path / "in" / "=cmd.jpg", (120, 90), (20, 20, 20))
    report = library.import_paths(project.id, [gps_photo, plain])
    ids = [line.photo_id or "" for line in report.lines]
    library.set_caption(ids[0], "East elevation")
    out = tmp_path / "out"
    out.mkdir()

    result = export_photos(library, ids, out)

    assert [p.name for p in result.files] == ["001-DSCN0021.jpg", "002-cmd.jpg"]
    assert result.failures == ()
    for path in result.files:
        assert 0xE1 not in _segments(path.read_bytes())
    lines = result.index.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0] == "file,original,caption,taken,records"
    assert lines[1].startswith("001-DSCN0021.jpg,DSCN0021.jpg,East elevation,2008-")
    assert lines[2].startswith("002-cmd.jpg,'=cmd.jpg,")  # no formula for a spreadsheet
    assert "43.46" not in result.index.read_text()

    located = export_photos(library, ids[:1], out, include_gps=True)
    assert _segments(located.files[0].read_bytes())[:2] == [0xE0, 0xE1]
    assert "43.467082,11.884538" in located.index.read_text()


def test_a_photo_the_project_has_is_a_duplicate_when_the_disk_is_full(
    library: PhotoLibrary, project: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A second import on a full disk: the store may not even manage an empty commit (its
    journal cannot grow), yet a photo the project has is still a duplicate, not "not
    saved" — it is looked up without writing (this failed now and then when the journal
    happened to be full)."""
    from executrek.models import errors
    from executrek.models.services import records

    card = tmp_path / "card"
    _jpeg(card / "IMG_0001.JPG", (400, 300), (200, 30, 30))
    first = library.import_paths(project.id, [card])
    assert [line.outcome for line in first.lines] == [ImportOutcome.IMPORTED]
    _jpeg(card / "IMG_0002.JPG", (300, 400), (30, 200, 30))  # new: cannot be saved

    def full(*_args: object, **_kwargs: object) -> None:
        raise errors.StoreError("The disk is full.") from OSError(errno.ENOSPC, "No space")

    monkeypatch.setattr(records, "add_photo", full)
    again = library.import_paths(project.id, [card])
    outcomes = {line.source.name: line.outcome for line in again.lines}
    assert outcomes == {
        "IMG_0001.JPG": ImportOutcome.DUPLICATE,
        "IMG_0002.JPG": ImportOutcome.REFUSED,
    }
    assert again.lines[0].photo_id == first.lines[0].photo_id
