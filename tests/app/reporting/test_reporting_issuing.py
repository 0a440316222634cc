"""Issuing: numbers, the log with hash and snapshot, the PDF kept as evidence,
byte-identical regeneration, and "changes since the last issued status report"."""

from __future__ import annotations

import dataclasses
import hashlib
from decimal import Decimal
from pathlib import Path

import pytest
from reporting_fixtures import TODAY, Workspace, texts

from executrek.app.photos.blobstore import BlobStore
from executrek.app.report_kinds.codec import decode, encode
from executrek.app.report_kinds.common import ReportKind, ReportRequest
from executrek.app.report_kinds.issuing import issue_report, issued_pdf, regenerate
from executrek.app.report_kinds.status import StatusReportData
from executrek.models.errors import DomainError
from executrek.models.records.change_order import queries as co_queries
from executrek.models.records.change_order import service as change_orders
from executrek.models.records.punch import queries as punch_queries
from executrek.models.records.punch import service as punch
from executrek.models.services import issued_reports as issued


def request(ws: Workspace, kind: ReportKind, out: Path, **extra: object) -> ReportRequest:
    return ReportRequest(
        kind=kind,
        project_id=None if kind is ReportKind.PORTFOLIO else ws.project_id(),
        output=out,
        issued=TODAY,
        prepared_by="Анна Кузнецова",
        **extra,  # type: ignore[arg-type]
    )


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_numbers_count_per_project_and_kind(ws: Workspace, tmp_path: Path) -> None:
    first = issue_report(ws.env, request(ws, ReportKind.STATUS, tmp_path / "a.pdf"))
    second = issue_report(ws.env, request(ws, ReportKind.STATUS, tmp_path / "b.pdf"))
    punch_first = issue_report(ws.env, request(ws, ReportKind.ISSUES, tmp_path / "c.pdf"))
    draft = issue_report(ws.env, request(ws, ReportKind.STATUS, tmp_path / "d.pdf", draft=True))
    assert (first.report_number, second.report_number) == (
        "HOSP-EW-STATUS-001",
        "HOSP-EW-STATUS-002",
    )
    assert punch_first.report_number == "HOSP-EW-ISSUES-001"
    assert draft.report_number == "HOSP-EW-STATUS-DRAFT" and draft.issued_id is None
    rows = issued.issued_reports(ws.store, ws.project_id())
    assert [r.report_number for r in rows] == [
        "HOSP-EW-ISSUES-001",
        "HOSP-EW-STATUS-002",
        "HOSP-EW-STATUS-001",
    ]
    assert "HOSP-EW-STATUS-002" in texts(tmp_path / "b.pdf")[0]


def test_issued_pdf_is_logged_with_its_hash_and_kept(ws: Workspace, tmp_path: Path) -> None:
    out = tmp_path / "co.pdf"
    result = issue_report(ws.env, request(ws, ReportKind.CHANGE_ORDERS, out))
    assert result.issued_id is not None
    row = issued.issued_report(ws.store, result.issued_id)
    assert row.sha256 == result.sha256 == sha(out)
    assert row.pages == result.pages == len(texts(out))
    kept = issued_pdf(ws.env, result.issued_id)
    assert kept == BlobStore(ws.paths.blobs).path_for(row.sha256)
    assert kept.read_bytes() == out.read_bytes()
    out.unlink()  # the user's copy may go; the evidence stays
    assert sha(kept) == row.sha256


@pytest.mark.parametrize("kind", list(ReportKind))
def test_regeneration_is_byte_identical(ws: Workspace, tmp_path: Path, kind: ReportKind) -> None:
    out = tmp_path / "issued.pdf"
    result = issue_report(ws.env, request(ws, kind, out))
    assert result.issued_id is not None
    # the data moves on after issue; the snapshot still rebuilds what was issued
    entry = punch_queries.punch_entries(ws.store, ws.project_id())[0]
    punch.update_punch_item(ws.store, entry.id, title="Renamed after the report")
    again = regenerate(ws.env, result.issued_id, tmp_path / "again.pdf")
    assert again.sha256 == result.sha256
    assert (tmp_path / "again.pdf").read_bytes() == out.read_bytes()


def test_snapshot_round_trips_the_report_data(ws: Workspace, tmp_path: Path) -> None:
    result = issue_report(ws.env, request(ws, ReportKind.STATUS, tmp_path / "s.pdf"))
    assert result.issued_id is not None
    snap = issued.issued_report(ws.store, result.issued_id).snapshot
    data = decode(StatusReportData, snap["data"])
    assert encode(data) == snap["data"]
    assert isinstance(data.rollup.revised_contract, Decimal)
    assert dataclasses.is_dataclass(data.since_last)
    assert data.records["punch"]  # the baseline of the next report


def test_changes_since_the_last_status_report(ws: Workspace, tmp_path: Path) -> None:
    pid = ws.project_id()
    issue_report(ws.env, request(ws, ReportKind.STATUS, tmp_path / "first.pdf"))
    before = change_orders.budget_rollup(ws.store, pid)
    # close one item, raise one, re-price a draft change event
    live = [e for e in punch_queries.punch_entries(ws.store, pid) if e.status == "open"]
    closing = live[0]
    punch.change_status(ws.store, closing.id, "closed")
    raised = punch.create_punch_item(
        ws.store, pid, punch.NewPunchItem(title="Łukasz: handrail loose at stair 2")
    ).value
    draft = next(
        co
        for co in co_queries.change_order_log(ws.store, pid)
        if co.status == "draft" and co.tier != "change_order"
    )
    change_orders.set_lines(
        ws.store, draft.id, [change_orders.LineInput("Extra fire stopping", 1, "25000.00")]
    )
    after = change_orders.budget_rollup(ws.store, pid)
    assert after.pending_exposure != before.pending_exposure

    out = tmp_path / "second.pdf"
    result = issue_report(ws.env, request(ws, ReportKind.STATUS, out))
    assert result.report_number == "HOSP-EW-STATUS-002"
    text = " ".join(texts(out))
    section = text.rsplit("Changes since the last status report", 1)[1]
    assert "Compared with HOSP-EW-STATUS-001" in section
    new_part, rest = section.split("Closed (", 1)
    closed_part, changed_part = rest.split("Changed (", 1)
    assert punch.punch_number(raised) in new_part and "handrail loose" in new_part
    assert "New (1)" in section
    assert closing.number in closed_part and "Closed (1)" in section
    assert draft.number in changed_part
    assert "USD 25,000.00" in changed_part
    delta = after.pending_exposure - before.pending_exposure
    formatted = f"{delta:,.2f}" if delta >= 0 else f"({-delta:,.2f})"
    assert formatted in section.split("New (", 1)[0]


def test_regenerating_an_unknown_report_is_refused(ws: Workspace, tmp_path: Path) -> None:
    with pytest.raises(DomainError):
        regenerate(ws.env, "no-such-report", tmp_path / "x.pdf")
    with pytest.raises(DomainError):
        issued.find_issued(ws.store, "HOSP-EW-STATUS-999")
