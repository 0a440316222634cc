from __future__ import annotations

import json
from pathlib import Path

import pytest

from executrek.app import paths, settings


def test_explicit_data_dir_wins_and_holds_everything(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("EXECUTREK_DATA_DIR", str(tmp_path / "env"))
    p = paths.resolve(tmp_path / "cli").ensure()
    assert p.data == (tmp_path / "cli").resolve()
    assert p.cache.is_relative_to(p.data)
    assert p.logs.is_relative_to(p.data)
    assert p.database.name == "executrek.sqlite"
    assert p.blobs.is_dir()
    assert paths.resolve(None).data == (tmp_path / "env").resolve()


def test_platform_folder_is_not_roaming_and_is_under_home(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv("EXECUTREK_DATA_DIR")
    p = paths.resolve(None)
    assert "ExecutrekField" in str(p.data)
    assert p.data.is_relative_to(Path.home())  # the test HOME, never the developer's


def test_settings_round_trip_and_defaults(tmp_path: Path) -> None:
    f = tmp_path / "settings.json"
    s = settings.load(f)
    assert s.theme == "system"
    assert s.thresholds.overdue_punch_red == 20
    s.identity.display_name = "Анна Кузнецова"
    s.branding.primary_colour = "#123456"
    settings.save(s, f)
    again = settings.load(f)
    assert again == s


def test_damaged_or_mistyped_settings_fall_back_without_losing_the_file(tmp_path: Path) -> None:
    f = tmp_path / "settings.json"
    f.write_text('{"theme": "dark", "thresholds": {"overdue_punch_red": "many"}, "identity": 5}')
    s = settings.load(f)
    assert s.theme == "dark"
    assert s.thresholds.overdue_punch_red == 20
    assert s.identity.username == ""
    f.write_text("{not json")
    assert settings.load(f) == settings.Settings()
    assert (tmp_path / "settings.json.bad").read_text() == "{not json"
    settings.save(settings.Settings(), f)
    assert json.loads(f.read_text())["schema_version"] == settings.SCHEMA_VERSION
