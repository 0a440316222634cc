"""Every report kind, built from the demo portfolio and read back from the PDF."""

from __future__ import annotations

import re
import shutil
import subprocess
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from reporting_fixtures import (
    CYRILLIC_CONTRACTOR,
    GREEK_TITLE,
    PHOTO_ITEMS,
    TODAY,
    Workspace,
    embedded_jpegs,
    font_names_embedded,
    jpeg_has_metadata,
    page_x_of_y_everywhere,
    texts,
)

from executrek.app.report_kinds.common import Filters, ReportKind, ReportRequest
from executrek.app.report_kinds.issuing import IssuedResult, issue_report
from executrek.models.records.change_order import queries as co_queries
from executrek.models.records.change_order import service as change_orders
from executrek.models.records.inspection import report as inspection_report
from executrek.models.records.issue import queries as issue_queries
from executrek.models.records.punch import queries as punch_queries
from executrek.models.records.punch.list_page import PunchFilter
from executrek.models.services import health


def issue(
    ws: Workspace,
    kind: ReportKind,
    out: Path,
    *,
    code: str | None = "HOSP-EW",
    number: int | None = None,
    filters: Filters = Filters(),
    draft: bool = False,
) -> IssuedResult:
    request = ReportRequest(
        kind=kind,
        project_id=ws.project_id(code) if code else None,
        output=out,
        issued=TODAY,
        prepared_by="Łukasz Żółć",
        number=number,
        filters=filters,
        draft=draft,
    )
    return issue_report(ws.env, request)


def money(amount: Decimal) -> str:
    return f"USD {amount:,.2f}" if amount >= 0 else f"USD ({-amount:,.2f})"


def check_structure(path: Path) -> list[str]:
    pages = texts(path)
    assert page_x_of_y_everywhere(pages)
    embedded, missing = font_names_embedded(path)
    assert embedded and not missing, missing
    if shutil.which("qpdf"):  # the qpdf check is skipped only where qpdf is not installed
        check = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
        assert check.returncode == 0, check.stdout + check.stderr
    if shutil.which("pdffonts"):
        listing = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True).stdout
        rows = [ln.split() for ln in listing.splitlines()[2:] if ln.strip()]
        assert rows and all("yes" in row[-5:-2] for row in rows), listing
        assert "Helvetica" not in listing
    return pages


