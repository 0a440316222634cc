"""Test-wide fixtures: headless Qt, isolated data folders, no leaked threads."""

from __future__ import annotations

import datetime as dt
import os
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from user_dirs import isolate_user_dirs

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from executrek.models import clock as clock_module

# The day pinned tests run on. Tests that need no particular day use the wall clock and must
# pass on any date (CI runs them under faketime at +400 and -30 days, see scripts/test).
PINNED_DAY = dt.date(2026, 11, 25)

SHARED_TESTDATA = Path(__file__).resolve().parents[2] / "shared" / "testdata"

# The tests that talk to the PostgreSQL server. A pull reads the rows below the oldest
# transaction open anywhere on the server (other databases too), so two of these at once
# slow each other's pulls down: under pytest-xdist they share one worker.
POSTGRES_TESTS = (
    "tests/sync/",
    "tests/app/test_sync_cli.py",
    "tests/app/test_central_cli_errors.py",
)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "xdist_group(name): tests run on one pytest-xdist worker")


@pytest.hookimpl(tryfirst=True)  # before pytest-xdist reads the groups from the marks
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """For ``--dist loadgroup`` (``scripts/test``): a test file stays on one worker, so its
    module fixtures are built once; every PostgreSQL test runs on the same worker."""
    structured = getattr(config.option, "loadgroup", False) and items and hasattr(items[0], "_id")
    for item in items:
        path = item.nodeid.split("::")[0]
        group = "postgresql" if path.startswith(POSTGRES_TESTS) else path
        item.add_marker(pytest.mark.xdist_group(group))
        if structured:
            # pytest 9.2 keeps node ids structured, and pytest-xdist 3.8 still appends the
            # group to the old string field, which no longer takes effect (pytest-xdist
            # issue #1386): append it here, as the scheduler reads it ("…@group").
            item._id = type(item._id).parse(f"{item.nodeid}@{group}")


@pytest.fixture(autouse=True)
def _isolated_user_dirs(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Path]:
    """Never touch the developer's real data, config, cache or keyring."""
    home = tmp_path_factory.mktemp("home")
    isolate_user_dirs(monkeypatch, home)
    return home


@pytest.fixture(autouse=True)
def _no_leftover_threads() -> Iterator[None]:
    before = {t.ident for t in threading.enumerate()}
    yield
    leftover = [
        t for t in threading.enumerate() if t.ident not in before and t.is_alive() and not t.daemon
    ]
    for t in leftover:
        t.join(timeout=5)
    still = [t.name for t in leftover if t.is_alive()]
    assert not still, f"test left threads running: {still}"


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Iterator[dt.date]:
    """Pin the program's clock to ``PINNED_DAY`` (09:00 local time), also for CLI
    subprocesses started by the test (``EXECUTREK_NOW``); yields that day."""
    monkeypatch.setenv(clock_module.ENV_VAR, PINNED_DAY.isoformat())
    with clock_module.pinned(PINNED_DAY):
        yield PINNED_DAY


@pytest.fixture(autouse=True)
def _clock_follows_wall() -> Iterator[None]:
    """A test that pins the clock by hand cannot leak its day into the next test."""
    yield
    if clock_module.is_pinned() and not os.environ.get(clock_module.ENV_VAR):
        clock_module.pin(None)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    d = tmp_path / "data"
    d.mkdir()
    return d


@pytest.fixture
def shared_testdata() -> Path:
    """The third-party corpus beside the project; skipped locally when absent, required in CI."""
    if not SHARED_TESTDATA.is_dir():
        if os.environ.get("CI") == "true":
            pytest.fail(f"shared test data missing at {SHARED_TESTDATA}")
        pytest.skip("shared test data not present")
    return SHARED_TESTDATA
