"""The Import / export screen: preview with a reason per refused row, change a column
mapping, import off the GUI thread with a summary, export."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from executrek.app.context import AppContext, open_context, prepare
from executrek.app.interop.bcf import read_bcf
from executrek.app.interop.punch_fields import PunchField
from executrek.app.logging_setup import shutdown
from executrek.models.records.punch import exchange as punch_exchange
from executrek.models.services import projects
from executrek.ui import main_window
from executrek.ui.launch import build_window, ensure_identity
from executrek.ui.main_window import MainWindow
from executrek.ui.pages import registry
from executrek.ui.pages.exchange_page import ExchangePage

CSV = (
    "Item,Notes,Where,Due\n"
    "Cracked tile,Lobby floor,Block A > Level 1 > Lobby,2026-12-01\n"
    ",no title here,Block A,2026-12-02\n"
    "Loose rail,Stair handrail,Block A > Level 2,not a date\n"
)


@pytest.fixture
def ctx(tmp_path: Path) -> Iterator[AppContext]:
    app_paths, recent = prepare(tmp_path / "data")
    context = open_context(app_paths, recent)
    ensure_identity(context)
    projects.create_project(
        context.store, projects.NewProject(code="P1", name="Project one", owner_name="Owner")
    )
    yield context
    context.close()
    shutdown()


@pytest.fixture
def window(qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch) -> Iterator[MainWindow]:
    # only this screen: the test does not depend on the other pages
    only = [spec for spec in registry.PAGES if spec.key == "exchange"]
    monkeypatch.setattr(main_window, "PAGES", only)
    win = build_window(ctx)
    qtbot.addWidget(win)
    qtbot.waitUntil(lambda: win.current_project_id is not None)
    yield win
    win.runner.shutdown()


def page(window: MainWindow) -> ExchangePage:
    widget = window.page_widgets["exchange"]
    assert isinstance(widget, ExchangePage)
    return widget


def test_preview_remap_import_and_summary(
    qtbot: QtBot, qtmodeltester: ModelTester, window: MainWindow, ctx: AppContext, tmp_path: Path
) -> None:
    src = tmp_path / "list.csv"
    src.write_text(CSV, encoding="utf-8")
    p = page(window)
    p.controller.load_file(src)
    qtbot.waitUntil(lambda: p.model.rowCount() == 3, timeout=10_000)
    qtmodeltester.check(p.model)
    assert p.model.message(0) == ""
    assert p.model.message(1) == "row 3: title is empty"
    assert "is not a date" in p.model.message(2)
    assert p.import_button.isEnabled()
    # "Notes" was guessed as the description; move it to the title instead of "Item"
    assert p.field_boxes[PunchField.DESCRIPTION].currentText() == "Notes"
    p.set_column(PunchField.TITLE, 1)
    qtbot.waitUntil(
        lambda: p.controller.grid is not None and p.model.message(1) == "", timeout=10_000
    )
    assert p.field_boxes[PunchField.DESCRIPTION].currentData() == -1  # Notes moved away
    p.set_column(PunchField.DUE_DATE, None)  # leave the broken dates out
    qtbot.waitUntil(
        lambda: (
            p.controller.grid is not None
            and p.controller.grid.refused == 0
            and p.model.rowCount() == 3
        ),
        timeout=10_000,
    )
    with qtbot.waitSignal(window.changed, timeout=20_000):
        p.controller.start_import()
        assert p.cancel_button.isEnabled()
    assert "3 created, 0 updated, 0 unchanged, 0 rejected" in p.result_label.text()
    assert (p.progress.maximum(), p.progress.value()) == (3, 3)
    assert not p.cancel_button.isEnabled()
    project_id = window.current_project_id
    assert project_id is not None
    titles = sorted(r.title for r in punch_exchange.punch_items_for_export(ctx.store, project_id))
    assert titles == ["Lobby floor", "Stair handrail", "no title here"]
    saved = json.loads((ctx.paths.data / "import_mappings.json").read_text(encoding="utf-8"))
    (mapping,) = saved.values()
    assert mapping["columns"]["title"] == ["Notes"]
    # the same columns next time: the remembered mapping is applied
    p.controller.load_file(src)
    qtbot.waitUntil(lambda: p.controller.grid is not None, timeout=10_000)
    assert p.field_boxes[PunchField.TITLE].currentText() == "Notes"
    assert p.field_boxes[PunchField.DUE_DATE].currentData() == -1


def test_bcf_import_then_export(
    qtbot: QtBot, window: MainWindow, ctx: AppContext, tmp_path: Path, shared_testdata: Path
) -> None:
    case = next(
        (shared_testdata / "interop" / "bcf_buildingsmart_test_cases" / "v3.0").rglob("*.bcf")
    )
    p = page(window)
    p.kind_box.setCurrentIndex(p.kind_box.findData("bcf"))
    assert not p.mapping_scroll.isVisibleTo(p)
    p.controller.load_file(case)
    topics = read_bcf(case).topics
    qtbot.waitUntil(lambda: p.model.rowCount() == len(topics), timeout=10_000)
    with qtbot.waitSignal(window.changed, timeout=20_000):
        p.controller.start_import()
    assert f"{len(topics)} created" in p.result_label.text()
    out = tmp_path / "out.bcf"
    p.controller.export_to(out, "bcf", "bcf21")
    qtbot.waitUntil(lambda: "written" in p.export_label.text(), timeout=20_000)
    assert {t.guid for t in read_bcf(out).topics} == {t.guid for t in topics}


def test_a_file_that_cannot_be_read_says_why(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    src = tmp_path / "broken.bcf"
    src.write_bytes(b"not a zip")
    p = page(window)
    p.kind_box.setCurrentIndex(p.kind_box.findData("bcf"))
    p.controller.load_file(src)
    qtbot.waitUntil(lambda: "not a BCF file" in p.summary.text(), timeout=10_000)
    assert not p.import_button.isEnabled()
    assert p.model.rowCount() == 0


def test_cancel_leaves_nothing_imported(
    qtbot: QtBot, window: MainWindow, ctx: AppContext, tmp_path: Path
) -> None:
    src = tmp_path / "list.csv"
    src.write_text("Title,Location\n" + "".join(f"Item {n},Zone {n}\n" for n in range(50)))
    p = page(window)
    p.controller.load_file(src)
    qtbot.waitUntil(
        lambda: p.controller.grid is not None and p.controller.grid.total == 50, timeout=10_000
    )
    gate = threading.Event()
    window.runner.submit(lambda _h: gate.wait(10), pool="db")  # the db thread is busy
    p.controller.start_import()
    p.controller.cancel()
    gate.set()
    qtbot.waitUntil(lambda: not p.cancel_button.isEnabled(), timeout=10_000)
    assert p.result_label.text() == "Import cancelled; nothing was imported."
    project_id = window.current_project_id
    assert project_id is not None
    assert punch_exchange.punch_items_for_export(ctx.store, project_id) == []
    assert projects.locations(ctx.store, project_id) == []
    assert p.import_button.isEnabled()


def test_unknown_status_words_can_be_mapped(
    qtbot: QtBot, window: MainWindow, ctx: AppContext, tmp_path: Path
) -> None:
    src = tmp_path / "words.csv"
    src.write_text("Title,Status,Priority\nA,In limbo,Meh\nB,Open,High\n", encoding="utf-8")
    p = page(window)
    p.controller.load_file(src)
    qtbot.waitUntil(
        lambda: p.controller.grid is not None and p.controller.grid.refused == 1, timeout=10_000
    )
    assert "status 'In limbo' is not known" in p.model.message(0)
    assert set(p.value_boxes) == {("status", "In limbo"), ("priority", "Meh")}
    p.map_value("status", "In limbo", "ready_for_review")
    qtbot.waitUntil(
        lambda: p.controller.grid is not None and "priority 'Meh'" in p.model.message(0)
    )
    p.map_value("priority", "Meh", "low")
    qtbot.waitUntil(
        lambda: p.controller.grid is not None and p.controller.grid.refused == 0, timeout=10_000
    )
    with qtbot.waitSignal(window.changed, timeout=20_000):
        p.controller.start_import()
    project_id = window.current_project_id
    assert project_id is not None
    got = {
        r.title: (r.status.value, r.priority.value)
        for r in punch_exchange.punch_items_for_export(ctx.store, project_id)
    }
    assert got == {"A": ("ready_for_review", "low"), "B": ("open", "high")}
    saved = json.loads((ctx.paths.data / "import_mappings.json").read_text(encoding="utf-8"))
    (mapping,) = saved.values()
    assert mapping["status_values"] == {"in limbo": "ready_for_review"}
    assert mapping["priority_values"] == {"meh": "low"}
