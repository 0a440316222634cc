"""The GUI runs the bounded quick check behind the opened window: a damaged database is
shown in a warning and the store refuses every save from then on."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from executrek.app import settings
from executrek.app.context import prepare
from executrek.app.logging_setup import shutdown
from executrek.models.migrate import open_store
from executrek.models.records.punch import service as punch
from executrek.models.services import projects
from executrek.models.store import DB_FILENAME
from executrek.models.store_errors import DamagedStoreError
from executrek.ui import launch
from executrek.ui.main_window import MainWindow


def _store_with_items(folder: Path, *, damaged: bool) -> None:
    st = open_store(folder)
    try:
        projects.ensure_user(st, "rep", "Rep")
        project = projects.create_project(
            st,
            projects.NewProject(
                code="HOSP",
                name="Hospital East Wing",
                owner_name="County Health Trust",
                contract_value=Decimal("48500000.00"),
                contingency=Decimal("0.00"),
                baseline_start=dt.date(2026, 1, 5),
                baseline_finish=dt.date(2027, 6, 30),
            ),
        ).value
        punch.bulk_create_punch_items(
            st, project.id, (punch.NewPunchItem(title=f"Snag {n}") for n in range(3000))
        )
    finally:
        st.close()
    if damaged:
        db = folder / DB_FILENAME
        with db.open("r+b") as fh:
            fh.seek(db.stat().st_size // 2 // 4096 * 4096)
            fh.write(bytes(range(256)) * 16)


@pytest.fixture(params=[True, False], ids=["damaged", "sound"])
def damaged(request: pytest.FixtureRequest) -> bool:
    return bool(request.param)


@pytest.fixture
def folder(damaged: bool, tmp_path: Path) -> Path:
    data = tmp_path / "data"
    _store_with_items(data, damaged=damaged)
    return data


@pytest.fixture
def started(
    qtbot: QtBot, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[MainWindow, list[str]]]:
    """The GUI started on ``folder``; yields the window and the warnings it showed."""
    warnings: list[str] = []
    monkeypatch.setattr(
        "executrek.ui.start_sequence.QMessageBox.warning",
        lambda _parent, _title, text: warnings.append(text),
    )
    app_paths, recent = prepare(folder)
    prefs = settings.load(app_paths.settings_file)
    prefs.demo_offered = True
    win, _first = launch.start(launch.make_app(), app_paths, recent, prefs)
    qtbot.addWidget(win)
    yield win, warnings
    win.close()
    win.runner.shutdown()
    if win.ctx is not None:
        win.ctx.close()
    shutdown()


def test_the_start_up_check_warns_and_stops_saving(
    qtbot: QtBot, damaged: bool, started: tuple[MainWindow, list[str]]
) -> None:
    win, warnings = started
    qtbot.waitUntil(
        lambda: (
            win.ctx is not None and win.ctx.store.last_check is not None and not win.runner.busy()
        ),
        timeout=30_000,
    )
    assert win.ctx is not None
    store = win.ctx.store
    project_id = projects.find_project(store, "HOSP").id
    assert store.last_check is not None
    if damaged:
        assert store.last_check.status == "damaged"
        assert len(warnings) == 1
        assert "is damaged; nothing more will be saved" in warnings[0]
        assert "executrek db restore FILE" in warnings[0]
        assert "damaged" in win.status_label.text()
        with pytest.raises(DamagedStoreError):
            punch.create_punch_item(store, project_id, punch.NewPunchItem(title="Not saved"))
    else:
        assert store.last_check.status == "ok"
        assert warnings == []
        punch.create_punch_item(store, project_id, punch.NewPunchItem(title="Saved"))
