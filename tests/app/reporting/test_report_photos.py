"""Photos with their records (``--photos inline|appendix|none``): the issue and change
order reports print the photos attached to their records, captioned with the record's
number; inline photos sit under their item; the appendix option says on which page
("2 photos, see page 33") and that page has them; ``none`` prints none. The PDFs are
read back with pypdf (text, image XObjects)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from pypdf import PdfReader
from reporting_fixtures import (
    PHOTO_ITEMS,
    RECORD_PHOTOS,
    TODAY,
    Workspace,
    site_photo,
    texts,
)

from executrek.app.photos.blobstore import BlobStore
from executrek.app.report_kinds.common import PhotoPlacement, ReportKind, ReportRequest
from executrek.app.report_kinds.issuing import issue_report, output_path, regenerate
from executrek.models.records.change_order import queries as co_queries
from executrek.models.records.inspection import report as inspection_report
from executrek.models.records.issue import queries as issue_queries
from executrek.models.records.punch import queries as punch_queries
from executrek.models.services import issued_reports, records

REFERENCE = r"(\d+) photos?, see page (\d+)"


def references(text: str, numbers: list[str]) -> list[tuple[str, int, int]]:
    """(record number, photos, page) of each "2 photos, see page 33" in ``text``: the
    record is the last of ``numbers`` printed before it (its row or its section)."""
    pattern = "|".join(rf"\b{re.escape(n)}\b" for n in numbers)
    out = []
    for m in re.finditer(REFERENCE, text):
        number = re.findall(pattern, text[: m.start()])[-1]
        out.append((number, int(m[1]), int(m[2])))
    return out


def record_numbers(ws: Workspace, kind: ReportKind) -> list[str]:
    pid = ws.project_id()
    if kind is ReportKind.PUNCH:
        return [e.number for e in punch_queries.punch_entries(ws.store, pid, with_photos=False)]
    if kind is ReportKind.ISSUES:
        return [i.number for i in issue_queries.issue_log(ws.store, pid)]
    return [co.number for co in co_queries.change_order_log(ws.store, pid)]


def issue(
    ws: Workspace,
    kind: ReportKind,
    out: Path,
    photos: PhotoPlacement = PhotoPlacement.INLINE,
    *,
    number: int | None = None,
    draft: bool = True,
) -> list[str]:
    request = ReportRequest(
        kind, ws.project_id(), out, TODAY, "Zoë Ødegård", number=number, draft=draft, photos=photos
    )
    issue_report(ws.env, request)
    return texts(out)


def images_per_page(path: Path) -> list[int]:
    """Image XObjects drawn on each page (the photos; charts and pills are vectors)."""
    counts = []
    for page in PdfReader(path).pages:
        resources = page.get("/Resources") or {}
        xobjects = resources.get("/XObject") or {}
        counts.append(
            sum(1 for name in xobjects if xobjects[name].get_object().get("/Subtype") == "/Image")
        )
    return counts


def captions(text: str, number: str) -> list[str]:
    """The photo captions naming record ``number`` ("NCR-001 · … · 20 Oct 2026")."""
    date = r"\d{1,2} [A-Z][a-z]{2} \d{4}"
    return re.findall(rf"{re.escape(number)} · (?:[^·]+ · )*?{date}", text)


def test_issue_and_change_order_reports_print_their_records_photos(
    ws: Workspace, tmp_path: Path
) -> None:
    pid = ws.project_id()
    issues = issue_queries.issue_log(ws.store, pid)
    ncr = next(i for i in issues if i.issue_type == "non_conformance")
    rfi = next(i for i in issues if i.issue_type == "rfi")
    out = tmp_path / "issues.pdf"
    pages = issue(ws, ReportKind.ISSUES, out)
    assert sum(images_per_page(out)) == RECORD_PHOTOS["non_conformance"] + RECORD_PHOTOS["rfi"]
    for entry, kind in ((ncr, "non_conformance"), (rfi, "rfi")):
        # on the page of the issue's own section, under its number
        page = next(p for p in pages if f"{entry.number} · {entry.title}" in p)
        assert len(captions(page, entry.number)) == RECORD_PHOTOS[kind]
        assert "evidence 1 · 2" in page  # caption and date: "… evidence 1 · 20 Oct 2026"

    co = co_queries.change_order_log(ws.store, pid)[0]
    out = tmp_path / "co.pdf"
    pages = issue(ws, ReportKind.CHANGE_ORDERS, out)
    assert sum(images_per_page(out)) == RECORD_PHOTOS["change_order"]
    assert len(captions("\n".join(pages), co.number)) == RECORD_PHOTOS["change_order"]


def test_inline_photos_print_under_their_item(ws: Workspace, tmp_path: Path) -> None:
    out = tmp_path / "punch.pdf"
    pages = issue(ws, ReportKind.PUNCH, out)
    entries = punch_queries.punch_entries(ws.store, ws.project_id())[:PHOTO_ITEMS]
    assert sum(images_per_page(out)) == 2 * PHOTO_ITEMS
    for entry in entries:
        page = next(p for p in pages if re.search(rf"\b{entry.number} {re.escape(entry.title)}", p))
        # its row, then its before and after photo on the same page, right after it
        row = page.index(f"{entry.number} {entry.title}")
        assert page.index(f"{entry.number} · Before", row) < page.index(f"{entry.number} · After")
    assert not re.search(REFERENCE, "\n".join(pages))
    assert "Photographs" not in "\n".join(pages)


@pytest.mark.parametrize("kind", [ReportKind.PUNCH, ReportKind.ISSUES, ReportKind.CHANGE_ORDERS])
def test_appendix_names_the_page_the_photos_are_on(
    ws: Workspace, tmp_path: Path, kind: ReportKind
) -> None:
    out = tmp_path / "appendix.pdf"
    pages = issue(ws, kind, out, PhotoPlacement.APPENDIX)
    text = "\n".join(pages)
    found = references(text, record_numbers(ws, kind))
    expected = {
        ReportKind.PUNCH: PHOTO_ITEMS,
        ReportKind.ISSUES: 2,
        ReportKind.CHANGE_ORDERS: 1,
    }[kind]
    assert len(found) == expected
    for number, count, page in found:
        target = pages[page - 1]
        assert f"Page {page} of {len(pages)}" in target
        assert len(captions(target, number)) == count, (number, page)
    # the photos print only there: after every reference, in the closing chapter
    first_image = next(n for n, c in enumerate(images_per_page(out)) if c)
    assert first_image == min(page for _, _, page in found) - 1
    assert "Photographs" in pages[first_image]


def test_appendix_page_numbers_follow_a_moved_contents_page(ws: Workspace, tmp_path: Path) -> None:
    """The punch report is long enough for contents, laid out last and moved behind
    page 1: the referenced pages are the printed numbers, not the laid-out ones."""
    out = tmp_path / "punch.pdf"
    pages = issue(ws, ReportKind.PUNCH, out, PhotoPlacement.APPENDIX)
    assert "Contents" in pages[1]
    found = references("\n".join(pages), record_numbers(ws, ReportKind.PUNCH))
    assert len(found) == PHOTO_ITEMS
    for number, _count, page in found:
        assert f"{number} · " in pages[page - 1]


def test_none_prints_no_photos(ws: Workspace, tmp_path: Path) -> None:
    for kind in (ReportKind.PUNCH, ReportKind.ISSUES, ReportKind.CHANGE_ORDERS, ReportKind.STATUS):
        out = tmp_path / f"{kind.value}.pdf"
        pages = issue(ws, kind, out, PhotoPlacement.NONE)
        text = "\n".join(pages)
        assert sum(images_per_page(out)) == 0, kind
        assert not re.search(REFERENCE, text)
        assert "Photos of the period" not in text and "Photographs" not in text


def test_status_report_photos_name_their_records(ws: Workspace, tmp_path: Path) -> None:
    out = tmp_path / "status.pdf"
    text = "\n".join(issue(ws, ReportKind.STATUS, out))
    assert len(re.findall(r"PI-\d{4} · After · 15 Nov 2026", text)) == 6
    appendix = issue(ws, ReportKind.STATUS, tmp_path / "appendix.pdf", PhotoPlacement.APPENDIX)
    (page,) = re.findall(r"6 photos, see page (\d+)", "\n".join(appendix))
    assert int(page) == len(appendix)  # the appendix is the last page
    assert "Photos of the period" in appendix[-1]


def test_inspection_item_photos_print_under_their_line(ws: Workspace, tmp_path: Path) -> None:
    pid = ws.project_id()
    number, _, _ = inspection_report.inspection_numbers(ws.store, pid)[0]
    detail = inspection_report.inspection_detail(ws.store, pid, number)
    line = detail.lines[0]
    data = site_photo((1200, 900), 99)
    put = BlobStore(ws.paths.blobs).put_bytes(data)
    records.add_photo(
        ws.store,
        pid,
        records.NewPhoto(
            sha256=put.sha256,
            filename="line.jpg",
            mime="image/jpeg",
            size_bytes=len(data),
            captured_at=dt.datetime(2026, 11, 20, 10, tzinfo=dt.UTC),
        ),
        attach_to=("inspection_item", line.item_id),
    )
    label = f"{detail.number} #{line.position}"
    out = tmp_path / "inline.pdf"
    text = "\n".join(issue(ws, ReportKind.INSPECTION, out, number=number))
    assert sum(images_per_page(out)) == 1 + len(detail.photos)
    assert text.count(f"{label} · 20 Nov 2026") == 1  # once: not again in the checklist
    out = tmp_path / "appendix.pdf"
    pages = issue(ws, ReportKind.INSPECTION, out, PhotoPlacement.APPENDIX, number=number)
    (page,) = re.findall(r"1 photo, see page (\d+)", "\n".join(pages))
    assert f"{label} · 20 Nov 2026" in pages[int(page) - 1]


def test_the_placement_is_kept_and_regenerates_the_same_bytes(
    ws: Workspace, tmp_path: Path
) -> None:
    out = tmp_path / "issues.pdf"
    request = ReportRequest(
        ReportKind.ISSUES,
        ws.project_id(),
        out,
        TODAY,
        "Zoë Ødegård",
        photos=PhotoPlacement.APPENDIX,
    )
    result = issue_report(ws.env, request)
    assert result.issued_id is not None
    row = issued_reports.issued_report(ws.store, result.issued_id)
    assert row.snapshot["photos"] == "appendix"
    assert [p["record_id"] for p in row.snapshot["data"]["photos"]]
    again = regenerate(ws.env, result.issued_id, tmp_path / "again.pdf")
    assert again.sha256 == result.sha256


def test_issues_into_a_folder_are_named_for_their_numbers(ws: Workspace, tmp_path: Path) -> None:
    folder = tmp_path / "reports"
    folder.mkdir()
    names = []
    for _ in range(2):
        request = ReportRequest(ReportKind.ISSUES, ws.project_id(), folder, TODAY, "Zoë Ødegård")
        names.append(issue_report(ws.env, request).path.name)
    assert names == ["HOSP-EW-ISSUES-001.pdf", "HOSP-EW-ISSUES-002.pdf"]
    # a file of that name from elsewhere is never written over
    assert output_path(folder, "HOSP-EW-ISSUES-002", draft=False).name == (
        "HOSP-EW-ISSUES-002 (2).pdf"
    )
    assert output_path(folder, "HOSP-EW-ISSUES-DRAFT", draft=True).name == (
        "HOSP-EW-ISSUES-DRAFT.pdf"
    )
    assert output_path(folder / "mine.pdf", "HOSP-EW-ISSUES-003", draft=False).name == "mine.pdf"