def test_punch_report_groups_items_with_photos_and_summary(ws: Workspace, tmp_path: Path) -> None:
    out = tmp_path / "punch.pdf"
    result = issue(ws, ReportKind.PUNCH, out)
    pages = check_structure(out)
    assert result.pages == len(pages) > 10
    text = "\n".join(pages)
    pid = ws.project_id()
    entries = punch_queries.punch_entries(
        ws.store, pid, PunchFilter(today=TODAY), with_photos=False
    )
    assert f"Items {len(entries)}" in text
    for entry in entries[:: max(1, len(entries) // 25)]:
        assert entry.number in text
    assert CYRILLIC_CONTRACTOR in text and GREEK_TITLE in text
    assert "Kovač Fire Protection" in text
    # summary up front, then contractors as groups; photos under their items (inline)
    assert text.index("Items by contractor") < text.index("Punch items")
    assert "Photographs" not in text
    first = entries[0]  # the fixtures give the first items a before and an after photo
    assert re.search(rf"{first.number} · Before · .*{first.number} · After", text, re.S)
    assert re.search(r"Ampère Electrical \(\d+ items\)", text)
    jpegs = embedded_jpegs(out)
    assert len(jpegs) == 2 * PHOTO_ITEMS
    assert not any(jpeg_has_metadata(data) for data, _, _ in jpegs)
    # the GPS photo was stored sideways (EXIF orientation 6, 1200×800): upright it is tall
    assert any(h > w for _, w, h in jpegs)
    assert "Before" in text and "After" in text


def test_punch_filters_and_grouping(ws: Workspace, tmp_path: Path) -> None:
    out = tmp_path / "punch.pdf"
    filters = Filters(
        contractor="kovač fire protection", statuses=("open", "rejected"), group_by=("location",)
    )
    issue(ws, ReportKind.PUNCH, out, filters=filters, draft=True)
    text = "\n".join(check_structure(out))
    assert "Contractor: kovač fire protection" in text
    assert "Ampère Electrical" not in text
    assert "Ready for review" not in text.rsplit("Punch items", 1)[1]


def test_inspection_report(ws: Workspace, tmp_path: Path) -> None:
    pid = ws.project_id()
    numbers = inspection_report.inspection_numbers(ws.store, pid)
    detail = next(
        inspection_report.inspection_detail(ws.store, pid, n)
        for n, _, _ in numbers
        if inspection_report.inspection_detail(ws.store, pid, n).signatures
    )
    out = tmp_path / "insp.pdf"
    number = int(detail.number.split("-")[1])
    issue(ws, ReportKind.INSPECTION, out, number=number)
    text = "\n".join(check_structure(out))
    assert detail.number in text and detail.title in text
    for line in detail.lines:
        assert line.prompt[:30] in text
    for sig in detail.signatures:
        assert sig.signer_name in text
        assert sig.signer_role is not None and sig.signer_role in text
    raised = [ln.deficiency for ln in detail.lines if ln.deficiency]
    checklist = text.index("Failed and flagged items")
    for num in raised:  # the deficiencies come before the full checklist
        assert checklist < text.index(num) < text.index("Checklist", checklist + 1)
    assert "Signatures" in text
    assert detail.weather is None or detail.weather in text


def test_change_order_report_prints_the_budget_rollup(ws: Workspace, tmp_path: Path) -> None:
    pid = ws.project_id()
    rollup = change_orders.budget_rollup(ws.store, pid)
    out = tmp_path / "co.pdf"
    issue(ws, ReportKind.CHANGE_ORDERS, out)
    text = "\n".join(check_structure(out))
    for amount in (
        rollup.original_contract,
        rollup.revised_contract,
        rollup.contingency_remaining,
        rollup.revised_contract + rollup.pending_exposure,
    ):
        assert money(amount) in text, amount
    assert f"{rollup.percent_change}%" in text
    log = co_queries.change_order_log(ws.store, pid)
    for co in log:
        assert co.number in text
    approvers = [e.approver_name for co in log for e in co.events if e.approver_name]
    assert approvers and approvers[0] in text


def test_issue_report_has_threads(ws: Workspace, tmp_path: Path) -> None:
    pid = ws.project_id()
    out = tmp_path / "issues.pdf"
    issue(ws, ReportKind.ISSUES, out)
    text = "\n".join(check_structure(out))
    log = issue_queries.issue_log(ws.store, pid)
    assert log
    for entry in log:
        assert entry.number in text
        for message in entry.thread:
            assert " ".join(message.body.split())[:40] in text


def test_status_report_sections_and_figures(ws: Workspace, tmp_path: Path) -> None:
    pid = ws.project_id()
    h = health.project_health(ws.store, pid, TODAY)
    out = tmp_path / "status.pdf"
    result = issue(ws, ReportKind.STATUS, out)
    text = "\n".join(check_structure(out))
    for heading in (
        "Summary",
        "Budget",
        "Schedule",
        "Quality",
        "Top risks",
        "Photos of the period",
        "Changes since the last status report",
    ):
        assert heading in text
    assert money(h.budget.revised_contract) in text
    assert money(h.budget.pending_exposure) in text
    assert (
        f"{h.punch_open} of {h.punch_total} punch items are outstanding, "
        f"{h.punch_overdue} of them overdue" in text
    )
    assert result.report_number == "HOSP-EW-STATUS-001"
    assert "first issued status report" in text
    # photos of the period: the demo photos were taken on 10–15 Nov 2026; the latest six
    assert len(embedded_jpegs(out)) == min(2 * PHOTO_ITEMS, 6)


def test_portfolio_report_one_page_per_project(ws: Workspace, tmp_path: Path) -> None:
    out = tmp_path / "portfolio.pdf"
    result = issue(ws, ReportKind.PORTFOLIO, out, code=None)
    pages = check_structure(out)
    assert result.report_number == "PORTFOLIO-001"
    rows = health.portfolio(ws.store, TODAY)
    starts = []
    for h in rows:
        title = f"{h.code} · {h.name}"
        starts.append(next(i for i, p in enumerate(pages) if p.find(title) != -1 and i > 0))
        assert money(h.budget.revised_contract) in "\n".join(pages)
    assert len(set(starts)) == len(rows)
    assert "Portfolio summary" in pages[0]  # the headline opens the first page
    assert any(word in pages[0] for word in ("On track", "At risk", "Off track"))


@pytest.mark.parametrize("kind", ["punch", "issues", "change-orders"])
def test_empty_selection_still_makes_a_clean_report(
    ws: Workspace, tmp_path: Path, kind: str
) -> None:
    out = tmp_path / "empty.pdf"
    issue(ws, ReportKind(kind), out, filters=Filters(statuses=("void",)), draft=True)
    pages = check_structure(out)
    assert "Status: Void" in "\n".join(pages)  # the selection is printed, the rest is clean


def test_register_header_repeats_on_every_page(ws: Workspace, tmp_path: Path) -> None:
    out = tmp_path / "punch.pdf"
    issue(ws, ReportKind.PUNCH, out, draft=True)
    pages = texts(out)
    with_items = [p for p in pages if re.search(r"PI-\d{4} .*Raised", p)]
    assert len(with_items) > 5
    assert all("Description and history" in p for p in with_items)


def test_branding_and_paper_come_from_the_settings(ws: Workspace, tmp_path: Path) -> None:
    from PIL import Image
    from pypdf import PdfReader

    logo = tmp_path / "owner.png"
    Image.new("RGBA", (300, 100), (31, 58, 95, 255)).save(logo)
    branding = ws.env.branding
    branding.owner_logo = str(logo)
    branding.page_size = "Letter"
    branding.primary_colour = "#00695C"
    out = tmp_path / "status.pdf"
    issue(ws, ReportKind.STATUS, out, draft=True)
    reader = PdfReader(out)
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)
    resources: Any = reader.pages[0]["/Resources"]
    cover = resources["/XObject"]
    assert any(cover[k].get_object().get("/Subtype") == "/Image" for k in cover)
    assert "Northgate PMO" in texts(out)[0]
