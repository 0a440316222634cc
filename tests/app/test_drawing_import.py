"""Importing drawing files: names parsed, one sheet per page, revisions, bad files refused."""

from __future__ import annotations

import datetime as dt
import hashlib
import threading
from collections.abc import Iterator
from pathlib import Path

import pypdf
import pytest
from PIL import Image
from reportlab.pdfgen.canvas import Canvas
from sqlalchemy import func, select

from executrek.app.drawings.importer import DrawingImporter, DrawingImportOptions
from executrek.app.drawings.sample import floor_plan_pdf
from executrek.app.drawings.sheet_names import SheetName, parse_sheet_name
from executrek.app.photos.blobstore import BlobStore
from executrek.models.local import Outbox
from executrek.models.migrate import open_store
from executrek.models.records.drawing import service as drawings
from executrek.models.records.drawing.model import Discipline, DrawingFile, Sheet
from executrek.models.records.punch import service as punch
from executrek.models.services import projects
from executrek.models.store import Store


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    st = open_store(tmp_path / "data")
    projects.ensure_user(st, "rep", "Zoë Ødegård")
    yield st
    st.close()


@pytest.fixture
def pid(store: Store) -> str:
    return projects.create_project(
        store, projects.NewProject(code="HOSP", name="Hospital", owner_name="Trust")
    ).value.id


@pytest.fixture
def blobs(tmp_path: Path) -> BlobStore:
    return BlobStore(tmp_path / "blobs")


@pytest.fixture
def importer(store: Store, blobs: BlobStore) -> DrawingImporter:
    return DrawingImporter(store, blobs)


def pdf(path: Path, pages: int = 1, size: tuple[float, float] = (1190.0, 842.0)) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    canvas = Canvas(str(path), pagesize=size, invariant=True)
    for n in range(pages):
        canvas.drawString(40, 40, f"{path.stem} page {n + 1}")
        canvas.showPage()
    canvas.save()
    return path


@pytest.mark.parametrize(
    ("stem", "expected"),
    [
        ("A-101_Ground Floor Plan_Rev C", SheetName("A-101", "Ground Floor Plan", "C")),
        ("S201 - Foundations - P02", SheetName("S201", "Foundations", "P02")),
        ("M-301 rev 3", SheetName("M-301", None, "3")),
        ("E1.01 Lighting Layout (Rev B)", SheetName("E1.01", "Lighting Layout", "B")),
        ("FP-101-C02", SheetName("FP-101", None, "C02")),
        ("a-102_level 1_rev.02", SheetName("A-102", "level 1", "02")),
        ("S-300 Sections REV-P04", SheetName("S-300", "Sections", "P04")),
        ("A-101 - Plan - C", SheetName("A-101", "Plan", "C")),
        ("A-201 Design Review", SheetName("A-201", "Design Review", None)),
        ("A-5 RevC", SheetName("A-5", None, "C")),
        ("Ground Floor Plan", SheetName(None, "Ground Floor Plan", None)),
        ("scan_0042", SheetName(None, "scan 0042", None)),
    ],
)
def test_sheet_names_from_file_names(stem: str, expected: SheetName) -> None:
    assert parse_sheet_name(stem) == expected


def test_import_reads_number_title_revision_from_the_name(
    importer: DrawingImporter, store: Store, blobs: BlobStore, pid: str, tmp_path: Path
) -> None:
    src = tmp_path / "in" / "A-101_Ground Floor Plan_Rev C.pdf"
    floor_plan_pdf(src, size="A1", seed=3)
    result = importer.import_paths(pid, [src])
    assert [line.outcome for line in result.lines] == ["imported"]
    (row,) = drawings.list_sheets(store, pid)
    assert (row.sheet_number, row.title, row.revision) == ("A-101", "Ground Floor Plan", "C")
    assert row.discipline is Discipline.ARCHITECTURAL
    assert (round(row.width_pt), round(row.height_pt)) == (2384, 1684)  # A1 landscape
    # The original is in the blob store, byte for byte, under the row's SHA-256.
    digest = hashlib.sha256(src.read_bytes()).hexdigest()
    assert row.sha256 == digest and blobs.verify(digest)
    assert row.mime == "application/pdf" and row.filename == src.name
    assert result.summary() == "1 new sheet(s), 0 new revision(s), 0 file(s) refused"


