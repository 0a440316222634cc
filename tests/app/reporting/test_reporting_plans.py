"""Plan extracts and sheet overview pages in the punch and issue reports: a generated A1
floor plan imported through the drawings data layer, two punch items and one issue
pinned on it, the PDFs read back with pypdf and their images decoded with Pillow."""

from __future__ import annotations

import io
import shutil
from dataclasses import dataclass
from pathlib import Path

from PIL import Image
from pypdf import PdfReader
from reporting_fixtures import PHOTO_ITEMS, TODAY, Workspace, embedded_jpegs, texts

from executrek.app.cli import main
from executrek.app.drawings.extracts import EXTRACT_DPI, extract_region
from executrek.app.drawings.importer import DrawingImporter, DrawingImportOptions
from executrek.app.drawings.sample import SHEET_SIZES, floor_plan_pdf
from executrek.app.logging_setup import shutdown
from executrek.app.pdf import PageSetup
from executrek.app.photos.blobstore import BlobStore
from executrek.app.report_kinds import plans as plan_pages
from executrek.app.report_kinds.codec import decode
from executrek.app.report_kinds.common import ReportKind, ReportRequest, status
from executrek.app.report_kinds.issuing import issue_report, regenerate
from executrek.app.report_kinds.punch import PunchReportData
from executrek.models.records.drawing import service as drawings
from executrek.models.records.drawing.model import PIN_ISSUE, PIN_PUNCH
from executrek.models.records.issue import queries as issue_queries
from executrek.models.records.punch import queries as punch_queries
from executrek.models.services import issued_reports as issued

CAPTION = "Sheet A-101 rev C — Ground floor plan"
PUNCH_POINTS = ((0.30, 0.40), (0.55, 0.35))  # away from the edges: the extract centres on them


@dataclass(frozen=True)
class Pinned:
    revision_id: str
    punch: tuple[punch_queries.PunchEntry, ...]
    issue: issue_queries.IssueEntry


def import_plan(ws: Workspace, folder: Path, revision: str, seed: int = 3) -> str:
    """Generate an A1 plan and import it as sheet A-101; returns the revision id."""
    path = folder / f"A-101 Ground floor plan Rev {revision}.pdf"
    floor_plan_pdf(path, size="A1", title="Ground floor plan", revision=revision, seed=seed)
    importer = DrawingImporter(ws.store, BlobStore(ws.paths.blobs))
    options = DrawingImportOptions(
        sheet_number="A-101", title="Ground floor plan", revision=revision
    )
    line = importer.import_file(ws.project_id(), path, options)
    assert line.outcome == "imported", line.reason
    return line.sheets[0].revision_id


def pin_items(ws: Workspace, folder: Path) -> Pinned:
    revision_id = import_plan(ws, folder, "C")
    pid = ws.project_id()
    entries = tuple(punch_queries.punch_entries(ws.store, pid)[:2])  # both have photos (fixtures)
    for entry, (x, y) in zip(entries, PUNCH_POINTS, strict=True):
        drawings.place_pin(ws.store, revision_id, PIN_PUNCH, entry.id, x, y)
    issue = issue_queries.issue_log(ws.store, pid)[0]
    drawings.place_pin(ws.store, revision_id, PIN_ISSUE, issue.id, 0.7, 0.6)
    return Pinned(revision_id, entries, issue)


def request(
    ws: Workspace, kind: ReportKind, out: Path, *, plans: bool, draft: bool = False
) -> ReportRequest:
    return ReportRequest(
        kind=kind,
        project_id=ws.project_id(),
        output=out,
        issued=TODAY,
        prepared_by="Zoë Ødegård",
        draft=draft,
        plans=plans,
    )


def extract_size() -> tuple[int, int]:
    width = round(plan_pages.extract_width(PageSetup()) / 72 * EXTRACT_DPI)
    sheet_w, sheet_h = SHEET_SIZES["A1"]
    region = extract_region(sheet_w, sheet_h, sheet_w / 2, sheet_h / 2)
    return width, round(width * region.h / region.w)


