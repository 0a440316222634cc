"""Layout rule of every report kind, read back from the demo's PDFs: no page but the last
is under 15 % full, and the last page holds some of the body (no blank page at the end).

How full a page is: the lowest object drawn inside the body frame (text, lines, images),
measured from the top of the frame through PDFium — the header and footer bands are
left out, since every page has them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from reporting_fixtures import TODAY, Workspace

from executrek.app.pdf.layout import BOTTOM_MARGIN, TOP_MARGIN
from executrek.app.report_kinds.common import Filters, ReportKind, ReportRequest
from executrek.app.report_kinds.issuing import issue_report

MIN_FILL = 0.15


def page_fills(path: Path) -> list[float]:
    """How full each page's body frame is, 0 (nothing in it) to 1 (down to its foot)."""
    pdf = pdfium.PdfDocument(str(path))
    try:
        fills = []
        for page in pdf:
            _, height = page.get_size()
            top, foot = height - TOP_MARGIN, BOTTOM_MARGIN
            bottoms = [
                bounds[1]
                for bounds in (obj.get_bounds() for obj in page.get_objects(max_depth=3))
                if bounds[1] >= foot - 2 and bounds[3] <= top + 2
            ]
            fills.append((top - min(bottoms)) / (top - foot) if bottoms else 0.0)
            page.close()
        return fills
    finally:
        pdf.close()


def _request(ws: Workspace, kind: ReportKind, out: Path) -> ReportRequest:
    filters = Filters()
    if kind is ReportKind.DIARY:
        filters = Filters(date_from=TODAY - dt.timedelta(days=6), date_to=TODAY)
    number = 1 if kind in (ReportKind.INSPECTION, ReportKind.PAYMENT) else None
    project = None if kind is ReportKind.PORTFOLIO else ws.project_id()
    return ReportRequest(
        kind, project, out, TODAY, "Zoë Ødegård", number=number, filters=filters, draft=True
    )


@pytest.mark.parametrize("kind", list(ReportKind), ids=lambda k: k.value)
def test_no_page_but_the_last_is_nearly_empty(
    ws: Workspace, kind: ReportKind, tmp_path: Path
) -> None:
    out = tmp_path / f"{kind.value}.pdf"
    issue_report(ws.env, _request(ws, kind, out))
    fills = page_fills(out)
    sparse = [n for n, fill in enumerate(fills[:-1], 1) if fill < MIN_FILL]
    assert not sparse, f"pages {sparse} of {len(fills)} are under 15 % full: {fills}"
    assert fills[-1] > 0, f"the last of {len(fills)} pages is blank"
