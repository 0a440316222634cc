"""The PMO's report branding as issuing uses it (``branding.report_number``,
``branding.report_footer``, ``branding.currency_display``): numbers follow the pattern
and never repeat one in the log, the footer line is on every page, money prints with
the symbol, and regeneration gives the same bytes."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path
from typing import Any

import pytest
from reporting_fixtures import TODAY, Workspace, texts

from executrek.app.report_kinds.common import ReportEnv, ReportKind, ReportRequest
from executrek.app.report_kinds.issuing import issue_report, regenerate
from executrek.models.errors import ValidationError
from executrek.models.services import issued_reports as issued


def env(ws: Workspace, **branding: Any) -> ReportEnv:
    return dataclasses.replace(ws.env, branding=dataclasses.replace(ws.env.branding, **branding))


def issue(e: ReportEnv, ws: Workspace, kind: ReportKind, out: Path) -> str:
    request = ReportRequest(kind, ws.project_id(), out, TODAY, "Pat Reyes")
    return issue_report(e, request).report_number


def test_numbers_follow_the_pattern_and_pass_over_numbers_already_issued(
    ws: Workspace, tmp_path: Path
) -> None:
    assert issue(ws.env, ws, ReportKind.STATUS, tmp_path) == "HOSP-EW-STATUS-001"
    plain = env(ws, report_number="{project}-{seq:2}")  # no kind: the kinds share numbers
    assert issue(plain, ws, ReportKind.STATUS, tmp_path) == "HOSP-EW-02"
    assert issue(plain, ws, ReportKind.ISSUES, tmp_path) == "HOSP-EW-01"
    assert issue(plain, ws, ReportKind.ISSUES, tmp_path) == "HOSP-EW-03"  # 02 is taken
    assert (tmp_path / "HOSP-EW-03.pdf").is_file()
    numbers = {r.report_number for r in issued.issued_reports(ws.store, ws.project_id())}
    assert numbers == {"HOSP-EW-STATUS-001", "HOSP-EW-02", "HOSP-EW-01", "HOSP-EW-03"}

    long = env(ws, report_number="N-{kind}-{seq:9}{seq:9}{seq:9}{seq:9}")  # 45 long
    with pytest.raises(ValidationError) as refused:
        issue(long, ws, ReportKind.STATUS, tmp_path / "long.pdf")
    assert "longer than 40" in refused.value.template
    assert not (tmp_path / "long.pdf").exists()


def test_footer_line_and_money_symbol_are_printed_and_regenerated(
    ws: Workspace, tmp_path: Path
) -> None:
    footer = "Northgate PMO \u00b7 Confidential \u2014 prepared for the owner"
    branded = env(ws, report_footer=footer, currency_display="symbol")
    out = tmp_path / "co.pdf"
    number = issue(branded, ws, ReportKind.CHANGE_ORDERS, out)
    pages = texts(out)
    assert len(pages) > 1 and all(footer in page for page in pages)
    text = " ".join(pages)
    assert re.search(r"\$[\d,]+\.\d\d", text) and not re.search(r"USD \(?\d", text)
    row = issued.find_issued(ws.store, number)
    again = regenerate(ws.env, row.id, tmp_path / "again.pdf")  # today's own settings differ
    assert again.path.read_bytes() == out.read_bytes()
    plain = tmp_path / "plain.pdf"
    issue(ws.env, ws, ReportKind.CHANGE_ORDERS, plain)
    text = " ".join(texts(plain))
    assert footer not in text and re.search(r"USD [\d,]+\.\d\d", text) and "$" not in text