def test_options_override_the_name_and_set_discipline_location(
    importer: DrawingImporter, store: Store, pid: str, tmp_path: Path
) -> None:
    loc = projects.add_location(store, pid, "L1", "Level 1", "floor").value
    options = DrawingImportOptions(
        sheet_number="X-1",
        title="Given title",
        revision="T2",
        discipline="Structural",
        location_id=loc.id,
        issued_on=dt.date(2026, 11, 2),
    )
    importer.import_paths(pid, [pdf(tmp_path / "scan 17.pdf")], options)
    (row,) = drawings.list_sheets(store, pid)
    assert (row.sheet_number, row.title, row.revision, row.discipline, row.location) == (
        "X-1",
        "Given title",
        "T2",
        Discipline.STRUCTURAL,
        "Level 1",
    )
    assert row.issued_on == dt.date(2026, 11, 2)


def test_multi_page_pdf_uses_page_labels_or_file_name_pages(
    importer: DrawingImporter, store: Store, pid: str, tmp_path: Path
) -> None:
    plain = pdf(tmp_path / "Ductwork set.pdf", pages=3)
    labelled = tmp_path / "Structure Rev P03.pdf"
    writer = pypdf.PdfWriter(clone_from=pdf(tmp_path / "tmp.pdf", pages=2))
    writer.set_page_label(0, 1, style="/D", prefix="S-20", start=1)
    with open(labelled, "wb") as fh:
        writer.write(fh)
    result = importer.import_paths(pid, [plain, labelled])
    assert [len(line.sheets) for line in result.lines] == [3, 2]
    rows = drawings.list_sheets(store, pid)
    assert [(r.sheet_number, r.title, r.revision, r.page_index) for r in rows] == [
        ("Ductwork set p.1", "Ductwork set", "", 0),
        ("Ductwork set p.2", "Ductwork set", "", 1),
        ("Ductwork set p.3", "Ductwork set", "", 2),
        ("S-201", "Structure", "P03", 0),
        ("S-202", "Structure", "P03", 1),
    ]
    assert {r.sha256 for r in rows[:3]} != {r.sha256 for r in rows[3:]}


def test_png_and_jpeg_scans_become_sheets(
    importer: DrawingImporter, store: Store, pid: str, tmp_path: Path
) -> None:
    Image.new("RGB", (1200, 800), "white").save(tmp_path / "A-501 Details.png")
    Image.new("RGB", (900, 600), "white").save(tmp_path / "A-502 Details rev 1.jpg", quality=80)
    result = importer.import_paths(pid, [tmp_path])  # a folder: its drawing files
    assert [line.outcome for line in result.lines] == ["imported", "imported"]
    rows = drawings.list_sheets(store, pid)
    assert [(r.sheet_number, r.mime, r.revision) for r in rows] == [
        ("A-501", "image/png", ""),
        ("A-502", "image/jpeg", "1"),
    ]
    assert rows[0].width_pt > 0 and rows[0].height_pt > 0


def test_same_number_again_is_a_new_revision_carrying_pins(
    importer: DrawingImporter, store: Store, pid: str, tmp_path: Path
) -> None:
    importer.import_paths(pid, [pdf(tmp_path / "A-101 Plan Rev A.pdf")])
    (first,) = drawings.list_sheets(store, pid)
    assert first.revision_id is not None
    item = punch.create_punch_item(store, pid, punch.NewPunchItem(title="Gap")).value
    drawings.place_pin(store, first.revision_id, "punch", item.id, 0.3, 0.7)
    again = importer.import_paths(pid, [pdf(tmp_path / "new" / "A-101 Plan Rev B.pdf")])
    (reg,) = again.registered
    assert reg.outcome == "new_revision" and reg.pins_carried == 1
    (row,) = drawings.list_sheets(store, pid)
    assert (row.id, row.revision, row.revision_count, row.pin_count) == (first.id, "B", 2, 1)
    assert again.summary() == "0 new sheet(s), 1 new revision(s), 0 file(s) refused"
    # The same file once more changes nothing.
    same = importer.import_paths(pid, [tmp_path / "new" / "A-101 Plan Rev B.pdf"])
    assert [line.outcome for line in same.lines] == ["unchanged"]


