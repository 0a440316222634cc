"""One source per figure: the punch and schedule figures are summed once (``health``),
and the status report, the punch report and the dashboard print those sums. The two
disagreements of the issue are pinned here: void items counted as closed in the
contractor table (185 against the chart's 182), and "handover on time" next to a
schedule rated at risk, with the approved change-order days ignored."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from figure_reading import completion, ratings, slip_sentence
from report_checks import check_punch_report, check_status_report
from reporting_fixtures import TODAY, Workspace, texts

from executrek.app.report_kinds.common import ReportImages, ReportKind, ReportRequest
from executrek.app.report_kinds.issuing import issue_report
from executrek.app.settings import Thresholds
from executrek.models.services import dashboard, health, projects
from executrek.models.services.health import PunchGroup, punch_counts_of, schedule_position


def _issue(ws: Workspace, kind: ReportKind, out: Path) -> list[str]:
    issue_report(
        ws.env,
        ReportRequest(kind, ws.project_id(), out, TODAY, "Zoë Ødegård", draft=True),
    )
    return texts(out)


def test_void_items_are_not_counted_as_closed() -> None:
    counts = punch_counts_of(
        [
            PunchGroup("Delta", "closed", 182, 0),
            PunchGroup("Delta", "void", 3, 0),
            PunchGroup("Delta", "open", 10, 4),
            PunchGroup("Delta", "ready_for_review", 5, 1),
            PunchGroup(None, "open", 2, 2),
            PunchGroup("Delta", "closed", 0, 7),  # overdue of closed items never counts
        ]
    )
    delta, unassigned = counts.contractors()
    assert (delta.count("closed"), delta.count("void"), delta.total) == (182, 3, 200)
    assert (delta.outstanding, delta.overdue) == (15, 5)
    assert unassigned.contractor is None and unassigned.outstanding == 2
    total = counts.summed()
    assert total.count("closed") == counts.by_status["closed"] == 182
    assert (total.outstanding, total.overdue, total.total) == (counts.open, counts.overdue, 202)
    assert (counts.open, counts.overdue) == (17, 7)


def test_completion_is_measured_against_the_contractual_date() -> None:
    """14 days approved in change orders move completion; a 21-day slip of an interim
    milestone is the largest slip, so the rating and the sentence name it."""
    d = dt.date
    pos = schedule_position(
        [
            ("MEP rough-in complete", d(2027, 3, 29), d(2027, 4, 19), None),
            ("Owner handover", d(2027, 7, 3), d(2027, 7, 10), None),
            ("Notice to proceed", d(2025, 11, 2), d(2025, 11, 5), d(2025, 11, 5)),
        ],
        approved_days=14,
        pending_days=5,
    )
    assert [m.name for m in pos.milestones][-1] == "Owner handover"
    handover = pos.milestones[-1]
    assert handover.completion and handover.contract_date == d(2027, 7, 17)
    assert handover.variance_days == pos.finish_variance_days == -7  # a week early
    assert (pos.contract_finish, pos.forecast_finish) == (d(2027, 7, 17), d(2027, 7, 10))
    worst = pos.worst
    assert worst is not None and worst.name == "MEP rough-in complete"
    assert (pos.max_slip_days, pos.late) == (21, 2)  # MEP and notice to proceed
    empty = schedule_position([], approved_days=3, baseline_finish=d(2027, 1, 1))
    assert empty.contract_finish == d(2027, 1, 4) and empty.max_slip_days == 0


def test_status_report_figures_agree_with_each_other_and_the_dashboard(
    ws: Workspace, tmp_path: Path
) -> None:
    pid = ws.project_id()
    h = health.project_health(ws.store, pid, TODAY)
    d = dashboard.dashboard(ws.store, pid, TODAY)
    pages = _issue(ws, ReportKind.STATUS, tmp_path / "status.pdf")
    assert len(pages) <= 4  # the demo's status report, headline on page 1
    check_status_report(pages, h, d, Thresholds())
    assert h.punch.by_status.get("void")  # the demo has void items: the case of the issue


def test_schedule_sentence_follows_the_rating_when_days_are_approved(
    ws: Workspace, tmp_path: Path
) -> None:
    """Approved change-order days move the contractual completion; the sentence says
    so, and an amber or red rating is explained by the slip it bands."""
    pid = ws.project_id()
    with ws.store.unit_of_work() as s:  # the hand-typed milestones: set the programme aside
        from executrek.models.records.schedule.model import ScheduleUpdate

        s.query(ScheduleUpdate).filter_by(project_id=pid).update({"status": "rejected"})
    with ws.store.read() as s:
        from sqlalchemy import select

        from executrek.models.project import Milestone

        ids = {
            m.name: m.id for m in s.scalars(select(Milestone).where(Milestone.project_id == pid))
        }
    before = health.project_health(ws.store, pid, TODAY)
    assert before.budget.approved_schedule_days > 0
    last = before.schedule.milestones[-1]
    # completion forecast exactly on its baseline: on time against the baseline,
    # early against the contract; an interim milestone slips into the red band
    projects.set_milestone_dates(ws.store, ids[last.name], forecast=last.baseline_date)
    interim = before.schedule.milestones[-2]
    projects.set_milestone_dates(
        ws.store, ids[interim.name], forecast=interim.baseline_date + dt.timedelta(days=45)
    )
    h = health.project_health(ws.store, pid, TODAY)
    pages = _issue(ws, ReportKind.STATUS, tmp_path / "status.pdf")
    first = pages[0]
    rt = ratings(first)
    assert rt.schedule == "Off track" and rt.slip == 45 and rt.slip_milestone == interim.name
    assert slip_sentence(first) == (interim.name, 45, "Off track")
    comp = completion(first)
    assert comp.variance == -before.budget.approved_schedule_days  # early, not "on time"
    assert comp.contract == last.baseline_date + dt.timedelta(
        days=before.budget.approved_schedule_days
    )
    check_status_report(pages, h, dashboard.dashboard(ws.store, pid, TODAY), Thresholds())


def test_punch_report_headline_agrees_with_the_status_report(ws: Workspace, tmp_path: Path) -> None:
    pid = ws.project_id()
    h = health.project_health(ws.store, pid, TODAY)
    pages = _issue(ws, ReportKind.PUNCH, tmp_path / "punch.pdf")
    check_punch_report(pages, h, dashboard.dashboard(ws.store, pid, TODAY))


def test_dashboard_and_health_read_the_same_groups(ws: Workspace) -> None:
    pid = ws.project_id()
    h = health.project_health(ws.store, pid, TODAY)
    d = dashboard.dashboard(ws.store, pid, TODAY)
    rows = h.punch.contractors()
    assert sorted(d.punch_by_contractor) == sorted(
        (r.contractor or "Unassigned", r.outstanding) for r in rows if r.outstanding
    )
    assert sum(r.total for r in rows) == h.punch_total
    assert health.punch_counts(ws.store, pid, TODAY) == h.punch
    assert (h.max_slip_days, h.milestones_late) == (h.schedule.max_slip_days, h.schedule.late)


def test_a_snapshot_from_before_the_milestone_ratings_still_builds(
    ws: Workspace, tmp_path: Path
) -> None:
    """Issued status reports keep their data; one issued before the ratings of the
    milestones were kept decodes with none and prints the milestones "Not rated"."""
    from executrek.app.i18n import translate
    from executrek.app.pdf import build_pdf
    from executrek.app.report_kinds import status
    from executrek.app.report_kinds.codec import decode, encode
    from executrek.models.services import issued_reports

    request = ReportRequest(
        ReportKind.STATUS, ws.project_id(), tmp_path / "s.pdf", TODAY, "Zoë Ødegård"
    )
    result = issue_report(ws.env, request)
    assert result.issued_id is not None
    snapshot = issued_reports.issued_report(ws.store, result.issued_id).snapshot
    old = {k: v for k, v in snapshot["data"].items() if k != "milestone_ratings"}
    data = decode(status.StatusReportData, old)
    assert data.milestone_ratings == () and encode(data)["punch"] == snapshot["data"]["punch"]
    meta = decode(status.r.ReportMeta, snapshot["meta"])
    branding = decode(status.r.Branding, snapshot["branding"])
    out = tmp_path / "old.pdf"
    images = ReportImages(lambda ref: tmp_path)
    build_pdf(out, meta, branding, status.story(data, images), translate=translate)
    text = " ".join(texts(out))
    assert "Not rated" in text and "Largest slip" in text
