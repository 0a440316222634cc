"""The inspection report tells its story first: result, score and inspector, then the
failed and flagged items with their deficiencies, then the full checklist; a six-item
inspection fits on one or two pages, and its one-day period prints as one date."""

from __future__ import annotations

import re
from pathlib import Path

from report_checks import check_inspection
from reporting_fixtures import TODAY, Workspace, texts

from executrek.app.reporting.common import ReportKind, ReportRequest
from executrek.app.reporting.inspection import flagged
from executrek.models.services import projects
from executrek.models.services import report_queries as q


def test_six_item_inspections_are_short_with_failures_first(ws: Workspace, tmp_path: Path) -> None:
    from executrek.app.reporting.issuing import issue_report

    with_failures = 0
    for code in ("HOSP-EW", "SCH-LHS", "OFC-HP"):
        pid = projects.find_project(ws.store, code).id
        for number, _, day in q.inspection_numbers(ws.store, pid):
            detail = q.inspection_detail(ws.store, pid, number)
            if len(detail.lines) != 6:
                continue
            out = tmp_path / f"{code}-{number}.pdf"
            request = ReportRequest(
                ReportKind.INSPECTION, pid, out, TODAY, "Zoë Ødegård", number=number, draft=True
            )
            result = issue_report(ws.env, request)
            pages = texts(out)
            assert 1 <= result.pages <= 2, (code, number, result.pages)
            check_inspection(pages, detail)
            first = pages[0]
            assert first.index("Result") < first.index("Failed and flagged items")
            date = f"{day.day} {day:%b %Y}"
            assert date in first and f"{date} – {date}" not in first
            failed = [ln for ln in detail.lines if flagged(ln)]
            if failed:
                with_failures += 1
                start = first.index("Failed and flagged items")
                found = re.search(r"Checklist (?!item)", first[start:])
                checklist = start + found.start() if found else len(first)
                for ln in failed:  # on page 1, before the full checklist
                    assert first.index(ln.prompt[:25]) < checklist
    assert with_failures  # the demo has six-item inspections with failed items
