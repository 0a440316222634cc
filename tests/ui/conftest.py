"""Fixtures every screen test can reach: the demo portfolio built once per test process
(``demo_template``), copied for each test that asks for ``demo_ctx`` (gui_fixtures)."""

from __future__ import annotations

from pathlib import Path

import pytest
from user_dirs import isolate_user_dirs

from executrek.app import demo
from executrek.app.context import open_context, prepare
from executrek.app.logging_setup import shutdown
from executrek.ui.launch import ensure_identity


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder holding the demo portfolio, built once per test process: each
    ``demo_ctx`` opens a copy of it (a copy takes milliseconds, a build seconds)."""
    root = tmp_path_factory.mktemp("demo-template")
    with pytest.MonkeyPatch.context() as mp:
        isolate_user_dirs(mp, root / "home")
        app_paths, recent = prepare(root / "data")
        context = open_context(app_paths, recent)
        try:
            ensure_identity(context)
            demo.build(context.store)
        finally:
            context.close()
            shutdown()
    return root / "data"
