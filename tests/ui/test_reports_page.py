"""The Reports screen: builds off the GUI thread, logs the issued report (a file named
for its number), cancels cleanly and regenerates identical PDFs; previews a draft's
first pages before a number is used; keeps the status report's commentary as a draft
until it is issued; passes the photos option."""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from gui_fixtures import demo_ctx, gui_ctx
from pypdf import PdfReader
from PySide6.QtWidgets import QLabel
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from executrek.app.context import AppContext
from executrek.app.report_kinds import commentary
from executrek.app.report_kinds.common import PhotoPlacement, ReportKind
from executrek.models.services import issued_reports
from executrek.ui.launch import build_window
from executrek.ui.main_window import MainWindow
from executrek.ui.pages.reports_page import ReportsPage
from executrek.ui.tasks import TaskHandle

__all__ = ["demo_ctx", "gui_ctx"]  # fixtures


@pytest.fixture
def ctx(demo_ctx: AppContext) -> AppContext:
    return demo_ctx  # a copy of the demo portfolio built once per test process


@pytest.fixture
def window(qtbot: QtBot, ctx: AppContext) -> Iterator[MainWindow]:
    win = build_window(ctx)
    qtbot.addWidget(win)
    yield win
    win.runner.shutdown()


def page_of(qtbot: QtBot, window: MainWindow) -> ReportsPage:
    page = window.page_widgets["reports"]
    assert isinstance(page, ReportsPage)
    page.controller.open_when_done = False
    qtbot.waitUntil(lambda: page.project_box.count() == 3, timeout=10_000)
    return page


def choose(page: ReportsPage, kind: ReportKind, folder: Path) -> None:
    page.kind_box.setCurrentIndex(page.kind_box.findData(kind.value))
    page.output_edit.setText(str(folder))


def test_status_report_is_issued_listed_and_regenerated(
    qtbot: QtBot, qtmodeltester: ModelTester, window: MainWindow, tmp_path: Path
) -> None:
    page = page_of(qtbot, window)
    folder = tmp_path / "out"
    out = folder / "HOSP-EW-STATUS-001.pdf"  # named for its number
    choose(page, ReportKind.STATUS, folder)
    progress: list[int] = []
    page.progress.valueChanged.connect(progress.append)
    with qtbot.waitSignal(page.controller.report_written, timeout=60_000) as written:
        page.build_button.click()
        assert not page.build_button.isEnabled() and page.cancel_button.isEnabled()
    assert written.args == [str(out)]
    assert out.is_file() and out.read_bytes().startswith(b"%PDF")
    assert "-STATUS-001" in page.message.text()
    assert progress and progress[-1] == 100
    assert page.build_button.isEnabled() and not page.cancel_button.isEnabled()
    qtbot.waitUntil(lambda: page.issued_model.rowCount() == 1, timeout=10_000)
    qtmodeltester.check(page.issued_model)
    page.issued_table.selectRow(0)
    again = tmp_path / "again.pdf"
    with qtbot.waitSignal(page.controller.report_written, timeout=60_000):
        page.controller.regenerate_selected(str(again))
    assert "identical" in page.message.text()
    assert again.read_bytes() == out.read_bytes()


