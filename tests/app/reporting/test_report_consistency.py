"""Every report kind of several demo portfolios, read back from the PDFs: each figure
printed more than once agrees with its other occurrences and with the service layer
(health, dashboard), and no summary sentence contradicts the ratings on its page.

Three seeds of the small demo (about 5 s each to build). The large demo (100,000 punch
items, about 40 s to build) is left to ``python -m bench reports``, which times the
status report of the same figure functions over a large project."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from report_checks import (
    check_inspection,
    check_issue_report,
    check_portfolio,
    check_punch_report,
    check_rollup,
    check_status_report,
)
from reporting_fixtures import TODAY, texts

from executrek.app import demo
from executrek.app.paths import resolve
from executrek.app.report_kinds.common import ReportEnv, ReportKind, ReportRequest
from executrek.app.report_kinds.issuing import issue_report
from executrek.app.settings import Branding, Thresholds
from executrek.models import clock
from executrek.models.migrate import open_store
from executrek.models.records.inspection import report as inspection_report
from executrek.models.services import dashboard, health, projects
from executrek.models.store import Store

SEEDS = (1, 2, 3)
CODES = ("HOSP-EW", "SCH-LHS", "OFC-HP")


@dataclass
class Portfolio:
    store: Store
    env: ReportEnv
    out: Path

    def report(self, kind: ReportKind, code: str | None, number: int | None = None) -> list[str]:
        pid = projects.find_project(self.store, code).id if code else None
        path = self.out / f"{kind.value}-{code}-{number}.pdf"
        issue_report(
            self.env,
            ReportRequest(kind, pid, path, TODAY, "Zoë Ødegård", number=number, draft=True),
        )
        return texts(path)


@pytest.fixture(scope="module", params=SEEDS, ids=[f"seed{s}" for s in SEEDS])
def portfolio(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Portfolio]:
    root = tmp_path_factory.mktemp(f"seed-{request.param}")
    paths = resolve(root / "data").ensure()
    store = open_store(paths.data)
    projects.ensure_user(store, "rep", "Zoë Ødegård")
    with clock.pinned(TODAY):
        demo.build(store, seed=request.param)
    env = ReportEnv(store, paths, Branding(pmo_name="Northgate PMO"), Thresholds())
    yield Portfolio(store, env, root)
    store.close()


@pytest.mark.parametrize("code", CODES)
def test_status_and_punch_reports_agree_with_the_services(portfolio: Portfolio, code: str) -> None:
    pid = projects.find_project(portfolio.store, code).id
    h = health.project_health(portfolio.store, pid, TODAY)
    d = dashboard.dashboard(portfolio.store, pid, TODAY)
    status = portfolio.report(ReportKind.STATUS, code)
    assert len(status) <= 4
    check_status_report(status, h, d, portfolio.env.thresholds)
    check_punch_report(portfolio.report(ReportKind.PUNCH, code), h, d)


def test_portfolio_change_order_issue_and_inspection_reports(portfolio: Portfolio) -> None:
    rows = health.portfolio(portfolio.store, TODAY)
    check_portfolio(portfolio.report(ReportKind.PORTFOLIO, None), rows, portfolio.env.thresholds)
    code = "HOSP-EW"
    pid = projects.find_project(portfolio.store, code).id
    h = next(r for r in rows if r.code == code)
    assert h == health.project_health(portfolio.store, pid, TODAY)  # one function, one value
    check_rollup(" ".join(portfolio.report(ReportKind.CHANGE_ORDERS, code)), h)
    check_issue_report(portfolio.report(ReportKind.ISSUES, code), h)
    checked = 0
    for number, _, when in inspection_report.inspection_numbers(portfolio.store, pid):
        detail = inspection_report.inspection_detail(portfolio.store, pid, number)
        if not detail.lines:
            continue
        pages = portfolio.report(ReportKind.INSPECTION, code, number)
        check_inspection(pages, detail)
        assert when.strftime("%-d %b %Y") in pages[0]  # one date, not "d – d"
        assert f"{when:%-d %b %Y} – " not in pages[0]
        checked += 1
    assert checked
