"""The Reports screen: builds off the GUI thread, logs the issued report, cancels
cleanly and regenerates identical PDFs."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from executrek.app import demo
from executrek.app.context import AppContext, open_context, prepare
from executrek.app.logging_setup import shutdown
from executrek.app.report_kinds.common import ReportKind
from executrek.ui.launch import build_window, ensure_identity
from executrek.ui.main_window import MainWindow
from executrek.ui.pages.reports_page import ReportsPage
from executrek.ui.tasks import TaskHandle


@pytest.fixture
def ctx(tmp_path: Path) -> Iterator[AppContext]:
    app_paths, recent = prepare(tmp_path / "data")
    context = open_context(app_paths, recent)
    ensure_identity(context)
    demo.build(context.store)
    yield context
    context.close()
    shutdown()


@pytest.fixture
def window(qtbot: QtBot, ctx: AppContext) -> Iterator[MainWindow]:
    win = build_window(ctx)
    qtbot.addWidget(win)
    yield win
    win.runner.shutdown()


def page_of(qtbot: QtBot, window: MainWindow) -> ReportsPage:
    page = window.page_widgets["reports"]
    assert isinstance(page, ReportsPage)
    page.open_when_done = False
    qtbot.waitUntil(lambda: page.project_box.count() == 3, timeout=10_000)
    return page


def choose(page: ReportsPage, kind: ReportKind, output: Path) -> None:
    page.kind_box.setCurrentIndex(page.kind_box.findData(kind.value))
    page.output_edit.setText(str(output))


def test_status_report_is_issued_listed_and_regenerated(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    page = page_of(qtbot, window)
    out = tmp_path / "out" / "status.pdf"
    choose(page, ReportKind.STATUS, out)
    progress: list[int] = []
    page.progress.valueChanged.connect(progress.append)
    with qtbot.waitSignal(page.report_written, timeout=60_000) as written:
        page.build_button.click()
        assert not page.build_button.isEnabled() and page.cancel_button.isEnabled()
    assert written.args == [str(out)]
    assert out.is_file() and out.read_bytes().startswith(b"%PDF")
    assert "-STATUS-001" in page.message.text()
    assert progress and progress[-1] == 100
    assert page.build_button.isEnabled() and not page.cancel_button.isEnabled()
    qtbot.waitUntil(lambda: page.issued_model.rowCount() == 1, timeout=10_000)
    ModelTester(None).check(page.issued_model)
    page.issued_table.selectRow(0)
    again = tmp_path / "again.pdf"
    with qtbot.waitSignal(page.report_written, timeout=60_000):
        page.regenerate_selected(str(again))
    assert "identical" in page.message.text()
    assert again.read_bytes() == out.read_bytes()


def test_cancel_leaves_no_file_and_logs_nothing(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    page = page_of(qtbot, window)
    out = tmp_path / "punch.pdf"
    choose(page, ReportKind.PUNCH, out)
    gate = threading.Event()

    def hold(_h: TaskHandle) -> None:
        gate.wait(30)

    window.runner.submit(hold)  # keeps the single db worker busy until cancelled
    page.build_button.click()
    page.cancel_button.click()
    assert page.message.text() == "Cancelling…"
    gate.set()
    qtbot.waitUntil(lambda: page.build_button.isEnabled(), timeout=60_000)
    assert "Cancelled" in page.message.text()
    assert not out.exists()
    page.refresh_issued()
    qtbot.wait(200)
    assert page.issued_model.rowCount() == 0


def test_bad_input_is_a_message_not_a_build(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    page = page_of(qtbot, window)
    choose(page, ReportKind.PUNCH, tmp_path / "p.pdf")
    page.output_edit.setText("")
    page.build_button.click()
    assert page.message.text() == "Choose where to save the PDF."
    choose(page, ReportKind.PUNCH, tmp_path / "p.pdf")
    page.contractor_edit.setText("Nobody Ltd")
    page.build_button.click()
    qtbot.waitUntil(lambda: page.build_button.isEnabled(), timeout=30_000)
    assert "Nobody Ltd" in page.message.text()
    assert not (tmp_path / "p.pdf").exists()


def test_kind_switches_the_filters(qtbot: QtBot, window: MainWindow) -> None:
    page = page_of(qtbot, window)
    page.kind_box.setCurrentIndex(page.kind_box.findData(ReportKind.PORTFOLIO.value))
    assert not page.project_box.isEnabled() and not page.status_box.isEnabled()
    assert "PORTFOLIO-" in page.output_edit.text()
    page.kind_box.setCurrentIndex(page.kind_box.findData(ReportKind.PUNCH.value))
    assert page.group_box.isEnabled() and page.trade_edit.isEnabled()
    assert page.status_box.count() == 7
    page.kind_box.setCurrentIndex(page.kind_box.findData(ReportKind.INSPECTION.value))
    assert page.inspection_box.isEnabled() and not page.group_box.isEnabled()


def test_plans_option_is_for_punch_and_issue_reports(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    page = page_of(qtbot, window)
    page.plans_check.setChecked(True)
    for kind, offered in ((ReportKind.PUNCH, True), (ReportKind.ISSUES, True)):
        choose(page, kind, tmp_path / "r.pdf")
        assert page.plans_check.isEnabled() is offered
        request = page.request()
        assert not isinstance(request, str) and request.plans is offered
    choose(page, ReportKind.STATUS, tmp_path / "s.pdf")
    request = page.request()
    assert not page.plans_check.isEnabled()
    assert not isinstance(request, str) and not request.plans
