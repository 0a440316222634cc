"""Finishing an inspection through the widgets: completing raises the failed items (or
leaves a button when the template says so), the signer is the signed-in user and a
missing name is refused in words, a failure banner does not outstay its item, and
numeric answers read "1.5 mm"."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from executrek.app.context import AppContext, open_context, prepare
from executrek.app.logging_setup import shutdown
from executrek.models.records.inspection import queries as inspection_queries
from executrek.models.records.inspection import service as inspections
from executrek.models.records.inspection.model import (
    InspectionItem,
    InspectionStatus,
    Outcome,
    ResponseType,
)
from executrek.models.records.punch import queries as punch_queries
from executrek.models.services import projects, users
from executrek.ui import main_window
from executrek.ui.inspections.checklist_model import ChecklistModel, Col, Entry, answer_text
from executrek.ui.inspections.checklist_runner import ChecklistRunner
from executrek.ui.inspections.inspections_page import InspectionsPage
from executrek.ui.inspections.inspections_text import number_text
from executrek.ui.launch import build_window, ensure_identity
from executrek.ui.main_window import MainWindow
from executrek.ui.pages import registry

DEFINITION = {
    "sections": [
        {
            "title": "Fire doors",
            "items": [
                {"prompt": "Door closes and latches", "type": "pass_fail_na"},
                {"prompt": "Intumescent seals intact", "type": "pass_fail_na", "weight": 2},
                {
                    "prompt": "Perimeter gap",
                    "type": "number",
                    "target": "3",
                    "tolerance": "1",
                    "unit": "mm",
                },
            ],
        }
    ]
}


@pytest.fixture
def ctx(tmp_path: Path) -> Iterator[AppContext]:
    app_paths, recent = prepare(tmp_path / "data")
    context = open_context(app_paths, recent)
    ensure_identity(context)
    project = projects.create_project(
        context.store,
        projects.NewProject(
            code="HOSP",
            name="Hospital East Wing",
            owner_name="County Health Trust",
            contract_value=Decimal("1000000"),
        ),
    ).value
    context.settings.last_project = project.id
    yield context
    context.close()
    shutdown()


@pytest.fixture
def window(qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch) -> Iterator[MainWindow]:
    only = [spec for spec in registry.PAGES if spec.key == "inspections"]
    monkeypatch.setattr(main_window, "PAGES", only)
    win = build_window(ctx)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    win.activateWindow()
    # The runner's keys are shortcuts: they need the window active. Polled, not
    # qtbot.waitActive, which blocks while a worker waits for the interpreter.
    qtbot.waitUntil(win.isActiveWindow)
    yield win
    win.runner.shutdown()


def template(ctx: AppContext, *, raise_on_complete: bool | None = None) -> str:
    definition: dict[str, object] = dict(DEFINITION)
    if raise_on_complete is not None:
        definition["raise_on_complete"] = raise_on_complete
    return inspections.create_template(ctx.store, name="Fire doors", definition=definition).value.id


def start(ctx: AppContext, template_id: str) -> str:
    project_id = ctx.settings.last_project
    assert project_id
    return inspections.start_inspection(
        ctx.store, project_id, template_id, inspection_date=dt.date.today()
    ).value.id


def open_runner(qtbot: QtBot, window: MainWindow, inspection_id: str) -> ChecklistRunner:
    page = window.page_widgets["inspections"]
    assert isinstance(page, InspectionsPage)
    window.nav.setCurrentRow(0)
    # the project is chosen once the project box is filled; choosing it shows the list
    qtbot.waitUntil(lambda: page.project_id is not None and not window.runner.busy())
    with qtbot.waitSignal(page.runner.loaded, timeout=10_000):
        page.open_inspection(inspection_id)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    return page.runner


def key(qtbot: QtBot, k: Qt.Key, mod: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    focus = QApplication.focusWidget()
    assert focus is not None
    qtbot.keyClick(focus, k, mod)


def answer_with_a_failure(qtbot: QtBot, runner: ChecklistRunner) -> None:
    """Pass, fail with a note (Enter), then 3.5 mm (within 3 ± 1)."""
    key(qtbot, Qt.Key.Key_P)
    key(qtbot, Qt.Key.Key_F)
    qtbot.keyClicks(runner.card.note_edit, "Seal missing at head")
    key(qtbot, Qt.Key.Key_Return)
    qtbot.keyClicks(runner.card.value_edit, "3.5")
    key(qtbot, Qt.Key.Key_Return)
    if runner.busy():
        qtbot.waitSignal(runner.idle, timeout=10_000).wait()


def sign_on_pad(qtbot: QtBot, runner: ChecklistRunner) -> None:
    pad = runner.finish.pad
    qtbot.mousePress(pad, Qt.MouseButton.LeftButton, pos=QPoint(20, 40))
    qtbot.mouseMove(pad, QPoint(120, 80))
    qtbot.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=QPoint(200, 60))


def test_completing_raises_the_failed_item_titled_by_its_note(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    runner = open_runner(qtbot, window, start(ctx, template(ctx)))
    answer_with_a_failure(qtbot, runner)
    with qtbot.waitSignal(runner.loaded, timeout=10_000):
        key(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    assert runner.header is not None and runner.header.status is InspectionStatus.COMPLETED
    raised = inspection_queries.raised_from(ctx.store, runner.header.id)
    assert [(r.record_type, r.title) for r in raised] == [("punch_item", "Seal missing at head")]
    detail = punch_queries.punch_detail(ctx.store, raised[0].record_id)
    assert detail.description is not None
    assert "Fire doors: Intumescent seals intact" in detail.description  # the requirement
    assert detail.due_date == dt.date.today() + dt.timedelta(days=14)
    finish = runner.finish
    summary = finish.raised_label.text()
    assert f"Raised on completion, due {detail.due_date.isoformat()}" in summary
    assert f"{raised[0].number} — Seal missing at head" in summary
    assert finish.raise_row.isHidden()  # no button to remember


def test_a_template_without_the_option_keeps_the_raise_button(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    runner = open_runner(qtbot, window, start(ctx, template(ctx, raise_on_complete=False)))
    assert not runner.finish.raise_row.isHidden()
    answer_with_a_failure(qtbot, runner)
    with qtbot.waitSignal(runner.loaded, timeout=10_000):
        key(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert runner.header is not None
    assert inspection_queries.raised_from(ctx.store, runner.header.id) == []
    finish = runner.finish
    assert finish.raise_row.isVisible() and finish.raise_button.isEnabled()
    with qtbot.waitSignal(finish.raised, timeout=10_000) as got:
        qtbot.mouseClick(finish.raise_button, Qt.MouseButton.LeftButton)
    assert [r.title for r in got.args[0]] == ["Seal missing at head"]
    assert "Created 1 punch item(s): PI-" in finish.raised_label.text()


def test_signer_comes_from_the_identity_and_a_missing_name_is_refused_in_words(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    me = users.current_identity(ctx.store)
    assert me is not None
    users.update_identity(
        ctx.store, me.user_id, display_name="Zoë Ødegård", email="", title="Project manager"
    )
    runner = open_runner(qtbot, window, start(ctx, template(ctx)))
    answer_with_a_failure(qtbot, runner)
    with qtbot.waitSignal(runner.loaded, timeout=10_000):
        key(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    finish = runner.finish
    assert finish.signer_name.text() == "Zoë Ødegård"
    assert finish.signer_role.text() == "Project manager"

    finish.signer_name.clear()
    sign_on_pad(qtbot, runner)
    qtbot.mouseClick(finish.sign_button, Qt.MouseButton.LeftButton)
    assert finish.sign_message.isVisible()
    message = finish.sign_message.text()
    assert message == "Type the name of the person signing, then sign again."
    assert "signer_name" not in message
    assert QApplication.focusWidget() is finish.signer_name
    assert runner.header is not None
    assert inspection_queries.header(ctx.store, runner.header.id).signatures == ()

    finish.signer_name.insert("Zoë Ødegård")  # QTest types ASCII only
    with qtbot.waitSignal(finish.signed, timeout=10_000):
        qtbot.mouseClick(finish.sign_button, Qt.MouseButton.LeftButton)
    assert finish.sign_message.isHidden()
    assert "Signed by Zoë Ødegård (Project manager)" in finish.signatures_label.text()


def test_a_failure_banner_goes_when_the_next_item_shows(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    runner = open_runner(qtbot, window, start(ctx, template(ctx)))
    key(qtbot, Qt.Key.Key_P)
    key(qtbot, Qt.Key.Key_F)
    assert runner.banner.isVisible() and runner.banner.text().startswith("Failed:")
    key(qtbot, Qt.Key.Key_Return)  # on to the next item
    assert runner.current_row() == 2
    assert runner.banner.isHidden()
    # a refused answer is about its item too
    qtbot.keyClicks(runner.card.value_edit, "abc")
    key(qtbot, Qt.Key.Key_Return)
    assert runner.banner.isVisible() and "item 3" in runner.banner.text()
    runner.previous_item()
    assert runner.banner.isHidden()
    if runner.busy():
        qtbot.waitSignal(runner.idle, timeout=10_000).wait()


def test_numeric_answers_read_without_trailing_zeros(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    iid = start(ctx, template(ctx))
    items = [it.id for it, _ in inspections.items_of(ctx.store, iid)]
    inspections.respond(ctx.store, items[2], "1.50000")  # as the demo stores it
    runner = open_runner(qtbot, window, iid)
    assert runner.model.index(2, Col.ANSWER).data() == "1.5 mm (fail)"
    runner.select_row(2)
    assert runner.card.value_edit.text() == "1.5"
    key(qtbot, Qt.Key.Key_Return)  # the answer shown is the one stored: nothing to save
    assert not runner.busy()
    assert inspections.items_of(ctx.store, iid)[2][1].value == "1.50000"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("stored", "shown"),
    [
        ("1.50000", "1.5"),
        ("30.0000", "30"),
        ("100", "100"),
        ("0.000", "0"),
        ("2,50", "2.5"),
        ("-0.25000", "-0.25"),
        ("n/a", "n/a"),
        ("", ""),
    ],
)
def test_number_text(stored: str, shown: str) -> None:
    assert number_text(stored) == shown


def test_checklist_model_shows_the_unit_after_the_plain_number(qapp: QApplication) -> None:
    item = InspectionItem(
        position=1,
        section="S",
        prompt="Gap",
        response_type=ResponseType.NUMBER,
        unit="mm",
        target=Decimal("3"),
        tolerance=Decimal("1"),
        weight=Decimal(1),
    )
    entry = Entry(item=item, value="3.50000", outcome=Outcome.PASS, note="", photos=0)
    assert answer_text(entry) == "3.5 mm"
    model = ChecklistModel()
    model.set_rows([entry])
    assert model.index(0, Col.ANSWER).data() == "3.5 mm"
