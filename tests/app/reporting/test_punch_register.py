"""The punch register's assignee, closed date and verified-by columns: verified by is
the user who moved the item to closed (from its status events), and an item reopened
since has neither a closed date nor a verifier."""

from __future__ import annotations

import re
from pathlib import Path

from reporting_fixtures import TODAY, Workspace, texts

from executrek.app.report_kinds.common import ReportKind, ReportRequest
from executrek.app.report_kinds.issuing import issue_report
from executrek.models.records.punch import queries as punch_queries
from executrek.models.records.punch import service as punch
from executrek.models.services import projects


def _row(text: str, number: str) -> str:
    """The register row of ``number``: from it to the next item number."""
    found = re.search(re.escape(number) + r" (.*?)(?= PI-\d{4} |$)", text)
    assert found, number
    return found[1]


def test_closed_items_show_when_and_by_whom(ws: Workspace, tmp_path: Path) -> None:
    pid = ws.project_id()
    entries = punch_queries.punch_entries(ws.store, pid, with_photos=False)
    still_open = [e for e in entries if e.status == "open"]
    closing, reopening = still_open[0], still_open[1]
    projects.ensure_user(ws.store, "inspector", "Ingrid Øvrebø")
    punch.change_status(ws.store, closing.id, "closed")
    punch.change_status(ws.store, reopening.id, "closed")
    projects.ensure_user(ws.store, "rep", "Zoë Ødegård")
    punch.change_status(ws.store, reopening.id, "open", note="Still loose")
    assignee = next(e for e in entries if e.assignee and e.status == "closed")

    closed = {e.number: e for e in punch_queries.punch_entries(ws.store, pid, with_photos=False)}
    step = closed[closing.number].closing
    assert step is not None and step.by == "Ingrid Øvrebø" and step.at.date() == TODAY
    assert closed[reopening.number].closing is None  # reopened: no longer closed

    out = tmp_path / "punch.pdf"
    issue_report(
        ws.env, ReportRequest(ReportKind.PUNCH, pid, out, TODAY, "Zoë Ødegård", draft=True)
    )
    register = " ".join(texts(out))
    assert "Assignee" in register and "Verified by" in register
    row = _row(register, closing.number)
    assert re.search(r"Closed (?:\d{1,2} \w{3} \d{4}|—) 25 Nov 2026 Ingrid Øvrebø", row), row
    row = _row(register, reopening.number)
    assert "Ingrid Øvrebø" not in row
    assert re.search(r"Open (?:\d{1,2} \w{3} \d{4}|—) — —", row), row
    verified = closed[assignee.number].closing
    assert verified is not None and verified.by and assignee.assignee
    row = _row(register, assignee.number)
    assert assignee.assignee in row
    assert re.search(r"\d{4} " + re.escape(verified.by), row), row
