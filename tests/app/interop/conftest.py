"""Fixtures for the interop tests: paths into the shared corpus and small file builders."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest


@pytest.fixture
def interop_data(shared_testdata: Path) -> Path:
    return shared_testdata / "interop"


@pytest.fixture
def bcf_cases(interop_data: Path) -> list[Path]:
    """Every BCF file in buildingSMART's test cases (they come zipped, one folder per case)."""
    cases = sorted((interop_data / "bcf_buildingsmart_test_cases").rglob("*.bcf*"))
    assert cases, "the BCF test cases are missing"
    return cases


@pytest.fixture
def make_zip(tmp_path: Path) -> Callable[[str, dict[str, bytes]], Path]:
    """Write a zip with the given members (names used verbatim, even hostile ones)."""

    def build(name: str, members: dict[str, bytes]) -> Path:
        path = tmp_path / name
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
            for member, data in members.items():
                package.writestr(zipfile.ZipInfo(member), data, compress_type=zipfile.ZIP_DEFLATED)
        return path

    return build
