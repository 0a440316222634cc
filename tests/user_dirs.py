"""Keep tests away from the developer's real folders (used by the autouse fixture in
``conftest.py`` and by fixtures that build data once per test process)."""

from __future__ import annotations

from pathlib import Path

import pytest


def isolate_user_dirs(monkeypatch: pytest.MonkeyPatch, home: Path) -> None:
    """Point every user folder (data, config, cache, keyring) into ``home``."""
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / ".local" / "state"))
    monkeypatch.setenv("EXECUTREK_DATA_DIR", str(home / "executrek-data"))
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
