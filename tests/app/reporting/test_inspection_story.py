"""The inspection report tells its story first: result, score and inspector, then the
failed and flagged items with their deficiencies, then the full checklist; a six-item
inspection fits on one or two pages, and its one-day period prints as one date."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

from report_checks import check_inspection
from reporting_fixtures import TODAY, Workspace, texts

from executrek.app.report_kinds.common import ReportKind, ReportRequest
from executrek.app.report_kinds.inspection import flagged
from executrek.models.records.inspection import report as inspection_report
from executrek.models.services import projects


def test_six_item_inspections_are_short_with_failures_first(ws: Workspace, tmp_path: Path) -> None:
    from executrek.app.report_kinds.issuing import issue_report

    with_failures = 0
    for code in ("HOSP-EW", "SCH-LHS", "OFC-HP"):
        pid = projects.find_project(ws.store, code).id
        for number, _, day in inspection_report.inspection_numbers(ws.store, pid):
            detail = inspection_report.inspection_detail(ws.store, pid, number)
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


def test_measured_answers_print_as_on_screen(ws: Workspace, tmp_path: Path) -> None:
    """A measured answer prints beside its outcome, as the checklist screen shows it:
    a stored "1.50000" as "1.5 mm", never padded and never left out."""
    from executrek.app.report_kinds.issuing import issue_report

    measured = 0
    for code in ("HOSP-EW", "SCH-LHS", "OFC-HP"):
        pid = projects.find_project(ws.store, code).id
        for number, _, _ in inspection_report.inspection_numbers(ws.store, pid):
            detail = inspection_report.inspection_detail(ws.store, pid, number)
            padded = [
                ln
                for ln in detail.lines
                if ln.value and ln.unit and re.fullmatch(r"-?\d+\.\d*0", ln.value)
            ]
            if not padded:
                continue
            out = tmp_path / f"{code}-{number}.pdf"
            request = ReportRequest(
                ReportKind.INSPECTION, pid, out, TODAY, "Zoë Ødegård", number=number, draft=True
            )
            issue_report(ws.env, request)
            text = " ".join(texts(out))
            for ln in padded:
                assert ln.value not in text, ln.value
                shown = f"{Decimal(ln.value).normalize():f} {ln.unit}"
                assert shown in text, shown
                measured += 1
    assert measured  # the demo has measured answers stored with trailing zeros