def _snapshot(store: Store, blobs: BlobStore) -> tuple[int, int, int, list[str]]:
    with store.read() as s:
        counts = (
            s.scalar(select(func.count()).select_from(Sheet)) or 0,
            s.scalar(select(func.count()).select_from(DrawingFile)) or 0,
            s.scalar(select(func.count()).select_from(Outbox)) or 0,
        )
    return (*counts, sorted(blobs.iter_sha256()))


def _encrypted(tmp_path: Path) -> Path:
    writer = pypdf.PdfWriter(clone_from=pdf(tmp_path / "plain.pdf"))
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="AES-128")
    out = tmp_path / "A-900 Locked.pdf"
    with open(out, "wb") as fh:
        writer.write(fh)
    return out


@pytest.mark.parametrize(
    ("make", "needle"),
    [
        (lambda d: _encrypted(d), "password-protected"),
        (
            lambda d: (d / "A-901.pdf").write_bytes(b"%PDF-1.7\n1 0 obj<<>>\n") and d / "A-901.pdf",
            "damaged",
        ),
        (lambda d: (d / "A-902.pdf").write_bytes(b"") or d / "A-902.pdf", "empty"),
        (
            lambda d: (d / "A-903.pdf").write_text("hello") and d / "A-903.pdf",
            "not a PDF, PNG or JPEG",
        ),
        (lambda d: d / "A-904 missing.pdf", "could not be found"),
    ],
)
def test_bad_files_are_refused_with_one_sentence_and_nothing_stored(
    importer: DrawingImporter,
    store: Store,
    blobs: BlobStore,
    pid: str,
    tmp_path: Path,
    make: object,
    needle: str,
) -> None:
    bad = make(tmp_path)  # type: ignore[operator]
    before = _snapshot(store, blobs)
    result = importer.import_paths(pid, [bad])
    (line,) = result.lines
    assert line.outcome == "refused" and line.reason is not None
    assert needle in line.reason and bad.name in line.reason
    assert line.reason.count(". ") == 0 and "\n" not in line.reason  # one sentence
    assert _snapshot(store, blobs) == before
    assert result.summary().endswith("1 file(s) refused")


def test_a_refused_file_does_not_stop_the_others(
    importer: DrawingImporter, store: Store, pid: str, tmp_path: Path
) -> None:
    bad = tmp_path / "A-1 broken.pdf"
    bad.write_bytes(b"%PDF-1.4 garbage")
    good = pdf(tmp_path / "A-2 Good.pdf")
    result = importer.import_paths(pid, [bad, good])
    assert [line.outcome for line in result.lines] == ["refused", "imported"]
    assert [r.sheet_number for r in drawings.list_sheets(store, pid)] == ["A-2"]


def test_progress_and_cancel(
    importer: DrawingImporter, store: Store, pid: str, tmp_path: Path
) -> None:
    files = [pdf(tmp_path / f"A-{n} Sheet.pdf") for n in range(1, 4)]
    cancel = threading.Event()
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        seen.append((done, total))
        if done == 2:
            cancel.set()

    result = importer.import_paths(pid, files, progress=progress, cancel=cancel)
    assert result.cancelled and seen == [(1, 3), (2, 3)]
    assert [r.sheet_number for r in drawings.list_sheets(store, pid)] == ["A-1", "A-2"]
    assert result.summary().endswith("(cancelled)")