def test_cancel_leaves_no_file_and_logs_nothing(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    page = page_of(qtbot, window)
    choose(page, ReportKind.PUNCH, tmp_path)
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
    assert not list(tmp_path.glob("*.pdf"))
    with qtbot.waitSignal(page.issued_model.modelReset, timeout=10_000):
        page.controller.refresh_issued()
    assert page.issued_model.rowCount() == 0


def test_bad_input_is_a_message_not_a_build(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    page = page_of(qtbot, window)
    choose(page, ReportKind.PUNCH, tmp_path)
    page.output_edit.setText("")
    page.build_button.click()
    assert page.message.text() == "Choose where to save the PDF."
    page.output_edit.setText(str(tmp_path / "p.pdf"))
    page.build_button.click()
    assert page.message.text() == "Choose a folder: the file is named for the report number."
    choose(page, ReportKind.PUNCH, tmp_path)
    page.contractor_edit.setText("Nobody Ltd")
    page.build_button.click()
    qtbot.waitUntil(lambda: page.build_button.isEnabled(), timeout=30_000)
    assert "Nobody Ltd" in page.message.text()
    assert not list(tmp_path.glob("*.pdf"))


def test_kind_switches_the_filters(qtbot: QtBot, window: MainWindow) -> None:
    page = page_of(qtbot, window)
    page.kind_box.setCurrentIndex(page.kind_box.findData(ReportKind.PORTFOLIO.value))
    assert not page.project_box.isEnabled() and not page.status_box.isEnabled()
    assert not page.photos_box.isEnabled() and not page.commentary_edit.isEnabled()
    assert page.output_edit.text() == str(window.ctx.paths.exports)
    page.kind_box.setCurrentIndex(page.kind_box.findData(ReportKind.PUNCH.value))
    assert page.group_box.isEnabled() and page.trade_edit.isEnabled()
    assert page.status_box.count() == 7
    page.kind_box.setCurrentIndex(page.kind_box.findData(ReportKind.INSPECTION.value))
    assert page.inspection_box.isEnabled() and not page.group_box.isEnabled()
    assert page.photos_box.isEnabled() and not page.commentary_edit.isEnabled()


def test_plans_option_is_for_punch_and_issue_reports(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    page = page_of(qtbot, window)
    page.plans_check.setChecked(True)
    for kind, offered in ((ReportKind.PUNCH, True), (ReportKind.ISSUES, True)):
        choose(page, kind, tmp_path)
        assert page.plans_check.isEnabled() is offered
        request = page.controller.request()
        assert not isinstance(request, str) and request.plans is offered
    choose(page, ReportKind.STATUS, tmp_path)
    request = page.controller.request()
    assert not page.plans_check.isEnabled()
    assert not isinstance(request, str) and not request.plans


def test_preview_shows_the_first_pages_and_uses_no_number(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    page = page_of(qtbot, window)
    choose(page, ReportKind.STATUS, tmp_path)
    with qtbot.waitSignal(page.controller.preview.shown, timeout=60_000) as shown:
        page.preview_button.click()
        assert not page.preview_button.isEnabled() and not page.build_button.isEnabled()
    assert shown.args == [3]
    labels = [page.preview_layout.itemAt(i).widget() for i in range(page.preview_layout.count())]
    pixmaps = [label.pixmap() for label in labels if isinstance(label, QLabel)]
    assert len(pixmaps) == 3 and all(p.height() > p.width() >= 240 for p in pixmaps)
    first = pixmaps[0].toImage()
    # not blank: page 1's title band, in the primary colour, right of the title
    w, h = first.width(), first.height()
    band = [(round(w * x / 100), round(h * 0.125)) for x in range(74, 88, 2)]
    colours = {first.pixelColor(x, y).name() for x, y in band}
    assert colours == {"#1f3a5f"}
    assert re.search(r"first 3 of \d+ pages; no number was used", page.preview_note.text())
    assert page.build_button.isEnabled() and page.preview_button.isEnabled()
    assert not list(tmp_path.glob("*.pdf"))  # nothing written where reports go
    with qtbot.waitSignal(page.issued_model.modelReset, timeout=10_000):
        page.controller.refresh_issued()
    assert page.issued_model.rowCount() == 0  # nothing logged, no number used


def test_commentary_draft_is_kept_until_the_report_is_issued(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    page = page_of(qtbot, window)
    choose(page, ReportKind.STATUS, tmp_path)
    drafts = page.controller.drafts
    pid = page.controller.project_id()
    assert page.commentary_edit.isEnabled()
    text = "Envelope watertight; commissioning agent still to be appointed."
    with qtbot.waitSignal(drafts.saved, timeout=10_000):
        page.commentary_edit.setPlainText(text)
    assert commentary.load_draft(window.ctx.paths.data, pid, "status") == text
    assert page.commentary_count.text() == f"{len(text)} of {commentary.MAX_CHARS} characters"
    # another project has its own draft (none); coming back shows this one again
    page.project_box.setCurrentIndex((page.project_box.currentIndex() + 1) % 3)
    qtbot.waitUntil(lambda: page.commentary_edit.toPlainText() == "", timeout=10_000)
    page.project_box.setCurrentIndex(page.project_box.findData(pid))
    qtbot.waitUntil(lambda: page.commentary_edit.toPlainText() == text, timeout=10_000)
    # issued: the words are in the report and its snapshot; the draft is gone
    with qtbot.waitSignal(drafts.saved, timeout=60_000):
        page.build_button.click()
    assert page.commentary_edit.toPlainText() == ""
    assert commentary.load_draft(window.ctx.paths.data, pid, "status") == ""
    row = issued_reports.last_issued(window.ctx.store, pid, "status")
    assert row is not None and row.snapshot["data"]["commentary"] == text
    first = PdfReader(tmp_path / f"{row.report_number}.pdf").pages[0].extract_text() or ""
    assert text in " ".join(first.split())


def test_commentary_typed_just_before_closing_is_kept(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    page = page_of(qtbot, window)
    choose(page, ReportKind.STATUS, tmp_path)
    window.show()
    window.show_page("reports")
    qtbot.waitExposed(window)
    pid = page.controller.project_id()
    page.commentary_edit.setPlainText("Typed and closed at once.")
    window.close()  # before the save timer fires: the hidden page writes it
    assert commentary.load_draft(window.ctx.paths.data, pid, "status") == (
        "Typed and closed at once."
    )


def test_photos_option_goes_into_the_request(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    page = page_of(qtbot, window)
    choose(page, ReportKind.PUNCH, tmp_path)
    assert page.photos_box.currentData() == "inline"
    page.photos_box.setCurrentIndex(page.photos_box.findData("appendix"))
    request = page.controller.request()
    assert not isinstance(request, str) and request.photos is PhotoPlacement.APPENDIX
    assert request.commentary == ""  # the commentary is the status report's
    choose(page, ReportKind.PORTFOLIO, tmp_path)
    request = page.controller.request()
    assert not isinstance(request, str) and request.photos is PhotoPlacement.INLINE


def test_each_issue_gets_its_own_file(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    page = page_of(qtbot, window)
    choose(page, ReportKind.ISSUES, tmp_path)
    written = []
    for _ in range(2):
        with qtbot.waitSignal(page.controller.report_written, timeout=60_000) as done:
            page.build_button.click()
        written.append(Path(str(done.args[0])).name)
    assert written == ["HOSP-EW-ISSUES-001.pdf", "HOSP-EW-ISSUES-002.pdf"]
    assert sorted(p.name for p in tmp_path.glob("*.pdf")) == written


@pytest.mark.parametrize(
    ("kind", "words"),
    [(ReportKind.DIARY, "Daily field report"), (ReportKind.SCHEDULE, "Programme")],
)
def test_diary_and_schedule_reports_are_offered_on_the_page(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, kind: ReportKind, words: str
) -> None:
    page = page_of(qtbot, window)
    assert page.kind_box.findData(kind.value) >= 0
    choose(page, kind, tmp_path / "out")
    page.draft_check.setChecked(True)
    # The number box picks a schedule update for the programme review, nothing for a diary.
    assert page.inspection_box.isEnabled() is (kind is ReportKind.SCHEDULE)
    if kind is ReportKind.SCHEDULE:
        assert page.number_label.text() == "Schedule update number"
    with qtbot.waitSignal(page.controller.report_written, timeout=60_000) as written:
        page.build_button.click()
    text = " ".join(p.extract_text() for p in PdfReader(written.args[0]).pages[:2])
    assert words in text, text[:300]


@pytest.mark.parametrize(
    ("kind", "number", "words"),
    [
        (ReportKind.COST, 0, "Cost report"),
        (ReportKind.PAYMENT, 2, "Payment certificate PA-002"),
        (ReportKind.PAYMENT, 0, "Payment certificate PA-003 (draft, not certified)"),
    ],
)
def test_cost_report_and_payment_certificate_are_offered(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, kind: ReportKind, number: int, words: str
) -> None:
    page = page_of(qtbot, window)
    assert page.kind_box.findData(kind.value) >= 0
    choose(page, kind, tmp_path / "out")
    page.draft_check.setChecked(True)
    # The number box picks a pay application (PA-N; none: the latest) for the certificate.
    assert page.inspection_box.isEnabled() is (kind is ReportKind.PAYMENT)
    if kind is ReportKind.PAYMENT:
        assert page.number_label.text() == "Pay application"
        assert page.inspection_box.prefix() == "PA-"
        page.inspection_box.setValue(number)
    with qtbot.waitSignal(page.controller.report_written, timeout=60_000) as written:
        page.build_button.click()
    assert words in PdfReader(written.args[0]).pages[0].extract_text().replace("\n", " ")
    choose(page, ReportKind.INSPECTION, tmp_path / "out")
    assert page.inspection_box.prefix() == "" and page.number_label.text() == "Inspection number"
