"""The schedule report, read back from the PDF: the forecast is the core's one
computation (the same sentence and rating as the status report, the same dates as
``schedule_forecast``), the milestones carry baseline, previous, forecast, contractual
and movement, the quality table has the core's counts, the critical path and the
changes since the previous update are listed, the S-curve is drawn from the updates,
an earlier update is reported on request, and bad requests are refused in one line."""

from __future__ import annotations

import dataclasses
import shutil
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from figure_reading import completion, slip_sentence
from reporting_fixtures import TODAY, Workspace, texts

from executrek.app.cli import main
from executrek.app.logging_setup import shutdown
from executrek.app.report_kinds.common import ReportKind, ReportRequest
from executrek.app.report_kinds.issuing import issue_report
from executrek.app.report_kinds.schedule_data import gather
from executrek.app.report_kinds.schedule_lines import actual_percent, s_curve
from executrek.models.errors import NotFoundError
from executrek.models.records.schedule import compare, quality, queries
from executrek.models.records.schedule.forecast import schedule_forecast
from executrek.models.services import projects


def request(
    ws: Workspace, out: Path, kind: ReportKind = ReportKind.SCHEDULE, **extra: object
) -> ReportRequest:
    return ReportRequest(kind, ws.project_id(), out, TODAY, "Zoë Ødegård", draft=True, **extra)  # type: ignore[arg-type]


def update_data(
    ws: Workspace, number: int | None = None
) -> tuple[queries.UpdateData, queries.UpdateData | None, queries.UpdateData | None]:
    with ws.store.sql() as con:
        rows = queries.updates_in(con, ws.project_id())
        update = queries.pick(rows, number)
        prev, base = queries.previous_of(rows, update), queries.baseline_of(rows, update)
        return (
            queries.update_data_in(con, update),
            queries.update_data_in(con, prev) if prev else None,
            queries.update_data_in(con, base) if base and base.id != update.id else None,
        )


def test_the_report_prints_the_cores_forecast_check_and_changes(
    ws: Workspace, tmp_path: Path
) -> None:
    out = tmp_path / "schedule.pdf"
    built = issue_report(ws.env, request(ws, out))
    pages = texts(out)
    whole = " ".join(pages)
    data, prev, base = update_data(ws)
    assert prev is not None and base is not None
    assert built.pages == len(pages) >= 2
    assert f"Programme review {data.update.number}" in pages[0]

    # the forecast: the core's dates, and the status report's very sentence and rating
    f = schedule_forecast(ws.store, ws.project_id())
    assert f is not None
    printed = completion(pages[0])
    assert (printed.expected, printed.contract) == (f.forecast_finish, f.contract_finish)
    assert printed.variance == f.variance_days
    assert printed.granted_days == f.position.granted_days > 0
    issue_report(ws.env, request(ws, tmp_path / "status.pdf", ReportKind.STATUS))
    status_first = texts(tmp_path / "status.pdf")[0]
    assert completion(status_first) == printed
    assert slip_sentence(status_first) == slip_sentence(pages[0])

    # milestones: baseline, previous, forecast, contractual and the movement since
    report = gather(ws.env, request(ws, out))
    before = prev.by_code()
    for m in report.milestones:
        assert m.name in whole
        now = m.actual or m.forecast
        then = before[m.code].actual_finish or before[m.code].finish
        assert m.movement == (now - then).days  # type: ignore[operator]
        assert m.baseline == base.by_code()[m.code].finish
    completion_line = report.milestones[-1]
    assert completion_line.contractual == f.contract_finish
    assert completion_line.variance == f.variance_days

    # the quality check: the core's counts, each point by its title, offenders listed
    check = quality.check(data, base)
    assert f"{check.passed} checks passed, {check.failed} failed." in whole
    for p in check.points:
        assert p.title.split(" (")[0] in whole
    for p in check.points:
        if p.passed is False:
            assert all(o.code in whole for o in p.offenders[:12])

    # the critical path and the changes since the previous update
    critical = [a for a in data.activities if a.critical and a.is_work and not a.complete]
    assert critical and all(a.code in whole for a in critical)
    changes = compare.compare(prev, data)
    assert f"{data.update.number} against {prev.update.number}." in whole
    counts = {s.key: s.total for s in report.changes}
    assert counts["slipped"] == len(changes.slipped)
    assert counts["durations_changed"] == len(changes.durations_changed)
    assert "Progress: planned against actual" in whole

    # page 1 renders (pypdfium2) and is not blank
    pdf = pdfium.PdfDocument(str(out))
    image = pdf[0].render(scale=1).to_pil().convert("L")
    pdf.close()
    assert image.getextrema()[0] < 100  # dark text and headings on the page


