"""The translation pipeline: the German file is shipped, loaded by the language setting,
covers the main window, the navigation and the punch list, and is up to date."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from gui_fixtures import MakeWindow, demo_ctx, gui_ctx, idle, make_window
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from executrek.app import list_columns_punch
from executrek.app.context import AppContext
from executrek.ui.launch import install_translations
from executrek.ui.page_titles import TITLES
from executrek.ui.pages import registry
from executrek.ui.pages.punch_page import PunchPage

__all__ = ["demo_ctx", "gui_ctx", "make_window"]

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "executrek_de.ts"
QM = TS.with_suffix(".qm")
BIN = Path(sys.executable).parent
# Contexts that must be completely translated into German.
COMPLETE = ("MainWindow", "Navigation", "PunchPage", "PunchFilterBar",
            "PunchDetailPane", "DemoLoader", "InstanceLock")  # fmt: skip


def contexts(path: Path) -> dict[str, dict[str, str | None]]:
    """{context: {source: translation or None when unfinished}}"""
    out: dict[str, dict[str, str | None]] = {}
    for ctx in ET.parse(path).getroot().iter("context"):
        table = out.setdefault(ctx.findtext("name") or "", {})
        for m in ctx.iter("message"):
            tr = m.find("translation")
            done = tr is not None and tr.get("type") not in ("unfinished", "obsolete", "vanished")
            table[m.findtext("source") or ""] = tr.text if done and tr is not None else None
    return out


@pytest.fixture
def german(qapp: QApplication) -> Iterator[list[QTranslator]]:
    installed = install_translations(qapp, "de")
    yield installed
    for translator in installed:
        QCoreApplication.removeTranslator(translator)
    QLocale.setDefault(QLocale.system())


def test_main_window_starts_in_german(
    qtbot: QtBot, german: list[QTranslator], demo_ctx: AppContext, make_window: MakeWindow
) -> None:
    assert len(german) == 2  # ours and Qt's own (standard buttons)
    window = make_window(demo_ctx, "portfolio", "punch")
    idle(qtbot, window)
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus[:2] == ["&Datei", "&Bearbeiten"]
    assert "&Hilfe" in menus
    assert window.demo_action.text() == "&Demo-Portfolio laden"
    assert [window.nav.item(i).text() for i in range(window.nav.count())] == [
        "Portfolio",
        "Mängelliste",
    ]
    assert window.status_label.text().startswith("Daten: ")
    punch = window.show_page("punch")
    assert isinstance(punch, PunchPage)
    idle(qtbot, window)
    model = punch.table.model()
    headers = [model.headerData(i, Qt.Orientation.Horizontal) for i in range(3)]
    assert headers == ["Nummer", "Titel", "Status"]
    assert punch.quick_add.text() == "Hinzufügen"


def test_english_keeps_the_source_texts(qapp: QApplication) -> None:
    installed = install_translations(qapp, "en")
    try:
        assert QCoreApplication.translate("MainWindow", "&File") == "&File"
    finally:
        for translator in installed:
            QCoreApplication.removeTranslator(translator)
        QLocale.setDefault(QLocale.system())


def test_every_navigation_title_is_marked_for_translation() -> None:
    assert {spec.title for spec in registry.PAGES} <= set(TITLES)
    german = contexts(TS)["Navigation"]
    assert all(german.get(title) for title in TITLES)


def test_german_file_is_complete_for_the_main_screens() -> None:
    table = contexts(TS)
    for name in COMPLETE:
        assert table.get(name), f"context {name} missing from {TS.name}"
        unfinished = [src for src, text in table[name].items() if not text]
        assert not unfinished, f"{name}: untranslated {unfinished}"
    # the punch list's headers (and the overdue tooltip) in the lists' shared context
    headers = [f.title for f in list_columns_punch.SCREEN] + ["Overdue"]
    assert not [h for h in headers if not table["Columns"].get(h)]


@pytest.mark.skipif(not (BIN / "pyside6-lupdate").exists(), reason="pyside6-lupdate missing")
def test_ts_is_up_to_date_with_the_code(tmp_path: Path) -> None:
    """lupdate over the main window's sources finds no text the .ts lacks."""
    copy = tmp_path / TS.name
    shutil.copy(TS, copy)
    sources = [
        str(p.relative_to(ROOT))
        for pattern in (
            "ui/main_window.py",
            "ui/page_titles.py",
            "ui/demo_loader.py",
            "ui/pages/punch_page.py",
            "ui/pages/punch_detail.py",
            "ui/widgets/punch_filter_bar.py",
            "app/instance_lock.py",
        )
        for p in ROOT.glob(pattern)
    ]
    subprocess.run(
        [str(BIN / "pyside6-lupdate"), "-silent", "-locations", "none", *sources, "-ts", str(copy)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    before, after = contexts(TS), contexts(copy)
    new = {
        (ctx, src) for ctx, msgs in after.items() for src in msgs if src not in before.get(ctx, {})
    }
    assert not new, f"run scripts/translations: {sorted(new)}"


@pytest.mark.skipif(not (BIN / "pyside6-lrelease").exists(), reason="pyside6-lrelease missing")
def test_shipped_qm_is_compiled_from_the_ts(tmp_path: Path) -> None:
    out = tmp_path / QM.name
    subprocess.run(
        [str(BIN / "pyside6-lrelease"), "-silent", str(TS), "-qm", str(out)],
        check=True,
        capture_output=True,
    )
    assert out.read_bytes() == QM.read_bytes(), "run scripts/translations"


def test_qm_is_package_data() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    data = project["tool"]["setuptools"]["package-data"]["executrek.resources"]
    assert "translations/*.qm" in data


def test_every_text_has_its_context() -> None:
    """lupdate reads a bare ``tr("Context", "text")`` as a widget's ``tr(text, comment)``
    and files "Context" as the text, under no context: app code must call
    ``executrek.app.i18n.translate``, never a function named ``tr``."""
    table = contexts(TS)
    assert "" not in table, f"texts without a context: {sorted(table[''])[:10]}"


def test_counted_report_texts_print_in_german(german: None) -> None:
    """Texts with a count are picked singular/plural in code and translated as plain
    entries: passing the count to Qt made it look for plural forms and print English."""
    from executrek.app.i18n import translate
    from executrek.app.pdf.formatting import Formatter
    from executrek.app.pdf.settings import NumberStyle
    from executrek.app.report_kinds.photo_layout import reference_text

    fmt = Formatter(NumberStyle(), translate)
    assert (fmt.days(29), fmt.days(1), fmt.days(-3)) == ("29 Tage", "1 Tag", "-3 Tage")
    assert reference_text(2).startswith("2 Fotos")
