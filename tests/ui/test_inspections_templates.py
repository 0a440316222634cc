"""The template library and editor, driven through the widgets."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from executrek.app import demo
from executrek.app.context import AppContext, open_context, prepare
from executrek.app.logging_setup import shutdown
from executrek.models.records.inspection import service as inspections
from executrek.models.records.inspection.model import ResponseType
from executrek.models.services import projects
from executrek.ui import main_window
from executrek.ui.inspections.inspections_page import InspectionsPage
from executrek.ui.inspections.template_editor import TemplateEditor
from executrek.ui.inspections.template_library import Col, TemplateLibrary
from executrek.ui.launch import build_window, ensure_identity
from executrek.ui.main_window import MainWindow
from executrek.ui.pages import registry


@pytest.fixture
def ctx(tmp_path: Path) -> Iterator[AppContext]:
    app_paths, recent = prepare(tmp_path / "data")
    context = open_context(app_paths, recent)
    ensure_identity(context)
    projects.create_project(
        context.store,
        projects.NewProject(
            code="SCH",
            name="School modernisation",
            owner_name="Lakeside District",
            contract_value=Decimal("1000000"),
            baseline_start=dt.date(2026, 1, 5),
            baseline_finish=dt.date(2027, 6, 30),
        ),
    )
    for t in demo.load_template_library():
        inspections.create_template(
            context.store,
            name=t["name"],
            category=t["category"],
            pass_mark=t["pass_mark"],
            definition={"sections": t["sections"]},
        )
    yield context
    context.close()
    shutdown()


@pytest.fixture
def window(qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch) -> Iterator[MainWindow]:
    only = [spec for spec in registry.PAGES if spec.key == "inspections"]
    monkeypatch.setattr(main_window, "PAGES", only)
    win = build_window(ctx)
    qtbot.addWidget(win)
    yield win
    win.runner.shutdown()


def library_of(qtbot: QtBot, window: MainWindow) -> TemplateLibrary:
    page = window.page_widgets["inspections"]
    assert isinstance(page, InspectionsPage)
    window.show()
    qtbot.waitExposed(window)
    page.tabs.setCurrentWidget(page.library)
    qtbot.waitUntil(lambda: window.current_project_id is not None)
    assert page.library.project_id == window.current_project_id
    qtbot.waitUntil(lambda: page.library.model.rowCount() == 4)
    return page.library


def open_editor(qtbot: QtBot, library: TemplateLibrary, button: str = "new") -> TemplateEditor:
    with qtbot.waitSignal(library.editor_opened) as opened:
        qtbot.mouseClick(getattr(library, f"{button}_button"), Qt.MouseButton.LeftButton)
    editor = opened.args[0]
    assert isinstance(editor, TemplateEditor)
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    return editor


def test_library_lists_the_pmo_templates(
    qtbot: QtBot, qtmodeltester: ModelTester, window: MainWindow, ctx: AppContext
) -> None:
    library = library_of(qtbot, window)
    qtmodeltester.check(library.model)
    names = [library.model.index(r, Col.NAME).data() for r in range(4)]
    assert "Fire stopping & penetrations" in names
    row = names.index("Fire stopping & penetrations")
    assert library.model.index(row, Col.SCOPE).data() == "PMO library"
    assert library.model.index(row, Col.PASS_MARK).data() == "90%"
    assert library.model.index(row, Col.ITEMS).data() == "6 in 2 section(s)"


def test_template_editor_round_trip(qtbot: QtBot, window: MainWindow, ctx: AppContext) -> None:
    library = library_of(qtbot, window)
    editor = open_editor(qtbot, library)
    qtbot.keyClicks(editor.name_edit, "Ceiling close-in")
    editor.category_edit.clear()
    qtbot.keyClicks(editor.category_edit, "Quality")
    editor.pass_mark.setValue(85)
    editor.scope_box.setCurrentIndex(1)  # this project only
    assert editor.raise_on_complete.isChecked()  # the default: failed items raised at once
    editor.raise_on_complete.setChecked(False)
    # the new template starts with one empty section, selected
    qtbot.keyClicks(editor.section_title, "Above ceiling")
    qtbot.mouseClick(editor.add_item_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(editor.prompt_edit, "Services supported independently")
    editor.critical_check.setChecked(True)
    editor.photo_check.setChecked(True)
    qtbot.mouseClick(editor.add_item_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(editor.prompt_edit, "Duct clearance")
    editor.type_box.setCurrentIndex(editor.type_box.findData(ResponseType.NUMBER.value))
    assert editor.number_box.isVisibleTo(editor)
    editor.weight_edit.setText("")
    qtbot.keyClicks(editor.weight_edit, "2.5")
    qtbot.keyClicks(editor.target_edit, "50")
    editor.tolerance_edit.clear()
    qtbot.keyClicks(editor.tolerance_edit, "5")
    qtbot.keyClicks(editor.unit_edit, "mm")
    qtbot.mouseClick(editor.add_section_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(editor.section_title, "Finish")
    qtbot.mouseClick(editor.add_item_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(editor.prompt_edit, "Tile condition")
    editor.type_box.setCurrentIndex(editor.type_box.findData(ResponseType.CHOICE.value))
    editor.choices_edit.setPlainText("Good\nStained\nBroken")
    editor.failing_edit.setPlainText("Broken")
    editor.action_box.setCurrentIndex(editor.action_box.findData("issue"))
    # move the second section above the first with the keyboard
    editor.outline.setCurrentItem(editor.outline.topLevelItem(1))
    qtbot.mouseClick(editor.up_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(editor.saved, timeout=10_000) as saved:
        qtbot.mouseClick(editor.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    template_id = saved.args[0]
    qtbot.waitUntil(lambda: library.model.rowCount() == 5)

    stored = next(
        t for t in inspections.templates(ctx.store, library.project_id) if t.id == template_id
    )
    assert (stored.name, stored.category, stored.pass_mark) == (
        "Ceiling close-in",
        "Quality",
        Decimal(85),
    )
    assert stored.project_id == library.project_id
    assert not inspections.raises_on_complete(stored.definition)
    sections = stored.definition["sections"]
    assert [s["title"] for s in sections] == ["Finish", "Above ceiling"]
    tile = sections[0]["items"][0]
    assert (tile["type"], tile["choices"], tile["failing_choices"], tile["failure_action"]) == (
        "choice",
        ["Good", "Stained", "Broken"],
        ["Broken"],
        "issue",
    )
    services, duct = sections[1]["items"]
    assert services["critical"] and services["photo_required"]
    assert (duct["target"], duct["tolerance"], duct["unit"], duct["weight"]) == (
        "50",
        "5",
        "mm",
        "2.5",
    )

    # open it again: the editor shows what was saved; edit and save a second version
    library.table.selectRow(library.model.find(template_id))
    editor = open_editor(qtbot, library, "edit")
    assert editor.name_edit.text() == "Ceiling close-in"
    assert not editor.pass_mark.isEnabled()
    assert not editor.raise_on_complete.isChecked()  # shows what was saved
    editor.raise_on_complete.setChecked(True)
    finish = editor.outline.topLevelItem(0)
    assert finish is not None and finish.text(0) == "Finish"
    above = editor.outline.topLevelItem(1)
    assert above is not None
    editor.outline.setCurrentItem(above.child(1))
    assert editor.prompt_edit.text() == "Duct clearance"
    assert editor.target_edit.text() == "50"
    assert editor.unit_edit.text() == "mm"
    editor.outline.setCurrentItem(above.child(0))
    assert editor.critical_check.isChecked()
    qtbot.keyClicks(editor.prompt_edit, " and braced")
    with qtbot.waitSignal(editor.saved, timeout=10_000):
        qtbot.keyClick(editor.prompt_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    stored = (
        next(t for t in inspections.templates(ctx.store) if t.id == template_id)
        if False
        else next(
            t for t in inspections.templates(ctx.store, library.project_id) if t.id == template_id
        )
    )
    assert stored.version == 2
    assert inspections.raises_on_complete(stored.definition)
    assert stored.definition["sections"][1]["items"][0]["prompt"] == (
        "Services supported independently and braced"
    )


def test_bad_input_is_named_beside_the_form(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    library = library_of(qtbot, window)
    editor = open_editor(qtbot, library)
    # no name yet
    qtbot.mouseClick(editor.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    assert editor.message.isVisibleTo(editor)
    assert editor.message.text() == "Name is required."
    qtbot.keyClicks(editor.name_edit, "Roof")
    qtbot.keyClicks(editor.section_title, "Membrane")
    qtbot.mouseClick(editor.add_item_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(editor.prompt_edit, "Laps sealed")
    editor.weight_edit.clear()
    qtbot.keyClicks(editor.weight_edit, "heavy")
    qtbot.mouseClick(editor.add_item_button, Qt.MouseButton.LeftButton)  # a second item
    qtbot.keyClicks(editor.prompt_edit, "Upstands")
    qtbot.mouseClick(editor.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    text = editor.message.text()
    assert text.startswith("Section 'Membrane', item 1 — Weight")
    assert "heavy" in text
    # the item is selected and its weight field marked and focused
    assert editor.prompt_edit.text() == "Laps sealed"
    assert "border" in editor.weight_edit.styleSheet()
    assert editor.weight_edit.hasFocus()
    # fixing it clears the mark; an empty prompt is named next
    editor.weight_edit.clear()
    qtbot.keyClicks(editor.weight_edit, "2")
    assert editor.weight_edit.styleSheet() == ""
    above = editor.outline.topLevelItem(0)
    assert above is not None
    editor.outline.setCurrentItem(above.child(1))
    editor.prompt_edit.clear()
    qtbot.keyClicks(editor.prompt_edit, " ")
    qtbot.mouseClick(editor.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    assert editor.message.text() == "Section 'Membrane', item 2 — Prompt is required."
    # a choice item needs options
    editor.type_box.setCurrentIndex(editor.type_box.findData(ResponseType.CHOICE.value))
    qtbot.keyClicks(editor.prompt_edit, "Colour")
    editor.choices_edit.setPlainText("Grey")
    qtbot.mouseClick(editor.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    assert (
        editor.message.text() == "Section 'Membrane', item 2 — Options needs at least two options."
    )
    assert len(inspections.templates(ctx.store)) == 4  # nothing saved
    editor.controller.dirty = False
    editor.reject()


def test_outline_changes_undo_and_redo(qtbot: QtBot, window: MainWindow) -> None:
    library = library_of(qtbot, window)
    editor = open_editor(qtbot, library)
    assert not editor.undo_button.isEnabled()
    qtbot.keyClicks(editor.section_title, "Walls")
    qtbot.mouseClick(editor.add_item_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(editor.prompt_edit, "Plumb")
    qtbot.mouseClick(editor.add_item_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(editor.prompt_edit, "Square")

    def outline() -> list[str]:
        return [
            p
            for s in editor.controller.definition()["sections"]
            for p in [s["title"]] + [i["prompt"] for i in s["items"]]
        ]

    assert outline() == ["Walls", "Plumb", "Square"]
    qtbot.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)
    assert outline() == ["Walls", "Plumb"]
    qtbot.mouseClick(editor.undo_button, Qt.MouseButton.LeftButton)
    assert outline() == ["Walls", "Plumb", "Square"]
    assert editor.prompt_edit.text() == "Square"  # the restored item is selected
    qtbot.mouseClick(editor.undo_button, Qt.MouseButton.LeftButton)  # the typing, as one step
    assert outline() == ["Walls", "Plumb", ""]
    editor.outline.setFocus()
    qtbot.keyClick(editor.outline, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert outline() == ["Walls", "Plumb"]
    qtbot.mouseClick(editor.redo_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(editor.redo_button, Qt.MouseButton.LeftButton)
    assert outline() == ["Walls", "Plumb", "Square"]
    qtbot.mouseClick(editor.redo_button, Qt.MouseButton.LeftButton)
    assert outline() == ["Walls", "Plumb"]
    assert not editor.redo_button.isEnabled()
    editor.controller.dirty = False
    editor.reject()