def colour_near_centre(data: bytes) -> tuple[int, int, int]:
    """The marker's fill: a pixel a little right of the centre (the centre itself is
    the marker's white dot)."""
    with Image.open(io.BytesIO(data)) as image:
        rgb = image.convert("RGB")
        w, h = rgb.size
        ring = round(1.3 / 25.4 * EXTRACT_DPI)  # 1.3 mm from the point, inside the disc
        return rgb.getpixel((w // 2 + ring, h // 2))  # type: ignore[return-value]


def close_to(colour: tuple[int, int, int], hex_colour: str, tolerance: int = 40) -> bool:
    want = tuple(int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    return all(abs(a - b) <= tolerance for a, b in zip(colour, want, strict=True))


def overview_pages(pages: list[str]) -> list[int]:
    """Pages with a sheet overview (its legend), not the contents page naming it."""
    return [n for n, text in enumerate(pages) if "Pins by status:" in text]


def test_punch_report_with_plans(ws: Workspace, tmp_path: Path) -> None:
    pinned = pin_items(ws, tmp_path)
    plain = issue_report(ws.env, request(ws, ReportKind.PUNCH, tmp_path / "plain.pdf", plans=False))
    out = tmp_path / "plans.pdf"
    result = issue_report(ws.env, request(ws, ReportKind.PUNCH, out, plans=True))
    pages = texts(out)
    text = "\n".join(pages)
    assert text.count(CAPTION) >= 3  # two extract captions and the overview heading
    # inline (the default): each extract prints under its item in the register
    assert "Photographs and plans" not in text
    for entry in pinned.punch:
        assert any(entry.number in p and CAPTION in p for p in pages[:-1])
    # one overview page, landscape like the sheet, every pinned item numbered on it
    (index,) = overview_pages(pages)
    assert index == len(pages) - 1
    page = PdfReader(out).pages[index]
    assert float(page.mediabox.width) > float(page.mediabox.height)
    for entry in pinned.punch:
        assert entry.number in pages[index]
    assert pinned.issue.number not in pages[index]  # issues are not in the punch report
    assert "Pins by status:" in pages[index]
    # two extracts and one overview more than the photos
    jpegs = embedded_jpegs(out)
    assert len(jpegs) == len(embedded_jpegs(tmp_path / "plain.pdf")) + 3 == 2 * PHOTO_ITEMS + 3
    extracts = [data for data, w, h in jpegs if (w, h) == extract_size()]
    assert len(extracts) == 2
    colours = {status(e.status).tone.value for e in pinned.punch}  # type: ignore[union-attr]
    for data in extracts:
        assert any(close_to(colour_near_centre(data), c) for c in colours)
    assert result.pages > plain.pages


def test_extract_is_cached_and_deterministic(ws: Workspace, tmp_path: Path) -> None:
    pin_items(ws, tmp_path)
    req = request(ws, ReportKind.PUNCH, tmp_path / "a.pdf", plans=True, draft=True)
    first = issue_report(ws.env, req)
    cache = ws.paths.derivatives / "plans"
    files = sorted(cache.glob("*.jpg"))
    assert len(files) == 3  # two extracts, one overview
    stamps = {f: f.stat().st_mtime_ns for f in files}
    again = issue_report(ws.env, req)
    assert {f: f.stat().st_mtime_ns for f in files} == stamps  # reused, not remade
    shutil.rmtree(cache)
    remade = issue_report(ws.env, req)  # remade from the drawing: the same bytes
    assert first.sha256 == again.sha256 == remade.sha256


def test_issue_report_with_plans(ws: Workspace, tmp_path: Path) -> None:
    pinned = pin_items(ws, tmp_path)
    out = tmp_path / "issues.pdf"
    issue_report(ws.env, request(ws, ReportKind.ISSUES, out, plans=True, draft=True))
    pages = texts(out)
    text = "\n".join(pages)
    detail = text.index(f"{pinned.issue.number} · {pinned.issue.title}")
    assert text.index(CAPTION, detail) < text.rindex("Sheet overview")
    (index,) = overview_pages(pages)
    assert pinned.issue.number in pages[index]
    assert not any(e.number in pages[index] for e in pinned.punch)
    extracts = [data for data, w, h in embedded_jpegs(out) if (w, h) == extract_size()]
    assert len(extracts) == 1
    tone = status(pinned.issue.status).tone.value  # type: ignore[union-attr]
    assert close_to(colour_near_centre(extracts[0]), tone)


def test_regeneration_keeps_the_revision_it_was_issued_with(ws: Workspace, tmp_path: Path) -> None:
    pinned = pin_items(ws, tmp_path)
    out = tmp_path / "issued.pdf"
    result = issue_report(ws.env, request(ws, ReportKind.PUNCH, out, plans=True))
    assert result.issued_id is not None
    snap = issued.issued_report(ws.store, result.issued_id).snapshot
    data = decode(PunchReportData, snap["data"])
    assert [s.revision_id for s in data.plans.sheets] == [pinned.revision_id]
    # a new revision of the sheet (pins carried over), and the plan cache emptied
    newer = import_plan(ws, tmp_path, "D", seed=4)
    assert newer != pinned.revision_id
    shutil.rmtree(ws.paths.derivatives / "plans")
    again = regenerate(ws.env, result.issued_id, tmp_path / "again.pdf")
    assert again.sha256 == result.sha256
    assert (tmp_path / "again.pdf").read_bytes() == out.read_bytes()
    # a new report prints the new revision
    fresh = tmp_path / "fresh.pdf"
    issue_report(ws.env, request(ws, ReportKind.PUNCH, fresh, plans=True, draft=True))
    assert "Sheet A-101 rev D — Ground floor plan" in "\n".join(texts(fresh))


def test_report_without_pins_is_unchanged(ws: Workspace, tmp_path: Path) -> None:
    import_plan(ws, tmp_path, "C")  # a sheet, but nothing pinned on it
    plain = issue_report(
        ws.env, request(ws, ReportKind.PUNCH, tmp_path / "a.pdf", plans=False, draft=True)
    )
    asked = issue_report(
        ws.env, request(ws, ReportKind.PUNCH, tmp_path / "b.pdf", plans=True, draft=True)
    )
    assert asked.pages == plain.pages
    assert asked.sha256 == plain.sha256
    assert not overview_pages(texts(tmp_path / "b.pdf"))


def test_old_snapshots_without_plans_still_decode(ws: Workspace, tmp_path: Path) -> None:
    result = issue_report(ws.env, request(ws, ReportKind.PUNCH, tmp_path / "p.pdf", plans=False))
    assert result.issued_id is not None
    snap = issued.issued_report(ws.store, result.issued_id).snapshot
    older = {k: v for k, v in snap["data"].items() if k != "plans"}
    assert not decode(PunchReportData, older).plans


def test_cli_plans_flag(ws: Workspace, tmp_path: Path) -> None:
    pin_items(ws, tmp_path)
    ws.store.close()
    out = tmp_path / "cli.pdf"
    data = ["--data-dir", str(ws.paths.data), "--project", "HOSP-EW", "-o", str(out)]
    try:
        assert main(["report", "punch", "--draft", "--plans", *data]) == 0
        assert overview_pages(texts(out))
        assert main(["report", "status", "--plans", *data]) == 2
    finally:
        shutdown()


def test_missing_drawing_prints_a_visible_gap(ws: Workspace, tmp_path: Path) -> None:
    pin_items(ws, tmp_path)
    for sha in drawings.drawing_shas(ws.store, ws.project_id()):
        BlobStore(ws.paths.blobs).path_for(sha).unlink()  # not synced to this laptop yet
    out = tmp_path / "gap.pdf"
    issue_report(ws.env, request(ws, ReportKind.PUNCH, out, plans=True, draft=True))
    pages = texts(out)
    (index,) = overview_pages(pages)
    assert "The drawing file is not on this computer." in pages[index]
    assert "Photo not available" in "\n".join(pages[:index])