def test_the_s_curve_follows_the_updates(ws: Workspace, tmp_path: Path) -> None:
    report = gather(ws.env, request(ws, tmp_path / "x.pdf"))
    planned, actual = report.planned, report.actual
    assert planned[0].percent < Decimal(10) and planned[-1].percent == Decimal(100)
    assert [p.percent for p in planned] == sorted(p.percent for p in planned)
    with ws.store.sql() as con:
        rows = [u for u in queries.updates_in(con, ws.project_id()) if u.status != "rejected"]
        expected = [(u.data_date, actual_percent(queries.activities_in(con, u.id))) for u in rows]
    assert [(p.day, p.percent) for p in actual] == expected
    assert actual[-1].percent > actual[0].percent
    # the same computation over made-up activities: half the work done is 50 %
    data, _prev, _base = update_data(ws)
    half = [
        dataclasses.replace(a, pct_duration=Decimal(50)) for a in data.activities if not a.complete
    ]
    assert actual_percent(half) == Decimal("50.0")
    plan, _ = s_curve(data.activities, [])
    assert plan and plan[-1].percent == Decimal(100)


def test_an_earlier_update_and_refusals(ws: Workspace, tmp_path: Path) -> None:
    out = tmp_path / "su2.pdf"
    issue_report(ws.env, request(ws, out, number=2))
    first = texts(out)[0]
    assert "Programme review SU-002" in first
    assert "This report reviews SU-002; the forecast, the contractual dates and the rating" in first
    with pytest.raises(NotFoundError, match="no schedule update 99"):
        issue_report(ws.env, request(ws, tmp_path / "none.pdf", number=99))
    empty = projects.create_project(
        ws.store, projects.NewProject(code="NOPROG", name="No programme", owner_name="Owner")
    ).value
    with pytest.raises(NotFoundError, match="no schedule update yet"):
        issue_report(
            ws.env,
            ReportRequest(
                ReportKind.SCHEDULE, empty.id, tmp_path / "e.pdf", TODAY, "Me", draft=True
            ),
        )


@pytest.fixture
def data_dir(demo_template: Path, tmp_path: Path) -> Iterator[Path]:
    target = tmp_path / "data"
    shutil.copytree(demo_template, target)
    yield target
    shutdown()


def test_the_command(data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "schedule.pdf"
    args = ["report", "schedule", "--project", "HOSP-EW", "--update", "3", "-o", str(out)]
    assert main([*args, "--data-dir", str(data_dir)]) == 0
    said = capsys.readouterr().out
    assert "HOSP-EW-SCHED-001" in said
    assert "Programme review SU-003" in texts(out)[0]
    again = tmp_path / "again.pdf"
    regenerate = ["report", "regenerate", "--number", "HOSP-EW-SCHED-001", "-o", str(again)]
    assert main([*regenerate, "--data-dir", str(data_dir)]) == 0
    assert again.read_bytes() == out.read_bytes()
    wrong = ["report", "status", "--project", "HOSP-EW", "--update", "3", "-o", str(out)]
    assert main([*wrong, "--data-dir", str(data_dir)]) == 2
    assert "--update is for the schedule report" in capsys.readouterr().err
    missing = ["report", "schedule", "--project", "HOSP-EW", "--update", "42", "-o", str(out)]
    assert main([*missing, "--data-dir", str(data_dir)]) == 1
    err = capsys.readouterr().err
    assert "There is no schedule update 42." in err and err.count("\n") == 1
