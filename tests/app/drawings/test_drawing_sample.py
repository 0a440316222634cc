from __future__ import annotations

import math
from pathlib import Path

import pypdf
import pytest

from executrek.app.drawings.sample import GRID_LETTERS, SHEET_SIZES, floor_plan_pdf


def test_a0_plan_has_rooms_grid_and_title_block(tmp_path: Path) -> None:
    path = tmp_path / "a0.pdf"
    rooms = floor_plan_pdf(path, size="A0", pages=2, title="Level plans", revision="C", seed=7)
    reader = pypdf.PdfReader(path)
    assert len(reader.pages) == 2
    box = reader.pages[0].mediabox
    assert math.isclose(float(box.width), SHEET_SIZES["A0"][0], abs_tol=0.5)
    assert math.isclose(float(box.height), SHEET_SIZES["A0"][1], abs_tol=0.5)
    text = reader.pages[1].extract_text()
    assert "A-102" in text and "Rev C" in text and "Level plans — level 2" in text
    assert all(letter in text for letter in GRID_LETTERS)
    assert len(rooms[1]) > 20
    for room in rooms[1][:5]:
        assert room.number.startswith("2.") and room.number in text and room.name in text
    content = reader.pages[0].get_contents()
    assert content is not None and len(content.get_data()) > 100_000  # many vector elements


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    a, b, c = tmp_path / "a.pdf", tmp_path / "b.pdf", tmp_path / "c.pdf"
    floor_plan_pdf(a, seed=5)
    floor_plan_pdf(b, seed=5)
    floor_plan_pdf(c, seed=6)
    assert a.read_bytes() == b.read_bytes() != c.read_bytes()


def test_bad_arguments(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="sheet size"):
        floor_plan_pdf(tmp_path / "x.pdf", size="A3")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="at least one page"):
        floor_plan_pdf(tmp_path / "x.pdf", pages=0)
